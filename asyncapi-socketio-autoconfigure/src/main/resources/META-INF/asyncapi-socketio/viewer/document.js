// Reading an AsyncAPI 3 document: local $ref resolution (cycle safe) and a flat model for rendering.

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Looks up a local JSON pointer (`#/components/schemas/Game`); undefined when it points nowhere. */
export function lookup(doc, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return undefined;
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    let key;
    try {
      key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** The last segment of a ref, as a display name (`#/components/schemas/MakeMove` → `MakeMove`). */
export function refName(ref) {
  const last = String(ref).split('/').pop() ?? '';
  try {
    return decodeURIComponent(last).replaceAll('~1', '/').replaceAll('~0', '~');
  } catch {
    return last;
  }
}

/**
 * Follows `$ref`s until a node without one. Returns `{node, refs, error}`: `refs` are the refs followed
 * (in order); `error` is set (and `node` is the last object reached) for external, dangling or cyclic refs.
 */
export function resolve(doc, node) {
  const refs = [];
  let current = node;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (refs.includes(ref)) return { node: current, refs, error: `circular $ref ${ref}` };
    if (!ref.startsWith('#')) return { node: current, refs, error: `external $ref ${ref} is not resolved` };
    const target = lookup(doc, ref);
    if (target === undefined) return { node: current, refs, error: `$ref ${ref} points nowhere` };
    refs.push(ref);
    current = target;
  }
  return { node: current, refs, error: null };
}

/** The resolved object of a node, or an empty object when it cannot be resolved. */
export function deref(doc, node) {
  const { node: resolved } = resolve(doc, node);
  return isObject(resolved) && typeof resolved.$ref !== 'string' ? resolved : {};
}

/**
 * Gives each event operation a stable HTML id: the event name when unique in the document, else
 * `<channel>:<event>` (the root namespace keeps the plain name), then `…:send`/`…:receive` if needed.
 */
class Anchors {
  #taken = new Set();

  claim(...candidates) {
    for (const candidate of candidates) {
      if (candidate && !this.#taken.has(candidate)) {
        this.#taken.add(candidate);
        return candidate;
      }
    }
    let n = 2;
    while (this.#taken.has(`${candidates[0]}-${n}`)) n += 1;
    const anchor = `${candidates[0]}-${n}`;
    this.#taken.add(anchor);
    return anchor;
  }
}

function messageOf(doc, messageRef) {
  const { node, refs, error } = resolve(doc, messageRef);
  const message = isObject(node) && !error ? node : {};
  const componentRef = refs.find((ref) => ref.startsWith('#/components/messages/'));
  const lastRef = error && typeof node?.$ref === 'string' ? node.$ref : refs.at(-1);
  const key = refName(componentRef ?? lastRef ?? '');
  return { key, ref: componentRef ?? refs.at(-1) ?? null, message, error, event: message.name ?? key ?? '' };
}

function channelIdOf(doc, channelRef) {
  const ref = isObject(channelRef) ? channelRef.$ref : undefined;
  if (typeof ref === 'string' && ref.startsWith('#/channels/')) return refName(ref);
  const channels = isObject(doc.channels) ? doc.channels : {};
  return Object.keys(channels).find((id) => channels[id] === channelRef) ?? null;
}

/** The component key of the shared error ack in the generated documents (a reply of every receive operation). */
const ERROR_ACK_KEY = 'error_ack';

/** True when a message's payload has the shape of the shared error ack: `{error: {code, message, …}}`. */
export function isErrorAckMessage(doc, message) {
  const payload = deref(doc, message?.payload);
  const error = deref(doc, payload.properties?.error);
  return Boolean(error.properties?.code && error.properties?.message);
}

/**
 * The bearer token scheme the document's servers name in their `security` (an `http` scheme
 * with `scheme: bearer`), with the auth data property that carries the token; null when none.
 */
export function bearerScheme(doc) {
  const servers = Object.values(doc.servers && typeof doc.servers === 'object' ? doc.servers : {}).map((s) => deref(doc, s));
  for (const server of servers) {
    for (const requirement of Array.isArray(server?.security) ? server.security : []) {
      const scheme = deref(doc, requirement);
      if (scheme && scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
        const property = scheme['x-socketio-auth-property'];
        return { scheme, property: typeof property === 'string' && property ? property : 'token' };
      }
    }
  }
  return null;
}

/**
 * A flat view of the document for rendering: channels in document order (root first) with their
 * operations, each operation with its messages and reply; plus the shared error-ack message.
 */
export function buildModel(doc) {
  const channelsObject = isObject(doc.channels) ? doc.channels : {};
  const operationsObject = isObject(doc.operations) ? doc.operations : {};
  const anchors = new Anchors();
  const eventCount = new Map();
  const ids = Object.keys(channelsObject);
  const rootFirst = [...ids.filter((id) => channelsObject[id]?.address === '/'),
    ...ids.filter((id) => channelsObject[id]?.address !== '/')];

  const channels = rootFirst.map((id) => {
    const channel = deref(doc, channelsObject[id]);
    const address = typeof channel.address === 'string' ? channel.address : null;
    return {
      id,
      channel,
      address,
      isRoot: address === '/',
      auth: channel['x-socketio-auth'] ?? null,
      operations: [],
      messages: Object.entries(isObject(channel.messages) ? channel.messages : {})
        .map(([key, value]) => ({ ...messageOf(doc, value), channelKey: key })),
    };
  });
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  let errorAck = null;

  const operations = Object.entries(operationsObject).map(([operationId, raw]) => {
    const operation = deref(doc, raw);
    const channelId = channelIdOf(doc, operation.channel);
    const messages = (Array.isArray(operation.messages) ? operation.messages : []).map((ref) => messageOf(doc, ref));
    const reply = isObject(operation.reply) ? deref(doc, operation.reply) : null;
    const replyMessages = (Array.isArray(reply?.messages) ? reply.messages : []).map((ref) => {
      const entry = messageOf(doc, ref);
      // By key and shape: an event's own ack may have the same shape (`{error: {code, message}}` on refusal).
      entry.isErrorAck = entry.key === ERROR_ACK_KEY && isErrorAckMessage(doc, entry.message);
      if (entry.isErrorAck && !errorAck) errorAck = entry;
      return entry;
    });
    for (const { event } of messages) eventCount.set(event, (eventCount.get(event) ?? 0) + 1);
    return {
      id: operationId,
      operation,
      action: operation.action === 'send' ? 'send' : 'receive',
      channelId,
      messages,
      reply: reply ? { reply, messages: replyMessages } : null,
    };
  });

  // Anchors: receive before send, root namespace first, so that the plain event name goes to the
  // event a reader most likely means; operations without a known channel come last.
  const order = (operation) => {
    const index = rootFirst.indexOf(operation.channelId);
    return (index < 0 ? rootFirst.length : index) * 2 + (operation.action === 'receive' ? 0 : 1);
  };
  for (const operation of [...operations].sort((a, b) => order(a) - order(b))) {
    const channel = byId.get(operation.channelId);
    const event = operation.messages[0]?.event || operation.id;
    const prefix = channel && !channel.isRoot ? (channel.address ?? channel.id).replace(/^\//, '') : null;
    const candidates = eventCount.get(event) > 1 && prefix
      ? [`${prefix}:${event}`, `${prefix}:${event}:${operation.action}`]
      : [event, prefix ? `${prefix}:${event}` : null, `${event}:${operation.action}`, operation.id];
    operation.anchor = anchors.claim(...candidates);
    (channel ?? null)?.operations.push(operation);
  }
  for (const channel of channels) {
    channel.operations.sort((a, b) => operations.indexOf(a) - operations.indexOf(b));
    channel.anchor = anchors.claim(`namespace:${channel.address ?? channel.id}`);
  }
  const orphans = operations.filter((operation) => !byId.has(operation.channelId));
  return { doc, channels, operations, orphans, errorAck };
}
