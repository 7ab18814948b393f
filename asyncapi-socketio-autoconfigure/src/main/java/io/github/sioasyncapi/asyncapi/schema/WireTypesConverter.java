package io.github.sioasyncapi.asyncapi.schema;

import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schemas for types that swagger-core does not map as they appear on the wire: Jackson 3
 * trees (untyped JSON, which swagger-core would take for beans) and {@code LocalDateTime}
 * (written without offset, so it is no RFC 3339 {@code date-time}).
 */
final class WireTypesConverter implements ModelConverter {

	private final TypeFactory typeFactory;

	WireTypesConverter(TypeFactory typeFactory) {
		this.typeFactory = typeFactory;
	}

	@Override
	public @Nullable Schema resolve(AnnotatedType annotatedType, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		JavaType type = this.typeFactory.constructType(annotatedType.getType());
		Class<?> raw = type.getRawClass();
		if (ObjectNode.class.isAssignableFrom(raw)) {
			return new JsonSchema().types(Set.of("object"));
		}
		if (ArrayNode.class.isAssignableFrom(raw)) {
			return new JsonSchema().types(Set.of("array"));
		}
		if (JsonNode.class.isAssignableFrom(raw)) {
			return new JsonSchema();
		}
		if (raw == LocalDateTime.class) {
			return new JsonSchema().types(Set.of("string")).format("date-time-local");
		}
		return chain.hasNext() ? chain.next().resolve(annotatedType, context, chain) : null;
	}

	@Override
	public boolean isOpenapi31() {
		return true;
	}

}
