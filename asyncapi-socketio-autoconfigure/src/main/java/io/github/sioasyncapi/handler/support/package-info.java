/**
 * Argument resolvers of handler and exception handler methods, one per kind of argument.
 */
@NullMarked
package io.github.sioasyncapi.handler.support;

import org.jspecify.annotations.NullMarked;
