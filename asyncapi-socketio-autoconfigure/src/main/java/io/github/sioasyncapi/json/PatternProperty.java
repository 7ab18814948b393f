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

import java.lang.annotation.Annotation;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyMetadata;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * A property whose date/time format has another pattern, for a deserializer that reads the
 * format of its property (see {@link DateTimeWire#readingPattern}).
 */
final class PatternProperty implements BeanProperty {

	private final BeanProperty property;

	private final String pattern;

	PatternProperty(BeanProperty property, String pattern) {
		this.property = property;
		this.pattern = pattern;
	}

	@Override
	public JsonFormat.Value findPropertyFormat(MapperConfig<?> config, Class<?> baseType) {
		return this.property.findPropertyFormat(config, baseType).withPattern(this.pattern);
	}

	@Override
	public JsonFormat.@Nullable Value findFormatOverrides(MapperConfig<?> config) {
		JsonFormat.Value format = this.property.findFormatOverrides(config);
		return (format != null) ? format.withPattern(this.pattern) : null;
	}

	@Override
	public String getName() {
		return this.property.getName();
	}

	@Override
	public PropertyName getFullName() {
		return this.property.getFullName();
	}

	@Override
	public JavaType getType() {
		return this.property.getType();
	}

	@Override
	public @Nullable PropertyName getWrapperName() {
		return this.property.getWrapperName();
	}

	@Override
	public PropertyMetadata getMetadata() {
		return this.property.getMetadata();
	}

	@Override
	public boolean isRequired() {
		return this.property.isRequired();
	}

	@Override
	public boolean isVirtual() {
		return this.property.isVirtual();
	}

	@Override
	public <A extends Annotation> @Nullable A getAnnotation(Class<A> type) {
		return this.property.getAnnotation(type);
	}

	@Override
	public <A extends Annotation> @Nullable A getContextAnnotation(Class<A> type) {
		return this.property.getContextAnnotation(type);
	}

	@Override
	public @Nullable AnnotatedMember getMember() {
		return this.property.getMember();
	}

	@Override
	public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Class<?> baseType) {
		return this.property.findPropertyInclusion(config, baseType);
	}

	@Override
	public List<PropertyName> findAliases(MapperConfig<?> config) {
		return this.property.findAliases(config);
	}

	@Override
	public void depositSchemaProperty(JsonObjectFormatVisitor visitor, SerializationContext context) {
		this.property.depositSchemaProperty(visitor, context);
	}

}
