// Frame timing shared by the benchmarks' page scripts (tests/browser/src/
// bench.rs puts it in front of MEASURE and FLOOR; bench_interaction.rs in
// front of replay.js).
const frame = () => new Promise(r => requestAnimationFrame(r));
const task = () => new Promise(r => setTimeout(r, 0));
// Resolves with [start, end] of the next frame's rendering.
const nextFrame = () => new Promise(r => requestAnimationFrame(() => {
  const start = performance.now();
  setTimeout(() => r([start, performance.now()]), 0);
}));
// From an ordinary task after a frame, makes `change` and times the
// frame that paints it: the change itself and that frame's rendering.
const timedChange = async change => {
  await new Promise(r => setTimeout(r, 100));
  await frame();
  await task();
  const next = nextFrame();
  const t0 = performance.now();
  change();
  const script = performance.now() - t0;
  const [f0, f1] = await next;
  return script + (f1 - f0);
};
// Clicks `el` from an ordinary task shortly after a frame, as a reader's
// click arrives, and times the `frames` frames that follow. Resolves with
// [first, script, second, ..., total] in ms, as MEASURE documents them.
// `before()` runs just before the click, `after(i)` once frame i is painted.
const clickFrames = async (el, frames, before = () => {}, after = () => {}) => {
  await new Promise(r => setTimeout(r, 150));
  await frame();
  await task();
  before();
  const first = nextFrame();
  const t0 = performance.now();
  el.click();
  let p = Promise.resolve(), script = 0;
  for (let k = 0; k < 30; k++) p = p.then(() => { script = performance.now() - t0; });
  await p;
  const [f0, f1] = await first;
  after(0);
  const row = [script + (f1 - f0), script];
  let end = f1;
  for (let s = 1; s < frames; s++) {
    // The app's task for this frame was queued before ours; it runs first.
    const s0 = performance.now();
    const next = nextFrame();
    await task();
    const settle = performance.now() - s0;
    const [g0, g1] = await next;
    after(s);
    row.push(settle + (g1 - g0));
    end = g1;
  }
  row.push(end - t0);
  return row;
};
