// DOM building without HTML parsing: every string becomes a text node or an attribute value.

/** Appends children: nodes, strings (as text), numbers, arrays; null/undefined/false are skipped. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/**
 * Creates an element. `props`: `class` (string or array), `on<event>` (listener functions),
 * `dataset`, anything else as an attribute (`true` = empty attribute; null/false = absent).
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (!key.startsWith('on')) {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return append(element, children);
}

/** The fragment of a URL for an anchor (keeps `:` readable). */
export function hashOf(anchor) {
  return `#${encodeURIComponent(anchor).replace(/%3A/gi, ':')}`;
}

/** Pretty JSON for display (as text, never HTML). */
export function json(value) {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** A `<details>` whose body is built on first opening (keeps big and recursive schemas cheap). */
export function lazyDetails(summary, build, { open = false, className } = {}) {
  const details = h('details', { class: className });
  details.append(h('summary', null, summary));
  let built = false;
  const ensure = () => {
    if (!built && details.open) {
      built = true;
      append(details, build());
    }
  };
  details.addEventListener('toggle', ensure);
  if (open) {
    details.open = true;
    ensure();
  }
  return details;
}
