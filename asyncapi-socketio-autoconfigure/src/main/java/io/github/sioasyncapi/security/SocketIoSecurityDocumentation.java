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

package io.github.sioasyncapi.security;

import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Reference;
import io.github.sioasyncapi.asyncapi.model.SecurityScheme;
import io.github.sioasyncapi.asyncapi.model.Server;
import org.jspecify.annotations.Nullable;

/**
 * Describes the bearer token of {@link SocketIoSecurityInterceptor} in the AsyncAPI document:
 * a security scheme {@value #SCHEME} ({@code type: http}, {@code scheme: bearer}) in the
 * components, which every server's {@code security} references. AsyncAPI has no scheme for
 * Socket.IO's auth data, so the scheme is the {@code Authorization} header's, and its
 * description and the extension {@value #AUTH_PROPERTY_EXTENSION} name the auth data's
 * property (the viewer's playground reads both), and {@value #AUTH_REQUIRED_EXTENSION} says
 * whether a client must send it (the TypeScript declarations' auth types read both).
 *
 * @since 0.1.0
 */
public class SocketIoSecurityDocumentation implements AsyncApiCustomizer {

	/** The name of the security scheme in the components. */
	public static final String SCHEME = "bearerToken";

	/** The extension that names the auth data's property that carries the token. */
	public static final String AUTH_PROPERTY_EXTENSION = "x-socketio-auth-property";

	/**
	 * The extension that says whether a client must send the token: {@code true}, unless
	 * clients without a token connect as anonymous users.
	 */
	public static final String AUTH_REQUIRED_EXTENSION = "x-socketio-auth-required";

	private final boolean anonymous;

	private final @Nullable String bearerFormat;

	/**
	 * Create the documentation.
	 * @param anonymous whether clients may connect without a token
	 * @param bearerFormat the format of the tokens, for example {@code JWT}, or {@code null}
	 */
	public SocketIoSecurityDocumentation(boolean anonymous, @Nullable String bearerFormat) {
		this.anonymous = anonymous;
		this.bearerFormat = bearerFormat;
	}

	@Override
	public void customize(AsyncApiDocument document) {
		SecurityScheme scheme = new SecurityScheme();
		scheme.setType("http");
		scheme.setScheme("bearer");
		scheme.setBearerFormat(this.bearerFormat);
		scheme.setDescription("A bearer token, sent when connecting to a namespace as the `"
				+ HandshakeBearerToken.AUTH_PROPERTY + "` of the auth data (`io(url, {auth: {"
				+ HandshakeBearerToken.AUTH_PROPERTY + ": token}})`), or in the handshake's "
				+ "`Authorization: Bearer` header. A missing, invalid or expired token refuses the connection "
				+ "with `connect_error` whose data is the error ack with the code `unauthorized`"
				+ (this.anonymous ? "; clients without a token connect as anonymous users." : ".")
				+ " Events a client may not send are answered with the code `forbidden`.");
		scheme.addExtension(AUTH_PROPERTY_EXTENSION, HandshakeBearerToken.AUTH_PROPERTY);
		scheme.addExtension(AUTH_REQUIRED_EXTENSION, !this.anonymous);
		document.getComponents().getSecuritySchemes().put(SCHEME, scheme);
		for (Server server : document.getServers().values()) {
			server.getSecurity().add(Reference.toSecurityScheme(SCHEME));
		}
	}

}
