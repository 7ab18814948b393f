// TypeScript declarations of "Tic-Tac-Toe API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  /** The game was created */
  game_created: (payload: GameCreated) => void;
  /** The game ended in a draw */
  game_drawn: (payload: GameDrawn) => void;
  /** The game was won */
  game_won: (payload: GameWon) => void;
  /**
   * A move was played
   *
   * Sent to both players after every move, with the board and whose turn is next.
   */
  move_made: (payload: MoveMade) => void;
  /** A second player joined the game */
  player_joined: (payload: PlayerJoined) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  /**
   * Create a game
   *
   * Creates a game in which the sender plays X and moves first. Share the game id with a second player, who joins with `join_game`; until then, the creator plays both marks.
   */
  create_game: (callback: (ack?: ErrorAck | GameAck) => void) => void;
  /**
   * Join a game as O
   *
   * Joins a game created by another player. Both players receive `player_joined`.
   */
  join_game: (payload: JoinGame, callback: (ack: GameAck | ErrorAck) => void) => void;
  /**
   * Play one move
   *
   * Places the player's mark at (x, y). Both players receive `move_made`, then `game_won` or `game_drawn` when the move ends the game. The ack carries an `error` when the move is refused.
   */
  make_move: (payload: MakeMove, callback: (ack: GameAck | ErrorAck) => void) => void;
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

/** Empty when the request was accepted; error tells why it was not */
export interface GameAck {
  /** Why the request was refused; absent on success */
  error?: GameError | null;
}

/** The game that was created */
export interface GameCreated {
  /**
   * The game id
   *
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  game_id: number;
}

/** The game ended in a draw; no data */
export type GameDrawn = unknown;

/** Why a request was refused */
export interface GameError {
  /** A code for clients */
  code: "game_not_found" | "game_full" | "not_a_player" | "not_your_turn" | "cell_occupied" | "game_over";
  /** A message for the player */
  message: string;
}

/** The game was won */
export interface GameWon {
  /** The winner */
  winner: "X" | "O";
}

/** A game to join */
export interface JoinGame {
  /**
   * The game id
   *
   * @format int64
   * @minimum 1
   * @maximum 9223372036854775807
   */
  game_id: number;
}

/** One move */
export interface MakeMove {
  /**
   * The game id
   *
   * @format int64
   * @minimum 1
   * @maximum 9223372036854775807
   */
  game_id: number;
  /**
   * The x coordinate: the row, from the top (board[x][y])
   *
   * @format int32
   * @minimum 0
   * @maximum 2
   */
  x: number;
  /**
   * The y coordinate: the column, from the left (board[x][y])
   *
   * @format int32
   * @minimum 0
   * @maximum 2
   */
  y: number;
}

/** The board after a move */
export interface MoveMade {
  /** The board: three rows of three cells, each "X", "O" or "" (empty) */
  board: string[][];
  /** The player to move next; null once the game is over */
  turn?: "X" | "O" | null;
}

/** The second player joined */
export interface PlayerJoined {
  /**
   * The game id
   *
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  game_id: number;
  /** The mark of the player who joined */
  player: "X" | "O";
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
