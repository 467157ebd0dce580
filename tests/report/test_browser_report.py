"""The HTML report in headless Chromium: charts render offline, document text shows as text, no script
from the data runs."""

from __future__ import annotations

import pytest
from report_rows import XSS_IMG, XSS_SCRIPT, XSS_TITLE

from realpolitik.report.html import write_report

pytestmark = pytest.mark.browser

CHARTS = ["chart-influence", "chart-channels", "chart-timeline", "chart-network", "chart-arms", "chart-forecast"]


def test_browser_report_renders_offline_and_escapes(report_store, watched_page, tmp_path):
    from conftest import PageWatch

    path = write_report(report_store, target="MLI", powers=["FRA", "RUS"], path=tmp_path / "report.html",
                        forecast={"model": "eu", "forecast": 70.0, "distribution": {
                            "runs": 10, "mean": 70.0, "sd": 2.0, "p5": 67.0, "p50": 70.0, "p95": 73.0,
                            "histogram": {"edges": [60.0, 70.0, 80.0], "counts": [4, 6]}}})
    watch = PageWatch(watched_page)
    page = watched_page
    page.goto(path.as_uri())
    page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot').length === {len(CHARTS)}", timeout=15000)
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)

    for chart in CHARTS:  # every chart drew an SVG with marks in it
        marks = page.evaluate(
            "id => document.querySelectorAll('#' + id + ' svg.main-svg .point, #' + id + ' svg.main-svg path.js-line').length",
            chart)
        assert marks > 0, chart
    quotes = page.inner_text("#quotes")
    assert XSS_SCRIPT in quotes and XSS_IMG in quotes and XSS_TITLE in quotes  # shown, as text
    assert page.evaluate("document.querySelectorAll('img').length") == 0

    # the hover label of the event from the hostile sentence shows it literally, and names its document
    hover = page.evaluate("""() => {
        const gd = document.getElementById('chart-timeline');
        const curve = gd.data.findIndex(t => t.name === 'THREATEN');
        Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: 0}]);
        return gd.querySelector('.hoverlayer').textContent;
    }""")
    assert XSS_SCRIPT in hover and XSS_IMG in hover and XSS_TITLE in hover
    page.screenshot(path=str(tmp_path / "report_hover.png"))

    assert watch.dialogs == []
    assert watch.errors == []
    assert watch.external == []  # nothing fetched from the network
