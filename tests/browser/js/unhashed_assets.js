// Scripts and stylesheets that are not content-hashed or carry no SRI
// integrity (the test server's own error probe, __probe.js, left out).
return [...document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=modulepreload]')]
  .filter(e => !(e.src || '').endsWith('/__probe.js'))
  .filter(e => !e.integrity || !/-[0-9a-f]{8,}/.test(e.getAttribute('src') || e.getAttribute('href')))
  .map(e => e.outerHTML);
