// Markdown-lite: paragraphs, lists, fenced code, `code`, **strong**, *emphasis*, links (http, https,
// mailto only). Text is parsed into a small tree and built with DOM APIs: it is never parsed as HTML.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The normalized URL when it is an absolute http, https or mailto URL; otherwise null. */
export function safeHref(raw) {
  const text = String(raw ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\u0000-\u0020\u007f-\u009f]/.test(text)) return null;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Index of the `)` closing a link destination that starts at `from` (balanced parentheses). */
function closingParen(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth -= 1;
    } else if (text[i] === '\n') return -1;
  }
  return -1;
}

function emphasis(text, i, marker) {
  const close = text.indexOf(marker, i + marker.length);
  if (close < 0) return null;
  const inner = text.slice(i + marker.length, close);
  if (inner.trim() === '' || /^\s|\s$/.test(inner)) return null;
  if (marker.startsWith('_') && (isWordChar(text[i - 1]) || isWordChar(text[close + marker.length]))) return null;
  if (marker === '*' && text[i + 1] === '*') return null;
  return { inner, end: close + marker.length };
}

/** Parses inline Markdown into nodes: text, code, strong, em, link. */
export function parseInline(text) {
  const nodes = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()<>#+\-.!]/.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i + 1) {
        flush();
        nodes.push({ type: 'code', text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const middle = text.indexOf('](', i + 1);
      const end = middle < 0 ? -1 : closingParen(text, middle + 2);
      if (middle > i && end > middle && !text.slice(i + 1, middle).includes('\n')) {
        flush();
        const label = parseInline(text.slice(i + 1, middle));
        const href = safeHref(text.slice(middle + 2, end));
        nodes.push(href ? { type: 'link', href, children: label } : { type: 'span', children: label });
        i = end + 1;
        continue;
      }
    }
    if (ch === '<') {
      const close = text.indexOf('>', i + 1);
      const href = close > i ? safeHref(text.slice(i + 1, close)) : null;
      if (href && /^(https?:|mailto:)/i.test(text.slice(i + 1))) {
        flush();
        nodes.push({ type: 'link', href, children: [{ type: 'text', text: text.slice(i + 1, close) }] });
        i = close + 1;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && !isWordChar(text[i - 1])) {
      const match = /^https?:\/\/[^\s<>"'`]+/i.exec(text.slice(i));
      if (match) {
        const url = match[0].replace(/[.,;:!?)\]]+$/, '');
        const href = safeHref(url);
        if (href) {
          flush();
          nodes.push({ type: 'link', href, children: [{ type: 'text', text: url }] });
          i += url.length;
          continue;
        }
      }
    }
    if (ch === '*' || ch === '_') {
      const double = text[i + 1] === ch;
      const found = emphasis(text, i, double ? ch + ch : ch);
      if (found) {
        flush();
        nodes.push({ type: double ? 'strong' : 'em', children: parseInline(found.inner) });
        i = found.end;
        continue;
      }
      // A delimiter run that opens nothing is text as a whole (`a.__b`, `2 ** 3`).
      let end = i;
      while (text[end] === ch) end += 1;
      plain += text.slice(i, end);
      i = end;
      continue;
    }
    plain += ch;
    i += 1;
  }
  flush();
  return nodes;
}

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;

/** Parses block Markdown into nodes: paragraph, heading, list (ordered or not), code. */
export function parseMarkdown(source) {
  const lines = String(source ?? '').replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let paragraph = [];
  let list = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ').trim()) });
    paragraph = [];
  };
  const endList = () => {
    if (list) {
      list.items = list.items.map((item) => parseInline(item.trim()));
      blocks.push(list);
    }
    list = null;
  };
  for (let n = 0; n < lines.length; n += 1) {
    const line = lines[n];
    const fence = /^\s{0,3}(```|~~~)/.exec(line);
    if (fence) {
      endParagraph();
      endList();
      const code = [];
      n += 1;
      while (n < lines.length && !lines[n].trimStart().startsWith(fence[1])) code.push(lines[n++]);
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      endList();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', level: heading[1].length, children: parseInline(heading[2]) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && (paragraph.length === 0 || list)) {
      const ordered = /\d/.test(item[1]);
      if (list && list.ordered !== ordered) endList();
      if (!list) list = { type: 'list', ordered, start: ordered ? parseInt(item[1], 10) : 1, items: [] };
      list.items.push(item[2]);
      continue;
    }
    if (list) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  endParagraph();
  endList();
  return blocks;
}

const TAGS = { text: null, code: 'code', strong: 'strong', em: 'em', link: 'a', span: 'span' };

function appendInline(parent, nodes, doc) {
  for (const node of nodes) {
    if (node.type === 'text') {
      parent.appendChild(doc.createTextNode(node.text));
      continue;
    }
    const element = doc.createElement(TAGS[node.type]);
    if (node.type === 'code') element.appendChild(doc.createTextNode(node.text));
    else appendInline(element, node.children, doc);
    if (node.type === 'link') {
      element.setAttribute('href', node.href);
      element.setAttribute('rel', 'noopener noreferrer nofollow');
      element.setAttribute('target', '_blank');
    }
    parent.appendChild(element);
  }
  return parent;
}

/** Renders Markdown-lite as a DocumentFragment (DOM APIs and text nodes only). */
export function renderMarkdown(source, doc = globalThis.document) {
  const fragment = doc.createDocumentFragment();
  for (const block of parseMarkdown(source)) {
    let element;
    if (block.type === 'paragraph') {
      element = appendInline(doc.createElement('p'), block.children, doc);
    } else if (block.type === 'heading') {
      element = appendInline(doc.createElement('p'), block.children, doc);
      element.setAttribute('class', `md-heading md-h${block.level}`);
    } else if (block.type === 'code') {
      element = doc.createElement('pre');
      element.appendChild(doc.createElement('code')).appendChild(doc.createTextNode(block.text));
    } else {
      element = doc.createElement(block.ordered ? 'ol' : 'ul');
      if (block.ordered && block.start !== 1) element.setAttribute('start', String(block.start));
      for (const item of block.items) element.appendChild(appendInline(doc.createElement('li'), item, doc));
    }
    fragment.appendChild(element);
  }
  return fragment;
}

/** Renders one line of inline Markdown-lite (for summaries and schema descriptions). */
export function renderInline(source, doc = globalThis.document) {
  return appendInline(doc.createDocumentFragment(), parseInline(String(source ?? '').replace(/\s+/g, ' ').trim()), doc);
}
