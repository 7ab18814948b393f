/**
 * The benchmark workload on a raw netty-socketio listener.
 */
package io.github.sioasyncapi.benchmarks.raw;
