// Land-area table headers that wrap onto more than three lines (a glyph
// per line, rather than breaks at words or brackets).
return [...document.querySelectorAll('.area-table th')].filter(th => {
  const r = document.createRange();
  r.selectNodeContents(th);
  return new Set([...r.getClientRects()].map(q => Math.round(q.bottom))).size > 3;
}).map(th => th.textContent);
