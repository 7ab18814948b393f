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
  add_items: (payload: (Item | null)[], callback: (ack: (Item | null)[] | ErrorAck) => void) => void;
  categories: (payload: Category, callback: (ack: Category | ErrorAck) => void) => void;
  count_items: (payload: Item | null, callback: (ack: { [key: string]: number | null } | ErrorAck) => void) => void;
  list_items: (payload: PageRequest, callback: (ack: PageItem | ErrorAck) => void) => void;
  raw: (payload: Item, callback: (ack: Item | ErrorAck) => void) => void;
  schedule: (payload: Schedule, callback: (ack: Schedule | ErrorAck) => void) => void;
  untyped: (payload: { [key: string]: unknown }, callback: (ack: unknown) => void) => void;
}

/** A category and its subcategories. */
export interface Category {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  name: string;
  children?: (Category | null)[] | null;
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

export interface Item {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  name: string;
  /**
   * @format int32
   * @minimum 1
   * @maximum 2147483647
   */
  quantity: number;
}

export interface PageItem {
  content?: (Item | null)[] | null;
  /**
   * @format int32
   * @minimum 0
   * @maximum 2147483647
   */
  number: number;
  /**
   * @format int32
   * @minimum 1
   * @maximum 100
   */
  size: number;
  /**
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  total: number;
}

export interface PageRequest {
  /**
   * @format int32
   * @minimum 0
   * @maximum 2147483647
   */
  number: number;
  /**
   * @format int32
   * @minimum 1
   * @maximum 100
   */
  size: number;
  sort?: string | null;
}

export interface Schedule {
  /** @format uuid */
  id?: string | null;
  /** @format date-time */
  start?: string | null;
  /** @format date-time-local */
  localStart?: string | null;
  /** @format time-local */
  time?: string | null;
  /** @format duration */
  length?: string | null;
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
