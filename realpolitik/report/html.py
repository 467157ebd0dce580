"""The self-contained HTML report: one file, no network access needed (or allowed by its CSP).

Plotly's JavaScript is inlined from the installed `plotly` package, the CSS and the report's own JS from
`report/static/`; the data goes in as one JSON block written by `script_json`. Every piece of document
text is escaped: Jinja2 autoescapes what the template prints, `script_json` escapes what goes inside
<script>, and report.js sets text with textContent or escapes it before Plotly parses it.

    write_report(store, *, target, powers, start=None, end=None, path, freq="year", forecast=None,
                 settings=None) -> Path
    script_json(obj) -> str
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from realpolitik.report import queries

# characters that could end a <script> element or start markup, and the two line separators that are
# valid in JSON but not in older JavaScript string literals
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_TABLE = str.maketrans(_SCRIPT_ESCAPES)


def script_json(obj) -> str:
    """`obj` as JSON that is safe to embed inside a <script> element (or an HTML attribute): `<`, `>`, `&`,
    U+2028 and U+2029 are written as \\uXXXX escapes, which JSON.parse (and JavaScript) read back
    unchanged. NaN and infinities become null; dates become ISO strings."""
    text = json.dumps(queries.plain(obj), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.translate(_SCRIPT_TABLE)


def static_text(name: str) -> str:
    """A file from realpolitik/report/static (report.js, report.css, dashboard.js)."""
    return (files("realpolitik.report") / "static" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """Plotly's JavaScript bundle from the installed plotly package (no CDN)."""
    from plotly.offline import get_plotlyjs

    js = get_plotlyjs()
    if "</script" in js.lower():  # would end the inline <script>; never the case for plotly.min.js
        raise RuntimeError("the installed plotly.js bundle cannot be inlined (it contains '</script')")
    return js


def _inline_js(text: str) -> str:
    if "</script" in text.lower():
        raise RuntimeError("inline script contains '</script'")
    return text


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    root = files("realpolitik.report") / "templates"
    return Environment(loader=FileSystemLoader(str(root)), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def render_template(name: str, **context) -> str:
    return _env().get_template(name).render(**context)


def _period_label(f: queries.Filters) -> str:
    if f.start and f.end:
        return f"{f.start} to {f.end}"
    if f.start:
        return f"from {f.start}"
    if f.end:
        return f"up to {f.end}"
    return "all periods in the store"


def _settings_items(settings: dict) -> list[tuple[str, str]]:
    out = []
    for key, value in settings.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(map(str, value)) or "(none)"
        out.append((f"index: {key}", str(value)))
    return out


def report_data(store, f: queries.Filters, *, settings=None, forecast: dict | None = None) -> dict:
    """Everything the report shows, as plain data (also what is embedded in the HTML)."""
    return {
        "filters": f.to_dict(),
        "influence": queries.influence_rows(store, f, settings=settings),
        "events": queries.events(store, f),
        "quotes": queries.quotes(store, f),
        "network": queries.network(store, f),
        "arms": queries.arms(store, f, window=_window(settings)),
        "provenance": queries.provenance(store, settings=settings),
        "forecast": queries.plain(forecast) if forecast else None,
    }


def _window(settings) -> int | None:
    if settings is None:
        return None
    from realpolitik.index.settings import resolve

    return resolve(settings).window


_SUMMARY = ("mean", "sd", "p5", "p50", "p95")


def forecast_models(forecast: dict | None) -> list[dict]:
    """One row per model of a simulate result (a single model, or `model: all` with `models`):
    model, point forecast, the summary of its Monte Carlo distribution, and its histogram."""
    if not forecast:
        return []
    results = forecast.get("models") if forecast.get("model") == "all" else {forecast.get("model"): forecast}
    rows = []
    for name, res in (results or {}).items():
        dist = res.get("distribution") if isinstance(res.get("distribution"), dict) else {}
        hist = dist.get("histogram") if isinstance(dist.get("histogram"), dict) else None
        rows.append({"model": str(name), "forecast": res.get("forecast"),
                     **{k: dist.get(k) for k in _SUMMARY}, "runs": dist.get("runs"),
                     "histogram": queries.plain(hist) if hist else None})
    return rows


def render_report(store, *, target: str, powers, start=None, end=None, freq: str = "year",
                  forecast: dict | None = None, settings=None) -> str:
    """The report as an HTML string (see `write_report`)."""
    f = queries.check_filters(target=target, powers=powers, start=start, end=end, freq=freq)
    data = report_data(store, f, settings=settings, forecast=forecast)
    periods = [r["period"] for r in data["influence"]]
    latest_period = periods[-1] if periods else None
    latest = [r for r in data["influence"] if r["period"] == latest_period]
    models = forecast_models(forecast)
    chart_data = {k: data[k] for k in ("filters", "influence", "events", "network", "arms")}
    chart_data["forecast"] = models
    return render_template(
        "report.html.j2",
        filters=f.to_dict() | {"powers": list(f.powers)}, period_label=_period_label(f),
        provenance=data["provenance"], settings_items=_settings_items(data["provenance"]["settings"]),
        latest=latest, latest_period=latest_period, events=data["events"], quotes=data["quotes"],
        forecast=queries.plain(forecast) if forecast else None, forecast_models=models,
        css=static_text("report.css"), plotly_js=plotly_js(), report_js=_inline_js(static_text("report.js")),
        data_json=script_json(chart_data),
    )


def write_report(store, *, target: str, powers, start=None, end=None, path: str | os.PathLike,
                 freq: str = "year", forecast: dict | None = None, settings=None) -> Path:
    """Write one self-contained HTML report on `powers`' influence over `target` and return its path.

    Sections: influence share over time, channel breakdown, event timeline (hover: the sentence and its
    document), actor network, quotes, arms deliveries (structural layer), the forecast when `forecast`
    ({"model": str, "forecast": float, "distribution": {...}}, e.g. a simulate result) is given, and
    provenance (store, documents and datasets counted, version, index settings, generation time).
    target / powers: ISO3 codes (powers: a list or "FRA,RUS"); start / end: YYYY, YYYY-MM, YYYY-MM-DD or
    YYYYQn; freq: year | quarter | month; settings: as for `realpolitik.index.influence`.
    Raises `UsageError` for bad filters. The file is written atomically (temp file, then rename)."""
    html = render_report(store, target=target, powers=powers, start=start, end=end, freq=freq,
                         forecast=forecast, settings=settings)
    out = Path(path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, out)
    return out


__all__ = ["plotly_js", "render_report", "report_data", "script_json", "write_report"]
