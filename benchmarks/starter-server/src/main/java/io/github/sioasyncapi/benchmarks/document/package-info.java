/**
 * How long the AsyncAPI document of a large generated API takes to build.
 */
package io.github.sioasyncapi.benchmarks.document;
