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

package io.github.sioasyncapi.asyncapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void pascalCaseOfEventNames() {
		assertThat(Names.pascal("make_move")).isEqualTo("MakeMove");
		assertThat(Names.pascal("moveMade")).isEqualTo("MoveMade");
		assertThat(Names.pascal("game-created")).isEqualTo("GameCreated");
		assertThat(Names.pascal("chat:message")).isEqualTo("ChatMessage");
		assertThat(Names.pascal("HTTPStatus")).isEqualTo("HTTPStatus");
		assertThat(Names.pascal("v2 update")).isEqualTo("V2Update");
		assertThat(Names.pascal("::")).isEmpty();
	}

	@Test
	void humanizedTitles() {
		assertThat(Names.humanize("make_move")).isEqualTo("Make move");
		assertThat(Names.humanize("moveMade")).isEqualTo("Move made");
		assertThat(Names.humanize("game-created")).isEqualTo("Game created");
		assertThat(Names.humanize("chat:message")).isEqualTo("Chat message");
		assertThat(Names.humanize("get_HTTP_status")).isEqualTo("Get HTTP status");
		assertThat(Names.humanize("ping")).isEqualTo("Ping");
		assertThat(Names.humanize("::")).isEqualTo("::");
	}

	@Test
	void keysKeepOnlySafeCharacters() {
		assertThat(Names.key("chat:message")).isEqualTo("chat_message");
		assertThat(Names.key("a.b/c d")).isEqualTo("a_b_c_d");
		assertThat(Names.key("make-move_2")).isEqualTo("make-move_2");
		assertThat(Names.key("")).isEqualTo("_");
	}

	@Test
	void uniqueNamesGetNumericSuffixesInClaimOrder() {
		Names.Unique unique = new Names.Unique();
		assertThat(unique.claim("a")).isEqualTo("a");
		assertThat(unique.claim("a")).isEqualTo("a_2");
		assertThat(unique.claim("a_2")).isEqualTo("a_2_2");
		assertThat(unique.claim("a")).isEqualTo("a_3");
	}

}
