// The hatched marks on the map: which islands show the "claimed" and the
// "promised" hatching (visible, and filled with its pattern), whether the
// legend's entry for each is shown, and Shikotan's accessible name.
const ids = ['iturup', 'kunashir', 'shikotan', 'habomai'];
const shown = (cls, id) => {
  const el = document.querySelector(`svg.map path.${cls}[data-${cls}=${id}]`);
  const cs = getComputedStyle(el);
  return cs.visibility === 'visible' && cs.fill.includes('#hatch-' + cls);
};
const legend = cls => !document.querySelector(`.swatch--${cls}`).closest('li').hidden;
return {
  claimed: ids.filter(id => shown('claimed', id)),
  promised: ids.filter(id => shown('promised', id)),
  legend: [legend('claimed'), legend('promised')],
  named: document.querySelector('path[data-island=shikotan]').getAttribute('aria-label'),
};
