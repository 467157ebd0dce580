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
        assert store.counts() | {"ingest_log": 0} == counts | {"ingest_log": 0}
        langs = dict(store.con.execute("SELECT lang, count(*) FROM documents GROUP BY lang").fetchall())
        ids = {r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()}
    assert first.read == n_lines == first.stored + first.duplicates + first.rejected
    assert first.rejected == 0 and first.stored == n_lines == counts["documents"]
    assert (second.stored, second.duplicates) == (0, n_lines)
    assert langs == {"en": 89, "fr": 27}
    expected_ids = {str(json.loads(line)["id"]) for p in paths for line in p.read_text(encoding="utf-8").splitlines()}
    assert ids == expected_ids
    assert counts["events"] > 0 and counts["quotes"] > 0


def test_ingest_shared_datasets_auto_detected_and_idempotent(shared_data, tmp_path, runner):
    from realpolitik.cli import app

    files = [shared_data / "events" / "gdelt2_events_sample.csv", shared_data / "events" / "acled_mali_2017_2020.csv",
             shared_data / "structural" / "sipri_trade_register_2000_2023.csv"]
    db = str(tmp_path / "ds.duckdb")
    first = runner.invoke(app, ["ingest", *map(str, files), "--db", db])
    assert first.exit_code == 0, first.output
    assert "read 29884 · stored 29884 · duplicates 0 · rejected 0" in first.stderr
    second = runner.invoke(app, ["ingest", *map(str, files), "--db", db])
    assert "stored 0 · duplicates 29884" in second.stderr
    with Store(db, read_only=True) as store:
        by_dataset = dict(store.con.execute("SELECT dataset, count(*) FROM events GROUP BY 1").fetchall())
        [(mli_rus,)] = store.con.execute(
            "SELECT count(*) FROM arms_transfers WHERE supplier_iso3 = 'RUS' AND recipient_iso3 = 'MLI'").fetchall()
    assert by_dataset == {"gdelt": 6090, "acled": 3314}
    assert mli_rus == 14


def test_ingest_unknown_csv_is_rejected_with_a_hint(shared_data, tmp_path, runner):
    from realpolitik.cli import app

    result = runner.invoke(app, ["ingest", str(shared_data / "events" / "mali_incidents_fr.csv"),
                                 "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2
    assert "not a dataset realpolitik knows" in result.stderr and "--dataset" in result.stderr
