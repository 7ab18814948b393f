// $ref resolution (including cycles), the rendering model and anchors, on the fixtures and small documents.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  lookup, resolve, deref, refName, buildModel, isErrorAckMessage,
} from '../../main/resources/META-INF/asyncapi-socketio/viewer/document.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

describe('$ref resolution', () => {
  const doc = {
    components: {
      schemas: {
        'a/b': { type: 'string' },
        'til~de': { type: 'integer' },
        Alias: { $ref: '#/components/schemas/Target' },
        Target: { type: 'object', properties: { self: { $ref: '#/components/schemas/Target' } } },
        LoopA: { $ref: '#/components/schemas/LoopB' },
        LoopB: { $ref: '#/components/schemas/LoopA' },
        Self: { $ref: '#/components/schemas/Self' },
        Dangling: { $ref: '#/components/schemas/Missing' },
      },
    },
  };

  test('JSON pointers with escapes', () => {
    assert.deepEqual(lookup(doc, '#/components/schemas/a~1b'), { type: 'string' });
    assert.deepEqual(lookup(doc, '#/components/schemas/til~0de'), { type: 'integer' });
    assert.equal(lookup(doc, '#'), doc);
    assert.equal(lookup(doc, '#/components/nothing'), undefined);
    assert.equal(lookup(doc, '#/components/schemas/toString'), undefined, 'no prototype properties');
    assert.equal(lookup(doc, 'other.json#/x'), undefined);
    assert.equal(refName('#/components/schemas/a~1b'), 'a/b');
  });

  test('chains of refs are followed and reported', () => {
    const result = resolve(doc, { $ref: '#/components/schemas/Alias' });
    assert.equal(result.error, null);
    assert.equal(result.node, doc.components.schemas.Target);
    assert.deepEqual(result.refs, ['#/components/schemas/Alias', '#/components/schemas/Target']);
  });

  test('a recursive schema resolves one level at a time', () => {
    const target = deref(doc, { $ref: '#/components/schemas/Target' });
    assert.equal(deref(doc, target.properties.self), target);
  });

  test('ref cycles, self refs, dangling and external refs end with an error, never a loop', () => {
    assert.match(resolve(doc, { $ref: '#/components/schemas/LoopA' }).error, /circular \$ref #\/components\/schemas\/LoopA/);
    assert.match(resolve(doc, { $ref: '#/components/schemas/Self' }).error, /circular/);
    assert.match(resolve(doc, { $ref: '#/components/schemas/Dangling' }).error, /points nowhere/);
    assert.match(resolve(doc, { $ref: 'https://example.com/schema.json' }).error, /external/);
    assert.deepEqual(deref(doc, { $ref: '#/components/schemas/LoopA' }), {});
  });
});

describe('model of the tic-tac-toe fixture', () => {
  const model = buildModel(fixture('tictactoe.asyncapi.json'));

  test('one entry per channel, root first, with its operations in document order', () => {
    assert.deepEqual(model.channels.map((channel) => [channel.id, channel.address]), [['root', '/'], ['admin', '/admin']]);
    const root = model.channels[0];
    assert.deepEqual(root.operations.map((operation) => `${operation.action}:${operation.messages[0].event}`), [
      'receive:create_game', 'receive:make_move', 'receive:join_game', 'receive:say',
      'send:game_created', 'send:move_made', 'send:game_won', 'send:game_drawn', 'send:said', 'send:rematch_offer']);
    assert.deepEqual(model.channels[1].auth, { $ref: '#/components/schemas/AdminAuth' });
    assert.deepEqual(model.orphans, []);
  });

  test('messages resolve through the channel to the component, with their key and event name', () => {
    const makeMove = model.operations.find((operation) => operation.id === 'receiveMakeMove');
    assert.equal(makeMove.messages[0].key, 'make_move');
    assert.equal(makeMove.messages[0].ref, '#/components/messages/make_move');
    assert.equal(makeMove.messages[0].message.title, 'Make move');
    assert.deepEqual(makeMove.reply.messages.map((message) => [message.key, message.isErrorAck]),
      [['make_move_ack', false], ['error_ack', true]]);
    assert.equal(model.errorAck.key, 'error_ack');
  });

  test('anchors are event names', () => {
    assert.deepEqual(model.operations.map((operation) => operation.anchor), [
      'create_game', 'make_move', 'join_game', 'say', 'game_created', 'move_made', 'game_won', 'game_drawn', 'said',
      'rematch_offer', 'close_game', 'game_closed']);
    assert.deepEqual(model.channels.map((channel) => channel.anchor), ['namespace:/', 'namespace:/admin']);
  });

  test('the error ack is recognized by its shape', () => {
    const doc = fixture('tictactoe.asyncapi.json');
    assert.ok(isErrorAckMessage(doc, doc.components.messages.error_ack));
    assert.ok(!isErrorAckMessage(doc, doc.components.messages.make_move_ack));
  });

  test('an ack shaped like the error ack is still the event\'s own ack', () => {
    // the demo's GameAck: {} on success, {error: {code, message}} when a move is refused
    const doc = structuredClone(fixture('tictactoe.asyncapi.json'));
    doc.components.schemas.GameAck = {
      type: 'object',
      properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
    };
    doc.components.messages.make_move_ack.payload = { $ref: '#/components/schemas/GameAck' };
    assert.ok(isErrorAckMessage(doc, doc.components.messages.make_move_ack));
    const shaped = buildModel(doc);
    const makeMove = shaped.operations.find((operation) => operation.id === 'receiveMakeMove');
    assert.deepEqual(makeMove.reply.messages.map((message) => [message.key, message.isErrorAck]),
      [['make_move_ack', false], ['error_ack', true]]);
    assert.equal(shaped.errorAck.key, 'error_ack');
    assert.deepEqual(shaped.errorAck.message, doc.components.messages.error_ack);
  });
});

describe('anchors of duplicated event names', () => {
  const channel = (address, ...keys) => ({
    address, messages: Object.fromEntries(keys.map((key) => [key, { $ref: `#/components/messages/${key}` }])),
  });
  const operation = (action, channelId, key) => ({
    action, channel: { $ref: `#/channels/${channelId}` }, messages: [{ $ref: `#/channels/${channelId}/messages/${key}` }],
  });
  const doc = {
    channels: { admin: channel('/admin', 'admin_move', 'chat'), root: channel('/', 'move', 'chat') },
    operations: {
      adminMove: operation('receive', 'admin', 'admin_move'),
      move: operation('receive', 'root', 'move'),
      chatOut: operation('send', 'root', 'chat'),
      chatIn: operation('receive', 'root', 'chat'),
      adminChat: operation('send', 'admin', 'chat'),
    },
    components: {
      messages: { move: { name: 'make_move' }, admin_move: { name: 'make_move' }, chat: { name: 'chat' } },
    },
  };

  test('the root namespace keeps the plain name; other namespaces are prefixed; directions split', () => {
    const anchors = Object.fromEntries(buildModel(doc).operations.map((op) => [op.id, op.anchor]));
    assert.deepEqual(anchors, {
      adminMove: 'admin:make_move', move: 'make_move', chatOut: 'chat:send', chatIn: 'chat', adminChat: 'admin:chat',
    });
  });

  test('anchors do not depend on the order of operations in the document', () => {
    const reversed = { ...doc, operations: Object.fromEntries(Object.entries(doc.operations).reverse()) };
    const anchors = Object.fromEntries(buildModel(reversed).operations.map((op) => [op.id, op.anchor]));
    assert.equal(anchors.move, 'make_move');
    assert.equal(anchors.chatIn, 'chat');
    assert.equal(anchors.adminMove, 'admin:make_move');
  });
});

describe('graceful with unusual documents', () => {
  test('an empty document gives an empty model', () => {
    assert.deepEqual(buildModel({}).channels, []);
  });

  test('operations on unknown channels and messages with broken refs are kept', () => {
    const model = buildModel({
      channels: { c: { address: 'some/topic', messages: { m: { $ref: '#/components/messages/gone' } } } },
      operations: {
        lost: { action: 'receive', channel: { $ref: '#/channels/nowhere' }, messages: [{ $ref: '#/channels/c/messages/m' }] },
      },
    });
    assert.equal(model.orphans.length, 1);
    assert.match(model.orphans[0].messages[0].error, /points nowhere/);
    assert.equal(model.orphans[0].anchor, 'gone');
  });

  test('the hostile fixture builds (its recursive and cyclic schemas included)', () => {
    const model = buildModel(fixture('hostile.asyncapi.json'));
    assert.deepEqual(model.operations.map((op) => op.anchor),
      ['<img src=x onerror=window.__xss=1>', 'pushed"><script>window.__xss=1</script>']);
  });
});
