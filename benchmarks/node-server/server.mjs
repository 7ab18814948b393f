// The benchmark workload on Node's socket.io, doing what the raw netty-socketio server and the
// starter's benchmark handler do: make_move {game_id >= 1, x 0..2, y 0..2} is answered with the
// ack {ok: true, game_id}, an invalid move with the same invalid_payload error ack naming each
// field; slow does the same after 200 ms (a timer: Node does not block its event loop).
// Websocket compression off, as on the Java servers. Usage: node server.mjs [port]
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2] ?? 9092);

function violation(path, message, rejectedValue) {
  return { path, message, rejectedValue };
}

function isInteger(value) {
  return typeof value === 'number' && Number.isInteger(value);
}

function makeMove(move) {
  const violations = [];
  if (move === null || typeof move !== 'object' || !isInteger(move.game_id) || !isInteger(move.x)
      || !isInteger(move.y)) {
    return { error: { code: 'invalid_payload', message: 'make_move: payload is invalid',
      violations: [violation('', 'must be an object with integers game_id, x and y', move)] } };
  }
  if (move.game_id < 1) {
    violations.push(violation('game_id', 'must be greater than or equal to 1', move.game_id));
  }
  if (move.x < 0) {
    violations.push(violation('x', 'must be greater than or equal to 0', move.x));
  }
  else if (move.x > 2) {
    violations.push(violation('x', 'must be less than or equal to 2', move.x));
  }
  if (move.y < 0) {
    violations.push(violation('y', 'must be greater than or equal to 0', move.y));
  }
  else if (move.y > 2) {
    violations.push(violation('y', 'must be less than or equal to 2', move.y));
  }
  if (violations.length > 0) {
    return { error: { code: 'invalid_payload', message: 'make_move: payload is invalid', violations } };
  }
  return { ok: true, game_id: move.game_id };
}

const http = createServer();
const io = new Server(http, { perMessageDeflate: false, httpCompression: false, serveClient: false });
io.on('connection', (socket) => {
  socket.on('make_move', (move, ack) => {
    if (typeof ack === 'function') {
      ack(makeMove(move));
    }
  });
  socket.on('slow', (move, ack) => {
    setTimeout(() => {
      if (typeof ack === 'function') {
        ack(makeMove(move));
      }
    }, 200);
  });
});
http.listen(port, '127.0.0.1', () => {
  console.log(`node socket.io server listening on ${port}, startup_ms=${Math.round(performance.now())}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    io.close();
    process.exit(0);
  });
}
