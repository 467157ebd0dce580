"""loadtest.py: concurrent clients against a dashboard running in a background thread."""

from __future__ import annotations

from realpolitik.report.loadtest import _percentile, load_test
from realpolitik.report.serve import background


def test_loadtest_small_run_has_no_errors(report_db):
    with background(report_db) as url:
        result = load_test(url, clients=4, requests=20)
    assert result["errors"] == 0, result["error_samples"]
    assert result["total"] == 80 and result["target"] == "MLI"
    assert result["p50_ms"] is not None and result["p95_ms"] >= result["p50_ms"]
    assert set(result["by_endpoint"]) == {"/api/influence", "/api/events", "/api/quotes", "/api/structural",
                                          "/api/network", "/api/meta"}


def test_loadtest_counts_failures_as_errors(report_db):
    with background(report_db) as url:
        result = load_test(url, clients=2, requests=3, target="MLI", powers="MLI")  # 422 for every view
    # the two clients send plan items 0-2 and 1-3: influence, events, quotes, structural -> all refused
    assert result["total"] == 6 and result["errors"] == 6 and any("422" in e for e in result["error_samples"])


def test_loadtest_percentile():
    assert _percentile([1, 2, 3, 4], 0.5) == 2.5 and _percentile([5], 0.95) == 5 and _percentile([], 0.5) is None
