"""`make bench`: (1) the coder against a plain spaCy parse of the same texts, in one process;
(2) the influence index over 10 million synthetic events, DuckDB against pandas (bench/index_bench.py);
(3) the dashboard's /api/ under 20 concurrent clients x 200 requests on loopback.
`python -m bench.run coder|index [N]|load` runs one of them.

Coder benchmark.

Method: the VOA corpus (../shared/data/news/voa_2025.jsonl; the bundled example when absent) is
read once; both spaCy models are loaded and warmed up before any timing. Then, alternating,
REPEATS times each: (a) baseline — `nlp.pipe` over the texts with the same English/French model,
nothing else; (b) realpolitik — `code_batch` over the same documents (its own parse plus actors,
dates, events, quotes). Reported: median wall time, documents/s, tokens/s, and the ratio
coder/baseline. The reader (decoding, cleaning, language detection) is timed separately.
Results are written to docs/BENCHMARKS.md between markers, one section per benchmark.
"""

from __future__ import annotations

import platform
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
REPEATS = 3
TARGET = ROOT / "docs" / "BENCHMARKS.md"
HEADER = "# Benchmarks\n\nProduced by `make bench`; ratios are against a baseline run in the same process or command.\n"


def _median_time(fn, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section `name` of docs/BENCHMARKS.md, between its markers."""
    begin, end = f"<!-- bench:{name} begin -->", f"<!-- bench:{name} end -->"
    section = f"{begin}\n{body}\n{end}"
    text = TARGET.read_text() if TARGET.exists() else HEADER
    if begin in text:
        head, _, rest = text.partition(begin)
        text = head + section + rest.partition(end)[2]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    TARGET.write_text(text)


def bench_coder() -> None:
    from realpolitik.coding.pipeline import get_coder
    from realpolitik.ingest import Document, Reader

    corpus = SHARED / "news" / "voa_2025.jsonl"
    if not corpus.exists():
        corpus = ROOT / "examples"
        print(f"note: {SHARED} absent; benchmarking on {corpus}", file=sys.stderr)

    read_time = _median_time(lambda: list(Reader().read([corpus])))
    docs = [d for d in Reader().read([corpus]) if isinstance(d, Document)]
    coder = get_coder()
    langs = sorted({d.lang for d in docs})
    for lang in langs:  # load and warm up models and dictionaries before timing
        coder.code_batch([d for d in docs if d.lang == lang][:2])
    n_tokens = sum(len(doc) for lang in langs for doc in coder.nlp(lang).pipe(d.text for d in docs if d.lang == lang))

    def baseline():
        for lang in langs:
            for _ in coder.nlp(lang).pipe((d.text for d in docs if d.lang == lang), batch_size=16):
                pass

    def realpolitik():
        coder.code_batch(docs)

    base, ours = [], []
    for _ in range(REPEATS):  # alternate so drift hits both alike
        base.append(_median_time(baseline, 1))
        ours.append(_median_time(realpolitik, 1))
    base_t, ours_t = statistics.median(base), statistics.median(ours)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("read + clean (Reader)", read_time, len(docs) / read_time, n_tokens / read_time, read_time / base_t),
        ("baseline: plain nlp.pipe", base_t, len(docs) / base_t, n_tokens / base_t, 1.0),
        ("realpolitik code_batch", ours_t, len(docs) / ours_t, n_tokens / ours_t, ours_t / base_t),
    ]
    table = ["| step | median s | docs/s | tokens/s | × baseline |", "|---|---:|---:|---:|---:|"]
    table += [f"| {n} | {t:.2f} | {d:.1f} | {k:,.0f} | {r:.2f} |" for n, t, d, k, r in rows]
    body = "\n".join([
        "## Coder vs plain spaCy parse",
        "",
        f"Run {date.today().isoformat()} on {platform.machine()}, Python {platform.python_version()}, "
        f"{len(docs)} documents / {n_tokens:,} tokens from `{corpus.name}`, median of {REPEATS} alternating runs, "
        f"peak RSS {peak_mb:.0f} MB.",
        "",
        *table,
        "",
        "Method: " + " ".join(__doc__.split("Method:")[1].split("Results are")[0].split()),
    ])
    write_section("coder", body)
    print("\n".join(table))
    print(f"coder / plain parse = {ours_t / base_t:.2f}x  (written to {TARGET.relative_to(ROOT)})")


def bench_index(n: int = 10_000_000) -> None:
    from bench import index_bench

    r = index_bench.main(n)
    end_to_end = (r["pandas_load_seconds"] + r["pandas_seconds"]) / r["duckdb_seconds"]
    rows = [
        "| step | seconds | peak RSS (MB) |", "|---|---:|---:|",
        f"| build the synthetic store (DuckDB SQL) | {r['build_seconds']:.1f} | |",
        f"| **duckdb**: `realpolitik.influence()` from the store file | {r['duckdb_seconds']:.2f} | {r['duckdb_peak_mb']:.0f} |",
        f"| pandas: load the events table into a DataFrame | {r['pandas_load_seconds']:.2f} | |",
        f"| pandas: the same yearly event layer on the loaded DataFrame | {r['pandas_seconds']:.2f} | {r['pandas_peak_mb']:.0f} (load + compute) |",
    ]
    body = "\n".join([
        "## Influence index: DuckDB vs pandas",
        "",
        f"Run {date.today().isoformat()} on {platform.machine()}, Python {platform.python_version()}, "
        f"{r['events']:,} synthetic events, yearly index for 4 powers on one target, 2000-2022.",
        "",
        *rows,
        "",
        f"- store → yearly index, end to end: pandas (load + compute) / duckdb = **{end_to_end:.1f}×**;",
        f"- computation alone, data already in memory for pandas: pandas / duckdb = **{r['ratio']:.2f}×**;",
        f"- peak memory: pandas / duckdb = **{r['pandas_peak_mb'] / r['duckdb_peak_mb']:.1f}×**;",
        f"- the two agree: max |difference| of the {r['compared']} yearly scores = {r['max_abs_diff']:.1e}.",
        "",
        "Method: " + " ".join(index_bench.__doc__.split("Method:")[1].split()),
    ])
    write_section("index", body)
    print(body)


def bench_load(clients: int = 20, requests: int = 200) -> None:
    """The dashboard (a separate process, store read-only) under concurrent clients on loopback."""
    import tempfile

    from realpolitik.pipeline import Pipeline
    from realpolitik.report.loadtest import dashboard_process, load_test
    from realpolitik.store import Store

    inputs = [ROOT / "examples" / "france_russia_mali_2021.txt"]
    inputs += [p for p in (SHARED / "news" / "mali_press_fr.jsonl",
                           SHARED / "structural" / "sipri_trade_register_2000_2023.csv") if p.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        with Store(db) as store:
            Pipeline(date="2021-09-20").ingest(inputs, store)
            counts = store.counts()
        with dashboard_process(db) as url:
            r = load_test(url, clients, requests, target="MLI", powers="FRA,RUS")
    rows = ["| endpoint | requests | p50 ms | p95 ms |", "|---|---:|---:|---:|"]
    rows += [f"| `{ep}` | {v['n']} | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} |" for ep, v in sorted(r["by_endpoint"].items())]
    body = "\n".join([
        "## Dashboard API under load",
        "",
        f"Run {date.today().isoformat()} on {platform.machine()}: {clients} concurrent clients × {requests} requests "
        f"= {r['total']} requests against `/api/` on 127.0.0.1, store with {counts['documents']} documents, "
        f"{counts['events']} events, {counts['arms_transfers']} arms transfers (from {', '.join(p.name for p in inputs)}).",
        "",
        f"**errors: {r['errors']}** · p50 **{r['p50_ms']:.1f} ms** · p95 **{r['p95_ms']:.1f} ms** · "
        f"p99 {r['p99_ms']:.1f} ms · {r['requests_per_s']:.0f} requests/s",
        "",
        *rows,
        "",
        "Method: the dashboard runs in its own process (`python -m realpolitik.report.serve`), the store opened "
        "read-only; the clients are httpx threads cycling through the API endpoints with valid filters; latency "
        "is per request, wall clock, as seen by the client.",
    ])
    write_section("load", body)
    print(body)


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "all"
    if which in ("all", "coder"):
        bench_coder()
    if which in ("all", "index"):
        bench_index(int(argv[1]) if len(argv) > 1 else 10_000_000)
    if which in ("all", "load"):
        bench_load()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
