// Example values for the playground: the documented example, or a skeleton built from the schema.
import { resolve } from './document.js';

const MAX_DEPTH = 8;
const ARGUMENTS = 'x-socketio-arguments';
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

const STRING_FORMATS = {
  'date-time': '2024-01-01T12:00:00Z',
  date: '2024-01-01',
  time: '12:00:00',
  email: 'user@example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  hostname: 'example.com',
  ipv4: '127.0.0.1',
  ipv6: '::1',
};

function firstType(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => typeof t === 'string' && t !== 'null') ?? types.find((t) => typeof t === 'string');
  if (type) return type;
  if (isObject(schema.properties) || isObject(schema.additionalProperties)) return 'object';
  if (schema.items !== undefined || Array.isArray(schema.prefixItems)) return 'array';
  return undefined;
}

function number(schema, integer) {
  let value;
  if (typeof schema.minimum === 'number') value = schema.minimum;
  else if (typeof schema.exclusiveMinimum === 'number') value = schema.exclusiveMinimum + (integer ? 1 : 0.5);
  else if (typeof schema.maximum === 'number') value = Math.min(0, schema.maximum);
  else if (typeof schema.exclusiveMaximum === 'number') value = Math.min(0, schema.exclusiveMaximum - 1);
  else value = 0;
  return integer ? Math.ceil(value) : value;
}

function string(schema) {
  let value = STRING_FORMATS[schema.format] ?? 'string';
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) value = value.slice(0, schema.maxLength);
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) value = value.padEnd(schema.minLength, 'x');
  return value;
}

/** The sample a schema documents itself: const, examples[0], example, default or enum[0]. */
function documented(schema) {
  if ('const' in schema) return { value: schema.const };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  if ('example' in schema) return { value: schema.example };
  if ('default' in schema) return { value: schema.default };
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return { value: schema.enum[0] };
  return null;
}

function variantValue(doc, schema, variant, ancestors, depth) {
  const value = sampleOf(doc, variant, ancestors, depth);
  const property = schema.discriminator?.propertyName;
  if (!property || !isObject(value)) return value;
  const variantRef = isObject(variant) ? variant.$ref : undefined;
  const mapped = Object.entries(schema.discriminator.mapping ?? {}).find(([, ref]) => ref === variantRef);
  if (mapped) return { ...value, [property]: mapped[0] };
  if (typeof value[property] === 'string' && value[property] !== 'string') return value;
  return variantRef ? { ...value, [property]: variantRef.split('/').pop() } : value;
}

function sampleOf(doc, node, ancestors, depth) {
  const { node: schema, refs, error } = resolve(doc, node);
  if (error || !isObject(schema) || depth > MAX_DEPTH || refs.some((ref) => ancestors.includes(ref))) return null;
  const inner = [...ancestors, ...refs];
  const own = documented(schema);
  if (own) return own.value;
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(schema[key]) && schema[key].length > 0) {
      return variantValue(doc, schema, schema[key][0], inner, depth + 1);
    }
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) => sampleOf(doc, part, inner, depth + 1));
    const merged = Object.assign({}, ...parts.filter(isObject));
    const rest = { ...schema };
    delete rest.allOf;
    const extra = Object.keys(rest).length > 0 ? sampleOf(doc, rest, inner, depth + 1) : null;
    return isObject(extra) ? { ...merged, ...extra } : merged;
  }
  switch (firstType(schema)) {
    case 'object': {
      const result = {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
        const recursive = resolve(doc, property).refs.some((ref) => inner.includes(ref));
        if (recursive && !required.includes(name)) continue;
        result[name] = sampleOf(doc, property, inner, depth + 1);
      }
      return result;
    }
    case 'array': {
      if (Array.isArray(schema.prefixItems) || schema[ARGUMENTS] === true) {
        // a tuple, or an argument list: its positions, then one of its remaining items (or as many as required)
        const fixed = (Array.isArray(schema.prefixItems) ? schema.prefixItems : []).map((item) => sampleOf(doc, item, inner, depth + 1));
        if (!isObject(schema.items)) return fixed;
        const wanted = Math.max(fixed.length + 1, typeof schema.minItems === 'number' ? schema.minItems : 0);
        const count = Math.min(wanted, typeof schema.maxItems === 'number' ? schema.maxItems : wanted, fixed.length + 10);
        const item = sampleOf(doc, schema.items, inner, depth + 1);
        return [...fixed, ...Array.from({ length: Math.max(0, count - fixed.length) }, () => structuredClone(item))];
      }
      if (!isObject(schema.items)) return [];
      const item = sampleOf(doc, schema.items, inner, depth + 1);
      const count = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
      return item === null && resolve(doc, schema.items).refs.some((ref) => inner.includes(ref))
        ? [] : Array.from({ length: Math.min(count, 10) }, () => structuredClone(item));
    }
    case 'string': return string(schema);
    case 'integer': return number(schema, true);
    case 'number': return number(schema, false);
    case 'boolean': return false;
    default: return null;
  }
}

/** A JSON value matching the schema, as a starting point for an editor (recursion and depth safe). */
export function skeleton(doc, schema) {
  return sampleOf(doc, schema, [], 0);
}

/**
 * True when the payload is the list of an event's arguments: an `array` with `prefixItems` (one schema per
 * argument), or marked with `x-socketio-arguments: true` (remaining arguments in `items`, maybe no fixed ones).
 */
export function isArgumentList(doc, payload) {
  const { node } = resolve(doc, payload);
  return isObject(node) && (Array.isArray(node.prefixItems) || node[ARGUMENTS] === true);
}

/**
 * The arguments of an argument list as `{label, schema, required, rest}` entries: one per fixed argument
 * (titled with its parameter name when the document says it), then the remaining arguments, if any.
 */
export function argumentEntries(doc, payload) {
  const { node } = resolve(doc, payload);
  if (!isObject(node)) return [];
  const fixed = Array.isArray(node.prefixItems) ? node.prefixItems : [];
  const required = typeof node.minItems === 'number' ? node.minItems : 0;
  const title = (schema, fallback) => {
    const { node: item } = resolve(doc, schema);
    const own = isObject(schema) && typeof schema.title === 'string' ? schema.title : null;
    return own ?? (isObject(item) && typeof item.title === 'string' ? item.title : fallback);
  };
  const entries = fixed.map((schema, index) => ({
    label: `${index + 1}. ${title(schema, 'argument')}`, schema, required: index < required, rest: false,
  }));
  if (isObject(node.items)) {
    entries.push({ label: `${fixed.length + 1}… ${title(node.items, 'remaining arguments')}`, schema: node.items,
      required: required > fixed.length, rest: true });
  }
  return entries;
}

/**
 * What the playground sends for a message: `{args, source}` where `args` is the argument list
 * (`[]` for an event without payload) and `source` tells where it came from (`example`/`schema`/`none`).
 */
export function messageSample(doc, message) {
  if (!isObject(message) || message.payload === undefined) return { args: [], source: 'none' };
  const examples = Array.isArray(message.examples) ? message.examples : [];
  const example = examples.find((candidate) => isObject(candidate) && 'payload' in candidate);
  const multi = isArgumentList(doc, message.payload);
  if (example) {
    const value = example.payload;
    return { args: multi && Array.isArray(value) ? value : [value], source: 'example' };
  }
  const value = skeleton(doc, message.payload);
  return { args: multi && Array.isArray(value) ? value : [value], source: 'schema' };
}
