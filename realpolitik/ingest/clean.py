"""Turn raw inputs into clean text: HTML main text via trafilatura, boilerplate dropped,
whitespace normalised, language detected.

The cleaned text is the reference for every character offset realpolitik reports, so
cleaning must be deterministic: the same input always gives the same text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib.resources import files

_MAX_BOILERPLATE_LEN = 400


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern, ...]:
    raw = (files("realpolitik") / "data" / "boilerplate.txt").read_text(encoding="utf-8")
    return tuple(
        re.compile(line, re.IGNORECASE)
        for line in raw.splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_boilerplate(paragraph: str) -> bool:
    """True for short site furniture: cookie notices, share bars, "Read more" links."""
    if len(paragraph) > _MAX_BOILERPLATE_LEN:
        return False
    return any(p.search(paragraph) for p in _boilerplate_patterns())


def clean_text(text: str) -> str:
    """Normalise a plain text: NFC, unified newlines, paragraphs separated by one blank line,
    spaces collapsed inside lines, control characters and boilerplate paragraphs removed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", ln).strip() for ln in block.split("\n")]
        para = "\n".join(ln for ln in lines if ln)
        if para and not is_boilerplate(para):
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def extract_html(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page, via trafilatura. Text is "" when nothing is extractable.

    trafilatura's ``deduplicate`` is off: it remembers text across calls in the process, so the
    same page read again (a re-run, a second copy) would come back empty; duplicates are the
    store's business (documents are keyed by id or text hash)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    if doc is None:
        return "", None
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None) or None
    # trafilatura separates paragraphs by single newlines; the store uses blank lines
    paragraphs = [ln for ln in text.split("\n") if ln.strip()]
    if paragraphs and title and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]  # the headline is kept as the title, not repeated in the text
    return clean_text("\n\n".join(paragraphs)), title


_STOPWORDS = {
    "en": frozenset(
        "the of and to in is was that for on with as by at from it are were has have had this "
        "be its an which said but not their they he she who will would".split()
    ),
    "fr": frozenset(
        "le la les des du de et est en un une que qui dans pour par sur au aux avec ce cette "
        "sont ont il elle ne pas plus a été selon leur été".split()
    ),
}


def detect_lang(text: str) -> str:
    """"en" or "fr" by the share of each language's function words (the project codes only those two).

    Cheap and deterministic; ties and texts with no function words fall back to "en".
    """
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text[:5000].lower())
    scores = {lang: sum(w in sw for w in words) for lang, sw in _STOPWORDS.items()}
    return "fr" if scores["fr"] > scores["en"] else "en"
