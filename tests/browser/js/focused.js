// What has focus: its id, tag name (lower case) and data-* values; the
// body when nothing else has.
const e = document.activeElement || document.body;
return { id: e.id, tag: e.tagName.toLowerCase(), data: { ...e.dataset } };
