// Visible map labels that touch another label, the Habomai inset, or
// (island labels) the dotted box the inset magnifies, and leaders that
// cross an island label; with how many labels and leaders were measured.
const svg = document.querySelector('svg.map');
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const boxes = [...svg.querySelectorAll('text.label')]
    .filter(t => shown(t) && !t.closest('.inset'))
    .map(t => [t.textContent.trim(), t.classList.contains('label--island'), t.getBoundingClientRect()]);
const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
const inset = svg.querySelector('.inset__frame').getBoundingClientRect();
const source = svg.querySelector('.inset__source').getBoundingClientRect();
const bad = [];
boxes.forEach(([name, island, r], i) => {
    if (hit(r, inset)) bad.push(name + ' on the inset');
    if (island && hit(r, source)) bad.push(name + ' on the inset source box');
    for (const [other, , q] of boxes.slice(i + 1)) if (hit(r, q)) bad.push(name + ' on ' + other + ' by ' + Math.round(Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top)) + ' px');
});
// A leader from the annotation card runs clear of every island label.
const m = svg.getScreenCTM();
let leaders = 0;
for (const l of svg.querySelectorAll('.leader__line')) {
    if (!shown(l.parentNode)) continue;
    leaders++;
    const [x1, y1, x2, y2] = l.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
    // Mapped the same way as the labels' boxes: the line's end is
    // the dot on the island.
    const end = new DOMPoint(x2, y2).matrixTransform(m);
    const dot = l.parentNode.querySelector('.leader__dot').getBoundingClientRect();
    if (Math.hypot(end.x - (dot.left + dot.right) / 2, end.y - (dot.top + dot.bottom) / 2) > 2) bad.push('leader end off its dot');
    for (let k = 0; k <= 200; k++) {
        const p = new DOMPoint(x1 + (x2 - x1) * k / 200, y1 + (y2 - y1) * k / 200).matrixTransform(m);
        const on = boxes.find(([, island, r]) => island && p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1);
        if (on) { bad.push('the leader to ' + l.parentNode.dataset.leader + ' crosses ' + on[0]); break; }
    }
}
return { bad, labels: boxes.length, leaders };
