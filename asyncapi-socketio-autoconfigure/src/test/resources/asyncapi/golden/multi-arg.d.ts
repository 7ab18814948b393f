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
  move: (payload1: number, payload2: number, callback: (ack: number | ErrorAck) => void) => void;
  /** Say something in a room */
  say: (payload1: string, message: Message, payload3: Options | null | undefined, callback: (ack: string | ErrorAck) => void) => void;
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

export interface Message {
  /**
   * @minLength 1
   * @maxLength 200
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
}

export interface Options {
  urgent: boolean;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}
