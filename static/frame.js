/* Before the app runs, the pre-rendered page takes the chrome that a
   framed map's URL asks for: embed=1 hides the headline, view=map shows
   only the map, its legend and land split. Without this an article's
   frame shows the whole page until the WebAssembly has started. Values
   are read as src/url_state.rs reads them (a value it rejects changes
   nothing; a later valid one wins); the app applies the same classes
   once it runs. */
(function () {
  var page = document.querySelector("#prerendered .page");
  if (!page || typeof URLSearchParams !== "function") return;
  var on = { embed: false, map: false };
  // The first 2048 characters after "?", as the app reads them.
  new URLSearchParams(location.search.slice(0, 2049)).forEach(function (value, key) {
    if (key === "embed") {
      if (value === "1" || value === "true") on.embed = true;
      else if (value === "0" || value === "false" || value === "") on.embed = false;
    } else if (key === "view") {
      if (value === "map") on.map = true;
      else if (value === "full" || value === "") on.map = false;
    }
  });
  page.classList.toggle("embed", on.embed);
  page.classList.toggle("map-only", on.map);
})();
