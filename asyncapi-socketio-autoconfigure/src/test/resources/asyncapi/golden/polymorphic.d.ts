// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  area: (payload: Shape, callback: (ack: Area | ErrorAck) => void) => void;
  draw: (payload: Drawing, callback: (ack: number | ErrorAck) => void) => void;
}

export interface Area {
  /** @format double */
  value: number;
}

export interface Circle {
  kind: "circle";
  /**
   * @format double
   * @exclusiveMinimum 0
   */
  radius: number;
}

export interface Drawing {
  main: Shape;
  /** @minItems 1 */
  others: (Shape | null)[];
}

export interface Error_ {
  /**
   * What went wrong: `invalid_payload`, `unknown_event`, `unauthorized`, `forbidden`, `internal_error`, or a code of the application's own exception handlers.
   */
  code: string;
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error_;
}

/** A shape, told apart by its kind. */
export type Shape = Circle | Square | Triangle;

export interface Square {
  kind: "square";
  /**
   * @format double
   * @exclusiveMinimum 0
   */
  side: number;
}

export interface Triangle {
  kind: "PolymorphicApp$Triangle";
  /**
   * @format double
   * @exclusiveMinimum 0
   */
  base: number;
  /**
   * @format double
   * @exclusiveMinimum 0
   */
  height: number;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}

// socket.io-client's Socket, completed for the acknowledged events above (their callback is a
// required last parameter, so that emitWithAck takes the acknowledgement's type from it):
// - socket.emit(event, ...payload) without a callback, fire and forget;
// - socket.timeout(ms).emitWithAck(event, ...payload), which socket.io-client types `any`
//   (timeout() puts an Error before the acknowledgement, and its FirstArg<> then gives up).

/** The payload parameters of an acknowledged event: its parameters before the callback. */
type AcknowledgedPayloads<E> = E extends (...args: infer P) => void
  ? P extends [...infer Payload, infer Callback] ? (Callback extends (...args: any[]) => void ? Payload : never) : never
  : never;

/** What `emitWithAck` resolves to: the callback's first argument, after the Error of `timeout()`. */
type AcknowledgementOf<E> = E extends (...args: infer P) => void
  ? P extends [...unknown[], (...args: infer A) => void]
    ? A extends [infer First, ...infer Rest] ? ([First] extends [Error] ? ([Error] extends [First] ? Rest[0] : First) : First) : A[0]
    : never
  : never;

declare module "socket.io-client" {
  interface Socket<ListenEvents, EmitEvents> {
    /** Emit an acknowledged event without a callback: fire and forget. */
    emit<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: AcknowledgedPayloads<EmitEvents[Ev]>): this;
    /** Emit an acknowledged event and resolve to its acknowledgement, with or without `timeout()`. */
    emitWithAck<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: AcknowledgedPayloads<EmitEvents[Ev]>):
      Promise<AcknowledgementOf<EmitEvents[Ev]>>;
  }
}
