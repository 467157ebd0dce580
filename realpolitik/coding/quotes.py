"""Quotations and their speakers in English and French news text.

Public API
----------
``find_quotes(text, *, lang="en") -> list[QuoteSpan]``

Rules and choices
-----------------
Quotation marks
    * Double-mark family: straight ``"``, curly ``“ ”``; guillemet family ``« »``;
      single-mark family ``‘ ’`` and straight ``'``. Families are scanned
      independently; a quote that lies inside another one (nested quotation) is
      dropped, the outer quote keeps it.
    * Curly marks are classified by context, not only by shape, because typists
      mix them up: ``“`` followed by a space or punctuation (``terrorism “.``) closes;
      ``”`` preceded by a space and followed by a letter opens. Spaces (normal,
      non-breaking, thin) and newlines just inside the marks are trimmed from the
      quote text and offsets.
    * ``’`` followed by a letter or digit is an apostrophe and never closes
      ("Russia’s", "l’armée"); ``‘``/``'`` open only after a space, start or opening
      punctuation and before a letter. Single-mark quotes never cross a paragraph.
Paragraphs (separated by a blank line)
    * A quote left open at the end of a paragraph continues when the next paragraph
      starts with an opening mark of the same family (the convention of no closing
      mark until the end) or contains a closing mark before any opening mark. It
      becomes one quote whose parts are joined with a single space. Otherwise an
      unclosed quote is dropped.
Interrupted quotes
    * Two quotes of the same family in the same paragraph are joined into one when
      the first ends with a comma (inside or just after its closing mark), the text
      between them is at most 25 words, contains an attribution, ends with
      ``, . : ;`` and the second quote is not followed by an attribution naming a
      different speaker. "“We need proof,” he said, “and we need it now.”" is one
      quote "We need proof, and we need it now." spanning from "We" to "now.".
Scare quotes
    * A quote is kept when it has at least 4 words, or when it is a complete short
      utterance: it starts with a capital letter and ends with ``. ! ? …``, or it has
      an attribution right next to it ("“Never,” said Peskov."). "an “enemy”",
      "“enemy.”" and "« frères »" are dropped. Single-mark quotes (‘…’) must also
      have sentence-final punctuation inside or an attribution, so a headline
      such as Moscow, ‘a long-standing dream in Mali’ is not a quote.
Attribution (speaker_text and its offsets; None when nothing is found)
    1. after a part (first the text between joined parts, then after the last
       part), when the quote does not end with a full stop or the next word is
       lowercase: "..., said X" / "..., X said" / "..., X, <apposition>, told
       reporters" / "..., according to X" / FR "..., a déclaré X", "..., X a
       déclaré", "..., précise le communiqué", "..., a-t-il dit", "ajoute-t-elle";
    2. before the first part, in the same sentence: "X said:", "X told Putin:",
       "X a déclaré :", "According to X,", "Selon X,", "X said that"; when the
       quote opens a sentence, a short previous sentence ending in a speech verb
       ("Anastasiya Shapochkina agreed.");
    3. a quote with no attribution inherits the speaker of the previous quote in
       the same sentence ("..., said X, saying that ... “...”").
    The speaker phrase is a name or noun phrase (capitalised words, particles such
    as de/du/of/al/bin/Le, a determiner followed by lowercase nouns, possessives)
    plus an apposition after a comma up to the next punctuation, unless the
    apposition starts with a gerund/participle or a clause word ("saying",
    "alluding", "reacting", "who", "in", "on", "ajoutant", "qui"...). Pronouns
    ("he", "she", "they", "il", "elle", also inside "a-t-il") are returned as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .types import QuoteSpan

__all__ = ["find_quotes"]

_SPACES = " \t\n\r\u00a0\u202f\u2009\u2007\u200a\u2002\u2003"
_OPEN_PUNCT = "([{—–-:;/\u00a0\u202f"
_MAX_PARAGRAPHS = 8

_EN_SPEECH = (
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains",
    "announced", "announces", "warned", "warns", "wrote", "writes", "declared", "declares",
    "stated", "noted", "notes", "insisted", "insists", "stressed", "stresses", "argued",
    "argues", "claimed", "asked", "asks", "replied", "replies", "responded", "responds",
    "continued", "continues", "agreed", "agrees", "acknowledged", "acknowledges",
    "admitted", "admits", "recalled", "recalls", "confirmed", "confirms", "tweeted",
    "emphasized", "emphasised", "emphasizes", "emphasises", "observed", "observes",
    "remarked", "concluded", "concludes", "urged", "urges", "commented", "maintained",
    "maintains", "conceded", "concedes", "cautioned", "cautions", "complained",
    "complains", "suggested", "suggests", "pointed out", "points out", "went on",
    "explained", "stressed", "reiterated", "reiterates", "predicted", "predicts",
    "vowed", "vows", "promised", "promises", "threatened", "threatens", "announced",
    "underlined", "underlines", "affirmed", "affirms", "assured", "assures",
)
_FR_SPEECH_PRESENT = (
    "déclare", "dit", "ajoute", "explique", "précise", "indique", "affirme", "annonce",
    "souligne", "estime", "assure", "avertit", "rappelle", "martèle", "confie", "lance",
    "insiste", "poursuit", "répond", "conclut", "note", "observe", "écrit", "commente",
    "reconnaît", "reconnait", "admet", "regrette", "dénonce", "déplore", "prévient",
    "raconte", "témoigne", "juge", "relève", "tranche", "analyse", "constate", "ironise",
    "s'interroge", "s’interroge", "s'inquiète", "s’inquiète", "insiste", "renchérit",
    "glisse", "révèle", "objecte", "abonde", "rapporte", "résume", "souligne", "tonne",
    "déclarent", "disent", "ajoutent", "expliquent", "précisent", "indiquent", "affirment",
    "annoncent", "soulignent", "estiment", "assurent", "rappellent", "dénoncent",
    "déplorent", "écrivent", "répondent", "concluent", "poursuivent",
)
_FR_SPEECH_PARTICIPLE = (
    "déclaré", "dit", "ajouté", "expliqué", "précisé", "indiqué", "affirmé", "annoncé",
    "souligné", "estimé", "assuré", "averti", "rappelé", "martelé", "confié", "lancé",
    "insisté", "poursuivi", "répondu", "conclu", "noté", "observé", "écrit", "commenté",
    "reconnu", "admis", "regretté", "dénoncé", "déploré", "prévenu", "raconté", "témoigné",
    "jugé", "relevé", "tranché", "analysé", "constaté", "ironisé", "souhaité",
    "laissé entendre", "fait savoir", "soutenu", "renchéri", "martelé", "prévenu",
)
_FR_SPEECH_IMPARFAIT = (
    "déclarait", "disait", "ajoutait", "expliquait", "précisait", "indiquait", "affirmait",
    "annonçait", "soulignait", "estimait", "assurait", "rappelait", "confiait", "assurait",
)
_PRONOUNS = ("he", "she", "they", "it", "we", "i", "il", "elle", "ils", "elles", "on", "nous",
             "him", "them", "lui", "eux")
_DETERMINERS = (
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "le", "la", "les", "un",
    "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "cet", "l", "notre",
)
_PARTICLES = (
    "of", "for", "and", "de", "du", "des", "d", "la", "le", "von", "van", "der", "den",
    "al", "el", "bin", "ben", "ould", "da", "di", "dos", "do", "y", "et", "ibn", "ag",
)
_NP_STOP = (
    "on", "in", "at", "to", "with", "during", "after", "before", "that", "who", "which",
    "whose", "while", "when", "as", "but", "or", "from", "by", "about", "over", "than",
    "sur", "dans", "à", "au", "aux", "pour", "avec", "lors", "que", "qu", "qui", "dont",
    "en", "mais", "ou", "par", "depuis", "hier", "selon", "devant", "après", "avant",
    "yesterday", "today", "last", "this", "earlier", "later", "also", "aussi", "has",
    "had", "have", "is", "was", "were", "are", "a", "est", "ont", "avait", "not",
    "ne", "n", "will", "would", "could", "may", "mardi", "lundi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "puis", "alors", "however", "cependant",
)
_WEEKDAYS_MONTHS_EN = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
_APPOS_STOP = (
    "saying", "adding", "alluding", "reacting", "who", "which", "that", "when", "while",
    "as", "in", "on", "at", "during", "after", "before", "according", "speaking", "referring",
    "noting", "stressing", "warning", "explaining", "insisting", "calling", "citing", "and",
    "but", "although", "though", "because", "since", "if", "whose", "with", "without", "to",
    "for", "from", "by", "via", "where", "qui", "que", "qu", "lors", "selon", "en", "dans",
    "à", "au", "ajoutant", "précisant", "soulignant", "estimant", "rappelant", "expliquant",
    "évoquant", "affirmant", "assurant", "relevant", "indiquant", "tout", "avant", "après",
    "pour", "sur", "dont", "où", "et", "mais", "car", "avec", "sans", "devant", "lorsque",
    "quand", "alors", "tandis", "même", "before", "yesterday", "today", "hier", "he", "she",
    "il", "elle", "they", "ils", "elles", "we", "nous", "on", "so", "then", "puis",
)
_FINITE = ("a", "avait", "est", "ont", "sont", "était", "has", "had", "was", "were", "is", "are",
           "will", "would", "did", "does", "avaient", "étaient", "sera", "serait")
_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "m", "mme", "mm", "jr",
                  "sr", "prof", "pr", "capt", "maj", "sgt", "gov", "sen", "rep", "no", "vs", "etc")


@dataclass
class _Part:
    start: int  # text start (after trimming)
    end: int  # text end (after trimming)
    mark_start: int  # position of the opening mark (or paragraph start)
    mark_end: int  # position after the closing mark (or paragraph end)


@dataclass
class _Quote:
    family: str
    parts: list[_Part] = field(default_factory=list)
    closed: bool = True  # False when the last part reached a paragraph end

    @property
    def first(self) -> _Part:
        return self.parts[0]

    @property
    def last(self) -> _Part:
        return self.parts[-1]


# --------------------------------------------------------------------------- regexes


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def _verb_re() -> re.Pattern:
    en = rf"(?:(?:has|have|had)\s+)?(?:{_alt(_EN_SPEECH)})"
    fr_part = rf"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:aussi|également|encore|ensuite|enfin|notamment|en\s+outre|d['’]ailleurs|par\s+ailleurs|pour\s+sa\s+part|pour\s+sa\s+part|quant\s+à\s+lui|quant\s+à\s+elle)\s+)?(?:{_alt(_FR_SPEECH_PARTICIPLE)})"
    fr_pres = rf"(?:{_alt(_FR_SPEECH_PRESENT + _FR_SPEECH_IMPARFAIT)})"
    return re.compile(rf"(?<![\w’'-])(?:{en}|{fr_part}|{fr_pres})(?![\w-])")


@cache
def _according_re() -> re.Pattern:
    return re.compile(r"(?i)(?<![\w-])(?:according\s+to|selon|d['’]après)\s+")


@cache
def _pour_re() -> re.Pattern:
    # "Pour Wolfram Lacher, « ... »" — only at a clause start
    return re.compile(r"(?:^|(?<=[.,;:]\s)|(?<=\n))\s*(?:Pour|pour)\s+")


@cache
def _outlet_re() -> re.Pattern:
    # "commente pour l’AFP Elie Tenenbaum", "told FRANCE 24", "a déclaré à RFI"
    return re.compile(r"\s+(?:pour|à|au|to)\s+(?:l['’])?[A-Z][\w-]*(?:\s+\d+)?(?=\s)")


@cache
def _elided_pronoun_re() -> re.Pattern:
    return re.compile(r"(?i)^(?:lorsqu|puisqu|qu|quoiqu)['’](il|elle|ils|elles|on)$")


@cache
def _inverted_re() -> re.Pattern:
    # "a-t-il dit", "a-t-elle ajouté", "ajoute-t-il", "dit-il", "poursuit-elle", "ont-ils déclaré"
    return re.compile(
        r"(?i)[\s,]*(?:(?:a|ont|avait|avaient)-t-|[a-zàâçéèêëîïôûùüÿœ’']{2,}-(?:t-)?)(?P<pr>il|elle|ils|elles|on)(?![\w-])"
    )


@cache
def _word_re() -> re.Pattern:
    return re.compile(r"[^\W_][\w'’\-\.]*(?<![.])|[^\W_]")


@cache
def _sentence_end_re() -> re.Pattern:
    return re.compile(r"[.!?…]+[\"”»’)]*(?=\s|$)|\n\s*\n")


@cache
def _para_re() -> re.Pattern:
    return re.compile(r"\n[ \t\u00a0]*\n\s*")


# --------------------------------------------------------------------------- scanning


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _para_re().finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_space(ch: str) -> bool:
    return ch == "" or ch in _SPACES


def _roles(text: str, i: int, family: str) -> tuple[bool, bool]:
    """(can_open, can_close) for the mark at text[i]."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    nxt2 = text[i + 2] if i + 2 < len(text) else ""
    prev_open = _is_space(prev) or prev in _OPEN_PUNCT or prev in "«“\"'‘"
    nxt_word = nxt.isalnum() or nxt in "‘'\"«“([…-—"
    nxt_spaced_word = nxt in " \u00a0\u202f" and nxt2.isalnum()
    if family == "guillemet":
        return ch == "«", ch == "»"
    if ch == "“":
        can_open = nxt_word or (nxt_spaced_word and prev_open)
        can_close = not nxt.isalnum() and not (prev_open and nxt_spaced_word)
        return can_open, can_close
    if ch == "”":
        can_open = prev_open and nxt.isalnum()
        can_close = not can_open
        return can_open, can_close
    if ch == '"':
        can_open = prev_open and (nxt_word or nxt_spaced_word)
        can_close = (not _is_space(prev) and not nxt.isalnum()) or (_is_space(prev) and (_is_space(nxt) or nxt in ".,;:!?"))
        return can_open, can_close
    if ch == "‘":
        return prev_open and (nxt.isalnum() or nxt in "“\""), False
    if ch == "’":
        return False, (not _is_space(prev)) and not nxt.isalnum()
    if ch == "'":
        can_open = prev_open and nxt.isalpha()
        can_close = (not _is_space(prev)) and prev not in "sS" and not nxt.isalnum()
        return can_open, can_close
    return False, False


_FAMILY_MARKS = (("double", '"“”'), ("guillemet", "«»"), ("single", "‘’'"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end


def _scan_family(text: str, family: str, marks: str, paras) -> list[_Quote]:
    quotes: list[_Quote] = []
    cur: _Quote | None = None
    part_start = 0  # text start of the current part
    part_mark = 0
    depth = 0
    crossed = 0
    for p_start, p_end in paras:
        positions = [i for i in range(p_start, p_end) if text[i] in marks]
        idx = 0
        if cur is not None:
            # decide whether the open quote continues in this paragraph
            first = positions[0] if positions else None
            lead = text[p_start:first].strip(_SPACES) if first is not None else None
            cont = False
            if first is not None and lead == "" and _roles(text, first, family)[0] and not (
                family == "guillemet" and text[first] == "»"
            ):
                # opening mark at paragraph start: continuation convention
                part_start, part_mark = first + 1, first
                idx = 1
                cont = True
            elif positions:
                for i in positions:
                    op, cl = _roles(text, i, family)
                    if cl:
                        cont = True
                        break
                    if op:
                        break
                if cont:
                    part_start, part_mark = p_start, p_start
            if cont and crossed < _MAX_PARAGRAPHS:
                crossed += 1
            else:
                if len(cur.parts) > 1:
                    cur.closed = False
                    quotes.append(cur)
                cur = None
                depth = 0
        while idx < len(positions):
            i = positions[idx]
            idx += 1
            can_open, can_close = _roles(text, i, family)
            if cur is None:
                if can_open:
                    cur = _Quote(family)
                    part_start, part_mark = i + 1, i
                    depth = 0
                    crossed = 0
                continue
            if family == "guillemet" and can_open:
                depth += 1
                continue
            if can_close:
                if family == "guillemet" and depth > 0:
                    depth -= 1
                    continue
                s, e = _trim(text, part_start, i)
                if e > s:
                    cur.parts.append(_Part(s, e, part_mark, i + 1))
                if cur.parts:
                    quotes.append(cur)
                cur = None
                continue
            if family == "double" and can_open and text[i] == "“":
                # an opening mark inside an open quote: the first one was not closed
                cur = _Quote(family)
                part_start, part_mark = i + 1, i
                crossed = 0
        if cur is not None:
            if family == "single":
                cur = None
                continue
            s, e = _trim(text, part_start, p_end)
            if e > s:
                cur.parts.append(_Part(s, e, part_mark, p_end))
    if cur is not None and len(cur.parts) > 1:
        cur.closed = False
        quotes.append(cur)
    return quotes


# --------------------------------------------------------------------------- speaker phrases


def _words(text: str, start: int, end: int) -> list[re.Match]:
    return list(_word_re().finditer(text, start, end))


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _strip_elision(word: str) -> tuple[str, bool]:
    """("l’ambassadeur") -> ("ambassadeur", True)."""
    m = re.match(r"(?i)^(?:l|d|qu)['’](.+)$", word)
    if m:
        return m.group(1), True
    return word, False


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() and len(word) > 1 and word.isupper()


def _english_article(words: list, i: int) -> bool:
    """Is words[i] the English article "a" ("a political scientist"), not French "a" (has: "a été")?"""
    if _norm(words[i].group()) != "a" or i + 1 >= len(words):
        return False
    nxt = _norm(words[i + 1].group())
    return not nxt.endswith(("e", "es", "ee", "u", "us", "i", "is", "it"))


def _np_forward(text: str, pos: int, limit: int, *, appositive: bool = True) -> tuple[int, int] | None:
    """A speaker noun phrase starting at ``pos`` (after spaces): its (start, end)."""
    words = _words(text, pos, limit)
    if not words:
        return None
    first = words[0]
    if text[pos:first.start()].strip(_SPACES + ","):
        return None
    w0 = first.group()
    if _norm(w0) in _PRONOUNS:
        return first.start(), first.end()
    ep = _elided_pronoun_re().match(w0)
    if ep:
        return first.start() + ep.start(1), first.start() + ep.end(1)
    start = first.start()
    core_end = None
    has_det = False
    lower_ok = False
    pending_particle = False
    n_core = 0
    prev_end = first.start()
    for k, m in enumerate(words):
        w = m.group()
        gap = text[prev_end:m.start()]
        if k > 0 and gap.strip(_SPACES):
            prev_word = text[words[k - 1].start():words[k - 1].end()]
            if not (gap.strip(_SPACES) == "." and _is_cap(w) and (
                    prev_word.lower() in _ABBREVIATIONS or (len(prev_word) == 1 and prev_word.isupper())
                    or ("." in prev_word and prev_word.replace(".", "").isupper()))):
                break  # punctuation between words ends the core
        base, elided = _strip_elision(w)
        lw = _norm(w)
        if k == 0 and lw in _DETERMINERS:
            has_det = lower_ok = True
            prev_end = m.end()
            continue
        if k == 0 and elided and lw.startswith("l'") and base[:1].islower():
            has_det = lower_ok = True  # "l’ambassadeur"
            core_end = m.end()
            n_core += 1
            prev_end = m.end()
            continue
        if (lw in _NP_STOP and not _is_cap(w)) or w in _WEEKDAYS_MONTHS_EN:
            break
        if core_end is None and not has_det and k < 3 and base[:1].isalpha() and base.islower() \
                and lw not in _PARTICLES and not _verb_re().fullmatch(w):
            # lowercase title before a name; kept only if a capitalised word follows
            nxt = words[k + 1].group() if k + 1 < len(words) else ""
            if nxt and not text[m.end():words[k + 1].start()].strip(_SPACES) and (
                    _is_cap(nxt) or (k + 2 < len(words) and _is_cap(words[k + 2].group()))):
                prev_end = m.end()
                continue
            break
        if not _is_cap(w) and _verb_re().fullmatch(w):
            break
        if _is_cap(base):
            core_end = m.end()
            n_core += 1
            pending_particle = False
            if w.endswith(("’s", "'s", "s’", "s'")):
                lower_ok = True
        elif lw in _PARTICLES:
            pending_particle = True
        elif base[:1].isalpha() and base.islower() and (lower_ok or (pending_particle and has_det)):
            core_end = m.end()
            n_core += 1
            pending_particle = False
        else:
            break
        prev_end = m.end()
        if n_core >= 10:
            break
    if core_end is None:
        return None
    end = core_end
    if not appositive:
        return start, end
    # apposition: ", <phrase>" up to the next punctuation
    rest = text[end:limit]
    am = re.match(r",[ \u00a0]+", rest)
    if am:
        a_start = end + am.end()
        stop = re.search(r"[,.;:!?()\[\]«»“”\"\n]|\s[—–-]\s", text[a_start:limit])
        a_end = a_start + (stop.start() if stop else limit - a_start)
        a_words = _words(text, a_start, a_end)
        if a_words and len(a_words) <= 14:
            fw = a_words[0].group()
            lfw = _norm(fw)
            bad = (
                lfw in _APPOS_STOP
                or (lfw.endswith("ing") and fw[:1].islower())
                or _verb_re().search(text, a_start, a_end) is not None
                or (lfw.endswith("ant") and fw[:1].islower() and lfw not in ("représentant", "commandant"))
                or (fw[:1].islower() and lfw.endswith(("ed", "é", "ée", "és")) and len(a_words) > 1
                    and _norm(a_words[1].group()) in _DETERMINERS)
                or _norm(a_words[-1].group()) in _PARTICLES + _DETERMINERS
                or any(_norm(w.group()) in _FINITE and not _english_article(a_words, i)
                       for i, w in enumerate(a_words))
            )
            if not bad:
                end = a_words[-1].end()
    return start, end


def _speaker_tuple(text: str, span) -> tuple[str, int, int] | None:
    if span is None:
        return None
    s, e = span
    while e > s and text[e - 1] in _SPACES + ",":
        e -= 1
    if e <= s:
        return None
    return text[s:e], s, e


def _sentence_limit(text: str, pos: int, hard: int) -> int:
    m = _sentence_end_re().search(text, pos, hard)
    return m.end() if m else hard


def _is_abbrev_end(text: str, dot: int) -> bool:
    m = re.search(r"([\w]+)\.$", text[max(0, dot - 12):dot + 1])
    return bool(m) and (m.group(1).lower() in _ABBREVIATIONS or len(m.group(1)) == 1)


def _after_attribution(text: str, pos: int, hard: int) -> tuple[str, int, int] | None:
    """Attribution in the text that follows a closing mark at ``pos``."""
    limit = hard
    # stop at the end of the sentence (first sentence end not after an abbreviation)
    for m in _sentence_end_re().finditer(text, pos, hard):
        if m.group().startswith(".") and _is_abbrev_end(text, m.start()):
            continue
        limit = m.start()
        break
    seg = text[pos:limit]
    lead = re.match(r"[\s,;:\u00a0\u202f—–-]*", seg).end()
    p = pos + lead
    # FR inverted subject: "a-t-il dit", "ajoute-t-elle"
    inv = _inverted_re().match(text, pos, limit)
    if inv:
        return text[inv.start("pr"):inv.end("pr")], inv.start("pr"), inv.end("pr")
    # according to X / selon X
    acc = _according_re().match(text, p, limit)
    if acc and not text[p:acc.start()].strip():
        return _speaker_tuple(text, _np_forward(text, acc.end(), limit))
    # VERB SPEAKER: "said X", "précise le communiqué"
    vm = _verb_re().match(text, p, limit)
    if vm:
        after = vm.end()
        adv = re.match(r"\s+(?:également|ainsi|encore|aussi|alors|enfin|also|then|again)(?=\s)", text[after:limit])
        if adv:
            after += adv.end()
        om = _outlet_re().match(text, after, limit)
        if om:
            after = om.end()
        sp = _np_forward(text, after, limit)
        if sp is not None:
            return _speaker_tuple(text, sp)
        return None
    # SPEAKER VERB: "X said", "X, appos, told reporters", "il a dit"
    for vm in _verb_re().finditer(text, p, limit):
        prefix_end = vm.start()
        n_words = len(_words(text, p, prefix_end))
        if n_words == 0 or n_words > 16:
            break
        pe = prefix_end
        while pe > p and text[pe - 1] in _SPACES + ",":
            pe -= 1
        sp = _np_forward(text, p, pe + 1 if pe < limit else pe)
        if sp is not None and sp[1] >= pe:
            return _speaker_tuple(text, (sp[0], min(sp[1], pe)))
        break
    return None


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence containing ``pos`` (not before ``floor``)."""
    start = floor
    for m in _sentence_end_re().finditer(text, floor, pos):
        if m.group().startswith(".") and _is_abbrev_end(text, m.start()):
            continue
        if m.end() <= pos:
            start = m.end()
    return start


def _subject_before_verb(text: str, c_start: int, verb_start: int) -> tuple[int, int] | None:
    words = _words(text, c_start, verb_start)
    if words:
        lastw = words[-1]
        if _norm(lastw.group()) in _PRONOUNS or _elided_pronoun_re().match(lastw.group()):
            return _np_forward(text, lastw.start(), verb_start)
    vs = verb_start
    while vs > c_start and text[vs - 1] in _SPACES + ",":
        vs -= 1
    for m in words:
        sp = _np_forward(text, m.start(), vs)
        if sp is not None and sp[1] >= vs:
            # the phrase must start a clause: at the clause start or after a comma
            before = text[c_start:m.start()].rstrip(_SPACES)
            if before == "" or before.endswith((",", ":", ";")):
                return sp[0], min(sp[1], vs)
    return None


def _forward_subject(text: str, c_start: int, limit: int) -> tuple[int, int] | None:
    """Subject of the clause: its first noun phrase, skipping a leading adverbial ("In 2019, ")."""
    words = _words(text, c_start, limit)
    if not words:
        return None
    lw = _norm(words[0].group())
    pos = c_start
    if lw in _NP_STOP or lw in ("since", "despite", "although", "following", "en", "malgré") or words[0].group() in _WEEKDAYS_MONTHS_EN:
        comma = text.find(",", c_start, limit)
        if comma < 0:
            return None
        pos = comma + 1
    sp = _np_forward(text, pos, limit)
    if sp is None or len(_words(text, sp[1], limit)) > 8:
        return None
    return sp


def _before_attribution(text: str, open_pos: int, p_start: int) -> tuple[str, int, int] | None:
    """Attribution in the sentence before the opening mark at ``open_pos``."""
    c_start = _clause_start(text, open_pos, p_start)
    seg = text[c_start:open_pos]
    if seg.strip(_SPACES) == "":
        # the quote opens its sentence: look at a short previous sentence "X agreed."
        if c_start <= p_start:
            return None
        prev_end = c_start
        while prev_end > p_start and text[prev_end - 1] in _SPACES:
            prev_end -= 1
        if prev_end <= p_start or text[prev_end - 1] not in ".:":
            return None
        ps = _clause_start(text, prev_end - 1, p_start)
        if len(_words(text, ps, prev_end)) > 12:
            return None
        verbs = list(_verb_re().finditer(text, ps, prev_end))
        if not verbs:
            return None
        v = verbs[-1]
        if len(_words(text, v.end(), prev_end)) > 3:
            return None
        return _speaker_tuple(text, _subject_before_verb(text, ps, v.start()) or _forward_subject(text, ps, v.start()))
    stripped = seg.rstrip(_SPACES)
    # "According to X, “...”" / "Selon X, « ... »"
    for acc in _according_re().finditer(text, c_start, open_pos):
        sp = _np_forward(text, acc.end(), open_pos)
        if sp is not None:
            tail = text[sp[1]:open_pos].strip(_SPACES + ",:")
            if tail == "":
                return _speaker_tuple(text, sp)
    for acc in _pour_re().finditer(text, c_start, open_pos):
        sp = _np_forward(text, acc.end(), open_pos)
        if sp is not None and text[sp[1]:open_pos].strip(_SPACES) == ",":
            return _speaker_tuple(text, sp)
    verbs = list(_verb_re().finditer(text, c_start, open_pos))
    if not verbs:
        # "Colonel Goïta addressed the nation: “...”" — a colon after a clause whose subject is a name
        if stripped.endswith(":"):
            sub = _forward_subject(text, c_start, len(stripped) + c_start)
            if sub is not None:
                first = text[sub[0]:sub[1]].split()[0]
                if _is_cap(first) and _norm(first) not in _DETERMINERS + _PRONOUNS:
                    return _speaker_tuple(text, sub)
        return None
    v = verbs[-1]
    tail = text[v.end():open_pos]
    tail_words = _words(text, v.end(), open_pos)
    ends_ok = stripped.endswith((":", ",")) or re.search(r"(?i)(?:\bthat|\bque|\bqu['’])\s*$", stripped) or not tail.strip(_SPACES)
    if len(tail_words) > 6 or not ends_ok:
        return None
    # inverted French "a-t-il déclaré :" / "a déclaré le ministre :"
    if tail_words:
        sp = _np_forward(text, v.end(), open_pos, appositive=False)
        lw = _norm(tail_words[0].group())
        if sp is not None and (lw in _DETERMINERS or _is_cap(tail_words[0].group())) and _norm(tail_words[0].group()) not in ("reporters", "journalists"):
            # "said Peskov:" — verb then speaker; but "told Putin:" names the addressee
            if not re.match(r"told|tells|tell", v.group()) and text[sp[1]:open_pos].strip(_SPACES + ",:") == "":
                return _speaker_tuple(text, sp)
    sub = _subject_before_verb(text, c_start, v.start()) or _forward_subject(text, c_start, v.start())
    return _speaker_tuple(text, sub)


# --------------------------------------------------------------------------- assembly


def _n_words(s: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", s))


def _quote_text(text: str, q: _Quote) -> str:
    return " ".join(text[p.start:p.end] for p in q.parts)


def _ends_with_comma(text: str, part: _Part) -> bool:
    if text[part.end - 1] == ",":
        return True
    after = text[part.mark_end:part.mark_end + 3]
    return after.lstrip(_SPACES).startswith(",")


def _same_speaker(a: tuple[str, int, int] | None, b: tuple[str, int, int] | None) -> bool:
    if a is None or b is None:
        return True
    if _norm(b[0]) in _PRONOUNS or _norm(a[0]) in _PRONOUNS:
        return True
    wa = set(re.findall(r"\w+", a[0].lower()))
    wb = set(re.findall(r"\w+", b[0].lower()))
    return bool(wa & wb)


def _para_of(paras, pos: int) -> tuple[int, int]:
    for s, e in paras:
        if s <= pos <= e:
            return s, e
    return paras[-1]


def _join_interrupted(text: str, quotes: list[_Quote], paras) -> list[_Quote]:
    out: list[_Quote] = []
    for q in quotes:
        if out and q.family == out[-1].family and q.family != "single":
            prev = out[-1]
            gap_s, gap_e = prev.last.mark_end, q.first.mark_start
            gap = text[gap_s:gap_e]
            if (
                gap_e > gap_s
                and _para_of(paras, gap_s) == _para_of(paras, gap_e)
                and "\n\n" not in gap
                and _ends_with_comma(text, prev.last)
                and _n_words(gap) <= 25
                and gap.rstrip(_SPACES).endswith((",", ".", ":", ";"))
            ):
                attr = _after_attribution(text, gap_s, gap_e)
                if attr is not None:
                    p_end = _para_of(paras, q.last.mark_end)[1]
                    after = _after_attribution(text, q.last.mark_end, p_end) if not _ends_sentence(text, q) else None
                    if _same_speaker(attr, after):
                        prev.parts.extend(q.parts)
                        prev.closed = q.closed
                        continue
        out.append(q)
    return out


def _ends_sentence(text: str, q: _Quote) -> bool:
    """The quote ends with a full stop and the next word is capitalised (no tag follows)."""
    last = text[q.last.end - 1]
    if last != ".":
        return False
    m = re.match(r"[\s,\u00a0\u202f]*([^\W_])", text[q.last.mark_end:q.last.mark_end + 40])
    return not (m and m.group(1).islower())


def find_quotes(text: str, *, lang: str = "en") -> list[QuoteSpan]:
    """Quotations in a document (paragraphs separated by a blank line) with their speakers."""
    if not text:
        return []
    paras = _paragraphs(text)
    raw: list[_Quote] = []
    for family, marks in _FAMILY_MARKS:
        fam_quotes = _scan_family(text, family, marks, paras)
        fam_quotes.sort(key=lambda q: q.first.start)
        raw.extend(_join_interrupted(text, fam_quotes, paras))
    # drop quotes nested inside another quote's part
    raw.sort(key=lambda q: (q.first.mark_start, -q.last.mark_end))
    kept: list[_Quote] = []
    for q in raw:
        inside = any(
            p.mark_start <= q.first.mark_start and q.last.mark_end <= p.mark_end
            for o in kept
            for p in o.parts
        ) or any(o.first.mark_start <= q.first.mark_start < o.last.mark_end and o is not q for o in kept)
        if not inside:
            kept.append(q)

    results: list[tuple[_Quote, tuple[str, int, int] | None]] = []
    for q in kept:
        p_start = _para_of(paras, q.first.mark_start)[0]
        speaker = None
        # 1. attribution between joined parts
        for a, b in zip(q.parts, q.parts[1:], strict=False):
            if _para_of(paras, a.mark_end) == _para_of(paras, b.mark_start):
                speaker = _after_attribution(text, a.mark_end, b.mark_start)
                if speaker:
                    break
        # 2. attribution after the last part
        if speaker is None and q.closed and not _ends_sentence(text, q):
            p_start_l, p_end = _para_of(paras, q.last.mark_end)
            speaker = _after_attribution(text, q.last.mark_end, p_end)
            if speaker is None and not text[q.last.mark_end:p_end].strip(_SPACES):
                # "»\n\n, ajoute Emmanuel Macron" (attribution pushed to the next paragraph)
                nxt = [pp for pp in paras if pp[0] > p_end]
                if nxt and text[nxt[0][0]:nxt[0][0] + 1] == ",":
                    speaker = _after_attribution(text, nxt[0][0], nxt[0][1])
        # 3. attribution before the first part
        if speaker is None:
            speaker = _before_attribution(text, q.first.mark_start, p_start)
        if speaker is None and not text[p_start:q.first.mark_start].strip(_SPACES):
            # the quote opens its paragraph and the previous one ends with "X a précisé que" / "Selon X,"
            prev = [pp for pp in paras if pp[1] < p_start]
            if prev:
                ps, pe = prev[-1]
                tail = text[ps:pe].rstrip(_SPACES)
                if re.search(r"(?i)(?:[:,]|\bque|\bthat|\bqu['’])$", tail):
                    speaker = _before_attribution(text, ps + len(tail), ps)
        results.append((q, speaker))

    out: list[QuoteSpan] = []
    prev_q: _Quote | None = None
    prev_speaker = None
    for q, speaker in results:
        qtext = _quote_text(text, q)
        n = _n_words(qtext)
        full_utterance = qtext[:1].isupper() and qtext.rstrip("”\"»’ ")[-1:] in ".!?…"
        keep = n >= 4 or full_utterance or (speaker is not None and n >= 1 and _adjacent(text, q))
        if q.family == "single":
            keep = keep and n >= 4 and (qtext.rstrip()[-1:] in ".!?…" or speaker is not None)
        if not keep:
            continue
        if speaker is None and prev_q is not None and prev_speaker is not None:
            # 4. inherit from the previous quote in the same sentence
            between = text[prev_q.last.mark_end:q.first.mark_start]
            if "\n\n" not in between and not _has_sentence_end(text, prev_q.last.mark_end, q.first.mark_start):
                speaker = prev_speaker
        out.append(
            QuoteSpan(
                start=q.first.start,
                end=q.last.end,
                text=qtext,
                speaker_text=speaker[0] if speaker else None,
                speaker_start=speaker[1] if speaker else None,
                speaker_end=speaker[2] if speaker else None,
            )
        )
        prev_q, prev_speaker = q, speaker
    return out


def _has_sentence_end(text: str, a: int, b: int) -> bool:
    for m in _sentence_end_re().finditer(text, a, b):
        if m.group().startswith(".") and _is_abbrev_end(text, m.start()):
            continue
        return True
    return False


def _adjacent(text: str, q: _Quote) -> bool:
    """An attribution directly touches the quote ("“Never,” said X" / "X said: “No.”")."""
    after = text[q.last.mark_end:q.last.mark_end + 30]
    before = text[max(0, q.first.mark_start - 3):q.first.mark_start]
    return bool(re.match(r"[\s,]*(?:" + _verb_re().pattern + r"|[A-Z]\w*\s+(?:said|says|told|added))", after) and text[q.last.end - 1] in ",!?") or before.rstrip().endswith(":")
