// Moves focus to the element the selector arguments[0] picks; whether it
// took focus.
const e = document.querySelector(arguments[0]);
if (!e) return false;
e.focus();
return document.activeElement === e;
