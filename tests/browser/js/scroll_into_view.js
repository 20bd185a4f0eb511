// Scrolls the element the selector picks into view, as a reader scrolls
// a list to an entry: the nearest edge, in every scroller around it.
document.querySelector(arguments[0]).scrollIntoView({ block: 'nearest', inline: 'nearest' });
