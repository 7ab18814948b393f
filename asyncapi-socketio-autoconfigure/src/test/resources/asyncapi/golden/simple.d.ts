// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  /** A game was created */
  game_created: (payload: GameCreated) => void;
  /**
   * Invite a player
   *
   * The client answers with an ack.
   */
  invite: (payload: Invitation, callback: (ack: InvitationAnswer) => void) => void;
  /** Someone played */
  move_made: (payload: MoveMade) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  /**
   * Play one move
   *
   * Marks a cell of the board. The ack tells whether the move was accepted.
   */
  make_move: (payload: MakeMove, callback: (ack: MoveAck | ErrorAck) => void) => void;
  /** Keep alive */
  ping: (callback: (ack?: ErrorAck) => void) => void;
}

/** The auth data a client of the namespace `/` sends when it connects: `io(url, { auth })`. */
export type SocketAuth = Credentials;

export interface Credentials {
  /**
   * @minLength 1
   * @pattern ^(?:[A-Za-z0-9]{8,})$
   */
  token: string;
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

export interface GameCreated {
  gameId?: string | null;
  /** @format date */
  day?: string | null;
}

export interface Invitation {
  gameId?: string | null;
  from?: string | null;
}

export interface InvitationAnswer {
  accepted: boolean;
}

/** A move on the 3x3 board. */
export interface MakeMove {
  /**
   * The game.
   *
   * @minLength 1
   * @maxLength 36
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  gameId: string;
  /**
   * Column, from the left.
   *
   * @format int32
   * @minimum 0
   * @maximum 2
   */
  x: number;
  /**
   * Row, from the top.
   *
   * @format int32
   * @minimum 0
   * @maximum 2
   */
  y: number;
  mark: "X" | "O";
}

export interface MoveAck {
  accepted: boolean;
  /**
   * Moves played so far.
   *
   * @format int32
   * @minimum -2147483648
   * @maximum 2147483647
   */
  moves: number;
}

export interface MoveMade {
  gameId?: string | null;
  /**
   * @format int32
   * @minimum -2147483648
   * @maximum 2147483647
   */
  x: number;
  /**
   * @format int32
   * @minimum -2147483648
   * @maximum 2147483647
   */
  y: number;
  mark?: "X" | "O" | null;
  /** @format date-time */
  at?: string | null;
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
