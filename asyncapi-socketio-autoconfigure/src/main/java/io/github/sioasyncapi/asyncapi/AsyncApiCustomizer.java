package io.github.sioasyncapi.asyncapi;

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;

/**
 * Callback that changes the generated document before it is served, for example to add a
 * description, a server or an extension. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}, once, when the document is built.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AsyncApiCustomizer {

	/**
	 * Change the document.
	 * @param document the generated document, mutable
	 */
	void customize(AsyncApiDocument document);

}
