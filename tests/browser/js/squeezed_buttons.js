// Shown buttons whose label does not fit inside them, and pairs of
// buttons that overlap (by more than 1 px each way).
const bs = [...document.querySelectorAll('button')].filter(b => b.getClientRects().length);
const bad = bs.filter(b => {
  const r = document.createRange();
  r.selectNodeContents(b);
  const t = r.getBoundingClientRect(), q = b.getBoundingClientRect();
  return b.scrollWidth > b.clientWidth + 1 || t.left < q.left - 1 || t.right > q.right + 1;
}).map(b => b.textContent);
for (const [i, a] of bs.entries()) {
  const r = a.getBoundingClientRect();
  for (const b of bs.slice(i + 1)) {
    const q = b.getBoundingClientRect();
    if (r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1) {
      bad.push(a.textContent + ' over ' + b.textContent);
    }
  }
}
return bad;
