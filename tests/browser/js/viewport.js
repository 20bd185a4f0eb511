// The viewport and the page's scroll: inner width and height, scrollY,
// and the root element's scrollWidth and clientWidth.
const root = document.documentElement;
return { innerWidth, innerHeight, scrollY, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
