// The fixtures are valid AsyncAPI 3.1 documents for the official parser, and follow the
// conventions of the generator (channels per namespace, receive/send operations, replies).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const text = (name) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const parser = new Parser();

describe('fixtures', () => {
  for (const name of ['tictactoe.asyncapi.json', 'hostile.asyncapi.json']) {
    test(`${name} passes @asyncapi/parser without errors or warnings`, async () => {
      const { document, diagnostics } = await parser.parse(text(name));
      const problems = diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} ${d.message} at ${d.path.join('.')}`);
      assert.deepEqual(problems, []);
      assert.ok(document, 'parsed');
    });
  }

  test('a document with a mistake is rejected by the parser (the check above can fail)', async () => {
    const doc = JSON.parse(text('tictactoe.asyncapi.json'));
    doc.components.schemas.JoinGameAck.discriminator = { propertyName: 'role' };
    const { diagnostics } = await parser.parse(JSON.stringify(doc));
    assert.ok(diagnostics.some((d) => d.severity === 0 && d.path.join('.').endsWith('JoinGameAck.discriminator')));
  });

  test('the tic-tac-toe fixture follows the generator conventions', () => {
    const doc = JSON.parse(text('tictactoe.asyncapi.json'));
    assert.equal(doc.asyncapi, '3.1.0');
    assert.deepEqual(doc.servers.local, {
      host: 'localhost:9092', protocol: 'socketio', protocolVersion: '5', pathname: '/socket.io',
      description: 'The Socket.IO server of this application.',
    });
    assert.deepEqual(Object.fromEntries(Object.entries(doc.channels).map(([id, c]) => [id, c.address])), { root: '/', admin: '/admin' });
    for (const [id, operation] of Object.entries(doc.operations)) {
      const event = doc.components.messages[operation.messages[0].$ref.split('/').pop()].name;
      const camel = event.split('_').map((part) => part[0].toUpperCase() + part.slice(1)).join('');
      assert.equal(id, `${operation.action}${camel}`, 'operation ids are stable: receiveMakeMove, sendMoveMade');
      if (operation.action === 'receive') {
        assert.deepEqual(operation.reply.messages.map((m) => m.$ref.split('/').pop()), [`${event}_ack`, 'error_ack']);
      }
    }
    assert.equal(doc.components.messages.create_game.payload, undefined, 'create_game has no payload');
    assert.deepEqual(doc.components.schemas.MakeMove.properties.x, { type: 'integer', format: 'int32', minimum: 0, maximum: 2, description: 'Row, from the top.' });
  });
});
