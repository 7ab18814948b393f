// Payload schemas as expandable trees: types, required marks, constraints, enums, descriptions,
// examples, oneOf/anyOf/allOf (with discriminator), objects, maps, arrays and prefixItems tuples.
// Children are built when a node is opened, and recursive $refs are marked, so any schema is safe.
import { h, json, lazyDetails } from './dom.js';
import { resolve, refName } from './document.js';
import { renderMarkdown } from './markdown.js';
import { argumentEntries } from './sample.js';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const short = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function typeLabel(schema) {
  let types = Array.isArray(schema.type) ? [...schema.type] : schema.type ? [schema.type] : [];
  if (types.length === 0) {
    if (isObject(schema.properties) || isObject(schema.additionalProperties)) types = ['object'];
    else if (schema.items !== undefined || Array.isArray(schema.prefixItems)) types = ['array'];
    else if ('const' in schema) types = [schema.const === null ? 'null' : typeof schema.const];
    else if (Array.isArray(schema.enum)) types = ['enum'];
  }
  if (schema.nullable === true && !types.includes('null')) types.push('null');
  if (Array.isArray(schema.prefixItems)) types = types.map((t) => (t === 'array' ? 'tuple' : t));
  return types.join(' | ');
}

function range(min, max, exclusiveMin, exclusiveMax, unit = '') {
  const lower = exclusiveMin !== undefined ? ['>', exclusiveMin] : min !== undefined ? ['≥', min] : null;
  const upper = exclusiveMax !== undefined ? ['<', exclusiveMax] : max !== undefined ? ['≤', max] : null;
  if (lower && upper && lower[0] === '≥' && upper[0] === '≤') {
    return lower[1] === upper[1] ? `${unit}= ${lower[1]}` : `${unit}${lower[1]} … ${upper[1]}`;
  }
  return [lower, upper].filter(Boolean).map(([op, n]) => `${unit}${op} ${n}`).join(', ') || null;
}

/** Human-readable constraint chips of a schema, as `[kind, text]` pairs. */
export function constraints(schema) {
  const num = (key) => (typeof schema[key] === 'number' ? schema[key] : undefined);
  const chips = [];
  const add = (kind, text) => text && chips.push([kind, text]);
  add('range', range(num('minimum'), num('maximum'), num('exclusiveMinimum'), num('exclusiveMaximum')));
  if (schema.exclusiveMinimum === true && num('minimum') !== undefined) chips[chips.length - 1] = ['range', `> ${schema.minimum}`];
  if (num('multipleOf') !== undefined) add('range', `multiple of ${schema.multipleOf}`);
  add('length', range(num('minLength'), num('maxLength'), undefined, undefined, 'length '));
  add('items', range(num('minItems'), num('maxItems'), undefined, undefined, 'items '));
  add('items', range(num('minProperties'), num('maxProperties'), undefined, undefined, 'properties '));
  if (schema.uniqueItems === true) add('items', 'unique');
  if (typeof schema.pattern === 'string') add('pattern', `/${schema.pattern}/`);
  if (schema.readOnly === true) add('flag', 'read-only');
  if (schema.writeOnly === true) add('flag', 'write-only');
  if (schema.deprecated === true) add('flag', 'deprecated');
  if (schema.additionalProperties === false && isObject(schema.properties)) add('flag', 'no other properties');
  return chips;
}

function discriminatorOf(schema) {
  if (typeof schema.discriminator === 'string') return { property: schema.discriminator, mapping: {} };
  if (isObject(schema.discriminator) && typeof schema.discriminator.propertyName === 'string') {
    return { property: schema.discriminator.propertyName, mapping: isObject(schema.discriminator.mapping) ? schema.discriminator.mapping : {} };
  }
  return null;
}

/** The children of a schema node as `{label, schema, required, kind}` entries. */
function childrenOf(schema) {
  const children = [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    children.push({ label: name, schema: property, required: required.has(name), kind: 'property' });
  }
  for (const [pattern, property] of Object.entries(isObject(schema.patternProperties) ? schema.patternProperties : {})) {
    children.push({ label: `/${pattern}/`, schema: property, kind: 'pattern' });
  }
  if (isObject(schema.additionalProperties)) children.push({ label: '{key}', schema: schema.additionalProperties, kind: 'map' });
  if (Array.isArray(schema.prefixItems)) {
    schema.prefixItems.forEach((item, index) => children.push({ label: `[${index}]`, schema: item, kind: 'tuple', index }));
  }
  if (isObject(schema.items)) {
    children.push({ label: Array.isArray(schema.prefixItems) ? '[…]' : '[item]', schema: schema.items, kind: 'item' });
  }
  const discriminator = discriminatorOf(schema);
  for (const [key, word] of [['oneOf', 'one of'], ['anyOf', 'any of'], ['allOf', 'all of']]) {
    if (!Array.isArray(schema[key])) continue;
    schema[key].forEach((variant, index) => {
      const mapped = discriminator && Object.entries(discriminator.mapping).find(([, ref]) => ref === variant?.$ref);
      children.push({ label: `${word} ${index + 1}`, schema: variant, kind: 'variant', mapped: mapped?.[0] });
    });
  }
  if (isObject(schema.not)) children.push({ label: 'not', schema: schema.not, kind: 'variant' });
  return children;
}

function values(label, list, kind) {
  return h('div', { class: ['schema-values', kind] }, h('span', { class: 'schema-values-label' }, label),
    list.map((value) => h('code', { class: 'schema-value' }, short(value))));
}

function row(doc, entry, schema, refs, state) {
  const typeName = refs.length ? refName(refs.at(-1)) : null;
  const composite = ['oneOf', 'anyOf', 'allOf', 'not'].some((key) => key in schema);
  const type = typeLabel(schema) || (composite || state.error ? '' : 'any');
  const discriminator = discriminatorOf(schema);
  const examples = Array.isArray(schema.examples) ? schema.examples : 'example' in schema ? [schema.example] : [];
  const tuple = entry.kind === 'tuple' && (schema.title || null);
  return h('div', { class: 'schema-row' },
    h('div', { class: 'schema-head' },
      h('span', { class: ['schema-name', entry.kind] }, entry.label, tuple ? h('span', { class: 'schema-tuple-title' }, ` ${tuple}`) : null),
      entry.required ? h('span', { class: 'schema-required', title: 'required' }, 'required') : null,
      typeName ? h('span', { class: 'schema-ref', title: refs.at(-1) }, typeName) : null,
      type ? h('span', { class: ['schema-type', type === 'any' ? 'any' : null] }, type) : null,
      typeof schema.format === 'string' ? h('span', { class: 'schema-format' }, schema.format) : null,
      constraints(schema).map(([kind, text]) => h('span', { class: ['schema-chip', kind] }, text)),
      entry.mapped ? h('span', { class: 'schema-chip discriminator' }, `${state.discriminator ?? 'type'} = ${entry.mapped}`) : null,
      state.recursive ? h('span', { class: 'schema-chip recursive', title: 'This schema contains itself' }, '↻ recursive') : null,
      state.error ? h('span', { class: 'schema-chip error' }, state.error) : null),
    schema.title && entry.kind !== 'tuple' && entry.kind !== 'argument' && schema.title !== typeName
      ? h('div', { class: 'schema-title' }, schema.title) : null,
    typeof schema.description === 'string' && schema.description.trim()
      ? h('div', { class: 'schema-description markdown' }, renderMarkdown(schema.description)) : null,
    discriminator ? h('div', { class: 'schema-values' }, h('span', { class: 'schema-values-label' }, 'discriminator'),
      h('code', { class: 'schema-value' }, discriminator.property)) : null,
    Array.isArray(schema.enum) ? values('one of', schema.enum, 'enum') : null,
    'const' in schema ? values('always', [schema.const], 'const') : null,
    'default' in schema ? values('default', [schema.default], 'default') : null,
    examples.length ? values(examples.length > 1 ? 'examples' : 'example', examples.slice(0, 5), 'examples') : null);
}

function node(doc, entry, ancestors, depth, openDepth, parentDiscriminator) {
  const { node: resolved, refs, error } = resolve(doc, entry.schema);
  const schema = isObject(resolved) && !error ? resolved : {};
  const recursive = refs.some((ref) => ancestors.includes(ref));
  const inner = [...ancestors, ...refs];
  const discriminator = discriminatorOf(schema)?.property;
  const head = row(doc, entry, schema, refs, { recursive, error, discriminator: parentDiscriminator });
  const children = error ? [] : childrenOf(schema);
  if (children.length === 0) return h('div', { class: 'schema-node leaf' }, head);
  return lazyDetails(head, () => h('div', { class: 'schema-children' },
    children.map((child) => node(doc, child, inner, depth + 1, openDepth, discriminator))),
  { open: !recursive && depth < openDepth, className: 'schema-node' });
}

/**
 * A schema tree. `label` names the root ("payload"); an argument list (an event of several arguments) shows
 * one root per argument, named after its parameter, then its remaining arguments. `openDepth` levels start
 * expanded.
 */
export function schemaTree(doc, schema, { label = 'payload', openDepth = 1, argumentList = false } = {}) {
  const tree = h('div', { class: 'schema-tree' });
  if (argumentList) {
    for (const entry of argumentEntries(doc, schema)) {
      tree.append(node(doc, { label: entry.label, schema: entry.schema, kind: 'argument', required: entry.required },
        [], 0, openDepth));
    }
    return tree;
  }
  tree.append(node(doc, { label, schema, kind: 'root' }, [], 0, openDepth));
  return tree;
}

/** Example values of a message (`examples[].payload`) as pretty JSON blocks. */
export function exampleBlocks(message) {
  const examples = (Array.isArray(message?.examples) ? message.examples : []).filter((e) => isObject(e) && 'payload' in e);
  return examples.map((example, index) => h('figure', { class: 'example' },
    h('figcaption', null, example.name || example.summary || (examples.length > 1 ? `Example ${index + 1}` : 'Example')),
    h('pre', { class: 'json' }, json(example.payload))));
}
