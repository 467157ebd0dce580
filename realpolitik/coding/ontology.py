"""The event ontology: PLOVER types and modes, CAMEO codes, Goldstein weights and QuadClass.

Data lives in ``realpolitik/data/ontology/{cameo,plover}.tsv`` (sources named in their headers) and is
read with :mod:`importlib.resources`. ``Ontology.load()`` is cached per process; nothing happens at import.

>>> onto = Ontology.load()
>>> onto.cameo("057").plover, onto.cameo("057").goldstein
('SUPPORT', 8.0)
>>> onto.for_type("CONSULT", "visit").cameo
'042'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from realpolitik.tsv import read_data_tsv

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# RETREAT modes that are an actor pulling out (its presence ends), as opposed to RETREAT's other modes
# (release, ease sanctions, allow access, ceasefire); a RETREAT with no mode counts as one too.
WITHDRAWAL_MODES: tuple[str, ...] = ("withdraw", "disarm", "surrender")


def is_withdrawal(event_type: str | None, mode: str | None) -> bool:
    """Is this a pulling out (RETREAT withdraw / disarm / surrender, or a RETREAT with no mode)?"""
    return event_type == "RETREAT" and (mode is None or mode in WITHDRAWAL_MODES)


# Labels from PLOVER v0.5 and earlier drafts that were merged into the 16 types above.
V05_LABELS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}

_CAMEO_RE = re.compile(r"^(0[1-9]|1[0-9]|20)(\d{1,2})?$")


def quad_class_for(code: str) -> int:
    """QuadClass from the CAMEO root: 1 verbal coop (01-05), 2 material coop (06-08), 3 verbal conflict
    (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def map_v05_label(label: str) -> str:
    """Map an old PLOVER label (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE) or a current one to a current type."""
    up = label.strip().upper()
    if up in PLOVER_TYPES:
        return up
    if up in V05_LABELS:
        return V05_LABELS[up]
    raise ValueError(f"unknown PLOVER label {label!r}")


@dataclass(frozen=True)
class CameoEntry:
    cameo: str
    description: str
    goldstein: float
    quad_class: int
    plover: str | None  # None: PLOVER has no type for this code (plain public statements)
    mode: str | None


def _read_tsv(name: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of an ontology TSV file as (line number, {column: value})."""
    return read_data_tsv("ontology", name)


def _parse_goldstein(name: str, lineno: int, value: str) -> float:
    try:
        g = float(value)
    except ValueError:
        raise ValueError(f"{name}:{lineno}: goldstein {value!r} is not a number") from None
    if not -10.0 <= g <= 10.0:
        raise ValueError(f"{name}:{lineno}: goldstein {g} outside [-10, 10]")
    return g


def _check_code(name: str, lineno: int, code: str) -> None:
    if not _CAMEO_RE.match(code):
        raise ValueError(f"{name}:{lineno}: bad CAMEO code {code!r}")


class Ontology:
    """PLOVER/CAMEO lookup tables. Build with :meth:`load` (cached per process)."""

    PLOVER_TYPES = PLOVER_TYPES

    def __init__(self, cameo: dict[str, CameoEntry], defaults: dict[tuple[str, str | None], str]):
        self._cameo = cameo
        self._defaults = defaults  # (type, mode or None) -> CAMEO code

    @classmethod
    def load(cls) -> Ontology:
        return _load_ontology()

    @classmethod
    def from_rows(cls, cameo_rows, plover_rows) -> Ontology:
        """Build from parsed rows ([(lineno, row dict)]); validates and raises ValueError naming the line."""
        cameo: dict[str, CameoEntry] = {}
        for lineno, r in cameo_rows:
            code = r["cameo"]
            _check_code("cameo.tsv", lineno, code)
            if code in cameo:
                raise ValueError(f"cameo.tsv:{lineno}: duplicate code {code}")
            g = _parse_goldstein("cameo.tsv", lineno, r["goldstein"])
            try:
                q = int(r["quad_class"])
            except ValueError:
                raise ValueError(
                    f"cameo.tsv:{lineno}: quad_class {r['quad_class']!r} is not an integer"
                ) from None
            if q != quad_class_for(code):
                raise ValueError(f"cameo.tsv:{lineno}: quad_class {q} does not match CAMEO root of {code}")
            plover = r["plover"] or None
            if plover is not None and plover not in PLOVER_TYPES:
                raise ValueError(f"cameo.tsv:{lineno}: unknown PLOVER type {plover!r}")
            cameo[code] = CameoEntry(code, r["description"], g, q, plover, r["mode"] or None)
        defaults: dict[tuple[str, str | None], str] = {}
        for lineno, r in plover_rows:
            t, mode, code = r["event_type"], r["mode"] or None, r["cameo"]
            if t not in PLOVER_TYPES:
                raise ValueError(f"plover.tsv:{lineno}: unknown PLOVER type {t!r}")
            entry = cameo.get(code)
            if entry is None:
                raise ValueError(f"plover.tsv:{lineno}: CAMEO code {code!r} not in cameo.tsv")
            if entry.plover != t:
                raise ValueError(f"plover.tsv:{lineno}: CAMEO {code} is {entry.plover}, not {t}")
            g = _parse_goldstein("plover.tsv", lineno, r["goldstein"])
            if g != entry.goldstein or str(entry.quad_class) != r["quad_class"]:
                raise ValueError(
                    f"plover.tsv:{lineno}: goldstein/quad_class disagree with cameo.tsv for {code}"
                )
            if (t, mode) in defaults:
                raise ValueError(f"plover.tsv:{lineno}: duplicate row for {t}/{mode}")
            defaults[(t, mode)] = code
        missing = [t for t in PLOVER_TYPES if (t, None) not in defaults]
        if missing:
            raise ValueError(f"plover.tsv: no default row for {', '.join(missing)}")
        return cls(cameo, defaults)

    # -- lookups -------------------------------------------------------------------------------------

    def cameo(self, code: str) -> CameoEntry:
        try:
            return self._cameo[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def has_cameo(self, code: str) -> bool:
        return code in self._cameo

    def for_type(self, event_type: str, mode: str | None = None) -> CameoEntry:
        """The representative CAMEO entry for a PLOVER type (and mode, falling back to the type default).
        Old v0.5 labels are accepted."""
        t = map_v05_label(event_type)
        code = self._defaults.get((t, mode or None)) or self._defaults[(t, None)]
        return self._cameo[code]

    def modes(self, event_type: str) -> tuple[str, ...]:
        t = map_v05_label(event_type)
        return tuple(m for (tt, m) in self._defaults if tt == t and m)

    def codes(self) -> tuple[str, ...]:
        return tuple(self._cameo)

    map_v05_label = staticmethod(map_v05_label)


@lru_cache(maxsize=1)
def _load_ontology() -> Ontology:
    return Ontology.from_rows(_read_tsv("cameo.tsv"), _read_tsv("plover.tsv"))
