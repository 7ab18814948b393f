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
  error: {
    /** Not a closed enum; applications add their own codes. */
    code: string;
    /** @exclusiveMinimum 0 */
    retry_after?: number;
  };
}

export interface Labels {
  [key: string]: string;
}

/** A schema named like a reserved word. */
export type interface_ = boolean;

export interface _2fa {
  code?: string;
}
