/**
 * Validation of payloads, acknowledgements and emits: the exceptions, the violation model and
 * the Bean Validation support that produces them.
 */
@NullMarked
package io.github.sioasyncapi.validation;

import org.jspecify.annotations.NullMarked;
