/* Kuril Islands map, host-page script (under 2 KB). Resizes every
   <iframe data-kuril-map> to its content and re-dispatches its state as a
   "kuril-map:state" DOM event on the iframe. It accepts a message only from
   that iframe's own window and origin, and ignores malformed ones. */
(function () {
  "use strict";
  addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || typeof d.type !== "string") return;
    var list = document.querySelectorAll("iframe[data-kuril-map]");
    for (var i = 0; i < list.length; i++) {
      var f = list[i], origin;
      if (f.contentWindow !== e.source) continue;
      try { origin = new URL(f.src, location.href).origin; } catch (x) { return; }
      if (e.origin !== origin) return;
      if (d.type === "kuril-map:height") {
        var h = d.height;
        if (typeof h === "number" && h >= 100 && h <= 20000) f.style.height = Math.ceil(h) + "px";
      } else if (d.type === "kuril-map:state") {
        f.dispatchEvent(new CustomEvent("kuril-map:state", { detail: {
          scenario: typeof d.scenario === "string" ? d.scenario : null,
          event: typeof d.event === "string" ? d.event : null,
          lang: typeof d.lang === "string" ? d.lang : null } }));
      }
      return;
    }
  });
})();
