"""Index settings: shipped defaults (each documented), user files and overrides."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from realpolitik.errors import UsageError
from realpolitik.index import load_settings


def test_settings_defaults_and_overrides():
    s = load_settings()
    assert (s.half_life_days, s.hypothetical_weight, s.dataset_weight, s.window) == (365, 0.25, 0.5, 5)
    assert s.channel_weights == {"diplomatic": 1.0, "security": 1.0, "economic": 1.0, "public_opinion": 1.0}
    o = load_settings(half_life_days=180, window=None, channel_weights={"security": 2})
    assert o.half_life_days == 180 and o.window == 5 and o.channel_weights["security"] == 2.0
    assert o.channel_weights["diplomatic"] == 1.0


def test_settings_from_file_then_overrides(tmp_path):
    p = tmp_path / "mine.toml"
    p.write_text("[event]\nhalf_life_days = 90\n[combine]\nw_event = 0.8\n")
    s = load_settings(p, w_event=0.3)
    assert (s.half_life_days, s.w_event, s.w_struct) == (90, 0.3, 0.5)


def test_settings_reject_unknown_and_bad_values(tmp_path):
    with pytest.raises(UsageError, match="unknown index setting 'half_life'"):
        load_settings(half_life=10)
    with pytest.raises(UsageError, match="half_life_days must be > 0"):
        load_settings(half_life_days=0)
    with pytest.raises(UsageError, match="unknown channel"):
        load_settings(channel_weights={"cultural": 1})
    with pytest.raises(UsageError, match="cannot read"):
        load_settings(tmp_path / "missing.toml")


def test_settings_every_default_has_a_comment():
    lines = (files("realpolitik") / "data" / "index_settings.toml").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^\w+\s*=", line) and not any(lines[j].startswith("#") for j in range(max(0, i - 6), i)):
            pytest.fail(f"setting without a comment: {line}")
