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

package io.github.sioasyncapi.json;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TreeNode;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.AbstractDeserializer;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.type.LogicalType;

/**
 * How the payload mapper reads and writes types, asked of the mapper itself: the JSON names
 * of properties, which properties a client must send and which it may send as {@code null},
 * how the subtypes of a polymorphic type are told apart, whether unknown properties are
 * accepted, which scalar conversions are allowed, and whether a type can be read at all. The
 * AsyncAPI schemas, the violation paths and the conversion error messages are all derived from
 * it, so that the document, the validator and the messages say the same. Results are cached
 * per type; thread-safe.
 *
 * @since 0.1.0
 */
public final class WireFormat {

	/**
	 * The largest magnitude of a {@code float} on the wire: {@code Float.MAX_VALUE} as Jackson
	 * writes it ({@code 3.4028235E38}). Larger numbers are refused rather than read as infinity.
	 */
	public static final double FLOAT_LIMIT = Double.parseDouble(Float.toString(Float.MAX_VALUE));

	private final ObjectMapper mapper;

	private final Map<JavaType, Map<String, WireProperty>> readProperties = new ConcurrentHashMap<>();

	private final Map<JavaType, Map<String, WireProperty>> writeProperties = new ConcurrentHashMap<>();

	private final Map<Class<?>, Polymorphism> polymorphism = new ConcurrentHashMap<>();

	/**
	 * Describe the wire format of a mapper.
	 * @param mapper the mapper that reads and writes payloads
	 */
	public WireFormat(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The mapper described.
	 * @return the mapper
	 */
	public ObjectMapper getMapper() {
		return this.mapper;
	}

	/**
	 * The properties of a type as the mapper reads them from clients, or writes them to
	 * clients.
	 * @param type the type
	 * @param incoming whether the values are read (otherwise written)
	 * @return the properties by Java (internal) name, in the mapper's order; empty for types
	 * that are not beans (scalars, containers, trees)
	 */
	public Map<String, WireProperty> properties(JavaType type, boolean incoming) {
		if (!isBean(type)) {
			return Map.of();
		}
		Map<JavaType, Map<String, WireProperty>> cache = incoming ? this.readProperties : this.writeProperties;
		return cache.computeIfAbsent(type, (key) -> introspect(key, incoming));
	}

	/**
	 * The properties of a class, see {@link #properties(JavaType, boolean)}.
	 * @param type the class
	 * @param incoming whether the values are read (otherwise written)
	 * @return the properties by Java name
	 */
	public Map<String, WireProperty> properties(Class<?> type, boolean incoming) {
		return properties(this.mapper.constructType(type), incoming);
	}

	private static boolean isBean(JavaType type) {
		return !(type.isContainerType() || type.isReferenceType() || type.isPrimitive() || type.isEnumType()
				|| type.isJavaLangObject() || type.isArrayType() || TreeNode.class.isAssignableFrom(type.getRawClass())
				|| type.getRawClass().getName().startsWith("java."));
	}

	private Map<String, WireProperty> introspect(JavaType type, boolean incoming) {
		MapperConfig<?> config = incoming ? this.mapper.deserializationConfig() : this.mapper.serializationConfig();
		DeserializationConfig reading = this.mapper.deserializationConfig();
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		AnnotatedClass annotated = introspector.introspectClassAnnotations(type);
		BeanDescription description = incoming ? introspector.introspectForDeserialization(type, annotated)
				: introspector.introspectForSerialization(type, annotated);
		boolean nullPrimitivesFail = reading.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		boolean nullCreatorsFail = reading.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
		boolean missingCreatorsFail = reading.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
		Map<String, WireProperty> properties = new LinkedHashMap<>();
		for (BeanPropertyDefinition property : description.findProperties()) {
			boolean creator = property.hasConstructorParameter();
			boolean primitive = property.getRawPrimaryType().isPrimitive();
			Nulls nulls = property.getMetadata().getValueNulls();
			boolean nullSkipped = nulls == Nulls.SKIP || nulls == Nulls.AS_EMPTY;
			boolean nullable = nullSkipped || (nulls != Nulls.FAIL && !(primitive && nullPrimitivesFail)
					&& !(creator && nullCreatorsFail));
			boolean required = creator && (property.isRequired() || missingCreatorsFail || nullCreatorsFail
					|| (primitive && nullPrimitivesFail && !nullSkipped));
			boolean nullableElements = property.getMetadata().getContentNulls() != Nulls.FAIL;
			properties.putIfAbsent(property.getInternalName(), new WireProperty(property.getName(),
					property.getInternalName(), property.getPrimaryType(), required, nullable, nullableElements));
		}
		return Collections.unmodifiableMap(properties);
	}

	/**
	 * The JSON name of a property, as written (or, for a property that is only read, as read),
	 * whatever naming strategy, {@code @JsonNaming}, {@code @JsonProperty} or mix-in decides it.
	 * @param type the class that has the property
	 * @param javaName the property's Java (internal) name
	 * @return the JSON name, or the Java name when the mapper does not know the property
	 */
	public String propertyName(Class<?> type, String javaName) {
		WireProperty written = properties(type, false).get(javaName);
		if (written != null) {
			return written.name();
		}
		WireProperty read = properties(type, true).get(javaName);
		return (read != null) ? read.name() : javaName;
	}

	/**
	 * Whether the mapper accepts properties a type does not have (and ignores them): when it
	 * does not fail on unknown properties, the type ignores them with
	 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}, or collects them with
	 * {@code @JsonAnySetter}.
	 * @param type the class
	 * @return whether unknown properties are accepted
	 */
	public boolean acceptsUnknownProperties(Class<?> type) {
		DeserializationConfig config = this.mapper.deserializationConfig();
		if (!config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
			return true;
		}
		JavaType javaType = this.mapper.constructType(type);
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		AnnotatedClass annotated = introspector.introspectClassAnnotations(javaType);
		JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(type, annotated);
		if (ignorals != null && ignorals.getIgnoreUnknown()) {
			return true;
		}
		return introspector.introspectForDeserialization(javaType, annotated).findAnySetterAccessor() != null;
	}

	/**
	 * Whether the mapper converts a JSON value of one shape to a type of another: for example a
	 * JSON string to an integer. With strict scalars it does not.
	 * @param target the logical type of the target
	 * @param type the target class
	 * @param shape the shape of the JSON value
	 * @return whether the conversion is attempted rather than refused
	 */
	public boolean converts(LogicalType target, Class<?> type, CoercionInputShape shape) {
		return this.mapper.deserializationConfig().findCoercionAction(target, type, shape) != CoercionAction.Fail;
	}

	/**
	 * How the mapper writes, and with strict scalars reads, a date or time.
	 * @param type the class
	 * @param format the {@code @JsonFormat} of the property, or {@code null}
	 * @return the form, or {@code null} if the class is not a date or time that has one
	 */
	public @Nullable DateTimeWire dateTime(Class<?> type, @Nullable JsonFormat format) {
		SerializationConfig config = this.mapper.serializationConfig();
		JsonFormat.Value value = config.getDefaultPropertyFormat(type);
		if (format != null) {
			value = value.withOverrides(JsonFormat.Value.from(format));
		}
		return DateTimeWire.of(type, value, config.getDatatypeFeatures());
	}

	/**
	 * Why the mapper cannot read a type from JSON: it is abstract without type information, or
	 * a class without a constructor or factory the mapper can call.
	 * @param type the type
	 * @return the reason, or {@code null} if the type can be read
	 */
	public @Nullable String whyUnreadable(JavaType type) {
		if (TreeNode.class.isAssignableFrom(type.getRawClass())) {
			return null;
		}
		ValueDeserializer<Object> deserializer;
		try {
			deserializer = this.mapper._deserializationContext().findRootValueDeserializer(type);
		}
		catch (JacksonException ex) {
			return ex.getOriginalMessage();
		}
		if (deserializer instanceof AbstractDeserializer) {
			return "it is abstract and has no @JsonTypeInfo to choose a subtype with";
		}
		if (deserializer instanceof BeanDeserializerBase bean && !bean.getValueInstantiator().canInstantiate()) {
			return "it has no constructor or factory method that Jackson can create it with";
		}
		return null;
	}

	/**
	 * How the subtypes of a polymorphic type are told apart on the wire.
	 * @param type the class
	 * @return the polymorphism, or {@code null} if the class has no subtypes to choose from
	 */
	public @Nullable Polymorphism polymorphism(Class<?> type) {
		Polymorphism found = this.polymorphism.computeIfAbsent(type, this::introspectPolymorphism);
		return (found != Polymorphism.NONE) ? found : null;
	}

	private Polymorphism introspectPolymorphism(Class<?> type) {
		MapperConfig<?> config = this.mapper.deserializationConfig();
		JavaType javaType = this.mapper.constructType(type);
		AnnotatedClass annotated = config.classIntrospectorInstance()
			.forOperation(config)
			.introspectClassAnnotations(javaType);
		JsonTypeInfo.Value info = config.getAnnotationIntrospector().findPolymorphicTypeInfo(config, annotated);
		if (info == null || info.getIdType() == JsonTypeInfo.Id.NONE) {
			return Polymorphism.NONE;
		}
		boolean deduction = info.getIdType() == JsonTypeInfo.Id.DEDUCTION;
		List<NamedType> subtypes = new ArrayList<>();
		for (NamedType named : config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, annotated)) {
			Class<?> subtype = named.getType();
			if (subtype != type && type.isAssignableFrom(subtype) && isConcrete(subtype)) {
				subtypes.add(named);
			}
		}
		List<Variant> variants = new ArrayList<>();
		for (NamedType named : subtypes) {
			List<String> deducedBy = List.of();
			if (deduction) {
				Set<String> others = new HashSet<>();
				subtypes.stream()
					.filter((other) -> other != named)
					.forEach((other) -> properties(other.getType(), true).values()
						.forEach((property) -> others.add(property.name())));
				deducedBy = properties(named.getType(), true).values()
					.stream()
					.map(WireProperty::name)
					.filter((name) -> !others.contains(name))
					.toList();
			}
			variants.add(new Variant(named.getType(), typeId(info.getIdType(), named), deducedBy));
		}
		if (variants.isEmpty()) {
			return Polymorphism.NONE;
		}
		String property = null;
		if (info.getInclusionType() == JsonTypeInfo.As.PROPERTY
				|| info.getInclusionType() == JsonTypeInfo.As.EXISTING_PROPERTY) {
			property = (info.getPropertyName() != null && !info.getPropertyName().isEmpty()) ? info.getPropertyName()
					: info.getIdType().getDefaultPropertyName();
		}
		Class<?> defaultImpl = info.getDefaultImpl();
		if (defaultImpl != null && (!type.isAssignableFrom(defaultImpl) || !isConcrete(defaultImpl))) {
			defaultImpl = null;
		}
		return new Polymorphism(property, Collections.unmodifiableList(variants), defaultImpl, deduction);
	}

	private static boolean isConcrete(Class<?> type) {
		return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
	}

	private static @Nullable String typeId(JsonTypeInfo.Id idType, NamedType named) {
		if (named.hasName()) {
			return named.getName();
		}
		Class<?> type = named.getType();
		return switch (idType) {
			case NAME -> defaultTypeName(type);
			case SIMPLE_NAME -> type.getSimpleName();
			case CLASS -> type.getName();
			default -> null;
		};
	}

	/**
	 * Jackson's default name of a type without {@code @JsonTypeName}: the class name without
	 * its package ({@code Outer$Inner} for a nested class).
	 */
	private static String defaultTypeName(Class<?> type) {
		String name = type.getName();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? name : name.substring(dot + 1);
	}

	/**
	 * A property of a type, as the mapper reads or writes it.
	 *
	 * @param name the JSON name
	 * @param javaName the Java (internal) name
	 * @param type the property's type
	 * @param required whether a client must send it: a creator property that Jackson does not
	 * read without (a primitive, {@code @JsonProperty(required = true)}, or all of them with
	 * {@code FAIL_ON_MISSING_CREATOR_PROPERTIES})
	 * @param nullable whether a client may send {@code null}: not for primitives, nor where
	 * {@code @JsonSetter(nulls = FAIL)} or {@code FAIL_ON_NULL_CREATOR_PROPERTIES} refuses it.
	 * Bean Validation may refuse more.
	 * @param nullableElements whether the elements of a collection or array, or the values of
	 * a map, may be {@code null}: unless {@code @JsonSetter(contentNulls = FAIL)} refuses it
	 * @since 0.1.0
	 */
	public record WireProperty(String name, String javaName, JavaType type, boolean required, boolean nullable,
			boolean nullableElements) {
	}

	/**
	 * How a polymorphic type is written and read.
	 *
	 * @param property the property that holds the type id, or {@code null} when the id is not a
	 * property of the object (wrapper objects and arrays, deduction)
	 * @param variants the concrete subtypes with their type ids
	 * @param defaultType the subtype read when the type id is missing or unknown, or
	 * {@code null} when such a value is refused
	 * @param deduction whether the subtype is deduced from the properties present
	 * ({@code JsonTypeInfo.Id.DEDUCTION}) rather than named by a type id
	 * @since 0.1.0
	 */
	public record Polymorphism(@Nullable String property, List<Variant> variants, @Nullable Class<?> defaultType,
			boolean deduction) {

		static final Polymorphism NONE = new Polymorphism(null, List.of(), null, false);

		/**
		 * The type ids of the variants.
		 * @return the ids, in the order of the variants
		 */
		public List<String> ids() {
			return this.variants.stream().map(Variant::id).filter((id) -> id != null).toList();
		}

	}

	/**
	 * A concrete subtype.
	 *
	 * @param type the class
	 * @param id the type id on the wire, or {@code null} when ids are not names
	 * @param deducedBy with {@code DEDUCTION}, the wire names of the properties that no other
	 * subtype has: Jackson deduces this subtype from the first of them it reads (whatever its
	 * value, {@code null} included), and refuses an object without any property that narrows
	 * the subtypes down to one; empty otherwise
	 * @since 0.1.0
	 */
	public record Variant(Class<?> type, @Nullable String id, List<String> deducedBy) {
	}

}
