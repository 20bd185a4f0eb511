// Buttons and share links shown smaller than 24 × 24 CSS px (the start of
// each one's markup).
return [...document.querySelectorAll('button, .share a, a[role=button], a.event')].filter(b => {
  const r = b.getBoundingClientRect();
  return r.width > 0 && (r.width < 24 || r.height < 24);
}).map(b => b.outerHTML.slice(0, 80));
