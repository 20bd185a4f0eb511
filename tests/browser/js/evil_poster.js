// Served as evil.js on another origin, in a frame beside the map: it
// posts look-alike messages to its parent, the host page, all the time.
setInterval(function () {
  parent.postMessage({ type: 'kuril-map:height', height: 4321 }, '*');
  parent.postMessage({ type: 'kuril-map:state', scenario: 'evil', event: null, lang: 'en' }, '*');
}, 50);
