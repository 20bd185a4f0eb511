// One snapshot of the viewport and the page's scroll: inner width and
// height, scrollY, the root element's scrollWidth and clientWidth, and
// the box [left, top, right, bottom] of the first element each selector
// given as an argument picks (null if none), taken together so that
// nothing moves in between.
const root = document.documentElement;
const rects = {};
for (const css of arguments) {
  const e = document.querySelector(css);
  const r = e && e.getBoundingClientRect();
  rects[css] = r ? [r.left, r.top, r.right, r.bottom] : null;
}
return { innerWidth, innerHeight, scrollY, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, rects };
