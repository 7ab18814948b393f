// The protocol module against a real Socket.IO v4 server (npm `socket.io`) on 127.0.0.1.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { WebSocket } from 'ws';
import {
  SocketIoConnection, ConnectError, engineUrl, encodePacket, decodePacket, PACKET,
} from '../../main/resources/META-INF/asyncapi-socketio/viewer/socketio-client.js';

const until = (emitter, type, ms = 3000) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no "${type}" within ${ms} ms`)), ms);
  const off = emitter.on(type, (...args) => { clearTimeout(timer); off(); resolve(args); });
});

async function startServer(options = {}) {
  const http = createServer();
  const io = new Server(http, { serveClient: false, ...options });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const url = `http://127.0.0.1:${http.address().port}/socket.io`;
  return { io, http, url, stop: () => new Promise((resolve) => { io.close(); http.closeAllConnections?.(); resolve(); }) };
}

describe('wire format', () => {
  test('engine URL from http, ws and bare host:port', () => {
    assert.equal(engineUrl('http://localhost:9092/socket.io'), 'ws://localhost:9092/socket.io/?EIO=4&transport=websocket');
    assert.equal(engineUrl('https://example.org/custom/'), 'wss://example.org/custom/?EIO=4&transport=websocket');
    assert.equal(engineUrl('127.0.0.1:9092'), 'ws://127.0.0.1:9092/socket.io/?EIO=4&transport=websocket');
    assert.equal(engineUrl('ws://h:1/p?x=1#y'), 'ws://h:1/p/?EIO=4&transport=websocket');
    assert.throws(() => engineUrl('ftp://h/'), /Unsupported URL scheme/);
  });

  test('packets encode as the protocol examples', () => {
    assert.equal(encodePacket({ type: PACKET.CONNECT }), '0');
    assert.equal(encodePacket({ type: PACKET.CONNECT, nsp: '/admin', data: { token: '123' } }), '0/admin,{"token":"123"}');
    assert.equal(encodePacket({ type: PACKET.EVENT, data: ['foo'] }), '2["foo"]');
    assert.equal(encodePacket({ type: PACKET.EVENT, nsp: '/admin', id: 12, data: ['bar'] }), '2/admin,12["bar"]');
    assert.equal(encodePacket({ type: PACKET.ACK, nsp: '/admin', id: 13, data: ['bar'] }), '3/admin,13["bar"]');
  });

  test('packets decode, including binary headers and namespaces without payload', () => {
    assert.deepEqual(decodePacket('2/admin,12["bar",1]'), { type: 2, nsp: '/admin', id: 12, data: ['bar', 1], attachments: 0 });
    assert.deepEqual(decodePacket('0{"sid":"a"}'), { type: 0, nsp: '/', id: undefined, data: { sid: 'a' }, attachments: 0 });
    assert.deepEqual(decodePacket('1/admin,'), { type: 1, nsp: '/admin', id: undefined, data: undefined, attachments: 0 });
    assert.deepEqual(decodePacket('1/admin'), { type: 1, nsp: '/admin', id: undefined, data: undefined, attachments: 0 });
    assert.equal(decodePacket('51-["x",{"_placeholder":true,"num":0}]').attachments, 1);
    assert.throws(() => decodePacket('9'), /Malformed/);
    assert.throws(() => decodePacket('2["unterminated'), SyntaxError);
  });
});

describe('against a real socket.io server', () => {
  let server;
  const connections = [];
  const connect = (options) => {
    const connection = new SocketIoConnection(server.url, { WebSocket, ...options });
    connections.push(connection);
    return connection;
  };

  before(async () => {
    server = await startServer({ pingInterval: 150, pingTimeout: 300 });
    server.io.on('connection', (socket) => {
      socket.on('echo', (...args) => {
        const ack = typeof args.at(-1) === 'function' ? args.pop() : null;
        if (ack) ack(...args, { handshakeAuth: socket.handshake.auth });
      });
      socket.on('multi', (a, b, ack) => ack({ sum: a + b }));
      socket.on('no_ack', (value) => socket.emit('got', { value }));
      socket.on('ask_me', () => {
        socket.timeout(2000).emit('question', { text: 'ready?' }, (error, ...answer) => {
          socket.emit('answer_was', error ? { error: error.message } : answer);
        });
      });
      socket.on('kick', () => socket.disconnect());
      socket.on('send_binary', () => {
        socket.emit('binary', { data: Buffer.from([1, 2, 3]) });
        socket.emit('after_binary', 'text');
      });
    });
    server.io.of('/admin').use((socket, next) => {
      if (socket.handshake.auth?.token === 'secret-token') return next();
      const error = new Error('unauthorized');
      error.data = { code: 'unauthorized', hint: 'token is "secret-token"' };
      return next(error);
    });
    server.io.of('/admin').on('connection', (socket) => {
      socket.on('whoami', (ack) => ack({ nsp: socket.nsp.name, auth: socket.handshake.auth }));
    });
  });

  after(async () => {
    for (const connection of connections) connection.close();
    await server.stop();
  });

  test('connects to the root namespace and receives a sid', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    const sid = await socket.connect();
    assert.equal(typeof sid, 'string');
    assert.ok(socket.connected);
    assert.equal(connection.state, 'open');
    assert.equal(connection.handshake.pingInterval, 150);
    assert.ok(server.io.of('/').sockets.has(sid), 'the server knows the socket id');
  });

  test('emits with an ack, multiple arguments and the auth sent on connect', async () => {
    const socket = connect().socket('/');
    await socket.connect({ player: 'ada' });
    const { args, ms } = await socket.emitWithAck('echo', [{ game_id: 1 }, 'two', [3]]);
    assert.deepEqual(args, [{ game_id: 1 }, 'two', [3], { handshakeAuth: { player: 'ada' } }]);
    assert.ok(ms >= 0 && ms < 2000, `timing ${ms}`);
    const second = await socket.emitWithAck('multi', [2, 3]);
    assert.deepEqual(second.args, [{ sum: 5 }]);
  });

  test('receives server events, also the ones answering an emit without ack', async () => {
    const socket = connect().socket('/');
    await socket.connect();
    const received = until(socket, 'event');
    socket.emit('no_ack', 42);
    const [name, args, ack] = await received;
    assert.equal(name, 'got');
    assert.deepEqual(args, [{ value: 42 }]);
    assert.equal(ack, null);
  });

  test('answers a server event that requests an ack', async () => {
    const socket = connect().socket('/');
    await socket.connect();
    const events = [];
    const answered = new Promise((resolve) => {
      socket.on('event', (name, args, ack) => {
        events.push({ name, args, acked: Boolean(ack) });
        if (ack) ack({ ready: true }, 'yes');
        if (name === 'answer_was') resolve(args);
      });
    });
    socket.emit('ask_me');
    assert.deepEqual(await answered, [[{ ready: true }, 'yes']]);
    assert.deepEqual(events[0], { name: 'question', args: [{ text: 'ready?' }], acked: true });
    assert.equal(events[1].acked, false);
  });

  test('connects a namespace with auth, multiplexed on one connection', async () => {
    const connection = connect();
    const root = connection.socket('/');
    const admin = connection.socket('/admin');
    await root.connect();
    await admin.connect({ token: 'secret-token' });
    const { args } = await admin.emitWithAck('whoami');
    assert.deepEqual(args, [{ nsp: '/admin', auth: { token: 'secret-token' } }]);
    assert.ok(root.connected && admin.connected);
    assert.equal(server.io.of('/admin').sockets.size >= 1, true);
    admin.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(server.io.of('/admin').sockets.has(admin.id ?? 'none'), false);
    assert.ok(root.connected, 'leaving a namespace keeps the others');
    const echoed = await root.emitWithAck('echo', ['still here']);
    assert.equal(echoed.args[0], 'still here');
  });

  test('a refused auth rejects with CONNECT_ERROR data', async () => {
    const socket = connect().socket('/admin');
    const errors = [];
    socket.on('connect_error', (error) => errors.push(error));
    await assert.rejects(socket.connect({ token: 'wrong' }), (error) => {
      assert.ok(error instanceof ConnectError);
      assert.equal(error.message, 'unauthorized');
      assert.deepEqual(error.data, { code: 'unauthorized', hint: 'token is "secret-token"' });
      return true;
    });
    assert.equal(errors.length, 1);
    assert.equal(socket.connected, false);
  });

  test('ping/pong keeps the connection alive across several short ping intervals', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    await socket.connect();
    const pings = [];
    connection.on('packet', (packet) => pings.push(packet.text));
    await new Promise((resolve) => setTimeout(resolve, 1200)); // > 2 × (pingInterval + pingTimeout)
    assert.ok(pings.filter((text) => text === '2').length >= 4, `pings seen: ${pings.join(' ')}`);
    assert.ok(pings.filter((text) => text === '3').length >= 4, 'each ping answered with a pong');
    assert.ok(socket.connected);
    const { args } = await socket.emitWithAck('echo', ['alive']);
    assert.equal(args[0], 'alive');
  });

  test('the client disconnects and the server sees it', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    const sid = await socket.connect();
    const serverSocket = server.io.of('/').sockets.get(sid);
    const seen = once(serverSocket, 'disconnect');
    const disconnected = until(socket, 'disconnect');
    connection.close();
    const [reason] = await seen;
    assert.equal(reason, 'client namespace disconnect');
    assert.deepEqual(await disconnected, ['io client disconnect']);
    assert.equal(connection.state, 'closed');
    assert.throws(() => socket.emit('echo'), /not connected/);
  });

  test('a server-side disconnect is reported and fails pending acks', async () => {
    const socket = connect().socket('/');
    await socket.connect();
    const disconnected = until(socket, 'disconnect');
    const pending = socket.emitWithAck('never_acked', [], { timeout: 3000 });
    socket.emit('kick');
    assert.deepEqual(await disconnected, ['io server disconnect']);
    await assert.rejects(pending, /Disconnected before the ack arrived/);
  });

  test('a connection can be opened again after it closed', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    await socket.connect();
    connection.close();
    await socket.connect();
    const { args } = await socket.emitWithAck('echo', ['again']);
    assert.equal(args[0], 'again');
  });

  test('binary attachments are reported as unsupported and skipped', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    await socket.connect();
    const socketErrors = [];
    const connectionErrors = [];
    socket.on('error', (error) => socketErrors.push(error.message));
    connection.on('error', (error) => connectionErrors.push(error.message));
    const next = until(socket, 'event');
    socket.emit('send_binary');
    const [name, args] = await next;
    assert.deepEqual([name, args], ['after_binary', ['text']]);
    assert.deepEqual(socketErrors, ['Binary event on / ignored: binary attachments are not supported']);
    assert.deepEqual(connectionErrors, [], 'the attachment frame was skipped, not reported as a stray frame');
    assert.ok(socket.connected);
  });

  test('closing while the connection opens fails the pending connect and allows a new one', async () => {
    const connection = connect();
    const socket = connection.socket('/');
    const pending = socket.connect();
    const opening = connection.opening;
    connection.close();
    await assert.rejects(pending, /closed before the Engine\.IO handshake \(io client disconnect\)/);
    await assert.rejects(opening, /closed before the Engine\.IO handshake/);
    assert.equal(connection.state, 'closed');
    await socket.connect();
    const { args } = await socket.emitWithAck('echo', ['reopened']);
    assert.equal(args[0], 'reopened');
  });

  test('an ack that never comes times out', async () => {
    const socket = connect().socket('/');
    await socket.connect();
    await assert.rejects(socket.emitWithAck('never_acked', [], { timeout: 100 }), /No ack for "never_acked" within 100 ms/);
  });
});

describe('with the standard WebSocket of the platform (as in a browser)', () => {
  test('connects, emits with an ack and receives an event using the WHATWG WebSocket', async () => {
    const server = await startServer();
    server.io.on('connection', (socket) => {
      socket.on('hello', (name, ack) => {
        socket.emit('greeting', `hi ${name}`);
        ack({ ok: true });
      });
    });
    const client = fileURLToPath(new URL('../../main/resources/META-INF/asyncapi-socketio/viewer/socketio-client.js', import.meta.url));
    const script = `
      const { SocketIoConnection } = await import(${JSON.stringify(client)});
      if (typeof WebSocket !== 'function') throw new Error('no global WebSocket');
      const connection = new SocketIoConnection(process.env.SERVER_URL);
      const socket = connection.socket('/');
      const greeting = new Promise((resolve) => socket.on('event', (name, args) => resolve([name, args])));
      await socket.connect();
      const ack = await socket.emitWithAck('hello', ['ada']);
      console.log(JSON.stringify({ ack: ack.args, event: await greeting }));
      connection.close();`;
    try {
      const flags = typeof globalThis.WebSocket === 'function' ? [] : ['--experimental-websocket'];
      const output = await new Promise((resolve, reject) => {
        execFile(process.execPath, [...flags, '--no-warnings', '--input-type=module', '-e', script],
          { env: { ...process.env, SERVER_URL: server.url }, timeout: 10000 },
          (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
      });
      assert.deepEqual(JSON.parse(output), { ack: [{ ok: true }], event: ['greeting', ['hi ada']] });
    } finally {
      await server.stop();
    }
  });
});

describe('failures', () => {
  test('a server without the websocket transport gives a clear error', async () => {
    const server = await startServer({ transports: ['polling'] });
    try {
      const connection = new SocketIoConnection(server.url, { WebSocket });
      await assert.rejects(connection.socket('/').connect(), /does it offer the websocket transport/);
      assert.equal(connection.state, 'closed');
    } finally {
      await server.stop();
    }
  });

  test('nothing listening gives a clear error', async () => {
    const http = createServer();
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const { port } = http.address();
    http.close();
    await once(http, 'close');
    const connection = new SocketIoConnection(`http://127.0.0.1:${port}/socket.io`, { WebSocket });
    await assert.rejects(connection.open(), /Could not open a WebSocket to ws:\/\/127\.0\.0\.1/);
  });

  test('the connection closes when the server stops answering pings', async () => {
    const server = await startServer({ pingInterval: 100, pingTimeout: 100 });
    try {
      const connection = new SocketIoConnection(server.url, { WebSocket });
      const handshake = await connection.open();
      const closed = until(connection, 'close', 2000);
      // Stop the server's heartbeat: the client must notice within pingInterval + pingTimeout.
      const engineSocket = server.io.engine.clients[handshake.sid];
      clearTimeout(engineSocket.pingIntervalTimer);
      clearTimeout(engineSocket.pingTimeoutTimer);
      engineSocket.schedulePing = () => {};
      const [{ reason }] = await closed;
      assert.equal(reason, 'ping timeout');
    } finally {
      await server.stop();
    }
  });

  test('a missing WebSocket implementation is reported', () => {
    assert.throws(() => new SocketIoConnection('http://127.0.0.1:1', { WebSocket: null }), /No WebSocket implementation/);
  });
});
