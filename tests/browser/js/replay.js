// The plain-JavaScript reference for an interaction (make
// bench-interaction): per click, the same DOM writes the app's step made,
// applied by plain JavaScript in one frame, on the same page, in the same
// sitting. Arguments: selectors, n, stages; returns per click
// [appFirst, appSlowest, refFirst, refAll, frames] in ms:
// - appFirst: the app's first frame after the click (the click, its
//   reactive updates, that frame's rendering), as MEASURE times it;
// - appSlowest: the slowest of the step's frames;
// - refFirst: plain JS writing what the app's first frame wrote, and
//   that frame's rendering;
// - refAll: plain JS writing everything the whole step wrote, in one
//   frame, and its rendering;
// - frames: how many frames the step took until nothing changed.
// Between references the page is put back as the app left it before the
// click (every write undone, newest first) and then as the app left it
// after the step, so the app's own state and the page agree throughout.
// clickFrames and timedChange come from frame_timing.js, put in front.
const [selectors, n, stages, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
const options = { subtree: true, childList: true, attributes: true, characterData: true,
                  attributeOldValue: true, characterDataOldValue: true };

// A write with the values before and after: records are read right after
// their frame, so `after` is the value that frame showed.
const writes = records => records.map(m => {
  if (m.type === 'attributes') {
    return { kind: 'attr', node: m.target, name: m.attributeName,
             before: m.oldValue, after: m.target.getAttribute(m.attributeName) };
  }
  if (m.type === 'characterData') {
    return { kind: 'text', node: m.target, before: m.oldValue, after: m.target.data };
  }
  return { kind: 'list', node: m.target, added: [...m.addedNodes], removed: [...m.removedNodes],
           next: m.nextSibling };
});
const setAttr = (el, name, v) => v === null ? el.removeAttribute(name) : el.setAttribute(name, v);
// Puts a write's node as it was before the write (undo) or after it.
const put = (w, undo) => {
  const [gone, back] = undo ? [w.added, w.removed] : [w.removed, w.added];
  if (w.kind === 'attr') setAttr(w.node, w.name, undo ? w.before : w.after);
  else if (w.kind === 'text') w.node.data = undo ? w.before : w.after;
  else {
    gone.forEach(x => x.remove());
    back.forEach(x => w.node.insertBefore(x, w.next && w.next.parentNode === w.node ? w.next : null));
  }
};
const undo = w => put(w, true);
const redo = w => put(w, false);

(async () => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const el = document.querySelector(selectors[i % selectors.length]);
    // Records the observer has already delivered are kept here, so none
    // is lost between the takeRecords calls.
    const pending = [];
    const observer = new MutationObserver(rs => pending.push(...rs));
    const take = () => writes(pending.splice(0).concat(observer.takeRecords()));
    const perFrame = [];
    // The step's frames, then two more to see that nothing changes.
    const row = await clickFrames(el, stages + 2, () => observer.observe(document, options), f => {
      const w = take();
      if (f === 0 || w.length) perFrame.push(w);
    });
    observer.disconnect();
    const appFirst = row[0];
    const appSlowest = Math.max(appFirst, ...row.slice(2, stages + 1));
    const all = perFrame.flat();
    const undoAll = () => [...all].reverse().forEach(undo);
    undoAll();
    const refFirst = await timedChange(() => perFrame[0].forEach(redo));
    perFrame.slice(1).flat().forEach(redo);
    undoAll();
    const refAll = await timedChange(() => all.forEach(redo));
    out.push([appFirst, appSlowest, refFirst, refAll, perFrame.length]);
  }
  done(out);
})();
