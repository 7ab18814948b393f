/**
 * The start-up baseline without the starter.
 */
package io.github.sioasyncapi.benchmarks.baseline;
