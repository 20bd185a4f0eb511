// True once observe_load.js has seen the islands painted and the page
// interactive.
const b = window.__bench;
return !!b && b.painted !== null && b.interactive !== null;
