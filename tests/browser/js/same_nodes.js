// How many nodes the build wrote (record_written.js kept them), how many
// the page has now, and whether they are the very same nodes, in order
// and still in the document (not equal copies).
const now = [...document.querySelectorAll(
  'svg.map path[data-island], [data-event], [data-scenario]')];
const was = window.__written || [];
return {
  written: was.length,
  now: now.length,
  same: was.length === now.length && was.every((el, i) => el === now[i] && el.isConnected),
};
