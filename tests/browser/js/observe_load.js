// OBSERVE in tests/bench.rs: installed before any page script through
// DevTools, it fills window.__bench as the page loads.
(function () {
  var b = window.__bench = { painted: null, interactive: null, bytes: null, fcp: null, files: [], usable: null, marks: {} };
  var waiting = false, linked = false;
  function transferred() {
    var n = 0;
    performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
      .forEach(function (e) {
        n += e.transferSize || 0;
        b.files.push([e.name.split("/").pop() || "index.html", e.transferSize || 0,
                      e.startTime || 0, e.responseEnd || 0]);
      });
    return n;
  }
  function drawn() {
    var ps = document.querySelectorAll("svg path[data-island]");
    if (ps.length < 4) return false;
    for (var i = 0; i < ps.length; i++) if ((ps[i].getAttribute("d") || "").length < 10) return false;
    return true;
  }
  // First usable: a click on the two-island control leads to that
  // scenario. A link does so from the frame that paints it (the state
  // pages); a control that needs a script, once the page is interactive.
  function link() {
    var c = document.querySelector('[data-scenario="two-island"]');
    return c && c.tagName === "A" && c.getAttribute("href");
  }
  function check() {
    if (!linked && link()) {
      linked = true;
      requestAnimationFrame(function () { setTimeout(function () { if (b.usable === null) b.usable = performance.now(); }, 0); });
    }
    if (!waiting && drawn()) {
      waiting = true;
      // The frame that shows them: a task queued from its animation-frame
      // callback runs once it is painted.
      requestAnimationFrame(function () { setTimeout(function () { b.painted = performance.now(); }, 0); });
    }
    var root = document.documentElement;
    if (b.interactive === null && root && root.dataset.app === "ready") {
      b.interactive = performance.now();
      b.bytes = transferred();
      performance.getEntriesByType("mark").forEach(function (m) { b.marks[m.name] = m.startTime; });
      if (b.usable === null && !linked) b.usable = b.interactive;
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver(function (l) {
    l.getEntries().forEach(function (e) { if (e.name === "first-contentful-paint") b.fcp = e.startTime; });
  }).observe({ type: "paint", buffered: true });
})();
