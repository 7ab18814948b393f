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
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DeclaredConstraints}: which constraints it finds by reflection, following
 * Hibernate Validator's rules, and where it says they are.
 */
class DeclaredConstraintsTests {

	@Test
	void valuesWithoutConstraintsHaveNone() {
		assertThat(inValue(Plain.class)).isNull();
		assertThat(inValue(Linked.class)).isNull();
		assertThat(inValue(String.class)).isNull();
		assertThat(inValue(Colour.class)).isNull();
	}

	@Test
	void aConstraintOnARecordComponentIsNamedWithItsPlace() {
		assertThat(inValue(Move.class)).isEqualTo("@Min on Move.x");
	}

	@Test
	void theElementsOfAValueAreValidatedAsTheValueItself() {
		assertThat(inValue(ResolvableType.forClassWithGenerics(List.class, Move.class))).isEqualTo("@Min on Move.x");
		assertThat(inValue(ResolvableType.forClass(Move[].class))).isEqualTo("@Min on Move.x");
		assertThat(inValue(ResolvableType.forClassWithGenerics(Map.class, String.class, Move.class)))
			.isEqualTo("@Min on Move.x");
		assertThat(inValue(ResolvableType.forClassWithGenerics(Optional.class, Move.class))).isEqualTo("@Min on Move.x");
		// as the starter validates them: nested containers of another kind too
		assertThat(inValue(ResolvableType.forClassWithGenerics(List.class,
				ResolvableType.forClassWithGenerics(Optional.class, Move.class))))
			.isEqualTo("@Min on Move.x");
	}

	@Test
	void nestedValuesAreFollowedOnlyWhenValid() {
		assertThat(inValue(Order.class)).isEqualTo("@Min on Line.quantity");
		assertThat(inValue(ValidLine.class)).isEqualTo("@Min on Line.quantity");
		// Bean Validation does not cascade without @Valid: nothing would be checked
		assertThat(inValue(Basket.class)).isNull();
		assertThat(inValue(Keyed.class)).isNull();
	}

	@Test
	void validAloneIsNoConstraint() {
		assertThat(inValue(ValidPlain.class)).isNull();
	}

	@Test
	void constraintsOnTypeArgumentsAreConstraintsOfTheirMember() {
		assertThat(inValue(Tags.class)).isEqualTo("@Size on Tags.byName");
	}

	@Test
	void gettersSuperclassesInterfacesAndClassLevelConstraintsAreFound() {
		assertThat(inValue(WithGetter.class)).isEqualTo("@AssertTrue on WithGetter.isOpen()");
		assertThat(inValue(Child.class)).isEqualTo("@NotBlank on Parent.name");
		assertThat(inValue(Named.class)).isEqualTo("@NotBlank on HasName.getName()");
	}

	@Test
	void theSubtypesAValueIsReadAsAreLookedInto() {
		DeclaredConstraints constraints = new DeclaredConstraints(
				(type) -> (type == Shape.class) ? List.of(Square.class, Circle.class) : List.of());
		assertThat(constraints.inValue(ResolvableType.forClass(Shape.class))).isEqualTo("@Min on Circle.radius");
		assertThat(inValue(Shape.class)).isNull();
	}

	@Test
	void repeatedConstraintsAreNamedAsWritten() {
		assertThat(inValue(Repeated.class)).isEqualTo("@Min on Repeated.value");
	}

	@Test
	void theParametersOfAHandlerCountInjectedOnesIncluded() throws NoSuchMethodException {
		assertThat(inHandler(Handlers.class, "count", int.class)).isEqualTo("@Min on parameter 'times'");
		assertThat(inHandler(Handlers.class, "who", Principal.class, String.class))
			.isEqualTo("@NotNull on parameter 'user'");
		assertThat(inHandler(Handlers.class, "tags", List.class)).isEqualTo("@Size on parameter 'tags'");
		assertThat(inHandler(Handlers.class, "plain", Plain.class)).isNull();
		// payloads are validated without @Valid
		assertThat(inHandler(Handlers.class, "play", List.class)).isEqualTo("@Min on Move.x");
	}

	@Test
	void theReturnValueAndWhatItAnswersWithCount() throws NoSuchMethodException {
		assertThat(inHandler(Handlers.class, "named")).isEqualTo("@NotBlank on the return value");
		assertThat(inHandler(Handlers.class, "move")).isEqualTo("@Min on Move.x");
		assertThat(inHandler(Handlers.class, "later")).isEqualTo("@Min on Move.x");
	}

	@Test
	void constraintsOfOverriddenMethodsCount() throws NoSuchMethodException {
		assertThat(inHandler(MoveHandler.class, "move", int.class)).isEqualTo("@Min on parameter 'x'");
	}

	@Test
	void aGenericReturnTypeIsResolvedAgainstTheHandlersClass() throws NoSuchMethodException {
		Method get = Base.class.getDeclaredMethod("get");
		assertThat(new DeclaredConstraints((type) -> List.of()).inHandler(get, MoveBase.class, List.of()))
			.isEqualTo("@Min on Move.x");
		assertThat(new DeclaredConstraints((type) -> List.of()).inHandler(get, PlainBase.class, List.of())).isNull();
	}

	private static @Nullable String inValue(Class<?> type) {
		return inValue(ResolvableType.forClass(type));
	}

	private static @Nullable String inValue(ResolvableType type) {
		return new DeclaredConstraints((subtype) -> List.of()).inValue(type);
	}

	private static @Nullable String inHandler(Class<?> type, String name, Class<?>... parameterTypes)
			throws NoSuchMethodException {
		Method method = type.getDeclaredMethod(name, parameterTypes);
		List<MethodParameter> payloads = Arrays.stream(method.getParameters())
			.filter((parameter) -> parameter.getType() != Principal.class)
			.map(MethodParameter::forParameter)
			.toList();
		return new DeclaredConstraints((subtype) -> List.of()).inHandler(method, type, payloads);
	}

	record Plain(String name, int count, Instant at, Optional<String> note, Map<String, List<Integer>> scores,
			Colour colour) {
	}

	enum Colour {

		RED

	}

	record Linked(String value, @Valid Linked next) {
	}

	record Move(@Min(0) int x, int y) {
	}

	record Line(String sku, @Min(1) int quantity) {
	}

	record Order(List<@Valid Line> items) {
	}

	record ValidLine(@Valid Line line) {
	}

	record Basket(String owner, List<Line> lines, Line first) {
	}

	record Keyed(Map<Line, String> byLine) {
	}

	record ValidPlain(@Valid Plain plain) {
	}

	record Tags(Map<String, @Size(max = 3) String> byName) {
	}

	record Repeated(@Min(1) @Min(2) int value) {
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

	interface HasName {

		@NotBlank
		String getName();

	}

	static class Named implements HasName {

		@Override
		public String getName() {
			return "";
		}

	}

	interface Shape {

	}

	record Square(int side) implements Shape {
	}

	record Circle(@Min(1) int radius) implements Shape {
	}

	static class Handlers {

		int count(@Min(1) int times) {
			return times;
		}

		String who(@NotNull Principal user, String text) {
			return text;
		}

		int tags(List<@Size(max = 3) String> tags) {
			return tags.size();
		}

		Plain plain(Plain plain) {
			return plain;
		}

		boolean play(List<Move> moves) {
			return true;
		}

		@NotBlank
		String named() {
			return "x";
		}

		Move move() {
			return new Move(0, 0);
		}

		CompletionStage<Move> later() {
			return null;
		}

	}

	interface MoveApi {

		boolean move(@Min(0) int x);

	}

	static class MoveHandler implements MoveApi {

		@Override
		public boolean move(int x) {
			return true;
		}

	}

	abstract static class Base<T> {

		abstract T get();

	}

	static class MoveBase extends Base<Move> {

		@Override
		Move get() {
			return new Move(0, 0);
		}

	}

	static class PlainBase extends Base<Plain> {

		@Override
		Plain get() {
			return null;
		}

	}

}
