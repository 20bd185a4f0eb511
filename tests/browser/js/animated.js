// How many elements have a transition or an animation.
return [...document.querySelectorAll('*')].filter(e => {
  const s = getComputedStyle(e);
  return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
}).length;
