// The timeline entry marked current: [data-event, data-date]; 'many' if
// more than one is, null if none is.
const e = document.querySelectorAll('[data-event][aria-current="true"]');
return e.length === 1 ? [e[0].dataset.event, e[0].dataset.date] : (e.length ? 'many' : null);
