/* realpolitik report views: Plotly charts and DOM tables drawn from plain data.
 * Shared by the self-contained HTML report (data embedded as JSON) and the dashboard (data from /api/).
 * Safety: every string from the data is either set with textContent, or, where Plotly parses a
 * string for its small tag language (hover text, labels), HTML-escaped first with esc().
 */
(function (global) {
  "use strict";

  var CHANNELS = ["diplomatic", "security", "economic", "public_opinion"];
  var CHANNEL_COLORS = { diplomatic: "#4c78a8", security: "#e45756", economic: "#54a24b", public_opinion: "#eeca3b" };
  var PALETTE = ["#1f4e9c", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"];
  var TYPE_COLORS = {
    AGREE: "#1b9e77", CONSULT: "#66a61e", SUPPORT: "#a6d854", CONCEDE: "#8dd3c7", COOPERATE: "#1f78b4",
    AID: "#33a02c", RETREAT: "#b15928", REQUEST: "#6a3d9a", ACCUSE: "#fb9a99", REJECT: "#fdbf6f",
    THREATEN: "#ff7f00", PROTEST: "#cab2d6", SANCTION: "#e7298a", MOBILIZE: "#a6761d", COERCE: "#d95f02",
    ASSAULT: "#e31a1c"
  };
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };

  function esc(s) {
    return String(s === null || s === undefined ? "" : s)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /* Escaped text for Plotly, wrapped into lines of about `width` characters joined with <br>. */
  function wrapEsc(s, width) {
    var words = String(s === null || s === undefined ? "" : s).split(/\s+/), lines = [], line = "";
    for (var i = 0; i < words.length; i++) {
      if (line && (line.length + words[i].length + 1) > width) { lines.push(line); line = words[i]; }
      else { line = line ? line + " " + words[i] : words[i]; }
    }
    if (line) lines.push(line);
    return lines.map(esc).join("<br>");
  }

  function num(x, digits) {
    return (x === null || x === undefined || isNaN(x)) ? "–" : Number(x).toFixed(digits === undefined ? 3 : digits);
  }

  function powerColors(powers) {
    var out = {};
    (powers || []).forEach(function (p, i) { out[p] = PALETTE[i % PALETTE.length]; });
    return out;
  }

  function unique(values) {
    var seen = {}, out = [];
    values.forEach(function (v) { if (!seen[v]) { seen[v] = true; out.push(v); } });
    return out;
  }

  function baseLayout(extra) {
    var layout = {
      margin: { l: 60, r: 20, t: 10, b: 50 }, height: 380, hovermode: "closest",
      paper_bgcolor: "#ffffff", plot_bgcolor: "#fbfbfd", font: { family: "system-ui, sans-serif", size: 12 },
      legend: { orientation: "h", y: -0.18 }
    };
    for (var k in extra) { if (Object.prototype.hasOwnProperty.call(extra, k)) layout[k] = extra[k]; }
    return layout;
  }

  function empty(el, message) {
    if (global.Plotly && el.classList.contains("js-plotly-plot")) { global.Plotly.purge(el); }
    while (el.firstChild) el.removeChild(el.firstChild);
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    el.appendChild(p);
  }

  function draw(el, traces, layout) {
    var msg = el.querySelector("p.empty");
    if (msg) el.removeChild(msg);
    return global.Plotly.react(el, traces, layout, CONFIG);
  }

  /* Influence share per power over time (lines); hover gives score and its two layers. */
  function influenceChart(el, rows, powers) {
    if (!rows || !rows.length) return empty(el, "No influence scores for these filters.");
    var colors = powerColors(powers);
    var traces = powers.map(function (p) {
      var mine = rows.filter(function (r) { return r.power === p; });
      return {
        type: "scatter", mode: "lines+markers", name: esc(p), line: { color: colors[p], width: 2.5 },
        x: mine.map(function (r) { return r.period; }),
        y: mine.map(function (r) { return r.share; }),
        hoverinfo: "text",
        hovertext: mine.map(function (r) {
          return "<b>" + esc(p) + " " + esc(r.period) + "</b><br>share " + num(r.share, 2) + " · score " +
            num(r.score) + "<br>event layer " + num(r.event_score, 2) + " · structural " +
            num(r.structural_score, 2) + "<br>" + esc(r.n_events) + " events in the period";
        })
      };
    });
    return draw(el, traces, baseLayout({
      xaxis: { type: "category", title: { text: "period" } },
      yaxis: { title: { text: "share of positive influence" }, range: [-0.02, 1.02], tickformat: ".0%" }
    }));
  }

  /* Decayed event score per channel, stacked, one bar per (period, power). */
  function channelsChart(el, rows, powers) {
    var active = {};
    (rows || []).forEach(function (r) {
      var c = r.channels || {};
      if (CHANNELS.some(function (k) { return Math.abs(c[k] || 0) > 1e-9; })) active[r.period] = true;
    });
    var kept = (rows || []).filter(function (r) { return active[r.period]; });
    if (!kept.length) return empty(el, "No events in any channel for these filters.");
    var traces = CHANNELS.map(function (ch) {
      return {
        type: "bar", name: esc(ch.replace("_", " ")), marker: { color: CHANNEL_COLORS[ch] },
        x: [kept.map(function (r) { return r.period; }), kept.map(function (r) { return r.power; })],
        y: kept.map(function (r) { return (r.channels || {})[ch] || 0; }),
        hoverinfo: "text",
        hovertext: kept.map(function (r) {
          return "<b>" + esc(r.power) + " " + esc(r.period) + "</b><br>" + esc(ch.replace("_", " ")) + ": " +
            num((r.channels || {})[ch], 2) + "<br>event score " + num(r.event_score, 2);
        })
      };
    });
    return draw(el, traces, baseLayout({
      barmode: "relative", xaxis: { type: "multicategory" },
      yaxis: { title: { text: "decayed event score (Goldstein points)" }, zeroline: true }
    }));
  }

  function eventDescription(e) {
    var who = esc(e.source_name || e.source_code || e.source_country) + " → " + esc(e.event_type || "?") +
      (e.mode ? " (" + esc(e.mode) + ")" : "") + " → " + esc(e.target_name || e.target_code || e.target_country);
    var lines = ["<b>" + esc(e.date) + "</b>  " + who,
      "Goldstein " + num(e.goldstein, 1) + (e.hypothetical ? " · hypothetical" : "") +
        (e.cameo ? " · CAMEO " + esc(e.cameo) : "")];
    if (e.sentence) lines.push("“" + wrapEsc(e.sentence, 90) + "”");
    if (e.title) lines.push("<i>" + wrapEsc(e.title, 90) + "</i>");
    if (e.dataset) lines.push("dataset " + esc(e.dataset) + (e.row_id ? " row " + esc(e.row_id) : ""));
    return lines.join("<br>");
  }

  /* Events between the powers and the target: x date, y Goldstein, colour PLOVER type;
   * circles for events coded from text, diamonds for dataset rows, open symbols for hypotheticals. */
  function timelineChart(el, events) {
    if (!events || !events.length) return empty(el, "No events between these powers and the target for these filters.");
    var types = unique(events.map(function (e) { return e.event_type || "(none)"; })).sort();
    var traces = types.map(function (t) {
      var mine = events.filter(function (e) { return (e.event_type || "(none)") === t; });
      return {
        type: "scatter", mode: "markers", name: esc(t),
        x: mine.map(function (e) { return e.date; }),
        y: mine.map(function (e) { return e.goldstein; }),
        marker: {
          color: TYPE_COLORS[t] || "#888", size: 10, line: { width: 1.5, color: TYPE_COLORS[t] || "#888" },
          symbol: mine.map(function (e) {
            return (e.dataset ? "diamond" : "circle") + (e.hypothetical ? "-open" : "");
          })
        },
        hoverinfo: "text", hovertext: mine.map(eventDescription)
      };
    });
    return draw(el, traces, baseLayout({
      xaxis: { type: "date", title: { text: "date" } },
      yaxis: { title: { text: "Goldstein (conflict − / cooperation +)" }, range: [-10.5, 10.5], zeroline: true },
      hoverlabel: { align: "left" }
    }));
  }

  /* Who acts on whom: actors on a circle (laid out in Python), arrows weighted by event count. */
  function networkChart(el, net, powers, target) {
    if (!net || !net.nodes || !net.nodes.length) return empty(el, "No events between these actors for these filters.");
    var colors = powerColors(powers), byId = {}, maxCount = 1;
    colors[target] = "#444444";
    net.nodes.forEach(function (n) { byId[n.id] = n; });
    net.edges.forEach(function (e) { maxCount = Math.max(maxCount, e.count); });
    var annotations = net.edges.map(function (e) {
      var s = byId[e.source], t = byId[e.target];
      return {
        x: t.x, y: t.y, ax: s.x, ay: s.y, xref: "x", yref: "y", axref: "x", ayref: "y", text: "",
        showarrow: true, arrowhead: 2, arrowsize: 1, standoff: 12, startstandoff: 12,
        arrowwidth: 1 + 5 * e.count / maxCount, arrowcolor: "rgba(90,90,110,0.55)"
      };
    });
    var mid = {
      type: "scatter", mode: "markers", name: "edges", showlegend: false, marker: { size: 6, color: "rgba(0,0,0,0)" },
      x: net.edges.map(function (e) { return (byId[e.source].x + byId[e.target].x) / 2; }),
      y: net.edges.map(function (e) { return (byId[e.source].y + byId[e.target].y) / 2; }),
      hoverinfo: "text",
      hovertext: net.edges.map(function (e) {
        return esc(byId[e.source].label) + " → " + esc(byId[e.target].label) + "<br>" + esc(e.count) +
          " events · mean Goldstein " + num(e.mean_goldstein, 1);
      })
    };
    var countries = unique(net.nodes.map(function (n) { return n.country || "?"; }));
    var nodeTraces = countries.map(function (c, i) {
      var mine = net.nodes.filter(function (n) { return (n.country || "?") === c; });
      return {
        type: "scatter", mode: "markers+text", name: esc(c),
        x: mine.map(function (n) { return n.x; }), y: mine.map(function (n) { return n.y; }),
        text: mine.map(function (n) { return esc(n.label); }), textposition: "top center",
        marker: { size: mine.map(function (n) { return 10 + 4 * Math.sqrt(n.events); }),
                  color: colors[c] || PALETTE[(i + 3) % PALETTE.length], line: { width: 1, color: "#fff" } },
        hoverinfo: "text",
        hovertext: mine.map(function (n) { return "<b>" + esc(n.label) + "</b> (" + esc(n.id) + ")<br>" + esc(n.events) + " events"; })
      };
    });
    return draw(el, [mid].concat(nodeTraces), baseLayout({
      height: 480, annotations: annotations, margin: { l: 20, r: 20, t: 20, b: 40 },
      xaxis: { visible: false, range: [-1.35, 1.35] }, yaxis: { visible: false, range: [-1.25, 1.3], scaleanchor: "x" }
    }));
  }

  /* Arms deliveries (TIV) per power per year, with security dependence on the right axis. */
  function armsChart(el, rows, powers) {
    if (!rows || !rows.length) return empty(el, "No arms deliveries to this target in the store (SIPRI).");
    var colors = powerColors(powers), traces = [];
    powers.forEach(function (p) {
      var mine = rows.filter(function (r) { return r.power === p; });
      traces.push({
        type: "bar", name: esc(p) + " TIV delivered", marker: { color: colors[p] }, opacity: 0.8,
        x: mine.map(function (r) { return r.year; }), y: mine.map(function (r) { return r.tiv_year; }),
        hoverinfo: "text",
        hovertext: mine.map(function (r) {
          return "<b>" + esc(p) + " → " + esc(r.target) + " " + esc(r.year) + "</b><br>delivered " + num(r.tiv_year, 1) +
            " TIV<br>window " + num(r.bandwidth, 1) + " of " + num(r.tiv_total_target, 1) + " TIV";
        })
      });
      traces.push({
        type: "scatter", mode: "lines", name: esc(p) + " security dependence", yaxis: "y2",
        line: { color: colors[p], dash: "dot" },
        x: mine.map(function (r) { return r.year; }), y: mine.map(function (r) { return r.security_dependence; }),
        hoverinfo: "text",
        hovertext: mine.map(function (r) { return esc(p) + " " + esc(r.year) + ": " + num(100 * r.security_dependence, 1) + "% of the target's arms imports over the window"; })
      });
    });
    return draw(el, traces, baseLayout({
      barmode: "group", xaxis: { title: { text: "delivery year" }, tickformat: "d" },
      yaxis: { title: { text: "TIV delivered (millions)" } },
      yaxis2: { title: { text: "security dependence" }, overlaying: "y", side: "right", range: [0, 1], tickformat: ".0%" },
      margin: { l: 60, r: 60, t: 10, b: 50 }
    }));
  }

  /* Forecast distribution: bars when it is a mapping of outcome -> number. */
  /* The forecast of each model: its Monte Carlo histogram when there is one, else its point forecast. */
  function forecastChart(el, models) {
    if (!models || !models.length) return empty(el, "No forecast given.");
    var traces = [];
    models.forEach(function (m) {
      var h = m.histogram;
      if (h && h.edges && h.counts && h.counts.length) {
        var mids = h.counts.map(function (_, i) { return (h.edges[i] + h.edges[i + 1]) / 2; });
        traces.push({ type: "bar", name: esc(m.model), x: mids, y: h.counts, opacity: 0.6,
          hoverinfo: "text", hovertext: h.counts.map(function (c, i) {
            return esc(m.model) + ": " + c + " runs in [" + num(h.edges[i]) + ", " + num(h.edges[i + 1]) + ")"; }) });
      } else if (typeof m.forecast === "number") {
        traces.push({ type: "scatter", mode: "markers", name: esc(m.model), x: [m.forecast], y: [0],
          marker: { size: 12 }, hoverinfo: "text", hovertext: [esc(m.model) + ": " + num(m.forecast)] });
      }
    });
    if (!traces.length) return empty(el, "The forecast has nothing to chart.");
    return draw(el, traces, baseLayout({ height: 300, barmode: "overlay",
      xaxis: { title: { text: "forecast position" } }, yaxis: { title: { text: "runs" } } }));
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  /* Quotes as table rows, text set with textContent only. */
  function quotesTable(tbody, quotes) {
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    if (!quotes || !quotes.length) {
      var tr = document.createElement("tr");
      var td = cell(tr, "No quotes for these filters.", "empty");
      td.colSpan = 4;
      tbody.appendChild(tr);
      return;
    }
    quotes.forEach(function (q) {
      var tr = document.createElement("tr");
      cell(tr, q.speaker + (q.speaker_code ? " (" + q.speaker_code + ")" : ""), "speaker");
      cell(tr, q.date, "date");
      cell(tr, "“" + q.text + "”", "quote");
      cell(tr, q.title || q.doc_id, "doc");
      tbody.appendChild(tr);
    });
  }

  global.RP = {
    esc: esc, wrapEsc: wrapEsc, influenceChart: influenceChart, channelsChart: channelsChart,
    timelineChart: timelineChart, networkChart: networkChart, armsChart: armsChart,
    forecastChart: forecastChart, quotesTable: quotesTable, TYPE_COLORS: TYPE_COLORS
  };
})(window);
