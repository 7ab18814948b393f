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

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JavaType;
import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import io.github.sioasyncapi.json.WireFormat.Variant;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of one document. {@link #schemaFor(ResolvableType)} hands out a schema node at
 * once and fills it when the set is {@link #complete() completed}: only then are all types
 * known, and with them which simple class names clash. Each type is resolved once, however
 * often it is asked for. The schemas of classes then follow the wire's rules for required,
 * nullable and unknown properties ({@link WireSchemaRules}).
 *
 * @since 0.1.0
 */
public final class SchemaSet {

	private final SchemaGenerator generator;

	private final Map<Request, List<ObjectNode>> requests = new HashMap<>();

	private final List<Request> order = new ArrayList<>();

	private @Nullable Pass pass;

	private @Nullable Map<String, ObjectNode> definitions;

	SchemaSet(SchemaGenerator generator) {
		this.generator = generator;
	}

	/**
	 * The schema of a type: a reference to {@code components.schemas} for objects, enums
	 * inline, an inline schema for scalars, arrays and maps. The node is empty until the set
	 * is {@link #complete() completed}.
	 * @param type the type
	 * @return the schema node, filled by {@link #complete()}
	 */
	public ObjectNode schemaFor(ResolvableType type) {
		return schemaFor(type, List.of());
	}

	/**
	 * The schema of a type with the annotations of the parameter or property that has the
	 * type: Bean Validation constraints and swagger's {@code @Schema} apply to an inline
	 * schema (for example {@code @Max(2) int x}).
	 * @param type the type
	 * @param annotations the annotations
	 * @return the schema node, filled by {@link #complete()}
	 * @see #schemaFor(ResolvableType)
	 */
	public ObjectNode schemaFor(ResolvableType type, List<Annotation> annotations) {
		return schemaFor(type, annotations, null);
	}

	/**
	 * The schema of a type with the annotations of the parameter that has the type, and its
	 * annotated Java type: type-use constraints on the elements of a collection or map (such
	 * as {@code List<@NotBlank String>}) decide whether the elements may be {@code null}.
	 * @param type the type
	 * @param annotations the annotations
	 * @param annotatedType the annotated type, or {@code null} if unknown
	 * @return the schema node, filled by {@link #complete()}
	 * @see #schemaFor(ResolvableType, List)
	 */
	public ObjectNode schemaFor(ResolvableType type, List<Annotation> annotations,
			java.lang.reflect.@Nullable AnnotatedType annotatedType) {
		Assert.state(this.definitions == null, "The schema set is complete");
		Request request = new Request(this.generator.javaType(type), List.copyOf(annotations), annotatedType);
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		this.requests.computeIfAbsent(request, (key) -> {
			this.order.add(key);
			return new ArrayList<>();
		}).add(node);
		return node;
	}

	/**
	 * The schema of a class.
	 * @param type the class
	 * @return the schema node, filled by {@link #complete()}
	 * @see #schemaFor(ResolvableType)
	 */
	public ObjectNode schemaFor(Class<?> type) {
		return schemaFor(ResolvableType.forClass(type));
	}

	/**
	 * Resolve every requested type, fill the nodes handed out and return the named schemas.
	 * @return the schemas of {@code components.schemas}, sorted by name
	 */
	public Map<String, ObjectNode> complete() {
		if (this.definitions != null) {
			return this.definitions;
		}
		Pass first = new Pass(Map.of());
		Map<String, Set<Class<?>>> clashes = first.names.clashes();
		Pass last = clashes.isEmpty() ? first : new Pass(clashes);
		Map<String, ObjectNode> converted = new TreeMap<>();
		last.context.getDefinedModels().forEach((name, schema) -> converted.put(name, convert(schema)));
		PolymorphicSchemas polymorphic = new PolymorphicSchemas(converted, last::nameOf);
		last.polymorphic.forEach(polymorphic::rewrite);
		converted.forEach((name, schema) -> {
			JavaType type = last.names.typeOf(name);
			if (type != null) {
				this.generator.rules().apply(schema, this.generator.wireType(type));
			}
		});
		last.polymorphic.forEach(polymorphic::requireDeducingProperties);
		this.order.forEach((request) -> {
			ObjectNode schema = convert(last.results.get(request));
			this.generator.rules()
				.elements(schema, this.generator.wireType(request.type()), request.annotatedType(), false);
			this.requests.get(request).forEach((node) -> node.setAll(schema.deepCopy()));
		});
		this.pass = last;
		this.definitions = Collections.unmodifiableMap(converted);
		return this.definitions;
	}

	/**
	 * A schema that does not allow {@code null}, for a value the code never leaves
	 * {@code null} although its type could be.
	 * @param schema a schema of the set
	 * @return the schema without {@code null}, changed in place or unwrapped
	 */
	public static JsonNode nonNull(JsonNode schema) {
		return WireSchemaRules.nullable(schema, false);
	}

	/**
	 * The schema name of a class, once the set is complete.
	 * @param type the class
	 * @return its name in {@code components.schemas}, or {@code null} if it has none
	 */
	public @Nullable String nameOf(Class<?> type) {
		Assert.state(this.pass != null, "The schema set is not complete");
		return this.pass.nameOf(type);
	}

	private ObjectNode convert(@Nullable Schema<?> schema) {
		if (schema == null) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (RepeatedRequests.isBareReference(schema)) {
			// what the dialect makes of it, without writing and reading it
			return JsonNodeFactory.instance.objectNode().put("$ref", schema.get$ref());
		}
		return this.generator.dialect().convert(schema);
	}

	private record Request(JavaType type, List<Annotation> annotations,
			java.lang.reflect.@Nullable AnnotatedType annotatedType) {
	}

	/**
	 * One resolution of every requested type, and of the subtypes of polymorphic types.
	 */
	private final class Pass {

		final SchemaNames names;

		final ModelConverterContextImpl context;

		final Map<Request, @Nullable Schema<?>> results = new HashMap<>();

		final Map<String, Polymorphism> polymorphic = new TreeMap<>();

		private @Nullable Map<JavaType, String> namesByType;

		Pass(Map<String, Set<Class<?>>> knownClashes) {
			SchemaGenerator generator = SchemaSet.this.generator;
			this.names = generator.names(knownClashes);
			WireModelResolver resolver = generator.resolver(this.names);
			this.context = new ModelConverterContextImpl(generator.converters(resolver).getConverters());
			for (Request request : SchemaSet.this.order) {
				AnnotatedType type = new AnnotatedType(request.type()).resolveAsRef(true);
				List<Annotation> constraints = constraints(request);
				Schema<?> schema;
				if (constraints.isEmpty() && request.annotatedType() == null) {
					schema = this.context.resolve(type);
				}
				else {
					Annotation[] annotations = constraints.toArray(Annotation[]::new);
					schema = this.context.resolve(type.ctxAnnotations(annotations));
					if (schema != null && !RepeatedRequests.isBareReference(schema)) {
						// the context hands out the same schema for the same type: change a copy (a bare
						// reference takes no constraints, and is left as it is)
						schema = AnnotationsUtils.clone(schema, true);
						if (schema.get$ref() == null) {
							resolver.applyConstraints(schema, annotations);
						}
						applyElementConstraints(resolver, schema, request.annotatedType());
					}
				}
				this.results.put(request, schema);
			}
			resolveSubtypes();
		}

		/**
		 * The parameter's annotations and the type-use annotations of its (unwrapped) type,
		 * such as {@code Optional<@Size(max = 10) String>}'s.
		 */
		private static List<Annotation> constraints(Request request) {
			List<Annotation> all = new ArrayList<>(request.annotations());
			if (request.annotatedType() != null) {
				for (Annotation annotation : request.annotatedType().getAnnotations()) {
					if (!all.contains(annotation)) {
						all.add(annotation);
					}
				}
			}
			return all;
		}

		/**
		 * Apply the type-use constraints of a parameter's elements ({@code List<@NotBlank
		 * String>}) to the item schemas, as swagger-core does for properties.
		 */
		private void applyElementConstraints(WireModelResolver resolver, @Nullable Schema<?> schema,
				java.lang.reflect.@Nullable AnnotatedType annotated) {
			if (schema == null || annotated == null) {
				return;
			}
			Schema<?> items = schema.getItems();
			if (items != null) {
				java.lang.reflect.AnnotatedType element = (annotated instanceof AnnotatedArrayType array)
						? array.getAnnotatedGenericComponentType() : typeArgument(annotated, 0);
				applyToElement(resolver, items, element);
			}
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				java.lang.reflect.AnnotatedType element = typeArgument(annotated, 1);
				applyToElement(resolver, values, element);
			}
		}

		private void applyToElement(WireModelResolver resolver, Schema<?> element,
				java.lang.reflect.@Nullable AnnotatedType annotated) {
			if (annotated == null) {
				return;
			}
			if (element.get$ref() == null) {
				resolver.applyConstraints(element, annotated.getAnnotations());
			}
			applyElementConstraints(resolver, element, annotated);
		}

		private static java.lang.reflect.@Nullable AnnotatedType typeArgument(java.lang.reflect.AnnotatedType annotated,
				int index) {
			if (annotated instanceof AnnotatedParameterizedType parameterized) {
				java.lang.reflect.AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
				return (index < arguments.length) ? arguments[index] : null;
			}
			return null;
		}

		private void resolveSubtypes() {
			Set<String> inspected = new java.util.HashSet<>();
			boolean added = true;
			while (added) {
				added = false;
				for (String name : List.copyOf(this.context.getDefinedModels().keySet())) {
					if (!inspected.add(name)) {
						continue;
					}
					JavaType type = this.names.typeOf(name);
					Polymorphism polymorphism = (type != null && !type.hasGenericTypes())
							? SchemaSet.this.generator.wire().polymorphism(type.getRawClass()) : null;
					if (polymorphism != null) {
						this.polymorphic.put(name, polymorphism);
						for (Variant variant : polymorphism.variants()) {
							this.context.resolve(new AnnotatedType(variant.type()).resolveAsRef(true));
						}
						added = true;
					}
				}
			}
		}

		@Nullable String nameOf(Class<?> type) {
			if (this.namesByType == null) {
				Map<JavaType, String> namesByType = new HashMap<>();
				this.context.getDefinedModels().keySet().forEach((name) -> {
					JavaType defined = this.names.typeOf(name);
					if (defined != null) {
						namesByType.putIfAbsent(defined, name);
					}
				});
				this.namesByType = namesByType;
			}
			return this.namesByType.get(SchemaSet.this.generator.typeFactory().constructType(type));
		}

	}

}
