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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RepeatedRequests}: with it, swagger-core gives the same models and answers as
 * without it, and resolves a class held by many properties, and a scalar property repeated
 * across classes, once.
 */
class RepeatedRequestsTests {

	private static final List<Class<?>> ROOTS = List.of(Order.class, Cart.class, Wishlist.class, Tree.class,
			Drawing.class, Drawings.class, Wrapper.class, Described.class, Linked.class, Item.class, Node.class, Partial.class, Basket.class);

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final SchemaGenerator generator = new SchemaGenerator(this.mapper,
			new ConstraintValidation(Validation.buildDefaultValidatorFactory().getValidator(), this.mapper));

	@Test
	void givesTheModelsAndAnswersOfSwaggerCoreAlone() {
		Resolved with = resolve(true);
		Resolved without = resolve(false);
		assertThat(Json31.pretty(with.answers())).isEqualTo(Json31.pretty(without.answers()));
		assertThat(Json31.pretty(with.models())).isEqualTo(Json31.pretty(without.models()));
		assertThat(with.models()).containsKeys("Item", "Node", "Shape", "Circle", "Square", "Linked");
	}

	@Test
	void resolvesAClassHeldByManyPropertiesOnce() {
		Resolved with = resolve(true);
		Resolved without = resolve(false);
		// Item: the element of six lists, a property of three classes, the root, and Wrapper's
		// unwrapped property (twice); requests the same as an earlier one, while the model that
		// one defined stands, are answered (Basket's list is not: Partial defined Item anew)
		assertThat(count(with, Item.class)).isEqualTo(7);
		assertThat(count(without, Item.class)).isEqualTo(12);
		// the @Min(1) long id of Order, Cart, Wishlist and Described (whose @Schema applies to
		// the property's copy), and Linked's id, unconstrained
		assertThat(count(with, long.class)).isEqualTo(2);
		assertThat(count(without, long.class)).isEqualTo(5);
		// recursive, polymorphic and identified classes are always resolved again
		assertThat(count(with, Node.class)).isEqualTo(count(without, Node.class));
		assertThat(count(with, Shape.class)).isEqualTo(count(without, Shape.class));
		assertThat(count(with, Linked.class)).isEqualTo(count(without, Linked.class));
	}

	private static long count(Resolved resolved, Class<?> type) {
		return resolved.requests().stream().filter((request) -> request == type).count();
	}

	private Resolved resolve(boolean repeatedRequests) {
		SchemaNames names = this.generator.names(Map.of());
		List<ModelConverter> converters = new ArrayList<>(
				this.generator.converters(this.generator.resolver(names)).getConverters());
		assertThat(converters.get(0)).isInstanceOf(RepeatedRequests.class);
		List<Class<?>> requests = new ArrayList<>();
		converters.add(1, new Counting(requests));
		if (!repeatedRequests) {
			converters.remove(0);
		}
		ModelConverterContextImpl context = new ModelConverterContextImpl(converters);
		Map<String, io.swagger.v3.oas.models.media.Schema<?>> answers = new LinkedHashMap<>();
		for (Class<?> root : ROOTS) {
			answers.put(root.getSimpleName(), context.resolve(new AnnotatedType(root).resolveAsRef(true)));
		}
		return new Resolved(answers, context.getDefinedModels(), requests);
	}

	private record Resolved(Map<String, io.swagger.v3.oas.models.media.Schema<?>> answers,
			Map<String, io.swagger.v3.oas.models.media.Schema> models, List<Class<?>> requests) {
	}

	/**
	 * Notes the class of every request that reaches swagger-core.
	 */
	private final class Counting implements ModelConverter {

		private final List<Class<?>> requests;

		Counting(List<Class<?>> requests) {
			this.requests = requests;
		}

		@Override
		@SuppressWarnings("rawtypes")
		public io.swagger.v3.oas.models.media.Schema resolve(AnnotatedType type, ModelConverterContext context,
				Iterator<ModelConverter> chain) {
			this.requests.add(RepeatedRequestsTests.this.generator.typeFactory().constructType(type.getType()).getRawClass());
			return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		}

	}

	record Item(@NotBlank @Size(max = 20) String sku, @Min(1) int quantity) {
	}

	record Order(@Min(1) long id, List<@Valid Item> items, Item first) {
	}

	// swagger-core defines Item without sku for this property, until Item is resolved again
	record Partial(@JsonIgnoreProperties("sku") Item item) {
	}

	record Basket(List<Item> items) {
	}

	record Cart(@Min(1) long id, List<Item> items, @Schema(description = "The one liked most") Item favourite) {
	}

	record Wishlist(@Min(1) long id, List<Item> items) {
	}

	record Node(String name, List<Node> children, Node parent) {
	}

	record Tree(Node root, List<Node> leaves) {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Circle.class, name = "circle"),
			@JsonSubTypes.Type(value = Square.class, name = "square") })
	interface Shape {
	}

	record Circle(double radius) implements Shape {
	}

	record Square(double side) implements Shape {
	}

	record Drawing(List<Shape> shapes, Shape main) {
	}

	record Drawings(List<Shape> shapes, List<Item> items) {
	}

	record Wrapper(@JsonUnwrapped Item item, String note) {
	}

	@Schema(description = "A described item")
	record Described(@Schema(description = "The id", example = "7") @Min(1) long id, List<Item> items) {
	}

	@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
	record Linked(long id, Linked next) {
	}

}
