// Whether every element each selector (an argument) picks lies wholly
// inside the viewport, within half a pixel: for each selector, how many
// it picks and the boxes [left, top, right, bottom] of those that do not
// (an element with no box counts as out). Also whether the page needs
// sideways scrolling, and the viewport's size.
const out = {};
for (const css of arguments) {
  const all = [...document.querySelectorAll(css)];
  out[css] = {
    count: all.length,
    out: all.map(e => e.getBoundingClientRect())
      .filter(r => r.width === 0 || r.height === 0 || r.left < -0.5 || r.top < -0.5
        || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
      .map(r => [r.left, r.top, r.right, r.bottom].map(Math.round)),
  };
}
const root = document.documentElement;
return { out, sideways: root.scrollWidth > root.clientWidth, size: [innerWidth, innerHeight] };
