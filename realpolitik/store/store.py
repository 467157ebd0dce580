"""`Store`: the one object that owns the DuckDB file — schema and version, idempotent writes,
counts and Parquet export. Nothing else in realpolitik writes SQL against the store."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from realpolitik.errors import StoreError, StoreLockedError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
# how to bring an older store up to date: {from_version: statements}
MIGRATIONS = {
    1: [
        "ALTER TABLE events ALTER COLUMN doc_id DROP NOT NULL",
        "ALTER TABLE events ALTER COLUMN sentence_index DROP NOT NULL",
        "ALTER TABLE events ALTER COLUMN event_type DROP NOT NULL",
        *(f"ALTER TABLE events ADD COLUMN {col} {typ}" for col, typ in (
            ("dataset", "VARCHAR"), ("row_id", "VARCHAR"), ("url", "VARCHAR"), ("action_country", "VARCHAR"),
            ("fatalities", "INTEGER"), ("extra", "JSON"))),
    ],
}
DEFAULT_DB = "realpolitik.duckdb"
TABLES = ("documents", "sentences", "events", "quotes", "actors", "arms_transfers", "ingest_log", "ingest_errors")

_ACTOR_FIELDS = ("text", "name", "code", "country", "sector")
DOCUMENT_COLUMNS = ("doc_id", "title", "date", "lang", "url", "source", "origin", "text", "meta",
                    "n_sentences", "n_events", "n_quotes", "ingest_run", "ingested_at")
SENTENCE_COLUMNS = ("doc_id", "sentence_index", "char_start", "char_end", "text")
EVENT_COLUMNS = (
    "event_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end",
    *(f"source_{f}" for f in _ACTOR_FIELDS), *(f"target_{f}" for f in _ACTOR_FIELDS),
    "event_type", "mode", "cameo", "goldstein", "quad_class", "date", "date_precision", "date_text",
    "negated", "hypothetical", "confidence",
)
DATASET_EVENT_COLUMNS = (*EVENT_COLUMNS, "dataset", "row_id", "url", "action_country", "fatalities", "extra")
TRANSFER_COLUMNS = ("record_id", "row_id", "dataset", "supplier", "supplier_iso3", "supplier_kind", "recipient",
                    "recipient_iso3", "recipient_kind", "designation", "description", "category", "status",
                    "order_year", "delivery_year", "numbers_delivered", "tiv_deal_unit", "tiv_delivered", "extra")
QUOTE_COLUMNS = ("quote_id", "doc_id", "sentence_index", "text", "speaker_text", "speaker_name",
                 "speaker_code", "speaker_country", "speaker_sector", "char_start", "char_end")


def default_db_path() -> str:
    """`$REALPOLITIK_DB`, else ./realpolitik.duckdb."""
    return os.environ.get("REALPOLITIK_DB") or DEFAULT_DB


class Store:
    """A realpolitik store in one DuckDB file (or ":memory:").

    Writers take DuckDB's file lock for as long as the store is open; a second writer gets a
    `StoreLockedError` naming the holder's pid. Each `write_batch` is one transaction, so a crash
    loses at most the batch in flight, and re-running the same input adds nothing twice.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        import duckdb

        self.path = str(path) if path is not None else default_db_path()
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}; create one with `realpolitik ingest`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" in message.lower():
                pid = re.search(r"PID (\d+)", message)
                raise StoreLockedError(self.path, int(pid.group(1)) if pid else None) from exc
            raise StoreError(f"cannot open store {self.path}: {message}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if read_only:
            self._check_version()
        else:
            self._create_schema()

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create_schema(self) -> None:
        self._migrate()
        sql = (files("realpolitik") / "store" / "schema.sql").read_text(encoding="utf-8")
        self.con.execute(sql)
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        self._check_version()
        # we hold the write lock: any run still marked running belongs to a process that died
        self.con.execute("UPDATE ingest_log SET status = 'interrupted' WHERE status = 'running'")

    def _migrate(self) -> None:
        """Bring a store written by an older realpolitik to the current schema, in one transaction."""
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" not in tables:
            return  # a new store
        row = next(iter(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
        version = int(row[0]) if row else SCHEMA_VERSION
        if version >= SCHEMA_VERSION:
            return
        try:
            with self._transaction():
                for v in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[v]:
                        self.con.execute(statement)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        except Exception as exc:
            raise StoreError(f"cannot upgrade store {self.path} from schema version {version}: {exc}") from exc
        log.warning("upgraded store %s from schema version %d to %d", self.path, version, SCHEMA_VERSION)

    def _check_version(self) -> None:
        try:
            row = next(iter(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
        except Exception as exc:
            raise StoreError(f"{self.path} is not a realpolitik store (no meta table)") from exc
        version = int(row[0]) if row else None
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}; this realpolitik reads version "
                f"{SCHEMA_VERSION}. Re-ingest into a new --db."
            )

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    # -- ingest runs ----------------------------------------------------------------------------
    def begin_run(self, inputs: Sequence[str]) -> int:
        run_id = self.con.execute("SELECT nextval('ingest_run_seq')").fetchall()[0][0]
        self.con.execute(
            "INSERT INTO ingest_log VALUES (?, ?, NULL, 'running', ?, 0, 0, 0, 0)",
            [run_id, _now(), json.dumps(list(inputs))],
        )
        return int(run_id)

    def finish_run(self, run_id: int, *, read: int, stored: int, duplicates: int, rejected: int,
                   status: str = "done") -> None:
        self.con.execute(
            "UPDATE ingest_log SET finished_at = ?, status = ?, read = ?, stored = ?, duplicates = ?, "
            "rejected = ? WHERE run_id = ?",
            [_now(), status, read, stored, duplicates, rejected, run_id],
        )

    # -- writes ---------------------------------------------------------------------------------
    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """The subset of `doc_ids` already stored."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT UNNEST(?))", [ids])
        return {r[0] for r in rows.fetchall()}

    def write_batch(self, documents: Sequence[dict], sentences: Sequence[dict], events: Sequence[dict],
                    quotes: Sequence[dict], errors: Sequence = (), *, run_id: int | None = None) -> int:
        """Store one coded batch atomically. `documents` are contract document records plus the
        document fields (text, url, ...); rows already present are ignored. Returns documents added."""
        with self._transaction():
            new_ids = {d["doc_id"] for d in documents} - self.known_ids(d["doc_id"] for d in documents)
            docs = [d for d in documents if d["doc_id"] in new_ids]
            now = _now()
            self._insert("documents", DOCUMENT_COLUMNS, [
                {**d, "meta": json.dumps(d.get("meta") or {}, ensure_ascii=False, default=str),
                 "ingest_run": run_id, "ingested_at": now} for d in docs])
            self._insert("sentences", SENTENCE_COLUMNS, [s for s in sentences if s["doc_id"] in new_ids])
            new_events = [e for e in events if e["doc_id"] in new_ids]
            self._insert("events", EVENT_COLUMNS, [_flatten(e, ("source", "target")) for e in new_events])
            new_quotes = [q for q in quotes if q["doc_id"] in new_ids]
            self._insert("quotes", QUOTE_COLUMNS, [_flatten(q, ("speaker",)) for q in new_quotes])
            self._count_actors(new_events, new_quotes)
            self._log_errors(errors, run_id)
        return len(docs)

    def write_dataset_batch(self, events: Sequence[dict], transfers: Sequence[dict], errors: Sequence = (), *,
                            run_id: int | None = None) -> int:
        """Store rows read from a dataset (events from GDELT/ACLED, deliveries from SIPRI) atomically.
        Rows already present (same `event_id` / `record_id`) are ignored. Returns rows added."""
        with self._transaction():
            before = self._count("events") + self._count("arms_transfers")
            self._insert("events", DATASET_EVENT_COLUMNS, [_dataset_row(_flatten(e, ("source", "target")),
                                                                       DATASET_EVENT_COLUMNS) for e in events])
            self._insert("arms_transfers", TRANSFER_COLUMNS, [_dataset_row(t, TRANSFER_COLUMNS) for t in transfers])
            added = self._count("events") + self._count("arms_transfers") - before
            self._log_errors(errors, run_id)
        return added

    @contextmanager
    def _transaction(self):
        """One atomic write: committed whole, or rolled back whole (also on KeyboardInterrupt)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _log_errors(self, errors: Sequence, run_id: int | None) -> None:
        if errors and run_id is not None:
            self.con.executemany("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)",
                                 [[run_id, e.source, e.line, e.message] for e in errors])

    def _count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[dict]) -> None:
        if not rows:
            return
        import duckdb
        import pyarrow as pa

        data = pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns})
        self.con.register("_rp_batch", data)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)
            self.con.execute(f"INSERT OR IGNORE INTO {table} ({cols}) SELECT {cols} FROM _rp_batch")
        finally:
            try:
                self.con.unregister("_rp_batch")
            except duckdb.TransactionException:
                pass  # the insert failed and aborted the transaction; keep its error, not this one

    def _count_actors(self, events: Sequence[dict], quotes: Sequence[dict]) -> None:
        counts: dict[tuple, int] = {}
        actors = [e.get(k) for e in events for k in ("source", "target")] + [q.get("speaker") for q in quotes]
        for a in actors:
            if a and a.get("name"):
                key = (a.get("code") or "", a["name"], a.get("country"), a.get("sector"))
                counts[key] = counts.get(key, 0) + 1
        if counts:
            self.con.executemany(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT (code, name) "
                "DO UPDATE SET mentions = actors.mentions + excluded.mentions",
                [[*key, n] for key, n in counts.items()],
            )

    # -- reads ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row counts per table, keyed by the table names of the schema and of `export_parquet`
        (`ingest_log`: one row per ingest run; `ingest_errors`: one per rejected input)."""
        return {t: self._count(t) for t in TABLES}

    def info(self) -> dict:
        """Counts and facts about the store, as `realpolitik db info` prints them."""
        return {**self.counts(), "schema_version": SCHEMA_VERSION, "path": self.path}

    def query(self, sql: str, params: Sequence | None = None) -> list[dict]:
        """Rows of a read query as dicts (for the index, report and tests)."""
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def export_parquet(self, directory: str | os.PathLike) -> list[Path]:
        """Write one Parquet file per table into `directory` (created if needed)."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            target = out / f"{table}.parquet"
            self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_str(target)}' (FORMAT parquet)")
            written.append(target)
        return written


def _flatten(record: dict, actor_keys: Sequence[str]) -> dict:
    flat = dict(record)
    for key in actor_keys:
        actor = record.get(key) or {}
        for f in _ACTOR_FIELDS:
            # a quote's top-level `speaker_text` (the words in the text) wins over the actor's
            flat.setdefault(f"{key}_{f}", actor.get(f))
    return flat


def _dataset_row(row: dict, columns: Sequence[str]) -> dict:
    """A dataset row with its known columns, and every other field kept in `extra` (JSON)."""
    known = set(columns) | {"kind", "source", "target"}
    extra = {k: v for k, v in row.items() if k not in known and not k.startswith(("source_", "target_"))}
    return {**row, "extra": json.dumps(extra, ensure_ascii=False, default=str) if extra else None}


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
