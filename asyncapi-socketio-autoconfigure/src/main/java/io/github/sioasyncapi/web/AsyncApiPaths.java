package io.github.sioasyncapi.web;

/**
 * The paths of the document and the viewer, derived from {@code socketio.asyncapi.path}; the
 * same for Spring MVC and WebFlux.
 */
final class AsyncApiPaths {

	private AsyncApiPaths() {
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
