// Served as sibling.js in a window that is not the map's parent: a frame
// beside the map, or a popup the test page opened. It sends the map
// frame (#map on the test page) what the test page asks (in a frame), or
// a kuril-map:show at once (in a popup), so that the message's source is
// this window.
const host = window.opener || parent;
const map = () => host.document.getElementById('map').contentWindow;
addEventListener('message', e => {
  if (e.data && e.data.relay) map().postMessage(e.data.relay, '*');
});
if (window.opener) {
  map().postMessage({ type: 'kuril-map:show', scenario: 'four-island' }, '*');
  window.opener.__popupSent = true;
}
