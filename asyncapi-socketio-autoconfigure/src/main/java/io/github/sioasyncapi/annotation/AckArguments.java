package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record an acknowledgement with several arguments: its components travel as separate
 * Socket.IO ack arguments, in order, instead of one JSON object. A handler that returns
 * {@code @AckArguments record Moved(Board board, @Nullable Mark winner)} answers the client's
 * callback with {@code callback(board, winner)}; an {@code @Emits(ack = Moved.class)} reads
 * the client's {@code callback(board, winner)} into the record.
 * <p>Each component is validated like an acknowledgement of its own (as if annotated with
 * {@code @Valid}), and must not be {@code null} unless it is {@code @Nullable} or an
 * {@code Optional}. The AsyncAPI document describes the acknowledgement as an array of its
 * arguments ({@code prefixItems}, one schema per component).
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AckArguments {

}
