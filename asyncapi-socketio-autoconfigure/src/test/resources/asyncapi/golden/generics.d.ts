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
  add_items: (payload: Item[], callback: (ack: Item[] | ErrorAck) => void) => void;
  categories: (payload: Category, callback: (ack: Category | ErrorAck) => void) => void;
  count_items: (payload: Item | null, callback: (ack: { [key: string]: number } | ErrorAck) => void) => void;
  list_items: (payload: PageRequest, callback: (ack: PageItem | ErrorAck) => void) => void;
  raw: (payload: Item, callback: (ack: Item | ErrorAck) => void) => void;
  schedule: (payload: Schedule, callback: (ack: Schedule | ErrorAck) => void) => void;
  untyped: (payload: { [key: string]: unknown }, callback: (ack: unknown) => void) => void;
}

/** A category and its subcategories. */
export interface Category {
  /** @minLength 1 */
  name: string;
  children?: Category[];
}

export interface Error {
  code: "invalid_payload" | "unknown_event" | "unauthorized" | "internal_error";
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error;
}

export interface Item {
  /** @minLength 1 */
  name: string;
  /**
   * @format int32
   * @minimum 1
   */
  quantity: number;
}

export interface PageItem {
  content?: Item[];
  /**
   * @format int32
   * @minimum 0
   */
  number: number;
  /**
   * @format int32
   * @minimum 1
   * @maximum 100
   */
  size: number;
  /** @format int64 */
  total: number;
}

export interface PageRequest {
  /**
   * @format int32
   * @minimum 0
   */
  number: number;
  /**
   * @format int32
   * @minimum 1
   * @maximum 100
   */
  size: number;
  sort?: string;
}

export interface Schedule {
  /** @format uuid */
  id?: string;
  /** @format date-time */
  start?: string;
  /** @format date-time-local */
  localStart?: string;
  /** @format time-local */
  time?: string;
  /** @format duration */
  length?: string;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}
