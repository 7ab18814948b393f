package io.github.sioasyncapi.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.type.TypeFactory;

/**
 * Turns Bean Validation property paths (Java property names) and Jackson error paths into the
 * paths a client sees on the wire ({@code items[2].game_id}), using the same Jackson
 * configuration that reads and writes the payloads, so naming strategies and
 * {@code @JsonProperty} renames are honoured.
 */
public final class WirePaths {

	private final ObjectMapper mapper;

	private final Map<JavaType, Map<String, BeanPropertyDefinition>> readProperties = new ConcurrentHashMap<>();

	private final Map<JavaType, Map<String, BeanPropertyDefinition>> writeProperties = new ConcurrentHashMap<>();

	/**
	 * Create paths for the given mapper.
	 * @param mapper the mapper that converts the payloads
	 */
	public WirePaths(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The wire path of a Bean Validation violation.
	 * @param prefix a prefix for the value's position, such as {@code [1]}, or empty
	 * @param rootType the type of the validated value
	 * @param path the violation's property path; method, parameter and return value nodes
	 * are skipped (the root type stands for them)
	 * @param incoming whether the value was read from a client (otherwise written to one)
	 * @return the path with JSON property names
	 */
	public String of(String prefix, JavaType rootType, Path path, boolean incoming) {
		StringBuilder out = new StringBuilder(prefix);
		JavaType current = rootType;
		for (Path.Node node : path) {
			ElementKind kind = node.getKind();
			if (kind != ElementKind.PROPERTY && kind != ElementKind.BEAN && kind != ElementKind.CONTAINER_ELEMENT) {
				continue;
			}
			if (node.isInIterable()) {
				appendIndex(out, node);
				current = elementType(current);
			}
			if (kind == ElementKind.PROPERTY) {
				BeanPropertyDefinition property = properties(current, incoming).get(node.getName());
				appendName(out, (property != null) ? property.getName() : node.getName());
				current = (property != null) ? property.getPrimaryType() : TypeFactory.unknownType();
			}
		}
		return out.toString();
	}

	/**
	 * The wire path of a Jackson conversion error.
	 * @param prefix a prefix for the value's position, such as {@code [1]}, or empty
	 * @param ex the exception
	 * @return the path as the client sent it
	 */
	public static String of(String prefix, JacksonException ex) {
		StringBuilder out = new StringBuilder(prefix);
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				appendName(out, reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	/**
	 * The value at the location of a Jackson conversion error.
	 * @param value the value that was converted
	 * @param ex the exception
	 * @return the value at the error's path, or {@code null} when the path leads nowhere
	 */
	public static @Nullable JsonNode valueAt(JsonNode value, JacksonException ex) {
		JsonNode current = value;
		for (JacksonException.Reference reference : ex.getPath()) {
			if (current == null) {
				return null;
			}
			current = (reference.getPropertyName() != null) ? current.get(reference.getPropertyName())
					: current.get(reference.getIndex());
		}
		return current;
	}

	private Map<String, BeanPropertyDefinition> properties(JavaType type, boolean incoming) {
		if (type.isContainerType() || type.isReferenceType() || type.isJavaLangObject() || type.isPrimitive()) {
			return Map.of();
		}
		Map<JavaType, Map<String, BeanPropertyDefinition>> cache = incoming ? this.readProperties : this.writeProperties;
		return cache.computeIfAbsent(type, (key) -> introspect(key, incoming));
	}

	private Map<String, BeanPropertyDefinition> introspect(JavaType type, boolean incoming) {
		MapperConfig<?> config = incoming ? this.mapper.deserializationConfig() : this.mapper.serializationConfig();
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		BeanDescription description = incoming
				? introspector.introspectForDeserialization(type, introspector.introspectClassAnnotations(type))
				: introspector.introspectForSerialization(type, introspector.introspectClassAnnotations(type));
		return description.findProperties()
			.stream()
			.collect(Collectors.toUnmodifiableMap(BeanPropertyDefinition::getInternalName, Function.identity(),
					(first, second) -> first));
	}

	private static JavaType elementType(JavaType type) {
		if (type.isReferenceType()) {
			return type.getReferencedType();
		}
		JavaType content = type.getContentType();
		return (content != null) ? content : TypeFactory.unknownType();
	}

	private static void appendIndex(StringBuilder out, Path.Node node) {
		Object key = (node.getIndex() != null) ? node.getIndex() : node.getKey();
		if (key != null) {
			out.append('[').append(key).append(']');
		}
	}

	private static void appendName(StringBuilder out, String name) {
		if (!out.isEmpty()) {
			out.append('.');
		}
		out.append(name);
	}

}
