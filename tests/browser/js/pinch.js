// A two-finger pinch on the map: two touch pointers 80 px apart about its
// centre move to 160 px apart, then lift.
const s = document.querySelector('svg.map');
const r = s.getBoundingClientRect();
const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
const ev = (type, id, x) => s.dispatchEvent(new PointerEvent(type,
  { pointerId: id, pointerType: 'touch', clientX: x, clientY: cy, bubbles: true }));
ev('pointerdown', 11, cx - 40); ev('pointerdown', 12, cx + 40);
ev('pointermove', 11, cx - 80); ev('pointermove', 12, cx + 80);
ev('pointerup', 11, cx - 80); ev('pointerup', 12, cx + 80);
return true;
