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
  join_game: (payload: BPlayer, callback: (ack: PageBPlayer | ErrorAck) => void) => void;
  join_lobby: (payload: APlayer, callback: (ack: PageAPlayer | ErrorAck) => void) => void;
  report: (payload: NameClashAppError, callback: (ack: NameClashAppError | ErrorAck) => void) => void;
}

export interface APlayer {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  name: string;
}

export interface BPlayer {
  /**
   * @format int32
   * @minimum 1
   * @maximum 2147483647
   */
  seat: number;
}

export interface ErrorAck {
  error: ErrorAckError;
}

export interface ErrorAckError {
  /**
   * What went wrong: `invalid_payload`, `unknown_event`, `unauthorized`, `forbidden`, `internal_error`, or a code of the application's own exception handlers.
   */
  code: string;
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface NameClashAppError {
  reason?: string | null;
}

export interface PageAPlayer {
  content?: (APlayer | null)[] | null;
}

export interface PageBPlayer {
  content?: (BPlayer | null)[] | null;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}
