"""The one reader for the TSV data files realpolitik ships (`realpolitik/data/...`): `#` lines and
blank lines are comments, the first other line is the header, every row has exactly its columns."""

from __future__ import annotations

from importlib.resources import files


def read_data_tsv(*parts: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of `realpolitik/data/<parts...>` as (line number, {column: value}), values stripped.
    A malformed file raises ValueError naming the file and line."""
    name = parts[-1]
    text = files("realpolitik").joinpath("data", *parts).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"{name}:{lineno}: expected {len(header)} columns, got {len(cells)}")
        rows.append((lineno, dict(zip(header, cells, strict=True))))
    if header is None:
        raise ValueError(f"{name}: no header line")
    return rows
