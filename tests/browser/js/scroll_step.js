// Scrolls the story's step number arguments[0] (from 0) to the middle of
// the screen, as a reader's scrolling would.
document.querySelectorAll('[data-kuril-step]')[arguments[0]].scrollIntoView({ block: 'center' });
return true;
