// Moves focus to the element the selector arguments[0] picks.
document.querySelector(arguments[0]).focus();
return true;
