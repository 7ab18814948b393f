/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.sioasyncapi.asyncapi;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.typescript.TypeScriptGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's AsyncAPI document, built once, on first use (after all controllers are
 * registered and the server has its port), customized, and kept with its YAML and JSON forms
 * (written at the same time, the JSON on a short-lived thread of its own); the TypeScript
 * declarations are generated from the JSON form on first use. The
 * auto-configuration asks for it once the application is ready, on a background thread (see
 * {@link #prebuild()}), so that the first request finds it built.
 *
 * @since 0.1.0
 */
public class AsyncApiDocumentProvider {

	private static final String JSON_THREAD_NAME = "socketio-asyncapi-json";

	private final Supplier<AsyncApiDocument> generator;

	private final List<AsyncApiCustomizer> customizers;

	private final Supplier<AsyncApiWriter> writer;

	private final Supplier<TypeScriptGenerator> typeScript;

	private volatile @Nullable Built built;

	private volatile @Nullable String typeScriptText;

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
		this(generator, customizers, () -> writer, () -> typeScript);
	}

	/**
	 * Create a provider whose writer and TypeScript generator are looked up when first needed,
	 * so that creating the provider costs nothing at start-up.
	 * @param generator generates the document
	 * @param customizers the customizers, in order
	 * @param writer supplies the writer of the document
	 * @param typeScript supplies the generator of the TypeScript declarations
	 */
	public AsyncApiDocumentProvider(Supplier<AsyncApiDocument> generator, List<AsyncApiCustomizer> customizers,
			Supplier<AsyncApiWriter> writer, Supplier<TypeScriptGenerator> typeScript) {
		this.generator = generator;
		this.customizers = List.copyOf(customizers);
		this.writer = SingletonSupplier.of(writer);
		this.typeScript = SingletonSupplier.of(typeScript);
	}

	/**
	 * The document. Changing it does not change its YAML, JSON and TypeScript forms.
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
	 * The TypeScript declarations of the document for socket.io-client's typed sockets,
	 * generated from the JSON form on first use (so that the endpoints that never serve them
	 * never pay for them).
	 * @return the declarations
	 */
	public String getTypeScript() {
		String text = this.typeScriptText;
		if (text == null) {
			synchronized (this) {
				text = this.typeScriptText;
				if (text == null) {
					text = this.typeScript.get().generate(ClientContract.of(JsonMapper.shared().readTree(getJson())));
					this.typeScriptText = text;
				}
			}
		}
		return text;
	}

	/**
	 * Build the document, with its YAML and JSON forms, unless it is built already.
	 */
	public void prebuild() {
		built();
	}

	private Built built() {
		Built built = this.built;
		if (built == null) {
			synchronized (this) {
				built = this.built;
				if (built == null) {
					AsyncApiDocument document = this.generator.get();
					this.customizers.forEach((customizer) -> customizer.customize(document));
					built = write(document, this.writer.get());
					this.built = built;
				}
			}
		}
		return built;
	}

	/**
	 * The YAML and JSON forms, written at the same time: the JSON on a thread of its own while
	 * this one writes the YAML (both only read the document).
	 */
	private static Built write(AsyncApiDocument document, AsyncApiWriter writer) {
		FutureTask<String> json = new FutureTask<>(() -> writer.toJson(document));
		Thread thread = new Thread(json, JSON_THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		String yaml = writer.toYaml(document);
		try {
			return new Built(document, yaml, json.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			json.cancel(false);
			return new Built(document, yaml, writer.toJson(document));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Cannot write the AsyncAPI document as JSON", ex.getCause());
		}
	}

	private record Built(AsyncApiDocument document, String yaml, String json) {
	}

}
