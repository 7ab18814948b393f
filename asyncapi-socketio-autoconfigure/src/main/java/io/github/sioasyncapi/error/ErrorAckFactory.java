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

package io.github.sioasyncapi.error;

import io.github.sioasyncapi.error.DefaultErrorAcks.ConnectError;
import org.jspecify.annotations.Nullable;

/**
 * Makes the acknowledgements of failures that no
 * {@link io.github.sioasyncapi.annotation.SocketIoExceptionHandler @SocketIoExceptionHandler}
 * took, and the {@code connect_error} data of refused connections. The auto-configured one is a
 * {@link DefaultErrorAcks}; define a bean of this type to replace it (for example to localize
 * messages, or to give exceptions of the application codes of their own), and the AsyncAPI
 * document's error ack example follows it. It always answers with an {@link ErrorAck}, the
 * shape the document describes.
 *
 * @since 0.1.0
 */
public interface ErrorAckFactory {

	/**
	 * The error ack for a failure, logged as the implementation sees fit.
	 * @param namespace the namespace
	 * @param event the event being handled
	 * @param failure the failure
	 * @param acked whether the client will receive the ack
	 * @return the ack
	 */
	ErrorAck forFailure(String namespace, String event, Throwable failure, boolean acked);

	/**
	 * The data of the {@code connect_error} a refused client receives.
	 * @param namespace the namespace
	 * @param failure why the connection was refused, or {@code null} if a connect guard
	 * returned {@code false}
	 * @return the connect error data
	 */
	ConnectError forRefusedConnect(String namespace, @Nullable Throwable failure);

}
