// report.html's charts: dygraphs over canaryCharts (every point of the run), ticks for people as the console's
// (duration::axisStep/axisLabel: whole seconds, minutes, hours, days), the episodes shaded and named.
(function () {
  var charts = canaryCharts, steps = canaryAxisSteps;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function clock(s) {
    s = Math.round(s);
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = s % 60;
    return h > 0 ? h + ':' + pad(m) + ':' + pad(x) : Math.floor(s / 60) + ':' + pad(x);
  }
  function tick(s, step, span) {
    s = Math.round(s);
    if (span > 86400 && step >= 3600) {
      var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
      return d == 0 ? h + ' h' : h == 0 ? d + ' d' : d + ' d ' + h + ' h';
    }
    var H = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = s % 60;
    return span >= 3600 ? H + ':' + pad(m) + ':' + pad(x) : Math.floor(s / 60) + ':' + pad(x);
  }
  function ticker(span) {
    return function (min, max, pixels) {
      var n = Math.max(2, Math.min(10, pixels / 90)), w = max - min, step = 0;
      for (var i = 0; i < steps.length; i++) if (w / steps[i] <= n) { step = steps[i]; break; }
      if (!step) step = 604800 * Math.ceil(w / 604800 / n);
      var out = [];
      for (var t = Math.ceil(min / step - 1e-9) * step; t <= max + 1e-9; t += step)
        out.push({ v: t, label: tick(t, step, span) });
      return out;
    };
  }
  if (typeof Dygraph === 'undefined') return;
  charts.forEach(function (c, i) {
    var opts = {};
    c.series.forEach(function (s) {
      opts[s.name] = { strokeWidth: s.width, color: s.color, strokePattern: s.dash ? [6, 4] : null };
    });
    window['canaryChart' + i] = new Dygraph(document.getElementById('chart' + i), c.rows, {
      labels: ['time'].concat(c.series.map(function (s) { return s.name; })),
      colors: c.series.map(function (s) { return s.color; }),
      series: opts, title: c.title, ylabel: c.unit, legend: 'always', labelsDiv: 'chart' + i + '-legend',
      valueRange: c.range,
      underlayCallback: function (ctx, area, g) {
        (c.episodes || []).forEach(function (e, k) {
          var a = g.toDomXCoord(e[0]), b = g.toDomXCoord(e[1]), h = e[2],
              rgb = parseInt(h.substr(3, 2), 16) + ',' + parseInt(h.substr(5, 2), 16) + ',' + parseInt(h.substr(7, 2), 16);
          ctx.fillStyle = 'rgba(' + rgb + ',' + (parseInt(h.substr(1, 2), 16) / 255) + ')';
          ctx.fillRect(a, area.y, Math.max(2, b - a), area.h);
          ctx.fillStyle = 'rgb(' + rgb + ')';
          ctx.font = '11px sans-serif';
          ctx.fillText(e[4], a + 3, area.y + 12 + (k % 2) * 13);
        });
      },
      axes: {
        x: { valueFormatter: clock, ticker: ticker(c.rows.length ? c.rows[c.rows.length - 1][0] : 0) },
        y: { valueFormatter: function (v) { return v.toFixed(2) + ' ' + c.unit; } }
      }
    });
  });
  document.body.setAttribute('data-charts-drawn', String(charts.length));
})();
