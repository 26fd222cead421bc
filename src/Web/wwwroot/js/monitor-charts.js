// Draws the monitor's charts with Chart.js from the data-chart attribute of each canvas. The same figures are in the
// table beside every chart; a suppressed figure ("< 5") is null here and leaves a gap.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }

  var colours = ["#0b71a1", "#c94f00", "#2e7d32", "#7b3fa0", "#6d6d6d", "#b00055", "#00796b", "#8d6e00", "#3949ab", "#5d4037"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    new Chart(canvas, {
      type: data.kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, i) {
          return {
            label: series.label,
            data: series.values,
            borderColor: colours[i % colours.length],
            backgroundColor: colours[i % colours.length],
            spanGaps: false,
          };
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true } },
        plugins: { legend: { position: "bottom" } },
      },
    });
  });
})();
