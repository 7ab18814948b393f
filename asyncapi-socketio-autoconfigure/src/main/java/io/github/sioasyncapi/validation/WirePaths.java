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

package io.github.sioasyncapi.validation;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.json.ArgumentRecord.Component;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.WireProperty;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/**
 * Turns Bean Validation property paths (Java property names) and Jackson error paths into the
 * paths a client sees on the wire ({@code items[2].game_id}, {@code scores.ann} for the value
 * of key {@code ann} of a map), with the names of the
 * {@link WireFormat} of the mapper that reads and writes the payloads, so that naming
 * strategies and {@code @JsonProperty} renames are honoured. Where a declared type does not
 * say which class a value has (a polymorphic base type, {@code Object}), the class of the
 * validated value names its properties. The components of an
 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record are arguments of
 * their own, named by their position ({@code [1].name}).
 */
final class WirePaths {

	private final WireFormat wire;

	/**
	 * Create paths for a wire format.
	 * @param wire the wire format of the payloads
	 */
	public WirePaths(WireFormat wire) {
		this.wire = wire;
	}

	/**
	 * The wire path of a Bean Validation violation.
	 * @param prefix a prefix for the value's position, such as {@code [1]}, or empty
	 * @param rootType the declared type of the validated value
	 * @param root the validated value, or {@code null} if unknown
	 * @param path the violation's property path; method, parameter and return value nodes
	 * are skipped (the root type stands for them)
	 * @param incoming whether the value was read from a client (otherwise written to one)
	 * @return the path with JSON property names
	 */
	public String of(String prefix, JavaType rootType, @Nullable Object root, Path path, boolean incoming) {
		return of(prefix, 0, rootType, root, path, incoming);
	}

	/**
	 * The wire path of a Bean Validation violation of a value that holds several arguments of
	 * an event: the remaining arguments, collected into an array or list from a position on.
	 * @param prefix a prefix for the value's position, or empty
	 * @param firstIndex the position of the value's first element among the event's arguments,
	 * added to the index of the element the violation is in
	 * @param rootType the declared type of the validated value
	 * @param root the validated value, or {@code null} if unknown
	 * @param path the violation's property path
	 * @param incoming whether the value was read from a client (otherwise written to one)
	 * @return the path with JSON property names, the element's position among the arguments
	 * first
	 * @see #of(String, JavaType, Object, Path, boolean)
	 */
	public String of(String prefix, int firstIndex, JavaType rootType, @Nullable Object root, Path path,
			boolean incoming) {
		StringBuilder out = new StringBuilder(prefix);
		JavaType type = rootType;
		Object value = unwrap(root);
		boolean atRoot = true;
		for (Path.Node node : path) {
			ElementKind kind = node.getKind();
			if (kind != ElementKind.PROPERTY && kind != ElementKind.BEAN && kind != ElementKind.CONTAINER_ELEMENT) {
				continue;
			}
			ArgumentRecord arguments = (atRoot && kind == ElementKind.PROPERTY && !node.isInIterable())
					? ArgumentRecord.of(type.getRawClass()) : null;
			int offset = atRoot ? firstIndex : 0;
			atRoot = false;
			if (arguments != null) {
				// the components of an argument record are arguments: named by their position
				Component component = arguments.getComponents()
					.stream()
					.filter((candidate) -> candidate.name().equals(node.getName()))
					.findFirst()
					.orElse(null);
				if (component != null) {
					out.append('[').append(component.position()).append(']');
					value = unwrap(read(value, node.getName()));
					type = this.wire.getMapper().constructType(component.type().getType());
					continue;
				}
			}
			if (node.isInIterable()) {
				Object key = (node.getIndex() != null) ? node.getIndex() : node.getKey();
				if (node.getIndex() != null) {
					out.append('[').append(node.getIndex() + offset).append(']');
				}
				else if (key != null) {
					// a map is an object on the wire: its keys are property names
					appendName(out, key.toString());
				}
				value = unwrap(element(value, key));
				type = elementType(type);
			}
			if (kind == ElementKind.PROPERTY) {
				JavaType actual = actualType(type, value);
				WireProperty property = this.wire.properties(actual, incoming).get(node.getName());
				appendName(out, (property != null) ? property.name() : node.getName());
				value = unwrap(read(value, node.getName()));
				type = (property != null) ? property.type() : TypeFactory.unknownType();
			}
		}
		return out.toString();
	}

	/**
	 * The wire path of a Jackson conversion error: Jackson reports the names as they were in
	 * the JSON.
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
	 * Append a property name to a path.
	 * @param path the path so far
	 * @param name the name
	 * @return the path with the name
	 */
	static String child(String path, String name) {
		StringBuilder out = new StringBuilder(path);
		appendName(out, name);
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

	/**
	 * The declared type, or the value's class where the declared type leaves it open.
	 */
	private JavaType actualType(JavaType declared, @Nullable Object value) {
		if (value == null || declared.getRawClass() == value.getClass()) {
			return declared;
		}
		if (declared.isJavaLangObject() || declared.isAbstract() || declared.isInterface()
				|| this.wire.polymorphism(declared.getRawClass()) != null || declared.getRawClass() == Object.class) {
			return this.wire.getMapper().constructType(value.getClass());
		}
		return declared;
	}

	private static @Nullable Object unwrap(@Nullable Object value) {
		return (value instanceof Optional<?> optional) ? optional.orElse(null) : value;
	}

	private static @Nullable Object element(@Nullable Object container, @Nullable Object key) {
		if (container == null || key == null) {
			return null;
		}
		if (container instanceof Map<?, ?> map) {
			return map.get(key);
		}
		if (!(key instanceof Integer index) || index < 0) {
			return null;
		}
		if (container instanceof List<?> list) {
			return (index < list.size()) ? list.get(index) : null;
		}
		if (container.getClass().isArray()) {
			return (index < Array.getLength(container)) ? Array.get(container, index) : null;
		}
		if (container instanceof Iterable<?> iterable) {
			Iterator<?> iterator = iterable.iterator();
			for (int i = 0; iterator.hasNext(); i++) {
				Object element = iterator.next();
				if (i == index) {
					return element;
				}
			}
		}
		return null;
	}

	/**
	 * The value of a property, read from the field Bean Validation names (records and most
	 * classes keep a property in a field of its name); {@code null} if there is none.
	 */
	private static @Nullable Object read(@Nullable Object bean, String name) {
		if (bean == null) {
			return null;
		}
		Field field = ReflectionUtils.findField(bean.getClass(), name);
		if (field == null || !field.trySetAccessible()) {
			return null;
		}
		return ReflectionUtils.getField(field, bean);
	}

	private static JavaType elementType(JavaType type) {
		if (type.isReferenceType()) {
			return type.getReferencedType();
		}
		JavaType content = type.getContentType();
		return (content != null) ? content : TypeFactory.unknownType();
	}

	private static void appendName(StringBuilder out, String name) {
		if (!out.isEmpty()) {
			out.append('.');
		}
		out.append(name);
	}

}
