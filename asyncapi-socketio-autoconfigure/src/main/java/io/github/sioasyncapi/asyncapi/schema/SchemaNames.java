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

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Names schemas after their classes' simple names ({@code Page<Item>} is {@code PageItem}),
 * like springdoc. Classes that share a simple name are qualified with what tells them apart:
 * their enclosing classes, then package segments from the innermost ({@code a.Player} and
 * {@code b.Player} become {@code APlayer} and {@code BPlayer}), so the name of a class does
 * not depend on the order in which types are resolved. Which simple names clash is known only
 * once every type is resolved; {@link #clashes()} tells, and the caller resolves again with
 * the clashes known. Any remaining conflict gets a numeric suffix rather than overwrite a
 * schema.
 */
final class SchemaNames extends TypeNameResolver {

	private final Map<String, Set<Class<?>>> knownClashes;

	private final Map<String, Set<Class<?>>> bySimpleName = new HashMap<>();

	private final Map<String, JavaType> byName = new HashMap<>();

	private final Map<Key, String> names = new HashMap<>();

	/**
	 * Create names.
	 * @param knownClashes the classes that share a simple name, by simple name
	 */
	SchemaNames(Map<String, Set<Class<?>>> knownClashes) {
		this.knownClashes = knownClashes;
	}

	@Override
	public String nameForType(JavaType type, Set<Options> options) {
		Key key = new Key(type, options);
		String existing = this.names.get(key);
		if (existing != null) {
			return existing;
		}
		String name = super.nameForType(type, options);
		String unique = name;
		for (int i = 2; this.byName.containsKey(unique) && !this.byName.get(unique).equals(type); i++) {
			unique = name + "_" + i;
		}
		this.byName.put(unique, type);
		this.names.put(key, unique);
		return unique;
	}

	@Override
	protected String getNameOfClass(Class<?> type) {
		String simpleName = simpleName(type);
		this.bySimpleName.computeIfAbsent(simpleName, (key) -> new LinkedHashSet<>()).add(type);
		Set<Class<?>> clash = this.knownClashes.get(simpleName);
		return (clash != null && clash.size() > 1) ? qualifiedName(type, clash) : simpleName;
	}

	private static String simpleName(Class<?> type) {
		return type.isArray() ? simpleName(type.getComponentType()) + "Array" : type.getSimpleName();
	}

	private static String qualifiedName(Class<?> type, Set<Class<?>> clash) {
		List<String> qualifiers = qualifiers(type);
		for (int depth = 1; depth <= qualifiers.size(); depth++) {
			String candidate = qualify(type, qualifiers, depth);
			boolean unique = true;
			for (Class<?> other : clash) {
				if (other != type && candidate.equals(qualify(other, qualifiers(other), depth))) {
					unique = false;
					break;
				}
			}
			if (unique) {
				return candidate;
			}
		}
		return qualify(type, qualifiers, qualifiers.size());
	}

	/**
	 * The enclosing classes' simple names and the package segments, innermost first.
	 */
	private static List<String> qualifiers(Class<?> type) {
		List<String> qualifiers = new ArrayList<>();
		for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
			qualifiers.add(outer.getSimpleName());
		}
		List<String> segments = new ArrayList<>(List.of(type.getPackageName().split("\\.")));
		Collections.reverse(segments);
		segments.stream().filter(StringUtils::hasText).forEach(qualifiers::add);
		return qualifiers;
	}

	private static String qualify(Class<?> type, List<String> qualifiers, int depth) {
		StringBuilder name = new StringBuilder(simpleName(type));
		for (int i = 0; i < Math.min(depth, qualifiers.size()); i++) {
			name.insert(0, StringUtils.capitalize(qualifiers.get(i)));
		}
		return name.toString();
	}

	/**
	 * The simple names that more than one class used, with those classes.
	 * @return the clashes, empty when every simple name is unique
	 */
	Map<String, Set<Class<?>>> clashes() {
		Map<String, Set<Class<?>>> clashes = new HashMap<>();
		this.bySimpleName.forEach((simpleName, types) -> {
			if (types.size() > 1) {
				clashes.put(simpleName, Set.copyOf(types));
			}
		});
		return clashes;
	}

	/**
	 * The type a schema name was given to.
	 * @param name the schema name
	 * @return the type, or {@code null} if no type has the name
	 */
	@Nullable JavaType typeOf(String name) {
		return this.byName.get(name);
	}

	private record Key(JavaType type, Set<Options> options) {
	}

}
