// Starts counting, in window.__foreign, the messages this window gets
// from other origins: proof that a look-alike poster is really posting.
window.__foreign = 0;
addEventListener('message', e => {
  if (e.origin !== location.origin) window.__foreign++;
});
return true;
