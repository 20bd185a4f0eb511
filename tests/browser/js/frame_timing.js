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
