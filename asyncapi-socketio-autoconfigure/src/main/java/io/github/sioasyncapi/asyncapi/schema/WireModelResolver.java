package io.github.sioasyncapi.asyncapi.schema;

import java.lang.annotation.Annotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.Schema;

/**
 * swagger-core's {@link ModelResolver} that also applies Bean Validation constraints to the
 * inline schema of a handler parameter (such as {@code @Size(min = 1) List<Item> items}), the
 * way it applies them to properties.
 */
final class WireModelResolver extends ModelResolver {

	WireModelResolver(ObjectMapper mapper, TypeNameResolver names) {
		super(mapper, names);
		openapi31(true);
	}

	/**
	 * Apply the constraints among some annotations to a schema.
	 * @param schema the schema, changed in place
	 * @param annotations the annotations
	 */
	void applyConstraints(Schema<?> schema, Annotation[] annotations) {
		applyBeanValidatorAnnotations(schema, annotations, null, false);
	}

}
