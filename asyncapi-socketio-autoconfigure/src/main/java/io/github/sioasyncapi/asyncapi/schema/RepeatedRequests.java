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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.annotations.media.Schema;
import io.github.sioasyncapi.json.WireFormat;
import org.jspecify.annotations.Nullable;

/**
 * Answers a request that swagger-core's {@code ModelResolver} would resolve again to the same
 * result with the result of the first. swagger-core tells requests apart by the property that
 * makes them (its parent and name): a class used by a thousand payloads (such as the
 * {@code Item} of {@code List<Item> items}) is introspected and resolved a thousand times, each
 * time to the same model, which replaces the one before, and so is every {@code @Min(1) long
 * id} property. Requests are the same when their type, context annotations, view, name and
 * options are. Answered are:
 * <ul>
 * <li>a class whose answer was a bare reference, as long as the model it points to is the one
 * defined then (nothing defined the name anew since), no class was being resolved within
 * itself at the time (a recursive type, whose models are complete only once the outermost
 * resolution is), and the class takes no part in polymorphism or object identity
 * ({@code @JsonTypeInfo}, {@code @JsonSubTypes}, {@code @JsonIdentityInfo}, or {@code @Schema}
 * subtypes or compositions on it or a supertype), whose resolution changes other models in
 * place, and the request is not for a {@code @JsonUnwrapped} property;</li>
 * <li>a scalar property of a class (a primitive, its wrapper, {@code String},
 * {@code BigDecimal} or {@code BigInteger}) whose answer was no reference, with the same schema
 * object as before: swagger-core copies the schema of every property before it changes it.</li>
 * </ul>
 * One instance serves one resolution pass (one model context), on one thread.
 */
final class RepeatedRequests implements ModelConverter {

	private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
			Short.class, Byte.class, Double.class, Float.class, Character.class, BigDecimal.class, BigInteger.class);

	private final TypeFactory typeFactory;

	private final WireFormat wire;

	private final Map<Request, Answer> answers = new HashMap<>();

	private final Map<Request, io.swagger.v3.oas.models.media.Schema<?>> scalars = new HashMap<>();

	private final Map<Class<?>, Boolean> polymorphic = new HashMap<>();

	private final Deque<Resolution> resolving = new ArrayDeque<>();

	RepeatedRequests(TypeFactory typeFactory, WireFormat wire) {
		this.typeFactory = typeFactory;
		this.wire = wire;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public io.swagger.v3.oas.models.media.@Nullable Schema resolve(AnnotatedType annotatedType,
			ModelConverterContext context, Iterator<ModelConverter> chain) {
		JavaType type = this.typeFactory.constructType(annotatedType.getType());
		if (isScalarProperty(type, annotatedType)) {
			Request request = Request.of(type, annotatedType);
			io.swagger.v3.oas.models.media.Schema<?> known = this.scalars.get(request);
			if (known == null) {
				known = next(annotatedType, context, chain, new Resolution(type.getRawClass()));
				if (known != null && known.get$ref() == null) {
					this.scalars.put(request, known);
				}
			}
			return known;
		}
		Request request = answerable(type, annotatedType) ? Request.of(type, annotatedType) : null;
		if (request != null) {
			Answer answer = this.answers.get(request);
			if (answer != null && context.getDefinedModels().get(answer.name()) == answer.model()) {
				return new io.swagger.v3.oas.models.media.Schema<>().$ref(answer.reference());
			}
		}
		Resolution resolution = new Resolution(type.getRawClass());
		io.swagger.v3.oas.models.media.Schema schema = next(annotatedType, context, chain, resolution);
		if (request != null && !resolution.recursive && isBareReference(schema)) {
			String reference = schema.get$ref();
			String name = reference.substring(reference.lastIndexOf('/') + 1);
			io.swagger.v3.oas.models.media.Schema model = context.getDefinedModels().get(name);
			if (model != null) {
				this.answers.put(request, new Answer(reference, name, model));
			}
		}
		return schema;
	}

	/**
	 * Resolve with the next converter, noting which classes are being resolved and whether
	 * one is asked for within itself.
	 */
	@SuppressWarnings("rawtypes")
	private io.swagger.v3.oas.models.media.@Nullable Schema next(AnnotatedType annotatedType,
			ModelConverterContext context, Iterator<ModelConverter> chain, Resolution resolution) {
		if (this.resolving.stream().anyMatch((outer) -> outer.type == resolution.type)) {
			this.resolving.forEach((outer) -> outer.recursive = true);
			resolution.recursive = true;
		}
		this.resolving.push(resolution);
		try {
			return chain.hasNext() ? chain.next().resolve(annotatedType, context, chain) : null;
		}
		finally {
			this.resolving.pop();
		}
	}

	/**
	 * Whether a request is for a scalar property of a class, which swagger-core copies at once
	 * (only properties have a {@code @JsonUnwrapped} handler).
	 */
	private static boolean isScalarProperty(JavaType type, AnnotatedType annotatedType) {
		return annotatedType.isSchemaProperty() && annotatedType.getJsonUnwrappedHandler() != null
				&& (type.isPrimitive() || SCALARS.contains(type.getRawClass()));
	}

	private boolean answerable(JavaType type, AnnotatedType annotatedType) {
		return !isUnwrapped(annotatedType) && !type.isContainerType() && !type.isPrimitive() && !type.isEnumType()
				&& !isPolymorphic(type.getRawClass());
	}

	/**
	 * Whether a request is for a {@code @JsonUnwrapped} property, whose handler merges the
	 * class into the property's parent (the request's context annotations are the property's).
	 */
	private static boolean isUnwrapped(AnnotatedType annotatedType) {
		Annotation[] annotations = annotatedType.getCtxAnnotations();
		return annotatedType.getJsonUnwrappedHandler() != null && annotations != null
				&& Arrays.stream(annotations).anyMatch(JsonUnwrapped.class::isInstance);
	}

	private boolean isPolymorphic(Class<?> type) {
		Boolean known = this.polymorphic.get(type);
		if (known == null) {
			// subtypes the payload mapper knows of (annotations, registered subtypes, mix-ins), and
			// the polymorphism swagger-core's own annotations declare
			known = this.wire.polymorphism(type) != null
					|| hierarchy(type).stream().anyMatch(RepeatedRequests::declaresPolymorphism);
			this.polymorphic.put(type, known);
		}
		return known;
	}

	private static List<Class<?>> hierarchy(Class<?> type) {
		List<Class<?>> hierarchy = new ArrayList<>();
		Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
		while (!pending.isEmpty()) {
			Class<?> next = pending.pop();
			if (next != Object.class && !hierarchy.contains(next)) {
				hierarchy.add(next);
				if (next.getSuperclass() != null) {
					pending.push(next.getSuperclass());
				}
				pending.addAll(Arrays.asList(next.getInterfaces()));
			}
		}
		return hierarchy;
	}

	private static boolean declaresPolymorphism(Class<?> type) {
		if (type.isAnnotationPresent(JsonTypeInfo.class) || type.isAnnotationPresent(JsonSubTypes.class)
				|| type.isAnnotationPresent(JsonIdentityInfo.class)) {
			return true;
		}
		Schema schema = type.getAnnotation(Schema.class);
		return schema != null && (schema.subTypes().length > 0 || schema.oneOf().length > 0
				|| schema.anyOf().length > 0 || schema.allOf().length > 0 || !schema.discriminatorProperty().isEmpty());
	}

	/**
	 * Whether a schema is nothing but a reference, as swagger-core answers for a class whose
	 * model it defined.
	 * @param schema a schema
	 * @return whether it has a {@code $ref} and nothing else
	 */
	@SuppressWarnings("rawtypes")
	static boolean isBareReference(io.swagger.v3.oas.models.media.@Nullable Schema schema) {
		return schema != null && schema.get$ref() != null
				&& schema.equals(new io.swagger.v3.oas.models.media.Schema<>().$ref(schema.get$ref()));
	}

	@Override
	public boolean isOpenapi31() {
		return true;
	}

	/**
	 * A class being resolved, and whether it was asked for again meanwhile.
	 */
	private static final class Resolution {

		final Class<?> type;

		boolean recursive;

		Resolution(Class<?> type) {
			this.type = type;
		}

	}

	/**
	 * What a resolution gave: the reference and the model it points to.
	 */
	private record Answer(String reference, String name, io.swagger.v3.oas.models.media.Schema<?> model) {
	}

	/**
	 * A request without the property that made it: the type, the context annotations, the view,
	 * the name, the components (by identity) and the options.
	 */
	private record Request(JavaType type, List<Annotation> annotations, @Nullable Object view, @Nullable String name,
			@Nullable Identity components, int options) {

		static Request of(JavaType type, AnnotatedType annotated) {
			int options = (annotated.isSkipOverride() ? 1 : 0) | (annotated.isSchemaProperty() ? 2 : 0)
					| (annotated.isResolveAsRef() ? 4 : 0) | (annotated.isResolveEnumAsRef() ? 8 : 0)
					| (annotated.isIncludePropertiesWithoutJSONView() ? 16 : 0) | (annotated.isSkipSchemaName() ? 32 : 0)
					| (annotated.isSkipJsonIdentity() ? 64 : 0) | (annotated.isSubtype() ? 128 : 0);
			Annotation[] annotations = annotated.getCtxAnnotations();
			return new Request(type, (annotations != null) ? Arrays.asList(annotations) : List.of(),
					annotated.getJsonViewAnnotation(), annotated.getName(),
					(annotated.getComponents() != null) ? new Identity(annotated.getComponents()) : null, options);
		}

	}

	/**
	 * An object compared by identity.
	 */
	private record Identity(Object value) {

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Identity identity && identity.value == this.value;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.value);
		}

	}

}
