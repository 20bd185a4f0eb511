// Sets the page's global variable arguments[0] to arguments[1]; a later
// read finds it only if the document was not replaced.
window[arguments[0]] = arguments[1];
return true;
