"""Fixtures for the report tests: the small store of report_rows.py, Chromium through Playwright."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_rows import CHROMIUM, CHROMIUM_ARGS, build_store


@pytest.fixture(scope="session")
def report_db(tmp_path_factory) -> Path:
    """The test store, built once per session (tests only read it)."""
    return build_store(tmp_path_factory.mktemp("report") / "report.duckdb")


@pytest.fixture
def report_store(report_db):
    from realpolitik.store import Store

    with Store(report_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is not installed (make browser installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """A page with its console errors, page errors, dialogs and off-origin requests recorded."""

    def __init__(self, page, allowed_prefixes=("file:", "data:", "blob:", "about:")):
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("dialog", self._dialog)
        page.on("request", lambda r: None if r.url.startswith(allowed_prefixes) else self.external.append(r.url))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
