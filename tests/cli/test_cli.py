"""The CLI through Typer's runner: exit codes, JSONL contract, summaries, db info, export."""

import json
import re

import pytest

from realpolitik.cli import app

DOC_KEYS = {"kind", "doc_id", "title", "date", "lang", "n_sentences", "n_events", "n_quotes"}
EVENT_KEYS = {"kind", "doc_id", "event_id", "sentence_index", "sentence", "char_start", "char_end", "source",
              "target", "event_type", "mode", "cameo", "goldstein", "quad_class", "date", "date_precision",
              "date_text", "negated", "hypothetical", "confidence"}
QUOTE_KEYS = {"kind", "doc_id", "sentence_index", "text", "speaker", "speaker_text", "char_start", "char_end"}
ACTOR_KEYS = {"text", "name", "code", "country", "sector"}


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and "realpolitik 0.1.0" in result.stdout


def test_cli_analyze_bad_inputs_dir_emits_documents_and_errors(runner, bad_inputs_dir):
    result = runner.invoke(app, ["analyze", str(bad_inputs_dir), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    records = jsonl(result.stdout)
    docs = [r for r in records if r["kind"] == "document"]
    errors = [r for r in records if r["kind"] == "error"]
    assert len(docs) == 3 and len(errors) == 3
    assert {(e["source"].rsplit("/", 1)[-1], e["line"]) for e in errors} == {
        ("binary.txt", None), ("empty.txt", None), ("docs.jsonl", 2)}
    assert all(set(e) == {"kind", "source", "line", "message"} for e in errors)
    # one stderr line per error, naming file and line
    assert "docs.jsonl:2: malformed JSON" in result.stderr
    assert "empty.txt: no extractable text" in result.stderr


def test_cli_analyze_jsonl_follows_the_contract(runner, tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "c1", "date": "2021-09-16", "text":
        "Russia signed a military cooperation agreement with Mali in June 2019. "
        "“We will not leave,” said French Defense Minister Florence Parly."}) + "\n")
    result = runner.invoke(app, ["analyze", str(f), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert records[0]["kind"] == "document" and set(records[0]) == DOC_KEYS
    events = [r for r in records if r["kind"] == "event"]
    quotes = [r for r in records if r["kind"] == "quote"]
    assert events and quotes
    for e in events:
        assert EVENT_KEYS <= set(e)
        for actor in (e["source"], e["target"]):
            assert actor is None or set(actor) == ACTOR_KEYS
        assert -10 <= e["goldstein"] <= 10 and e["quad_class"] in (1, 2, 3, 4)
    assert QUOTE_KEYS <= set(quotes[0])
    assert records[0]["n_events"] == len(events) and records[0]["n_quotes"] == len(quotes)


def test_cli_analyze_nothing_readable_exits_2(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert runner.invoke(app, ["analyze", str(tmp_path / "empty.txt")]).exit_code == 2
    missing = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2
    assert "missing.txt" in missing.output and "events from" not in missing.output  # no empty table


def test_cli_usage_errors_exit_2(runner, tmp_path):
    assert runner.invoke(app, ["analyze", "x.txt", "--format", "xml"]).exit_code == 2
    result = runner.invoke(app, ["analyze", "x.txt", "--date", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
    assert runner.invoke(app, ["ingest"]).exit_code == 2


def test_cli_analyze_table_prints_events(runner, founding_article):
    result = runner.invoke(app, ["analyze", str(founding_article), "--date", "2021-09-20"])
    assert result.exit_code == 0, result.output
    assert "events from 1 document" in result.stdout
    assert "cookies" not in result.stdout


def test_cli_ingest_twice_adds_nothing(runner, bad_inputs_dir, db_path):
    args = ["ingest", str(bad_inputs_dir), "--db", str(db_path)]
    first = runner.invoke(app, args)
    assert first.exit_code == 1  # the bad inputs are rejected, the rest stored
    assert "read 6 · stored 3 · duplicates 0 · rejected 3" in first.stderr
    info1 = json.loads(runner.invoke(app, ["db", "info", "--db", str(db_path), "--format", "json"]).stdout)
    second = runner.invoke(app, args)
    assert "read 6 · stored 0 · duplicates 3 · rejected 3" in second.stderr
    info2 = json.loads(runner.invoke(app, ["db", "info", "--db", str(db_path), "--format", "json"]).stdout)
    assert info1["documents"] == info2["documents"] == 3
    assert {k: info1[k] for k in ("events", "quotes", "sentences", "actors")} == \
           {k: info2[k] for k in ("events", "quotes", "sentences", "actors")}
    assert info2["ingest_log"] == 2 and info2["ingest_errors"] == 6


def test_cli_db_info_table_and_missing_store(runner, tmp_path):
    result = runner.invoke(app, ["db", "info", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store at" in result.stderr


def test_cli_db_info_names_the_tables_export_writes(runner, db_path, tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text('{"text": "France and Mali held talks in Bamako."}\n{"text": "unterminated\n[1]\n')
    assert runner.invoke(app, ["ingest", str(f), "--db", str(db_path)]).exit_code == 1
    info = json.loads(runner.invoke(app, ["db", "info", "--db", str(db_path), "--format", "json"]).stdout)
    exported = runner.invoke(app, ["export", str(tmp_path / "pq"), "--db", str(db_path)]).stdout.split()
    tables = [p.rsplit("/", 1)[-1].removesuffix(".parquet") for p in exported]
    assert [k for k in info if k not in ("path", "schema_version")] == tables
    assert (info["documents"], info["ingest_log"], info["ingest_errors"]) == (1, 1, 2)
    table = runner.invoke(app, ["db", "info", "--db", str(db_path)]).stdout
    listed = [line.strip("│ ").split()[0] for line in table.splitlines() if line.startswith("│")]
    assert listed == tables


def test_cli_docs_markdown_is_plain_text_and_current():
    from pathlib import Path

    from realpolitik.cli import markdown_docs

    text = markdown_docs()
    assert "power's score" in text and "x>=1" in text
    assert not re.search(r"&(#x?[0-9a-fA-F]+|[a-z]+);", text), "HTML entities in the Markdown"
    current = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == text, "docs/cli.md is stale: run `python -m realpolitik.cli docs/cli.md`"


def test_cli_db_env_var_sets_default_store(runner, tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("REALPOLITIK_DB", str(db))
    f = tmp_path / "a.txt"
    f.write_text("France and Mali held talks in Bamako.")
    assert runner.invoke(app, ["ingest", str(f)]).exit_code == 0
    assert db.exists()
    info = json.loads(runner.invoke(app, ["db", "info", "--format", "json"]).stdout)
    assert info["documents"] == 1 and info["path"] == str(db)


def test_cli_export_parquet(runner, tmp_path, founding_article, db_path):
    runner.invoke(app, ["ingest", str(founding_article), "--db", str(db_path), "--date", "2021-09-20"])
    result = runner.invoke(app, ["export", str(tmp_path / "pq"), "--format", "parquet", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    import duckdb

    n = duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path}/pq/documents.parquet'").fetchone()[0]
    assert n == 1
    assert (tmp_path / "pq" / "events.parquet").exists()


@pytest.mark.slow
def test_cli_analyze_workers_match_in_process(runner, tmp_path):
    f = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"w{i}", "date": f"2020-01-0{1 + i % 9}",
                         "text": f"Russia delivered {i + 2} helicopters to Mali. France criticised the deal."})
             for i in range(12)]
    f.write_text("\n".join(lines) + "\n")
    one = runner.invoke(app, ["analyze", str(f), "--format", "jsonl"])
    two = runner.invoke(app, ["analyze", str(f), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert jsonl(one.stdout) == jsonl(two.stdout)
