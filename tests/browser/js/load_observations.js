// What observe_load.js recorded: [bytes, painted, interactive, fcp, files, usable, marks].
const x = window.__bench;
return [x.bytes, x.painted, x.interactive, x.fcp, x.files, x.usable, x.marks];
