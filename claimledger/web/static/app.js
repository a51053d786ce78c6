/* claimledger web UI: the map (Leaflet + a Natural Earth GeoJSON basemap, no tile server)
   and the document reader's click-to-show-claim. Plain JS, no build step. */
(function () {
  "use strict";

  var GRADE_COLOURS = {
    single_source: "#1f6fb2", "single-source": "#1f6fb2", single: "#1f6fb2",
    corroborated: "#2e7d32", contested: "#c62828", reviewed: "#6a1b9a", acknowledged: "#ef6c00"
  };

  function gradeColour(grade) { return GRADE_COLOURS[grade] || "#78909c"; }

  function radius(killed) {
    var k = Number(killed);
    if (!isFinite(k) || k <= 0) { return 4; }
    return Math.min(26, 4 + 5 * Math.log10(1 + k));  /* log scale: 10 -> 9, 100 -> 14, 1000 -> 19 */
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(url + ": " + r.status); } return r.json(); });
  }

  function makeMap(el, many) {
    /* thousands of circles draw faster on a canvas than as SVG elements */
    var map = L.map(el, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5, preferCanvas: !!many });
    map.attributionControl.setPrefix("");
    map.attributionControl.addAttribution("Basemap: Natural Earth (public domain)");
    map.setView([30, 20], 2);
    if (el.dataset.basemap) {
      getJSON(el.dataset.basemap).then(function (gj) {
        L.geoJSON(gj, {
          interactive: false,
          style: function () { return { color: "#8a9aa9", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }; }
        }).addTo(map).bringToBack();
      }).catch(function (e) { console.warn(e); });
    }
    return map;
  }

  function popupContent(p) {
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(p.id);
    a.textContent = (p.type || "incident") + " · " + (p.place || "") + " · " + (p.date_start || "");
    div.appendChild(a);
    var info = document.createElement("div");
    info.textContent = "grade: " + (p.grade || "—") + (p.killed_high != null ? " · killed up to " + p.killed_high : "");
    div.appendChild(info);
    return div;
  }

  function overviewMap(el) {
    getJSON(el.dataset.geojson).then(function (gj) {
      var map = makeMap(el, gj.features.length > 2000);
      var layer = L.geoJSON(gj, {
        pointToLayer: function (feature, latlng) {
          var p = feature.properties;
          return L.circleMarker(latlng, {
            radius: radius(p.killed_high), color: gradeColour(p.grade), weight: 1.5,
            fillColor: gradeColour(p.grade), fillOpacity: 0.45, className: "incident-marker"
          });
        },
        onEachFeature: function (feature, lyr) {
          var p = feature.properties;
          lyr.bindTooltip(popupContent(p));
          lyr.on("click", function () { window.location.href = "/incidents/" + encodeURIComponent(p.id); });
        }
      }).addTo(map);
      el.dataset.markers = String(gj.features.length);
      if (gj.features.length) {
        map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 7 });
      }
    }).catch(function (e) { el.dataset.error = String(e); console.warn(e); });
  }

  function incidentMap(el) {
    var map = makeMap(el);
    var latlng = [Number(el.dataset.lat), Number(el.dataset.lon)];
    L.circleMarker(latlng, {
      radius: radius(el.dataset.killed), color: gradeColour(el.dataset.grade),
      fillColor: gradeColour(el.dataset.grade), fillOpacity: 0.5, className: "incident-marker"
    }).addTo(map);
    map.setView(latlng, 4);
    el.dataset.markers = "1";
  }

  function documentReader(text) {
    var hint = document.getElementById("claim-hint");
    function ids(mark, key) { return (mark.dataset[key] || "").split(" ").filter(Boolean); }
    text.addEventListener("click", function (ev) {
      var mark = ev.target.closest ? ev.target.closest("mark") : null;
      if (!mark) { return; }
      var claims = ids(mark, "claims");
      var findings = ids(mark, "findings");
      if (!claims.length && !findings.length) { return; }
      document.querySelectorAll(".claimpanel.open, .finding-card.open").forEach(function (p) { p.classList.remove("open"); });
      document.querySelectorAll("mark.sel").forEach(function (m) { m.classList.remove("sel"); });
      var first = null;
      claims.forEach(function (id) {
        var panel = document.getElementById("claim-" + id);
        if (panel) { panel.classList.add("open"); first = first || panel; }
        text.querySelectorAll("mark[data-claims]").forEach(function (m) {
          if (ids(m, "claims").indexOf(id) >= 0) { m.classList.add("sel"); }
        });
      });
      findings.forEach(function (id) {
        var card = document.getElementById("finding-" + id);
        if (card) { card.classList.add("open"); first = first || card; }
      });
      if (first) { first.scrollIntoView({ block: "nearest" }); }
      if (hint) {
        hint.textContent = (claims.length === 1 ? "1 claim" : claims.length + " claims") +
          (findings.length ? " and " + findings.length + " audit finding(s)" : "") + " here:";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("map");
    if (el && window.L) {
      if (el.dataset.geojson) { overviewMap(el); } else if (el.dataset.lat) { incidentMap(el); }
    }
    var text = document.getElementById("doctext");
    if (text) { documentReader(text); }
  });
})();
