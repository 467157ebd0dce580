"""Load test for the dashboard's JSON API: concurrent clients, each sending requests round-robin over
the /api/ endpoints, with httpx; reports errors and latency percentiles.

    load_test(base_url, clients=20, requests=200, *, target=None, powers=None) -> dict
    python -m realpolitik.report.loadtest http://127.0.0.1:8000 [--clients 20] [--requests 200]

`requests` is per client (20 x 200 = 4000 requests). Target and powers default to the store's own
(`/api/meta`'s "default"). An error is any non-200 answer or a transport failure (timeout, refused).
"""

from __future__ import annotations

import contextlib
import json
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _summary(latencies: list[float]) -> dict:
    ms = [x * 1000 for x in latencies]
    return {"n": len(ms), "p50_ms": _round(_percentile(ms, 0.50)), "p95_ms": _round(_percentile(ms, 0.95)),
            "p99_ms": _round(_percentile(ms, 0.99)), "max_ms": _round(max(ms) if ms else None),
            "mean_ms": _round(statistics.fmean(ms) if ms else None)}


def _round(x):
    return None if x is None else round(x, 2)


def endpoints(target: str, powers: str) -> list[tuple[str, dict]]:
    """The requests a client cycles through: every /api/ view with the store's default filters."""
    base = {"target": target, "powers": powers}
    return [
        ("/api/influence", base),
        ("/api/events", base),
        ("/api/quotes", base),
        ("/api/structural", base),
        ("/api/network", base),
        ("/api/meta", {}),
        ("/api/events", {**base, "event_type": "CONSULT"}),
        ("/api/influence", {**base, "freq": "quarter"}),
    ]


def load_test(base_url: str, clients: int = 20, requests: int = 200, *, target: str | None = None,
              powers: str | None = None, timeout: float = 60.0) -> dict:
    """Run `clients` concurrent clients x `requests` requests each against the API at `base_url`.
    Returns {"clients", "requests_per_client", "total", "errors", "error_samples", "p50_ms", "p95_ms",
    "p99_ms", "max_ms", "mean_ms", "wall_s", "requests_per_s", "by_endpoint": {path: {...}}}."""
    import httpx

    base_url = base_url.rstrip("/")
    if target is None or powers is None:
        meta = httpx.get(f"{base_url}/api/meta", timeout=timeout).raise_for_status().json()
        target = target or meta["default"]["target"]
        powers = powers or ",".join(meta["default"]["powers"])
    if not target or not powers:
        raise ValueError("the store has no default target/powers; pass target= and powers=")
    plan = endpoints(target, powers)
    lock = threading.Lock()
    latencies: list[float] = []
    by_path: dict[str, list[float]] = {}
    errors: list[str] = []

    def client(i: int) -> None:
        with httpx.Client(base_url=base_url, timeout=timeout) as http:
            for j in range(requests):
                path, params = plan[(i + j) % len(plan)]
                t0 = time.perf_counter()
                try:
                    r = http.get(path, params=params)
                    ok, why = r.status_code == 200, f"{path} -> {r.status_code}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{path} -> {type(exc).__name__}: {exc}"
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    by_path.setdefault(path, []).append(dt)
                    if not ok:
                        errors.append(why)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - start
    return {"base_url": base_url, "target": target, "powers": powers, "clients": clients,
            "requests_per_client": requests, "total": len(latencies), "errors": len(errors),
            "error_samples": sorted(set(errors))[:10], **{k: v for k, v in _summary(latencies).items() if k != "n"},
            "wall_s": round(wall, 3), "requests_per_s": round(len(latencies) / wall, 1) if wall else None,
            "by_endpoint": {p: _summary(v) for p, v in sorted(by_path.items())}}


@contextlib.contextmanager
def dashboard_process(db_path, *, timeout: float = 30.0):
    """`python -m realpolitik.report.serve DB PORT` in a child process (so the server does not share the
    client's interpreter); yields its base URL and stops it on exit."""
    import httpx

    from realpolitik.report.serve import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "realpolitik.report.serve", str(db_path), str(port)])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the dashboard exited with code {proc.returncode}")
            try:
                if httpx.get(f"{url}/api/meta", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the dashboard did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m realpolitik.report.loadtest", description=__doc__.splitlines()[0])
    ap.add_argument("base_url", nargs="?", help="a running dashboard, e.g. http://127.0.0.1:8000")
    ap.add_argument("--db", help="instead of base_url: start a dashboard on this store (a separate process)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=200, help="per client")
    ap.add_argument("--target")
    ap.add_argument("--powers")
    args = ap.parse_args(argv)
    if bool(args.base_url) == bool(args.db):
        ap.error("give a base_url or --db")
    if args.db:
        with dashboard_process(args.db) as url:
            result = load_test(url, args.clients, args.requests, target=args.target, powers=args.powers)
    else:
        result = load_test(args.base_url, args.clients, args.requests, target=args.target, powers=args.powers)
    print(json.dumps(result, indent=2))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
