// data-holder of each island, in the fixed order iturup, kunashir,
// shikotan, habomai (null for one not drawn).
return ['iturup', 'kunashir', 'shikotan', 'habomai'].map(id => {
  const p = document.querySelector(`svg.map path[data-island=${id}]`);
  return p ? p.dataset.holder : null;
});
