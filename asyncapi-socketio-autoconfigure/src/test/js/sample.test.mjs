// Examples and schema skeletons that prefill the playground editors.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { skeleton, messageSample, isArgumentList, argumentEntries } from '../../main/resources/META-INF/asyncapi-socketio/viewer/sample.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

describe('message samples', () => {
  const doc = fixture('tictactoe.asyncapi.json');
  const message = (key) => doc.components.messages[key];

  test('the documented example comes first', () => {
    assert.deepEqual(messageSample(doc, message('make_move')), { args: [{ game_id: 1, x: 1, y: 1 }], source: 'example' });
  });

  test('an event without payload has no arguments', () => {
    assert.deepEqual(messageSample(doc, message('create_game')), { args: [], source: 'none' });
  });

  test('a multi-argument event gives one value per argument', () => {
    assert.ok(isArgumentList(doc, message('say').payload));
    assert.deepEqual(messageSample(doc, message('say')), { args: [1, 'good game!'], source: 'example' });
    const withoutExample = { ...message('say'), examples: undefined };
    assert.deepEqual(messageSample(doc, withoutExample), { args: [1, 'string'], source: 'schema' });
  });

  test('remaining arguments follow the fixed ones; the extension marks a list without fixed arguments', () => {
    const local = {
      components: {
        messages: {
          tag: {
            payload: {
              type: 'array', prefixItems: [{ title: 'room', type: 'string', examples: ['lobby'] }],
              items: { title: 'tags', type: 'string' }, minItems: 1, 'x-socketio-arguments': true,
            },
          },
          label: { payload: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, 'x-socketio-arguments': true } },
          list: { payload: { type: 'array', items: { type: 'string' } } },
        },
      },
    };
    const message = (key) => local.components.messages[key];
    assert.ok(isArgumentList(local, message('tag').payload));
    assert.ok(isArgumentList(local, message('label').payload));
    assert.ok(!isArgumentList(local, message('list').payload), 'an array without the extension is one argument');
    assert.deepEqual(messageSample(local, message('tag')), { args: ['lobby', 'string'], source: 'schema' });
    assert.deepEqual(messageSample(local, message('label')), { args: [1, 1], source: 'schema' });
    assert.deepEqual(messageSample(local, message('list')), { args: [['string']], source: 'schema' });
    assert.deepEqual(argumentEntries(local, message('tag').payload).map(({ label, required, rest }) => ({ label, required, rest })), [
      { label: '1. room', required: true, rest: false },
      { label: '2… tags', required: false, rest: true },
    ]);
    assert.deepEqual(argumentEntries(local, message('label').payload).map(({ label, required }) => ({ label, required })),
      [{ label: '1… remaining arguments', required: true }]);
  });

  test('arguments without titles are named by position; a title beside a $ref names it', () => {
    const doc = fixture('tictactoe.asyncapi.json');
    assert.deepEqual(argumentEntries(doc, message('say').payload).map((entry) => entry.label), ['1. game_id', '2. text']);
    const local = { components: { schemas: { Cell: { type: 'object' } } } };
    const payload = { type: 'array', prefixItems: [{ $ref: '#/components/schemas/Cell' }, { title: 'to', $ref: '#/components/schemas/Cell' }], minItems: 1 };
    assert.deepEqual(argumentEntries(local, payload).map(({ label, required }) => ({ label, required })),
      [{ label: '1. argument', required: true }, { label: '2. to', required: false }]);
  });

  test('without examples, a skeleton is built from the schema constraints', () => {
    const withoutExample = { ...message('make_move'), examples: [] };
    assert.deepEqual(messageSample(doc, withoutExample), { args: [{ game_id: 1, x: 0, y: 0 }], source: 'schema' });
  });
});

describe('schema skeletons', () => {
  const doc = fixture('tictactoe.asyncapi.json');
  const schema = (name) => ({ $ref: `#/components/schemas/${name}` });

  test('nested arrays, enums and refs', () => {
    assert.deepEqual(skeleton(doc, schema('MoveMade')), {
      board: [['X', 'X', 'X'], ['X', 'X', 'X'], ['X', 'X', 'X']], turn: 'X',
    });
  });

  test('oneOf takes the first variant, documented examples win', () => {
    assert.deepEqual(skeleton(doc, schema('JoinGameAck')), { role: 'player', mark: 'X' });
    assert.deepEqual(skeleton(doc, schema('AdminAuth')), { token: 'operator-token' });
  });

  test('an OpenAPI-style discriminator mapping names the variant', () => {
    const local = {
      components: {
        schemas: {
          Shape: {
            oneOf: [{ $ref: '#/components/schemas/Circle' }],
            discriminator: { propertyName: 'kind', mapping: { circle: '#/components/schemas/Circle' } },
          },
          Circle: { type: 'object', properties: { kind: { type: 'string' }, r: { type: 'number', exclusiveMinimum: 0 } } },
        },
      },
    };
    assert.deepEqual(skeleton(local, { $ref: '#/components/schemas/Shape' }), { kind: 'circle', r: 0.5 });
  });

  test('strings honour formats and length limits; numbers their bounds', () => {
    const local = {};
    assert.equal(skeleton(local, { type: 'string', format: 'date-time' }), '2024-01-01T12:00:00Z');
    assert.equal(skeleton(local, { type: 'string', maxLength: 3 }), 'str');
    assert.equal(skeleton(local, { type: 'string', minLength: 8 }), 'stringxx');
    assert.equal(skeleton(local, { type: 'integer', maximum: -5 }), -5);
    assert.equal(skeleton(local, { type: 'integer', exclusiveMinimum: 3 }), 4);
    assert.equal(skeleton(local, { type: ['null', 'boolean'] }), false);
    assert.deepEqual(skeleton(local, { allOf: [{ properties: { a: { type: 'integer' } } }, { properties: { b: { const: 'x' } } }] }),
      { a: 0, b: 'x' });
  });

  test('recursive schemas end: optional recursion is left out, required recursion is null', () => {
    const hostile = fixture('hostile.asyncapi.json');
    assert.deepEqual(skeleton(hostile, { $ref: '#/components/schemas/Node' }), { name: 'string', children: [] });
    assert.deepEqual(skeleton(hostile, { $ref: '#/components/schemas/LoopA' }), { b: {} });
    const required = {
      components: { schemas: { N: { type: 'object', required: ['next'], properties: { next: { $ref: '#/components/schemas/N' } } } } },
    };
    assert.deepEqual(skeleton(required, { $ref: '#/components/schemas/N' }), { next: null });
    const cycle = { components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } } };
    assert.equal(skeleton(cycle, { $ref: '#/components/schemas/A' }), null);
  });

  test('very deep schemas are cut at a depth limit', () => {
    let deep = { type: 'integer' };
    for (let i = 0; i < 50; i += 1) deep = { type: 'object', required: ['d'], properties: { d: deep } };
    let value = skeleton({}, deep);
    let depth = 0;
    while (value && typeof value === 'object') {
      value = value.d;
      depth += 1;
    }
    assert.ok(depth <= 10, `depth ${depth}`);
  });
});
