// Whether hostile input stayed inert: [nothing set window.__pwned, how
// many img/iframe/object/embed elements, how many inline scripts, how
// many javascript: links, how many islands are drawn].
return [window.__pwned === undefined,
  document.querySelectorAll('img, iframe, object, embed').length,
  [...document.scripts].filter(s => !s.src).length,
  document.querySelectorAll('a[href^="javascript:" i]').length,
  document.querySelectorAll('svg.map path[data-island]').length];
