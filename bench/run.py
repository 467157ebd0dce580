"""`make bench`: speed of the coder against a plain spaCy parse of the same texts, in one process.

Method: the VOA corpus (../shared/data/news/voa_2025.jsonl; the bundled example when absent) is
read once; both spaCy models are loaded and warmed up before any timing. Then, alternating,
REPEATS times each: (a) baseline — `nlp.pipe` over the texts with the same English/French model,
nothing else; (b) realpolitik — `code_batch` over the same documents (its own parse plus actors,
dates, events, quotes). Reported: median wall time, documents/s, tokens/s, and the ratio
coder/baseline. The reader (decoding, cleaning, language detection) is timed separately.
Results are written to docs/BENCHMARKS.md between markers, so other benchmarks can share the file.
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
BEGIN, END = "<!-- bench:coder begin -->", "<!-- bench:coder end -->"


def _median_time(fn, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
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
    section = "\n".join([
        BEGIN,
        "## Coder vs plain spaCy parse",
        "",
        f"Run {date.today().isoformat()} on {platform.machine()}, Python {platform.python_version()}, "
        f"{len(docs)} documents / {n_tokens:,} tokens from `{corpus.name}`, median of {REPEATS} alternating runs, "
        f"peak RSS {peak_mb:.0f} MB.",
        "",
        *table,
        "",
        "Method: " + " ".join(__doc__.split("Method:")[1].split()),
        END,
    ])
    target = ROOT / "docs" / "BENCHMARKS.md"
    text = target.read_text() if target.exists() else "# Benchmarks\n\nProduced by `make bench`; ratios are against a baseline run in the same process.\n"
    if BEGIN in text:
        head, _, rest = text.partition(BEGIN)
        text = head + section + rest.partition(END)[2]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    target.write_text(text)
    print("\n".join(table))
    print(f"coder / plain parse = {ours_t / base_t:.2f}x  (written to {target.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
