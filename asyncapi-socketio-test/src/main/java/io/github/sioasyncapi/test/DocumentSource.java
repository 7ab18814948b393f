package io.github.sioasyncapi.test;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * An AsyncAPI document read once, when first needed (the application builds its document once
 * its server runs).
 */
final class DocumentSource {

	private final Supplier<String> json;

	private volatile @Nullable DocumentSchemas schemas;

	DocumentSource(Supplier<String> json) {
		this.json = json;
	}

	DocumentSchemas get() {
		DocumentSchemas schemas = this.schemas;
		if (schemas == null) {
			synchronized (this) {
				schemas = this.schemas;
				if (schemas == null) {
					schemas = DocumentSchemas.parse(this.json.get());
					this.schemas = schemas;
				}
			}
		}
		return schemas;
	}

}
