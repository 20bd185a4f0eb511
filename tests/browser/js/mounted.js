// True once the app runs (data-app="ready") and the map shows the four
// islands.
return document.documentElement.dataset.app === 'ready'
  && document.querySelectorAll('svg.map path[data-island]').length === 4;
