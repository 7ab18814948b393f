// A small Socket.IO v5 client (Engine.IO v4, WebSocket transport only, text packets only).
// It talks the wire protocol described at socket.io/docs/v4 (engine.io-protocol, socket.io-protocol).

const ENGINE = { OPEN: '0', CLOSE: '1', PING: '2', PONG: '3', MESSAGE: '4', UPGRADE: '5', NOOP: '6' };
export const PACKET = {
  CONNECT: 0, DISCONNECT: 1, EVENT: 2, ACK: 3, CONNECT_ERROR: 4, BINARY_EVENT: 5, BINARY_ACK: 6,
};

const now = () => (globalThis.performance ? globalThis.performance.now() : Date.now());

/** Tiny event emitter shared by the connection and its namespace sockets. */
class Emitter {
  #listeners = new Map();

  on(type, listener) {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type).add(listener);
    return () => this.#listeners.get(type)?.delete(listener);
  }

  fire(type, ...args) {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) listener(...args);
  }
}

/** Error of a namespace connection refused by the server (CONNECT_ERROR); `data` is what the server sent. */
export class ConnectError extends Error {
  constructor(message, data) {
    super(message);
    this.name = 'ConnectError';
    this.data = data;
  }
}

/**
 * Turns a server URL (`http(s)://`, `ws(s)://` or `host:port`, with the engine path, e.g.
 * `http://localhost:9092/socket.io`) into the Engine.IO WebSocket URL.
 */
export function engineUrl(serverUrl) {
  const text = String(serverUrl).trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  const schemes = { 'http:': 'ws:', 'https:': 'wss:', 'ws:': 'ws:', 'wss:': 'wss:' };
  if (!schemes[url.protocol]) throw new Error(`Unsupported URL scheme "${url.protocol}": use http(s) or ws(s)`);
  url.protocol = schemes[url.protocol];
  let path = url.pathname === '/' ? '/socket.io' : url.pathname;
  if (!path.endsWith('/')) path += '/';
  url.pathname = path;
  url.search = '?EIO=4&transport=websocket';
  url.hash = '';
  return url.href;
}

/** Encodes a Socket.IO packet `{type, nsp, id, data}` as the text after the Engine.IO `4`. */
export function encodePacket({ type, nsp = '/', id, data }) {
  let text = String(type);
  if (nsp && nsp !== '/') text += `${nsp},`;
  if (id !== undefined && id !== null) text += String(id);
  if (data !== undefined) text += JSON.stringify(data);
  return text;
}

/** Decodes the text of a Socket.IO packet; throws on malformed input. */
export function decodePacket(text) {
  let i = 0;
  const type = Number(text.charAt(i++));
  if (!Number.isInteger(type) || type < 0 || type > 6 || text.length === 0) {
    throw new Error(`Malformed Socket.IO packet: ${text.slice(0, 80)}`);
  }
  let attachments = 0;
  if (type === PACKET.BINARY_EVENT || type === PACKET.BINARY_ACK) {
    const dash = text.indexOf('-', i);
    attachments = Number(text.slice(i, dash));
    if (dash < 0 || !Number.isInteger(attachments)) throw new Error(`Malformed binary packet: ${text.slice(0, 80)}`);
    i = dash + 1;
  }
  let nsp = '/';
  if (text.charAt(i) === '/') {
    const comma = text.indexOf(',', i);
    const end = comma < 0 ? text.length : comma;
    nsp = text.slice(i, end);
    i = comma < 0 ? end : end + 1;
  }
  let digits = '';
  while (i < text.length && text.charAt(i) >= '0' && text.charAt(i) <= '9') digits += text.charAt(i++);
  const id = digits === '' ? undefined : Number(digits);
  const rest = text.slice(i);
  const data = rest === '' ? undefined : JSON.parse(rest);
  return { type, nsp, id, data, attachments };
}

/**
 * One Engine.IO connection over a WebSocket, multiplexing Socket.IO namespaces.
 * Events: `open` (handshake), `close` ({reason, code}), `error` (Error), `packet` (raw text in/out).
 */
export class SocketIoConnection extends Emitter {
  #WebSocket;
  #ws = null;
  #sockets = new Map();
  #heartbeat = null;
  #skipBinaryFrames = 0;
  #abortOpen = null;

  constructor(serverUrl, { WebSocket = globalThis.WebSocket, openTimeout = 10000 } = {}) {
    super();
    if (typeof WebSocket !== 'function') throw new Error('No WebSocket implementation is available');
    this.url = engineUrl(serverUrl);
    this.#WebSocket = WebSocket;
    this.openTimeout = openTimeout;
    this.state = 'closed';
    this.handshake = null;
  }

  /** Opens the WebSocket and resolves with the Engine.IO handshake (sid, pingInterval, pingTimeout…). */
  open() {
    if (this.state === 'open') return Promise.resolve(this.handshake);
    if (this.opening) return this.opening;
    this.state = 'opening';
    const opening = new Promise((resolve, reject) => {
      let settled = false;
      const settle = (error) => {
        if (settled) return false;
        settled = true;
        clearTimeout(timer);
        this.#abortOpen = null;
        if (error) reject(error);
        return true;
      };
      const fail = (error, reason, code) => {
        const first = settle(error);
        this.#teardown(reason, code, first ? error : undefined);
      };
      this.#abortOpen = (reason) => {
        const error = new Error(`The connection to ${this.url} was closed before the Engine.IO handshake (${reason})`);
        settle(error);
        return error;
      };
      const timer = setTimeout(() => fail(
        new Error(`No Engine.IO handshake from ${this.url} within ${this.openTimeout} ms`), 'open timeout'),
      this.openTimeout);
      let ws;
      try {
        ws = new this.#WebSocket(this.url);
      } catch (error) {
        fail(new Error(`Cannot open a WebSocket to ${this.url}: ${error.message}`), 'transport error');
        return;
      }
      this.#ws = ws;
      ws.binaryType = 'arraybuffer';
      ws.onerror = () => {
        if (settled) return; // after the handshake, the close event that follows tells the reason
        fail(new Error(`Could not open a WebSocket to ${this.url}. Is the Socket.IO server running `
          + 'at that address and path, and does it offer the websocket transport?'), 'transport error');
      };
      ws.onclose = (event) => fail(new Error(`The WebSocket to ${this.url} closed before the Engine.IO `
        + `handshake (code ${event?.code ?? 'unknown'}). Is this a Socket.IO v4 server offering the websocket `
        + 'transport?'), settled ? 'transport close' : 'transport error', event?.code);
      ws.onmessage = (event) => {
        if (typeof event.data !== 'string') {
          this.#binaryFrame();
        } else if (settled) {
          this.#engineFrame(event.data);
        } else {
          let handshake;
          try {
            if (event.data.charAt(0) !== ENGINE.OPEN) throw new Error(`expected an open packet, got: ${event.data.slice(0, 80)}`);
            handshake = JSON.parse(event.data.slice(1));
          } catch (error) {
            fail(new Error(`Engine.IO protocol error from ${this.url}: ${error.message}`), 'protocol error');
            return;
          }
          settle(null);
          this.handshake = handshake;
          this.state = 'open';
          this.#armHeartbeat();
          this.fire('open', handshake);
          resolve(handshake);
        }
      };
    }).finally(() => {
      if (this.opening === opening) this.opening = null;
    });
    this.opening = opening;
    return opening;
  }

  /** The socket of a namespace (one per namespace and connection). */
  socket(nsp = '/') {
    const name = nsp.startsWith('/') ? nsp : `/${nsp}`;
    if (!this.#sockets.has(name)) this.#sockets.set(name, new NamespaceSocket(this, name));
    return this.#sockets.get(name);
  }

  /** Disconnects every namespace and closes the WebSocket. */
  close() {
    for (const socket of this.#sockets.values()) {
      if (socket.connected) this.sendPacket({ type: PACKET.DISCONNECT, nsp: socket.nsp });
    }
    this.#teardown('io client disconnect');
  }

  /** Sends a Socket.IO packet (used by the namespace sockets). */
  sendPacket(packet) {
    if (this.state !== 'open') throw new Error('The connection is not open');
    this.#sendRaw(ENGINE.MESSAGE + encodePacket(packet));
  }

  #sendRaw(text) {
    if (this.#ws?.readyState !== 1) throw new Error('The connection is not open');
    this.fire('packet', { direction: 'out', text });
    this.#ws.send(text);
  }

  #armHeartbeat() {
    clearTimeout(this.#heartbeat);
    const { pingInterval = 25000, pingTimeout = 20000 } = this.handshake ?? {};
    this.#heartbeat = setTimeout(() => this.#teardown('ping timeout'), pingInterval + pingTimeout);
  }

  #binaryFrame() {
    if (this.#skipBinaryFrames > 0) {
      this.#skipBinaryFrames -= 1;
      return;
    }
    this.fire('error', new Error('Received a binary frame: binary attachments are not supported'));
  }

  #engineFrame(text) {
    this.fire('packet', { direction: 'in', text });
    switch (text.charAt(0)) {
      case ENGINE.PING:
        this.#armHeartbeat();
        this.#sendRaw(ENGINE.PONG + text.slice(1));
        break;
      case ENGINE.CLOSE:
        this.#teardown('transport close');
        break;
      case ENGINE.MESSAGE:
        this.#socketPacket(text.slice(1));
        break;
      case ENGINE.NOOP:
      case ENGINE.PONG:
        break;
      default:
        this.fire('error', new Error(`Unexpected Engine.IO packet: ${text.slice(0, 80)}`));
    }
  }

  #socketPacket(text) {
    let packet;
    try {
      packet = decodePacket(text);
    } catch (error) {
      this.fire('error', error);
      return;
    }
    if (packet.attachments > 0) this.#skipBinaryFrames += packet.attachments;
    const socket = this.#sockets.get(packet.nsp);
    if (socket) {
      socket.receive(packet);
    } else {
      this.fire('error', new Error(`Packet for namespace ${packet.nsp}, which this client did not connect`));
    }
  }

  #teardown(reason, code, cause) {
    const error = cause ?? this.#abortOpen?.(reason);
    this.opening = null;
    clearTimeout(this.#heartbeat);
    const wasActive = this.state !== 'closed';
    this.state = 'closed';
    this.handshake = null;
    const ws = this.#ws;
    this.#ws = null;
    if (ws) {
      ws.onmessage = ws.onclose = null;
      ws.onerror = () => {}; // closing a connecting WebSocket reports an error nobody needs
      try { ws.close(); } catch { /* already closed */ }
    }
    for (const socket of this.#sockets.values()) socket.lost(reason, error);
    if (wasActive) this.fire('close', { reason, code });
  }
}

/**
 * The client side of one namespace. Events: `connect` (sid), `connect_error` (ConnectError),
 * `disconnect` (reason), `event` (name, args, ack|null), `error` (Error).
 */
export class NamespaceSocket extends Emitter {
  #connection;
  #nextAckId = 0;
  #pendingAcks = new Map();
  #connecting = null;

  constructor(connection, nsp) {
    super();
    this.#connection = connection;
    this.nsp = nsp;
    this.id = null;
    this.connected = false;
  }

  /** Connects the namespace with an optional auth payload; opens the Engine.IO connection if needed. */
  async connect(auth, { timeout = 10000 } = {}) {
    if (this.connected) return this.id;
    if (this.#connecting) return this.#connecting.promise;
    let resolve;
    let reject;
    const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
    const timer = setTimeout(() => this.#settleConnect(
      new Error(`No answer to the connection of namespace ${this.nsp} within ${timeout} ms`)), timeout);
    this.#connecting = { promise, resolve, reject, timer };
    try {
      await this.#connection.open();
      if (this.#connecting?.promise === promise) {
        const data = auth === undefined || auth === null ? undefined : auth;
        this.#connection.sendPacket({ type: PACKET.CONNECT, nsp: this.nsp, data });
      }
    } catch (error) {
      this.#settleConnect(error);
    }
    return promise;
  }

  /** Emits an event without asking for an ack. */
  emit(event, ...args) {
    this.#requireConnected();
    this.#connection.sendPacket({ type: PACKET.EVENT, nsp: this.nsp, data: [event, ...args] });
  }

  /** Emits an event and resolves with `{args, ms}` when the server acks it. */
  emitWithAck(event, args = [], { timeout = 10000 } = {}) {
    this.#requireConnected();
    const id = this.#nextAckId++;
    const started = now();
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pendingAcks.delete(id);
        reject(new Error(`No ack for "${event}" within ${timeout} ms`));
      }, timeout);
      this.#pendingAcks.set(id, { resolve, reject, timer, started });
    });
    this.#connection.sendPacket({ type: PACKET.EVENT, nsp: this.nsp, id, data: [event, ...args] });
    return promise;
  }

  /** Leaves the namespace (the Engine.IO connection stays open). */
  disconnect() {
    if (this.connected && this.#connection.state === 'open') {
      this.#connection.sendPacket({ type: PACKET.DISCONNECT, nsp: this.nsp });
    }
    this.lost('io client disconnect');
  }

  /** Handles a packet of this namespace (called by the connection). */
  receive(packet) {
    switch (packet.type) {
      case PACKET.CONNECT:
        this.id = packet.data?.sid ?? null;
        this.connected = true;
        this.#settleConnect(null, this.id);
        this.fire('connect', this.id);
        break;
      case PACKET.CONNECT_ERROR: {
        const data = packet.data ?? {};
        const error = new ConnectError(typeof data.message === 'string' ? data.message : 'Connection refused', data.data);
        this.connected = false;
        this.#settleConnect(error);
        this.fire('connect_error', error);
        break;
      }
      case PACKET.DISCONNECT:
        this.lost('io server disconnect');
        break;
      case PACKET.EVENT:
        this.#event(packet);
        break;
      case PACKET.ACK:
        this.#ack(packet);
        break;
      default:
        this.fire('error', new Error(`${packet.type === PACKET.BINARY_EVENT ? 'Binary event' : 'Binary ack'} on `
          + `${this.nsp} ignored: binary attachments are not supported`));
    }
  }

  /** Marks the socket disconnected and fails what was pending (called on close or disconnect). */
  lost(reason, error) {
    const wasConnected = this.connected;
    this.connected = false;
    this.id = null;
    this.#settleConnect(error ?? new Error(`Connection of namespace ${this.nsp} ended: ${reason}`));
    for (const [id, pending] of this.#pendingAcks) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`Disconnected before the ack arrived (${reason})`));
      this.#pendingAcks.delete(id);
    }
    if (wasConnected) this.fire('disconnect', reason);
  }

  #event(packet) {
    if (!Array.isArray(packet.data) || typeof packet.data[0] !== 'string') {
      this.fire('error', new Error(`Malformed event on ${this.nsp}`));
      return;
    }
    const [name, ...args] = packet.data;
    let ack = null;
    if (packet.id !== undefined) {
      let sent = false;
      ack = (...ackArgs) => {
        if (sent) throw new Error('This event was already acknowledged');
        sent = true;
        this.#connection.sendPacket({ type: PACKET.ACK, nsp: this.nsp, id: packet.id, data: ackArgs });
      };
    }
    this.fire('event', name, args, ack);
  }

  #ack(packet) {
    const pending = this.#pendingAcks.get(packet.id);
    if (!pending) return;
    this.#pendingAcks.delete(packet.id);
    clearTimeout(pending.timer);
    pending.resolve({ args: Array.isArray(packet.data) ? packet.data : [], ms: now() - pending.started });
  }

  #settleConnect(error, sid) {
    const connecting = this.#connecting;
    if (!connecting) return;
    this.#connecting = null;
    clearTimeout(connecting.timer);
    if (error) connecting.reject(error);
    else connecting.resolve(sid);
  }

  #requireConnected() {
    if (!this.connected) throw new Error(`Namespace ${this.nsp} is not connected`);
  }
}
