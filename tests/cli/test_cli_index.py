"""`influence`, `explain` and `structural` through the CLI, on a small store built from our own text."""

import csv
import io
import json

import pytest

from realpolitik.cli import app

TEXT = ("Russia signed a defence agreement with Mali in June 2019.\n\n"
        "France criticised the Malian junta in 2020.\n\n"
        "Moscow delivered two helicopters to the Malian army in 2021.")


@pytest.fixture
def index_db(runner, tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "i1", "date": "2021-10-01", "text": TEXT}) + "\n")
    db = tmp_path / "i.duckdb"
    assert runner.invoke(app, ["ingest", str(f), "--db", str(db)]).exit_code == 0
    return str(db)


def test_cli_influence_json_contract(runner, index_db):
    result = runner.invoke(app, ["influence", "--target", "MLI", "--powers", "FRA,RUS", "--from", "2018", "--to",
                                 "2021", "--format", "json", "--db", index_db])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["period"] for r in rows} == {"2018", "2019", "2020", "2021"}
    for r in rows:
        assert {"period", "power", "target", "score", "share", "channels", "structural"} <= set(r)
        assert r["target"] == "MLI" and isinstance(r["channels"], dict)
    by = {(r["period"], r["power"]): r for r in rows}
    assert by[("2019", "RUS")]["score"] > 0 and by[("2019", "RUS")]["share"] == 1.0
    assert by[("2020", "FRA")]["score"] < 0


def test_cli_influence_csv_and_settings_overrides(runner, index_db):
    base = runner.invoke(app, ["influence", "-t", "MLI", "-p", "RUS", "--from", "2021", "--to", "2021",
                               "--format", "csv", "--db", index_db])
    short = runner.invoke(app, ["influence", "-t", "MLI", "-p", "RUS", "--from", "2021", "--to", "2021",
                                "--format", "csv", "--db", index_db, "--half-life", "30"])
    [b] = list(csv.DictReader(io.StringIO(base.stdout)))
    [s] = list(csv.DictReader(io.StringIO(short.stdout)))
    assert float(s["event_score"]) < float(b["event_score"]), "a shorter half-life forgets the 2019 pact faster"
    bad = runner.invoke(app, ["influence", "-t", "MLI", "--db", index_db, "--layer-weights", "x"])
    assert bad.exit_code == 2 and "--layer-weights" in bad.stderr


def test_cli_explain_names_the_evidence(runner, index_db):
    result = runner.invoke(app, ["explain", "--target", "MLI", "--power", "RUS", "--period", "2019",
                                 "--format", "json", "--db", index_db])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and "defence agreement" in rows[0]["evidence"]
    assert rows[0]["doc_id"] == "i1"


def test_cli_structural_csv_header(runner, index_db):
    result = runner.invoke(app, ["structural", "--powers", "RUS", "--db", index_db])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split(",")
    assert header[:5] == ["power", "target", "year", "bandwidth", "security_dependence"]


def test_cli_index_missing_store_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(app, ["influence", "--target", "MLI", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store at" in result.stderr
