package io.github.sioasyncapi.asyncapi.schema;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.ObjectMapper;

/**
 * Generates the JSON Schemas of payload types with swagger-core, as springdoc does, but with a
 * private {@link ModelConverters} instance: springdoc's converters and global settings are
 * neither used nor changed. Property names follow the application's Jackson 3 mapper (the one
 * that reads and writes the payloads), so that the schemas describe the wire format. Schemas
 * carry Bean Validation constraints, {@code @Schema} descriptions and examples, enums, nested,
 * recursive and generic types, and {@code @JsonSubTypes} polymorphism as {@code oneOf} with a
 * discriminator.
 * <p>Thread-safe; each document uses its own {@link #newSchemaSet() schema set}.
 */
public final class SchemaGenerator {

	private final WireIntrospector wire;

	private final com.fasterxml.jackson.databind.ObjectMapper swaggerMapper;

	private final SchemaDialect dialect = new SchemaDialect();

	/**
	 * Create a generator.
	 * @param wireMapper the application's mapper that reads and writes payloads
	 */
	public SchemaGenerator(ObjectMapper wireMapper) {
		this.wire = new WireIntrospector(wireMapper);
		this.swaggerMapper = Json31.mapper().copy().setPropertyNamingStrategy(new WirePropertyNaming(this.wire));
		this.swaggerMapper.setConfig(this.swaggerMapper.getDeserializationConfig().with(new CachingClassIntrospector()));
	}

	/**
	 * Start collecting the schemas of one document.
	 * @return an empty schema set
	 */
	public SchemaSet newSchemaSet() {
		return new SchemaSet(this);
	}

	ModelConverters converters(WireModelResolver resolver) {
		ModelConverters converters = new ModelConverters(true);
		for (ModelConverter converter : converters.getConverters()) {
			converters.removeConverter(converter);
		}
		// addConverter puts a converter first
		converters.addConverter(resolver);
		converters.addConverter(new WireTypesConverter(typeFactory()));
		return converters;
	}

	WireModelResolver resolver(SchemaNames names) {
		return new WireModelResolver(this.swaggerMapper, names);
	}

	SchemaNames names(Map<String, Set<Class<?>>> knownClashes) {
		return new SchemaNames(knownClashes);
	}

	JavaType javaType(ResolvableType type) {
		TypeFactory factory = typeFactory();
		if (type == ResolvableType.NONE) {
			return factory.constructType(Object.class);
		}
		if (type.isArray()) {
			return factory.constructArrayType(javaType(type.getComponentType()));
		}
		Class<?> raw = type.resolve(Object.class);
		if (type.hasGenerics() && raw.getTypeParameters().length == type.getGenerics().length) {
			ResolvableType[] generics = type.getGenerics();
			JavaType[] parameters = new JavaType[generics.length];
			for (int i = 0; i < generics.length; i++) {
				parameters[i] = javaType(generics[i]);
			}
			return factory.constructParametricType(raw, parameters);
		}
		return factory.constructType(raw);
	}

	TypeFactory typeFactory() {
		return this.swaggerMapper.getTypeFactory();
	}

	WireIntrospector wire() {
		return this.wire;
	}

	SchemaDialect dialect() {
		return this.dialect;
	}

}
