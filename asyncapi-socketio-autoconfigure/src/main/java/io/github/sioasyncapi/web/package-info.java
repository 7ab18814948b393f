/**
 * HTTP endpoints of the web application: the AsyncAPI document as YAML and JSON, its TypeScript
 * declarations, and its viewer.
 */
@NullMarked
package io.github.sioasyncapi.web;

import org.jspecify.annotations.NullMarked;
