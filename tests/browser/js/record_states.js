// Starts keeping, in window.__states, the detail of every kuril-map:state
// event that embed.js fires on the map frame (#map).
window.__states = [];
document.getElementById('map').addEventListener('kuril-map:state', e => window.__states.push(e.detail));
return true;
