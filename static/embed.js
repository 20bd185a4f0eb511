/* Kuril Islands map, host-page script (under 2 KB gzip). Resizes every
   <iframe data-kuril-map> to its content and re-dispatches its state as a
   "kuril-map:state" DOM event on the iframe, accepting a message only from
   that iframe's own window and origin. In a [data-kuril-story] element,
   each [data-kuril-step="event=…"] that reaches the middle of the viewport
   sends the story's frame a "kuril-map:show" message for that step. */
(function () {
  "use strict";
  var keys = ["scenario", "event", "lang"];
  function origin(f) {
    try { return new URL(f.src, location.href).origin; } catch (x) { return null; }
  }
  function show(f) {
    var q = new URLSearchParams(f.kurilStep || ""), m = { type: "kuril-map:show" };
    keys.forEach(function (k) { if (q.has(k)) m[k] = q.get(k); });
    var o = origin(f);
    if (f.kurilStep && o && f.contentWindow) f.contentWindow.postMessage(m, o);
  }
  addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || typeof d.type !== "string") return;
    var list = document.querySelectorAll("iframe[data-kuril-map]");
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.contentWindow !== e.source) continue;
      if (e.origin !== origin(f)) return;
      if (d.type === "kuril-map:height") {
        var h = d.height;
        if (typeof h === "number" && h >= 100 && h <= 20000) f.style.height = Math.ceil(h) + "px";
      } else if (d.type === "kuril-map:state") {
        // The frame is ready: it may have missed the current step.
        if (!f.kurilReady) { f.kurilReady = true; show(f); }
        f.dispatchEvent(new CustomEvent("kuril-map:state", { detail: {
          scenario: typeof d.scenario === "string" ? d.scenario : null,
          event: typeof d.event === "string" ? d.event : null,
          lang: typeof d.lang === "string" ? d.lang : null } }));
      }
      return;
    }
  });
  function story(root) {
    var f = root.querySelector("iframe[data-kuril-map]");
    if (!f || !("IntersectionObserver" in window)) return;
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (en) {
        if (!en.isIntersecting) return;
        var s = en.target;
        root.querySelectorAll("[data-kuril-step]").forEach(function (x) {
          if (x === s) x.setAttribute("data-kuril-active", ""); else x.removeAttribute("data-kuril-active");
        });
        f.kurilStep = s.getAttribute("data-kuril-step");
        show(f);
      });
    }, { rootMargin: "-50% 0px -50% 0px" });
    root.querySelectorAll("[data-kuril-step]").forEach(function (s) { io.observe(s); });
  }
  function start() { document.querySelectorAll("[data-kuril-story]").forEach(story); }
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", start); else start();
})();
