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

package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a bean whose {@link OnEvent @OnEvent}, {@link OnConnect @OnConnect} and
 * {@link OnDisconnect @OnDisconnect} methods handle one Socket.IO namespace.
 * <p>Methods annotated with netty-socketio's own {@code com.corundumstudio.socketio.annotation}
 * annotations are handled the same way, so existing listeners migrate by adding this annotation.
 * <pre class="code">
 * &#64;SocketIoController("/chat")
 * class ChatController {
 *     &#64;OnEvent("send")
 *     SendAck send(ChatMessage message, SocketIoEmitter emitter) { ... }
 * }
 * </pre>
 *
 * @see OnEvent
 * @see SocketIoControllerAdvice
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface SocketIoController {

	/**
	 * Alias for {@link #namespace()}.
	 * @return the namespace
	 */
	@AliasFor("namespace")
	String value() default "/";

	/**
	 * The namespace this controller handles, {@code "/"} by default.
	 * @return the namespace, starting with {@code "/"}
	 */
	@AliasFor("value")
	String namespace() default "/";

}
