// Markdown-lite: structure, safe links, and hostile input that must stay inert text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  renderMarkdown, renderInline, parseMarkdown, parseInline, safeHref,
} from '../../main/resources/META-INF/asyncapi-socketio/viewer/markdown.js';
import { fakeDocument } from './support/fake-dom.mjs';

const html = (source) => renderMarkdown(source, fakeDocument).serialize();
const inline = (source) => renderInline(source, fakeDocument).serialize();

describe('markdown-lite', () => {
  test('paragraphs are separated by blank lines; single newlines are spaces', () => {
    assert.equal(html('one\ntwo\n\nthree'), '<p>one two</p><p>three</p>');
  });

  test('emphasis, strong and code spans', () => {
    assert.equal(inline('a *b* _c_ **d** __e__ `f *g*`'),
      'a <em>b</em> <em>c</em> <strong>d</strong> <strong>e</strong> <code>f *g*</code>');
    assert.equal(inline('**bold with *em* inside**'), '<strong>bold with <em>em</em> inside</strong>');
  });

  test('snake_case names and lone markers are not emphasis', () => {
    assert.equal(inline('use make_move and game_id, 2 * 3 * 4'), 'use make_move and game_id, 2 * 3 * 4');
    assert.equal(inline('\\*not em\\*'), '*not em*');
    assert.equal(inline('window.__xss=(window.__xss||0)+1 and 2 ** 3 ** 4'),
      'window.__xss=(window.__xss||0)+1 and 2 ** 3 ** 4');
  });

  test('unordered and ordered lists, with continuation lines', () => {
    assert.equal(html('- one\n- two\n  more\n\n1. first\n2. second'),
      '<ul><li>one</li><li>two more</li></ul><ol><li>first</li><li>second</li></ol>');
    assert.equal(html('3. three\n4. four'), '<ol start="3"><li>three</li><li>four</li></ol>');
    assert.equal(html('text\n- not a list after a paragraph line'), '<p>text - not a list after a paragraph line</p>');
  });

  test('fenced code keeps text verbatim, headings become styled paragraphs', () => {
    assert.equal(html('```json\n{"a": *1*}\n```'), '<pre><code>{"a": *1*}</code></pre>');
    assert.equal(html('## Title'), '<p class="md-heading md-h2">Title</p>');
  });

  test('links with http, https and mailto; bare URLs and autolinks', () => {
    assert.equal(inline('[docs](https://example.com/a_(b)) and [mail](mailto:a@example.com)'),
      '<a href="https://example.com/a_(b)" rel="noopener noreferrer nofollow" target="_blank">docs</a> and '
      + '<a href="mailto:a@example.com" rel="noopener noreferrer nofollow" target="_blank">mail</a>');
    assert.equal(inline('see https://example.com/x. or <http://example.org>'),
      'see <a href="https://example.com/x" rel="noopener noreferrer nofollow" target="_blank">https://example.com/x</a>. or '
      + '<a href="http://example.org/" rel="noopener noreferrer nofollow" target="_blank">http://example.org</a>');
  });
});

describe('hostile input stays inert', () => {
  test('HTML tags are text, never elements', () => {
    const fragment = renderMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>\n\n- <b onclick=alert(1)>x</b>', fakeDocument);
    assert.deepEqual(fragment.elements.map((element) => element.tagName), ['P', 'UL', 'LI']);
    assert.equal(fragment.serialize(),
      '<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>'
      + '<ul><li>&lt;b onclick=alert(1)&gt;x&lt;/b&gt;</li></ul>');
  });

  test('javascript:, data:, vbscript: and relative links are not links', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '&#106;avascript:alert(1)', '/relative', '//evil.example/x']) {
      const fragment = renderMarkdown(`[click](${target})`, fakeDocument);
      assert.equal(fragment.elements.some((element) => element.tagName === 'A'), false, target);
      assert.equal(fragment.textContent, 'click', target);
    }
    assert.equal(inline('<javascript:alert(1)>'), '&lt;javascript:alert(1)&gt;');
  });

  test('a quote in a URL cannot break out of the attribute', () => {
    const fragment = renderMarkdown('[x](https://example.com/?q="><script>alert(1)</script>)', fakeDocument);
    const link = fragment.elements.find((element) => element.tagName === 'A');
    assert.equal(link.getAttribute('href'), 'https://example.com/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  });

  test('safeHref accepts only absolute http, https and mailto URLs', () => {
    assert.equal(safeHref('https://example.com'), 'https://example.com/');
    assert.equal(safeHref('mailto:team@example.com'), 'mailto:team@example.com');
    assert.equal(safeHref('javascript:alert(1)'), null);
    assert.equal(safeHref('https://exa mple.com'), null);
    assert.equal(safeHref(undefined), null);
  });

  test('the parse tree holds only known node types', () => {
    const known = new Set(['text', 'code', 'strong', 'em', 'link', 'span']);
    const walk = (nodes) => nodes.every((node) => known.has(node.type) && (!node.children || walk(node.children)));
    assert.ok(walk(parseInline('<a href="javascript:x">*a*</a> [b](javascript:y) `c` **d**')));
    assert.deepEqual(parseMarkdown('').length, 0);
  });
});
