// Posts the message arguments[1] to the window of the frame that the
// selector arguments[0] picks, from this (its parent) window.
document.querySelector(arguments[0]).contentWindow.postMessage(arguments[1], '*');
return true;
