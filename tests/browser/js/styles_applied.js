// How many <style> elements the page has, and whether the stylesheet's
// rules apply (.sr-only text is taken out of the flow only by them).
const sr = document.querySelector('.sr-only');
return [document.querySelectorAll('style').length, !!sr && getComputedStyle(sr).position === 'absolute'];
