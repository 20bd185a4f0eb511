// Sends the frame the first argument picks to the address in the second.
document.querySelector(arguments[0]).contentWindow.location = arguments[1];
return true;
