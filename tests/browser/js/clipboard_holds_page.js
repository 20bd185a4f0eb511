// Whether the clipboard holds the absolute URL of the page arguments[0]
// (a file beside this page); 'unreadable' if the clipboard cannot be read.
const done = arguments[arguments.length - 1];
const want = new URL(arguments[0], location.href).href;
navigator.clipboard.readText().then(t => done(t === want || t), () => done('unreadable'));
