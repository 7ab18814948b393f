// Serves the viewer the way the Spring side will (placeholders replaced with HTML-escaped values,
// assets under {path}/ui, the strict Content-Security-Policy) plus a small tic-tac-toe Socket.IO
// server that behaves like the demo, for looking at the page and playing with it in a browser.
//
//   node support/dev-server.mjs [--doc tictactoe|hostile] [--http 8080] [--io 9092] [--context /ctx] [--no-playground] [--no-csp]
//
// Everything listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { Server } from 'socket.io';

export const VIEWER_DIR = fileURLToPath(new URL('../../../main/resources/META-INF/asyncapi-socketio/viewer/', import.meta.url));
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss: http: https:; img-src 'self' data:";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** index.html with its placeholders replaced, as the Java handler does. */
export function renderIndex(template, { assets, document, yaml, typescript, playground }) {
  const values = { assets, document, yaml, typescript, playground: String(Boolean(playground)) };
  return template.replace(/\{\{(assets|document|yaml|typescript|playground)\}\}/g, (_, key) => escapeHtml(values[key]));
}

/** Starts the page server: `{context}/asyncapi`, `{context}/asyncapi/ui/*`, `{context}/asyncapi.json`. */
export async function startPageServer({ port = 0, context = '', documentFile, playground = true, csp = true } = {}) {
  const template = await readFile(join(VIEWER_DIR, 'index.html'), 'utf8');
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const send = (status, type, body) => {
      const headers = { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (csp && type === 'text/html') headers['Content-Security-Policy'] = CSP;
      response.writeHead(status, headers);
      response.end(body);
    };
    try {
      if (path === `${context}/asyncapi`) {
        send(200, 'text/html', renderIndex(template, {
          assets: `${context}/asyncapi/ui`, document: `${context}/asyncapi.json`, yaml: `${context}/asyncapi.yaml`,
          typescript: `${context}/asyncapi.d.ts`, playground,
        }));
      } else if (path === `${context}/asyncapi.json`) {
        send(200, 'application/json', await readFile(documentFile));
      } else if (path.startsWith(`${context}/asyncapi/ui/`)) {
        const name = normalize(path.slice(`${context}/asyncapi/ui/`.length));
        if (name.includes('..') || name.includes('/') || !TYPES[extname(name)]) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        send(200, TYPES[extname(name)], await readFile(join(VIEWER_DIR, name)));
      } else {
        send(404, 'text/plain', 'not found');
      }
    } catch (error) {
      send(error.code === 'ENOENT' ? 404 : 500, 'text/plain', error.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const errorAck = (code, message, violations) => ({ error: { code, message, ...(violations ? { violations } : {}) } });

function violationsOfMove(move) {
  if (move === null || typeof move !== 'object' || Array.isArray(move)) return [{ path: '', message: 'must be an object' }];
  const violations = [];
  const check = (path, min, max) => {
    const value = move[path];
    if (value === undefined || value === null) violations.push({ path, message: 'must not be null' });
    else if (!Number.isInteger(value)) violations.push({ path, message: 'must be an integer', rejectedValue: value });
    else if (value < min) violations.push({ path, message: `must be greater than or equal to ${min}`, rejectedValue: value });
    else if (max !== undefined && value > max) violations.push({ path, message: `must be less than or equal to ${max}`, rejectedValue: value });
  };
  check('game_id', 1);
  check('x', 0, 2);
  check('y', 0, 2);
  return violations;
}

function winnerOf(board) {
  const lines = [];
  for (let i = 0; i < 3; i += 1) lines.push([[i, 0], [i, 1], [i, 2]], [[0, i], [1, i], [2, i]]);
  lines.push([[0, 0], [1, 1], [2, 2]], [[0, 2], [1, 1], [2, 0]]);
  for (const line of lines) {
    const [a, b, c] = line.map(([x, y]) => board[x][y]);
    if (a && a === b && b === c) return { winner: a, line };
  }
  return null;
}

/** A Socket.IO server playing the tic-tac-toe fixture's API (validation and error acks included). */
export async function startGameServer({ port = 0 } = {}) {
  const http = createServer();
  const io = new Server(http, { serveClient: false, cors: { origin: true } });
  const games = new Map();
  let nextId = 1;
  io.on('connection', (socket) => {
    socket.on('create_game', (...args) => {
      const ack = typeof args.at(-1) === 'function' ? args.pop() : () => {};
      const game = { id: nextId++, board: [['', '', ''], ['', '', ''], ['', '', '']], turn: 'X', players: { X: socket.id } };
      games.set(game.id, game);
      socket.join(`game-${game.id}`);
      socket.emit('game_created', { game_id: game.id });
      ack();
    });
    socket.on('join_game', (payload, ack = () => {}) => {
      const game = games.get(payload?.game_id);
      if (!Number.isInteger(payload?.game_id)) return ack(errorAck('invalid_payload', 'join_game: payload is invalid', [{ path: 'game_id', message: 'must be an integer', rejectedValue: payload?.game_id ?? null }]));
      if (!game) return ack(errorAck('invalid_payload', 'join_game: no such game', [{ path: 'game_id', message: 'no such game', rejectedValue: payload.game_id }]));
      socket.join(`game-${game.id}`);
      if (!game.players.O && game.players.X !== socket.id) {
        game.players.O = socket.id;
        return ack({ role: 'player', mark: 'O' });
      }
      return ack({ role: 'spectator', players: 2 });
    });
    socket.on('make_move', (move, ack = () => {}) => {
      const violations = violationsOfMove(move);
      if (violations.length) return ack(errorAck('invalid_payload', 'make_move: payload is invalid', violations));
      const game = games.get(move.game_id);
      if (!game) return ack({ error: 'game not found' });
      if (game.over) return ack({ error: 'the game is over' });
      const mine = game.players[game.turn];
      if (mine !== socket.id && game.players.O) return ack({ error: 'not your turn' });
      if (game.board[move.x][move.y]) return ack({ error: 'cell is already taken' });
      game.board[move.x][move.y] = game.turn;
      game.turn = game.turn === 'X' ? 'O' : 'X';
      const room = io.to(`game-${game.id}`);
      room.emit('move_made', { board: game.board, turn: game.turn });
      const won = winnerOf(game.board);
      if (won) {
        game.over = true;
        room.emit('game_won', won);
        socket.timeout(30000).emit('rematch_offer', { game_id: game.id, expires_at: new Date(Date.now() + 30000).toISOString() }, () => {});
      } else if (game.board.every((row) => row.every(Boolean))) {
        game.over = true;
        room.emit('game_drawn', {});
      }
      return ack({});
    });
    socket.on('say', (gameId, text, ack = () => {}) => {
      if (!Number.isInteger(gameId) || typeof text !== 'string' || text.length === 0 || text.length > 200) {
        return ack(errorAck('invalid_payload', 'say: payload is invalid', [{ path: '[1]', message: 'size must be between 1 and 200', rejectedValue: text ?? null }]));
      }
      io.to(`game-${gameId}`).emit('said', { game_id: gameId, from: 'X', text });
      return ack();
    });
    socket.onAny((event, ...args) => {
      const known = ['create_game', 'join_game', 'make_move', 'say'];
      const ack = args.at(-1);
      if (!known.includes(event) && typeof ack === 'function') ack(errorAck('unknown_event', `unknown event: ${event}`));
    });
  });
  io.of('/admin').use((socket, next) => {
    if (socket.handshake.auth?.token === 'operator-token') return next();
    const error = new Error('unauthorized');
    error.data = errorAck('unauthorized', 'a valid operator token is required');
    return next(error);
  });
  io.of('/admin').on('connection', (socket) => {
    socket.on('close_game', (payload, ack = () => {}) => {
      const closed = games.delete(payload?.game_id);
      if (closed) io.of('/admin').emit('game_closed', { game_id: payload.game_id, reason: payload.reason });
      ack({ closed });
    });
  });
  await new Promise((resolve) => http.listen(port, '127.0.0.1', resolve));
  return { io, http, port: http.address().port };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const doc = option('doc', 'tictactoe');
  const documentFile = fileURLToPath(new URL(`../fixtures/${doc}.asyncapi.json`, import.meta.url));
  const game = await startGameServer({ port: Number(option('io', 9092)) });
  const context = option('context', '');
  const page = await startPageServer({
    port: Number(option('http', 8080)), context, documentFile,
    playground: !process.argv.includes('--no-playground'), csp: !process.argv.includes('--no-csp'),
  });
  console.log(`viewer:   http://127.0.0.1:${page.address().port}${context}/asyncapi`);
  console.log(`socket.io: http://127.0.0.1:${game.port}/socket.io`);
}
