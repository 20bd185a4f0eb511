// The state the story's (same-origin) map frame shows: [ready, selected
// event id or null, the four holders in map order]. Argument: the
// frame's CSS selector.
const f = document.querySelector(arguments[0]);
const d = f && f.contentDocument;
if (!d || !d.documentElement || d.documentElement.dataset.app !== 'ready') return [false, null, []];
const sel = d.querySelector('[data-event][aria-current="true"]');
const holders = ['iturup', 'kunashir', 'shikotan', 'habomai'].map(id => {
  const p = d.querySelector(`svg.map path[data-island=${id}]`);
  return p ? p.dataset.holder : null;
});
return [true, sel ? sel.dataset.event : null, holders];
