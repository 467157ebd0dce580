"""Shared fixtures: paths to fixtures and shared data, stores, a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = Path(os.environ.get("REALPOLITIK_SHARED", ROOT.parent / "shared")) / "data"
FOUNDING_ARTICLE = ROOT / "examples" / "france_russia_mali_2021.txt"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, the project's real test data; tests using it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def founding_article() -> Path:
    return FOUNDING_ARTICLE


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path):
    from realpolitik.store import Store

    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def bad_inputs_dir(tmp_path, fixtures_dir) -> Path:
    """A folder with one good and one bad input of each kind the acceptance test names."""
    d = tmp_path / "inputs"
    d.mkdir()
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (d / "docs.jsonl").write_text(
        '{"id": "good-1", "text": "Russia signed a defence agreement with Mali in June 2019.", "date": "2019-07-01"}\n'
        '{"id": "broken", "text": "unterminated\n'
        '{"id": "good-2", "text": "France threatened to withdraw its troops from Mali.", "date": "2021-09-16"}\n'
    )
    (d / "page.html").write_text((fixtures_dir / "html" / "news_article_en.html").read_text())
    return d
