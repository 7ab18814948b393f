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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BasicBeanDescription;
import com.fasterxml.jackson.databind.introspect.BasicClassIntrospector;
import com.fasterxml.jackson.databind.introspect.ClassIntrospector;

/**
 * A class introspector for swagger-core's mapper that describes each type once per
 * configuration. swagger-core's {@code ModelResolver} asks for the deserialization description
 * again for every property of a type (to find how the property may be accessed), and for the
 * serialization description of every type and property it resolves (to look for a
 * {@code @JsonValue} accessor, which collects all the type's properties), and Jackson 2
 * collects the type's properties anew each time: about a quarter and an eighth of a large
 * document's build. The descriptions are the same every time for the same configuration, so
 * they are kept, except a serialization description of a type that ignores properties by name
 * ({@code @JsonIgnoreProperties}), whose property list swagger-core changes.
 */
final class CachingClassIntrospector extends BasicClassIntrospector {

	private static final long serialVersionUID = 1L;

	private final transient Map<Key, BasicBeanDescription> deserialization = new ConcurrentHashMap<>();

	private final transient Map<Key, BasicBeanDescription> serialization = new ConcurrentHashMap<>();

	@Override
	public BasicBeanDescription forDeserialization(DeserializationConfig config, JavaType type, MixInResolver resolver) {
		Key key = new Key(config, type);
		BasicBeanDescription description = this.deserialization.get(key);
		if (description == null) {
			description = share(this.deserialization, key, super.forDeserialization(config, type, resolver));
		}
		return description;
	}

	@Override
	public BasicBeanDescription forSerialization(SerializationConfig config, JavaType type, MixInResolver resolver) {
		Key key = new Key(config, type);
		BasicBeanDescription description = this.serialization.get(key);
		if (description == null) {
			description = super.forSerialization(config, type, resolver);
			// swagger-core removes the properties ignored by name from the list it is given
			if (!ignoresByName(config, description)) {
				description = share(this.serialization, key, description);
			}
		}
		return description;
	}

	/**
	 * Keep a description, or take the one another thread kept first. Its properties (and a
	 * {@code @JsonValue} accessor with them) are collected before it is shared: Jackson
	 * collects them lazily, without locking (and outside the map, since collecting may
	 * introspect other types).
	 */
	private static BasicBeanDescription share(Map<Key, BasicBeanDescription> descriptions, Key key,
			BasicBeanDescription description) {
		description.findProperties();
		BasicBeanDescription earlier = descriptions.putIfAbsent(key, description);
		return (earlier != null) ? earlier : description;
	}

	private static boolean ignoresByName(SerializationConfig config, BasicBeanDescription description) {
		JsonIgnoreProperties.Value ignorals = config.getAnnotationIntrospector()
			.findPropertyIgnoralByName(config, description.getClassInfo());
		Set<String> ignored = (ignorals != null) ? ignorals.findIgnoredForSerialization() : Set.of();
		return !ignored.isEmpty();
	}

	@Override
	public ClassIntrospector copy() {
		return new CachingClassIntrospector();
	}

	/**
	 * A type under one configuration (compared by identity: a changed configuration is a new
	 * object).
	 */
	private record Key(Object config, JavaType type) {
	}

}
