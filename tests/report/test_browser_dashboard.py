"""The dashboard in headless Chromium, served by uvicorn in a background thread: it loads without console
errors, draws charts, follows the filters, shows document text as text and reports bad filters."""

from __future__ import annotations

import time

import pytest
from report_rows import XSS_IMG, XSS_SCRIPT

from realpolitik.report.serve import background

pytestmark = pytest.mark.browser

POINTS = "document.querySelectorAll('#chart-timeline svg.main-svg .point').length"


def _wait(page, expression: str, timeout: float = 10.0):
    """Poll a JS expression from Python: Playwright's wait_for_function evaluates strings with eval, which
    the dashboard's Content-Security-Policy (rightly) forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def _ready(page):
    page.wait_for_selector("body[data-state=ready], body[data-state=error]", timeout=15000)
    assert page.get_attribute("body", "data-state") == "ready", page.text_content("#status")


def test_browser_dashboard_filters_and_escapes(report_db, watched_page, tmp_path):
    from conftest import PageWatch

    page = watched_page
    with background(report_db) as url:
        watch = PageWatch(page, allowed_prefixes=(url, "data:", "blob:", "about:"))
        page.goto(url + "/")
        _ready(page)
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        assert page.input_value("#f-target") == "MLI"
        assert page.evaluate("document.querySelectorAll('.js-plotly-plot').length") == 5
        assert page.evaluate(POINTS) == 7
        assert page.text_content("#status") == "7 events · 2 quotes"
        quotes = page.inner_text("#quotes")
        assert XSS_SCRIPT in quotes and XSS_IMG in quotes
        assert page.evaluate("document.querySelectorAll('img').length") == 0

        # event type: the timeline and the network follow
        page.select_option("#f-type", "AGREE")
        _wait(page, f"{POINTS} === 1")
        _ready(page)
        assert page.text_content("#status").startswith("1 events")
        assert "event_type=AGREE" in page.url
        names = page.evaluate("document.getElementById('chart-timeline').data.map(t => t.name)")
        assert names == ["AGREE"]

        # powers: only France
        page.select_option("#f-type", "")
        _ready(page)
        page.fill("#f-powers", "FRA")
        page.click("button[type=submit]")
        _wait(page, "document.getElementById('title').textContent.endsWith(': FRA')")
        _ready(page)
        powers = page.evaluate("document.getElementById('chart-influence').data.map(t => t.name)")
        assert powers == ["FRA"]
        page.screenshot(path=str(tmp_path / "dashboard_fra.png"), full_page=True)

        hover = page.evaluate("""() => {
            const gd = document.getElementById('chart-timeline');
            const curve = gd.data.findIndex(t => t.name === 'THREATEN');
            Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: 0}]);
            return gd.querySelector('.hoverlayer').textContent;
        }""")
        assert XSS_SCRIPT in hover and XSS_IMG in hover

        assert watch.errors == [] and watch.dialogs == [] and watch.external == []

        # a bad period: the API's 422 message is shown, nothing breaks
        page.fill("#f-from", "2023")
        page.fill("#f-to", "2020")
        page.click("button[type=submit]")
        page.wait_for_selector("body[data-state=error]", timeout=10000)
        assert "422" in page.text_content("#status") and "after" in page.text_content("#status")
        assert watch.dialogs == []
        assert all("422" in e for e in watch.errors)  # only the browser's note of the refused requests
