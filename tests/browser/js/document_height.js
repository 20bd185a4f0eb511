// The document's full height, as the map reports it to its host page:
// the root element's box.
return document.documentElement.getBoundingClientRect().height;
