"""Actor dictionaries and the actor resolver.

The dictionaries are the TSV files under ``realpolitik/data/actors/`` (columns
``pattern name code country sector kind start end lang``; see their headers for
sources).  :class:`ActorDictionary` loads them and finds actor mentions in text
with a token trie built once at load time (no spaCy, no regex alternation).

Matching
    Case- and accent-insensitive (diacritics folded, curly apostrophes and
    Unicode hyphens made ASCII), on token boundaries, longest match first,
    non-overlapping, left to right.  Folding keeps one character per character,
    so offsets found in the folded text are offsets into the original text.
    Exception: a pattern written entirely in capitals with at most three
    letters (``US``, ``UN``, ``AU``, ``EU``, ``UE``, ``IS``, ``CMA``) is an
    acronym and matches only when the text has it in capitals too ("au", "un",
    "us" are ordinary words).
    Rows whose ``lang`` is neither ``*`` nor the document language are used only
    when no row of the document language matches the same words, and never for
    ``agent`` rows (generic words such as "court" are language-specific).
    A country name or demonym glued to a hyphenated word ("French-speaking",
    "pro-Russian", "Franco-Malian") is not a mention: it is not a nationality.

Dates
    ``date`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD".  When several rows share a
    pattern (two Keïtas, Putin's several offices) the row whose office overlaps
    ``date`` wins (the latest-starting one when several do); when none does,
    the row nearest in time; without a date, the most recent office.  A person
    whose office is over therefore keeps the country *and sector* of their
    nearest (usually last) office, e.g. "Le Drian" in 2024 is still FRAGOV.

Composition
    Adjacent mentions form one mention when they are one noun phrase:
    modifier + agent ("Russian mercenaries" -> RUSPMC, "the Malian junta" ->
    MLIMIL), agent + demonym in French ("l'armée malienne", "les mercenaires
    russes"), title + person ("French Foreign Minister Jean-Yves Le Drian" ->
    one mention, the person's row), possessives ("President Putin's spokesman"
    -> RUSGOV, "Mali's junta" -> MLIMIL), "of"/"de"/"du" before a country,
    organisation or person ("the army of Mali", "le porte-parole du Kremlin").
    The head is the last agent in English, the first in French; the country is
    the modifier's (a person or organisation with a country also gives its
    country to what it possesses).  A person in the head gives the person's own
    row.  International organisations (sector IGO) never take a country.

Codes a caller must know
    * A bare agent ("the junta", "officials") has ``country=None`` and
      ``code`` equal to its sector alone: ``"MIL"``, ``"GOV"``.
    * A composed agent has ``code = country + sector`` and a canonical name
      "<country name> <agent name>" ("Mali junta", "Russia mercenaries").
    * A country, demonym or capital on its own is returned as such (kind
      ``country``/``demonym``/``capital``): a bare demonym modifying a word that
      is not an actor ("Malian gold") still comes back as the country.  Country
      and demonym rows have ``sector=None`` and ``code`` = ISO3; capitals are
      metonyms for the government (``MLIGOV``).
    * Police are coded GOV (the sector list has no COP).
    * Jihadist and rebel groups are REB with the country where they are based
      (JNIM -> MLIREB); transnational ones (Islamic State, al-Qaeda) have no
      country and code ``"REB"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from realpolitik.coding.types import Actor, ActorMention

__all__ = ["ActorDictionary", "fold", "COLUMNS", "SECTORS", "KINDS"]

COLUMNS = ("pattern", "name", "code", "country", "sector", "kind", "start", "end", "lang")
SECTORS = frozenset("GOV MIL PMC REB CVL BUS MED IGO NGO OPP JUD EXP".split())
KINDS = frozenset("country demonym capital person org group agent".split())
LANGS = frozenset({"en", "fr", "*"})

_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")

_PUNCT_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}


class _FoldTable(dict):
    """A str.translate table that computes (and caches) each character's folded form."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = _PUNCT_MAP.get(ch)
        if out is None:
            stripped = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            low = "".join(
                c for c in unicodedata.normalize("NFD", stripped.lower()) if not unicodedata.combining(c)
            )
            out = low[:1] if low else ch
        self[code] = out
        return out


@lru_cache(maxsize=1)
def _fold_table() -> _FoldTable:
    return _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip diacritics, ASCII apostrophes/hyphens; same length as ``text``."""
    return text.translate(_fold_table())


def _is_acronym(pattern: str) -> bool:
    letters = [c for c in pattern if c.isalpha()]
    return 0 < len(letters) <= 3 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------- dates


def _date_bounds(value: str, *, is_end: bool = False) -> int:
    """An ISO date (or year, or year-month) as an ordinal-ish int; ends round up."""
    parts = value.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if is_end else 1)
    d = int(parts[2]) if len(parts) > 2 else (31 if is_end else 1)
    return y * 372 + (m - 1) * 31 + (d - 1)


_OPEN_START = -(10**9)
_OPEN_END = 10**9


@dataclass(frozen=True)
class _Row:
    pattern: str
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    start: int
    end: int
    lang: str
    acronym: bool
    order: int

    def actor(self, text: str) -> Actor:
        return Actor(text=text, name=self.name, code=self.code, country=self.country, sector=self.sector)

    @property
    def dated(self) -> bool:
        return self.start != _OPEN_START or self.end != _OPEN_END


def _parse_row(fields: list[str], where: str, order: int) -> _Row:
    if len(fields) != len(COLUMNS):
        raise ValueError(f"{where}: expected {len(COLUMNS)} tab-separated columns, got {len(fields)}")
    pattern, name, code, country, sector, kind, start, end, lang = (f.strip() for f in fields)
    if not pattern or not _TOKEN_RE.search(fold(pattern)):
        raise ValueError(f"{where}: empty pattern")
    if not name:
        raise ValueError(f"{where}: empty name")
    if kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    if sector and sector not in SECTORS:
        raise ValueError(f"{where}: unknown sector {sector!r}")
    if country and not _COUNTRY_RE.match(country):
        raise ValueError(f"{where}: country must be ISO 3166-1 alpha-3, got {country!r}")
    if lang not in LANGS:
        raise ValueError(f"{where}: lang must be en, fr or *, got {lang!r}")
    if sector == "IGO" or code.startswith("IGO"):
        if country:
            raise ValueError(f"{where}: an international organisation has no country")
        if not code.startswith("IGO"):
            raise ValueError(f"{where}: IGO code must start with 'IGO', got {code!r}")
    elif code != (country or "") + (sector or ""):
        raise ValueError(f"{where}: code {code!r} is not country+sector ({country!r}+{sector!r})")
    if not code:
        raise ValueError(f"{where}: empty code")
    for label, value in (("start", start), ("end", end)):
        if value and not _DATE_RE.match(value):
            raise ValueError(f"{where}: {label} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    lo = _date_bounds(start) if start else _OPEN_START
    hi = _date_bounds(end, is_end=True) if end else _OPEN_END
    if lo > hi:
        raise ValueError(f"{where}: start {start} is after end {end}")
    return _Row(
        pattern, name, code, country or None, sector or None, kind, lo, hi, lang, _is_acronym(pattern), order
    )


# ---------------------------------------------------------------- composition helpers

_M_KINDS = frozenset({"country", "demonym", "capital"})
# agents (by their ``name`` in agents.tsv) that speak or act for the actor beside them and take its sector
_ROLE_NAMES = frozenset({"spokesperson", "leader", "commander"})

_CONNECT_EN = {
    ("'", "s"): "poss",
    ("'",): "poss",
    ("of",): "of",
    ("of", "the"): "of",
    ("for",): "of",
    ("for", "the"): "of",
}
# words that may stand between a modifier and its head without breaking the noun phrase
# ("Mali's transitional government", "les hauts responsables maliens"); compared folded
_FILLERS = frozenset(
    "transitional interim new former top senior ruling local acting current outgoing own "
    "nouveau nouvel nouvelle nouveaux ancien ancienne anciens actuel actuelle haut hauts haute hautes".split()
)

_CONNECT_FR = {
    ("de",): "of",
    ("du",): "of",
    ("des",): "of",
    ("de", "la"): "of",
    ("de", "l", "'"): "of",
    ("d", "'"): "of",
    ("aupres", "de"): "of",
    ("aupres", "du"): "of",
}


def _etype(row: _Row) -> str:
    if row.kind in _M_KINDS:
        return "M"
    if row.kind == "person":
        return "P"
    if row.kind == "agent":
        return "A"
    if row.sector == "IGO":
        return "I"
    return "O" if row.country else "G"


@dataclass
class _Raw:
    start: int
    end: int
    row: _Row
    etype: str


class ActorDictionary:
    """Actor patterns from the TSV dictionaries, with a matcher over them."""

    def __init__(self, rows: list[_Row]):
        self._rows = rows
        trie: dict[Any, Any] = {}
        for row in rows:
            node = trie
            for tok in _TOKEN_RE.findall(fold(row.pattern)):
                node = node.setdefault(tok, {})
            node.setdefault(None, []).append(row)
        self._trie = trie
        names: dict[str, str] = {}
        for row in rows:
            if row.kind == "country" and row.sector is None and row.code not in names:
                names[row.code] = row.name
        self._country_names = names

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, directory: str | Path | None = None) -> ActorDictionary:
        """The shipped dictionaries (cached per process), or every ``*.tsv`` in ``directory``."""
        if directory is None:
            return _default_dictionary()
        return cls._from_files(sorted(Path(directory).glob("*.tsv")))

    @classmethod
    def _from_files(cls, files: list[Any]) -> ActorDictionary:
        rows: list[_Row] = []
        for path in files:
            text = path.read_text(encoding="utf-8")
            header_seen = False
            for lineno, line in enumerate(text.splitlines(), start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                where = f"{path.name}:{lineno}"
                if not header_seen:
                    if tuple(f.strip() for f in fields) != COLUMNS:
                        raise ValueError(f"{where}: expected column header {' '.join(COLUMNS)!r}")
                    header_seen = True
                    continue
                rows.append(_parse_row(fields, where, len(rows)))
        return cls(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def country_name(self, iso3: str) -> str | None:
        """The canonical English name of a country code, if known."""
        return self._country_names.get(iso3)

    # ------------------------------------------------------------ matching

    def _choose(self, rows: list[_Row], lang: str, date: str | None) -> _Row | None:
        own = [r for r in rows if r.lang == "*" or r.lang == lang]
        if not own:
            own = [r for r in rows if r.kind != "agent"]
        if not own:
            return None
        if len(own) == 1:
            return own[0]
        if not any(r.dated for r in own):
            return min(own, key=lambda r: r.order)
        if date is None:  # the current (open-ended) or most recent office
            return max(own, key=lambda r: (r.end, r.start, -r.order))
        lo, hi = _date_bounds(date), _date_bounds(date, is_end=True)
        covering = [r for r in own if r.start <= hi and r.end >= lo]
        if covering:
            return max(covering, key=lambda r: (r.start, -r.order))

        def distance(r: _Row) -> int:
            return max(r.start - hi, lo - r.end, 0)

        return min(own, key=lambda r: (distance(r), -r.start))

    def _raw(self, text: str, folded: str, lang: str, date: str | None) -> list[_Raw]:
        matches = list(_TOKEN_RE.finditer(folded))
        words = [m.group() for m in matches]
        n = len(words)
        out: list[_Raw] = []
        memo: dict[int, _Row | None] = {}  # choice per trie node, for this call's lang and date
        i = 0
        trie = self._trie
        while i < n:
            node = trie.get(words[i])
            best: tuple[int, _Row] | None = None
            j = i
            while node is not None:
                rows = node.get(None)
                if rows:
                    if rows[0].acronym or len(rows) > 1 and any(r.acronym for r in rows):
                        span = text[matches[i].start() : matches[j].end()]
                        ok = [r for r in rows if not r.acronym or not any(c.islower() for c in span)]
                        chosen = self._choose(ok, lang, date) if ok else None
                    else:
                        key = id(rows)
                        if key in memo:
                            chosen = memo[key]
                        else:
                            chosen = memo[key] = self._choose(rows, lang, date)
                    if chosen is not None:
                        best = (j, chosen)
                j += 1
                if j >= n:
                    break
                node = node.get(words[j])
            if best is None:
                i += 1
                continue
            j, row = best
            start, end = matches[i].start(), matches[j].end()
            if row.kind in ("country", "demonym") and self._hyphen_glued(folded, start, end):
                i = j + 1
                continue
            out.append(_Raw(start, end, row, _etype(row)))
            i = j + 1
        return out

    @staticmethod
    def _hyphen_glued(folded: str, start: int, end: int) -> bool:
        after = folded[end : end + 2]
        before = folded[max(0, start - 2) : start]
        return (len(after) == 2 and after[0] == "-" and after[1].isalnum()) or (
            len(before) == 2 and before[1] == "-" and before[0].isalnum()
        )

    # ------------------------------------------------------------ composition

    def _gap(self, folded: str, a: int, b: int, lang: str) -> str | None:
        gap = folded[a:b]
        if not gap.strip():
            return "space"
        toks = tuple(t for t in _TOKEN_RE.findall(gap) if t not in _FILLERS)
        if not toks:
            return "space"
        kind = _CONNECT_EN.get(toks) if lang != "fr" else (_CONNECT_FR.get(toks) or _CONNECT_EN.get(toks))
        return kind

    @staticmethod
    def _allowed(prev: str, nxt: str, gap: str, lang: str, nxt_row: _Row, prev_row: _Row) -> bool:
        if gap == "space":
            if prev == "M":
                return nxt in "AGP"
            if prev == "A":
                if nxt in "AP":
                    return True
                return nxt == "M" and lang == "fr" and nxt_row.kind == "demonym"
            if prev in "OG":
                return nxt in "AP"
            if prev == "P":
                return nxt == "A" and lang != "fr"  # "the Biden administration"
            return False
        if gap == "poss":
            return prev in "MOGPA" and nxt in "AP"
        if gap == "of":  # "the army of Mali", "le ministre français des Affaires étrangères"
            if prev == "A" and nxt in "MOPG":
                return True
            if prev == "A" and nxt == "A":  # "spokesman for the junta", "le porte-parole de l'armée"
                return prev_row.name in _ROLE_NAMES
            return lang == "fr" and prev == "M" and nxt == "A"
        return False

    def _chains(self, raws: list[_Raw], folded: str, lang: str) -> list[list[tuple[str, _Raw]]]:
        chains: list[list[tuple[str, _Raw]]] = []
        cur: list[tuple[str, _Raw]] = []
        for raw in raws:
            if cur and raw.etype != "I" and cur[-1][1].etype != "I":
                prev = cur[-1][1]
                gap = self._gap(folded, prev.end, raw.start, lang)
                ok = gap is not None and self._allowed(prev.etype, raw.etype, gap, lang, raw.row, prev.row)
                if ok:
                    seg_start = max((k for k, (g, _) in enumerate(cur) if g in ("poss", "of")), default=0)
                    seg = [r.etype for _, r in cur[seg_start:]] if gap not in ("poss", "of") else []
                    if raw.etype == "M" and "M" in seg:
                        ok = False
                    if raw.etype == "P" and any(r.etype == "P" for _, r in cur):
                        ok = False
                if ok:
                    cur.append((gap, raw))
                    continue
            if cur:
                chains.append(cur)
            cur = [("", raw)]
        if cur:
            chains.append(cur)
        return chains

    def _compose(self, chain: list[tuple[str, _Raw]], text: str, lang: str) -> ActorMention:
        start, end = chain[0][1].start, chain[-1][1].end
        span = text[start:end]
        if len(chain) == 1:
            raw = chain[0][1]
            row = raw.row
            if row.kind == "agent":
                return ActorMention(
                    start, end, Actor(span, row.name, row.sector or "", None, row.sector), "agent"
                )
            return ActorMention(start, end, row.actor(span), row.kind)
        # segments split at possessives and at "of"; the possessed thing (after 's) or the
        # thing before "of" is the head, the other segments only lend their country
        segments: list[list[_Raw]] = [[]]
        head_idx = None
        for gap, raw in chain:
            if gap in ("poss", "of"):
                if gap == "of" and head_idx is None:
                    head_idx = len(segments) - 1
                segments.append([])
            segments[-1].append(raw)
        if head_idx is None:
            head_idx = len(segments) - 1
        head = segments[head_idx]
        others = segments[:head_idx][::-1] + segments[head_idx + 1 :]

        def country_of(seg: list[_Raw]) -> str | None:
            for etype in ("M", "P", "O"):
                for r in seg:
                    if r.etype == etype and r.row.country:
                        return r.row.country
            return None

        persons = [r for r in head if r.etype == "P"]
        if persons and not (
            lang != "fr" and head[-1].etype == "A" and head.index(persons[0]) < len(head) - 1
        ):
            return ActorMention(start, end, persons[0].row.actor(span), "person")
        orgs = [r for r in head if r.etype == "O"]
        if orgs:
            return ActorMention(start, end, orgs[0].row.actor(span), "org")
        country = country_of(head)
        if country is None:
            for seg in others:
                country = country_of(seg)
                if country:
                    break
        agents = [r for r in head if r.etype == "A"]
        groups = [r for r in head if r.etype == "G"]
        if agents:
            h = agents[0] if lang == "fr" else agents[-1]
        elif groups:
            h = groups[0]
        else:
            m = head[0]
            return ActorMention(start, end, m.row.actor(span), m.row.kind)
        sector = h.row.sector
        if h.etype == "A" and h.row.name in _ROLE_NAMES:
            # "the junta's spokesman", "rebel commander": a role speaks for the actor beside it
            flat = [r for seg in segments for r in seg]
            i = flat.index(h)
            near = (
                flat[i + 1 :] + flat[:i][::-1]
                if head_idx < len(segments) - 1
                else flat[:i][::-1] + flat[i + 1 :]
            )
            for r in near:
                if r.etype in "AGOP" and r.row.sector and r.row.name not in _ROLE_NAMES:
                    sector = r.row.sector
                    break
        kind = "agent" if h.etype == "A" else h.row.kind
        if country:
            cname = self._country_names.get(country, country)
            name = f"{cname} {h.row.name}"
            code = country + (sector or "")
        else:
            name = h.row.name
            code = sector or ""
        return ActorMention(start, end, Actor(span, name, code, country, sector), kind)

    # ------------------------------------------------------------ public API

    def find(self, text: str, *, lang: str = "en", date: str | None = None) -> list[ActorMention]:
        """All non-overlapping actor mentions in ``text``, in order, offsets into ``text``."""
        if date is not None and not _DATE_RE.match(date):
            date = date[:10] if _DATE_RE.match(date[:10]) else None
        folded = fold(text)
        raws = self._raw(text, folded, lang, date)
        if not raws:
            return []
        return [self._compose(chain, text, lang) for chain in self._chains(raws, folded, lang)]

    def resolve(self, phrase: str, *, lang: str = "en", date: str | None = None) -> Actor | None:
        """Resolve a free noun phrase (e.g. a quote's speaker) to one actor.

        The first mention is the head ("Dmitri Peskov, President Putin's
        spokesman" -> Peskov; "X, professor at Sciences Po in Paris" ->
        professor, EXP, no country: a place of work is not a nationality).  A
        head without a country takes one only from a person or organisation
        joined to it by "of"/"for"/"de"/"du" ("spokesman for President Putin").
        A phrase with no mention gives an actor with ``code=""`` and no
        country; an empty phrase gives None.
        """
        phrase = phrase.strip()
        if not phrase:
            return None
        mentions = self.find(phrase, lang=lang, date=date)
        if not mentions:
            return Actor(text=phrase, name=phrase, code="", country=None, sector=None)
        head = mentions[0]
        actor = head.actor
        if actor.country is None and actor.sector and len(mentions) > 1 and head.kind == "agent":
            nxt = mentions[1]
            gap = self._gap(fold(phrase), head.end, nxt.start, lang)
            if gap == "of" and nxt.kind in ("person", "org") and nxt.actor.country:
                country = nxt.actor.country
                actor = Actor(
                    actor.text,
                    f"{self._country_names.get(country, country)} {actor.name}",
                    country + actor.sector,
                    country,
                    actor.sector,
                )
        name = actor.name
        if head.kind == "agent":
            # "Niagalé Bagayoko, political scientist": the name before the title
            lead = phrase[: head.start]
            if "," in lead:
                lead = lead.split(",", 1)[0].strip(" ;:-\u2013\u2014")
                if lead[:1].isupper():
                    name = lead
        return Actor(text=phrase, name=name, code=actor.code, country=actor.country, sector=actor.sector)


@lru_cache(maxsize=1)
def _default_dictionary() -> ActorDictionary:
    base = resources.files("realpolitik") / "data" / "actors"
    files = sorted((p for p in base.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name)
    return ActorDictionary._from_files(files)
