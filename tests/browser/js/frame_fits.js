// Whether the map frame (#map, same origin) is exactly as tall as its
// whole document, to 1 px: the document neither scrolls inside the frame
// (scrollHeight) nor ends above the frame's bottom (the root element's
// box, which holds the body's margins).
const f = document.getElementById('map');
const d = f.contentDocument;
if (!d || !d.body || d.documentElement.dataset.app !== 'ready') return false;
const frame = f.clientHeight;
const root = d.documentElement;
return frame > 300 && Math.abs(root.scrollHeight - frame) <= 1
  && Math.abs(root.getBoundingClientRect().height - frame) <= 1;
