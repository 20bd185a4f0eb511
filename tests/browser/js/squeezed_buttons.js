// Shown buttons whose label does not fit inside them, and pairs of
// buttons that overlap (by more than 1 px each way) where they can be
// seen: a button is taken as far as the scrollers around it let it show
// (an entry scrolled out of the timeline's row is not over the buttons
// beside the row).
const seen = b => {
  let r = b.getBoundingClientRect();
  let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  for (let p = b.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const c = p.getBoundingClientRect();
    box = { left: Math.max(box.left, c.left), top: Math.max(box.top, c.top),
            right: Math.min(box.right, c.right), bottom: Math.min(box.bottom, c.bottom) };
  }
  return box;
};
const bs = [...document.querySelectorAll('button, a[role=button], a.event')].filter(b => b.getClientRects().length);
const bad = bs.filter(b => {
  const r = document.createRange();
  r.selectNodeContents(b);
  const t = r.getBoundingClientRect(), q = b.getBoundingClientRect();
  return b.scrollWidth > b.clientWidth + 1 || t.left < q.left - 1 || t.right > q.right + 1;
}).map(b => b.textContent);
const boxes = bs.map(seen);
for (const [i, a] of bs.entries()) {
  const r = boxes[i];
  for (const [j, b] of bs.entries()) {
    if (j <= i) continue;
    const q = boxes[j];
    if (r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1) {
      bad.push(a.textContent + ' over ' + b.textContent);
    }
  }
}
return bad;
