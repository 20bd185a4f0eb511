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
  var storyQuery = new URLSearchParams(query);
  storyQuery.set("view", "map");
  var storyUrl = new URL("./?" + storyQuery.toString(), base).href;
  var first = query.get("event") ? "event=" + query.get("event") : "scenario=" + (query.get("scenario") || "status-quo");
  document.getElementById("story-snippet").value =
    '<link rel="stylesheet" href="' + new URL("./story.css", base).href + '">\n' +
    '<div data-kuril-story>\n' +
    '  <iframe data-kuril-map src="' + storyUrl + '" title="Map: the Southern Kuril Islands / Northern Territories"></iframe>\n' +
    '  <section data-kuril-step="' + first + '"><p>Your first paragraph.</p></section>\n' +
    '  <section data-kuril-step="event=joint-declaration-1956"><p>Your second paragraph.</p></section>\n' +
    '  <section data-kuril-step="scenario=two-island"><p>Your third paragraph.</p></section>\n' +
    '</div>\n' +
    '<script src="' + scriptUrl + '" async></' + 'script>';
  var frame = document.createElement("iframe");
  frame.setAttribute("data-kuril-map", "");
  frame.src = mapUrl;
  frame.title = "Map preview";
  frame.className = "embed-page__frame";
  document.getElementById("preview").appendChild(frame);
  // The view's own page, named as the build names it (url_state::page_file
  // in the app): the status quo is index, else the event or scenario id,
  // with the language before .html unless it is English.
  var stem = query.get("event") || (query.get("scenario") && query.get("scenario") !== "status-quo" ? query.get("scenario") : "index");
  var lang = query.get("lang");
  var page = new URL(stem + (lang && lang !== "en" ? "." + lang : "") + ".html", base).href;
  var link = document.getElementById("page-link");
  link.href = page;
  link.textContent = page;
  document.getElementById("back").href = page;
  document.getElementById("copy").addEventListener("click", function () {
    var done = function (ok) { document.getElementById("copied").textContent = ok ? "Copied." : "Select the code and copy it."; };
    if (navigator.clipboard) navigator.clipboard.writeText(snippet).then(function () { done(true); }, function () { done(false); });
    else { box.select(); done(false); }
  });
})();
