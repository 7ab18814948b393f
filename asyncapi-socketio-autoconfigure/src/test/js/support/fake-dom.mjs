// A minimal DOM for Node tests of code that builds pages with DOM APIs. Setting any HTML-parsing
// property (innerHTML, outerHTML, insertAdjacentHTML) throws, so a test fails if the code uses one.
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

class FakeNode {
  constructor(nodeType) {
    this.nodeType = nodeType;
    this.childNodes = [];
  }

  appendChild(child) {
    if (child.nodeType === 11) this.childNodes.push(...child.childNodes.splice(0));
    else this.childNodes.push(child);
    return child;
  }

  append(...children) {
    for (const child of children) this.appendChild(typeof child === 'string' ? new FakeText(child) : child);
  }

  get textContent() {
    return this.childNodes.map((child) => child.textContent).join('');
  }

  set innerHTML(_) { throw new Error('innerHTML must not be used'); }

  set outerHTML(_) { throw new Error('outerHTML must not be used'); }

  insertAdjacentHTML() { throw new Error('insertAdjacentHTML must not be used'); }

  /** All descendant elements (depth first). */
  get elements() {
    return this.childNodes.filter((child) => child.nodeType === 1)
      .flatMap((child) => [child, ...child.elements]);
  }

  serialize() {
    return this.childNodes.map((child) => child.serialize()).join('');
  }
}

class FakeText extends FakeNode {
  constructor(text) {
    super(3);
    this.data = String(text);
  }

  get textContent() { return this.data; }

  serialize() { return escapeText(this.data); }
}

class FakeElement extends FakeNode {
  constructor(tagName) {
    super(1);
    this.tagName = tagName.toUpperCase();
    this.attributes = new Map();
  }

  setAttribute(name, value) {
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name} must not be set`);
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  set textContent(text) {
    this.childNodes = [new FakeText(text)];
  }

  get textContent() { return super.textContent; }

  serialize() {
    const tag = this.tagName.toLowerCase();
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    return `<${tag}${attributes}>${super.serialize()}</${tag}>`;
  }
}

class FakeFragment extends FakeNode {
  constructor() { super(11); }
}

export const fakeDocument = {
  createElement: (tag) => new FakeElement(tag),
  createTextNode: (text) => new FakeText(text),
  createDocumentFragment: () => new FakeFragment(),
};
