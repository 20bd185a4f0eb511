// MEASURE in src/bench.rs (which says what each number is): clicks the
// selectors in turn, n times, and times each click's frames.
// clickFrames comes from frame_timing.js, put in front.
const [selectors, n, stages, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
(async () => {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(await clickFrames(document.querySelector(selectors[i % selectors.length]), stages));
  }
  done(out);
})();
