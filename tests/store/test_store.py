"""Store: schema and version, idempotent batches, atomicity, locking, export."""

import subprocess
import sys
import textwrap

import duckdb
import pytest

from realpolitik.errors import StoreError, StoreLockedError
from realpolitik.store import SCHEMA_VERSION, TABLES, Store

ACTOR_FRA = {"text": "France", "name": "France", "code": "FRA", "country": "FRA", "sector": None}
ACTOR_MLI = {"text": "the Malian junta", "name": "junta", "code": "MLIMIL", "country": "MLI", "sector": "MIL"}


def coded(doc_id: str, n_events: int = 2):
    """Rows shaped as the coder emits them, for one document."""
    text = "France warned the Malian junta. France met the Malian junta."
    doc = {"kind": "document", "doc_id": doc_id, "title": "t", "date": "2021-09-16", "lang": "en",
           "n_sentences": 2, "n_events": n_events, "n_quotes": 1, "text": text, "url": None,
           "source": None, "origin": "x.jsonl:1", "meta": {"k": "v"}}
    sentences = [{"doc_id": doc_id, "sentence_index": i, "char_start": 0, "char_end": 10, "text": "s"} for i in range(2)]
    events = [{"kind": "event", "doc_id": doc_id, "event_id": f"{doc_id}-e{i}", "sentence_index": i,
               "sentence": "s", "char_start": 0, "char_end": 10, "source": ACTOR_FRA, "target": ACTOR_MLI,
               "event_type": "THREATEN", "mode": None, "cameo": "138", "goldstein": -7.0, "quad_class": 3,
               "date": "2021-09", "date_precision": "month", "date_text": "in September 2021",
               "negated": False, "hypothetical": True, "confidence": 0.8} for i in range(n_events)]
    quotes = [{"kind": "quote", "doc_id": doc_id, "quote_id": f"{doc_id}-q", "sentence_index": 0, "text": "q",
               "speaker": ACTOR_FRA, "speaker_text": "Paris", "char_start": 1, "char_end": 2}]
    return [doc], sentences, events, quotes


def test_store_creates_schema_with_version(store):
    assert store.info()["schema_version"] == SCHEMA_VERSION
    assert store.counts() == {"documents": 0, "sentences": 0, "events": 0, "quotes": 0, "actors": 0,
                              "arms_transfers": 0, "ingest_log": 0, "ingest_errors": 0}


def test_store_write_batch_is_idempotent(store):
    assert store.write_batch(*coded("d1")) == 1
    first = store.counts()
    assert store.write_batch(*coded("d1")) == 0
    assert store.counts() == first
    assert first["events"] == 2 and first["quotes"] == 1 and first["sentences"] == 2
    actors = {r["code"]: r["mentions"] for r in store.query("SELECT code, mentions FROM actors")}
    assert actors == {"FRA": 3, "MLIMIL": 2}  # not doubled by the second write


def test_store_flattens_actors_and_keeps_quote_words(store):
    store.write_batch(*coded("d1"))
    [ev] = store.query("SELECT * FROM events WHERE event_id = 'd1-e0'")
    assert (ev["source_code"], ev["target_country"], ev["target_sector"]) == ("FRA", "MLI", "MIL")
    assert ev["hypothetical"] is True and ev["goldstein"] == -7.0
    [q] = store.query("SELECT speaker_text, speaker_name FROM quotes")
    assert q == {"speaker_text": "Paris", "speaker_name": "France"}


def test_store_failed_batch_leaves_nothing(store):
    docs, sents, events, quotes = coded("d2")
    quotes[0]["text"] = None  # NOT NULL violation after documents, sentences and events went in
    with pytest.raises(duckdb.ConstraintException, match="NOT NULL"):
        store.write_batch(docs, sents, events, quotes)
    assert store.counts()["documents"] == 0 and store.counts()["sentences"] == 0


def test_store_persists_across_reopen_and_read_only(db_path):
    with Store(db_path) as s:
        s.write_batch(*coded("d1"))
    with Store(db_path, read_only=True) as s:
        assert s.counts()["documents"] == 1


def test_store_read_only_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at .*realpolitik ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_rejects_other_schema_version(db_path):
    with Store(db_path) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 999"):
        Store(db_path)


def test_store_second_process_gets_locked_error(db_path):
    store = Store(db_path)
    try:
        code = textwrap.dedent(f"""
            from realpolitik.store import Store
            from realpolitik.errors import StoreLockedError
            try:
                Store({str(db_path)!r})
            except StoreLockedError as exc:
                print("LOCKED", exc.pid, exc)
        """)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    finally:
        store.close()
    import os

    assert out.stdout.startswith(f"LOCKED {os.getpid()} "), out.stdout + out.stderr
    assert "in use by another process (pid" in out.stdout
    assert "Traceback" not in out.stderr


def test_store_interrupted_run_is_marked_on_next_open(db_path):
    with Store(db_path) as s:
        run = s.begin_run(["a.jsonl"])
    with Store(db_path) as s:
        [row] = s.query("SELECT status FROM ingest_log WHERE run_id = ?", [run])
    assert row["status"] == "interrupted"


def test_store_export_parquet_writes_one_file_per_table(store, tmp_path):
    import pyarrow.parquet as pq

    store.write_batch(*coded("d1"))
    written = store.export_parquet(tmp_path / "out")
    assert sorted(p.stem for p in written) == sorted(TABLES)
    assert pq.read_table(tmp_path / "out" / "events.parquet").num_rows == 2
    assert pq.read_table(tmp_path / "out" / "documents.parquet").column("doc_id").to_pylist() == ["d1"]


def test_store_locked_error_message():
    exc = StoreLockedError("x.duckdb", 42)
    assert "store x.duckdb is in use by another process (pid 42)" in str(exc)


def test_store_upgrades_a_version_1_store(db_path):
    with Store(db_path) as s:
        s.write_batch(*coded("d1"))
        for col in ("dataset", "row_id", "url", "action_country", "fatalities", "extra"):
            s.con.execute(f"ALTER TABLE events DROP COLUMN {col}")
        s.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(db_path) as s:
        assert s.info()["schema_version"] == SCHEMA_VERSION
        [row] = s.query("SELECT event_id, dataset FROM events WHERE event_id = 'd1-e0'")
        assert row == {"event_id": "d1-e0", "dataset": None}
        assert s.counts()["documents"] == 1


def test_store_dataset_rows_are_idempotent_and_keep_extra_fields(store):
    ev = {"kind": "event", "event_id": "gdelt:1", "doc_id": None, "sentence_index": None, "event_type": "ASSAULT",
          "cameo": "190", "goldstein": -10.0, "quad_class": 4, "date": "2017-05-01", "date_precision": "day",
          "source": ACTOR_FRA, "target": ACTOR_MLI, "dataset": "gdelt", "row_id": "1", "url": "http://x",
          "avg_tone": -3.5}
    tr = {"record_id": "42:2019", "row_id": "42", "dataset": "sipri", "supplier": "Russia", "supplier_iso3": "RUS",
          "recipient": "Mali", "recipient_iso3": "MLI", "delivery_year": 2019, "tiv_delivered": 12.0,
          "designation": "Mi-35M"}
    assert store.write_dataset_batch([ev], [tr]) == 2
    assert store.write_dataset_batch([ev], [tr]) == 0
    [row] = store.query("SELECT source_code, target_country, dataset, extra FROM events")
    assert (row["source_code"], row["target_country"], row["dataset"]) == ("FRA", "MLI", "gdelt")
    assert '"avg_tone": -3.5' in row["extra"]
    assert store.counts()["arms_transfers"] == 1
