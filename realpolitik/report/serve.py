"""The local dashboard: one page at `/` that draws the report's views from a read-only JSON API.

    create_app(db_path, *, allowed_hosts=None) -> FastAPI
    serve(db_path, host="127.0.0.1", port=8000)            # blocks; Ctrl-C stops it
    background(db_path, host="127.0.0.1", port=None)      # context manager: a server in a thread -> base URL

The store is opened once, read-only (DuckDB refuses every write on such a connection), and each request
reads through its own cursor (`con.cursor()`, created under a lock), because a DuckDB connection must not
be shared between threads. Answers are kept in a small LRU cache: the store cannot change while it is open. Only GET endpoints exist. Filters are typed query parameters, so FastAPI's
OpenAPI description (/openapi.json) lists them; a bad filter is a 422 with a message, never a 500. The page loads only
its own scripts (Plotly from the installed package at /static/plotly.js), inserts text with textContent,
and a Content-Security-Policy forbids anything else; a Host check keeps other sites from reaching the API
through DNS rebinding.
"""

import contextlib
import os
import socket
import threading
import time
from collections import OrderedDict
from enum import Enum
from typing import Annotated

from realpolitik.errors import RealpolitikError
from realpolitik.report import queries
from realpolitik.store import Store

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
STATIC = {"report.js": "text/javascript", "dashboard.js": "text/javascript", "report.css": "text/css"}

Freq = Enum("Freq", {f: f for f in queries.FREQS}, type=str)
Lang = Enum("Lang", {lang: lang for lang in queries.LANGS}, type=str)
EventType = Enum("EventType", {t: t for t in queries.plover_types()}, type=str)


class _Cache:
    """A small thread-safe LRU of API answers. Safe because the store cannot change under the app: DuckDB
    lets no process write a file that another holds open read-only."""

    def __init__(self, size: int = 256):
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, compute):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


class _Reader(Store):
    """A Store view over one cursor of the shared read-only connection (read methods only)."""

    def __init__(self, con, path: str):  # noqa: D107 - no schema work: the app checked it when opening
        self.con = con
        self.path = path
        self.read_only = True


def create_app(db_path, *, allowed_hosts: list[str] | None = None):
    """The dashboard and its JSON API over the store at `db_path`, opened read-only now: a missing or
    foreign file raises `StoreError` (a writer holding the store raises `StoreLockedError`).
    allowed_hosts: Host header values accepted (default: 127.0.0.1, localhost, ::1; ["*"] for any)."""
    from contextlib import asynccontextmanager

    from fastapi import Depends, FastAPI, Query, Request
    from fastapi.responses import HTMLResponse, JSONResponse, Response
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    import realpolitik

    store = Store(db_path, read_only=True)
    lock = threading.Lock()
    cache = _Cache()

    @asynccontextmanager
    async def lifespan(app):
        yield
        with lock:
            store.close()

    app = FastAPI(
        title="realpolitik dashboard", version=realpolitik.__version__, lifespan=lifespan,
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /openapi.json stays
        description="Read-only JSON API over a realpolitik store: influence scores, events, quotes, the actor "
                    "network and arms deliveries, filtered by target, powers, period, event type and language.",
    )
    app.state.store = store
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if request.url.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(RealpolitikError)
    async def usage_error(request: Request, exc: RealpolitikError):
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    def reader():
        with lock:
            cur = store.con.cursor()
        try:
            yield _Reader(cur, store.path)
        finally:
            cur.close()

    Db = Annotated[Store, Depends(reader)]
    Target = Annotated[str, Query(pattern=r"^[A-Za-z]{3}$", description="Target country, ISO3.", examples=["MLI"])]
    Powers = Annotated[str, Query(pattern=r"^[A-Za-z]{3}(,[A-Za-z]{3})*$",
                                  description="Powers to compare, ISO3, comma-separated.", examples=["FRA,RUS"])]
    From = Annotated[str | None, Query(alias="from", pattern=queries.PERIOD_PATTERN,
                                       description="First day/period: YYYY, YYYY-MM, YYYY-MM-DD or YYYYQn.")]
    To = Annotated[str | None, Query(alias="to", pattern=queries.PERIOD_PATTERN,
                                     description="Last day/period (inclusive), same forms as `from`.")]
    Types = Annotated[list[EventType] | None, Query(
        alias="event_type", description="PLOVER event type(s); repeat the parameter for several.")]
    LangQ = Annotated[Lang | None, Query(description="Language of the documents (text events and quotes only).")]

    # (no `from __future__ import annotations` here: FastAPI must see these local Annotated types)
    def filters(target, powers, start, end, freq=Freq.year, types=None, lang=None) -> queries.Filters:
        return queries.check_filters(target=target, powers=powers, start=start, end=end,
                                     freq=freq.value if isinstance(freq, Enum) else freq,
                                     event_types=[t.value for t in types or []],
                                     lang=lang.value if lang else None)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        from realpolitik.report.html import render_template

        return HTMLResponse(render_template("dashboard.html.j2", version=realpolitik.__version__,
                                            event_types=list(queries.plover_types()), langs=list(queries.LANGS),
                                            freqs=list(queries.FREQS)))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/plotly.js", include_in_schema=False)
    def plotly_js() -> Response:
        from realpolitik.report.html import plotly_js as bundle

        return Response(bundle(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        from fastapi import HTTPException

        from realpolitik.report.html import static_text

        if name not in STATIC:
            raise HTTPException(status_code=404, detail="not found")
        return Response(static_text(name), media_type=STATIC[name], headers={"Cache-Control": "no-cache"})

    @app.get("/api/meta", summary="What the store holds: counts, countries, defaults, event types, settings")
    def api_meta(db: Db) -> dict:
        return cache.get(("meta",), lambda: {**queries.meta(db), "provenance": queries.provenance(db)})

    @app.get("/api/influence", summary="Influence of each power on the target, per period")
    def api_influence(db: Db, target: Target, powers: Powers, start: From = None, end: To = None,
                      freq: Freq = Freq.year) -> dict:
        f = filters(target, powers, start, end, freq)
        return {"filters": f.to_dict(), "rows": cache.get(("influence", f), lambda: queries.influence_rows(db, f))}

    @app.get("/api/events", summary="Events between the powers and the target, with their sentences")
    def api_events(db: Db, target: Target, powers: Powers, start: From = None, end: To = None,
                   event_type: Types = None, lang: LangQ = None,
                   limit: Annotated[int, Query(ge=1, le=10000, description="Latest events returned.")] = queries.EVENT_LIMIT) -> dict:
        f = filters(target, powers, start, end, types=event_type, lang=lang)
        return {"filters": f.to_dict(), **cache.get(("events", f, limit), lambda: queries.events(db, f, limit=limit))}

    @app.get("/api/quotes", summary="Quotes by the powers' and the target's speakers")
    def api_quotes(db: Db, target: Target, powers: Powers, start: From = None, end: To = None,
                   lang: LangQ = None,
                   limit: Annotated[int, Query(ge=1, le=5000, description="Newest quotes returned.")] = queries.QUOTE_LIMIT) -> dict:
        f = filters(target, powers, start, end, lang=lang)
        return {"filters": f.to_dict(), **cache.get(("quotes", f, limit), lambda: queries.quotes(db, f, limit=limit))}

    @app.get("/api/network", summary="Who acts on whom: actors and event counts between them")
    def api_network(db: Db, target: Target, powers: Powers, start: From = None, end: To = None,
                    event_type: Types = None, lang: LangQ = None,
                    max_edges: Annotated[int, Query(ge=1, le=500, description="Heaviest edges kept.")] = queries.NETWORK_EDGES) -> dict:
        f = filters(target, powers, start, end, types=event_type, lang=lang)
        return {"filters": f.to_dict(),
                **cache.get(("network", f, max_edges), lambda: queries.network(db, f, max_edges=max_edges))}

    @app.get("/api/structural", summary="Arms deliveries per power and year (SIPRI), with security dependence")
    def api_structural(db: Db, target: Target, powers: Powers, start: From = None, end: To = None,
                       window: Annotated[int | None, Query(ge=1, le=50, description="Years in the rolling window (default: index settings).")] = None) -> dict:
        f = filters(target, powers, start, end)
        return {"filters": f.to_dict(), "rows": cache.get(("arms", f, window), lambda: queries.arms(db, f, window=window))}

    @app.get("/api/explain", summary="The events and deliveries behind one power's score in one period")
    def api_explain(db: Db, target: Target,
                    power: Annotated[str, Query(pattern=r"^[A-Za-z]{3}$", description="The power, ISO3.")],
                    period: Annotated[str, Query(pattern=queries.PERIOD_PATTERN, description="2021, 2021Q3 or 2021-09.")],
                    freq: Annotated[Freq | None, Query(description="Period length; default: the period's own form.")] = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> dict:
        from realpolitik.index import explain

        f = filters(target, power, None, None, freq or Freq.year)
        frame = explain(db, target=f.target, power=f.powers[0], period=period,
                        freq=freq.value if freq else None, limit=limit)
        return {"filters": f.to_dict(), "rows": [queries.plain(r) for r in frame.to_dict("records")]}

    return app


def serve(db_path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the dashboard with uvicorn until interrupted. Opening the store happens first, so a missing
    store fails before anything listens. On a host other than loopback, any Host header is accepted."""
    import uvicorn

    app = create_app(db_path, allowed_hosts=_hosts_for(host))
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _hosts_for(host: str) -> list[str]:
    return LOCAL_HOSTS if host in ("127.0.0.1", "localhost", "::1") else ["*"]


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def background(db_path, host: str = "127.0.0.1", port: int | None = None, *, timeout: float = 20.0):
    """Run the dashboard in a daemon thread (for tests and benchmarks); yields its base URL and stops it
    on exit."""
    import uvicorn

    port = port or free_port(host)
    app = create_app(db_path, allowed_hosts=_hosts_for(host))
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"realpolitik-serve-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"dashboard did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


__all__ = ["background", "create_app", "free_port", "serve"]

if __name__ == "__main__":  # python -m realpolitik.report.serve [DB] [PORT]
    import sys

    from realpolitik.store import default_db_path

    serve(sys.argv[1] if len(sys.argv) > 1 else default_db_path(),
          port=int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get("PORT", 8000)))
