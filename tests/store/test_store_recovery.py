"""Crash safety and concurrency with real processes: SIGKILL mid-ingest, a second writer."""

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

pytestmark = pytest.mark.slow

SENTENCES = [
    "Russia signed a defence agreement with Mali.",
    "France threatened to withdraw its troops from Mali.",
    "The Malian junta accused France of abandoning the country.",
    "Moscow delivered two helicopters to the Malian army.",
    "ECOWAS imposed sanctions on Mali after the coup.",
]


def make_corpus(path, n=80):
    with open(path, "w") as fh:
        for i in range(n):
            text = f"{SENTENCES[i % 5]} Officials met in Bamako on day {i}. “We have our reasons,” said a spokesman."
            fh.write(json.dumps({"id": f"doc-{i:03d}", "date": "2021-09-16", "text": text}) + "\n")


def ingest_cmd(corpus, db, *extra):
    return [sys.executable, "-m", "realpolitik", "-v", "ingest", str(corpus), "--db", str(db), "--batch-size", "4", *extra]


def wait_for(proc, needle: str, timeout=120) -> list[str]:
    seen, start = [], time.time()
    while time.time() - start < timeout:
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return seen
    raise AssertionError(f"never saw {needle!r}; stderr was:\n{''.join(seen)}")


def snapshot(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "documents": q("SELECT doc_id, n_sentences, n_events, n_quotes FROM documents ORDER BY doc_id"),
            "sentences": q("SELECT doc_id, sentence_index, char_start, char_end FROM sentences ORDER BY ALL"),
            "events": q("SELECT event_id, doc_id, event_type, source_code, target_code FROM events ORDER BY ALL"),
            "quotes": q("SELECT quote_id, text, speaker_text FROM quotes ORDER BY ALL"),
            "actors": q("SELECT code, name, mentions FROM actors ORDER BY ALL"),
            "dup_events": q("SELECT count(*) - count(DISTINCT event_id) FROM events")[0][0],
            "dup_docs": q("SELECT count(*) - count(DISTINCT doc_id) FROM documents")[0][0],
        }
    finally:
        con.close()


def test_store_sigkill_then_rerun_equals_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    proc = subprocess.Popen(ingest_cmd(corpus, killed_db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    wait_for(proc, "committed batch 3")
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL

    partial = snapshot(killed_db)
    assert 12 <= len(partial["documents"]) < 80, "the kill should land mid-run"

    rerun = subprocess.run(ingest_cmd(corpus, killed_db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {80 - len(partial['documents'])} · duplicates {len(partial['documents'])}" in rerun.stderr

    clean = subprocess.run(ingest_cmd(corpus, clean_db), capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr

    after, expected = snapshot(killed_db), snapshot(clean_db)
    assert after["dup_events"] == after["dup_docs"] == 0
    assert len(after["documents"]) == 80
    assert after == expected

    con = duckdb.connect(str(killed_db), read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM ingest_log ORDER BY run_id").fetchall()]
    con.close()
    assert statuses == ["interrupted", "done"]


def test_store_second_writer_gets_clear_error(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, n=400)
    db = tmp_path / "busy.duckdb"
    first = subprocess.Popen(ingest_cmd(corpus, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        wait_for(first, "committed batch 1")
        second = subprocess.run(ingest_cmd(corpus, db), capture_output=True, text=True, timeout=120)
        assert second.returncode == 2
        assert f"is in use by another process (pid {first.pid})" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.kill()
        first.wait()
    assert os.path.exists(db)
