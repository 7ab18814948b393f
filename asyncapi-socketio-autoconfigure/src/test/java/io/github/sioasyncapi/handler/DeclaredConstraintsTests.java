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

package io.github.sioasyncapi.handler;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DeclaredConstraints}: which Bean Validation annotations it finds by
 * reflection, and where it says they are.
 */
class DeclaredConstraintsTests {

	@Test
	void typesWithoutConstraintsHaveNone() {
		assertThat(new DeclaredConstraints().find(Plain.class)).isNull();
		assertThat(new DeclaredConstraints().find(Linked.class)).isNull();
		assertThat(new DeclaredConstraints().find(String.class)).isNull();
		assertThat(new DeclaredConstraints().find(Colour.class)).isNull();
	}

	@Test
	void aConstraintOnARecordComponentIsNamedWithItsPlace() {
		assertThat(new DeclaredConstraints().find(Move.class)).isEqualTo("@Min on Move.x");
	}

	@Test
	void constraintsAreFoundInNestedTypesAndTypeUses() {
		assertThat(new DeclaredConstraints().find(Order.class)).isEqualTo("@Valid on Order.items");
		assertThat(new DeclaredConstraints().find(Basket.class)).isEqualTo("@Min on Line.quantity");
		assertThat(new DeclaredConstraints().find(Tags.class)).isEqualTo("@Size on Tags.byName");
		assertThat(new DeclaredConstraints().find(Line[].class)).isEqualTo("@Min on Line.quantity");
	}

	@Test
	void gettersSuperclassesAndSubtypesAreLookedInto() {
		assertThat(new DeclaredConstraints().find(WithGetter.class)).isEqualTo("@AssertTrue on WithGetter.isOpen()");
		assertThat(new DeclaredConstraints().find(Child.class)).isEqualTo("@NotBlank on Parent.name");
		assertThat(new DeclaredConstraints().find(Shape.class)).isEqualTo("@Min on Circle.radius");
		assertThat(new DeclaredConstraints().find(Animal.class)).isEqualTo("@NotBlank on Dog.name");
	}

	@Test
	void composedAndRepeatedConstraintsAreNamedAsWritten() {
		assertThat(new DeclaredConstraints().find(Composed.class)).isEqualTo("@Min on Composed.value");
	}

	@Test
	void parametersAndReturnValuesAreLookedInto() throws NoSuchMethodException {
		Method handler = Handlers.class.getDeclaredMethod("move", int.class, Plain.class);
		DeclaredConstraints constraints = new DeclaredConstraints();
		assertThat(constraints.find(handler.getParameters()[0], handler.getParameters()[0].getAnnotatedType(),
				"parameter 'x'"))
			.isEqualTo("@Min on parameter 'x'");
		assertThat(constraints.find(handler.getParameters()[1], handler.getParameters()[1].getAnnotatedType(),
				"parameter 'plain'"))
			.isNull();
		assertThat(constraints.find(handler, handler.getAnnotatedReturnType(), "the return value"))
			.isEqualTo("@Min on Move.x");
		Method optional = Handlers.class.getDeclaredMethod("optional");
		assertThat(new DeclaredConstraints().find(optional, optional.getAnnotatedReturnType(), "the return value"))
			.isEqualTo("@Valid on the return value");
	}

	record Plain(String name, int count, Instant at, Optional<String> note, Map<String, List<Integer>> scores,
			Colour colour) {
	}

	enum Colour {

		RED

	}

	record Linked(String value, Linked next) {
	}

	record Move(@Min(0) int x, int y) {
	}

	record Line(String sku, @Min(1) int quantity) {
	}

	record Order(List<@Valid Line> items) {
	}

	record Basket(String owner, List<Line> lines) {
	}

	record Tags(Map<String, @Size(max = 3) String> byName) {
	}

	record Composed(@Min(1) @Min(2) int value) {
	}

	static class WithGetter {

		public String getName() {
			return "";
		}

		@AssertTrue
		public boolean isOpen() {
			return true;
		}

	}

	static class Parent {

		@NotBlank
		String name;

	}

	static class Child extends Parent {

		int age;

	}

	sealed interface Shape permits Square, Circle {

	}

	record Square(int side) implements Shape {
	}

	record Circle(@Min(1) int radius) implements Shape {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
	@JsonSubTypes({ @JsonSubTypes.Type(value = Cat.class, name = "cat"), @JsonSubTypes.Type(value = Dog.class, name = "dog") })
	interface Animal {

	}

	record Cat(String name) implements Animal {
	}

	record Dog(@NotBlank String name) implements Animal {
	}

	static class Handlers {

		Move move(@Min(0) int x, Plain plain) {
			return new Move(x, 0);
		}

		Optional<@Valid Plain> optional() {
			return Optional.empty();
		}

	}

}
