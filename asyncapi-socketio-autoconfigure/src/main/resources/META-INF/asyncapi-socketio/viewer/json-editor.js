// A plain-textarea JSON editor that reports invalid JSON inline (line and column).
import { h, json } from './dom.js';

/** Parses JSON; returns `{ok: true, value}` or `{ok: false, error}` with a line/column message. */
export function parseJson(source) {
  const textValue = String(source ?? '');
  if (textValue.trim() === '') return { ok: false, error: 'Enter a JSON value.' };
  try {
    return { ok: true, value: JSON.parse(textValue) };
  } catch (error) {
    const message = String(error.message).replace(/\s*\(line \d+ column \d+\)$/, '');
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = textValue.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = `line ${line}, column ${column}: `;
    }
    return { ok: false, error: `Invalid JSON, ${where}${message.replace(/ in JSON at position \d+/, '')}` };
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
