"""html.py: script_json escaping, a self-contained report, escaped document text, optional forecast."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from report_rows import XSS_IMG, XSS_SCRIPT, XSS_TITLE

from realpolitik.errors import UsageError
from realpolitik.report.html import render_report, script_json, write_report


class _Tags(HTMLParser):
    """Start tags and their attributes (script bodies are data to the parser, not tags)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


@pytest.fixture
def report_html(report_store):
    return render_report(report_store, target="MLI", powers=["FRA", "RUS"])


def test_html_script_json_escapes_markup_and_line_separators():
    value = {"s": "</script><script>alert(1)</script>", "img": XSS_IMG, "amp": "a & b", "ls": "x\u2028y\u2029z",
             "nested": [{"k": "<!-- -->"}], "nan": float("nan")}
    text = script_json(value)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert "\\u003c/script\\u003e" in text and "\\u0026" in text and "\\u2028" in text
    back = json.loads(text)
    assert back == {**value, "nan": None}


def test_html_script_json_handles_dates_and_numpy():
    import datetime

    import numpy as np

    assert json.loads(script_json({"d": datetime.date(2021, 9, 16), "n": np.int64(3), "f": np.float64(0.5)})) == {
        "d": "2021-09-16", "n": 3, "f": 0.5}


def test_html_report_is_self_contained(report_html):
    tags = _parse(report_html).tags
    names = [t for t, _ in tags]
    assert "link" not in names  # CSS is inline
    for tag, attrs in tags:
        assert "src" not in attrs or tag == "img" and attrs["src"].startswith("data:"), (tag, attrs)
        for key in ("src", "href", "action", "data"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", report_html, re.I)
    assert not re.search(r"@import", report_html)
    assert "cdn.plot.ly" not in report_html.split("<script>")[0]
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    assert "Plotly" in report_html and len(report_html) > 1_000_000  # the plotly.js bundle is inlined


def test_html_report_escapes_document_text(report_html):
    assert XSS_SCRIPT not in report_html
    assert XSS_IMG not in report_html
    parsed = _parse(report_html)
    assert not any(t == "img" for t, _ in parsed.tags)
    scripts = [a for t, a in parsed.tags if t == "script"]
    assert all("src" not in a for a in scripts) and len(scripts) == 4  # data, plotly, report.js, bootstrap
    text = "".join(parsed.data)
    assert f"We will not accept {XSS_SCRIPT} or {XSS_IMG}" in text  # the quote, shown as text
    assert XSS_TITLE in text  # its document title


def test_html_report_embeds_events_with_sentence_and_title(report_html):
    blob = re.search(r'<script type="application/json" id="rp-data">(.*?)</script>', report_html, re.S).group(1)
    data = json.loads(blob)
    events = data["events"]["events"]
    assert {e["event_type"] for e in events} == {"THREATEN", "AGREE", "CONSULT", "AID", "RETREAT", "COOPERATE"}
    threat = next(e for e in events if e["event_type"] == "THREATEN")
    assert XSS_SCRIPT in threat["sentence"] and threat["title"] == XSS_TITLE
    assert any(e["dataset"] == "gdelt" for e in events)
    assert {r["power"] for r in data["influence"]} == {"FRA", "RUS"}
    assert {r["power"] for r in data["arms"]} == {"FRA", "RUS"}
    assert data["network"]["edges"] and data["forecast"] == []


def test_html_report_provenance_and_no_forecast_by_default(report_html, report_db):
    import realpolitik

    text = "".join(_parse(report_html).data)
    assert str(report_db) in text and f"realpolitik {realpolitik.__version__}" in text
    assert "index: half_life_days" in text and "gdelt 1 rows" in text and "sipri 4 rows" in text
    assert 'id="s-forecast"' not in report_html


DIST = {"runs": 100, "seed": 1, "mean": 61.5, "sd": 4.2, "p5": 55.0, "p50": 61.0, "p95": 68.25,
        "histogram": {"edges": [50.0, 60.0, 70.0], "counts": [40, 60]}}


def test_html_write_report_renders_forecast(report_store, tmp_path):
    forecast = {"model": "compromise <b>", "forecast": 0.62, "distribution": DIST}
    out = write_report(report_store, target="mli", powers="FRA,RUS", start="2020", end="2022-06",
                       path=tmp_path / "sub" / "r.html", forecast=forecast)
    html = out.read_text(encoding="utf-8")
    assert out == tmp_path / "sub" / "r.html" and 'id="s-forecast"' in html
    assert "compromise &lt;b&gt;" in html and "0.62" in html and "68.25" in html
    assert "2020 to 2022-06" in html
    assert not list(out.parent.glob(".*.tmp"))


def test_html_forecast_of_all_models_is_one_row_each(report_store, tmp_path):
    from realpolitik.report.html import forecast_models

    result = {"model": "all", "issue": "Security partner, 0 = France, 100 = Russia",
              "models": {"compromise": {"model": "compromise", "forecast": 72.3, "distribution": DIST},
                         "eu": {"model": "eu", "forecast": 75.0, "distribution": None, "rounds": [{"round": 1}]}}}
    rows = forecast_models(result)
    assert [(r["model"], r["forecast"], r["p95"]) for r in rows] == [("compromise", 72.3, 68.25), ("eu", 75.0, None)]
    html = write_report(report_store, target="MLI", powers="FRA,RUS", path=tmp_path / "r.html",
                        forecast=result).read_text(encoding="utf-8")
    assert "Security partner, 0 = France, 100 = Russia" in html and "72.30" in html and "75.00" in html


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"target": "MALI"}, "ISO3"),
    ({"powers": ["MLI"]}, "at least one power"),
    ({"start": "2023", "end": "2020"}, "after"),
    ({"start": "last year"}, "not a date"),
    ({"freq": "week"}, "freq"),
])
def test_html_report_rejects_bad_filters(report_store, tmp_path, kwargs, message):
    args = {"target": "MLI", "powers": ["FRA", "RUS"], **kwargs}
    with pytest.raises(UsageError, match=message):
        write_report(report_store, path=tmp_path / "r.html", **args)
    assert not (tmp_path / "r.html").exists()
