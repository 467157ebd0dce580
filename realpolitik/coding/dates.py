"""Date expressions in English and French news text, resolved against the publication date.

Public API
----------
``find_dates(text, *, pub_date, lang="en") -> list[DateMention]``
``resolve_sentence_date(mentions) -> DateMention | None``
``is_past_narration(text, *, lang) -> bool``

Rules and choices (documented here because the pipeline relies on them)
-----------------------------------------------------------------------
* Spans cover the date expression itself, not the preposition or article that
  introduces it: "on September 15" -> "September 15", "le 15 septembre 2021" ->
  "15 septembre 2021", "in 2016" -> "2016", "les années 60" -> "années 60".
  Modifiers that belong to the expression are kept ("early 1960s",
  "début des années 1960", "la semaine dernière", "3 days ago").
* Values: day "YYYY-MM-DD", month "YYYY-MM", year "YYYY", decade = its first year
  ("1960"). Precision is one of day | month | year | decade.
* A day or month without a year ("September 15", "in June", "1er juillet") takes the
  publication year; when that date would lie more than 62 days after the
  publication date, the previous year is used. Without ``pub_date`` such
  expressions are skipped (no year can be given), as are all relative expressions.
* Bare four-digit numbers are years only when introduced by a temporal cue word
  ("in", "since", "by", "until", "during", "en", "depuis", "dès", "fin", "début",
  "mi-", ...), inside parentheses "(1991)", or as part of a full date. Only
  1900-2099. Weak cues ("from", "of", "to", "and", "de", "à", "et", ...) also
  require that the year is not followed by a lowercase word ("de 2000 soldats").
  Thousands separators ("3,000", "2,000 troops") never match.
* Relative expressions (need ``pub_date``):
  - yesterday/hier = pub-1 day; today/aujourd'hui/this morning/tonight/ce matin/ce
    soir = pub; tomorrow/demain = pub+1; avant-hier = pub-2; last night = pub-1.
  - last week / la semaine dernière = pub-7 days, precision day (there is no week
    precision; the same weekday one week earlier is the least-biased point);
    this week / cette semaine = pub (day); next week / la semaine prochaine =
    pub+7 (day).
  - last/this/next month, le mois dernier/ce mois-ci/le mois prochain -> month.
  - last/this/next year, l'année dernière, l'an dernier, cette année, l'an
    prochain -> year.
  - "N days/weeks ago", "il y a N jours/semaines" -> day; "N months ago"/"il y
    a N mois" -> month; "N years ago"/"il y a N ans" -> year. "in N days"/"dans N
    jours" resolve forward.
  - A weekday ("Thursday", "on Thursday", "jeudi") is the most recent such day on
    or before the publication date: a Thursday story saying "on Thursday" means
    that same day, a Friday story means yesterday. "last Thursday"/"jeudi dernier"
    is strictly before; "next Thursday"/"jeudi prochain" strictly after.
* English month and weekday names must be capitalised ("may", "march" are
  verbs); a month name alone ("in May") needs a cue word. French names are
  matched case-insensitively.
* ``lang="en"`` uses the English patterns, ``lang="fr"`` the French ones, any
  other value both. ISO dates ("2021-09-15") are found in every language.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from .types import DateMention

__all__ = ["find_dates", "resolve_sentence_date", "is_past_narration"]

_EN_MONTHS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_FR_MONTHS = (
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "decembre", "déc", "dec"),
)
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_NUMBERS = (
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("a couple of", 2),
)
_FR_NUMBERS = (
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11),
    ("douze", 12), ("quinze", 15), ("vingt", 20), ("trente", 30),
)

_YEAR = r"(?<![\d.,])(?:19|20)\d{2}(?![\d]|,\d|\.\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_AHEAD_DAYS = 62
_PRECISION_RANK = (("decade", 0), ("year", 1), ("month", 2), ("day", 3))


# --------------------------------------------------------------------------- helpers


def _lookup(table) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, names in enumerate(table, start=1):
        for n in names:
            out[n] = i
    return out


@cache
def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return _lookup(_EN_MONTHS).get(key) or _lookup(_FR_MONTHS).get(key)


@cache
def _number(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return dict(_EN_NUMBERS).get(w) or dict(_FR_NUMBERS).get(w)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _en_month_re() -> str:
    names = []
    for group in _EN_MONTHS:
        full = group[0].capitalize()
        names.append(full)
        for ab in group[1:]:
            names.append(ab.capitalize() + r"\.?")
    names.sort(key=len, reverse=True)
    return "(?:" + "|".join(names) + r")(?![\w'’])"


def _fr_month_re() -> str:
    names = []
    for group in _FR_MONTHS:
        names.append(re.escape(group[0]))
        for ab in group[1:]:
            if len(ab) < len(group[0]):
                names.append(re.escape(ab) + r"\.")
            else:
                names.append(re.escape(ab))
    names.sort(key=len, reverse=True)
    return "(?:" + "|".join(names) + r")(?![\w'’])"


@cache
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, compiled regex) in priority order; earlier kinds win ties."""
    pats: list[tuple[str, str, int]] = []
    iso = r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"
    pats.append(("iso", iso, 0))
    if lang != "fr":
        mon = _en_month_re()
        wd = "(?:" + "|".join(w.capitalize() for w in _EN_WEEKDAYS) + r")"
        cue_m = r"(?i:in|since|until|till|by|during|before|after|from|early|late|mid-?|through|of)"
        pats += [
            # Thursday, September 16, 2021 / September 16 / Sept. 16th 2021
            ("en_mdy", rf"\b(?:{wd},?\s+)?(?P<mon>{mon})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?P<y>{_YEAR}))?", 0),
            # 16 September 2021 / the 16th of September
            ("en_dmy", rf"\b(?:{wd},?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>{_YEAR}))?", 0),
            ("en_my", rf"\b(?P<mon>{mon}),?\s+(?P<y>{_YEAR})", 0),
            ("en_rel_month", rf"\b(?P<rel>(?i:last|next|this))\s+(?P<mon>{mon})", 0),
            ("en_cue_month", rf"\b{cue_m}\s+(?:(?i:early|late|mid-?)\s*)?(?P<span>(?P<mon>{mon}))(?![\w-])", 0),
            ("en_decade", r"\b(?P<span>(?:(?i:early|mid|late)[\s-]+)?(?P<dec>(?:19|20)\d0)['’]?s)\b", 0),
            ("en_decade2", r"\b(?i:the)\s+(?P<span>(?:(?i:early|mid|late)[\s-]+)?['’]?(?P<dec2>[2-9]0)['’]?s)\b", 0),
            ("year_paren", rf"\((?P<span>(?P<y>{_YEAR}))\)", 0),
            ("en_year", rf"\b(?i:(?P<strong>in|since|by|until|till|during|before|after|through|around|circa|early|late|mid-?|year|summer|winter|spring|autumn|fall|in\s+early|in\s+late|in\s+mid-?)|(?P<weak>from|of|to|and|between|or))\s*(?P<span>(?P<y>{_YEAR}))(?!['’]?s\b)", 0),
            ("en_relword", r"\b(?P<span>(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today))\b", 0),
            ("en_relunit", r"\b(?P<span>(?i:(?P<which>last|this|next)\s+(?P<unit>week|month|year)))\b", 0),
            ("en_ago", r"\b(?P<span>(?i:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago))\b", 0),
            ("en_in", r"\b(?i:in)\s+(?P<span>(?i:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|years?)))(?!\s+(?i:of|after|before|later|earlier))\b", 0),
            ("en_weekday", rf"\b(?P<span>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>{wd}))(?![\w-])", 0),
        ]
    if lang != "en":
        mon = _fr_month_re()
        wd = "(?:" + "|".join(_FR_WEEKDAYS) + ")"
        pats += [
            ("fr_dmy", rf"(?i)\b(?:{wd}\s+)?(?P<d>1er|premier|{_DAY})\s+(?P<mon>{mon})(?:\s+(?P<y>{_YEAR}))?", 0),
            ("fr_my", rf"(?i)\b(?P<mon>{mon})\s+(?P<y>{_YEAR})", 0),
            ("fr_cue_month", rf"(?i)\b(?:en|depuis|dès|jusqu['’]en|d['’]ici|fin|début|courant|mi-|avant|après)\s*(?P<span>(?P<mon>{mon})(?:\s+(?P<rel>dernier|prochain))?)(?![\w-])", 0),
            ("fr_rel_month", rf"(?i)\b(?P<span>(?P<mon>{mon})\s+(?P<rel>dernier|prochain))\b", 0),
            ("fr_decade", r"(?i)\b(?P<span>(?:(?:début|milieu|fin)\s+des\s+)?années\s+(?P<dec>(?:19|20)?\d0))(?!\d)", 0),
            ("year_paren", rf"\((?P<span>(?P<y>{_YEAR}))\)", 0),
            ("fr_year", rf"(?i)(?:\b(?P<strong>en|depuis|dès|jusqu['’]en|jusqu['’]à|d['’]ici|avant|après|fin|début|courant|vers|l['’]an|l['’]année|année|été|hiver|printemps|automne|au\s+cours\s+de)|\b(?P<strong2>mi-)|\b(?P<weak>de|à|et|entre|ou|au))\s*(?P<span>(?P<y>{_YEAR}))", 0),
            ("fr_relword", r"(?i)(?<![\w-])(?P<span>avant-hier|après-demain|hier|aujourd['’]hui|demain|ce\s+matin|ce\s+soir|cet\s+après-midi|cette\s+nuit)(?![\w-])", 0),
            ("fr_relunit", r"(?i)\b(?P<span>(?:la\s+(?P<w1>semaine)\s+(?P<r1>dernière|passée|prochaine)|(?P<w2>cette)\s+(?P<u2>semaine|année)|le\s+(?P<w3>mois)\s+(?P<r3>dernier|passé|prochain)|(?P<w4>ce)\s+mois-ci|l['’](?P<w5>année|an)\s+(?P<r5>dernière|dernier|passée|passé|prochaine|prochain)))(?![\w-])", 0),
            ("fr_ago", r"(?i)\b(?P<span>il\s+y\s+a\s+(?P<n>\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+(?P<unit>jours?|semaines?|mois|ans|années?))(?![\w-])", 0),
            ("fr_in", r"(?i)\bdans\s+(?P<span>(?P<n>\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze)\s+(?P<unit>jours?|semaines?|mois|ans|années?))(?![\w-])", 0),
            ("fr_weekday", rf"(?i)\b(?P<span>(?P<wd>{wd})(?:\s+(?P<rel>dernier|prochain))?)(?![\w-])", 0),
        ]
    return tuple((kind, re.compile(p)) for kind, p, _ in pats)


def _parse_pub(pub_date: str | None) -> date | None:
    if not pub_date:
        return None
    try:
        return date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _infer_year(pub: date, month: int, day: int | None) -> int | None:
    y = pub.year
    try:
        d = date(y, month, day or 1)
    except ValueError:
        return None
    if d > pub + timedelta(days=_AHEAD_DAYS):
        y -= 1
    return y


def _weekday_index(name: str) -> int:
    n = name.lower()
    if n in _EN_WEEKDAYS:
        return _EN_WEEKDAYS.index(n)
    return _FR_WEEKDAYS.index(n)


def _day_value(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_UNIT_KEYS = (
    ("day", "days", "jour", "jours"),
    ("week", "weeks", "semaine", "semaines"),
    ("month", "months", "mois"),
    ("year", "years", "an", "ans", "année", "années", "annee", "annees"),
)


def _unit(word: str) -> str:
    w = word.lower()
    for names in _UNIT_KEYS:
        if w in names:
            return names[0]
    return "day"


def _offset(pub: date, n: int, unit: str) -> tuple[str, str]:
    """Value and precision of pub + n units (n negative for the past)."""
    if unit == "day":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (pub + timedelta(days=7 * n)).isoformat(), "day"
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, n)
        return f"{y:04d}-{m:02d}", "month"
    return f"{pub.year + n:04d}", "year"


# --------------------------------------------------------------------------- resolution


def _resolve(kind: str, m: re.Match, text: str, pub: date | None):
    """Return (start, end, value, precision) or None."""
    g = m.groupdict()
    start, end = (m.start("span"), m.end("span")) if g.get("span") is not None else (m.start(), m.end())

    if kind == "iso":
        v = _day_value(int(g["y"]), int(g["m"]), int(g["d"]))
        return (start, end, v, "day") if v else None

    if kind in ("en_mdy", "en_dmy", "fr_dmy"):
        mon = _month_number(g["mon"])
        d_raw = g["d"].lower()
        day = 1 if d_raw in ("1er", "premier") else int(d_raw)
        if g.get("y"):
            y = int(g["y"])
        else:
            if pub is None:
                return None
            y = _infer_year(pub, mon, day)
            if y is None:
                return None
        v = _day_value(y, mon, day)
        return (start, end, v, "day") if v else None

    if kind in ("en_my", "fr_my"):
        return start, end, f"{int(g['y']):04d}-{_month_number(g['mon']):02d}", "month"

    if kind in ("en_rel_month", "en_cue_month", "fr_cue_month", "fr_rel_month"):
        if pub is None:
            return None
        mon = _month_number(g["mon"])
        rel = (g.get("rel") or "").lower()
        if rel in ("last", "dernier"):
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel in ("next", "prochain"):
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel == "this":
            y = pub.year
        else:
            y = _infer_year(pub, mon, 1)
        return start, end, f"{y:04d}-{mon:02d}", "month"

    if kind in ("en_decade", "fr_decade", "en_decade2"):
        raw = g.get("dec") or g.get("dec2")
        if len(raw) == 2:
            raw = "19" + raw
        return start, end, raw, "decade"

    if kind in ("en_year", "fr_year", "year_paren"):
        y = g["y"]
        if g.get("weak"):
            after = text[m.end():m.end() + 30]
            nxt = re.match(r"\s+([a-zà-ÿ][\w'’-]*)", after)
            ok_words = ("and", "to", "when", "until", "or", "et", "à", "au", "ou", "jusqu", "quand", "lorsque", "alors")
            if nxt and not nxt.group(1).lower().startswith(ok_words):
                return None
        return start, end, y, "year"

    # ---- relative expressions
    if pub is None:
        return None
    span_text = text[start:end].lower()

    if kind == "en_relword":
        key = " ".join(span_text.split())
        delta = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(key, 0)
        return start, end, (pub + timedelta(days=delta)).isoformat(), "day"
    if kind == "fr_relword":
        key = " ".join(span_text.replace("’", "'").split())
        delta = {"hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}.get(key, 0)
        return start, end, (pub + timedelta(days=delta)).isoformat(), "day"

    if kind == "en_relunit":
        which = g["which"].lower()
        n = {"last": -1, "this": 0, "next": 1}[which]
        return (start, end) + _offset(pub, n, g["unit"].lower())
    if kind == "fr_relunit":
        if g.get("w1"):
            n = 1 if g["r1"].lower() == "prochaine" else -1
            return (start, end) + _offset(pub, n, "week")
        if g.get("w2"):
            return (start, end) + _offset(pub, 0, _unit(g["u2"]))
        if g.get("w3"):
            n = 1 if g["r3"].lower() == "prochain" else -1
            return (start, end) + _offset(pub, n, "month")
        if g.get("w4"):
            return (start, end) + _offset(pub, 0, "month")
        n = 1 if g["r5"].lower().startswith("prochain") else -1
        return (start, end) + _offset(pub, n, "year")

    if kind in ("en_ago", "fr_ago", "en_in", "fr_in"):
        n = _number(g["n"])
        if n is None:
            return None
        sign = -1 if kind in ("en_ago", "fr_ago") else 1
        return (start, end) + _offset(pub, sign * n, _unit(g["unit"]))

    if kind in ("en_weekday", "fr_weekday"):
        wd = _weekday_index(g["wd"])
        rel = (g.get("rel") or "").lower()
        if rel in ("next", "prochain"):
            delta = (wd - pub.weekday()) % 7 or 7
            return start, end, (pub + timedelta(days=delta)).isoformat(), "day"
        back = (pub.weekday() - wd) % 7
        if rel in ("last", "dernier") and back == 0:
            back = 7
        return start, end, (pub - timedelta(days=back)).isoformat(), "day"
    return None


def find_dates(text: str, *, pub_date: str | None, lang: str = "en") -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``pub_date`` ("YYYY-MM-DD")."""
    if not text:
        return []
    pub = _parse_pub(pub_date)
    lang = (lang or "").lower()[:2]
    candidates: list[tuple[int, int, int, str, str]] = []
    for prio, (kind, rx) in enumerate(_patterns(lang if lang in ("en", "fr") else "")):
        for m in rx.finditer(text):
            r = _resolve(kind, m, text, pub)
            if r is None:
                continue
            start, end, value, precision = r
            if value is None or end <= start:
                continue
            candidates.append((start, end, prio, value, precision))
    # longest first at the same start, then pattern priority; greedy non-overlapping
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    out: list[DateMention] = []
    last_end = -1
    for start, end, _prio, value, precision in candidates:
        if start < last_end:
            continue
        out.append(DateMention(start=start, end=end, text=text[start:end], value=value, precision=precision))
        last_end = end
    return out


# --------------------------------------------------------------------------- sentence date


def _rank(precision: str) -> int:
    return dict(_PRECISION_RANK).get(precision, -1)


def _within(inner: DateMention, outer: DateMention) -> bool:
    if outer.precision == "decade":
        return inner.value[:3] == outer.value[:3]
    return inner.value.startswith(outer.value)


def resolve_sentence_date(mentions: list[DateMention]) -> DateMention | None:
    """The date an event in the sentence most likely refers to.

    Rule: take the first mention (in text order); if a later mention falls inside
    the same period and is more precise (day > month > year > decade), take that
    one instead ("In June 2019 ... on June 15" -> 2019-06-15). Mentions of other
    periods are ignored: the first one sets the period.
    """
    if not mentions:
        return None
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    best = ordered[0]
    for m in ordered[1:]:
        if _rank(m.precision) > _rank(best.precision) and _within(m, best):
            best = m
    return best


# --------------------------------------------------------------------------- past narration

_EN_IRREGULAR_PAST = (
    "was", "were", "had", "began", "took", "gave", "made", "went", "came", "sent", "led",
    "fought", "won", "lost", "left", "held", "met", "became", "brought", "saw", "knew",
    "found", "kept", "struck", "overthrew", "seized", "broke", "built", "bought", "sold",
    "paid", "fell", "rose", "ran", "spent", "stood", "withdrew", "drove", "shot", "hit",
    "set", "put", "cut", "did", "got", "flew", "forgot", "chose", "undertook", "underwent",
    "arose", "swore", "tore", "wore", "stole", "froze", "laid", "slew", "fled", "sought",
)
_EN_REPORTING = (
    "said", "told", "added", "stated", "explained", "announced", "declared", "warned",
    "noted", "insisted", "claimed", "reported", "argued", "stressed", "asked", "replied",
    "responded", "agreed", "confirmed", "tweeted", "posted", "emphasized", "emphasised",
    "commented", "remarked", "observed", "acknowledged", "admitted", "wrote", "urged",
    "concluded", "continued", "believed", "thought", "suggested",
)
_EN_NOT_VERBS = (
    "armed", "united", "based", "concerned", "proposed", "alleged", "named", "called",
    "need", "seed", "speed", "hundred", "indeed", "bed", "shed", "feed", "red", "led",
    "breed", "creed", "greed", "weed", "steed", "tweed", "deed", "reed", "bleed", "exceed",
    "succeed", "proceed", "advanced", "limited", "detailed", "interested", "experienced",
    "skilled", "talented", "isolated", "complicated", "sophisticated", "dedicated",
    "educated", "unprecedented", "undisclosed", "unidentified", "unnamed", "so-called",
    "embed", "sled", "wed", "fled",
)
_EN_PRESENT = ("is", "are", "am", "has", "have", "says", "say", "will", "does", "do", "can",
               "want", "wants", "seems", "remains", "continues", "plans", "intends")
_EN_AUX_BEFORE = ("has", "have", "is", "are", "am", "be", "been", "being", "will", "would",
                  "to", "can", "could", "should", "may", "might", "must", "the", "a", "an", "it's",
                  "not", "never", "get", "gets", "got", "become", "becomes", "remain", "remains",
                  "seem", "seems", "feel", "feels")

_FR_PAST_AUX = ("a", "ont", "avait", "avaient", "eut", "eurent", "était", "étaient", "fut", "furent",
                "est", "sont", "avons", "avez", "ai", "as")
_FR_REPORTING_PART = (
    "déclaré", "dit", "indiqué", "ajouté", "affirmé", "expliqué", "précisé", "annoncé",
    "estimé", "souligné", "assuré", "averti", "confié", "rappelé", "répondu", "insisté",
    "martelé", "lancé", "noté", "commenté", "écrit",
)
_FR_IMPARFAIT_EXCLUDE = ("fait", "sait", "plait", "plaît", "trait", "lait", "souhait", "portrait",
                         "extrait", "retrait", "attrait", "parfait", "bienfait", "forfait", "distrait",
                         "abstrait", "méfait", "satisfait", "imparfait", "contrefait", "surfait",
                         "aient", "ait", "soit", "serait", "auraient", "serait", "seraient",
                         "aurait", "pourrait", "pourraient", "devrait", "devraient", "voudrait",
                         "faudrait")
_FR_PASSE_SIMPLE = ("fut", "furent", "eut", "eurent", "prit", "prirent", "fit", "firent", "vint",
                    "vinrent", "mit", "mirent", "dit", "signa", "lança", "décida", "devint",
                    "s'installa", "entra", "entrèrent")
_FR_PRESENT = ("est", "sont", "va", "vont", "sera", "seront", "peut", "peuvent", "doit", "doivent",
               "veut", "veulent", "explique", "indique", "affirme", "précise", "déclare", "estime",
               "souligne", "ajoute", "annonce", "reste", "restent", "semble", "demeure")


@cache
def _quote_strip_re() -> re.Pattern:
    return re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


@cache
def _word_re() -> re.Pattern:
    return re.compile(r"[^\W\d_][\w'’-]*")


def is_past_narration(text: str, *, lang: str) -> bool:
    """Cheap guess whether a paragraph narrates the past.

    Rule: quoted material is removed first; then simple-past markers and
    present/future markers are counted, and the paragraph is past narration when
    it has at least one past marker and no fewer past markers than present ones.

    * EN past markers: irregular past forms (was, were, had, began, took, gave...)
      and words ending in -ed that are not adjectives/nouns from a stop
      list ("armed", "united", "hundred") and are not preceded by an auxiliary or
      article (has/have/is/are/be/been/will/to/the: present perfect and passives
      count as present). Reporting verbs ("said", "told", "added", "announced") are
      ignored: they are present-day reporting of the story, not narration.
    * FR past markers: passé composé / plus-que-parfait (a|ont|avait|avaient|est|
      sont|était + participle in -é/-és/-ée/-ées/-i/-is/-u/-us/-it), imparfait
      (-ait/-aient, except "fait", conditionals and a stop list), a few passé
      simple forms and -èrent. Reporting participles ("a déclaré", "a indiqué")
      are ignored.
    * Present markers: EN is/are/has/have/says/will...; FR est/sont/va/peut/doit and
      present-tense reporting verbs (explique, indique, affirme...).
    """
    if not text:
        return False
    clean = _quote_strip_re().sub(" ", text)
    words = [w.lower().replace("’", "'") for w in _word_re().findall(clean)]
    past = 0
    present = 0
    lang = (lang or "en").lower()[:2]
    if lang == "fr":
        for i, w in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w in _FR_PAST_AUX and re.fullmatch(r"[\w-]{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ert|ort)", nxt):
                if nxt in _FR_REPORTING_PART:
                    continue
                past += 1
                continue
            if w in _FR_PASSE_SIMPLE or w.endswith("èrent"):
                if w != "dit":
                    past += 1
                continue
            if (w.endswith("ait") or w.endswith("aient")) and w not in _FR_IMPARFAIT_EXCLUDE and len(w) > 4:
                if w.endswith(("rait", "raient")) and not w.endswith(("trait", "traient")):
                    continue  # conditional
                past += 1
                continue
            if w in _FR_PRESENT and not (w in ("est", "sont") and re.fullmatch(r"[\w-]{2,}(?:é|ée|és|ées)", nxt)):
                present += 1
    else:
        for i, w in enumerate(words):
            prev = words[i - 1] if i else ""
            if w in _EN_REPORTING:
                continue
            if w in _EN_IRREGULAR_PAST or (
                w.endswith("ed") and len(w) > 4 and w not in _EN_NOT_VERBS and "-" not in w
            ):
                if prev in _EN_AUX_BEFORE:
                    present += 1 if prev in ("has", "have", "is", "are", "will") else 0
                    continue
                past += 1
                continue
            if w in _EN_PRESENT:
                present += 1
    return past > 0 and past >= present
