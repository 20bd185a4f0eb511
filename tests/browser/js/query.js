// One question about every element a CSS selector picks, in the page or
// in a same-origin frame's document: the typed questions of Scope in
// src/script.rs. Arguments: what to ask, the selector, a name (a data
// key, an attribute, a dotted property path or a CSS property), and the
// frame's selector or null. Returns one answer per element, in document
// order; null when the frame's document cannot be read (not loaded yet,
// or on another origin).
const [what, css, name, frame] = arguments;
let doc = document;
if (frame) {
  const f = document.querySelector(frame);
  try {
    doc = f && f.contentDocument;
  } catch (e) {
    doc = null;
  }
  if (!doc || !doc.documentElement) return null;
}
const at = (o, path) => path.split('.').reduce((v, k) => (v === null || v === undefined ? null : v[k]), o);
const answers = {
  text: e => e.textContent,
  data: e => e.dataset[name] ?? null,
  attr: e => e.getAttribute(name),
  prop: e => at(e, name) ?? null,
  style: e => e.ownerDocument.defaultView.getComputedStyle(e).getPropertyValue(name).trim(),
  rect: e => {
    const r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  },
  shown: e => e.getClientRects().length > 0,
  click: e => {
    e.click();
    return true;
  },
};
if (!answers[what]) throw new Error('query.js: no question ' + what);
const all = [...doc.querySelectorAll(css)];
// A click must have exactly one target: with more or none, click nothing.
if (what === 'click' && all.length !== 1) return all.map(() => false);
return all.map(answers[what]);
