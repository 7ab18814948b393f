package io.github.sioasyncapi.handler;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a handler method says about itself for the AsyncAPI document.
 *
 * @param summary a short summary, or empty
 * @param description a longer description, or empty
 * @param payloadTypes explicitly documented payload types, empty to use the parameter types
 * @param ackType an explicitly documented ack type, or {@code null} to use the return type
 * @since 0.1.0
 */
public record HandlerDocumentation(String summary, String description, List<Class<?>> payloadTypes,
		@Nullable Class<?> ackType) {

	/** No documentation. */
	public static final HandlerDocumentation NONE = new HandlerDocumentation("", "", List.of(), null);

}
