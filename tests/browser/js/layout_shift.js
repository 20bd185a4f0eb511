// The page's cumulative layout shift so far (Layout Instability API,
// Chromium): the sum of every shift not caused by input, read from the
// buffered entries.
const done = arguments[arguments.length - 1];
let total = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
}).observe({ type: 'layout-shift', buffered: true });
setTimeout(() => done(total), 300);
