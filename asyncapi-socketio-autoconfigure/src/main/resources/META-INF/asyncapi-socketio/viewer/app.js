// Bootstrap: reads the data attributes the server put on <body>, loads the document, renders it,
// and mounts the playground. The page works under any servlet context path: every URL comes from
// the attributes or is relative to this module.
import { h } from './dom.js';
import { buildModel } from './document.js';
import { renderDocument, applyFilter } from './render.js';
import { Playground } from './playground.js';

const body = document.body;
const filled = (value) => typeof value === 'string' && value !== '' && !value.includes('{{');
const documentUrl = filled(body.dataset.document) ? body.dataset.document : 'asyncapi.json';
const playgroundEnabled = body.dataset.playground !== 'false';

function showError(title, detail) {
  const root = document.getElementById('app');
  root.replaceChildren(h('div', { class: 'load-error', role: 'alert' },
    h('h1', null, title), h('p', null, detail), h('p', { class: 'muted' }, 'Document URL: ', h('code', null, documentUrl))));
  root.setAttribute('aria-busy', 'false');
}

function highlight(scroll = true) {
  let anchor;
  try {
    anchor = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return;
  }
  for (const old of document.querySelectorAll('.highlight')) old.classList.remove('highlight');
  const target = anchor ? document.getElementById(anchor) : null;
  if (!target) return;
  target.hidden = false;
  for (let parent = target.parentElement; parent; parent = parent.parentElement) {
    if (parent.tagName === 'DETAILS') parent.open = true;
  }
  for (const link of document.querySelectorAll('.sidebar a.current')) link.classList.remove('current');
  document.querySelector(`.sidebar li[data-anchor="${CSS.escape(anchor)}"] a`)?.classList.add('current');
  target.classList.remove('highlight');
  void target.offsetWidth; // restart the animation on repeated clicks
  target.classList.add('highlight');
  if (scroll) target.scrollIntoView({ block: 'start' });
}

async function main() {
  let doc;
  try {
    const response = await fetch(documentUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}`.trim());
    doc = await response.json();
  } catch (error) {
    showError('The AsyncAPI document could not be loaded', error.message);
    return;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    showError('This is not an AsyncAPI document', 'The document is not a JSON object.');
    return;
  }
  const model = buildModel(doc);
  const { nav, content, slots } = renderDocument(model, { playground: playgroundEnabled });
  const root = document.getElementById('app');
  const layout = h('div', { class: ['layout', playgroundEnabled ? 'with-console' : null] }, nav, content);
  if (playgroundEnabled) layout.append(new Playground(model, slots).element);
  root.replaceChildren(layout);
  root.setAttribute('aria-busy', 'false');

  const title = typeof doc.info?.title === 'string' ? doc.info.title : 'AsyncAPI';
  document.title = `${title} · AsyncAPI`;
  const brand = document.getElementById('brand-title');
  if (brand) brand.textContent = title;

  const filter = document.getElementById('filter');
  const sidebar = layout.querySelector('.sidebar');
  const navToggle = layout.querySelector('.nav-toggle');
  const openNav = (open) => navToggle.setAttribute('aria-expanded', String(sidebar.classList.toggle('open', open)));
  navToggle.addEventListener('click', () => openNav(!sidebar.classList.contains('open')));
  sidebar.addEventListener('click', (event) => { if (event.target.closest('.nav-scroll a')) openNav(false); });
  filter.addEventListener('input', () => {
    applyFilter(layout, filter.value);
    if (filter.value) openNav(true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)) {
      event.preventDefault();
      filter.focus();
    }
  });
  window.addEventListener('hashchange', () => highlight());
  highlight();
}

main();
