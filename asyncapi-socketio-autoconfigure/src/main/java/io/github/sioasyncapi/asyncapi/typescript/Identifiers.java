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

package io.github.sioasyncapi.asyncapi.typescript;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TypeScript names: valid identifiers for types and parameters, quoted property names where
 * an identifier would not do, and scopes of unique names.
 */
final class Identifiers {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	/** Reserved words, and the predefined type names a declaration may not take. */
	private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
			"debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
			"function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
			"throw", "true", "try", "typeof", "var", "void", "while", "with", "implements", "interface", "let",
			"package", "private", "protected", "public", "static", "yield", "any", "boolean", "number", "string",
			"symbol", "never", "unknown", "object", "bigint", "undefined", "type", "as", "await", "async",
			"declare", "module", "namespace", "readonly", "keyof", "infer", "is", "asserts", "unique", "global",
			"require", "of", "from", "out", "satisfies", "accessor", "arguments", "eval");

	/**
	 * The global names of JavaScript's standard library (ECMAScript's global objects) and of
	 * TypeScript's ({@code lib.es*.d.ts}: its utility types and the interfaces of the
	 * built-ins): a declaration of one of them would shadow the global in the module that
	 * imports it, and in the declarations themselves.
	 */
	private static final Set<String> GLOBALS = Set.of("AggregateError", "Array", "ArrayBuffer", "ArrayBufferLike",
			"ArrayBufferView", "ArrayLike", "AsyncGenerator", "AsyncGeneratorFunction", "AsyncIterable",
			"AsyncIterableIterator", "AsyncIterator", "Atomics", "Awaited", "BigInt", "BigInt64Array",
			"BigUint64Array", "Boolean", "CallableFunction", "Capitalize", "ConcatArray", "ConstructorParameters",
			"DataView", "Date", "DateConstructor", "Error", "ErrorConstructor", "EvalError", "Exclude", "Extract",
			"FinalizationRegistry", "Float32Array", "Float64Array", "Function", "Generator", "GeneratorFunction",
			"Infinity", "InstanceType", "Int16Array", "Int32Array", "Int8Array", "Intl", "Iterable",
			"IterableIterator", "Iterator", "IteratorResult", "JSON", "Lowercase", "Map", "Math", "NaN",
			"NewableFunction", "NoInfer", "NonNullable", "Number", "Object", "Omit", "OmitThisParameter",
			"Parameters", "Partial", "Pick", "Promise", "PromiseConstructorLike", "PromiseLike", "PropertyDescriptor",
			"PropertyDescriptorMap", "PropertyKey", "Proxy", "ProxyHandler", "RangeError", "Readonly",
			"ReadonlyArray", "ReadonlyMap", "ReadonlySet", "Record", "ReferenceError", "Reflect", "RegExp",
			"RegExpExecArray", "RegExpMatchArray", "Required", "ReturnType", "Set", "SharedArrayBuffer", "String",
			"Symbol", "SyntaxError", "TemplateStringsArray", "ThisParameterType", "ThisType", "TypeError",
			"TypedPropertyDescriptor", "URIError", "Uint16Array", "Uint32Array", "Uint8Array", "Uint8ClampedArray",
			"Uncapitalize", "Uppercase", "WeakKey", "WeakMap", "WeakRef", "WeakSet", "globalThis");

	private Identifiers() {
	}

	/**
	 * A valid name for a declared type: the {@link #identifier(String) identifier} of the
	 * name, suffixed with {@code _} when it is a global name of JavaScript's or TypeScript's
	 * standard library ({@code Error} becomes {@code Error_}, {@code Record} {@code Record_}).
	 * @param name the name
	 * @return the type name
	 */
	static String typeName(String name) {
		String identifier = identifier(name);
		return GLOBALS.contains(identifier) ? identifier + "_" : identifier;
	}

	/**
	 * A valid identifier for a name: other characters replaced by {@code _}, a leading digit or
	 * a reserved word prefixed or suffixed with {@code _}.
	 * @param name the name
	 * @return the identifier
	 */
	static String identifier(String name) {
		StringBuilder identifier = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '$';
			identifier.append(valid ? c : '_');
		}
		if (identifier.isEmpty() || Character.isDigit(identifier.charAt(0))) {
			identifier.insert(0, '_');
		}
		String result = identifier.toString();
		return RESERVED.contains(result) ? result + "_" : result;
	}

	/**
	 * A property or event name as an object type member: as is when it is an identifier,
	 * otherwise a string literal.
	 * @param name the name
	 * @return the member name
	 */
	static String memberName(String name) {
		return IDENTIFIER.matcher(name).matches() ? name : literal(name);
	}

	/**
	 * A string literal (JSON's escaping, valid TypeScript).
	 * @param value the string
	 * @return the literal, in double quotes
	 */
	static String literal(String value) {
		StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						literal.append(String.format("\\u%04x", (int) c));
					}
					else {
						literal.append(c);
					}
				}
			}
		}
		return literal.append('"').toString();
	}

	/**
	 * The name in PascalCase, from its letters and digits: {@code /admin/v2} becomes
	 * {@code AdminV2}, {@code make_move} becomes {@code MakeMove}.
	 * @param name the name
	 * @return the PascalCase name, empty when the name has no letter or digit
	 */
	static String pascal(String name) {
		StringBuilder pascal = new StringBuilder(name.length());
		boolean wordStart = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetterOrDigit(c) || c > 0x7f) {
				wordStart = true;
				continue;
			}
			pascal.append(wordStart ? Character.toUpperCase(c) : c);
			wordStart = false;
		}
		return pascal.toString();
	}

	/**
	 * The name in camelCase, for parameters: {@code MakeMove} becomes {@code makeMove}.
	 * @param name the name
	 * @return the camelCase name, a valid identifier
	 */
	static String camel(String name) {
		String pascal = pascal(name);
		if (pascal.isEmpty()) {
			return "arg";
		}
		return identifier(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
	}

	/**
	 * A scope of unique names: later claims of a taken name get {@code name_2},
	 * {@code name_3} and so on.
	 */
	static final class Scope {

		private final Set<String> used = new HashSet<>();

		String claim(String preferred) {
			String name = preferred;
			for (int i = 2; !this.used.add(name); i++) {
				name = preferred + "_" + i;
			}
			return name;
		}

	}

}
