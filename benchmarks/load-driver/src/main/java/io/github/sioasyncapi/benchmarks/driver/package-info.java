/**
 * The load driver: a minimal Socket.IO v5 client on Netty and the tools that summarize its runs.
 */
package io.github.sioasyncapi.benchmarks.driver;
