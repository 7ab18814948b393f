// The page and its modules keep to the rules the strict Content-Security-Policy and the "never as
// HTML" promise need; the pure helpers of the playground and the schema tree behave as documented.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultServerUrl, errorOf, labelledArguments } from '../../main/resources/META-INF/asyncapi-socketio/viewer/playground.js';
import { parseJson, locateJsonError } from '../../main/resources/META-INF/asyncapi-socketio/viewer/json-editor.js';
import { constraints } from '../../main/resources/META-INF/asyncapi-socketio/viewer/schema-tree.js';
import { VIEWER_DIR, renderIndex, escapeHtml } from './support/dev-server.mjs';

const files = readdirSync(VIEWER_DIR);
const source = (name) => readFileSync(join(VIEWER_DIR, name), 'utf8');
const modules = files.filter((name) => name.endsWith('.js'));

describe('page hygiene', () => {
  test('index.html has no inline script, inline style or event handler attribute', () => {
    const html = source('index.html');
    assert.deepEqual([...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1].trim()), ['type="module" src="{{assets}}/app.js"']);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /https?:\/\//, 'no external URL');
  });

  test('the placeholders appear only where the server fills them', () => {
    const html = source('index.html');
    assert.deepEqual([...new Set(html.match(/\{\{[^}]*\}\}/g))].sort(),
      ['{{assets}}', '{{document}}', '{{playground}}', '{{typescript}}', '{{yaml}}']);
    assert.match(html, /<body data-assets="\{\{assets\}\}" data-document="\{\{document\}\}" data-playground="\{\{playground\}\}">/);
  });

  test('the top bar links the document as YAML and JSON, and its TypeScript declarations to download', () => {
    const links = [...source('index.html').matchAll(/<a class="button ghost small raw-link" href="([^"]+)"([^>]*)>([^<]+)<\/a>/g)]
      .map(([, href, attributes, label]) => [label, href, attributes.trim()]);
    assert.deepEqual(links, [
      ['YAML', '{{yaml}}', 'target="_blank" rel="noopener"'],
      ['JSON', '{{document}}', 'target="_blank" rel="noopener"'],
      ['.d.ts', '{{typescript}}', 'download title="TypeScript declarations for socket.io-client"'],
    ]);
  });

  test('no module parses HTML, evaluates code or sets inline styles', () => {
    for (const name of modules) {
      const code = source(name);
      for (const forbidden of [/\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/,
        /new Function\b/, /\.style\./, /setAttribute\(\s*['"]style/, /createContextualFragment/, /DOMParser/, /https?:\/\/(?!example\.com)[a-z0-9]/i]) {
        assert.doesNotMatch(code.replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, ''), forbidden, `${name} uses ${forbidden}`);
      }
    }
  });

  test('every relative import resolves to a file of the viewer, and every module is used', () => {
    const imported = new Set(['app.js']);
    for (const name of modules) {
      for (const [, target] of source(name).matchAll(/^import [^;]*from '\.\/([^']+)';$/gm)) {
        assert.ok(files.includes(target), `${name} imports missing ${target}`);
        imported.add(target);
      }
      assert.doesNotMatch(source(name), /^import [^;]*from '(?!\.\/)/m, `${name} imports something outside the viewer`);
    }
    assert.deepEqual([...imported].sort(), modules.sort());
    assert.deepEqual(files.filter((name) => !name.endsWith('.js')).sort(), ['index.html', 'viewer.css']);
  });

  test('the stylesheet loads nothing from elsewhere', () => {
    assert.doesNotMatch(source('viewer.css'), /@import|url\(/);
  });
});

describe('serving the page', () => {
  test('placeholders are replaced with HTML-escaped values', () => {
    const html = renderIndex(source('index.html'), {
      assets: '/c"x/asyncapi/ui', document: '/c"x/asyncapi.json?a=1&b=<2>', yaml: '/c"x/asyncapi.yaml', typescript: '/c"x/asyncapi.d.ts',
      playground: false,
    });
    assert.match(html, /<body data-assets="\/c&#34;x\/asyncapi\/ui" data-document="\/c&#34;x\/asyncapi\.json\?a=1&#38;b=&#60;2&#62;" data-playground="false">/);
    assert.match(html, /<script type="module" src="\/c&#34;x\/asyncapi\/ui\/app\.js"><\/script>/);
    assert.match(html, /href="\/c&#34;x\/asyncapi\.yaml"[^>]*>YAML</);
    assert.match(html, /href="\/c&#34;x\/asyncapi\.d\.ts" download/);
    assert.doesNotMatch(html, /\{\{/);
    assert.equal(escapeHtml(`<'&">`), '&#60;&#39;&#38;&#34;&#62;');
  });
});

describe('playground helpers', () => {
  const doc = JSON.parse(readFileSync(new URL('fixtures/tictactoe.asyncapi.json', import.meta.url), 'utf8'));

  test('the default server URL uses the page hostname with the documented port and path', () => {
    assert.equal(defaultServerUrl(doc, { hostname: '127.0.0.1', protocol: 'http:', port: '8080' }), 'http://127.0.0.1:9092/socket.io');
    assert.equal(defaultServerUrl(doc, { hostname: 'localhost', protocol: 'http:', port: '8080' }), 'http://localhost:9092/socket.io');
    assert.equal(defaultServerUrl(doc, { hostname: 'game.example', protocol: 'https:', port: '' }), 'https://game.example:9092/socket.io');
    const custom = { servers: { a: { host: 'other.example:7000', protocol: 'socketio', pathname: '/rt' } } };
    assert.equal(defaultServerUrl(custom, { hostname: '[::1]', protocol: 'http:', port: '' }), 'http://[::1]:7000/rt');
    assert.equal(defaultServerUrl({}, { hostname: 'h', protocol: 'http:', port: '8080' }), 'http://h:8080/socket.io');
    const refServer = { servers: { s: { $ref: '#/components/servers/s' } }, components: { servers: { s: { host: 'x:1234', protocol: 'socketio' } } } };
    assert.equal(defaultServerUrl(refServer, { hostname: 'h', protocol: 'http:', port: '' }), 'http://h:1234/socket.io');
  });

  test('the arguments of an ack are labelled with their documented names, the last for the remaining ones', () => {
    assert.deepEqual(labelledArguments([1, 2, 'door'], ['1. x', '2. y', '3. label']),
      [{ label: 'x', value: 1 }, { label: 'y', value: 2 }, { label: 'label', value: 'door' }]);
    assert.deepEqual(labelledArguments(['lobby', 'a', 'b'], ['1. room', '2… tags']),
      [{ label: 'room', value: 'lobby' }, { label: 'tags', value: 'a' }, { label: 'tags', value: 'b' }]);
    assert.deepEqual(labelledArguments([true, null]), [{ label: 'argument 1', value: true }, { label: 'argument 2', value: null }]);
  });

  test('error acks are told apart from normal acks', () => {
    assert.deepEqual(errorOf([{ error: { code: 'invalid_payload' } }]), { code: 'invalid_payload' });
    assert.equal(errorOf([{ error: 'not your turn' }]), 'not your turn');
    assert.equal(errorOf([{}]), null);
    assert.equal(errorOf([{ error: null }]), null);
    assert.equal(errorOf([]), null);
    assert.equal(errorOf(['error']), null);
  });

  test('invalid JSON is reported with line and column, never thrown', () => {
    assert.deepEqual(parseJson('{"a": [1, 2]}'), { ok: true, value: { a: [1, 2] } });
    assert.deepEqual(parseJson('  '), { ok: false, error: 'Enter a JSON value.' });
    assert.deepEqual(parseJson('{\n  "x": 7,\n  "y": }'),
      { ok: false, error: 'Invalid JSON, line 3, column 8: unexpected token (at "}").' });
    assert.deepEqual(parseJson("{'a': 1}"),
      { ok: false, error: 'Invalid JSON, line 1, column 2: expected a double-quoted property name (at "\'a\': 1}").' });
    assert.deepEqual(parseJson('[1, 2'), { ok: false, error: 'Invalid JSON, line 1, column 6: expected "," or "]".' });
    assert.deepEqual(parseJson('{"a": 1} x'), { ok: false, error: 'Invalid JSON, line 1, column 10: unexpected text after the JSON value (at "x").' });
    assert.match(parseJson('"tab\there"').error, /^Invalid JSON, line 1, column 5: control character in string/);
  });

  test('the JSON error locator agrees with JSON.parse on what is valid', () => {
    const samples = ['0', '-1.5e3', '"a\\u00e9\\n"', '[]', '{}', '{"a":[1,{"b":null}],"c":true}', ' [ 1 , 2 ] ',
      '01', '1.', '.5', '+1', '"\\x"', '[1,]', '{"a":1,}', 'tru', 'nul', '{"a" 1}', '[1 2]', '"\\u12"', '', '{"a":1}}'];
    for (const sample of samples) {
      let valid = true;
      try { JSON.parse(sample); } catch { valid = false; }
      assert.equal(locateJsonError(sample) === null, valid, sample);
    }
  });
});

describe('schema constraints as chips', () => {
  test('ranges, lengths, items, patterns and flags', () => {
    assert.deepEqual(constraints({ minimum: 0, maximum: 2 }), [['range', '0 … 2']]);
    assert.deepEqual(constraints({ minimum: 1 }), [['range', '≥ 1']]);
    assert.deepEqual(constraints({ exclusiveMinimum: 0, maximum: 10 }), [['range', '> 0, ≤ 10']]);
    assert.deepEqual(constraints({ minimum: 2, maximum: 2 }), [['range', '= 2']]);
    assert.deepEqual(constraints({ minLength: 1, maxLength: 200 }), [['length', 'length 1 … 200']]);
    assert.deepEqual(constraints({ minItems: 3, maxItems: 3, uniqueItems: true }), [['items', 'items = 3'], ['items', 'unique']]);
    assert.deepEqual(constraints({ pattern: '^[a-z]+$', deprecated: true }), [['pattern', '/^[a-z]+$/'], ['flag', 'deprecated']]);
    assert.deepEqual(constraints({ minimum: 5, exclusiveMinimum: true }), [['range', '> 5']]);
    assert.deepEqual(constraints({ type: 'string' }), []);
  });
});
