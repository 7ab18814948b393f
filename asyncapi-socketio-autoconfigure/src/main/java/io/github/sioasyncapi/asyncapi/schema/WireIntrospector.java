package io.github.sioasyncapi.asyncapi.schema;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Asks the application's Jackson 3 mapper how a class looks on the wire: the JSON names of its
 * properties and how its polymorphic subtypes are identified. Results are cached per class.
 */
final class WireIntrospector {

	private final ObjectMapper mapper;

	private final Map<Class<?>, Map<String, String>> names = new ConcurrentHashMap<>();

	WireIntrospector(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The wire name of a property.
	 * @param type the class that declares the property
	 * @param internalName the property's Java name
	 * @return the JSON name, or the Java name when Jackson does not know the property
	 */
	String propertyName(Class<?> type, String internalName) {
		return this.names.computeIfAbsent(type, this::introspectNames).getOrDefault(internalName, internalName);
	}

	private Map<String, String> introspectNames(Class<?> type) {
		Map<String, String> result = new HashMap<>();
		JavaType javaType = this.mapper.constructType(type);
		// names used when reading first, so that names used when writing win where they differ
		collect(this.mapper.deserializationConfig(), javaType, false, result);
		collect(this.mapper.serializationConfig(), javaType, true, result);
		return result;
	}

	private static void collect(MapperConfig<?> config, JavaType type, boolean serialization,
			Map<String, String> result) {
		if (type.isContainerType() || type.isReferenceType() || type.isPrimitive() || type.isEnumType()) {
			return;
		}
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		AnnotatedClass annotated = introspector.introspectClassAnnotations(type);
		BeanDescription description = serialization ? introspector.introspectForSerialization(type, annotated)
				: introspector.introspectForDeserialization(type, annotated);
		for (BeanPropertyDefinition property : description.findProperties()) {
			result.put(property.getInternalName(), property.getName());
		}
	}

	/**
	 * The wire names of the properties a client must send: primitives bound to creator
	 * parameters (record components, {@code @JsonCreator} arguments), which payloads cannot
	 * leave out because they are read with {@code FAIL_ON_NULL_FOR_PRIMITIVES}.
	 * @param type the class
	 * @return the names, in declaration order
	 */
	List<String> requiredPrimitives(Class<?> type) {
		JavaType javaType = this.mapper.constructType(type);
		if (javaType.isContainerType() || javaType.isReferenceType() || javaType.isPrimitive() || javaType.isEnumType()
				|| javaType.isInterface() || javaType.isAbstract()) {
			return List.of();
		}
		DeserializationConfig config = this.mapper.deserializationConfig();
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		BeanDescription description = introspector.introspectForDeserialization(javaType,
				introspector.introspectClassAnnotations(javaType));
		List<String> required = new ArrayList<>();
		for (BeanPropertyDefinition property : description.findProperties()) {
			if (property.hasConstructorParameter() && property.getRawPrimaryType().isPrimitive()) {
				required.add(property.getName());
			}
		}
		return required;
	}

	/**
	 * How the subtypes of a polymorphic base type are told apart on the wire.
	 * @param type the class
	 * @return the polymorphism, or {@code null} if the class has no subtypes to choose from
	 */
	@Nullable Polymorphism polymorphism(Class<?> type) {
		MapperConfig<?> config = this.mapper.serializationConfig();
		JavaType javaType = this.mapper.constructType(type);
		AnnotatedClass annotated = config.classIntrospectorInstance()
			.forOperation(config)
			.introspectClassAnnotations(javaType);
		JsonTypeInfo.Value info = config.getAnnotationIntrospector().findPolymorphicTypeInfo(config, annotated);
		if (info == null || info.getIdType() == JsonTypeInfo.Id.NONE) {
			return null;
		}
		List<Variant> variants = new ArrayList<>();
		for (NamedType named : config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, annotated)) {
			Class<?> subtype = named.getType();
			if (subtype != type && type.isAssignableFrom(subtype) && isConcrete(subtype)) {
				variants.add(new Variant(subtype, typeId(info.getIdType(), named)));
			}
		}
		if (variants.isEmpty()) {
			return null;
		}
		String property = null;
		if (info.getInclusionType() == JsonTypeInfo.As.PROPERTY
				|| info.getInclusionType() == JsonTypeInfo.As.EXISTING_PROPERTY) {
			property = (info.getPropertyName() != null && !info.getPropertyName().isEmpty()) ? info.getPropertyName()
					: info.getIdType().getDefaultPropertyName();
		}
		return new Polymorphism(property, Collections.unmodifiableList(variants));
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
	 * How a polymorphic type is written.
	 *
	 * @param property the property that holds the type id, or {@code null} when the id is not a
	 * property of the object (wrapper objects and arrays, deduction)
	 * @param variants the concrete subtypes with their type ids
	 */
	record Polymorphism(@Nullable String property, List<Variant> variants) {
	}

	/**
	 * A concrete subtype.
	 *
	 * @param type the class
	 * @param id the type id on the wire, or {@code null} when ids are not names
	 */
	record Variant(Class<?> type, @Nullable String id) {
	}

}
