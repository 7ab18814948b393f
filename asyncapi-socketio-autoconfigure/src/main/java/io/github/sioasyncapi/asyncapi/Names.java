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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names and ids of the document derived from event and namespace names, and their
 * deterministic disambiguation.
 */
final class Names {

	private Names() {
	}

	/**
	 * A key safe for the document ({@code [A-Za-z0-9_-]}), other characters replaced by
	 * {@code _}.
	 * @param name the name
	 * @return the key, {@code _} for an empty name
	 */
	static String key(String name) {
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			key.append(isKeyChar(c) ? c : '_');
		}
		return key.isEmpty() ? "_" : key.toString();
	}

	private static boolean isKeyChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
	}

	/**
	 * The name in PascalCase: {@code make_move} and {@code makeMove} become {@code MakeMove}.
	 * @param name the name
	 * @return the name in PascalCase, empty when the name has no letter or digit
	 */
	static String pascal(String name) {
		StringBuilder pascal = new StringBuilder(name.length());
		for (String word : words(name)) {
			pascal.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
		}
		return pascal.toString();
	}

	/**
	 * The name in snake_case: {@code ChatError} and {@code chat-error} become
	 * {@code chat_error}.
	 * @param name the name
	 * @return the name in snake_case, empty when the name has no letter or digit
	 */
	static String snake(String name) {
		return String.join("_", words(name)).toLowerCase(Locale.ROOT);
	}

	/**
	 * The name for people: {@code make_move}, {@code makeMove} and {@code make-move} become
	 * {@code Make move}; acronyms keep their case.
	 * @param name the name
	 * @return the humanized name, or the name itself when it has no letter or digit
	 */
	static String humanize(String name) {
		List<String> words = words(name);
		if (words.isEmpty()) {
			return name;
		}
		StringBuilder human = new StringBuilder(name.length());
		for (String word : words) {
			boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
			String text = acronym ? word : word.toLowerCase(Locale.ROOT);
			if (human.isEmpty()) {
				human.append(Character.toUpperCase(text.charAt(0))).append(text, 1, text.length());
			}
			else {
				human.append(' ').append(text);
			}
		}
		return human.toString();
	}

	/**
	 * The words of a name: split at characters that are neither letters nor digits, and where
	 * a lower-case letter or digit is followed by an upper-case letter.
	 */
	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				flush(word, words);
				continue;
			}
			if (Character.isUpperCase(c) && !word.isEmpty()
					&& !Character.isUpperCase(word.charAt(word.length() - 1))) {
				flush(word, words);
			}
			word.append(c);
		}
		flush(word, words);
		return words;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/**
	 * A scope of unique names: the first claim of a name gets it, later claims get
	 * {@code name_2}, {@code name_3} and so on.
	 */
	static final class Unique {

		private final Set<String> used = new HashSet<>();

		/**
		 * Claim a name.
		 * @param preferred the preferred name
		 * @return the preferred name, or the first free one with a numeric suffix
		 */
		String claim(String preferred) {
			String name = preferred;
			for (int i = 2; !this.used.add(name); i++) {
				name = preferred + "_" + i;
			}
			return name;
		}

	}

}
