"""Report and dashboard: a self-contained HTML report (html.py) and a local, read-only dashboard with a
JSON API (serve.py), both drawn from the same queries (queries.py) and the same chart code
(static/report.js).

    write_report(store, *, target, powers, start=None, end=None, path, freq="year", forecast=None) -> Path
    script_json(obj) -> str
    create_app(db_path) -> FastAPI        (realpolitik.report.serve; also serve.serve(db_path, host, port))
    load_test(base_url, clients=20, requests=200) -> dict
"""

from __future__ import annotations

__all__ = ["create_app", "load_test", "script_json", "write_report"]


def __getattr__(name: str):  # lazy: importing realpolitik.report loads neither plotly nor fastapi
    if name in ("write_report", "script_json"):
        from realpolitik.report import html

        return getattr(html, name)
    if name == "create_app":
        from realpolitik.report.serve import create_app

        return create_app
    if name == "load_test":
        from realpolitik.report.loadtest import load_test

        return load_test
    raise AttributeError(f"module 'realpolitik.report' has no attribute {name!r}")
