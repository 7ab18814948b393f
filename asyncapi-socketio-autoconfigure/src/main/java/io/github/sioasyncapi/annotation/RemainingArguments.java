package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the last payload parameter of a handler, a {@code List<T>}, collect the event's
 * remaining arguments (zero or more), each converted to {@code T} and validated like a payload
 * argument: {@code tag(String room, @RemainingArguments List<@NotBlank String> tags)} takes
 * {@code socket.emit("tag", "lobby", "a", "b")}.
 * <p>A varargs parameter ({@code String... tags}) collects the remaining arguments without this
 * annotation. Use the list when the elements have constraints of their own
 * ({@code List<@NotBlank String>}): Bean Validation checks constraints on the elements of a
 * list, but not on the elements of an array. Without the annotation, a {@code List<T>}
 * parameter is one argument that is a JSON array.
 *
 * @since 0.1.0
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RemainingArguments {

}
