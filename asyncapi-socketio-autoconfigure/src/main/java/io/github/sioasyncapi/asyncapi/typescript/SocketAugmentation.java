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

/**
 * Completes socket.io-client's {@code Socket} type for acknowledged events, by module
 * augmentation: an event's acknowledgement callback is a required last parameter (so that
 * socket.io-client's {@code emitWithAck} takes its type from it), and socket.io-client (4.8)
 * cannot type two calls with such events:
 * <ul>
 * <li>{@code socket.emit(event, ...payload)} without a callback, fire and forget, which a
 * required parameter refuses: an overload of {@code emit} takes the payload parameters
 * alone;</li>
 * <li>{@code socket.timeout(ms).emitWithAck(event, ...payload)}: {@code timeout()} returns a
 * socket whose callbacks take the timeout's {@code Error} first, and socket.io-client's
 * {@code FirstArg<T>} (the type {@code emitWithAck} resolves to) is {@code any} for a callback
 * of more than one parameter: an overload of {@code emitWithAck} resolves to the callback's
 * first argument after that {@code Error}.</li>
 * </ul>
 * A callback that is optional ({@code callback?:}), or a union with {@code void}, would let
 * {@code emit} omit it, but {@code timeout()} leaves such a parameter as it is (its
 * {@code PrependTimeoutError} only decorates function types), so that
 * {@code socket.timeout(ms).emit(event, payload, (err, ack) => ...)} would not compile, and
 * socket.io-client's {@code emitWithAck} would take any arguments.
 * <p>Both overloads apply to every socket of the program, other typed sockets included:
 * {@code emit} without a callback is valid for every event at run time, and
 * {@code emitWithAck} resolves to what socket.io-client resolves it to at run time.
 */
final class SocketAugmentation {

	private SocketAugmentation() {
	}

	/**
	 * Write the helper types and the augmentation.
	 * @param out where to write
	 * @param scope the declared names, so that the helper types take names no schema took
	 */
	static void write(StringBuilder out, Identifiers.Scope scope) {
		String payloads = scope.claim("AcknowledgedPayloads");
		String ack = scope.claim("AcknowledgementOf");
		out.append("""
				// socket.io-client's Socket, completed for the acknowledged events above (their callback is a
				// required last parameter, so that emitWithAck takes the acknowledgement's type from it):
				// - socket.emit(event, ...payload) without a callback, fire and forget;
				// - socket.timeout(ms).emitWithAck(event, ...payload), which socket.io-client types `any`
				//   (timeout() puts an Error before the acknowledgement, and its FirstArg<> then gives up).

				/** The payload parameters of an acknowledged event: its parameters before the callback. */
				type %1$s<E> = E extends (...args: infer P) => void
				  ? P extends [...infer Payload, infer Callback] ? (Callback extends (...args: any[]) => void ? Payload : never) : never
				  : never;

				/** What `emitWithAck` resolves to: the callback's first argument, after the Error of `timeout()`. */
				type %2$s<E> = E extends (...args: infer P) => void
				  ? P extends [...unknown[], (...args: infer A) => void]
				    ? A extends [infer First, ...infer Rest] ? ([First] extends [Error] ? ([Error] extends [First] ? Rest[0] : First) : First) : A[0]
				    : never
				  : never;

				declare module "socket.io-client" {
				  interface Socket<ListenEvents, EmitEvents> {
				    /** Emit an acknowledged event without a callback: fire and forget. */
				    emit<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: %1$s<EmitEvents[Ev]>): this;
				    /** Emit an acknowledged event and resolve to its acknowledgement, with or without `timeout()`. */
				    emitWithAck<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: %1$s<EmitEvents[Ev]>):
				      Promise<%2$s<EmitEvents[Ev]>>;
				  }
				}
				""".formatted(payloads, ack));
	}

}
