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

export interface Error {
  /**
   * What went wrong: `invalid_payload`, `unknown_event`, `unauthorized`, `forbidden`, `internal_error`, or a code of the application's own exception handlers.
   */
  code: string;
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error;
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
