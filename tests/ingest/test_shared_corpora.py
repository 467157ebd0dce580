"""Real corpora from ../shared/data (skipped when absent): everything read is stored or rejected."""

import json

import pytest

from realpolitik.pipeline import Pipeline
from realpolitik.store import Store

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_ingest_shared_news_counts_reconcile_and_rerun_adds_nothing(shared_data, tmp_path):
    paths = [shared_data / "news" / "voa_2025.jsonl", shared_data / "news" / "mali_press_fr.jsonl"]
    n_lines = sum(1 for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    with Store(tmp_path / "news.duckdb") as store:
        first = Pipeline().ingest(paths, store)
        counts = store.counts()
        second = Pipeline().ingest(paths, store)
        assert store.counts() | {"ingest_runs": 0} == counts | {"ingest_runs": 0}
        langs = dict(store.con.execute("SELECT lang, count(*) FROM documents GROUP BY lang").fetchall())
        ids = {r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()}
    assert first.read == n_lines == first.stored + first.duplicates + first.rejected
    assert first.rejected == 0 and first.stored == n_lines == counts["documents"]
    assert (second.stored, second.duplicates) == (0, n_lines)
    assert langs == {"en": 89, "fr": 27}
    expected_ids = {str(json.loads(line)["id"]) for p in paths for line in p.read_text(encoding="utf-8").splitlines()}
    assert ids == expected_ids
    assert counts["events"] > 0 and counts["quotes"] > 0
