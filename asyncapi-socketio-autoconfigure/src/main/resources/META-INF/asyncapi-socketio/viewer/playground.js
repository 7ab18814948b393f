// The live playground: connects to the documented Socket.IO server, sends documented events with
// editable payloads, shows acks with timing, and logs every event the server emits.
import { h, hashOf, json } from './dom.js';
import { bearerScheme, deref } from './document.js';
import { messageSample, skeleton, isArgumentList, argumentEntries } from './sample.js';
import { jsonEditor } from './json-editor.js';
import { SocketIoConnection } from './socketio-client.js';

const MAX_LOG = 500;
const ACK_TIMEOUT = 10000;

/**
 * The default server URL: the page's own hostname (so `localhost` and `127.0.0.1` both work) with the
 * port and pathname of the document's first Socket.IO server.
 */
export function defaultServerUrl(doc, location) {
  const servers = Object.values(doc.servers && typeof doc.servers === 'object' ? doc.servers : {}).map((s) => deref(doc, s));
  const server = servers.find((s) => s.protocol === 'socketio') ?? servers[0] ?? {};
  const port = /:(\d+)$/.exec(String(server.host ?? ''))?.[1] ?? (servers.length ? '' : location.port);
  const secure = location.protocol === 'https:' || ['wss', 'https'].includes(server.protocol);
  const pathname = typeof server.pathname === 'string' && server.pathname.startsWith('/') ? server.pathname : '/socket.io';
  return `${secure ? 'https' : 'http'}://${location.hostname}${port ? `:${port}` : ''}${pathname}`;
}

/**
 * The auth data sent with a namespace's connect: its auth payload, with the bearer token (when
 * one is given) under the property the document names. Undefined when there is nothing to send.
 */
export function authWithToken(auth, token, property) {
  const data = auth !== null && typeof auth === 'object' && !Array.isArray(auth) ? { ...auth } : {};
  if (token && property) data[property] = token;
  return Object.keys(data).length > 0 ? data : undefined;
}

/** True when an ack carries an error: `{error: …}` with a truthy error as its first argument. */
export function errorOf(args) {
  const first = args[0];
  return first !== null && typeof first === 'object' && !Array.isArray(first) && first.error ? first.error : null;
}

const time = () => new Date().toTimeString().slice(0, 8);
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const shown = (args) => (args.length === 1 ? args[0] : args);

/**
 * The arguments of an ack or event as `{label, value}` pairs, labelled with the documented names of the
 * arguments (`labels`, the last one standing for the remaining arguments) or by position.
 */
export function labelledArguments(args, labels = []) {
  return args.map((value, index) => ({
    label: labels[Math.min(index, labels.length - 1)]?.replace(/^\d+[.…] /, '') ?? `argument ${index + 1}`,
    value,
  }));
}

/** The labels of a message's arguments when it documents an argument list, else none. */
function argumentLabels(doc, message) {
  return message?.payload !== undefined && isArgumentList(doc, message.payload)
    ? argumentEntries(doc, message.payload).map((entry) => entry.label) : [];
}

function ackData(args, labels) {
  if (args.length === 0) return h('p', { class: 'muted small' }, 'Acknowledged without data.');
  if (args.length === 1) return h('pre', { class: 'json' }, json(args[0]));
  return h('ol', { class: 'ack-arguments' }, labelledArguments(args, labels).map(({ label, value }, index) => h('li', null,
    h('span', { class: 'ack-argument' }, `${index + 1}. ${label}`), h('pre', { class: 'json' }, json(value)))));
}

function ackView(args, elapsed, labels) {
  const error = errorOf(args);
  const structured = error && typeof error === 'object' ? error : null;
  const violations = Array.isArray(structured?.violations) ? structured.violations : [];
  return h('div', { class: ['ack', error ? 'error' : 'ok'] },
    h('div', { class: 'ack-head' },
      h('span', { class: 'ack-label' }, error ? 'Error ack' : 'Ack'),
      structured && typeof structured.code === 'string' ? h('code', { class: 'ack-code' }, structured.code) : null,
      h('span', { class: 'ack-time' }, ms(elapsed))),
    structured && typeof structured.message === 'string' ? h('p', { class: 'ack-message' }, structured.message) : null,
    violations.length ? h('ul', { class: 'violations' }, violations.map((v) => h('li', null,
      h('code', null, String(v?.path ?? '')), ' ', String(v?.message ?? ''),
      v && 'rejectedValue' in v ? h('span', { class: 'rejected' }, ` (rejected: ${JSON.stringify(v.rejectedValue)})`) : null))) : null,
    ackData(args, labels));
}

function notice(kind, message) {
  return h('div', { class: ['ack', kind] }, h('div', { class: 'ack-head' }, h('span', { class: 'ack-label' }, message)));
}

export class Playground {
  constructor(model, slots, { location = globalThis.location, WebSocket = globalThis.WebSocket } = {}) {
    this.model = model;
    this.WebSocket = WebSocket;
    this.connection = null;
    this.namespaces = new Map(); // channel → {nsp, socket, auth, state, button}
    this.documented = new Map(); // `${nsp} ${event}` → send operation
    for (const channel of model.channels) {
      if (typeof channel.address !== 'string' || !channel.address.startsWith('/')) continue;
      for (const op of channel.operations.filter((o) => o.action === 'send')) {
        this.documented.set(`${channel.address} ${op.messages[0]?.event}`, op);
      }
    }
    this.bearer = bearerScheme(model.doc);
    this.element = this.#console(defaultServerUrl(model.doc, location));
    for (const [channel, slot] of slots.channels) this.#namespaceBar(channel, slot);
    for (const [operation, slot] of slots.operations) this.#tryIt(operation, slot);
  }

  #console(url) {
    this.urlInput = h('input', { type: 'text', class: 'server-input', value: url, spellcheck: 'false', 'aria-label': 'Socket.IO server URL' });
    // the token never leaves this page but in the auth data of the playground's connects
    this.tokenInput = this.bearer ? h('input', {
      type: 'password', class: 'token-input', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'Bearer token', 'aria-label': 'Bearer token',
    }) : null;
    this.connectButton = h('button', { type: 'submit', class: 'button primary' }, 'Connect');
    this.engineState = h('span', { class: 'state closed' }, 'disconnected');
    this.log = h('ol', { class: 'log', 'aria-live': 'polite' });
    this.logEmpty = h('p', { class: 'log-empty muted small' }, 'Events the server emits appear here.');
    this.namespaceList = h('ul', { class: 'namespace-states' });
    const toggle = h('button', { type: 'button', class: 'console-toggle', 'aria-expanded': 'false' },
      h('span', { class: 'console-title' }, 'Playground'), this.engineState);
    const aside = h('aside', { class: 'console', 'aria-label': 'Playground' },
      h('div', { class: 'console-head' }, toggle),
      h('form', {
        class: 'connect-form',
        onsubmit: (event) => {
          event.preventDefault();
          if (this.connection) this.disconnect();
          else this.connectAll();
        },
      }, this.urlInput, this.connectButton),
      this.tokenInput ? h('label', { class: 'token-field small' }, 'Bearer token ',
        this.tokenInput, h('span', { class: 'muted' }, ` sent as auth.${this.bearer.property} with every connect`)) : null,
      h('p', { class: 'muted small' }, 'Socket.IO v5 over WebSocket, from this page to the server. Send events from their cards: the server validates them.'),
      this.namespaceList,
      h('div', { class: 'log-head' }, h('h3', null, 'Event log'),
        h('button', { type: 'button', class: 'button ghost small', onclick: () => { this.log.replaceChildren(); this.logEmpty.hidden = false; } }, 'Clear')),
      this.logEmpty,
      this.log);
    // On phones the console is a bottom sheet: its head opens and closes it.
    toggle.addEventListener('click', () => {
      toggle.setAttribute('aria-expanded', String(aside.classList.toggle('expanded')));
    });
    return aside;
  }

  #namespaceBar(channel, slot) {
    const nsp = typeof channel.address === 'string' && channel.address.startsWith('/') ? channel.address : null;
    if (!nsp) {
      slot.append(h('p', { class: 'muted small' }, 'This channel is not a Socket.IO namespace: the playground does not connect to it.'));
      return;
    }
    const sample = channel.auth ? skeleton(this.model.doc, channel.auth) : {};
    const auth = jsonEditor(sample ?? {}, { label: `Auth payload for ${nsp}`, check: (v) => (v === null || (typeof v === 'object' && !Array.isArray(v)) ? null : 'The auth payload must be a JSON object (or null for none).') });
    const state = h('span', { class: 'state closed' }, 'disconnected');
    const button = h('button', { type: 'button', class: 'button' }, 'Connect');
    const entry = { channel, nsp, auth, state, button, socket: null, listState: h('span', { class: 'state closed' }, 'disconnected') };
    button.addEventListener('click', () => {
      if (entry.socket?.connected) this.#leave(entry);
      else this.#join(entry).catch(() => {}); // the failure is shown on the namespace and in the log
    });
    this.namespaces.set(channel, entry);
    this.namespaceList.append(h('li', null, h('a', { href: hashOf(channel.anchor), class: 'namespace' }, nsp), entry.listState));
    slot.append(h('div', { class: 'namespace-bar' },
      h('div', { class: 'namespace-bar-head' }, h('span', { class: 'namespace-bar-title' }, `Connection to ${nsp}`), state, button),
      h('details', { class: 'auth-editor', open: channel.auth ? true : null },
        h('summary', null, 'Auth payload', channel.auth ? null : h('span', { class: 'muted' }, ' (none documented)')),
        auth.element)));
  }

  #tryIt(operation, slot) {
    const entry = this.namespaces.get(this.model.channels.find((c) => c.id === operation.channelId));
    if (!entry) return;
    const message = operation.messages[0]?.message ?? {};
    const event = operation.messages[0]?.event;
    const multi = message.payload !== undefined && isArgumentList(this.model.doc, message.payload);
    const sample = messageSample(this.model.doc, message);
    const ackLabels = argumentLabels(this.model.doc, operation.reply?.messages.find((m) => !m.isErrorAck)?.message);
    const result = h('div', { class: 'tryit-result', 'aria-live': 'polite' },
      h('p', { class: 'muted small' }, operation.reply ? 'The ack appears here.' : 'No ack is documented: the event is sent without asking for one.'));
    const send = async () => {
      let args = [];
      if (editor) {
        const parsed = editor.read();
        if (!parsed.ok) return;
        args = multi ? parsed.value : [parsed.value];
      }
      button.disabled = true;
      try {
        await this.#join(entry);
        this.#logEntry('out', entry.nsp, event, args);
        if (operation.reply) {
          const ack = await entry.socket.emitWithAck(event, args, { timeout: ACK_TIMEOUT });
          result.replaceChildren(ackView(ack.args, ack.ms, ackLabels));
          this.#logEntry(errorOf(ack.args) ? 'ack-error' : 'ack', entry.nsp, event, ack.args, { note: `ack · ${ms(ack.ms)}` });
        } else {
          entry.socket.emit(event, ...args);
          result.replaceChildren(notice('sent', `Sent at ${time()}`));
        }
      } catch (error) {
        result.replaceChildren(notice('error', error.message));
      } finally {
        button.disabled = false;
      }
    };
    const editor = sample.source === 'none' ? null : jsonEditor(multi ? sample.args : sample.args[0], {
      label: `Payload of ${event}`,
      onSubmit: send,
      check: multi ? (v) => (Array.isArray(v) ? null : 'This event takes a list of arguments: enter a JSON array, one element per argument.') : null,
    });
    const button = h('button', { type: 'button', class: 'button primary', onclick: send }, 'Send');
    slot.append(h('div', { class: 'tryit' },
      h('div', { class: 'tryit-input' },
        h('div', { class: 'block-title' }, 'Try it', h('span', { class: 'hint' },
          editor ? (multi ? ` · JSON array of the arguments: ${argumentLabels(this.model.doc, message).join(', ')}` : ' · JSON payload')
            : ' · no arguments')),
        editor?.element ?? null,
        h('div', { class: 'tryit-actions' }, button,
          editor ? h('button', { type: 'button', class: 'button ghost', onclick: () => editor.reset() }, 'Reset') : null,
          h('span', { class: 'muted small keys' }, 'Ctrl+Enter sends'))),
      result));
  }

  #setState(entry, kind, label) {
    for (const element of [entry.state, entry.listState]) {
      element.className = `state ${kind}`;
      element.textContent = label;
    }
    entry.button.textContent = kind === 'open' ? 'Disconnect' : 'Connect';
  }

  #setEngineState(kind, label) {
    this.engineState.className = `state ${kind}`;
    this.engineState.textContent = label;
    this.connectButton.textContent = kind === 'closed' || kind === 'error' ? 'Connect' : 'Disconnect';
    this.urlInput.disabled = !(kind === 'closed' || kind === 'error');
  }

  #ensureConnection() {
    if (this.connection) return this.connection;
    const connection = new SocketIoConnection(this.urlInput.value, { WebSocket: this.WebSocket });
    this.connection = connection;
    this.#setEngineState('opening', 'connecting…');
    connection.on('open', () => this.#setEngineState('open', 'connected'));
    connection.on('error', (error) => this.#logEntry('error', null, null, [], { note: error.message }));
    connection.on('close', ({ reason }) => {
      if (this.connection === connection) this.connection = null;
      this.#setEngineState(reason === 'io client disconnect' ? 'closed' : 'error', reason === 'io client disconnect' ? 'disconnected' : reason);
      this.#logEntry('state', null, null, [], { note: `connection closed (${reason})` });
    });
    return connection;
  }

  async #join(entry) {
    if (entry.socket?.connected) return;
    const parsed = entry.auth.read();
    if (!parsed.ok) throw new Error(`Auth payload of ${entry.nsp}: ${parsed.error}`);
    let connection;
    try {
      connection = this.#ensureConnection();
    } catch (error) {
      this.#setEngineState('error', 'invalid URL');
      this.#logEntry('error', null, null, [], { note: error.message });
      throw error;
    }
    if (entry.socket && entry.connection !== connection) entry.socket = null;
    if (!entry.socket) {
      entry.connection = connection;
      entry.socket = connection.socket(entry.nsp);
      entry.socket.on('connect', () => this.#setState(entry, 'open', 'connected'));
      entry.socket.on('disconnect', (reason) => {
        this.#setState(entry, 'closed', reason === 'io client disconnect' ? 'disconnected' : reason);
        this.#logEntry('state', entry.nsp, null, [], { note: `disconnected (${reason})` });
      });
      entry.socket.on('event', (name, args, ack) => this.#serverEvent(entry, name, args, ack));
      entry.socket.on('error', (error) => this.#logEntry('error', entry.nsp, null, [], { note: error.message }));
    }
    this.#setState(entry, 'opening', 'connecting…');
    try {
      const auth = authWithToken(parsed.value, this.tokenInput?.value.trim(), this.bearer?.property);
      const sid = await entry.socket.connect(auth);
      this.#logEntry('state', entry.nsp, null, [], { note: `connected (sid ${sid})` });
    } catch (error) {
      const refused = error.name === 'ConnectError';
      // the error ack's code, such as unauthorized, when the server refused with one
      const code = refused ? errorOf([error.data])?.code : undefined;
      const reason = `${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
      this.#setState(entry, 'error', refused ? `refused${reason}` : 'failed');
      this.#logEntry('error', entry.nsp, null, error.data === undefined ? [] : [error.data],
        { note: refused ? `connection refused${reason}` : error.message });
      throw error;
    }
  }

  #leave(entry) {
    entry.socket?.disconnect();
  }

  /** Connects every namespace of the document with its auth payload. */
  async connectAll() {
    for (const entry of this.namespaces.values()) {
      try {
        await this.#join(entry);
      } catch (error) {
        // Shown on the namespace and in the log; a refused namespace does not stop the others.
        if (error.name !== 'ConnectError') return;
      }
    }
  }

  disconnect() {
    this.connection?.close();
  }

  #serverEvent(entry, name, args, ack) {
    const operation = this.documented.get(`${entry.nsp} ${name}`);
    const reply = operation?.reply?.messages.find((m) => !m.isErrorAck)?.message;
    let ackForm = null;
    if (ack) {
      const sample = reply ? messageSample(this.model.doc, reply) : { args: [], source: 'none' };
      const editor = jsonEditor(sample.args, {
        label: `Ack arguments for ${name}`, check: (v) => (Array.isArray(v) ? null : 'Enter a JSON array of the ack arguments.'),
      });
      const button = h('button', { type: 'button', class: 'button small primary' }, 'Send ack');
      button.addEventListener('click', () => {
        const parsed = editor.read();
        if (!parsed.ok) return;
        try {
          ack(...parsed.value);
          ackForm.replaceChildren(h('span', { class: 'muted small' }, `Acked at ${time()} with ${JSON.stringify(parsed.value)}`));
        } catch (error) {
          ackForm.replaceChildren(h('span', { class: 'editor-error' }, error.message));
        }
      });
      ackForm = h('div', { class: 'log-ack-form' }, h('div', { class: 'small' }, 'The server asks for an ack (arguments as a JSON array):'), editor.element, button);
    }
    this.#logEntry('in', entry.nsp, name, args, { operation, ackForm, unknown: !operation });
  }

  #logEntry(kind, nsp, event, args, { note, operation, ackForm, unknown } = {}) {
    const arrows = { in: '↓', out: '↑', ack: '↩', 'ack-error': '↩', state: '•', error: '!' };
    const name = event === null || event === undefined ? null
      : operation ? h('a', { href: hashOf(operation.anchor), class: 'log-event' }, event) : h('span', { class: 'log-event' }, event);
    const item = h('li', { class: ['log-entry', `log-${kind}`] },
      h('div', { class: 'log-line' },
        h('span', { class: 'log-arrow' }, arrows[kind] ?? '•'),
        h('time', { class: 'log-time' }, time()),
        nsp && nsp !== '/' ? h('span', { class: 'log-nsp' }, nsp) : null,
        name,
        unknown ? h('span', { class: 'badge undocumented', title: 'No send operation of this namespace documents this event' }, 'undocumented') : null,
        note ? h('span', { class: 'log-note' }, note) : null),
      args.length ? h('pre', { class: 'log-data' }, JSON.stringify(shown(args)) ?? String(shown(args))) : null,
      ackForm);
    this.logEmpty.hidden = true;
    const atBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    this.log.append(item);
    while (this.log.childElementCount > MAX_LOG) this.log.firstElementChild.remove();
    if (atBottom) this.log.scrollTop = this.log.scrollHeight;
  }
}
