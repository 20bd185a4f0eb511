// Sends the map frame (#map) kuril-map:show messages that must all be
// ignored: from a sibling frame (#sib, through sibling.js) and a popup
// when the browser allows one, and from its parent with wrong types,
// unknown ids, a huge string and markup. Returns whether a popup opened.
const map = document.getElementById('map').contentWindow;
const sib = document.getElementById('sib').contentWindow;
const show = { type: 'kuril-map:show', scenario: 'four-island' };
sib.postMessage({ relay: show }, '*');
let popup = null;
try { popup = window.open('./sibling.html', 'kuril-popup', 'width=300,height=300'); } catch (e) { popup = null; }
const bad = [
  null, 42, 'kuril-map:show', [show],
  { type: 'kuril-map:show', scenario: 4 },
  { type: 'kuril-map:show', event: { id: 'yalta-1945' } },
  { type: 'kuril-map:show', event: 'no-such-event-1999' },
  { type: 'kuril-map:show', scenario: 'all-of-them' },
  { type: 'kuril-map:show', lang: 'xx' },
  { type: 'kuril-map:show', lang: ['ja'] },
  { type: 'kuril-map:show', event: 'a'.repeat(1000000) },
  { type: 'kuril-map:show', scenario: '<img src=x onerror="window.__pwned=1">' },
  { type: 'kuril-map:show', event: '"><script>window.__pwned=1</script>' },
  { type: 'KURIL-MAP:SHOW', scenario: 'four-island' },
  { type: 'kuril-map:height', height: 5 },
];
bad.forEach(m => map.postMessage(m, '*'));
return !!popup;
