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

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Generic, recursive, optional, collection, map, untyped and java.time payloads and acks.
 * (Untyped payloads are maps here: a {@code JsonNode} payload overflows the stack of the
 * validation's element type lookup, as {@code JsonNode} is an {@code Iterable<JsonNode>}.)
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(GenericsApp.CatalogController.class)
public class GenericsApp {

	public record Item(@NotBlank @Schema(example = "apple") String name, @Min(1) int quantity) {
	}

	public record Page<T>(List<T> content, @Min(0) int number, @Min(1) @Max(100) int size, long total) {
	}

	public record PageRequest(@Min(0) int number, @Min(1) @Max(100) @Schema(example = "20") int size,
			Optional<String> sort) {
	}

	@Schema(description = "A category and its subcategories.")
	public record Category(@NotBlank @Schema(example = "fruit") String name, List<Category> children) {
	}

	public record Schedule(UUID id, OffsetDateTime start, LocalDateTime localStart, LocalTime time,
			Duration length) {
	}

	@SocketIoController
	static class CatalogController {

		@OnEvent("list_items")
		Page<Item> list(PageRequest request) {
			return new Page<>(List.of(), 0, 20, 0);
		}

		@OnEvent("add_items")
		List<Item> add(@Size(min = 1) List<Item> items) {
			return items;
		}

		@OnEvent("count_items")
		Map<String, Integer> count(Optional<Item> filter) {
			return Map.of();
		}

		@OnEvent("categories")
		Category categories(Category root) {
			return root;
		}

		@OnEvent("schedule")
		Schedule schedule(Schedule schedule) {
			return schedule;
		}

		@OnEvent(value = "raw", payload = Item.class, ack = Item.class)
		Map<String, Object> raw(Map<String, Object> node) {
			return node;
		}

		@OnEvent("untyped")
		Object untyped(Map<String, Object> node) {
			return node;
		}

	}

}
