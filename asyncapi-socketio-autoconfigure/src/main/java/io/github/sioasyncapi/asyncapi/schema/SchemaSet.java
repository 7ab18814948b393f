package io.github.sioasyncapi.asyncapi.schema;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JavaType;
import io.github.sioasyncapi.asyncapi.schema.WireIntrospector.Polymorphism;
import io.github.sioasyncapi.asyncapi.schema.WireIntrospector.Variant;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.util.Assert;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of one document. {@link #schemaFor(ResolvableType)} hands out a schema node at
 * once and fills it when the set is {@link #complete() completed}: only then are all types
 * known, and with them which simple class names clash. Each type is resolved once, however
 * often it is asked for. Besides what Bean Validation makes required, primitive record
 * components and creator arguments are required: the server rejects payloads without them.
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
		Assert.state(this.definitions == null, "The schema set is complete");
		Request request = new Request(this.generator.javaType(type), List.copyOf(annotations));
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
		converted.forEach((name, schema) -> requirePrimitives(schema, last.names.typeOf(name)));
		this.order.forEach((type) -> {
			ObjectNode schema = convert(last.results.get(type));
			this.requests.get(type).forEach((node) -> node.setAll(schema.deepCopy()));
		});
		this.pass = last;
		this.definitions = Collections.unmodifiableMap(converted);
		return this.definitions;
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

	private void requirePrimitives(ObjectNode schema, @Nullable JavaType type) {
		if (type == null || !schema.path("properties").isObject()) {
			return;
		}
		List<String> names = this.generator.wire().requiredPrimitives(type.getRawClass());
		if (names.isEmpty()) {
			return;
		}
		Set<String> required = new LinkedHashSet<>();
		schema.path("required").forEach((name) -> required.add(name.asString()));
		names.stream().filter(schema.get("properties")::has).forEach(required::add);
		ArrayNode array = schema.putArray("required");
		required.forEach(array::add);
	}

	private ObjectNode convert(@Nullable Schema<?> schema) {
		return (schema != null) ? this.generator.dialect().convert(schema) : JsonNodeFactory.instance.objectNode();
	}

	private record Request(JavaType type, List<Annotation> annotations) {
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
				Schema<?> schema;
				if (request.annotations().isEmpty()) {
					schema = this.context.resolve(type);
				}
				else {
					Annotation[] annotations = request.annotations().toArray(Annotation[]::new);
					schema = this.context.resolve(type.ctxAnnotations(annotations));
					if (schema != null && schema.get$ref() == null) {
						resolver.applyConstraints(schema, annotations);
					}
				}
				this.results.put(request, schema);
			}
			resolveSubtypes();
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
