// The timeline's selected entry and its list: whether the list is a
// scroller of its own (overflow auto or scroll, with more content than
// room, along either axis), and whether the entry lies inside the list's
// visible box, within a pixel; null if there is no selected entry.
const list = document.querySelector('.timeline__events');
const entry = list && list.querySelector('[aria-current]');
if (!entry) return null;
const style = getComputedStyle(list);
const own = v => v === 'auto' || v === 'scroll';
const scrolls = (own(style.overflowY) && list.scrollHeight > list.clientHeight + 1)
  || (own(style.overflowX) && list.scrollWidth > list.clientWidth + 1);
const l = list.getBoundingClientRect(), e = entry.getBoundingClientRect();
const inside = e.left >= l.left - 1 && e.right <= l.right + 1 && e.top >= l.top - 1 && e.bottom <= l.bottom + 1;
return { scrolls, inside, id: entry.dataset.event || '', at: [list.scrollLeft, list.scrollTop],
  entry: [e.left, e.top, e.right, e.bottom].map(Math.round), list: [l.left, l.top, l.right, l.bottom].map(Math.round) };
