/**
 * The benchmark workload through the starter's validating dispatcher.
 */
package io.github.sioasyncapi.benchmarks.starter;
