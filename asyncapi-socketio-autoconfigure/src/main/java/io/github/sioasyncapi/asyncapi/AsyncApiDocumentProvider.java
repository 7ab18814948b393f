package io.github.sioasyncapi.asyncapi;

import java.util.List;
import java.util.function.Supplier;

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import org.jspecify.annotations.Nullable;

/**
 * The application's AsyncAPI document, built once, on first use (after all controllers are
 * registered and the server has its port), customized, and kept with its YAML and JSON forms.
 */
public class AsyncApiDocumentProvider {

	private final Supplier<AsyncApiDocument> generator;

	private final List<AsyncApiCustomizer> customizers;

	private final AsyncApiWriter writer;

	private volatile @Nullable Built built;

	/**
	 * Create a provider.
	 * @param generator generates the document
	 * @param customizers the customizers, in order
	 * @param writer writes the document
	 */
	public AsyncApiDocumentProvider(Supplier<AsyncApiDocument> generator, List<AsyncApiCustomizer> customizers,
			AsyncApiWriter writer) {
		this.generator = generator;
		this.customizers = List.copyOf(customizers);
		this.writer = writer;
	}

	/**
	 * The document. Changing it does not change the YAML and JSON already written.
	 * @return the document
	 */
	public AsyncApiDocument getDocument() {
		return built().document();
	}

	/**
	 * The document as YAML.
	 * @return the YAML text
	 */
	public String getYaml() {
		return built().yaml();
	}

	/**
	 * The document as JSON.
	 * @return the JSON text
	 */
	public String getJson() {
		return built().json();
	}

	private Built built() {
		Built built = this.built;
		if (built == null) {
			synchronized (this) {
				built = this.built;
				if (built == null) {
					AsyncApiDocument document = this.generator.get();
					this.customizers.forEach((customizer) -> customizer.customize(document));
					built = new Built(document, this.writer.toYaml(document), this.writer.toJson(document));
					this.built = built;
				}
			}
		}
		return built;
	}

	private record Built(AsyncApiDocument document, String yaml, String json) {
	}

}
