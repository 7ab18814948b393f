// Plays one game of tic-tac-toe between two players against the running demo, typed with the
// declarations the demo serves at /asyncapi.d.ts (saved beside this file as api.d.ts).
//
//   node play.js http://127.0.0.1:9092
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, GameAck, ErrorAck, ServerToClientEvents } from "./api.js";

type Player = Socket<ServerToClientEvents, ClientToServerEvents>;

// Node's process, without installing @types/node
declare const process: { argv: string[] };

const url = process.argv[2] ?? "http://localhost:9092";
const timeout = 10_000;

function connect(): Promise<Player> {
  const socket: Player = io(url, { transports: ["websocket"], reconnection: false, timeout });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function next<E extends keyof ServerToClientEvents>(socket: Player, event: E): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${event}' within ${timeout} ms`)), timeout);
    socket.once(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

function refused(ack: GameAck | ErrorAck): string | undefined {
  return ack.error?.code;
}

const x = await connect();
const o = await connect();
try {
  const created = next(x, "game_created");
  x.emit("create_game", (error) => check(error === undefined, `create_game refused: ${JSON.stringify(error)}`));
  const { game_id } = await created;
  check(Number.isInteger(game_id) && game_id >= 1, `game id ${game_id}`);

  const joined = [next(x, "player_joined"), next(o, "player_joined")];
  check(refused(await o.timeout(timeout).emitWithAck("join_game", { game_id })) === undefined, "join refused");
  for (const event of await Promise.all(joined)) {
    check(event.game_id === game_id && event.player === "O", `player_joined ${JSON.stringify(event)}`);
  }

  const invalid = await x.timeout(timeout).emitWithAck("make_move", { game_id, x: 7, y: 0 });
  check(refused(invalid) === "invalid_payload", `invalid move ack ${JSON.stringify(invalid)}`);
  const early = await o.timeout(timeout).emitWithAck("make_move", { game_id, x: 0, y: 0 });
  check(refused(early) === "not_your_turn", `early move ack ${JSON.stringify(early)}`);

  // X takes the top row while O plays the middle row: as in the Python original, the board is
  // board[x][y], x the row and y the column
  const won = next(o, "game_won");
  const moves: Array<[Player, number, number]> = [[x, 0, 0], [o, 1, 0], [x, 0, 1], [o, 1, 1], [x, 0, 2]];
  let board: string[][] | undefined;
  for (const [player, row, column] of moves) {
    const seen = [next(x, "move_made"), next(o, "move_made")];
    const ack = await player.timeout(timeout).emitWithAck("make_move", { game_id, x: row, y: column });
    check(refused(ack) === undefined, `move (${row}, ${column}) refused: ${JSON.stringify(ack)}`);
    board = (await Promise.all(seen))[0].board;
  }
  check(JSON.stringify(board?.[0]) === '["X","X","X"]', `board ${JSON.stringify(board)}`);
  const { winner } = await won;
  check(winner === "X", `game_won ${winner}`);
  console.log(`game ${game_id}: X won on the top row, typed end to end`);
}
finally {
  x.close();
  o.close();
}
