// The document view: info, servers, one section per channel (namespace) with its operations,
// the shared error ack, and the navigation. Everything from the document is inserted as text.
import { h, hashOf } from './dom.js';
import { deref } from './document.js';
import { renderMarkdown, renderInline, safeHref } from './markdown.js';
import { schemaTree, exampleBlocks } from './schema-tree.js';
import { isArgumentList } from './sample.js';

const ERROR_ACK_ANCHOR = 'error-ack';
const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value : null);
const markdown = (value, className = 'markdown') => (text(value) ? h('div', { class: className }, renderMarkdown(value)) : null);
const DIRECTION = {
  receive: { label: 'client → server', verb: 'emit', className: 'receive', arrow: '↑' },
  send: { label: 'server → client', verb: 'on', className: 'send', arrow: '↓' },
};

function link(href, label) {
  const safe = safeHref(href);
  return safe ? h('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank' }, label) : h('span', null, label);
}

function stats(model) {
  const count = (action) => model.operations.filter((operation) => operation.action === action).length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return h('ul', { class: 'stats' },
    h('li', null, h('strong', null, String(model.channels.length)), model.channels.length === 1 ? ' namespace' : ' namespaces'),
    h('li', { class: 'receive' }, h('strong', null, String(count('receive'))), ' client → server'),
    h('li', { class: 'send' }, h('strong', null, String(count('send'))), ' server → client'),
    h('li', { class: 'muted' }, plural(Object.keys(model.doc.components?.schemas ?? {}).length, 'schema')));
}

function infoSection(model) {
  const { doc } = model;
  const info = doc.info ?? {};
  const contact = info.contact ?? {};
  const license = info.license ?? {};
  const facts = [
    text(contact.name) || text(contact.url) || text(contact.email)
      ? h('li', null, h('span', { class: 'fact-label' }, 'Contact'),
        text(contact.url) ? link(contact.url, text(contact.name) ?? contact.url) : text(contact.name),
        text(contact.email) ? [text(contact.name) || text(contact.url) ? ' · ' : null, link(`mailto:${contact.email}`, contact.email)] : null)
      : null,
    text(license.name) ? h('li', null, h('span', { class: 'fact-label' }, 'License'),
      text(license.url) ? link(license.url, license.name) : license.name) : null,
    text(doc.defaultContentType) ? h('li', null, h('span', { class: 'fact-label' }, 'Content type'), h('code', null, doc.defaultContentType)) : null,
  ].filter(Boolean);
  return h('section', { class: 'intro', id: 'info' },
    h('div', { class: 'intro-badges' },
      text(info.version) ? h('span', { class: 'badge version' }, `v${info.version}`) : null,
      h('span', { class: 'badge spec' }, `AsyncAPI ${text(doc.asyncapi) ?? '?'}`)),
    h('h1', { class: 'title' }, text(info.title) ?? 'AsyncAPI document'),
    stats(model),
    markdown(info.description, 'markdown lead'),
    facts.length ? h('ul', { class: 'facts' }, facts) : null,
    serversBlock(doc));
}

function securityBlock(doc, server) {
  const schemes = (Array.isArray(server.security) ? server.security : []).map((s) => deref(doc, s)).filter((s) => s && typeof s === 'object');
  if (schemes.length === 0) return null;
  return h('div', { class: 'server-security' }, schemes.map((scheme) => h('div', { class: 'security-scheme' },
    h('span', { class: 'badge security' }, [text(scheme.type), text(scheme.scheme), text(scheme.bearerFormat)].filter(Boolean).join(' · ')),
    markdown(scheme.description, 'markdown small'))));
}

function serversBlock(doc) {
  const servers = Object.entries(doc.servers && typeof doc.servers === 'object' ? doc.servers : {});
  if (servers.length === 0) return null;
  return h('div', { class: 'servers' }, servers.map(([name, raw]) => {
    const server = deref(doc, raw);
    const protocol = [text(server.protocol), text(server.protocolVersion) ? `v${server.protocolVersion}` : null].filter(Boolean).join(' ');
    return h('div', { class: 'server' },
      h('div', { class: 'server-head' }, h('span', { class: 'server-name' }, name), protocol ? h('span', { class: 'badge protocol' }, protocol) : null),
      h('code', { class: 'server-url' }, `${text(server.host) ?? ''}${text(server.pathname) ?? ''}`),
      markdown(server.description, 'markdown small'),
      securityBlock(doc, server));
  }));
}

function payloadBlock(doc, message, caption, openDepth = 1) {
  if (!message || message.payload === undefined) {
    return h('div', { class: 'block' }, h('div', { class: 'block-title' }, caption), h('p', { class: 'muted' }, 'No payload: the event has no arguments.'));
  }
  const argumentList = isArgumentList(doc, message.payload);
  return h('div', { class: 'block' },
    h('div', { class: 'block-title' }, caption, argumentList ? h('span', { class: 'hint' }, ' · several arguments') : null),
    schemaTree(doc, message.payload, { argumentList, openDepth }));
}

function replyBlock(doc, operation) {
  if (!operation.reply) return null;
  const ack = operation.action === 'receive' ? 'Ack' : 'Client acks with';
  return h('div', { class: 'reply' },
    operation.reply.messages.map((entry) => {
      if (entry.isErrorAck) {
        return h('p', { class: 'reply-error' }, 'or the ',
          h('a', { href: hashOf(ERROR_ACK_ANCHOR) }, 'error ack'), ' when the event fails (invalid payload, unauthorized, …)');
      }
      const title = text(entry.message.summary);
      return h('div', { class: 'reply-message' },
        payloadBlock(doc, entry.message.payload === undefined ? null : entry.message, ack),
        title ? h('p', { class: 'muted small' }, renderInline(title)) : null);
    }));
}

function operationCard(doc, operation, slots) {
  const message = operation.messages[0] ?? { message: {}, event: operation.id };
  const direction = DIRECTION[operation.action];
  const summary = text(operation.operation.summary) ?? text(message.message.summary);
  const description = text(operation.operation.description) ?? text(message.message.description);
  const card = h('article', {
    class: ['op', direction.className], id: operation.anchor, dataset: { search: searchText(operation, message) },
  },
  h('header', { class: 'op-head' },
    h('span', { class: ['direction', direction.className], title: direction.label }, direction.arrow, ' ', direction.label),
    h('h3', { class: 'op-name' }, h('a', { href: hashOf(operation.anchor), class: 'anchor' }, message.event || operation.id)),
    text(message.message.title) && message.message.title !== message.event ? h('span', { class: 'op-title' }, message.message.title) : null),
  summary ? h('p', { class: 'op-summary' }, renderInline(summary)) : null,
  summary !== description ? markdown(description) : null,
  message.error ? h('p', { class: 'warning' }, `Message not resolved: ${message.error}`) : null,
  operation.messages.length > 1 ? h('p', { class: 'muted small' }, `${operation.messages.length} messages; showing the first.`) : null,
  h('div', { class: 'op-body' },
    payloadBlock(doc, message.message, 'Payload'),
    exampleBlocks(message.message),
    replyBlock(doc, operation)));
  if (slots && operation.action === 'receive') {
    const slot = h('div', { class: 'tryit-slot' });
    card.append(slot);
    slots.operations.set(operation, slot);
  }
  return card;
}

function searchText(operation, message) {
  return [message.event, message.key, operation.id, message.message.title, message.message.summary,
    operation.operation.summary].filter((part) => typeof part === 'string').join(' ').toLowerCase();
}

function channelSection(doc, channel, slots) {
  const receive = channel.operations.filter((operation) => operation.action === 'receive');
  const send = channel.operations.filter((operation) => operation.action === 'send');
  const group = (title, operations, className) => (operations.length
    ? h('div', { class: ['op-group', className] }, h('h3', { class: 'group-title' }, title), operations.map((op) => operationCard(doc, op, slots)))
    : null);
  const slot = slots ? h('div', { class: 'namespace-slot' }) : null;
  if (slot) slots.channels.set(channel, slot);
  return h('section', { class: 'channel', id: channel.anchor },
    h('header', { class: 'channel-head' },
      h('div', { class: 'channel-title-row' },
        h('span', { class: 'namespace' }, channel.address ?? channel.id),
        h('h2', null, text(channel.channel.title) ?? (channel.isRoot ? 'Default namespace' : `Namespace ${channel.address ?? channel.id}`))),
      markdown(channel.channel.description)),
    channel.auth ? h('div', { class: 'block auth' },
      h('div', { class: 'block-title' }, 'Connect payload (auth)'),
      schemaTree(doc, channel.auth, { label: 'auth' })) : null,
    slot,
    group('Client → Server', receive, 'receive'),
    group('Server → Client', send, 'send'),
    channel.operations.length === 0 ? h('p', { class: 'muted' }, 'No operations on this channel.') : null);
}

function errorAckSection(doc, errorAck) {
  if (!errorAck) return null;
  return h('section', { class: 'channel error-ack', id: ERROR_ACK_ANCHOR },
    h('header', { class: 'channel-head' },
      h('div', { class: 'channel-title-row' }, h('span', { class: 'namespace error' }, 'error'), h('h2', null, text(errorAck.message.title) ?? 'Error ack')),
      markdown(errorAck.message.description) ?? (text(errorAck.message.summary) ? h('p', null, errorAck.message.summary) : null)),
    h('div', { class: 'op-body' }, payloadBlock(doc, errorAck.message, 'Payload', 4), exampleBlocks(errorAck.message)));
}

function navigation(model) {
  const item = (operation) => h('li', { dataset: { anchor: operation.anchor } },
    h('a', { href: hashOf(operation.anchor), class: ['nav-event', operation.action] },
      h('span', { class: ['nav-arrow', operation.action], title: DIRECTION[operation.action].label }, DIRECTION[operation.action].arrow),
      h('span', { class: 'nav-label' }, operation.messages[0]?.event || operation.id)));
  return h('nav', { class: 'sidebar', 'aria-label': 'Events' },
    h('div', { class: 'search' },
      h('input', { type: 'search', id: 'filter', placeholder: 'Filter events…', 'aria-label': 'Filter events', autocomplete: 'off', spellcheck: 'false' }),
      h('button', { type: 'button', class: 'button nav-toggle', 'aria-expanded': 'false', 'aria-controls': 'nav-list' }, 'Events')),
    h('div', { class: 'nav-scroll', id: 'nav-list' },
      model.channels.map((channel) => h('div', { class: 'nav-group', dataset: { channel: channel.id } },
        h('a', { class: 'nav-namespace', href: hashOf(channel.anchor) },
          h('span', { class: 'nav-namespace-title' }, text(channel.channel.title) ?? (channel.isRoot ? 'Default namespace' : 'Namespace')),
          h('code', { class: 'nav-namespace-address' }, channel.address ?? channel.id)),
        h('ul', null, channel.operations.map(item)))),
      model.errorAck ? h('div', { class: 'nav-group' }, h('a', { class: 'nav-namespace', href: hashOf(ERROR_ACK_ANCHOR) },
        h('span', { class: 'nav-namespace-title' }, 'Error ack'))) : null,
      h('p', { class: 'nav-empty muted', hidden: true }, 'No event matches.')));
}

/**
 * Renders the document. Returns `{nav, content, slots}`; with `playground`, `slots.channels` and
 * `slots.operations` map channels and receive operations to empty elements the playground fills.
 */
export function renderDocument(model, { playground = false } = {}) {
  const slots = playground ? { channels: new Map(), operations: new Map() } : null;
  const content = h('main', { class: 'content', id: 'content' },
    infoSection(model),
    model.channels.map((channel) => channelSection(model.doc, channel, slots)),
    model.orphans.length ? h('section', { class: 'channel' },
      h('header', { class: 'channel-head' }, h('h2', null, 'Operations without a known channel')),
      model.orphans.map((operation) => operationCard(model.doc, operation, null))) : null,
    errorAckSection(model.doc, model.errorAck),
    h('p', { class: 'no-match muted', hidden: true }, 'No event matches the filter.'));
  return { nav: navigation(model), content, slots };
}

/** Shows only the events whose name, title or summary contains the query. */
export function applyFilter(root, query) {
  const needle = query.trim().toLowerCase();
  let visible = 0;
  for (const card of root.querySelectorAll('article.op')) {
    const match = needle === '' || card.dataset.search.includes(needle);
    card.hidden = !match;
    if (match) visible += 1;
  }
  for (const item of root.querySelectorAll('.sidebar li[data-anchor]')) {
    item.hidden = root.ownerDocument.getElementById(item.dataset.anchor)?.hidden ?? false;
  }
  for (const group of root.querySelectorAll('.op-group, .nav-group[data-channel]')) {
    group.hidden = needle !== '' && !group.querySelector('article.op:not([hidden]), li:not([hidden])');
  }
  for (const empty of root.querySelectorAll('.no-match, .nav-empty')) empty.hidden = visible > 0;
  return visible;
}
