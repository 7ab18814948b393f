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

package io.github.sioasyncapi.asyncapi.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Reference Object: a JSON pointer into the document, such as
 * {@code #/components/messages/make_move}.
 *
 * @param ref the reference
 * @since 0.1.0
 */
public record Reference(@JsonProperty("$ref") String ref) {

	/**
	 * A reference to a channel.
	 * @param channelId the channel id
	 * @return the reference
	 */
	public static Reference toChannel(String channelId) {
		return new Reference("#/channels/" + escape(channelId));
	}

	/**
	 * A reference to a message of a channel.
	 * @param channelId the channel id
	 * @param messageKey the message's key in the channel
	 * @return the reference
	 */
	public static Reference toChannelMessage(String channelId, String messageKey) {
		return new Reference("#/channels/" + escape(channelId) + "/messages/" + escape(messageKey));
	}

	/**
	 * A reference to a message of the components.
	 * @param key the message's key in the components
	 * @return the reference
	 */
	public static Reference toMessage(String key) {
		return new Reference("#/components/messages/" + escape(key));
	}

	/**
	 * A reference to a schema of the components.
	 * @param name the schema's name in the components
	 * @return the reference
	 */
	public static Reference toSchema(String name) {
		return new Reference("#/components/schemas/" + escape(name));
	}

	/**
	 * A reference to a security scheme of the components.
	 * @param name the scheme's name in the components
	 * @return the reference
	 */
	public static Reference toSecurityScheme(String name) {
		return new Reference("#/components/securitySchemes/" + escape(name));
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
