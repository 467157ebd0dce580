"""Stage 3 — store: DuckDB by default, Parquet out."""

from realpolitik.store.store import SCHEMA_VERSION, TABLES, Store, default_db_path

__all__ = ["SCHEMA_VERSION", "TABLES", "Store", "default_db_path"]
