"""Periods and ranges: a start after the end is an error, a period's form gives its length."""

from __future__ import annotations

from datetime import date

import pytest
from index_rows import add_events, event

from realpolitik.errors import UsageError
from realpolitik.index import influence
from realpolitik.index.influence import check_range, period_freq, resolve_period


def test_influence_start_after_end_is_an_error(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2015-03-01")])
    with pytest.raises(UsageError, match=r"^start 2022 is after end 2010$"):
        influence(store, target="MLI", powers=["FRA"], start="2022", end="2010")
    with pytest.raises(UsageError, match="start 2021-06 is after end 2021Q1"):
        influence(store, target="MLI", powers=["FRA"], freq="month", start="2021-06", end="2021Q1")
    # one period, given twice, is a range of one
    assert list(influence(store, target="MLI", powers=["FRA"], start="2015", end="2015").period) == ["2015"]


def test_influence_check_range_names_the_callers_options():
    with pytest.raises(UsageError, match=r"^--from 2022 is after --to 2010$"):
        check_range("2022", "2010", ("--from", "--to"))
    check_range("2022-03-01", "2022Q1")  # the day lies in the quarter
    check_range(None, "2010")
    with pytest.raises(UsageError, match="--to: 'soon' is not a date"):
        check_range("2010", "soon", ("--from", "--to"))


def test_influence_period_form_gives_its_length():
    assert [period_freq(p) for p in ("2019", "2019Q3", "2019-q3", "2019-07", "2019-07-15", date(2019, 7, 15))] == \
        ["year", "quarter", "quarter", "month", None, None]
    assert resolve_period("2019Q3") == ("quarter", "2019Q3", date(2019, 7, 1))
    assert resolve_period("2019-07") == ("month", "2019-07", date(2019, 7, 1))
    assert resolve_period("2019") == ("year", "2019", date(2019, 1, 1))
    assert resolve_period("2019-08-15") == ("year", "2019", date(2019, 1, 1))
    assert resolve_period("2019-08-15", "quarter") == ("quarter", "2019Q3", date(2019, 7, 1))
    assert resolve_period("2019Q3", "quarter")[1] == "2019Q3"


@pytest.mark.parametrize("period,freq,message", [
    ("2019Q3", "year", "period 2019Q3 is a quarter, but freq is year: give a year such as 2019"),
    ("2019", "quarter", "period 2019 is a year, but freq is quarter: give a quarter such as 2019Q1"),
    ("2019-07", "quarter", "period 2019-07 is a month, but freq is quarter: give a quarter such as 2019Q3"),
    ("2019Q3", "week", "freq must be one of year, quarter, month"),
])
def test_influence_resolve_period_rejects_a_contradicting_freq(period, freq, message):
    with pytest.raises(UsageError, match=message):
        resolve_period(period, freq)
