// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  /** Someone moved, with a message */
  moved: (message: Message, options: Options, callback: (seen: boolean, by?: string | null) => void) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  /** Label the room: at least one label */
  label: (...args: [...labels: [string, ...string[]], callback: (ack: (string | null)[] | ErrorAck) => void]) => void;
  move: (x: number, y: number, callback: (ack: number | ErrorAck) => void) => void;
  /** Say something in a room */
  say: (room: string, message: Message, options: Options | null | undefined, callback: (ack: string | ErrorAck) => void) => void;
  /** Tag a room with any number of tags */
  tag: (...args: [room: string, ...tags: string[], callback: (ack: number | ErrorAck) => void]) => void;
  /** Where the player stands, as x, y and a label */
  where: (callback: (x: number | ErrorAck, y: number | undefined, label?: string | null) => void) => void;
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
