/* realpolitik dashboard: reads the filters, fetches /api/..., draws with RP (report.js).
 * Text from the data is only ever set with textContent (or escaped by RP for Plotly). */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var statusEl = document.getElementById("status");
  var fields = { target: "f-target", powers: "f-powers", from: "f-from", to: "f-to", freq: "f-freq",
                 event_type: "f-type", lang: "f-lang" };
  var generation = 0;

  function $(id) { return document.getElementById(id); }

  function setStatus(text, isError) {
    statusEl.textContent = text || "";
    statusEl.className = isError ? "error" : "";
  }

  function values() {
    var out = {};
    Object.keys(fields).forEach(function (k) { out[k] = $(fields[k]).value.trim(); });
    out.target = out.target.toUpperCase();
    out.powers = out.powers.toUpperCase().replace(/\s+/g, "");
    return out;
  }

  function query(v, keys) {
    var p = new URLSearchParams();
    keys.forEach(function (k) { if (v[k]) p.append(k, v[k]); });
    return p.toString();
  }

  function detailText(body) {
    if (!body || body.detail === undefined) return "request failed";
    if (typeof body.detail === "string") return body.detail;
    return body.detail.map(function (d) {
      return (d.loc ? d.loc[d.loc.length - 1] + ": " : "") + d.msg;
    }).join("; ");
  }

  function getJSON(path, qs) {
    return fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { var e = new Error(detailText(body)); e.status = r.status; throw e; }
        return body;
      });
    });
  }

  function stat(label, value, sub) {
    var d = document.createElement("div"); d.className = "stat";
    var k = document.createElement("div"); k.className = "k"; k.textContent = label; d.appendChild(k);
    var v = document.createElement("div"); v.className = "v"; v.textContent = value; d.appendChild(v);
    if (sub) { var s = document.createElement("div"); s.className = "k"; s.textContent = sub; d.appendChild(s); }
    return d;
  }

  function summary(rows, events, quotes, powers) {
    var box = $("summary");
    while (box.firstChild) box.removeChild(box.firstChild);
    var periods = rows.map(function (r) { return r.period; });
    var last = periods.length ? periods[periods.length - 1] : null;
    $("summary-title").textContent = "Summary" + (last ? " — " + last : "");
    rows.filter(function (r) { return r.period === last; }).forEach(function (r) {
      box.appendChild(stat(r.power + " share", Math.round(100 * (r.share || 0)) + "%", "score " + Number(r.score || 0).toFixed(3)));
    });
    box.appendChild(stat("events shown", String(events.total)));
    box.appendChild(stat("quotes", String(quotes.total)));
  }

  function provenance(meta) {
    var dl = $("provenance"), p = meta.provenance || {};
    while (dl.firstChild) dl.removeChild(dl.firstChild);
    function row(k, v) {
      var dt = document.createElement("dt"); dt.textContent = k; dl.appendChild(dt);
      var dd = document.createElement("dd"); dd.textContent = v; dl.appendChild(dd);
    }
    row("store", p.store);
    row("realpolitik", p.version);
    var c = p.counts || {};
    row("documents", c.documents + " (" + (p.documents_by_lang || []).map(function (r) { return r.lang + " " + r.n; }).join(", ") +
        "); " + c.events + " events, " + c.quotes + " quotes");
    row("datasets", (p.datasets || []).map(function (r) { return r.dataset + " " + r.n + " rows"; }).join(", ") || "none");
    var s = p.settings || {};
    Object.keys(s).forEach(function (k) {
      var v = s[k];
      if (v && typeof v === "object" && !Array.isArray(v)) v = Object.keys(v).map(function (x) { return x + " " + v[x]; }).join(", ");
      row("index: " + k, String(v));
    });
    row("loaded", new Date().toISOString());
  }

  function load(pushState) {
    var v = values(), mine = ++generation;
    if (!form.checkValidity()) { form.reportValidity(); return Promise.resolve(); }
    var common = query(v, ["target", "powers", "from", "to"]);
    if (pushState) history.replaceState(null, "", "?" + query(v, ["target", "powers", "from", "to", "freq", "event_type", "lang"]));
    setStatus("Loading…");
    document.body.setAttribute("data-state", "loading");
    return Promise.all([
      getJSON("/api/influence", common + (v.freq ? "&freq=" + encodeURIComponent(v.freq) : "")),
      getJSON("/api/events", query(v, ["target", "powers", "from", "to", "event_type", "lang"])),
      getJSON("/api/network", query(v, ["target", "powers", "from", "to", "event_type", "lang"])),
      getJSON("/api/quotes", query(v, ["target", "powers", "from", "to", "lang"])),
      getJSON("/api/structural", common)
    ]).then(function (res) {
      if (mine !== generation) return;
      var f = res[0].filters, powers = f.powers;
      $("title").textContent = "Influence over " + f.target + ": " + powers.join(" vs ");
      summary(res[0].rows, res[1], res[3], powers);
      RP.influenceChart($("chart-influence"), res[0].rows, powers);
      RP.channelsChart($("chart-channels"), res[0].rows, powers);
      RP.timelineChart($("chart-timeline"), res[1].events);
      $("timeline-note").textContent = "Events between " + powers.join(", ") + " and " + f.target +
        (v.event_type ? " of type " + v.event_type : "") + (v.lang ? " from " + v.lang + " documents" : "") +
        ", coloured by PLOVER type; circles are coded from text, diamonds are dataset rows, open symbols hypothetical. " +
        (res[1].total > res[1].events.length ? "Showing the latest " + res[1].events.length + " of " + res[1].total + ". " : "") +
        "Hover for the sentence and its document.";
      RP.networkChart($("chart-network"), res[2], powers, f.target);
      RP.quotesTable(document.querySelector("#quotes tbody"), res[3].quotes);
      $("quotes-note").textContent = res[3].total + " quotations by speakers of these countries, or found in documents with an event between them" +
        (res[3].total > res[3].quotes.length ? " (newest " + res[3].quotes.length + " shown)." : ".");
      RP.armsChart($("chart-arms"), res[4].rows, powers);
      setStatus(res[1].total + " events · " + res[3].total + " quotes");
      document.body.setAttribute("data-state", "ready");
    }).catch(function (err) {
      if (mine !== generation) return;
      setStatus((err.status ? "Error " + err.status + ": " : "Error: ") + err.message, true);
      document.body.setAttribute("data-state", "error");
    });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(true); });
  ["f-freq", "f-type", "f-lang"].forEach(function (id) { $(id).addEventListener("change", function () { load(true); }); });

  getJSON("/api/meta").then(function (meta) {
    var list = $("countries");
    (meta.countries || []).slice(0, 300).forEach(function (c) {
      var o = document.createElement("option"); o.value = c.code; list.appendChild(o);
    });
    provenance(meta);
    var params = new URLSearchParams(window.location.search), d = meta["default"] || {};
    $("f-target").value = params.get("target") || d.target || "";
    $("f-powers").value = params.get("powers") || (d.powers || []).join(",");
    Object.keys(fields).forEach(function (k) {
      if (k !== "target" && k !== "powers" && params.get(k)) $(fields[k]).value = params.get(k);
    });
    if (!$("f-target").value || !$("f-powers").value) {
      setStatus("The store has no events yet: choose a target and powers.");
      document.body.setAttribute("data-state", "ready");
      return;
    }
    return load(false);
  }).catch(function (err) {
    setStatus("Error: " + err.message, true);
    document.body.setAttribute("data-state", "error");
  });
})();
