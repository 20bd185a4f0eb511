// True once the page says its controls work (data-app="ready" on the
// root: the map and the D3 peer page both set it).
return document.documentElement.dataset.app === 'ready';
