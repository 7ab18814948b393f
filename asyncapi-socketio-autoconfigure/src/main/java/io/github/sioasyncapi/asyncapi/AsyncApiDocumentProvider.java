package io.github.sioasyncapi.asyncapi;

import java.util.List;
import java.util.function.Supplier;

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.typescript.TypeScriptGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The application's AsyncAPI document, built once, on first use (after all controllers are
 * registered and the server has its port), customized, and kept with its YAML and JSON forms
 * and the TypeScript declarations generated from it.
 */
public class AsyncApiDocumentProvider {

	private final Supplier<AsyncApiDocument> generator;

	private final List<AsyncApiCustomizer> customizers;

	private final AsyncApiWriter writer;

	private final TypeScriptGenerator typeScript;

	private volatile @Nullable Built built;

	/**
	 * Create a provider.
	 * @param generator generates the document
	 * @param customizers the customizers, in order
	 * @param writer writes the document
	 */
	public AsyncApiDocumentProvider(Supplier<AsyncApiDocument> generator, List<AsyncApiCustomizer> customizers,
			AsyncApiWriter writer) {
		this(generator, customizers, writer, new TypeScriptGenerator());
	}

	/**
	 * Create a provider.
	 * @param generator generates the document
	 * @param customizers the customizers, in order
	 * @param writer writes the document
	 * @param typeScript generates the TypeScript declarations of the document
	 */
	public AsyncApiDocumentProvider(Supplier<AsyncApiDocument> generator, List<AsyncApiCustomizer> customizers,
			AsyncApiWriter writer, TypeScriptGenerator typeScript) {
		this.generator = generator;
		this.customizers = List.copyOf(customizers);
		this.writer = writer;
		this.typeScript = typeScript;
	}

	/**
	 * The document. Changing it does not change the YAML, JSON and TypeScript already written.
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

	/**
	 * The TypeScript declarations of the document for socket.io-client's typed sockets.
	 * @return the declarations
	 */
	public String getTypeScript() {
		return built().typeScript();
	}

	private Built built() {
		Built built = this.built;
		if (built == null) {
			synchronized (this) {
				built = this.built;
				if (built == null) {
					AsyncApiDocument document = this.generator.get();
					this.customizers.forEach((customizer) -> customizer.customize(document));
					built = new Built(document, this.writer.toYaml(document), this.writer.toJson(document),
							this.typeScript.generate(document));
					this.built = built;
				}
			}
		}
		return built;
	}

	private record Built(AsyncApiDocument document, String yaml, String json, String typeScript) {
	}

}
