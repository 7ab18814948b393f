// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);
//
// Other namespaces, io(url + namespace):
//   /admin: Socket<AdminServerToClientEvents, AdminClientToServerEvents>
//   /admin/v2: Socket<AdminV2ServerToClientEvents, AdminV2ClientToServerEvents>

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  "chat:message": (payload: ChatMessage) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  admin_kick: (payload: Kick, callback: (ack?: ErrorAck) => void) => void;
  "chat:message": (payload: ChatMessage, callback: (ack?: ErrorAck) => void) => void;
  status: (callback: (ack: string | ErrorAck) => void) => void;
  status_ack: (payload: boolean, callback: (ack: boolean | ErrorAck) => void) => void;
}

/** The events a client of the namespace `/admin` listens to (`socket.on`). */
export interface AdminServerToClientEvents {}

/** The events a client of the namespace `/admin` emits (`socket.emit`, `socket.emitWithAck`). */
export interface AdminClientToServerEvents {
  kick: (payload: Kick, callback: (ack?: ErrorAck) => void) => void;
  status: (callback: (ack: string | ErrorAck) => void) => void;
}

/** The events a client of the namespace `/admin/v2` listens to (`socket.on`). */
export interface AdminV2ServerToClientEvents {
  kicked: (payload: Kick) => void;
}

/** The events a client of the namespace `/admin/v2` emits (`socket.emit`, `socket.emitWithAck`). */
export interface AdminV2ClientToServerEvents {
  kick: (payload: Kick, callback: (ack: number | ErrorAck) => void) => void;
}

export interface ChatMessage {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
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

export interface Kick {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  user: string;
  reason?: string | null;
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
