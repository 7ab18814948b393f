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

package io.github.sioasyncapi.asyncapi.golden;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Polymorphic payloads: an interface with {@code @JsonSubTypes} identified by a {@code kind}
 * property (named, {@code @JsonTypeName} and default type ids), used directly, in a list and
 * as a field.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PolymorphicApp.DrawingController.class)
public class PolymorphicApp {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Circle.class, name = "circle"), @JsonSubTypes.Type(Square.class),
			@JsonSubTypes.Type(Triangle.class) })
	@Schema(description = "A shape, told apart by its kind.")
	public interface Shape {

	}

	public record Circle(@Positive @Schema(example = "1.5") double radius) implements Shape {
	}

	@JsonTypeName("square")
	public record Square(@Positive double side) implements Shape {
	}

	public record Triangle(@Positive double base, @Positive double height) implements Shape {
	}

	public record Drawing(@NotNull @Valid Shape main, @NotEmpty List<@Valid Shape> others) {
	}

	public record Area(double value) {
	}

	@SocketIoController
	static class DrawingController {

		@OnEvent("area")
		Area area(Shape shape) {
			return new Area(0);
		}

		@OnEvent("draw")
		int draw(Drawing drawing) {
			return drawing.others().size();
		}

	}

}
