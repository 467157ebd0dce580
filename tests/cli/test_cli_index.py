"""`influence`, `explain` and `structural` through the CLI, on a small store built from our own text."""

import csv
import io
import json

import pytest

from realpolitik.cli import app
from realpolitik.store import Store

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


@pytest.mark.parametrize("command", [["influence"], ["report", "-o", "r.html"]])
def test_cli_index_from_after_to_is_a_usage_error(runner, index_db, command):
    result = runner.invoke(app, [*command, "--target", "MLI", "--powers", "FRA,RUS", "--from", "2022", "--to", "2010",
                                 "--db", index_db])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --from 2022 is after --to 2010"
    assert result.stdout == ""


def test_cli_explain_period_form_sets_the_freq(runner, index_db):
    def rows(*extra):
        result = runner.invoke(app, ["explain", "-t", "MLI", "--power", "RUS", "--format", "json", "--db", index_db,
                                     *extra])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    quarter = rows("--period", "2019Q3")
    assert quarter == rows("--period", "2019Q3", "--freq", "quarter")
    # the 2019 pact decays to the end of the quarter, not of the year
    assert quarter[0]["contribution"] > rows("--period", "2019")[0]["contribution"]
    assert rows("--period", "2019-07") == rows("--period", "2019-07", "--freq", "month")
    table = runner.invoke(app, ["explain", "-t", "MLI", "--power", "RUS", "--period", "2019-07-15", "--freq", "quarter",
                                "--db", index_db])
    assert table.exit_code == 0 and "RUS's influence on MLI in 2019Q3" in table.stdout


def test_cli_explain_freq_contradicting_the_period_is_a_usage_error(runner, index_db):
    result = runner.invoke(app, ["explain", "-t", "MLI", "--power", "RUS", "--period", "2019Q3", "--freq", "year",
                                 "--db", index_db])
    assert result.exit_code == 2 and result.stdout == ""
    assert "error: --period 2019Q3 is a quarter, but --freq is year" in result.stderr


def test_cli_explain_power_codes(runner, index_db):
    bad = runner.invoke(app, ["explain", "-t", "MLI", "--power", "RUSS", "--period", "2019", "--db", index_db])
    assert bad.exit_code == 2 and bad.stdout == ""
    assert "error: power: 'RUSS' is not an ISO3 country code" in bad.stderr
    for fmt, out in (("table", ""), ("json", "[]\n")):
        none = runner.invoke(app, ["explain", "-t", "MLI", "--power", "XXX", "--period", "2019", "--format", fmt,
                                   "--db", index_db])
        assert none.exit_code == 0 and none.stdout == out
        assert none.stderr.strip() == "no events or deliveries for XXX → MLI in 2019"


def _table_rows(text: str) -> list[list[str]]:
    """The body rows of a rich table (continuation lines of wrapped cells dropped)."""
    rows = [[c.strip() for c in line.strip().strip("│").split("│")] for line in text.splitlines()
            if line.startswith("│")]
    return [r for r in rows if r[1]]


def test_cli_explain_table_ranked_by_what_it_shows_and_names_deliveries(runner, index_db):
    n = 0
    with Store(index_db) as store:
        for supplier, year, tiv in (("RUS", 2021, 6.0), ("CHN", 2020, 2.0)):
            n += 1
            store.write_dataset_batch([], [{
                "record_id": f"{n}:{year}", "row_id": str(n), "dataset": "sipri", "supplier": supplier,
                "supplier_iso3": supplier, "supplier_kind": "state", "recipient": "Mali", "recipient_iso3": "MLI",
                "recipient_kind": "state", "designation": "Mi-171Sh", "description": "transport helicopter",
                "category": "aircraft", "status": None, "order_year": year - 1, "delivery_year": year,
                "numbers_delivered": 2, "tiv_deal_unit": tiv / 2, "tiv_delivered": tiv}])
    args = ["explain", "-t", "MLI", "--power", "RUS", "--period", "2021", "--db", index_db]
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "nan" not in table.stdout.lower()
    header = _table_rows(table.stdout.replace("┃", "│"))[0]
    rows = _table_rows(table.stdout)
    part = header.index("score_part")
    assert header[part + 1] == "contribution"
    shown = [abs(float(r[part])) for r in rows]
    assert len(rows) == 3 and shown == sorted(shown, reverse=True)
    [arms] = [r for r in rows if r[1] == "delivery"]
    assert arms[2] == "arms delivery" and arms[3:5] == ["RUS", "MLI"]
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout,
                      parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))
    [arms] = [r for r in data if r["kind"] == "delivery"]
    assert arms["event_type"] is None and arms["contribution"] == pytest.approx(0.75)
    assert [r["score_part"] for r in data] == sorted((r["score_part"] for r in data), key=abs, reverse=True)
