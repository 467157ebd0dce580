"""serve.py: the JSON API (typed filters, 422s), read-only access, headers, and a clean failure when the
store is missing."""

from __future__ import annotations

import hashlib

import duckdb
import pytest
from fastapi.testclient import TestClient
from report_rows import XSS_SCRIPT, XSS_TITLE

from realpolitik.errors import StoreError
from realpolitik.report.serve import create_app

BASE = {"target": "MLI", "powers": "FRA,RUS"}


@pytest.fixture
def client(report_db):
    app = create_app(report_db)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def test_serve_meta_describes_the_store(client):
    r = client.get("/api/meta")
    assert r.status_code == 200
    meta = r.json()
    assert meta["default"]["target"] == "MLI" and set(meta["default"]["powers"]) == {"FRA", "RUS"}
    assert "THREATEN" in meta["event_types"] and meta["counts"]["documents"] == 3
    assert meta["provenance"]["settings"]["half_life_days"] > 0


def test_serve_endpoints_return_the_views(client):
    infl = client.get("/api/influence", params=BASE).json()
    assert {r["power"] for r in infl["rows"]} == {"FRA", "RUS"} and infl["filters"]["powers"] == ["FRA", "RUS"]
    ev = client.get("/api/events", params=BASE).json()
    assert ev["total"] == 7 and any(e["sentence"] and XSS_SCRIPT in e["sentence"] for e in ev["events"])
    assert any(e["title"] == XSS_TITLE for e in ev["events"])
    q = client.get("/api/quotes", params=BASE).json()
    assert q["total"] == 2 and any(XSS_SCRIPT in x["text"] for x in q["quotes"])
    st = client.get("/api/structural", params=BASE).json()
    assert sum(r["tiv_year"] for r in st["rows"] if r["power"] == "RUS") == 30.0
    net = client.get("/api/network", params=BASE).json()
    assert {n["id"] for n in net["nodes"]} == {"FRAGOV", "RUSGOV", "MLIMIL"}
    assert all(-1 <= n["x"] <= 1 and -1 <= n["y"] <= 1 for n in net["nodes"])
    ex = client.get("/api/explain", params={"target": "MLI", "power": "RUS", "period": "2021"}).json()
    assert ex["rows"] and {r["kind"] for r in ex["rows"]} <= {"event", "delivery"}
    # a quarter without freq is read as a quarter (its rows are a subset of the year's), not refused
    quarter = client.get("/api/explain", params={"target": "MLI", "power": "RUS", "period": "2021Q1"})
    assert quarter.status_code == 200
    assert len(quarter.json()["rows"]) <= len(ex["rows"])
    mismatch = client.get("/api/explain", params={"target": "MLI", "power": "RUS", "period": "2021Q1",
                                                  "freq": "year"})
    assert mismatch.status_code == 422


def test_serve_filters_narrow_the_results(client):
    every = client.get("/api/events", params=BASE).json()["total"]
    agree = client.get("/api/events", params={**BASE, "event_type": "AGREE"}).json()
    assert agree["total"] == 1 and agree["events"][0]["event_type"] == "AGREE"
    two = client.get("/api/events", params=[*BASE.items(), ("event_type", "AGREE"), ("event_type", "AID")]).json()
    assert two["total"] == 2
    fr = client.get("/api/events", params={**BASE, "lang": "fr"}).json()
    assert fr["total"] == 3 and {e["lang"] for e in fr["events"]} == {"fr"}
    period = client.get("/api/events", params={**BASE, "from": "2022", "to": "2022-12-31"}).json()
    assert period["total"] == 3 and all(e["date"].startswith("2022") for e in period["events"])
    only_fra = client.get("/api/events", params={"target": "MLI", "powers": "FRA"}).json()
    assert 0 < only_fra["total"] < every and {e["power"] for e in only_fra["events"]} == {"FRA"}
    quarterly = client.get("/api/influence", params={**BASE, "freq": "quarter", "from": "2021", "to": "2021"}).json()
    assert [r["period"] for r in quarterly["rows"]][::2] == ["2021Q1", "2021Q2", "2021Q3", "2021Q4"]


@pytest.mark.parametrize(("path", "params", "needle"), [
    ("/api/influence", {"target": "MALI", "powers": "FRA"}, "pattern"),
    ("/api/influence", {"target": "ML1", "powers": "FRA"}, "pattern"),
    ("/api/influence", {"target": "MLI", "powers": "FRA;RUS"}, "pattern"),
    ("/api/influence", {"target": "MLI", "powers": "MLI"}, "at least one power"),
    ("/api/influence", {"target": "MLI"}, "missing"),
    ("/api/influence", {**BASE, "freq": "week"}, "year"),
    ("/api/influence", {**BASE, "from": "2023", "to": "2020"}, "after"),
    ("/api/influence", {**BASE, "from": "yesterday"}, "pattern"),
    ("/api/events", {**BASE, "from": "2021-13"}, "not a date"),
    ("/api/events", {**BASE, "event_type": "FIGHT"}, "AGREE"),
    ("/api/events", {**BASE, "lang": "de"}, "en"),
    ("/api/events", {**BASE, "limit": "0"}, "greater than"),
    ("/api/events", {**BASE, "limit": "many"}, "integer"),
    ("/api/network", {**BASE, "event_type": "<script>"}, "AGREE"),
    ("/api/quotes", {**BASE, "from": "2022", "to": "2021"}, "after"),
    ("/api/structural", {**BASE, "window": "0"}, "greater than"),
    ("/api/explain", {"target": "MLI", "power": "MLI", "period": "2021"}, "at least one power"),
    ("/api/explain", {"target": "MLI", "power": "RUS", "period": "2021-99"}, "not a date"),
])
def test_serve_invalid_filters_are_422_with_a_message(client, path, params, needle):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert needle.lower() in r.text.lower()
    assert r.headers["content-type"].startswith("application/json")


def test_serve_openapi_documents_the_filters(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"target", "powers", "from", "to", "event_type", "lang", "limit"} <= set(params)
    assert params["target"]["schema"]["pattern"] == "^[A-Za-z]{3}$"
    assert params["target"]["required"] is True
    assert set(spec["paths"]) >= {"/api/meta", "/api/influence", "/api/events", "/api/quotes", "/api/network",
                                  "/api/structural", "/api/explain"}
    assert all(set(ops) == {"get"} for ops in spec["paths"].values())


def test_serve_store_is_read_only(client, report_db):
    before = hashlib.sha256(report_db.read_bytes()).hexdigest()
    for path in ("/api/meta", "/api/influence", "/api/events", "/api/quotes", "/api/network", "/api/structural"):
        assert client.get(path, params=BASE).status_code == 200
        for method in ("post", "put", "patch", "delete"):
            assert getattr(client, method)(path).status_code == 405
    store = client.app.state.store
    assert store.read_only
    with pytest.raises(duckdb.Error, match="read-only"):
        store.con.cursor().execute("CREATE TABLE evil (i INTEGER)")
    with pytest.raises(duckdb.Error, match="read-only"):
        store.con.cursor().execute("DELETE FROM documents")
    assert hashlib.sha256(report_db.read_bytes()).hexdigest() == before


def test_serve_missing_store_fails_cleanly(tmp_path):
    with pytest.raises(StoreError, match="no store at .*realpolitik ingest"):
        create_app(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()


def test_serve_not_a_store_fails_cleanly(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not a realpolitik store"):
        create_app(path)


def test_serve_page_and_static_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "http://" not in page.text and "https://" not in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    js = client.get("/static/plotly.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript") and len(js.content) > 1e6
    for name in ("report.js", "dashboard.js", "report.css"):
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/static/../serve.py").status_code == 404
    assert client.get("/static/serve.py").status_code == 404
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN; /openapi.json remains


def test_serve_rejects_foreign_host_header(report_db):
    with TestClient(create_app(report_db), base_url="http://evil.example") as c:
        assert c.get("/api/meta").status_code == 400
