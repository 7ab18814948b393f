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

package io.github.sioasyncapi.web;

import java.util.List;

/**
 * The paths of the document and the viewer, derived from {@code socketio.asyncapi.path}; the
 * same for Spring MVC and WebFlux.
 *
 * @since 0.1.0
 */
public final class AsyncApiPaths {

	private AsyncApiPaths() {
	}

	/**
	 * Every path served for a configured path, as patterns of Spring's {@code PathPattern}
	 * syntax: the viewer, its scripts and style sheet, the document and its TypeScript
	 * declarations; for example {@code /asyncapi}, {@code /asyncapi/ui/**},
	 * {@code /asyncapi.json}, {@code /asyncapi.yaml} and {@code /asyncapi.d.ts}.
	 * @param path the configured path ({@code socketio.asyncapi.path})
	 * @return the patterns
	 */
	public static List<String> patterns(String path) {
		String base = normalize(path);
		return List.of(base, assets(base) + "/**", base + ".json", base + ".yaml", base + ".d.ts");
	}

	/**
	 * A path with a leading slash and without trailing slash.
	 * @param path the configured path
	 * @return the normalized path
	 */
	static String normalize(String path) {
		String normalized = path.trim();
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized.startsWith("/") ? normalized : "/" + normalized;
	}

	/**
	 * The path of the viewer's scripts and style sheet.
	 * @param base the viewer's path, with or without a trailing slash
	 * @return the path, {@code {base}/ui}
	 */
	static String assets(String base) {
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ui";
	}

}
