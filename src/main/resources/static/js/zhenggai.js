// Small progressive enhancements: every page works without this file.
(function () {
  "use strict";

  // The navbar toggle on narrow screens, without Bootstrap's script bundle.
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-zg-toggle]");
    if (toggle) {
      document.querySelector(toggle.getAttribute("data-zg-toggle")).classList.toggle("show");
    }
  });

  // Drag and drop onto a file input's drop zone: files dropped are added to the input.
  function enhanceDropzones(root) {
    root.querySelectorAll("[data-zg-dropzone]").forEach(function (zone) {
      if (zone.dataset.zgReady) { return; }
      zone.dataset.zgReady = "1";
      var input = document.getElementById(zone.getAttribute("data-zg-dropzone"));
      var list = zone.querySelector("[data-zg-files]");
      function show() {
        if (!list) { return; }
        list.textContent = Array.prototype.map.call(input.files, function (f) { return f.name; }).join("、");
      }
      zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("zg-over"); });
      zone.addEventListener("dragleave", function () { zone.classList.remove("zg-over"); });
      zone.addEventListener("drop", function (e) {
        e.preventDefault();
        zone.classList.remove("zg-over");
        var all = new DataTransfer();
        Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
        Array.prototype.forEach.call(e.dataTransfer.files, function (f) { all.items.add(f); });
        input.files = all.files;
        show();
      });
      input.addEventListener("change", show);
    });
  }

  // Charts: a container with data-zg-chart holds its ECharts option as JSON.
  function drawCharts(root) {
    if (typeof echarts === "undefined") { return; }
    root.querySelectorAll("[data-zg-chart]").forEach(function (el) {
      var option = JSON.parse(el.getAttribute("data-zg-chart"));
      var chart = echarts.init(el);
      chart.setOption(option);
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  // The print view opens the print dialogue once loaded, unless ?noprint is asked for.
  window.addEventListener("load", function () {
    if (document.body.hasAttribute("data-zg-print") && !location.search.includes("noprint")) { window.print(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    enhanceDropzones(document);
    drawCharts(document);
  });
  document.addEventListener("htmx:afterSettle", function (e) { enhanceDropzones(e.target); });
})();
