// FLOOR in src/bench.rs (which says what each number is): n pairs of
// reference frames, one with nothing changed and one with the headline's
// text changed. timedChange comes from frame_timing.js, put in front.
const [n, done] = [arguments[0], arguments[arguments.length - 1]];
const text = document.querySelector('h1').firstChild;
const original = text.data;
(async () => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const nothing = await timedChange(() => {});
    const changed = await timedChange(() => { text.data = original + (i % 2 ? ' ·' : ''); });
    out.push([nothing, changed]);
  }
  text.data = original;
  done(out);
})();
