// A plain-textarea JSON editor that reports invalid JSON inline (line and column).
import { h, json } from './dom.js';

/**
 * Finds where JSON text stops being valid: `{offset, message}`, or null when it is valid. Browsers word
 * JSON.parse errors differently (some echo the whole input), so the editor locates errors itself.
 */
export function locateJsonError(source) {
  let i = 0;
  const fail = (message) => { throw Object.assign(new Error(message), { offset: i }); };
  const space = () => { while (i < source.length && ' \t\n\r'.includes(source[i])) i += 1; };
  const literal = (word) => { if (source.startsWith(word, i)) i += word.length; else fail('unexpected token'); };
  const string = () => {
    i += 1;
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\') {
        i += 1;
        if (source[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(source[i] ?? 'x')) fail('bad escape in string');
      } else if (source.charCodeAt(i) < 0x20) fail('control character in string (use \\n, \\t)');
      i += 1;
    }
    if (i >= source.length) fail('unterminated string');
    i += 1;
  };
  const value = () => {
    space();
    const ch = source[i];
    if (ch === '{') {
      i += 1;
      space();
      if (source[i] === '}') { i += 1; return; }
      for (;;) {
        space();
        if (source[i] !== '"') fail('expected a double-quoted property name');
        string();
        space();
        if (source[i] !== ':') fail('expected ":" after the property name');
        i += 1;
        value();
        space();
        if (source[i] === ',') { i += 1; continue; }
        if (source[i] === '}') { i += 1; return; }
        fail('expected "," or "}"');
      }
    } else if (ch === '[') {
      i += 1;
      space();
      if (source[i] === ']') { i += 1; return; }
      for (;;) {
        value();
        space();
        if (source[i] === ',') { i += 1; continue; }
        if (source[i] === ']') { i += 1; return; }
        fail('expected "," or "]"');
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i));
      if (!number) fail(i >= source.length ? 'unexpected end of input' : 'unexpected token');
      i += number[0].length;
    }
  };
  try {
    value();
    space();
    if (i < source.length) fail('unexpected text after the JSON value');
    return null;
  } catch (error) {
    return { offset: error.offset, message: error.message };
  }
}

/** Parses JSON; returns `{ok: true, value}` or `{ok: false, error}` with a line/column message. */
export function parseJson(source) {
  const textValue = String(source ?? '');
  if (textValue.trim() === '') return { ok: false, error: 'Enter a JSON value.' };
  try {
    return { ok: true, value: JSON.parse(textValue) };
  } catch (error) {
    const found = locateJsonError(textValue);
    if (!found) return { ok: false, error: 'Invalid JSON.' };
    const before = textValue.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const near = textValue.slice(found.offset, found.offset + 12).split('\n')[0];
    return { ok: false, error: `Invalid JSON, line ${line}, column ${column}: ${found.message}${near ? ` (at ${JSON.stringify(near)})` : ''}.` };
  }
}

/**
 * Creates an editor prefilled with `value`. Returns `{element, read, reset, set}`; `read()` gives the
 * parsed value or shows the error next to the editor. `check(value)` may add a rule (returns an error text).
 */
export function jsonEditor(value, { label, check, onSubmit } = {}) {
  const initial = json(value);
  const area = h('textarea', {
    class: 'json-editor', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', 'aria-label': label ?? 'JSON',
  });
  const size = (textValue) => { area.rows = Math.min(14, Math.max(2, textValue.split('\n').length)); };
  area.value = initial;
  size(initial);
  const problem = h('div', { class: 'editor-error', role: 'alert', hidden: true });
  const element = h('div', { class: 'editor' }, area, problem);
  const validate = () => {
    const parsed = parseJson(area.value);
    const error = parsed.ok ? (check ? check(parsed.value) : null) : parsed.error;
    problem.hidden = !error;
    problem.textContent = error ?? '';
    area.classList.toggle('invalid', Boolean(error));
    return error ? { ok: false, error } : parsed;
  };
  let timer;
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(validate, 250);
    size(area.value);
  });
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  });
  return {
    element,
    read: () => {
      clearTimeout(timer);
      return validate();
    },
    reset: () => {
      area.value = initial;
      size(initial);
      validate();
    },
  };
}
