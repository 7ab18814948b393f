// Plays one game of tic-tac-toe between two players against the running demo, with the
// official Socket.IO client, and exits non-zero if anything is not as documented.
//
//   npm install --prefix demo-tictactoe/client
//   node demo-tictactoe/client/play.mjs [http://localhost:9092]
import { io } from "socket.io-client";

const url = process.argv[2] ?? "http://localhost:9092";
const timeout = 10_000;

function connect() {
  const socket = io(url, { transports: ["websocket"], reconnection: false, timeout });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function next(socket, event) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${event}' within ${timeout} ms`)), timeout);
    socket.once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const x = await connect();
const o = await connect();
try {
  const created = next(x, "game_created");
  x.emit("create_game");
  const { game_id } = await created;
  check(Number.isInteger(game_id) && game_id >= 1, `game id ${game_id}`);

  const joined = [next(x, "player_joined"), next(o, "player_joined")];
  check(Object.keys(await o.timeout(timeout).emitWithAck("join_game", { game_id })).length === 0, "join refused");
  for (const event of await Promise.all(joined)) {
    check(event.game_id === game_id && event.player === "O", `player_joined ${JSON.stringify(event)}`);
  }

  const invalid = await x.timeout(timeout).emitWithAck("make_move", { game_id, x: 7, y: 0 });
  check(invalid.error?.code === "invalid_payload" && invalid.error.violations[0].path === "x",
    `invalid move ack ${JSON.stringify(invalid)}`);
  const early = await o.timeout(timeout).emitWithAck("make_move", { game_id, x: 0, y: 0 });
  check(early.error?.code === "not_your_turn", `early move ack ${JSON.stringify(early)}`);

  // X takes the top row while O plays the middle row: as in the Python original, the board is
  // board[x][y], x the row and y the column
  const won = next(o, "game_won");
  const moves = [[x, 0, 0], [o, 1, 0], [x, 0, 1], [o, 1, 1], [x, 0, 2]];
  let made;
  for (const [player, row, column] of moves) {
    const seen = [next(x, "move_made"), next(o, "move_made")];
    const ack = await player.timeout(timeout).emitWithAck("make_move", { game_id, x: row, y: column });
    check(ack.error === undefined, `move (${row}, ${column}) refused: ${JSON.stringify(ack)}`);
    [made] = await Promise.all(seen);
  }
  check(JSON.stringify(made.board[0]) === '["X","X","X"]' && made.turn === null, `last move ${JSON.stringify(made)}`);
  const { winner } = await won;
  check(winner === "X", `game_won ${winner}`);
  console.log(`game ${game_id}: X won on the top row, as documented`);
} finally {
  x.close();
  o.close();
}
