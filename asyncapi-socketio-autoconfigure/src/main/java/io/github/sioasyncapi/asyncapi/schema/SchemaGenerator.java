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

package io.github.sioasyncapi.asyncapi.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.swagger.v3.core.util.Json31;
import org.jspecify.annotations.Nullable;
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
 *
 * @since 0.1.0
 */
public final class SchemaGenerator {

	private final WireFormat wire;

	private final @Nullable ConstraintValidation constraints;

	private final WireSchemaRules rules;

	private final com.fasterxml.jackson.databind.ObjectMapper swaggerMapper;

	private final SchemaDialect dialect = new SchemaDialect();

	/**
	 * Create a generator for an application without Bean Validation: constraint annotations
	 * are not documented, since nothing enforces them.
	 * @param wireMapper the application's mapper that reads and writes payloads
	 */
	public SchemaGenerator(ObjectMapper wireMapper) {
		this(wireMapper, null);
	}

	/**
	 * Create a generator.
	 * @param wireMapper the application's mapper that reads and writes payloads
	 * @param constraints the Bean Validation that checks payloads and acks, or {@code null}
	 * when validation is off (constraint annotations are then not documented)
	 */
	public SchemaGenerator(ObjectMapper wireMapper, @Nullable ConstraintValidation constraints) {
		this.wire = new WireFormat(wireMapper);
		this.constraints = constraints;
		this.rules = new WireSchemaRules(this.wire, constraints);
		this.swaggerMapper = Json31.mapper().copy().setPropertyNamingStrategy(new WirePropertyNaming(this.wire));
		CachingClassIntrospector introspector = new CachingClassIntrospector();
		this.swaggerMapper.setConfig(this.swaggerMapper.getDeserializationConfig().with(introspector));
		this.swaggerMapper.setConfig(this.swaggerMapper.getSerializationConfig().with(introspector));
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
		converters.addConverter(new WireTypesConverter(typeFactory(), this.wire));
		converters.addConverter(new RepeatedRequests(typeFactory(), this.wire));
		return converters;
	}

	WireModelResolver resolver(SchemaNames names) {
		return new WireModelResolver(this.swaggerMapper, names, this.constraints != null);
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

	WireFormat wire() {
		return this.wire;
	}

	WireSchemaRules rules() {
		return this.rules;
	}

	/**
	 * The payload mapper's type for one of swagger-core's (Jackson 2) types.
	 */
	tools.jackson.databind.JavaType wireType(JavaType type) {
		tools.jackson.databind.type.TypeFactory factory = this.wire.getMapper().getTypeFactory();
		if (type.isArrayType()) {
			return factory.constructArrayType(wireType(type.getContentType()));
		}
		List<JavaType> parameters = type.getBindings().getTypeParameters();
		if (parameters.isEmpty()) {
			return factory.constructType(type.getRawClass());
		}
		return factory.constructParametricType(type.getRawClass(),
				parameters.stream().map(this::wireType).toArray(tools.jackson.databind.JavaType[]::new));
	}

	SchemaDialect dialect() {
		return this.dialect;
	}

}
