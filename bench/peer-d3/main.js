// The benchmark's peer page: the same GeoJSON, the same transverse
// Mercator on the frame's central meridian fitted to a 1000-unit-wide
// view, and the same scenario buttons, written the way a D3 page is.
(function () {
  "use strict";
  var FRAME = [144.5, 42.8, 150.5, 46.4];
  var WIDTH = 1000;
  var JAPAN_GETS = {
    "status-quo": [],
    "two-island": ["shikotan", "habomai"],
    "four-island": ["iturup", "kunashir", "shikotan", "habomai"]
  };

  // The frame's outline, densified so that curved parallels bound it.
  function frameOutline() {
    var w = FRAME[0], s = FRAME[1], e = FRAME[2], n = FRAME[3], steps = 24, pts = [], i;
    for (i = 0; i < steps; i++) pts.push([w + (e - w) * i / steps, s]);
    for (i = 0; i < steps; i++) pts.push([e, s + (n - s) * i / steps]);
    for (i = 0; i < steps; i++) pts.push([e - (e - w) * i / steps, n]);
    for (i = 0; i <= steps; i++) pts.push([w, n - (n - s) * i / steps]);
    return { type: "LineString", coordinates: pts };
  }

  // GeoJSON (RFC 7946) winds outer rings anticlockwise; d3-geo reads
  // that as the rest of the sphere, so such polygons are turned round.
  function rewind(feature) {
    if (d3.geoArea(feature) > 2 * Math.PI) {
      var polys = feature.geometry.type === "Polygon"
        ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      polys.forEach(function (poly) { poly.forEach(function (ring) { ring.reverse(); }); });
    }
    return feature;
  }

  function load(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  Promise.all([load("geodata/islands.geojson"), load("geodata/context.geojson")]).then(function (data) {
    var islands = data[0].features.map(rewind);
    var context = data[1].features.map(rewind);
    var frame = frameOutline();
    var projection = d3.geoTransverseMercator()
      .rotate([-(FRAME[0] + FRAME[2]) / 2, -(FRAME[1] + FRAME[3]) / 2])
      .fitWidth(WIDTH, frame);
    var path = d3.geoPath(projection);
    var height = Math.round(path.bounds(frame)[1][1]);
    projection.fitExtent([[0, 0], [WIDTH, height]], frame);

    var svg = d3.select("svg.map").attr("viewBox", "0 0 " + WIDTH + " " + height);
    svg.append("g").selectAll("path").data(context).join("path")
      .attr("class", "context-land").attr("d", path);
    var units = svg.append("g").selectAll("path").data(islands).join("path")
      .attr("class", "island")
      .attr("data-island", function (d) { return d.id; })
      .attr("d", path);
    var buttons = d3.selectAll("button[data-scenario]");

    function show(scenario) {
      var japan = JAPAN_GETS[scenario] || [];
      units.attr("data-holder", function (d) { return japan.indexOf(d.id) >= 0 ? "japan" : "russia"; });
      buttons.attr("aria-pressed", function () { return String(this.dataset.scenario === scenario); });
    }
    show("status-quo");
    buttons.on("click", function () { show(this.dataset.scenario); });
    document.documentElement.dataset.app = "ready";
  }).catch(function (err) {
    var p = document.createElement("p");
    p.textContent = "Could not draw the map: " + err.message;
    document.body.appendChild(p);
  });
})();
