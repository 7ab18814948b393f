// TypeScript declarations of "JSON Schema */ cases 2.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);
//
// Other namespaces, io(url + namespace):
//   /chat-room: Socket<ChatRoomServerToClientEvents, ChatRoomClientToServerEvents>

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  patched: (payload: Patch, callback: (ack: "saved" | "queued" | null) => void) => void;
  notice: (payload: {
    level: "info";
    text: string;
    "x-trace-id"?: string;
  }) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  /**
   * Update a document
   *
   * Multi-line
   * description, with a *\/ that must not end the comment.
   */
  update: (payload: Document, callback: (ack: "saved" | "queued" | null | Failure) => void) => void;
  patch: (payload1: string, patch: Patch, payload3?: boolean | null) => void;
}

/**
 * The auth data a client of the namespace `/` sends when it connects: `io(url, { auth })`.
 *
 * `token` carries the bearer token.
 */
export type SocketAuth = { token: string };

/** The events a client of the namespace `/chat-room` listens to (`socket.on`). */
export interface ChatRoomServerToClientEvents {
  say: (payload: string) => void;
  said: (payload: {
    from: string;
    text: string;
  }) => void;
}

/** The events a client of the namespace `/chat-room` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ChatRoomClientToServerEvents {
  say: (payload: string) => void;
}

/**
 * The auth data a client of the namespace `/chat-room` sends when it connects: `io(url, { auth })`.
 *
 * `token` carries the bearer token.
 */
export type ChatRoomSocketAuth = {
  client: string;
} & { token: string };

/** A document and its parts. */
export interface Document {
  /** @format uuid */
  id: string;
  /**
   * @minLength 1
   * @maxLength 80
   */
  title: string;
  subtitle?: string | null;
  /** @minimum 1 */
  version?: number | null;
  /** @uniqueItems true */
  tags: string[];
  metadata?: { [key: string]: string };
  counters?: {
    views?: number;
    [key: string]: number | undefined;
  };
  root: Node;
  status?: Status;
  /** @minItems 2 */
  position?: [number, number];
  /** @deprecated */
  "content-type"?: string;
  anything?: unknown;
  never?: never;
}

/** A node of the document tree, recursive. */
export interface Node {
  kind: "section" | "paragraph";
  children?: Node[];
  parent?: Node | null;
}

export type Status = "draft" | "published" | "archived";

/** A change, told apart by its op. */
export type Patch = SetTitle | AddTag | Move;

export interface SetTitle {
  op: "set_title";
  title: string;
}

export interface AddTag {
  op: "add_tag";
  /** @pattern ^[a-z*\/]+$ */
  tag: string;
}

export type Move = {
  op: "move";
} & Position;

export interface Position {
  x: number;
  y: number;
}

export interface Failure {
  error: Error_;
}

/** Named like JavaScript's global Error. */
export interface Error_ {
  /** Not a closed enum; applications add their own codes. */
  code: string;
  /** @exclusiveMinimum 0 */
  retry_after?: number;
}

/** Named like TypeScript's utility type Record. */
export interface Record_ {
  [key: string]: number;
}

export interface Labels {
  [key: string]: string;
}

/** A schema named like a reserved word. */
export type interface_ = boolean;

export interface _2fa {
  code?: string;
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
