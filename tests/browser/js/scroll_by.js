// Scrolls the page down by arguments[0] CSS px.
scrollTo(0, scrollY + arguments[0]);
return true;
