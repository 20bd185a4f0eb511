// Raises two errors the page's error probe must report: a console error,
// and an image that fails to load.
console.error('probe check');
const img = document.createElement('img');
img.src = 'missing-check.png';
img.alt = '';
document.body.appendChild(img);
return true;
