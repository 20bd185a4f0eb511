// Whether each media query given matches.
return [...arguments].map(q => matchMedia(q).matches);
