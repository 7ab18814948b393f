/**
 * The AsyncAPI 3.1.0 document of the application's Socket.IO API: read from the handler
 * registry, generated with schemas from swagger-core, customized, and written as YAML and
 * JSON.
 */
@NullMarked
package io.github.sioasyncapi.asyncapi;

import org.jspecify.annotations.NullMarked;
