package io.github.sioasyncapi.asyncapi.schema;

import java.lang.annotation.Annotation;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * swagger-core's {@link ModelResolver} that also applies Bean Validation constraints to the
 * inline schema of a handler parameter (such as {@code @Size(min = 1) List<Item> items}), the
 * way it applies them to properties, and keeps what {@code @NotBlank} and {@code @NotEmpty}
 * say about length when {@code @Size} is present too (swagger-core lets {@code @Size}'s
 * default minimum of 0 win).
 */
final class WireModelResolver extends ModelResolver {

	private static final Set<String> NOT_EMPTY = Set.of("jakarta.validation.constraints.NotBlank",
			"jakarta.validation.constraints.NotEmpty");

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

	@Override
	@SuppressWarnings("rawtypes")
	protected boolean applyBeanValidatorAnnotations(Schema property, Annotation[] annotations,
			@Nullable Schema parent, boolean applyNotNullAnnotations) {
		boolean modified = super.applyBeanValidatorAnnotations(property, annotations, parent, applyNotNullAnnotations);
		if (annotations == null || property == null) {
			return modified;
		}
		for (Annotation annotation : annotations) {
			if (NOT_EMPTY.contains(annotation.annotationType().getName())) {
				if (isType(property, "string") && (property.getMinLength() == null || property.getMinLength() < 1)) {
					property.setMinLength(1);
					modified = true;
				}
				if (isType(property, "array") && (property.getMinItems() == null || property.getMinItems() < 1)) {
					property.setMinItems(1);
					modified = true;
				}
			}
		}
		return modified;
	}

	private static boolean isType(Schema<?> schema, String type) {
		return (schema.getTypes() != null) ? schema.getTypes().contains(type) : type.equals(schema.getType());
	}

}
