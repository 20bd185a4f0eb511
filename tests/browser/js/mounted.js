// True once the app has taken over from the pre-rendered page and drawn
// the four islands.
return document.documentElement.dataset.app === 'ready'
  && !document.getElementById('prerendered')
  && document.querySelectorAll('svg.map path[data-island]').length === 4;
