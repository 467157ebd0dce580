"""Dataset readers: GDELT 2.0 events, ACLED exports, the SIPRI Trade Register, and dataset detection."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from realpolitik.ingest.datasets import GDELT_COLUMNS, detect_dataset, read_acled, read_gdelt, read_sipri
from realpolitik.ingest.document import ErrorRecord

EVENT_KEYS = {
    "kind", "event_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end", "source", "target",
    "event_type", "mode", "cameo", "goldstein", "quad_class", "date", "date_precision", "date_text",
    "negated", "hypothetical", "confidence", "dataset", "row_id", "url",
}  # fmt: skip
ACTOR_KEYS = {"text", "name", "code", "country", "sector"}
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _split(items):
    items = list(items)
    return [i for i in items if not isinstance(i, ErrorRecord)], [
        i for i in items if isinstance(i, ErrorRecord)
    ]


def _gdelt_row(**over) -> list[str]:
    """A valid 61-column GDELT row (Russia -> Mali, CAMEO 0871), with fields overridden by name."""
    row = dict.fromkeys(GDELT_COLUMNS, "")
    row.update(
        GLOBALEVENTID="1000001", SQLDATE="20211215", MonthYear="202112", Year="2021", FractionDate="2021.9479",
        Actor1Code="RUSMIL", Actor1Name="RUSSIA", Actor1CountryCode="RUS", Actor1Type1Code="MIL",
        Actor2Code="MLIGOV", Actor2Name="MALI", Actor2CountryCode="MLI", Actor2Type1Code="GOV",
        IsRootEvent="1", EventCode="0871", EventBaseCode="087", EventRootCode="08", QuadClass="2",
        GoldsteinScale="9.0", NumMentions="4", NumSources="1", NumArticles="4", AvgTone="-1.5",
        ActionGeo_Type="4", ActionGeo_FullName="Bamako, Bamako, Mali", ActionGeo_CountryCode="ML",
        ActionGeo_Lat="12.65", ActionGeo_Long="-8.0", DATEADDED="20211215120000",
        SOURCEURL="https://example.org/a",
    )  # fmt: skip
    row.update(over)
    return [row[c] for c in GDELT_COLUMNS]


def _write_tsv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------------------------- GDELT


def test_datasets_gdelt_sample_every_row_parsed_or_rejected(shared_data):
    path = shared_data / "events" / "gdelt2_events_sample.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        n_rows = sum(1 for _ in csv.reader(fh)) - 1  # minus the header
    events, errors = _split(read_gdelt(path))
    assert n_rows == 6090
    assert len(events) + len(errors) == n_rows
    assert all(e.line is not None and e.line > 1 for e in errors)
    assert len({e["event_id"] for e in events}) == len(events)
    for ev in events[:200]:
        assert EVENT_KEYS <= set(ev)
        assert ev["dataset"] == "gdelt" and ev["event_id"] == f"gdelt:{ev['row_id']}"
        assert ev["event_type"] is None or ev["event_type"] in PLOVER
        assert ev["quad_class"] in (1, 2, 3, 4) and -10 <= ev["goldstein"] <= 10
        assert len(ev["date"]) == 10 and ev["date_precision"] == "day"
        for side in ("source", "target"):
            assert ev[side] is None or set(ev[side]) == ACTOR_KEYS


def test_datasets_gdelt_sample_mali_rows_carry_mli(shared_data):
    events, _ = _split(read_gdelt(shared_data / "events" / "gdelt2_events_sample.csv"))

    def countries(ev):
        return {
            (ev["source"] or {}).get("country"),
            (ev["target"] or {}).get("country"),
            ev["action_country"],
        }

    mali = [ev for ev in events if "MLI" in countries(ev)]
    assert len(mali) == 13
    assert {ev["row_id"] for ev in mali} == {str(i) for i in range(669666377, 669666390)}
    mali_actor = next(ev for ev in mali if ev["row_id"] == "669666380")
    assert mali_actor["source"]["code"] == "MLI" and mali_actor["target"]["country"] == "TCD"
    assert mali_actor["event_type"] == "ASSAULT" and mali_actor["cameo"] == "190"


def test_datasets_gdelt_keeps_gdelt_goldstein_and_quad_class(shared_data):
    events, _ = _split(read_gdelt(shared_data / "events" / "gdelt2_events_sample.csv"))
    ev = next(e for e in events if e["cameo"] == "0874")
    assert ev["goldstein"] == 10.0  # GDELT's weight; our ontology says 9.0
    assert ev["event_type"] == "RETREAT"


def test_datasets_gdelt_plain_and_zipped_identical(shared_data, tmp_path):
    src = shared_data / "events" / "gdelt2_events_sample.csv"
    zipped = tmp_path / "sample.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(src, arcname="sample.export.CSV")
    plain = list(read_gdelt(src))
    from_zip = list(read_gdelt(zipped))
    assert len(plain) == 6090
    assert [e.to_dict() if isinstance(e, ErrorRecord) else e for e in plain] == [
        (e.to_dict() | {"source": str(src)}) if isinstance(e, ErrorRecord) else e for e in from_zip
    ]


def test_datasets_gdelt_raw_tab_layout_plain_and_zip(tmp_path):
    rows = [_gdelt_row(), _gdelt_row(GLOBALEVENTID="1000002", EventCode="1823", EventBaseCode="182",
                                     EventRootCode="18", QuadClass="4", GoldsteinScale="-9.0")]  # fmt: skip
    plain = _write_tsv(tmp_path / "20211215120000.export.CSV", rows)
    zipped = tmp_path / "20211215120000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(plain, arcname=plain.name)
    a, errs = _split(read_gdelt(plain))
    b, _ = _split(read_gdelt(zipped))
    assert not errs and a == b and len(a) == 2
    ev = a[0]
    assert ev["source"] == {
        "text": "RUSSIA",
        "name": "RUSSIA",
        "code": "RUSMIL",
        "country": "RUS",
        "sector": "MIL",
    }
    assert ev["target"]["code"] == "MLIGOV"
    assert (ev["event_type"], ev["mode"], ev["cameo"], ev["goldstein"], ev["quad_class"]) == (
        "RETREAT", "ceasefire", "0871", 9.0, 2,
    )  # fmt: skip
    assert ev["date"] == "2021-12-15" and ev["action_country"] == "MLI"
    assert ev["url"] == "https://example.org/a" and ev["num_mentions"] == 4 and ev["avg_tone"] == -1.5
    assert a[1]["event_type"] == "ASSAULT" and a[1]["mode"] == "kill"


def test_datasets_gdelt_malformed_rows_become_errors_with_line(tmp_path):
    good = _gdelt_row()
    rows = [
        good,
        good[:40],  # line 2: short row
        _gdelt_row(GLOBALEVENTID="1000003", SQLDATE="20211345"),  # line 3: bad date
        _gdelt_row(
            GLOBALEVENTID="1000004", EventCode="999", EventBaseCode="999", EventRootCode="99"
        ),  # line 4
        _gdelt_row(GLOBALEVENTID="1000005", GoldsteinScale="n/a"),  # line 5
        _gdelt_row(GLOBALEVENTID="1000006"),
    ]
    path = _write_tsv(tmp_path / "bad.export.CSV", rows)
    items = list(read_gdelt(path))
    events, errors = _split(items)
    assert [e["row_id"] for e in events] == ["1000001", "1000006"]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert "61 columns" in errors[0].message and "SQLDATE" in errors[1].message
    assert all(e.source == str(path) for e in errors)


def test_datasets_gdelt_unknown_subcode_falls_back_to_base_then_root(tmp_path):
    rows = [
        _gdelt_row(EventCode="0579", EventBaseCode="057", EventRootCode="05", QuadClass="1", GoldsteinScale="8.0"),
        _gdelt_row(GLOBALEVENTID="2", EventCode="0999", EventBaseCode="099", EventRootCode="09",
                   QuadClass="3", GoldsteinScale="-2.0"),
    ]  # fmt: skip
    events, errors = _split(read_gdelt(_write_tsv(tmp_path / "x.CSV", rows)))
    assert not errors
    assert events[0]["event_type"] == "SUPPORT" and events[0]["cameo"] == "0579"
    assert events[1]["event_type"] == "ACCUSE" and events[1]["goldstein"] == -2.0


def test_datasets_gdelt_actor_codes_regions_igos_and_exceptions(tmp_path):
    rows = [
        _gdelt_row(Actor1Code="IGOEUREEC", Actor1Name="EUROPEAN UNION", Actor1CountryCode="",
                   Actor1KnownGroupCode="EEC", Actor1Type1Code="IGO",
                   Actor2Code="AFR", Actor2Name="AFRICA", Actor2CountryCode="AFR", Actor2Type1Code=""),
        _gdelt_row(GLOBALEVENTID="2", Actor1Code="ROMCOP", Actor1Name="ROMANIA", Actor1CountryCode="ROM",
                   Actor1Type1Code="COP", Actor2Code="", Actor2Name="", Actor2CountryCode="", Actor2Type1Code=""),
    ]  # fmt: skip
    events, _ = _split(read_gdelt(_write_tsv(tmp_path / "x.CSV", rows)))
    assert events[0]["source"]["code"] == "IGOEU" and events[0]["source"]["country"] is None
    assert events[0]["target"]["country"] is None and events[0]["target"]["code"] == ""
    assert events[1]["source"]["code"] == "ROUGOV" and events[1]["target"] is None


def test_datasets_gdelt_missing_file_is_one_error(tmp_path):
    items = list(read_gdelt(tmp_path / "missing.CSV"))
    assert len(items) == 1 and isinstance(items[0], ErrorRecord) and items[0].line is None


# ----------------------------------------------------------------------------------------------- ACLED


def test_datasets_acled_dedup_to_unique_event_ids(shared_data):
    path = shared_data / "events" / "acled_mali_2017_2020.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        ids = {r["event_id_cnty"] for r in csv.DictReader(fh)}
    events, errors = _split(read_acled(path))
    assert not errors
    assert len(ids) == 3314
    assert len(events) == 3314 and {e["row_id"] for e in events} == ids
    for ev in events[:200]:
        assert EVENT_KEYS <= set(ev) and ev["dataset"] == "acled" and ev["url"] is None
        assert ev["event_type"] in PLOVER and ev["event_id"] == f"acled:{ev['row_id']}"
        assert len(ev["date"]) == 10 and ev["date_precision"] in ("day", "month")


def test_datasets_acled_merges_actor_rows_source_then_target(shared_data):
    events, _ = _split(read_acled(shared_data / "events" / "acled_mali_2017_2020.csv"))
    ev = next(e for e in events if e["row_id"] == "MLI4682")
    assert ev["source"]["code"] == "MLIREB" and ev["target"]["code"] == "MLICVL"
    assert ev["source_assoc"] == ["JNIM: Group for Support of Islam and Muslims"]
    assert (ev["event_type"], ev["cameo"], ev["goldstein"], ev["quad_class"]) == ("COERCE", "171", -9.2, 4)
    assert ev["date"] == "2020-12-31" and ev["sentence"].startswith("Property destruction")
    assert ev["fatalities"] == 0


def test_datasets_acled_french_forces_framil_and_protests(shared_data):
    events, _ = _split(read_acled(shared_data / "events" / "acled_mali_2017_2020.csv"))
    french = [
        e
        for e in events
        if any(
            (e[s] or {}).get("text", "").startswith("Military Forces of France") for s in ("source", "target")
        )
    ]
    assert french and all(
        e[s]["code"] == "FRAMIL" for e in french for s in ("source", "target")
        if (e[s] or {}).get("text", "").startswith("Military Forces of France")
    )  # fmt: skip
    protests = [e for e in events if e["acled_event_type"] == "Protests"
                and e["acled_sub_event_type"] == "Peaceful protest"]  # fmt: skip
    assert protests and all(e["event_type"] == "PROTEST" for e in protests)
    assert all(
        e["source"]["code"] == "MLICVL" for e in protests if e["source"]["text"] == "Protesters (Mali)"
    )
    minusma = [e for e in events if (e["source"] or {}).get("text", "").startswith("MINUSMA")]
    assert minusma and all(
        e["source"]["code"] == "IGOUNO" and e["source"]["country"] is None for e in minusma
    )


ACLED_HEADER = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,interaction,region,country,admin1,admin2,admin3,"
                "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n")  # fmt: skip


def _acled_line(eid, date, tp, et, sub, actor, assoc="", inter="1", notes="n", fatalities="0", data_id="1"):
    cells = [data_id, "466", eid, eid[3:], date, date[-4:], tp, et, sub, actor, assoc, inter, "18", "Western Africa",
             "Mali", "Mopti", "Djenne", "", "Djenne", "13.9", "-4.5", "1", "AFP", "International", notes,
             fatalities, "1", "MLI"]  # fmt: skip
    return ",".join(f'"{c}"' for c in cells) + "\n"


def test_datasets_acled_wagner_rows_ruspmc_and_malformed_rows(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(
        ACLED_HEADER
        + _acled_line("MLI9001", "2 April 2022", "1", "Violence against civilians", "Attack",
                      "Wagner Group", "Military Forces of Mali (2021-)", "8", "Wagner and FAMa killed civilians.", "30")
        + _acled_line("MLI9001", "2 April 2022", "1", "Violence against civilians", "Attack",
                      "Civilians (Mali)", "", "7", "Wagner and FAMa killed civilians.", "30")
        + _acled_line("MLI9002", "31 February 2022", "1", "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims")
        + "too,few,cells\n"
        + _acled_line("MLI9003", "15 March 2022", "3", "Strategic developments", "Abduction/forced disappearance",
                      "Islamic State (Sahel)", inter="2")
        + _acled_line("MLI9004", "16 March 2022", "2", "Riots", "Mob violence", "Rioters (Mali)", inter="5")
        + _acled_line("MLI9005", "17 March 2022", "1", "Parades", "", "Protesters (Mali)", inter="6")
        + _acled_line("MLI9006", "18 March 2022", "1", "Strategic developments", "Agreement",
                      "Military Forces of Russia (2000-)", inter="8"),
        encoding="utf-8",
    )  # fmt: skip
    events, errors = _split(read_acled(path))
    by_id = {e["row_id"]: e for e in events}
    assert set(by_id) == {"MLI9001", "MLI9003", "MLI9004", "MLI9006"}
    wagner = by_id["MLI9001"]
    assert wagner["source"]["code"] == "RUSPMC" and wagner["source"]["country"] == "RUS"
    assert wagner["target"]["code"] == "MLICVL" and wagner["source_assoc"] == [
        "Military Forces of Mali (2021-)"
    ]
    assert wagner["event_type"] == "ASSAULT" and wagner["fatalities"] == 30 and wagner["date"] == "2022-04-02"
    assert (
        by_id["MLI9003"]["event_type"] == "COERCE" and by_id["MLI9003"]["cameo"] == "170"
    )  # sub type fallback
    assert by_id["MLI9003"]["date_precision"] == "month" and by_id["MLI9003"]["source"]["code"] == "MLIREB"
    assert by_id["MLI9004"]["event_type"] == "ASSAULT" and by_id["MLI9004"]["date_precision"] == "day"
    assert by_id["MLI9006"]["event_type"] == "SUPPORT" and by_id["MLI9006"]["source"]["code"] == "RUSMIL"
    errors.sort(
        key=lambda e: e.line
    )  # an event's error comes when the event is complete, after a bad next row
    assert [e.line for e in errors] == [4, 5, 8]
    assert (
        "event_date" in errors[0].message
        and "columns" in errors[1].message
        and "Parades" in errors[2].message
    )


def test_datasets_acled_unknown_actor_never_invents_a_country(tmp_path):
    from realpolitik.ingest.datasets.acled import resolve_acled_actor

    assert resolve_acled_actor("Some New Front", "2") == {
        "text": "Some New Front", "name": "Some New Front", "code": "REB", "country": None, "sector": "REB",
    }  # fmt: skip
    assert resolve_acled_actor("Mystery Group", "")["code"] == ""
    assert resolve_acled_actor("Kel Essouk Militia (Mali)", "4")["code"] == "MLIREB"
    assert resolve_acled_actor("Civilians (International)", "7")["country"] is None
    assert resolve_acled_actor("Police Forces of Niger (2011-2021)", "1")["code"] == "NERGOV"
    assert resolve_acled_actor("Dozo Communal Militia (Mali)", "4")["code"] == "MLIREB"


# ----------------------------------------------------------------------------------------------- SIPRI


def test_datasets_sipri_all_rows_and_russia_mali(shared_data):
    rows, errors = _split(read_sipri(shared_data / "structural" / "sipri_trade_register_2000_2023.csv"))
    assert not errors and len(rows) == 20480
    assert len({r["record_id"] for r in rows}) == 20480
    mali = [r for r in rows if r["recipient"] == "Mali"]
    assert len(mali) == 70 and all(r["recipient_iso3"] == "MLI" for r in mali)
    russia = [r for r in mali if r["supplier"] == "Russia"]
    assert len(russia) == 14 and all(r["supplier_iso3"] == "RUS" for r in russia)
    assert all(isinstance(r["delivery_year"], int) and isinstance(r["tiv_delivered"], float) for r in russia)
    assert sum(1 for r in mali if r["supplier_iso3"] == "FRA") == 5
    mi35 = [r for r in russia if r["designation"] == "Mi-35M"]
    assert sorted(r["delivery_year"] for r in mi35) == [2017, 2019, 2020]
    kinds = {r["recipient"]: (r["recipient_iso3"], r["recipient_kind"]) for r in rows}
    assert kinds["African Union**"] == (None, "igo") and kinds["United Nations**"] == (None, "igo")
    assert kinds["Darfur rebels (Sudan)*"] == (None, "nonstate")
    assert kinds["UAE"] == ("ARE", "state") and kinds["DR Congo"] == ("COD", "state")
    assert kinds["Cote d'Ivoire"] == ("CIV", "state") and kinds["Viet Nam"] == ("VNM", "state")
    assert kinds["United States"] == ("USA", "state")
    assert all(r["recipient_kind"] != "unknown" or r["recipient"].startswith("unknown") for r in rows)


def _sipri_text(preamble_lines: int, rows: list[str]) -> str:
    pre = "".join(f"Note {i}, with a comma and 'quotes'\n" for i in range(preamble_lines))
    header = ("SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,"
              "Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,"
              "Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production\n")  # fmt: skip
    return pre + header + "".join(r + "\n" for r in rows)


@pytest.mark.parametrize("preamble", [0, 3, 11, 25])
def test_datasets_sipri_header_detected_after_any_preamble(tmp_path, preamble):
    path = tmp_path / "trade_register.csv"
    path.write_text(_sipri_text(preamble, [
        "60200,Russia,Mali,Mi-35M,combat helicopter,Aircraft,2016,No,2,No,2017,No,New,11.5,11.5,23,No",
        "1,Soviet Union,Mali,BRDM-2,APC,Armoured vehicles,1989?,Yes,4?,Yes,,Yes,Second hand,,0.5,,No",
        "2,France,Mali,too,few",
        "3,France,Mali,X,Y,Aircraft,2015,No,1,No,next year,No,New,,1,1,No",
        "",
    ]))  # fmt: skip
    assert detect_dataset(path) == "sipri"
    rows, errors = _split(read_sipri(path))
    assert len(rows) == 2
    assert (
        rows[0]["supplier_iso3"] == "RUS"
        and rows[0]["recipient_iso3"] == "MLI"
        and rows[0]["tiv_delivered"] == 23.0
    )
    assert (
        rows[1]["supplier_iso3"] == "SUN"
        and rows[1]["order_year"] == 1989
        and rows[1]["numbers_delivered"] == 4
    )
    assert rows[1]["delivery_year"] is None and rows[1]["tiv_delivered"] is None
    assert [e.line for e in errors] == [preamble + 4, preamble + 5]


def test_datasets_sipri_no_header_is_one_error(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n")
    items = list(read_sipri(path))
    assert len(items) == 1 and isinstance(items[0], ErrorRecord)


# ----------------------------------------------------------------------------------------------- detection


def test_datasets_detect_dataset_on_each_file(shared_data, tmp_path):
    ev = shared_data / "events"
    assert detect_dataset(ev / "gdelt2_events_sample.csv") == "gdelt"
    assert detect_dataset(ev / "acled_mali_2017_2020.csv") == "acled"
    assert detect_dataset(shared_data / "structural" / "sipri_trade_register_2000_2023.csv") == "sipri"
    assert detect_dataset(ev / "gdelt2_mentions_sample.csv") is None
    assert detect_dataset(shared_data / "structural" / "fbic_china_russia_1960_2020.csv") is None
    raw = _write_tsv(tmp_path / "x.export.CSV", [_gdelt_row()])
    zipped = tmp_path / "x.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(raw, arcname=raw.name)
    assert detect_dataset(raw) == "gdelt" and detect_dataset(zipped) == "gdelt"
    assert detect_dataset(tmp_path / "missing.csv") is None
    (tmp_path / "empty.csv").write_text("")
    assert detect_dataset(tmp_path / "empty.csv") is None


def test_datasets_readers_are_lazy_generators(tmp_path):
    import types

    for reader in (read_gdelt, read_acled, read_sipri):
        assert isinstance(reader(tmp_path / "missing.csv"), types.GeneratorType)
