// Scrolls the host page so that its frame number arguments[0] (from 0)
// starts at the top of the window, as a reader scrolls to it.
document.querySelectorAll('iframe')[arguments[0]].scrollIntoView({ block: 'start', inline: 'start' });
return true;
