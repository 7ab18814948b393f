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
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BasicBeanDescription;
import com.fasterxml.jackson.databind.introspect.BasicClassIntrospector;
import com.fasterxml.jackson.databind.introspect.ClassIntrospector;

/**
 * A class introspector for swagger-core's mapper that describes each type for deserialization
 * once per configuration. swagger-core's {@code ModelResolver} asks for that description again
 * for every property of a type (to find how the property may be accessed), and Jackson 2
 * collects the type's properties anew each time: about a quarter of a large document's build.
 * The descriptions are the same every time for the same configuration, so they are kept.
 */
final class CachingClassIntrospector extends BasicClassIntrospector {

	private static final long serialVersionUID = 1L;

	private final transient Map<Key, BasicBeanDescription> deserialization = new ConcurrentHashMap<>();

	@Override
	public BasicBeanDescription forDeserialization(DeserializationConfig config, JavaType type, MixInResolver resolver) {
		Key key = new Key(config, type);
		BasicBeanDescription description = this.deserialization.get(key);
		if (description == null) {
			description = super.forDeserialization(config, type, resolver);
			// collect the properties before the description is shared: Jackson collects them
			// lazily, without locking (and outside the map, since collecting may introspect
			// other types)
			description.findProperties();
			BasicBeanDescription earlier = this.deserialization.putIfAbsent(key, description);
			if (earlier != null) {
				description = earlier;
			}
		}
		return description;
	}

	@Override
	public ClassIntrospector copy() {
		return new CachingClassIntrospector();
	}

	/**
	 * A type under one configuration (compared by identity: a changed configuration is a new
	 * object).
	 */
	private record Key(DeserializationConfig config, JavaType type) {
	}

}
