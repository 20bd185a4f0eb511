/* Builds the copy-paste snippet for embed.html from its own query string
   (scenario, event, lang), and shows a live preview. */
(function () {
  "use strict";
  var allowed = { scenario: /^(status-quo|two-island|four-island)$/, event: /^[a-z0-9-]{1,64}$/, lang: /^(en|ja|ru)$/ };
  var params = new URLSearchParams(location.search);
  var query = new URLSearchParams();
  Object.keys(allowed).forEach(function (k) {
    var v = params.get(k);
    if (v && allowed[k].test(v)) query.set(k, v);
  });
  query.set("embed", "1");
  var base = new URL("./", location.href);
  var mapUrl = new URL("./?" + query.toString(), base).href;
  var scriptUrl = new URL("./embed.js", base).href;
  var snippet =
    '<iframe data-kuril-map src="' + mapUrl + '" title="Map: the Southern Kuril Islands / Northern Territories dispute"' +
    ' loading="lazy" style="width:100%;height:720px;border:0"></iframe>\n' +
    '<script src="' + scriptUrl + '" async></' + 'script>';
  var box = document.getElementById("snippet");
  box.value = snippet;
  var frame = document.createElement("iframe");
  frame.setAttribute("data-kuril-map", "");
  frame.src = mapUrl;
  frame.title = "Map preview";
  frame.className = "embed-page__frame";
  document.getElementById("preview").appendChild(frame);
  var back = document.getElementById("back");
  query.delete("embed");
  back.href = "./?" + query.toString();
  document.getElementById("copy").addEventListener("click", function () {
    var done = function (ok) { document.getElementById("copied").textContent = ok ? "Copied." : "Select the code and copy it."; };
    if (navigator.clipboard) navigator.clipboard.writeText(snippet).then(function () { done(true); }, function () { done(false); });
    else { box.select(); done(false); }
  });
})();
