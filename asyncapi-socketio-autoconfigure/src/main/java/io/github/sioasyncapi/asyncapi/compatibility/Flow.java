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

package io.github.sioasyncapi.asyncapi.compatibility;

/**
 * Which way a payload travels, and so which of its changes break existing clients.
 */
enum Flow {

	/**
	 * Clients send it (payloads of events they emit, acks they send): the server must still
	 * accept everything it accepted, so narrowing a schema breaks them.
	 */
	TO_SERVER,

	/**
	 * Clients receive it (payloads of events they listen to, acks they get): the server must
	 * send nothing they do not expect, so widening a schema or removing a property breaks them.
	 */
	TO_CLIENT;

	/** The flow of the acknowledgement of a payload that flows this way. */
	Flow reverse() {
		return (this == TO_SERVER) ? TO_CLIENT : TO_SERVER;
	}

}
