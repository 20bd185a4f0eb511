// Readies a walk through the tab order: nothing focused, the page at its
// top, and a marker button (#tab-end) after the last control, since past
// the last control Firefox moves focus out of the page for good.
if (document.activeElement) document.activeElement.blur();
window.scrollTo(0, 0);
document.body.insertAdjacentHTML('beforeend', '<button id="tab-end">end</button>');
return true;
