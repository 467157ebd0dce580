"""Event extraction over a spaCy dependency parse, one sentence at a time.

``extract_events(sent, mentions, lang=..., lexicon=..., ontology=...)`` finds *triggers* (verbs, and a few
nouns) whose lemma matches a pattern of the verb lexicon (``data/verbs/{en,fr}.tsv``), then reads the
source and target actors off the parse, using the actor mentions another module found in the sentence.

Rules, in short:

* **Lexicons.** Ours (``data/verbs/{lang}.tsv``); for English, a sentence it codes nothing in is tried
  again with the wider CAMEO-derived ``data/verbs/en_cameo.tsv`` (ours wins where both speak; its events
  are 0.1 lower in confidence). A violent noun qualified as figurative ("a diplomatic offensive") is no
  ASSAULT.
* **Patterns.** ``lemma`` or ``lemma second`` where *second* is a particle / preposition / direct-object
  lemma ("pull out", "sign pact", "call on"); a leading ``se ``/``s'`` is a French reflexive
  ("se retirer"); ``noun:<lemma>`` is a nominal trigger. The longest matching pattern wins.
  Auxiliaries never trigger.
* **Source** = the actor mention nearest the head of the subject (``nsubj``; the ``agent``/``obl:agent``
  "by X"/"par X" phrase in the passive). Controlled and coordinated verbs without a subject take it from
  the governing verb ("Mali decided to expel ..."; the object for "urged France to leave", also when
  that object names no actor - "urged the parties to talk" has no source; French "demander à X de ...").
  A relative pronoun subject (that/which/who/qui) stands for its antecedent when that is an actor
  ("France, which left Mali"), else for the source of the clause the antecedent hangs on ("X and Y are
  close to a deal that would send ..." -> X). A personal pronoun subject (it/they/il/elle ...) of an
  embedded clause takes the governing clause's source ("Russia said it would leave"), unless that clause
  also names an object actor ("Mali told France it must leave" stays open).
* **Target** = the mention nearest the head of the object (``dobj``/``obj``, the passive subject; a
  relative pronoun stands for its antecedent), else of a prepositional phrase (with/to/against/on/from ...,
  French avec/à/contre/de ...), else - for verbal acts such as THREATEN or REQUEST - a mention in the
  complement clause that is not the source's country. Mentions of the source's own state ("France sent
  French troops to Mali") are passed over while another candidate exists.
* **Nominal triggers.** Source = possessor / "of"/"de" actor; target = to/with/against/à/avec phrase,
  also one the parser hangs inside the source phrase ("la visite de Moscou à Bamako", "le retrait de la
  France du Mali") or on the governing verb ("continued its attack against Mali"). A pronoun possessor
  ("son retrait du Mali", "its attack") is the governing clause's source. A noun with its own possessor
  actor is an event even as the object of another trigger ("condemned Russia's attack on Mali").
  French: with a "par X" phrase X is the source and the "de" phrase the target ("l'attaque du convoi
  par des hommes armés"); without one, a "de" noun that is no actor but holds one gives the target
  ("l'attaque du camp de la MINUSMA"). A noun heading a verbless sentence (a headline) gets the
  main-clause bonus.
* **Actor mentions** are never triggers: the participle of "hommes armés" is part of a name. Two
  differently named groups with one code (MSA and GATIA, both MLIREB) are two actors.
  A hyphenated pair of names modifying the noun ("US-China talks", "le sommet Russie-Afrique";
  the pipeline makes their mentions) gives source = first, target = second; with one side a
  region ("Russia-Africa summit") the named country is the target (see ``hyphen_pair``).
* **Coordination.** "France and Germany condemned ..." gives ONE event whose source is the *first*
  conjunct (the head of the subject); the other conjuncts are not coded. This keeps "at most one event
  per trigger"; a per-conjunct expansion would need a new field in ``EventCandidate``. For symmetric
  acts (CONSULT, AGREE, COOPERATE) with no other target the second conjunct is the target ("Mali and
  Russia signed a pact", "leaders from X and Y will meet"), and "between X and Y"/"entre X et Y" gives
  source X, target Y.
* **Reporting verbs** (say, announce, declare, dire, déclarer, annoncer, affirmer ...) are never events
  alone; a two-word pattern with its object is ("declared a ceasefire", "affirmed its support").
  The speaker becomes the source of an ACCUSE / REJECT / THREATEN / REQUEST / AGREE trigger in the
  reported clause when that clause has no actor of its own as subject ("The ministry said it rejected
  the offer" -> source = the ministry's actor).
* **Flags.** ``negated`` for not/never/no/n't, ne ... pas/jamais, aucun (on the trigger, on a verb that
  controls it, or as determiner of its object), never for "ne ... que" (only); ``hypothetical`` for
  modals (would, could, may, might, should, can), the French conditional, pouvoir/devoir, "if"/"si" clauses, verbs of intention or threat
  governing the trigger ("planned to", "threatened to", "envisage de"), "possible"/"planned"/"éventuel"
  on nominal triggers, and acts alleged inside an accusation or denial ("accused X of arming Y").
* **Acts that stop.** An act told as stopping ("stopped supplying arms", "ceased to attack", "no
  longer cooperates", "a cessé de livrer", "ne coopère plus") is the cut, not the act: aid stopped is
  SANCTION 162x, cooperation, support or talks stopped SANCTION 160/161/164, attacks stopped RETREAT
  087 (as "halt attacks" in the lexicon); any other act stopped stays, negated. The stopping verb is no
  event of its own ("quit cooperating" is no withdrawal, "a arrêté de coopérer" no arrest), and "did not
  stop supplying" is the act, going on.
* **Statements of content.** An act that is the infinitive complement of a promise, demand, refusal
  or threat ("offered to send troops to Mali", "urged France to leave", "refused to pay") is that
  statement's content: the statement takes the act's target (and source) where it has none, and the
  act stays, hypothetical, ranked below it. An act hanging on a word of readiness ("ready to resume
  talks", "prêt à coopérer") adds the statement of intent on that word: AGREE with the CAMEO 03x code
  of the act's type (036 meet, 031 cooperate, 0356 de-escalate ...), THREATEN (138, 131, 1312) for
  force, coercion or sanctions.
* **One event per real event.** A trigger with neither a source nor a target is dropped; when two
  triggers link the same actors and one sits in the other's clause (not merely coordinated with it), the
  governing (main-clause) one is kept; nominal triggers give way to verbal ones.
* **Confidence** grows with syntax: 0.9 for a verb with both actors as its own arguments and a two-word
  pattern, down to ~0.4 for a nominal trigger with one inherited actor; +0.03 in the main clause (or the
  clause a reporting verb introduces), -0.08 in relative, adverbial and adnominal clauses, so a
  sentence's best-scored event is its main one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from realpolitik.coding.ontology import PLOVER_TYPES, Ontology, is_withdrawal
from realpolitik.coding.types import Actor, ActorMention, EventCandidate

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

LANGS = ("en", "fr")

REPORTING = {
    "en": frozenset(
        "say tell announce declare state claim add explain insist stress note affirm assert confirm "
        "indicate report write reiterate argue maintain emphasize emphasise underline remark tweet "
        "post told said".split()
    ),
    "fr": frozenset(
        "dire déclarer annoncer affirmer indiquer expliquer ajouter estimer souligner préciser assurer "
        "confirmer marteler insister assener réaffirmer écrire répondre".split()
    ),
}
# Verbal acts whose source may be the speaker of the reported speech around them.
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE"})
# Verbal acts that may find their target inside their complement clause.
COMPLEMENT_TARGET_TYPES = STATEMENT_TYPES | {"SUPPORT", "PROTEST"}

NEG_WORDS = {
    "en": frozenset({"not", "n't", "never", "no", "neither", "nor"}),
    "fr": frozenset({"ne", "n'", "jamais", "aucun", "aucune", "nullement", "guère"}),
}
NEG_DETS = frozenset({"no", "aucun", "aucune", "nul", "nulle"})
MODALS = {
    "en": frozenset({"would", "could", "may", "might", "should", "can", "shall"}),
    "fr": frozenset({"pouvoir", "devoir"}),
}
HYPO_HEADS = {
    "en": frozenset(
        "plan intend want hope seek consider threaten propose offer aim wish prepare expect try attempt "
        "promise pledge vow agree mull weigh envisage contemplate urge ask call demand exhort invite press "
        "encourage order request implore".split()
    ),
    "fr": frozenset(
        "prévoir envisager vouloir souhaiter espérer menacer projeter compter chercher tenter proposer "
        "pouvoir devoir apprêter promettre accepter viser exhorter demander appeler exiger inviter sommer "
        "inciter presser encourager ordonner".split()
    ),
}
HYPO_MODIFIERS = frozenset(
    "possible potential planned proposed eventual future prospective likely possibly perhaps maybe "
    "potentially éventuel éventuelle éventuels éventuelles prévu prévue prévus prévues potentiel "
    "potentielle futur future probable peut-être éventuellement hypothétique".split()
)
PLAN_NOUNS = frozenset(
    "plan intention threat proposal offer attempt bid readiness willingness projet intention menace "
    "proposition offre volonté tentative".split()
)
COND_MARKS = frozenset({"if", "unless", "whether", "si", "s'"})
# Nouns of a course of action whose "of V-ing" is the owner's act ("its strategy of forging alliances").
STRATEGY_NOUNS = frozenset("strategy policy plan practice campaign goal aim objective intention".split())

OBJ_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "nsubj:pass"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PREP_PRIMARY = {
    "en": frozenset({"with", "to", "against", "on", "toward", "towards", "at", "into", "upon", "over"}),
    "fr": frozenset({"avec", "à", "au", "aux", "contre", "envers", "vers", "auprès", "sur"}),
}
# phrases that tell on whose word something happened, never whom it was done to ...
HEARSAY_PREPS = {"en": frozenset({"according"}), "fr": frozenset({"selon"})}
# ... and when or why: they name the other side only as a named actor ("after talks with President
# Tinubu"), never as a bare agent ("imposed a curfew after clashes between police and protesters")
CIRCUMSTANCE_PREPS = {
    "en": frozenset({"after", "following", "amid", "despite", "during", "since", "until", "before"}),
    "fr": frozenset({"après", "malgré", "pendant", "lors", "avant"}),
}
_CIRCUMSTANCE_RANK = 4
PREP_SECONDARY = {
    "en": frozenset({"from", "in", "for", "of", "inside", "across", "near", "around", "about", "within"}),
    "fr": frozenset({"de", "du", "des", "d'", "en", "dans", "pour", "chez", "depuis", "hors"}),
}
# Prepositions of the place where something happens ("in Bamako", "à Bamako"), by language. French
# "à / au / aux" also bring recipients ("livrer des armes au Mali"): AMBIGUOUS_PLACE_PREPS.
PLACE_PREPS = {"en": frozenset({"in", "inside", "within", "across", "throughout"}),
               "fr": frozenset({"à", "au", "aux", "dans", "en"})}
AMBIGUOUS_PLACE_PREPS = frozenset({"à", "au", "aux"})
# Where an act happened rather than whom it is aimed at, for acts that have a place (protests).
LOCATION_PREPS = PLACE_PREPS["en"] | PLACE_PREPS["fr"]
# ... and for any act, the place prepositions that never bring its target
IN_PLACE_PREPS = LOCATION_PREPS - AMBIGUOUS_PLACE_PREPS
PLACE_KINDS = frozenset({"city", "capital", "country"})
LOCATED_TYPES = frozenset({"PROTEST"})
# Demonstrators' demands are demonstrations (CAMEO 141x "Demonstrate for ..."), not appeals.
PROTESTER_WORDS = frozenset("protester protesters demonstrator demonstrators marcher marchers manifestant "
                            "manifestants manifestante manifestantes".split())
# Participles that, on a noun, describe it ("a mob armed with machetes": no arms delivery; "troops backed by
# mercenaries": no act of support).
DESCRIPTIVE_PARTICIPLES = frozenset({"arm", "equip", "station", "base", "garrison", "back"})
# Verbs of handing back that, with no object, mean coming back ("they have returned", "ils sont rentrés").
INTRANSITIVE_SENSES = frozenset({"return", "rendre", "restituer"})
# Verbs of force whose object makes them figurative: "seize the opportunity", "saisir l'occasion".
FIGURATIVE_OBJECTS = {
    "seize": frozenset("opportunity chance initiative moment occasion momentum".split()),
    "saisir": frozenset("occasion opportunité chance".split()),
    # seeking office is no request ("would not seek another term")
    "seek": frozenset("term reelection re-election mandate office presidency nomination seat candidacy".split()),
    # "a report released on Friday": publishing, not a release of people or goods
    "release": frozenset("report statement video footage data detail finding image photo document "
                         "list result record transcript recording tape audio communique communiqué".split()),
}
REFLEXIVE_EN = frozenset("itself themselves himself herself".split())
PROTEST_NOUNS = frozenset("demonstration protest rally march manifestation marche rassemblement".split())
SOURCE_PREPS_NOUN = {"en": frozenset({"of", "by"}), "fr": frozenset({"de", "du", "des", "d'", "par"})}
# what is said, given or done to another comes "from" its source ("criticism from Japan", "aid from
# Russia"); a withdrawal or an attack "from" somewhere leaves a place
FROM_SOURCE_TYPES = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AID", "SANCTION"})
# verbs by which a cause meets a reaction ("drew criticism from", "prompted protests from")
DRAWING_VERBS = frozenset("draw prompt provoke spark trigger attract earn elicit receive".split())
REFLEXIVE = frozenset({"se", "s'", "soi"})
# Verbs whose object noun can be a nominal trigger with the verb's subject as source
# ("launched an attack", "announced the withdrawal").
LIGHT_VERBS = frozenset(
    "launch carry conduct hold make begin start complete order announce decide plan stage mount "
    "issue voice lodge file reach resume continue intensify declare pledge extend give provide deliver "
    "offer grant express join lead organize organise wage renew impose enforce tighten "
    "expand open boost deepen strengthen broaden keep maintain "
    "lancer mener effectuer tenir faire commencer achever ordonner annoncer décider organiser "
    "perpétrer revendiquer poursuivre reprendre intensifier déclarer exprimer accorder fournir apporter "
    "adresser diriger imposer instaurer décréter maintenir".split()
)
_PARTICIPLE_FR = re.compile(r"^(.*?)(ée|ées|és|é)$")
# Nouns of time the parser may take for an object ("a dit lundi vouloir ...").
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year "
    "lundi mardi mercredi jeudi vendredi samedi dimanche jour semaine mois an année matin soir hier".split()
)
# French verbs "V à X de faire" whose infinitive keeps the verb's own subject ("promettre à X de ...").
SUBJECT_CONTROL_FR = frozenset("promettre proposer jurer garantir assurer offrir".split())
# An actor and its own state: an event between them is no event (as in the pipeline).
STATE_SECTORS = frozenset({None, "GOV", "MIL"})
# Acts done *with* someone: "X and Y signed a pact" / "talks between X and Y" -> source X, target Y.
# Signing (SUPPORT, mode sign, in PLOVER's conversion of CAMEO 057) is one too; praise is not.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SYMMETRIC_MODES = frozenset({("SUPPORT", "sign")})
BETWEEN = frozenset({"between", "among", "entre", "parmi"})
# Acts both sides do at once: "Indian and Chinese soldiers clashed", "traded accusations" -> source India, target China.
RECIPROCAL_VERBS = frozenset({"clash", "skirmish", "exchange", "trade", "affronter"})
RELCL_DEPS = frozenset({"relcl", "acl:relcl"})
REL_PRONOUNS = frozenset("that which who whom qui que qu' lequel laquelle lesquels lesquelles".split())
# heads of agents that name one person (a pronoun "it" or "they" never stands for them)
PERSON_TITLES = frozenset("""official spokesman spokeswoman spokesperson minister president envoy ambassador diplomat
    leader chief commander general officer source adviser advisor secretary premier king emir prince governor mayor
    senator lawmaker negotiator analyst expert""".split())
# prepositions of an -ing clause whose subject is the main clause's subject, never its object
ADVERBIAL_PREPS = frozenset("after before since while despite without upon by when until".split())
PERS_PRONOUNS = frozenset("it they he she il elle ils elles".split())
POSS_PRONOUNS = frozenset("its their his her our son sa ses leur leurs notre nos".split())
# Dependencies by which a noun phrase hangs on the clause that governs it.
NOMINAL_UP = frozenset(
    "pobj prep obl obl:arg obl:mod nmod obj dobj iobj dative attr oprd appos conj npadvmod acomp".split()
)
# Dependencies by which a clause with its own (pronoun) subject hangs on another clause.
CLAUSE_UP = frozenset({"ccomp", "advcl", "conj", "xcomp", "parataxis"})
# Target prepositions inside a nominal trigger's source phrase ("la visite du ministre à Bamako").
NESTED_TARGET_PREPS = {
    "en": frozenset({"to", "with", "against", "from", "toward", "towards", "into", "out"}),
    "fr": frozenset({"à", "au", "aux", "avec", "contre", "envers", "vers", "auprès"}),
}
FROM_PREPS = {"en": frozenset({"from"}), "fr": frozenset({"de", "du", "des", "d'"})}
# Object nouns that only measure or frame the noun of their "of / de" phrase, which then stands for the
# object in a verb + object pattern: "declared a state of emergency", "signed a series of agreements".
PARTITIVE_NOUNS = frozenset(
    "state series number wave round package raft string spate set batch host campaign range "
    "million billion trillion dollar euro dose tonne ton "
    "ten dozen score hundred thousand fleet convoy column flotilla squadron message "
    "état série nombre vague train paquet salve ensemble dizaine centaine millier flotte convoi colonne campagne".split()
)
# Sums that name what they are in: "$40 million in humanitarian aid".
MONEY_NOUNS = frozenset("million billion trillion dollar dollars euro euros".split())


# ---------------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class VerbPattern:
    pattern: str
    lemma: str
    second: str | None
    reflexive: bool
    noun: bool
    event_type: str
    mode: str | None
    cameo: str
    notes: str
    line: int
    fallback: bool = False  # from the CAMEO-derived lexicon: used only where ours finds nothing


class VerbLexicon:
    """Verb (and noun) patterns for one language. Build with :meth:`load` (cached per process)."""

    def __init__(self, lang: str, patterns: list[VerbPattern]):
        self.lang = lang
        self.patterns = tuple(patterns)
        self._verbs: dict[tuple[str, str | None, bool], VerbPattern] = {}
        self._nouns: dict[str, VerbPattern] = {}
        for p in self.patterns:
            if p.noun:
                self._nouns[p.lemma] = p
            else:
                self._verbs[(p.lemma, p.second, p.reflexive)] = p
        self._seconds = {(p.lemma, p.reflexive) for p in self.patterns if p.second and not p.noun}
        # a wider lexicon tried on a sentence where this one codes nothing (see _load_lexicon)
        self.fallback: VerbLexicon | None = None

    def __len__(self) -> int:
        return len(self.patterns)

    @classmethod
    def load(cls, lang: str) -> VerbLexicon:
        if lang not in LANGS:
            raise ValueError(f"no verb lexicon for language {lang!r} (have {', '.join(LANGS)})")
        return _load_lexicon(lang)

    @classmethod
    def from_text(cls, lang: str, text: str, name: str = "<text>") -> VerbLexicon:
        """Parse TSV text (`pattern event_type mode cameo notes`); ValueError names the file and line."""
        header: list[str] | None = None
        patterns: list[VerbPattern] = []
        seen: set[str] = set()
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                if header[:4] != ["pattern", "event_type", "mode", "cameo"]:
                    raise ValueError(f"{name}:{lineno}: bad header {header!r}")
                continue
            if len(cells) < 4 or len(cells) > len(header):
                raise ValueError(f"{name}:{lineno}: expected {len(header)} columns, got {len(cells)}")
            cells += [""] * (len(header) - len(cells))
            pat, etype, mode, code, notes = cells[:5]
            if etype not in PLOVER_TYPES:
                raise ValueError(f"{name}:{lineno}: unknown PLOVER type {etype!r}")
            if not re.fullmatch(r"\d{2,4}", code):
                raise ValueError(f"{name}:{lineno}: bad CAMEO code {code!r}")
            key = pat.lower()
            if not key or key in seen:
                raise ValueError(f"{name}:{lineno}: empty or duplicate pattern {pat!r}")
            seen.add(key)
            noun = key.startswith("noun:")
            body = key[5:] if noun else key
            reflexive = False
            if not noun:
                if body.startswith("se "):
                    reflexive, body = True, body[3:]
                elif body.startswith("s'"):
                    reflexive, body = True, body[2:]
            words = body.split()
            if not words or len(words) > 2 or (noun and len(words) != 1):
                raise ValueError(
                    f"{name}:{lineno}: pattern {pat!r} must be one word or a word and a second word"
                )
            patterns.append(
                VerbPattern(pat, words[0], words[1] if len(words) == 2 else None, reflexive, noun, etype,
                            mode or None, code, notes, lineno)
            )  # fmt: skip
        if header is None:
            raise ValueError(f"{name}: no header line")
        return cls(lang, patterns)

    def match(self, lemmas: list[str], seconds: list[str], reflexive: bool) -> VerbPattern | None:
        """Longest pattern for a verb with these lemma spellings, second-word candidates and reflexivity."""
        refl_options = (True, False) if reflexive else (False,)
        if lemmas and "-" in lemmas[0] and (lemmas[0], None, False) in self._verbs:
            return self._verbs[(lemmas[0], None, False)]  # a hyphenated compound beats its last word
        for refl in refl_options:
            for lem in lemmas:
                if (lem, refl) in self._seconds:
                    for s in seconds:
                        p = self._verbs.get((lem, s, refl))
                        if p is not None:
                            return p
        for refl in refl_options:
            for lem in lemmas:
                p = self._verbs.get((lem, None, refl))
                if p is not None:
                    return p
        return None

    def match_noun(self, lemmas: list[str]) -> VerbPattern | None:
        for lem in lemmas:
            p = self._nouns.get(lem)
            if p is not None:
                return p
        return None


_EXPRESSING = frozenset({"express", "voice"})
_PARTICLES = frozenset("to with against toward towards up down out off back away over in on".split())


@lru_cache(maxsize=4)
def _load_lexicon(lang: str) -> VerbLexicon:
    """Our own patterns (``verbs/{lang}.tsv``), with, as its ``fallback``, those of ``verbs/{lang}_cameo.tsv``
    (derived from the PETRARCH2 CAMEO verb dictionary) that ours leave open: a pattern of ours always
    wins, and a CAMEO bare verb is left out when ours has any pattern with that verb (our choice of
    whether it triggers alone stands). The CAMEO verb + object patterns of verbs we code bare, of the same
    PLOVER type ("sign grant", 0331, beside our "sign"), are in the main lexicon too: the longer pattern
    gives the finer CAMEO code, as within ours; the type of our verb stands (the dictionary applies each
    pattern to every synonym of its block, so "strike" inherits patterns meant for "lash out"). So are its
    "express" / "voice" + object patterns ("voiced disapproval"): the noun says what is expressed, and
    they must not wait for the rest of the sentence to code nothing."""
    folder = files("realpolitik") / "data" / "verbs"
    own = VerbLexicon.from_text(lang, (folder / f"{lang}.tsv").read_text(encoding="utf-8"), f"verbs/{lang}.tsv")
    extra = folder / f"{lang}_cameo.tsv"
    if not extra.is_file():
        return own
    more = VerbLexicon.from_text(lang, extra.read_text(encoding="utf-8"), f"verbs/{lang}_cameo.tsv")
    keys = {p.pattern.lower() for p in own.patterns}
    lemmas = {(p.lemma, p.reflexive) for p in own.patterns if not p.noun}
    added = [replace(p, fallback=True) for p in more.patterns if p.pattern.lower() not in keys
             and (p.second is not None or p.noun or (p.lemma, p.reflexive) not in lemmas)]
    bare = {(p.lemma, p.reflexive): p.event_type for p in own.patterns if not p.noun and p.second is None}
    refine = [p for p in added if p.second is not None and p.second not in _PARTICLES
              and (bare.get((p.lemma, p.reflexive)) == p.event_type or p.lemma in _EXPRESSING)]
    main = VerbLexicon(lang, list(own.patterns) + refine)
    main.fallback = VerbLexicon(lang, list(own.patterns) + added)
    return main


# ---------------------------------------------------------------------------------------------------
# Extraction


@dataclass
class _Cand:
    tok: Token
    pattern: VerbPattern
    second_tok: Token | None
    source: ActorMention | None = None
    target: ActorMention | None = None
    source_direct: bool = False
    target_direct: bool = False
    negated: bool = False
    hypothetical: bool = False
    content_of: _Cand | None = None  # the promise, demand, refusal or threat this act is the content of
    act: Token | None = None  # an obligation's obliged act
    # an event of its own read from another (an ultimatum's threat from its demand): never merged
    # into it, ranked below it
    derived_from: _Cand | None = None


# past forms the English model leaves unlemmatised
_IRREGULAR_EN = {"retook": "retake", "retaken": "retake"}


def _lemmas(tok: Token, lang: str) -> list[str]:
    out = [tok.lemma_.lower(), tok.text.lower()]
    if lang == "en" and tok.lower_ in _IRREGULAR_EN:
        out.append(_IRREGULAR_EN[tok.lower_])
    if lang == "fr":
        m = _PARTICIPLE_FR.match(tok.text.lower())
        if m and m.group(1):
            out.append(m.group(1) + "er")
        lem = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lem.endswith("e") and not lem.endswith(("re", "ie")):
            out.append(lem + "r")  # the small model's noun lemma of a present-tense verb: "demande" -> "demander"
    elif tok.pos_ in ("VERB", "AUX"):
        out.extend(_english_stems(tok.text.lower()))  # the small model's slips: "staged" -> "stag"
    glued = _glued(tok) if lang == "en" and tok.pos_ == "VERB" else None
    if glued is not None:  # "test-fired": the tokenizer split the compound
        out.insert(0, f"{glued}-{out[0]}")
    seen: list[str] = []
    for x in out:
        if x and x not in seen:
            seen.append(x)
    return seen


def _glued(tok: Token) -> str | None:
    """The hyphenated compound the tokenizer split before `tok`: its first part for a verb ("test" of
    "test-fired"), the whole word for a noun ("sit-in", "hunger-strike")."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-" or tok.doc[tok.i - 2].whitespace_ or tok.doc[tok.i - 1].whitespace_:
        return None
    first = tok.doc[tok.i - 2].lower_
    return first if tok.pos_ == "VERB" else f"{first}-{tok.lower_}"


def _english_stems(word: str) -> list[str]:
    """Candidate lemmas of an inflected English verb, for when the model's lemma is wrong ("staged" ->
    "stage", "planned" -> "plan", "waging" -> "wage"); tried after the model's own."""
    out: list[str] = []
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem + "e", stem] if suffix == "ing" else [word[:-1], stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # a doubled consonant
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 4:
        out += [word[:-1], word[:-2]]
    elif word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    return out


def _is_aux(tok: Token) -> bool:
    return tok.pos_ == "AUX" or tok.dep_.startswith("aux") or tok.dep_ == "cop"


# Adjectives of concern after a copula ("remains concerned about", "est inquiète de") disapprove.
CONCERN_ADJS = frozenset("concerned worried alarmed troubled dismayed disturbed outraged disappointed frustrated "
                         "appalled angered préoccupé préoccupée préoccupés préoccupées inquiet inquiète inquiets "
                         "inquiètes déçu déçue déçus déçues".split())
# ... adjectives of satisfaction ("was pleased with the outcome", "s'est dit satisfait de") approve
PLEASED_ADJS = frozenset("pleased delighted heartened gratified satisfait satisfaite satisfaits satisfaites "
                         "ravi ravie ravis ravies".split())
FEELING_ADJS = CONCERN_ADJS | PLEASED_ADJS


def _is_verbal(tok: Token) -> bool:
    if _is_aux(tok):
        return False
    if tok.pos_ == "VERB":
        return True
    if tok.pos_ == "ADJ" and tok.lower_ in FEELING_ADJS and (
            tok.dep_ in ("acomp", "xcomp", "ROOT") or any(c.dep_ == "cop" for c in tok.children)):
        return True
    # participles tagged as adjectives ("se sont entretenues", "was accused")
    return tok.pos_ == "ADJ" and any(c.dep_.startswith("aux") or c.lower_ in REFLEXIVE for c in tok.children)


def _misparsed_fr_verb(tok: Token, lang: str) -> bool:
    """A French finite verb in the third person plural that the small model tags as an adverb,
    auxiliary or preposition ("des individus armés attaquent un véhicule": "attaquent" ADV), its
    tree then useless around it; -ment adverbs ("récemment") are adverbs indeed."""
    return lang == "fr" and tok.pos_ in ("ADV", "AUX", "SCONJ", "ADP") and tok.lower_.endswith("ent") \
        and not tok.lower_.endswith("ment") and tok.lemma_.lower().endswith(("er", "ir", "re"))


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "–", "—"})


def _linear_args(tok: Token, sent: Span, ments: _Mentions) -> tuple[ActorMention | None, ActorMention | None]:
    """Source and target of a verb whose parse failed: the nearest actor before it and the first
    after it, within its clause (no comma, semicolon or bracket in between)."""
    def reach(tokens) -> ActorMention | None:
        for t in tokens:
            if t.text in _CLAUSE_BREAKS:
                return None
            if (m := ments.at(t)) is not None:
                return m
        return None

    before = reach(reversed([t for t in sent if t.i < tok.i]))
    after = reach([t for t in sent if t.i > tok.i])
    return before, (after if after is not before else None)


def _has_reflexive(tok: Token) -> bool:
    return any(
        c.lower_ in REFLEXIVE
        or (c.pos_ == "PRON" and "Reflex=Yes" in str(c.morph) and c.dep_.startswith("expl"))
        for c in tok.children
    )


# What is called off: talks ("called off the talks") are halted negotiations (SANCTION 164)
TALKS_NOUNS = frozenset("talk talks negotiation negotiations dialogue meeting summit visit".split())
# What is handed over decides the act: captives are released (0841), weapons given up (0873)
HANDED_PERSONS = frozenset("hostage captive prisoner detainee officer soldier policeman body remains".split())
HANDED_ARMS = frozenset("weapon arm gun rifle ammunition arsenal".split())
# ... people wanted by another state's justice are extradited (COOPERATE 063, judicial cooperation)
HANDED_SUSPECTS = frozenset("suspect fugitive kingpin convict accused".split())


def _handover(tok: Token, p: VerbPattern, surrendered: bool = False) -> VerbPattern:
    """"Handed over two kidnapped officers" is a release, "handed over their weapons" a disarmament,
    "handed over a fugitive wanted for murder" an extradition (judicial cooperation); other things
    handed over ("handed over equipment", "handed over weapons to the army") stay aid. Weapons handed
    in (`surrendered`) are always given up."""
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS or c.dep_ in PASSIVE_SUBJ]
    if surrendered:  # "handed in weapons": the parser may hang them on "in"
        objs += [g for c in tok.children if c.lower_ == "in" and c.dep_ in ("prt", "prep")
                 for g in c.children if g.dep_ == "pobj"]
    words = {w.lemma_.lower() for o in objs for w in (o, *_of_nouns(o))}
    mods = {g.lemma_.lower() for o in objs for g in o.children if g.dep_ in ("amod", "compound")}
    if (words | mods) & HANDED_SUSPECTS or (words & HANDED_PERSONS and any(
            a.dep_ == "acl" and a.lemma_.lower() == "want" for o in objs for a in o.children)):
        return replace(p, event_type="COOPERATE", mode="judicial", cameo="063")  # "a fugitive wanted for murder"
    if words & HANDED_PERSONS:
        return replace(p, event_type="RETREAT", mode="release", cameo="0841")
    if words & HANDED_ARMS and (surrendered or any(g.dep_ == "poss" for o in objs for g in o.children)):
        return replace(p, event_type="RETREAT", mode="disarm", cameo="0873")  # "their weapons": given up
    return p


# Goods a vehicle arrives carrying: relief is humanitarian aid (073), arms military aid (072)
RELIEF_GOODS = frozenset("aid relief supply food medicine medicines vaccine vaccines tent tents water".split())
ARMS_GOODS = frozenset("weapon arm ammunition munition munitions equipment missile missiles".split())
_CARRYING = frozenset({"carry", "bring", "transport", "load"})


_LEAVING_PREPS = frozenset({"from", "of", "out", "away"})


def _left_talks(tok: Token, p: VerbPattern) -> bool:
    """Calling off talks, or withdrawing, pulling out or walking out of them ("withdrew from the peace
    negotiations", "pulled its delegation out of the talks") halts negotiations (SANCTION 164), no
    retreat of forces."""
    if p.lemma == "call" and p.second == "off":
        return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in TALKS_NOUNS for c in tok.children)
    if not ((p.event_type == "RETREAT" and p.mode == "withdraw") or (p.lemma == "walk" and p.second in ("out", "away"))):
        return False
    preps = [c for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _LEAVING_PREPS]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")]  # "out of"
    return any(g.dep_ == "pobj" and g.lemma_.lower() in TALKS_NOUNS for c in preps for g in c.children)


def _delivery(tok: Token, p: VerbPattern) -> VerbPattern:
    """Planes, trucks or ships that arrive "carrying relief supplies" or "loaded with weapons" deliver
    aid (AID 073 / 072): no visit."""
    subj = _subject(tok)
    goods = {g.lemma_.lower() for a in (subj.children if subj is not None else ())
             if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _CARRYING
             for o in a.subtree if o.dep_ in ("dobj", "pobj", "conj") for g in (o, *_of_nouns(o))}
    if goods & RELIEF_GOODS:
        return replace(p, event_type="AID", mode="humanitarian", cameo="073")
    if goods & ARMS_GOODS:
        return replace(p, event_type="AID", mode="military", cameo="072")
    return p


# Who makes a visit by going somewhere ("the foreign minister arrived in Tehran", "Macron flew to Algiers"):
# people of office and their delegations, or a name; troops, teams or goods that arrive make no visit
VISITORS = frozenset("minister president premier leader envoy emissary delegation delegate official diplomat "
                     "ambassador secretary chancellor king queen prince emir sultan pope chief head commissioner "
                     "representative mediator negotiator senator lawmaker congressman speaker counterpart "
                     "governor mayor spokesman spokeswoman spokesperson".split())


# A response that is force ("vowed to respond to any aggression", "would respond firmly"): to an act
# named by a noun of force (by the lexicon, or one of these), or in a forceful manner
RESPONSE_VERBS = frozenset({"respond"})
HOSTILE_NOUNS = frozenset("aggression provocation provocations incursion incursions".split())
FORCEFUL_ADVERBS = frozenset("firmly forcefully decisively militarily harshly resolutely robustly forcibly".split())


def _hostile_response(tok: Token, lexicon: VerbLexicon, lang: str) -> bool:
    """Is response verb `tok` a response in force: forceful, or to a hostile act ("to the attack")? A
    response by a means it names ("by committing to ...", "with sanctions") is that means, coded by it."""
    if any(c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)))
           for c in tok.children):
        return False  # (not "by Azerbaijan": the aggressor, misattached)
    if any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_ADVERBS for c in tok.children):
        return True
    for o in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"):
        act = lexicon.match_noun(_lemmas(o, lang))
        if o.lemma_.lower() in HOSTILE_NOUNS or (act is not None and act.event_type in ("ASSAULT", "COERCE")):
            return True
    return False


# What explodes in a bombing ("a bomb planted by suspected militants exploded", "a roadside device went off")
EXPLODING_VERBS = frozenset({"explode", "go"})
EXPLOSIVES = frozenset("bomb bombs device devices ied ieds mine mines landmine landmines explosive explosives grenade "
                       "grenades vest shell shells".split())


def _explosive_subject(tok: Token) -> bool:
    """Is the subject of exploding verb `tok` a bomb, mine or explosive device?"""
    subj = _subject(tok)  # ("a car bomb": the head is the bomb)
    return subj is not None and subj.lemma_.lower() in EXPLOSIVES


RELIEF_TEAMS = frozenset("rescue medical relief aid humanitarian".split())


def _arrival(tok: Token, p: VerbPattern, ments: _Mentions) -> VerbPattern | None:
    """What going somewhere (`tok` a motion verb: "arrived in", "flew into", "landed in") is, by what
    goes (what is flown, else who goes): relief goods or a rescue team arriving deliver aid (AID 073),
    arms military aid (072), peacekeepers protection (074); troops and police arriving are deployed
    (MOBILIZE 154, 153); a person of office or a name visits (CONSULT 042, `p`); anything else
    that arrives (refugees, a shipment) is no act of state (None)."""
    mover = next((c for c in tok.children if c.dep_ == "dobj" or c.dep_ in PASSIVE_SUBJ), None) or _subject(tok)
    if mover is None:
        return None
    nouns = {n.lemma_.lower() for n in (mover, *_of_nouns(mover))}  # "two planeloads of medical supplies"
    if nouns & RELIEF_GOODS or (mover.lemma_.lower() in ("team", "convoy", "mission") and any(
            c.lemma_.lower() in RELIEF_TEAMS for c in mover.children if c.dep_ in ("compound", "amod"))):
        return replace(p, event_type="AID", mode="humanitarian", cameo="073")
    if nouns & ARMS_GOODS:
        return replace(p, event_type="AID", mode="military", cameo="072")
    if nouns & {"peacekeeper", "peacekeepers"}:
        return replace(p, event_type="AID", mode="protection", cameo="074")
    if mover.dep_ == "nsubj" and (mover.pos_ == "PROPN" or mover.lemma_.lower() in VISITORS):
        return p  # "Malian President Assimi Goita arrived in Moscow": a visit, even by a colonel
    m = next((ments.at(n) for n in (*_counted(mover), mover) if ments.at(n) is not None), None)
    if m is not None and m.actor.name.split()[-1:] == ["police"]:
        return replace(p, event_type="MOBILIZE", mode="police", cameo="153")
    if m is not None and m.actor.sector in ("MIL", "PMC"):
        return replace(p, event_type="MOBILIZE", mode="military", cameo="154")
    return None


# What forces sent somewhere are sent to do when they go to protect (AID 074), not to fight
PROTECTING = frozenset("help assist support protect defend secure shield guard bolster reinforce".split())


def _protecting(tok: Token) -> Token | None:
    """The purpose clause of forces deployed "to help government forces secure the gas fields" or "to
    shield civilians": such a deployment gives military protection (AID 074, CAMEO's "provide military
    protection or peacekeeping"); with no such purpose it stays a deployment (MOBILIZE 154)."""
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in") for c in tok.children):
        return None  # sent somewhere
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PROTECTING and _infinitive(c):
            return c
    return None


def _promised_harm(tok: Token, p: VerbPattern, lexicon: VerbLexicon, lang: str) -> VerbPattern:
    """A promise whose object is a hostile act ("promised a wave of suicide bombings", "vowed
    retaliation") is a threat (CAMEO 13x), as a vow to strike is."""
    for o in tok.children:
        if o.dep_ not in OBJ_DEPS or o.pos_ != "NOUN":
            continue
        for n in _counted(o):
            lem = _lemmas(n, lang)
            act = lexicon.match_noun(lem) or (lexicon.fallback.match_noun(lem) if lexicon.fallback else None)
            if act is not None and INTENT_CODES.get(act.event_type, ("",))[0] == "THREATEN":
                etype, code = _intent_code(act)
                return replace(p, event_type=etype, cameo=code)
    return p


def _amod_misparse(tok: Token) -> Token | None:
    """The subject of a finite verb the parser took for an adjective on the noun after it, with the
    noun phrase before it as an adverbial ("Azerbaijan massed troops along the border": "Azerbaijan"
    npadvmod of "massed", "massed" amod of "troops"; "Mali jailed opposition leaders"); the noun after
    it is then its object."""
    head = tok.head
    if tok.dep_ != "amod" or tok.pos_ != "VERB" or head.i <= tok.i \
            or any(t.dep_ != "compound" or t.head.i != head.i for t in tok.doc[tok.i + 1:head.i]) \
            or (tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–")):
        return None  # "a UN-patrolled buffer zone" is an adjective indeed
    subj = next((c for c in tok.children if c.dep_ == "npadvmod" and c.i < tok.i), None)
    if subj is None and head.i == tok.i + 1 and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and head.pos_ == "PROPN")):
        # "Trump hosted Erdogan in the White House": a past-tense verb between two names, the first
        # hung as a modifier on the second; "ECOWAS lifted sanctions": the noun hung as the first's object
        subj = next((c for c in head.children if c.i == tok.i - 1 and c.pos_ in ("PROPN", "NOUN")
                     and c.dep_ in ("nmod", "compound", "npadvmod")), None)
        if subj is None and head.head.i == tok.i - 1 and head.head.pos_ == "PROPN" and head.dep_ in ("dobj", "appos"):
            subj = head.head
    return subj


_LISTS = frozenset({"list", "blacklist", "register", "registry"})


def _list_left(prep: Token) -> list[tuple[str, Token]]:
    """"removed three groups from its list of terrorist organisations": the list an object leaves, as
    the second word "list" (only a list: "suspended Gabon from its activities" keeps "suspend")."""
    return [("list", g) for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _LISTS]


def _second_candidates(tok: Token, ments: _Mentions) -> list[tuple[str, Token]]:
    """The words that may complete a verb's pattern: particles, prepositions, objects and their
    modifiers (an actor's own words aside: "released an aid worker" is no release of aid)."""
    out: list[tuple[str, Token]] = []
    if _amod_misparse(tok) is not None:  # "Azerbaijan massed troops": the noun is the object
        out.extend(((tok.head.lemma_.lower(), tok.head), (tok.head.lower_, tok.head)))
    for c in tok.children:
        d = c.dep_
        if d in ("prt", "compound:prt", "prep", "advmod"):
            out.append((c.lower_, c))
            # "put its forces on high alert"; "withheld 130 million dollars in military aid"
            if d == "prep" and (c.lower_ in ("on", "under") or (c.lower_ == "in" and any(
                    o.dep_ in OBJ_DEPS and o.lemma_.lower() in MONEY_NOUNS for o in tok.children))):
                out.extend((g.lemma_.lower(), g) for g in c.children if g.dep_ == "pobj")
            elif d == "prep" and c.lower_ in ("to", "into", "onto") and not any(
                    o.dep_ in OBJ_DEPS for o in tok.children):  # "took to the streets", not "took the train to"
                pobjs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "into":  # any noun: "broke into the ministry's email network", "poured into the streets"
                    out.extend((g.lemma_.lower(), g) for g in pobjs)
                else:
                    out.extend(("street", g) for g in pobjs if g.lemma_.lower() == "street")
            elif d == "prep" and c.lower_ in ("from", "off") and any(o.dep_ in OBJ_DEPS for o in tok.children):
                out.extend(_list_left(c))
        elif d in OBJ_DEPS or d in PASSIVE_SUBJ or d in ("attr", "oprd"):
            out.append((c.lemma_.lower(), c))
            out.append((c.lower_, c))
            if c.pos_ == "NOUN" and (glued := _glued(c)) is not None:
                out.append((glued, c))  # "staged a sit-in"
            # "dismissed Putin's response as ...": the parser may hang the "as" phrase on the object
            out.extend(("as", g) for g in c.children if g.dep_ == "prep" and g.lower_ == "as")
            if c.lemma_.lower() in PARTITIVE_NOUNS:
                for n in _of_nouns(c):  # "tens of thousands of troops", "troops, tanks and artillery"
                    out.extend((w, g) for m in _counted(n) for g in (m, *m.conjuncts) for w in (g.lemma_.lower(), g.lower_))
            if d in OBJ_DEPS:  # the "from" phrase hung on the object ("removed two groups from the list")
                out.extend(x for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "off") for x in _list_left(p))
                # "turned the French offer down": a particle the parser hung on the object
                out.extend((g.lower_, g) for g in c.children if g.dep_ == "prt")
            # "raised its alert level", "signed a trade deal": the object's noun modifier
            if ments.at(c) is None:
                out.extend((g.lemma_.lower(), c) for g in c.children if g.dep_ in ("compound", "amod"))
            # "dispatched rescue teams and relief supplies": the coordinated objects
            if d in OBJ_DEPS:
                out.extend((w, g) for g in c.conjuncts if g.pos_ in ("NOUN", "PROPN") for w in (g.lemma_.lower(), g.lower_))
        elif d == "xcomp" and _infinitive(c) and any(o.dep_ in OBJ_DEPS for o in tok.children):
            out.append(("to", c))  # "told Moscow to withdraw": an addressee and an infinitive
        elif _small_clause(c) is not None:
            out.append((c.lemma_.lower(), c))  # "found two leaders guilty": the predicate
        elif d == "ccomp" and _infinitive(c) and not any(o.dep_ in OBJ_DEPS for o in tok.children):
            # "declared a ceasefire to allow voting": the parser makes the object the subject of the
            # purpose clause
            out.extend((w, g) for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN" and g.i < c.i
                       for w in (g.lemma_.lower(), g.lower_))
        elif d.startswith("obl") or d == "nmod":
            out.append((c.lemma_.lower(), c))
            for g in c.children:
                if g.dep_ == "case":
                    out.append((g.lower_, c))
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "mark" and nxt.pos_ in ("ADP", "SCONJ") and nxt.head.head.i == tok.i:
        # "called for Russia to reciprocate": the parser hangs "for" on the clause it opens
        out.append((nxt.lower_, nxt))
    if nxt is not None and nxt.dep_ == "quantmod" and nxt.lower_ in _PARTICLES and nxt.head.head.head.i == tok.i:
        # "handed over 32 prisoners": the parser reads "over 32" as "more than 32"
        out.append((nxt.lower_, nxt))
    return out


def _of_nouns(noun: Token) -> list[Token]:
    """The nouns of `noun`'s "of" / "de" phrase (a pobj under "of", or an nmod with case "de"); for a
    sum, its "in" phrase too ("$40 million in aid")."""
    out = []
    preps = ("of", "in") if noun.lemma_.lower() in MONEY_NOUNS else ("of",)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "du", "des") for g in c.children):
            out.append(c)
    return out


def _counted(noun: Token) -> list[Token]:
    """What a measure or count word stands for: the nouns of its "of" phrase ("a wave of bombings",
    "thousands of troops"); any other noun stands for itself."""
    return _of_nouns(noun) if noun.lemma_.lower() in PARTITIVE_NOUNS else [noun]


def _infinitive(tok: Token) -> bool:
    """Is `tok` a "to" infinitive ("to leave", "to demand")?"""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _participle(tok: Token) -> bool:
    """Is `tok` a bare present participle opening its clause ("..., demanding reforms")?"""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            return c
    for c in tok.children:  # "Wagner helped detain ...", "helped" misread as an auxiliary holding the subject
        if c.dep_ == "aux" and c.i < tok.i:
            for g in c.children:
                if g.dep_ in SUBJ_DEPS:
                    return g
    if tok.tag_ in ("VBD", "VBZ", "VBP"):
        # "Azerbaijan massed troops", "USAID halted aid": the name misread as an adverbial
        return next((c for c in tok.children if c.dep_ in ("npadvmod", "advmod") and c.i < tok.i
                     and (c.pos_ == "PROPN" or (c.text.isupper() and len(c.text) > 2))
                     and c.ent_type_ not in ("DATE", "TIME")), None)
    return None


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":  # English "by" phrase
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "obl:agent":
            return c
    if tok.lang_ == "en" and _is_passive(tok):
        # "asylum was granted to a lawmaker by Costa Rica": the parser hangs the "by" phrase on the noun
        # before it; a passive with no agent of its own takes it
        by = next((b for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                   for b in g.children if b.dep_ == "prep" and b.lower_ == "by" and b.i > g.i), None)
        if by is not None:
            return next((x for x in by.children if x.dep_ == "pobj"), None)
    return None


def _is_passive(tok: Token) -> bool:
    return any(
        c.dep_ in PASSIVE_SUBJ or c.dep_ in ("auxpass", "aux:pass", "agent", "obl:agent")
        for c in tok.children
    )


_ABSENCE_PREPS = frozenset({"without", "sans"})


class _Mentions:
    def __init__(self, mentions: list[ActorMention], offset: int):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.offset = offset

    def at(self, tok: Token) -> ActorMention | None:
        s = tok.idx + self.offset
        e = s + len(tok.text)
        for m in self.mentions:
            if m.start < e and m.end > s:
                return m
        return None

    def nearest(self, root: Token, exclude=(), block=(), avoid: Actor | None = None) -> ActorMention | None:
        """The mention nearest (in tree depth, then position) to `root` within its subtree, leaving out
        the subtree of `block` (a relative clause hanging on its antecedent), "without" phrases and
        mentions of `avoid`'s own side (the source, when looking for a target). Mentions inside a clause
        on a noun count as deeper ("an offer of talks from Seoul on reuniting families": Seoul)."""
        blocked_at = {b.i for b in block if b.i != root.i} if block else set()
        best: tuple[int, int, ActorMention] | None = None
        for t in root.subtree:
            m = self.at(t)
            if m is None or any(m is x for x in exclude):
                continue
            if avoid is not None and _self_directed(avoid, m.actor):
                continue
            depth, cur, blocked = 0, t, False
            while cur.i != root.i and cur.head.i != cur.i:
                if cur.i in blocked_at or (cur.dep_ == "prep" and cur.lower_ in _ABSENCE_PREPS):
                    blocked = True  # "without women at the table": who is absent is no argument
                    break
                if cur is not t and cur.pos_ == "VERB" and cur.dep_ in ("pcomp", "acl", "relcl"):
                    depth += 2  # inside a clause on the noun ("an offer of talks from Seoul on reuniting families")
                cur, depth = cur.head, depth + 1
            if blocked:
                continue
            key = (depth, t.i)
            if best is None or key < best[:2]:
                best = (depth, t.i, m)
        return best[2] if best else None


def _actor_key(a: Actor | None) -> str | None:
    if a is None:
        return None
    return a.code or a.name


def _same_side(a: Actor, b: Actor) -> bool:
    if a.country and b.country:
        return a.country == b.country
    return _actor_key(a) == _actor_key(b)


def _same_actor(a: Actor, b: Actor) -> bool:
    """One actor, not two: same code - except two differently named non-state groups that share a
    code (two armed movements of one country, MSA and GATIA, are both MLIREB). Bare agents
    ("rebels", code = sector) and states' actors are compared by code alone."""
    if _actor_key(a) != _actor_key(b):
        return False
    return not (a.name != b.name and a.sector not in STATE_SECTORS and b.sector not in STATE_SECTORS
                and a.code != a.sector and b.code != b.sector)


def _self_directed(a: Actor, b: Actor) -> bool:
    """An event from `a` to `b` would be a state acting on itself ("France sent French troops")."""
    if _actor_key(a) == _actor_key(b):
        return True
    return bool(a.country) and a.country == b.country and {a.sector, b.sector} <= STATE_SECTORS


def _controller(tok: Token) -> Token | None:
    """The verb whose subject (or object) a subjectless verb inherits: xcomp/conj/advcl/pcomp chains."""
    if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
        return tok.head
    if tok.dep_ == "acomp" and tok.head.i != tok.i:  # "it was ready to resume talks"
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return None


def _antecedent(node: Token) -> tuple[Token, Token] | None:
    """(antecedent noun, relative clause) when `node` is the relative pronoun of a relative clause."""
    clause = node.head
    if clause.dep_ in RELCL_DEPS and clause.head.i != clause.i and clause.i != node.i and (
        node.lower_ in REL_PRONOUNS or "PronType=Rel" in str(node.morph)
    ):
        return clause.head, clause
    return None


def _arg(node: Token, ments: _Mentions, exclude=(), avoid: Actor | None = None) -> ActorMention | None:
    """The mention standing for an argument; a relative pronoun stands for its antecedent (without
    looking into the relative clause itself)."""
    ant = _antecedent(node)
    if ant is not None:
        return ments.nearest(ant[0], exclude, block=(ant[1],), avoid=avoid)
    return ments.nearest(node, exclude, avoid=avoid)


def _is_pronoun(node: Token) -> bool:
    return node.lower_ in PERS_PRONOUNS and node.pos_ == "PRON"


def _governing_source(noun: Token, ments: _Mentions, lang: str, depth: int) -> ActorMention | None:
    """Source of the clause a noun phrase hangs on (through objects and prepositional phrases):
    "X and Y are closing in on a deal that would send ..." -> X. None when the noun is a subject."""
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in NOMINAL_UP:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX", "ADJ") or _subject(cur) is not None:
            m, _, _ = _find_source(cur, ments, lang, depth + 1)
            if m is not None or _subject(cur) is not None or cur.dep_ not in ("acomp", "attr"):
                return m
            # "X and Y are close to a deal": the adjective's copula holds the subject
    return None


def _pronoun_antecedent(tok: Token, ments: _Mentions, lang: str, depth: int) -> ActorMention | None:
    """A pronoun subject ("Russia said it would leave", "l'organisation qu'elle accuse") taken as the
    source of the clause its own clause hangs on. When that clause also names an object actor, an
    obligation is laid on the one told ("Mali told France it must leave": no source of its own), a
    plain statement is the teller's ("Italy notified Beijing that it is withdrawing")."""
    if tok.dep_ in RELCL_DEPS and tok.head.i != tok.i:
        return _governing_source(tok.head, ments, lang, depth)
    if tok.dep_ not in CLAUSE_UP or tok.head.i == tok.i:
        return None
    head = tok.head
    if _addressee(head, ments) and _obliged(tok, lang):
        return None
    m, _, _ = _find_source(head, ments, lang, depth + 1)
    return m


def _obliged(tok: Token, lang: str) -> bool:
    """Is the act of `tok` laid on its subject as a duty ("it must leave", "it had to withdraw")? French
    (no such modals listed) counts every told clause so."""
    if lang != "en":
        return True
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS["en"] for c in tok.children):
        return True
    if tok.lemma_.lower() in OBLIGATION_HEADS["en"] and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "if it has to turn to Moscow"
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBLIGATION_HEADS["en"]


def _earlier_subject(pron: Token, ments: _Mentions) -> ActorMention | None:
    """The antecedent of a pronoun subject whose clause the parse hangs on no clause with a source
    ("Rwanda said on Friday it was ready to ...", its clause attached to a later "told"): the nearest
    earlier subject of a reporting verb that names an actor; "it" and "they" never a person, "he" and
    "she" only a person or a title."""
    person = pron.lower_ in ("he", "she", "il", "elle")
    for t in reversed(list(pron.sent)[:pron.i - pron.sent.start]):
        if t.dep_ not in SUBJ_DEPS or _is_pronoun(t) or t.head.lemma_.lower() not in _ALL_REPORTING:
            continue
        m = ments.nearest(t)
        if m is not None and (m.kind == "person" or (person and m.kind == "agent")) == person \
                and (person or _agrees(pron, m, ments)):
            return m
    return None


def _agrees(pron: Token, m: ActorMention, ments: _Mentions) -> bool:
    """Can `pron` stand for `m`? "they" / "it" never for one person ("they need to ...," a senior
    official said: not the official)."""
    if pron.lower_ not in ("they", "it", "ils", "elles"):
        return True
    if m.kind == "person":
        return False
    span = pron.doc.char_span(m.start - ments.offset, m.end - ments.offset, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    while root.dep_ == "compound" and root.head.i != root.i:  # "State Department official"
        root = root.head
    return not ("Number=Sing" in str(root.morph) and root.lemma_.lower() in PERSON_TITLES)


def _addressee(verb: Token, ments: _Mentions) -> bool:
    """Does `verb` have an object naming an actor ("Mali told France it must leave": whose "it" is
    ambiguous)? Reporters told something are no such actor."""
    return _told(verb, ments) is not None


def _told(verb: Token, ments: _Mentions) -> ActorMention | None:
    """The actor a reporting verb's object names ("told France"), news media aside."""
    return next((m for c in verb.children if (c.dep_ in OBJ_DEPS or c.dep_ == "obl:arg")
                 and (m := ments.nearest(c)) is not None and m.actor.sector != "MED"), None)


# violence or accusation reported in the passive ("Israel said two soldiers were killed", "he said he was
# accused of ...") is often done to the speaker, not by it
_UNATTRIBUTED_TYPES = frozenset({"ASSAULT", "ACCUSE"})


def _reporting_head(clause: Token, lang: str) -> Token | None:
    """The reporting verb whose content `clause` is ("said [Islamabad must act]"), if any."""
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i \
            and clause.head.lemma_.lower() in REPORTING[lang]:
        return clause.head
    return None


def _agentless_passive(tok: Token) -> bool:
    """Is `tok` a passive with no agent ("troops were deployed", "the hostages were freed")?"""
    return _is_passive(tok) and _agent(tok) is None


def _reported_passive(tok: Token) -> bool:
    """Is `tok` a passive with no agent in the content clause of a reporting verb ("the ministry said
    aid had been delivered")?"""
    return (tok.dep_ == "ccomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in _ALL_REPORTING
            and _agentless_passive(tok))


def _descriptive_clauses(subj: Token) -> list[Token]:
    """Relative clauses that tell the subject's story rather than who it is ("Berisha, who was defeated
    as prime minister in 2013, rejected ..."): not where its actor is; a copular one ("Smith, who is
    France's foreign minister") names it and stays."""
    return [c for c in subj.children if c.dep_ in RELCL_DEPS and c.lemma_.lower() not in ("be", "être")
            and not any(g.dep_ == "cop" for g in c.children)]


# verbs whose object feels what the subject caused ("the move angered Beijing", "a irrité Paris")
EXPERIENCER_VERBS = {
    "en": frozenset("anger outrage infuriate enrage incense irritate irk annoy alarm dismay upset displease "
                    "antagonize antagonise".split()),
    "fr": frozenset("irriter agacer indigner scandaliser outrer exaspérer ulcérer fâcher".split()),
}


def _noun_owner(noun: Token) -> Token | None:
    """Whose a noun is: its possessor ("Russia's decision") or its "by" phrase ("the decision by Russia")."""
    for ch in noun.children:
        if ch.dep_ in ("poss", "nmod:poss"):
            return ch
        if ch.dep_ == "prep" and ch.lower_ == "by":
            return next((g for g in ch.children if g.dep_ == "pobj"), None)
    return None


def _experiencer(tok: Token, ments: _Mentions, lang: str) -> ActorMention | None:
    """The actor an active verb of feeling has as its object: the one who disapproves."""
    if tok.lemma_.lower() not in EXPERIENCER_VERBS.get(lang, ()) or _is_passive(tok):
        return None
    return next((m for ch in tok.children if (ch.dep_ in OBJ_DEPS or (ch.dep_ == "npadvmod" and ch.i > tok.i))
                 and (m := ments.nearest(ch)) is not None), None)  # "alarmed Washington", misread as an adverbial


def _felt_by(tok: Token, ments: _Mentions, lang: str) -> tuple[ActorMention, ActorMention | None] | None:
    """(source, target) of a feeling told as a participle ("Ottawa is deeply disappointed by New
    Delhi's decision", "Mali was dismayed at the French move", "said it was frustrated by ..."): the
    one who feels it disapproves, and its "by" / "with" / "at" / "over" phrase names whom of; None
    where no such phrase or no one feels it."""
    objs = [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in _FELT_PREPS
            for g in c.children if g.dep_ == "pobj"]
    objs += [c for c in tok.children if c.dep_ == "obl:agent" or (c.dep_ in ("obl", "obl:arg", "obl:mod") and any(
        g.dep_ == "case" and g.lower_ in _FELT_PREPS for g in c.children))]  # « déçu par la décision »
    if not objs:
        return None
    # "Mali was disappointed", « le Mali s'est dit déçu »: the subject of the copula or the verb of saying
    clause = tok.head if tok.dep_ in ("acomp", "xcomp") and tok.head.i != tok.i else tok
    holder = next((c for c in clause.children if c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ), None)
    if holder is None:
        return None
    who = _pronoun_antecedent(clause, ments, lang, 0) if _is_pronoun(holder) else ments.nearest(holder)
    if who is None:
        return None
    return who, next((m for g in objs if (m := _arg(g, ments, (who,))) is not None), None)


_FELT_PREPS = frozenset({"by", "with", "at", "over", "about", "par", "de"})


def _find_source(
    tok: Token, ments: _Mentions, lang: str, depth: int = 0
) -> tuple[ActorMention | None, bool, Token | None]:
    """(mention, direct?, subject token) for a verbal trigger."""
    if depth > 4:
        return (None, False, None)
    if _garden_path(tok, ments):  # "Boko Haram fighters abducted 30 villagers, officials said"
        m = ments.nearest(tok.head, block=(tok,))
        return (m, m is not None, tok.head)
    if _noun_conjunct(tok):  # "protesters in Eswatini torched shops and blocked roads": "blocked" hung on "protesters"
        m = ments.nearest(tok.head, block=(tok,))
        return (m, m is not None, tok.head)
    if tok.dep_ == "acl" and _infinitive(tok):
        main = next((t for t in tok.head.children if t.dep_ == "acl" and t.i < tok.i and _garden_path(t, ments)), None)
        if main is not None:  # "Qatar's emir offered on Sunday to host talks": both hung on "emir"
            m, _, s = _find_source(main, ments, lang, depth + 1)
            return (m, False, s)
        if tok.head.pos_ == "NOUN" and ments.at(tok.head) is None and (owner := _noun_owner(tok.head)) is not None \
                and (m := ments.nearest(owner)) is not None:
            return (m, False, owner)  # "Washington's decision to impose tariffs": the decision's owner acts
    if (subj := _amod_misparse(tok)) is not None:  # "Azerbaijan massed troops along its border"
        m = ments.nearest(subj)
        return (m, m is not None, subj)
    agent = _agent(tok)
    if agent is not None:
        m = _arg(agent, ments)
        return (m, True, agent) if m else (None, False, agent)
    subj = _subject(tok)
    if subj is not None:
        ant = _antecedent(subj)
        if ant is not None:  # "the deal that would send ...", "le Mali, qui a rompu avec ..."
            m = ments.nearest(ant[0], block=(ant[1],))
            if m is not None:
                return (m, True, subj)
            return (_governing_source(ant[0], ments, lang, depth), False, subj)
        m = ments.nearest(subj, block=_descriptive_clauses(subj))
        if m is None and _is_pronoun(subj):
            m = _pronoun_antecedent(tok, ments, lang, depth)
            if m is not None and not _agrees(subj, m, ments):
                m = None
            if m is None and not _addressee(tok.head, ments):
                m = _earlier_subject(subj, ments)
            return (m, False, subj)
        if m is not None and not m.actor.country and m.actor.sector in STATE_SECTORS - {None} and any(
                c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in POSS_PRONOUNS for c in subj.children):
            # "Petro said his government would ...": the possessor is the speaker's state
            owner = _pronoun_antecedent(tok, ments, lang, depth)
            if owner is not None and owner.actor.country:
                a = owner.actor
                return (ActorMention(m.start, m.end, Actor(m.actor.text, f"{a.country} {m.actor.name}",
                                                           a.country + m.actor.sector, a.country,
                                                           m.actor.sector), "agent"), False, subj)
        return (_first_modifier(subj, ments, m), True, subj)
    if _is_passive(tok):
        return (None, False, None)
    cur = tok
    for _ in range(4):
        ctrl = _controller(cur)
        if ctrl is None:
            break
        if cur.dep_ == "xcomp" or (cur.dep_ == "pcomp" and cur.head.lower_ not in ADVERBIAL_PREPS):
            # object control: "urged France to leave", "accused France of arming"; in the passive the
            # controller is the passive subject ("Russia was accused by France of ..."); not through
            # a time or manner phrase ("told troops to leave the country after scrapping the accord")
            ctrl_passive = _is_passive(ctrl)
            for c in ctrl.children:
                if (
                    (c.dep_ in ("dobj", "obj") or (ctrl_passive and c.dep_ in PASSIVE_SUBJ))
                    and c.i < cur.i
                    and c.lower_ not in TIME_WORDS
                    and ctrl.lemma_.lower() not in _ALL_REPORTING
                ):
                    # the object is the subject, even with no actor ("urged the parties to talk")
                    m = _arg(c, ments)
                    if m is None and ctrl_passive and _is_pronoun(c):  # "where he is expected to sign"
                        m = _pronoun_antecedent(ctrl, ments, lang, depth)
                        m = m if m is not None and _agrees(c, m, ments) else None
                    return (m, False, c)
                if c.dep_ in OBJ_DEPS and c.i < cur.i:
                    m = ments.nearest(c)
                    if m:
                        return (m, False, c)
                if (
                    lang == "fr"
                    and c.dep_ in ("obl:arg", "obl", "iobj")
                    and c.i < cur.i
                    and ctrl.lemma_.lower() not in SUBJECT_CONTROL_FR
                    and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)
                ):  # "demander à la France de partir": the "à" phrase
                    return (_arg(c, ments), False, c)
        s = _agent(ctrl) or _subject(ctrl)
        if s is not None:
            m, _, _ = _find_source(ctrl, ments, lang, depth + 1)
            return (m, False, s)
        if ctrl.pos_ == "NOUN" and cur.dep_ == "pcomp" and (
                ctrl.lemma_.lower() in STRATEGY_NOUNS
                or any(c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS for c in ctrl.children)):
            # "began its strategy of forging alliances": the source of the clause the noun hangs on
            m = _governing_source(ctrl, ments, lang, depth)
            if m is not None:
                return (m, False, None)
        cur = ctrl
    if tok.dep_ == "acl" and tok.head.i != tok.i:
        noun = tok.head  # "has no plans to negotiate": the subject of the verb owning "plans"
        if noun.dep_ in OBJ_DEPS and not _is_passive(noun.head):
            s = _subject(noun.head)
            if s is not None:
                return (ments.nearest(s), False, s)
        elif noun.dep_ in PASSIVE_SUBJ and (a := _agent(noun.head)) is not None:
            # "an offer to resume talks was made by Thailand's prime minister": the passive's agent
            return (_arg(a, ments), False, a)
    if cur is not tok and cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ == "NOUN":
        # "Russia's visit aimed at deepening ties", "talks designed to end the war": the noun's own
        # actor (its possessor or modifier, not the "to Mali" it is aimed at), else the source of the
        # clause the noun hangs on
        noun = cur.head
        own = (ments.nearest(ch) for ch in noun.children if ch.dep_ in _NOUN_MODS and ch.lower_ not in POSS_PRONOUNS)
        m = next((x for x in own if x is not None), None) or _governing_source(noun, ments, lang, depth)
        return (m, False, None)
    return (None, False, None)


def _first_modifier(noun: Token, ments: _Mentions, m: ActorMention | None) -> ActorMention | None:
    """Of coordinated modifiers sharing a head ("Indian and Chinese soldiers"), the first is the
    source, as with coordinated subjects; else `m`."""
    if m is None:
        return m
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children):
            first = ments.at(c)
            if first is not None and first is not m and first.start < m.start:
                return first
    return m


def _noun_conjunct(tok: Token) -> bool:
    """Is `tok` a finite verb with no subject that the parser coordinated with the noun before it?
    No noun and finite verb are coordinate: the noun is the verb's subject, its first verb misread
    ("protesters in Eswatini torched shops and blocked roads")."""
    return (tok.lang_ == "en" and tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP")
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
            and not any(c.dep_ in SUBJ_DEPS for c in tok.children))


def _garden_path(tok: Token, ments: _Mentions | None = None) -> bool:
    """Is `tok` a main verb the parser took for a reduced relative on the noun before it? It follows
    that noun, which is another verb's subject or the sentence's root ("fighters abducted 30 villagers,
    officials said"; "the coalition called on Sall to step aside"), and it has a direct object (or the
    "on ... to" of an appeal), which a passive participle would not."""
    head = tok.head
    appeal = any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children) and (
        any(c.dep_ == "xcomp" for c in tok.children)  # "... called on Sall to step aside"
        or (head.dep_ == "ROOT" and any(  # with the "to" clause hung on the root noun
            t.i > tok.i and t.head.i == head.i and _infinitive(t)
            for t in tok.sent)))
    active = any(c.dep_ in ("dobj", "obj") for c in tok.children) or appeal
    if not (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and head.i == tok.i - 1
            and head.pos_ in ("NOUN", "PROPN") and (head.dep_ in SUBJ_DEPS or head.dep_ == "ROOT")):
        return False
    if active:
        return True
    verb = head.head
    if head.dep_ in SUBJ_DEPS and verb.lemma_.lower() in _ALL_REPORTING and any(
            c.dep_ in SUBJ_DEPS and c.i > tok.i for c in verb.children):
        return True  # "Brazil's foreign minister conferred with ..., the palace said": two subjects of "said"
    # a full sentence (it ends with a stop) has a finite verb: where the parser found none and took the
    # verb after the root noun for a participle on it ("Brazil's foreign minister conferred by telephone
    # with ...", "Qatar's emir offered to host talks"), that verb is the main one, unless an actor is
    # named in its "by" phrase (a true passive)
    last = tok.sent[-1] if tok.sent[-1].text.strip() else tok.sent[-2]
    return head.dep_ == "ROOT" and last.text in (".", "!", "?") and (ments is None or not any(
        ments.at(g) is not None for c in tok.children if c.dep_ == "agent" for g in c.children))


def _find_target(
    tok: Token, ments: _Mentions, lang: str, exclude, avoid: Actor | None = None, located: bool = False
) -> tuple[ActorMention | None, bool]:
    """Target of a verbal trigger: its object (a relative pronoun standing for its antecedent), else a
    prepositional phrase; never a mention of the source's own side (`avoid`). With `located` (a
    protest), a place after "in" / "à" / "dans" is where the act happened, not its target."""
    ranked: list[tuple[int, Token]] = []
    places: set[int] = set()  # nodes after "in" / "dans": where the act happened, if not whom it aims at
    passive = _is_passive(tok)
    for c in tok.children:
        d = c.dep_
        if d in OBJ_DEPS or (passive and d in PASSIVE_SUBJ):
            ranked.append((0, c))
        elif d == "prep" and c.lower_ not in HEARSAY_PREPS["en"]:
            p = c.lower_
            rank = 1 if p in PREP_PRIMARY["en"] else 2 if p in PREP_SECONDARY["en"] else \
                _CIRCUMSTANCE_RANK if p in CIRCUMSTANCE_PREPS["en"] else 3
            # an "as" phrase is a predicate ("designated the group as terrorists"), never the target
            if not (located and p in LOCATION_PREPS) and p != "as":
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        ranked.append((rank, g))
                        if p in IN_PLACE_PREPS:
                            places.add(g.i)
                    elif g.dep_ == "prep":  # "pull out of X"
                        for gg in g.children:
                            if gg.dep_ == "pobj":
                                ranked.append((rank, gg))
        elif (d.startswith("obl") and d != "obl:agent") or (d == "nmod" and lang == "fr"):
            cases = [g.lower_ for g in c.children if g.dep_ == "case"]
            if located and any(x in LOCATION_PREPS for x in cases) and (m := ments.at(c)) is not None \
                    and m.kind in PLACE_KINDS:
                continue
            if any(x in HEARSAY_PREPS["fr"] for x in cases):
                continue
            if any(x in IN_PLACE_PREPS for x in cases):
                places.add(c.i)
            if any(x in CIRCUMSTANCE_PREPS["fr"] for x in cases):
                ranked.append((_CIRCUMSTANCE_RANK, c))
            elif any(x in PREP_PRIMARY["fr"] for x in cases):
                ranked.append((1, c))
            elif any(x in PREP_SECONDARY["fr"] for x in cases) or not cases:
                ranked.append((2, c))
    ranked.extend((0, subj) for c in tok.children if (subj := _small_clause(c)) is not None)
    if tok.dep_ == "acl" and tok.head.i != tok.i and not _garden_path(tok, ments):
        ranked.append((1, tok.head))  # "the troops deployed in Mali": the modified noun
    elif _amod_misparse(tok) is not None:  # "Trump hosted Erdogan": the noun it was hung on is its object
        ranked.append((0, tok.head))
    ranked.sort(key=lambda x: (x[0], x[1].i))
    ranked = [(r, c) for r, c in ranked if not _pronoun_possessed_force(c, ments)]
    hits = [(rank, m) for rank, c in ranked if (m := _arg(c, ments, exclude, avoid=avoid)) is not None
            and (rank != _CIRCUMSTANCE_RANK or m.actor.country is not None)]
    for rank, m in hits:
        if not (rank == 0 and avoid is not None and _bare_force(m.actor)):
            return m, True
    if hits:  # only a bare force as object ("killed soldiers"): it is the target
        return hits[0][1], True
    if avoid is not None:  # only the source's own side: keep it (the pipeline drops such an event) ...
        for rank, c in ranked:
            m = _arg(c, ments, exclude) if rank != _CIRCUMSTANCE_RANK else None
            if m is not None and not (m.kind in PLACE_KINDS and (c.i in places or _placed(m, c, ments))):
                return m, True  # ... unless it is only the place: "police arrested 20 people in India",
    return None, False            # "held talks in New Delhi"


def _placed(m: ActorMention, root: Token, ments: _Mentions) -> bool:
    """Is `m`, below `root`, named as a place ("talks in New Delhi", "des pourparlers à Alger")?"""
    for t in root.subtree:
        if ments.at(t) is not m:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in IN_PLACE_PREPS:
            return True
        if t.dep_ in ("obl", "obl:mod", "nmod") and any(g.dep_ == "case" and g.lower_ in IN_PLACE_PREPS
                                                          for g in t.children):
            return True
    return False


_VENUE_PREPS = frozenset({"at", "during", "on"})


def _at_venue(m: ActorMention, root: Token, ments: _Mentions) -> bool:
    """Is `m`, below `root`, only the forum of the act: "at the BRICS summit", "during the UN General
    Assembly", "on the sidelines of the G20"?"""
    for t in root.subtree:
        if ments.at(t) is not m:
            continue
        cur = t
        while cur.i != root.i and cur.head.i != cur.i:
            if cur.dep_ == "pobj" and cur.head.lower_ in _VENUE_PREPS and (
                    cur.head.lower_ != "on" or cur.lower_ == "sidelines"):
                return True
            cur = cur.head
    return False


_FORCE_SECTORS = frozenset({"MIL", "PMC"})


def _bare_force(a: Actor) -> bool:
    """"troops", "soldiers", "mercenaries" with no country of their own: as the object of an act with a
    source, usually the source's own forces ("Russia sent troops to Mali"), so a place or actor in a
    prepositional phrase is the better target."""
    return a.country is None and a.sector in _FORCE_SECTORS and a.code == a.sector


def _pronoun_possessed_force(node: Token, ments: _Mentions) -> bool:
    """"its troops", "ses soldats", "his fighters": the source's own forces, never the act's target."""
    m = ments.at(node)
    fighters = m is not None and m.kind == "agent" and m.actor.sector == "REB" and m.actor.country is None
    return m is not None and (_bare_force(m.actor) or fighters) and any(
        (c.dep_ in ("poss", "nmod:poss") and c.lower_ in POSS_PRONOUNS) or (c.dep_ == "det" and "Poss=Yes" in str(c.morph))
        for c in node.children)


def _complement_target(tok: Token, ments: _Mentions, source: ActorMention | None, exclude):
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ in ("of", "about")):
            best = None
            for t in c.subtree:
                m = ments.at(t)
                if m is None or any(m is x for x in exclude):
                    continue
                if source is not None and _same_side(m.actor, source.actor):
                    continue
                if _pronoun_possessed_force(t, ments) or (_bare_force(m.actor) and source is not None):
                    continue  # "offered to send troops to Mali": the troops are the source's own
                best = m
                break
            if best is not None:
                return best
    return None


def _speaker(tok: Token, lang: str, ments: _Mentions) -> ActorMention | None:
    """Speaker of the reported speech that `tok` stands in, if any."""
    rep = REPORTING[lang]
    # "..., a déclaré le ministre" / "..., the minister said" attached below the trigger
    for c in tok.children:
        if c.dep_ in ("parataxis", "ccomp", "parataxis:insert") and c.lemma_.lower() in rep:
            s = _subject(c)
            if s is not None:
                return ments.nearest(s)
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj", "parataxis", "xcomp", "advcl") or cur.head.i == cur.i:
            return None
        head = cur.head
        if head.lemma_.lower() in rep or head.lower_ in rep:
            s = _subject(head) or _agent(head)
            return ments.nearest(s) if s is not None else None
        cur = head
    return None


def _negated(tok: Token, lang: str) -> bool:
    if lang == "fr" and tok.pos_ in ("VERB", "AUX") and _only(tok):
        return False  # "ne coopère qu'avec le Niger": only, not never
    neg = NEG_WORDS[lang]
    cur = tok
    for _ in range(3):
        for c in cur.children:
            if c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("advmod", "neg", "det", "advmod:neg")):
                return True
            if c.dep_ in OBJ_DEPS or c.dep_ in PASSIVE_SUBJ or c.dep_ in SUBJ_DEPS:
                if any(g.dep_ == "det" and g.lower_ in NEG_DETS for g in c.children):
                    return True
            if c.pos_ in ("NOUN",) and c.dep_ == "advmod" and c.lower_ in neg:
                return True
        if tok.pos_ == "NOUN":
            return False
        if cur.dep_ == "acl" and any(g.dep_ == "det" and g.lower_ in NEG_DETS for g in cur.head.children):
            return True
        if cur.dep_ == "xcomp" and cur.head.i != cur.i:
            cur = cur.head  # "did not want to negotiate", "ne veut pas négocier"
        else:
            break
    return False


def _hypothetical(tok: Token, lang: str, allegation_heads: set[int]) -> bool:
    modals = MODALS[lang]
    heads = HYPO_HEADS[lang]
    if "Mood=Cnd" in str(tok.morph):
        return True
    for c in tok.children:
        lem = c.lemma_.lower()
        if c.dep_.startswith("aux") and (lem in modals or c.lower_ in modals or "Mood=Cnd" in str(c.morph)):
            return True
        if (c.dep_ == "mark" and c.lower_ in COND_MARKS) or (c.lower_ == "s'" and _condition_mark(c)):
            return True
        if c.dep_ in ("amod", "advmod") and c.lower_ in HYPO_MODIFIERS:
            return True
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in PLAN_NOUNS:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in (OBJ_DEPS | PASSIVE_SUBJ) and tok.head.lemma_.lower() in heads:
        return True  # "talks are planned", "envisage un retrait"
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        dep, head = cur.dep_, cur.head
        if dep in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "acl", "obj", "dobj", "nmod") and (
            head.i in allegation_heads
        ):
            return True
        if dep in ("xcomp",) and (head.lemma_.lower() in heads or head.lemma_.lower() in modals):
            return True
        if dep == "xcomp" and "Mood=Cnd" in str(head.morph):
            return True
        if dep in ("xcomp", "conj", "advcl", "ccomp"):
            if any(c.dep_ == "mark" and c.lower_ in COND_MARKS for c in head.children) and dep != "ccomp":
                return True
            cur = head
            continue
        if dep in ("pcomp", "pobj", "prep"):
            cur = head
            continue
        break
    return False


def extract_events(
    sent: Span,
    mentions: list[ActorMention],
    *,
    lang: str,
    lexicon: VerbLexicon,
    ontology: Ontology,
    doc_offset: int = 0,
    keep_actorless: bool = False,
    actorless_types: frozenset[str] = frozenset(),
) -> list[EventCandidate]:
    """Events in one parsed sentence. See the module docstring for the rules.

    `keep_actorless` keeps triggers with neither source nor target (the caller may know their source,
    e.g. the speaker of the quotation they stand in), `actorless_types` those of these event types
    only (the caller may know who protests where); by default they are dropped. A sentence where
    `lexicon` codes nothing is tried again with its wider `fallback` lexicon, if it has one."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}")
    found = _extract(sent, mentions, lang, lexicon, ontology, doc_offset, keep_actorless, actorless_types)
    if not found and lexicon.fallback is not None:
        found = _extract(sent, mentions, lang, lexicon.fallback, ontology, doc_offset, keep_actorless,
                         actorless_types)
    return found


def _extract(sent: Span, mentions: list[ActorMention], lang: str, lexicon: VerbLexicon, ontology: Ontology,
             doc_offset: int, keep_actorless: bool, actorless_types: frozenset[str]) -> list[EventCandidate]:
    ments = _Mentions(list(mentions), doc_offset)
    rep = REPORTING[lang]
    cands: list[_Cand] = []
    consumed: set[int] = set()
    purposes: set[int] = set()

    # 1. verbal triggers
    for tok in sent:
        if not (_is_verbal(tok) or _misparsed_fr_verb(tok, lang)) or ments.at(tok) is not None:
            continue  # a verb inside an actor mention ("hommes armés") is part of a name, not an act
        lemmas = _lemmas(tok, lang)
        reporting = any(x in rep for x in lemmas[:1])
        seconds = _second_candidates(tok, ments)
        p = lexicon.match(lemmas, [s for s, _ in seconds], _has_reflexive(tok))
        if reporting and p is not None and p.second is None:
            p = None  # a reporting verb is an event only with its object ("declared a ceasefire")
        if p is None and not reporting:
            p = _jointly(tok, lang) or _joint_object(tok, lang) or _incursion(tok, ments, lang)
        if p is None:
            continue
        if lang == "en" and p.lemma in ("maintain",) and any(c.dep_ == "ccomp" for c in tok.children):
            continue
        if lang == "en" and p.lemma == "seek" and p.second is None and not any(c.dep_ in OBJ_DEPS for c in tok.children) \
                and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "sought to rally its partners against Ankara": an attempt at the act, no request
        if tok.lower_ in PLEASED_ADJS and tok.pos_ == "VERB" and not _is_passive(tok):
            continue  # "the minister pleased nobody": no feeling told
        if lang == "en" and p.lemma in DESCRIPTIVE_PARTICIPLES and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            continue  # "a mob armed with machetes": what they carry, not an arms delivery
        if p.mode == "release" and p.second is None and p.lemma in INTRANSITIVE_SENSES and not any(
                c.dep_ in OBJ_DEPS or c.dep_ in PASSIVE_SUBJ for c in tok.children):
            continue  # "the Russians have returned": coming back, not handing anything back
        if p.lemma in FIGURATIVE_OBJECTS and any(
                g.lemma_.lower() in FIGURATIVE_OBJECTS[p.lemma]
                for c in [*tok.children, *([tok.head] if tok.dep_ == "acl" else [])]
                if c.dep_ in OBJ_DEPS or c.dep_ in PASSIVE_SUBJ or c.i == tok.head.i != tok.i
                or (c.dep_ == "prep" and c.lower_ == "as")
                for g in (c.children if c.dep_ == "prep" else [c])):
            continue  # "seize the opportunity", "saisir l'occasion", "a report released on Friday"
        if lang == "en" and p.lemma == "call" and p.second is None and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (c.dep_ == "dobj" and c.lower_ in REFLEXIVE_EN)
                for c in tok.children):
            continue  # naming ("a cell calling itself ...", "called the plan a mistake"), not a phone call
        if lang == "fr" and p.lemma == "soutenir" and any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "soutenir que" = to claim
        # what the object is decides the act (rewrites of the matched pattern)
        if lang == "en" and p.lemma in RESPONSE_VERBS and p.second is None and not _hostile_response(tok, lexicon, lang):
            continue  # "responded to the criticism": no use of force
        if lang == "en" and p.lemma in EXPLODING_VERBS and not _explosive_subject(tok):
            continue  # "tensions exploded", "the alarm went off": no bombing
        if lang == "en" and p.lemma == "hand" and p.second in ("over", "in"):
            p = _handover(tok, p, surrendered=p.second == "in")
            if p.second == "in" and p.event_type == "AID":
                continue  # "handed in his resignation": nothing given to anyone
        if lang == "en" and _left_talks(tok, p):
            p = replace(p, event_type="SANCTION", mode="negotiate", cameo="164")
        if lang == "en" and p.event_type == "CONSULT" and p.mode == "visit":
            p = _delivery(tok, p)
            if p.event_type == "CONSULT" and p.lemma in _MOTION_VERBS:
                p = _arrival(tok, p, ments)
                if p is None:
                    continue  # "thousands of refugees arrived in Italy": no act of state
        if lang == "en" and p.event_type == "MOBILIZE" and p.cameo == "154" and (aim := _protecting(tok)) is not None:
            p = replace(p, event_type="AID", mode="protection", cameo="074")
            purposes.add(aim.i)  # its purpose is part of it: no second event
        if p.event_type == "AGREE" and p.mode is None and p.second is None:
            p = _promised_harm(tok, p, lexicon, lang)
        second_tok = next((t for s, t in seconds if s == p.second), None) if p.second else None
        if second_tok is not None:
            consumed.add(second_tok.i)
            p = _exercise(tok, p, second_tok)
        cands.append(_Cand(tok, p, second_tok))
    cands = [c for c in cands if c.tok.i not in purposes]
    verb_idx = {c.tok.i for c in cands}
    for c in cands:
        for ch in c.tok.children:
            if (ch.dep_ in OBJ_DEPS or ch.dep_ in PASSIVE_SUBJ) and not _own_actor(ch, ments):
                consumed.add(ch.i)

    # 2. nominal triggers
    for tok in sent:
        if (tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and hyphen_pair(tok))) or tok.i in consumed \
                or tok.i in verb_idx:  # "a Russia-Africa Summit": a titled event noun
            continue
        if tok.pos_ == "NOUN" and (m := ments.at(tok)) is not None and m.kind == "agent":
            continue  # a noun inside an agent's name ("a British aid worker", "protest leaders") is no act
        p = _joint_act(tok, lang) or lexicon.match_noun(_lemmas(tok, lang)) or _labour_strike(tok, lang) \
            or _at_war(tok, lang) \
            or _show_of_force(tok, lang) or _deverbal(tok, lexicon, lang)
        if p is not None:
            cands.append(_Cand(tok, p, None))

    cands = [c for c in cands if not _figurative(c) and not _posed(c) and not _breached(c) and not _out_of_business(c)
             and not _stopping_verb(c, lang)
             and not (c.tok.lower_ in FEELING_ADJS and c.tok.dep_ in ("acl", "amod"))]  # "protesters angered by ..."
    for c in cands:
        _verbal_attack(c)
    # "barred the envoy from entering the country": what a ban keeps from happening is no act
    barring = {c.tok.i for c in cands if c.pattern.event_type in _BARRING_TYPES and not c.pattern.noun}
    cands = [c for c in cands if not (c.tok.dep_ == "pcomp" and c.tok.head.lower_ == "from"
                                      and c.tok.head.head.i in barring)]

    allegation_heads = {
        c.tok.i for c in cands if c.pattern.event_type == "ACCUSE" or c.pattern.mode == "deny"
    }

    # 3. arguments and flags
    for c in cands:
        tok = c.tok
        if c.pattern.noun:
            _noun_args(c, ments, lang)
            if c.source is not None and c.pattern.event_type in SYMMETRIC_TYPES:
                _shared_head_pair(c, sent, ments)
        elif _misparsed_fr_verb(tok, lang):  # no tree to read: the actors on either side
            c.source, c.target = _linear_args(tok, sent, ments)
            c.source_direct = c.target_direct = True
        else:
            src, direct, subj = _find_source(tok, ments, lang)
            c.source, c.source_direct = src, direct
            if (felt := _experiencer(tok, ments, lang)) is not None:
                # "Russia's decision angered Washington": the one angered disapproves of the cause
                c.source, c.target, c.source_direct, c.target_direct = felt, src, True, direct
            if tok.lower_ in FEELING_ADJS and (felt := _felt_by(tok, ments, lang)) is not None:
                c.source, c.target, c.source_direct, c.target_direct = felt[0], felt[1], True, True
            if c.pattern.event_type in STATEMENT_TYPES:
                own_subj = _subject(tok)
                if src is None and (own_subj is None or ments.nearest(own_subj) is None):
                    spk = _speaker(tok, lang, ments)
                    if spk is not None:
                        c.source, c.source_direct = spk, False
            if _stative_commitment(c):  # "Mali is committed to cooperating": the committed one's intent
                holder = next((m for ch in tok.children if ch.dep_ in PASSIVE_SUBJ
                               and (m := ments.nearest(ch)) is not None), None)
                if holder is not None:
                    c.source, c.source_direct, c.target = holder, True, None
            if c.source is None and (moved := _mobilised_force(c, ments)) is not None:
                c.source, c.source_direct = moved, True  # "Kenyan police were put on high alert"
            if c.source is None and (captor := _captor(c, ments)) is not None:
                c.source, c.source_direct = captor, False  # "journalists held by rebels were freed"
            if c.source is None and (host := _summoner(c, ments)) is not None:
                c.source, c.source_direct = host, False  # "the ambassador was summoned to the foreign ministry"
            if c.source is None and c.pattern.event_type not in _UNATTRIBUTED_TYPES and _reported_passive(tok):
                # "Iran said an agreement had been reached with Iraq": the speaker's own act
                spk, _, _ = _find_source(tok.head, ments, lang)
                if spk is not None:
                    c.source, c.source_direct = spk, False
            symmetric = c.pattern.event_type in SYMMETRIC_TYPES or (c.pattern.event_type, c.pattern.mode) in SYMMETRIC_MODES \
                or tok.lemma_.lower() in RECIPROCAL_VERBS
            if symmetric and c.source is None:  # "un accord a été signé entre le Mali et la Russie"
                _between_args(c, tok, ments)
            excl = (c.source,) if c.source else ()
            avoid = c.source.actor if c.source else None
            if c.pattern.event_type == "REQUEST" and (
                    (c.source is not None and c.source_direct
                     and (c.source.actor.text.lower().split() or [""])[-1] in PROTESTER_WORDS)
                    or (subj is not None and subj.lemma_.lower() in PROTEST_NOUNS)
                    or (tok.dep_ == "acl" and tok.head.lemma_.lower() in PROTEST_NOUNS)):
                c.pattern = replace(c.pattern, event_type="PROTEST", mode="demonstrate", cameo="141")
            if c.target is None:
                c.target, c.target_direct = _find_target(tok, ments, lang, excl, avoid,
                                                         located=c.pattern.event_type in LOCATED_TYPES)
            if c.target is None and c.pattern.event_type in COMPLEMENT_TARGET_TYPES:
                c.target = _complement_target(tok, ments, c.source, excl)
            if symmetric and c.target is not None and c.source is not None and subj is not None \
                    and ((c.target.kind in PLACE_KINDS and _placed(c.target, tok, ments)) or _at_venue(c.target, tok, ments)
                         or c.target.actor.country is None or c.target.actor.country == c.source.actor.country) \
                    and _partner(subj, ments, c.source) is not None:
                # "Sudan and South Sudan held talks in Addis Ababa", "Modi and Xi met at the BRICS summit":
                # the partner, not the venue; "Canada and Mexico inked a memorandum on farm workers",
                # "Italy and Albania began jointly processing migrants": the partner, not the people the
                # act is about
                c.target = None
            if c.target is None and symmetric and c.source is not None and subj is not None:
                # "Mali and Russia signed a pact", "leaders from France and Russia will meet"
                c.target = _partner(subj, ments, c.source)
                c.target_direct = c.target is not None
                if c.target is not None and c.target.start < c.source.start:  # first conjunct = source
                    c.source, c.target = c.target, c.source
        if c.target is None and c.pattern.event_type in _RESPONDING_TYPES:
            c.target = _provoker(c, sent, ments)  # "put warplanes on standby in response to Russia's build-up"
        if c.source and c.target and _same_actor(c.source.actor, c.target.actor):
            c.target, c.target_direct = None, False
        if c.pattern.event_type == "MOBILIZE" and c.target is not None and _bare_force(c.target.actor) \
                and any((ch.dep_ in OBJ_DEPS or ch.dep_ in PASSIVE_SUBJ) and ments.at(ch) is c.target
                        for ch in tok.children):
            c.target, c.target_direct = None, False  # "massed troops": the forces mobilised, no target
        if not c.pattern.noun and _misparsed_fr_verb(tok, lang):  # told by the words, not the tree
            c.negated = tok.i > sent.start and tok.nbor(-1).lower_ in ("ne", "n'")
            c.hypothetical = False
            continue
        c.negated = _negated(tok, lang)
        c.hypothetical = _hypothetical(tok, lang, allegation_heads - {tok.i})
        if not c.pattern.noun:
            _stopped_act(c, lang)
        if not c.pattern.noun and c.source is not None and (
                _conditional_future(tok, lang)
                or (_conditional_future(tok, lang, possible=True) and _own_voice(c, tok, lang, ments))):
            _conditional_threat(c, tok, ments)
        elif c.pattern.noun and tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and tok.head.i != tok.i \
                and (report := _reporting_head(tok.head, lang)) is not None \
                and _conditional_future(tok.head, lang, possible=True):
            # "the official added that sanctions could follow if Ankara activated the system": the
            # speaker threatens
            speaker, _, _ = _find_source(report, ments, lang)
            if speaker is not None and speaker.actor.sector in STATE_SECTORS:
                c.source, c.source_direct = speaker, False
                _conditional_threat(c, tok.head, ments)

    claimant = _claimant(sent, ments)
    yielding = _yielding(sent)
    for c in cands:
        if c.pattern.event_type == "ACCUSE" and not c.pattern.noun and (
                c.target is None or (c.pattern.cameo == "115" and c.target.actor.country is None)):
            # "filed a case at the ICJ accusing Israel of genocide": the accusation's clause names the
            # accused (the court is where the case is filed)
            c.target = next((o.target for o in cands if o is not c and o.target is not None
                             and o.pattern.event_type == "ACCUSE" and c.tok.i in (o.tok.head.i, o.tok.head.head.i)
                             and o.tok.dep_ in ("advcl", "xcomp", "acl")), c.target)  # (or on its object)
        if claimant is not None and c.source is None and c.pattern.event_type in ("ASSAULT", "COERCE"):
            if _same_role(claimant, c.target):  # the one an attack is claimed by is never its target
                c.target = None
            c.source, c.source_direct = claimant, False  # "a car bomb claimed by al Shabaab killed ..."
        _protest_violence(c)
        _measure_by_object(c, ments)
        if yielding and c.pattern.event_type == "AGREE" and c.pattern.cameo == "030" and not c.pattern.noun \
                and c.tok.lemma_.lower() in _ACCEPTING:
            # "bowing to weeks of protests, the government agreed to scrap the decree": a concession
            c.pattern = replace(c.pattern, event_type="CONCEDE", mode="reform", cameo="083")
        elif yielding and c.pattern.event_type == "SUPPORT" and c.pattern.mode in ("praise", "sign") \
                and not c.pattern.noun and _at_home_act(c):
            # "Peru's Congress approved early elections, conceding to the main demand of demonstrators",
            # "signed a bill repealing the law, bowing to months of pressure": the approval gives in
            c.pattern = replace(c.pattern, event_type="CONCEDE", mode="reform", cameo="083")

    # 3b. an obligation a speaker lays on another actor ("Balkhi said Islamabad must address its
    # internal issues"): a demand
    obligations = _obligations(sent, ments, lang)
    for o in obligations:  # the act obliged is what is demanded ("Russia must withdraw its troops")
        acts = {o.act.i} | {t.i for t in o.act.conjuncts}  # "to uphold its responsibilities and deny ..."
        for c in cands:
            if c.tok.i in acts and c.content_of is None:
                c.hypothetical, c.content_of = True, o
    cands += obligations
    # 3c. "urged Belarus to free the detainees or face sanctions": the demand also threatens
    cands += _ultimatums(sent, cands, lang, ments)
    # 3d. "ordered the diplomats to leave", "declared the ambassador persona non grata": expulsions
    cands = _expulsions(sent, cands, lang, ments)
    # 3d'. "a UN convoy hit a landmine", "une patrouille tombe dans une embuscade": attacks undergone
    cands = _undergone_attacks(sent, cands, lang, ments)
    # 3e. "Putin ordered a partial mobilisation": the act ordered is the event, the orderer its source
    cands = _ordered_acts(cands, lexicon, ments, lang)

    # 4. one event per real event
    cands = _statements_of_content(cands, lang, ments)
    for c in cands:
        _future_refusal(c, lang)
    _protest_demands(cands)  # "went on hunger strike to demand ...": the demand is what the protest is for
    _noun_statement_contents(cands)  # "renewed its appeal to Washington to lift sanctions"
    for c in cands:
        acts = [o for o in cands if o.content_of is c and o.pattern.event_type != "MOBILIZE"]
        if c.source is None and c.act is None and acts and c.tok.lemma_.lower() in REPORTING.get(lang, ()):
            # "'we will strike if ...,' the minister said": the one who announces the act states the
            # intent, and is the "we" who would do it (sending troops is no threat: left as it is)
            subj = _subject(c.tok)
            c.source = ments.nearest(subj) if subj is not None and not _is_pronoun(subj) else None
            for o in acts:
                if o.source is None and c.source is not None and not _same_role(c.source, o.target):
                    o.source, o.source_direct = c.source, False
    if not keep_actorless:
        cands = [c for c in cands if c.source is not None or c.target is not None
                 or c.pattern.event_type in actorless_types]
    keep: list[_Cand] = []
    for c in cands:
        dominated = False
        for o in cands:
            if c.derived_from is not None:
                break
            if o is not c and o.pattern.event_type == c.pattern.event_type and c.tok.dep_ == "pcomp" \
                    and _governs(o.tok, c.tok) and not _governs(c.tok, o.tok):
                # "affirmed their support for Ukraine in defending its integrity": an act of the same
                # type inside the other's phrase elaborates it
                dominated = True
                break
            if o is not c and o.pattern.event_type == c.pattern.event_type and c.pattern.noun \
                    and not o.pattern.noun and _governs(o.tok, c.tok) and not _same_role(o.target, c.target) \
                    and (o.target is None or c.target is None) and _same_role(o.source, c.source):
                # "marched in Dhaka in protest of the new tax": one protest, aimed at what the noun names
                if o.target is None:
                    o.target, o.target_direct = c.target, c.target_direct
                dominated = True
                break
            if o is c or not (_same_role(o.source, c.source) and _same_role(o.target, c.target)):
                continue
            if (c.content_of is o and o.pattern.mode == "responsibility") or o.content_of is c:
                continue  # what is admitted took place: the admission and the act are two events; a
                # protest is not dominated by the demand it is for
            if _governs(o.tok, c.tok):
                dominated = True
                break
            if c.pattern.noun and not o.pattern.noun and not _light_object_over(c, o):
                dominated = True
                break
        if not dominated:
            keep.append(c)

    out: list[EventCandidate] = []
    for c in sorted(keep, key=lambda c: c.tok.i):
        p = c.pattern
        entry = ontology.cameo(p.cameo)
        start = c.tok.idx + doc_offset
        end = start + len(c.tok.text)
        st = c.second_tok
        if st is not None and st.dep_ in ("prt", "compound:prt", "prep", "advmod") and st.i == c.tok.i + 1:
            end = st.idx + doc_offset + len(st.text)
        out.append(
            EventCandidate(
                event_type=p.event_type,
                mode=p.mode,
                cameo=p.cameo,
                goldstein=entry.goldstein,
                quad_class=entry.quad_class,
                source=c.source.actor if c.source else None,
                target=c.target.actor if c.target else None,
                trigger_start=start,
                trigger_end=end,
                negated=c.negated,
                hypothetical=c.hypothetical,
                confidence=_confidence(c),
            )
        )
    return out


# Verbal acts whose infinitive complement is their content ("offered to withdraw" is a promise, "urged
# France to leave" a request, "refused to pay" a rejection, "threatened to strike" a threat): CAMEO codes
# the statement by the governing verb (03 intent, 10 demand, 12 reject, 13 threaten); the act itself is
# kept, flagged hypothetical, below the statement in confidence.
COMPLEMENT_CONTENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "PROTEST"})
_CONTENT_DEPS = {"en": frozenset({"xcomp"}), "fr": frozenset({"xcomp", "ccomp"})}
# Adjectives and nouns of readiness: "ready to resume talks", "willing to withdraw", "prêt à négocier",
# "its readiness to mediate" state an intent (CAMEO 03 for cooperation, 13 for force or sanctions).
INTENT_WORDS = {
    "en": frozenset("ready willing prepared eager keen readiness willingness preparedness".split()),
    "fr": frozenset("prêt prête prêts prêtes disposé disposée disposés disposées disponibilité "
                    "volonté".split()),
}
# The statement of intent to do an act of a PLOVER type: its type and CAMEO code (codebook 03x "Express
# intent to ...", 13x "Threaten ...").
INTENT_CODES = {
    "COOPERATE": ("AGREE", "031"), "SUPPORT": ("AGREE", "032"), "AID": ("AGREE", "033"),
    "CONCEDE": ("AGREE", "035"), "RETREAT": ("AGREE", "0356"), "CONSULT": ("AGREE", "036"),
    "AGREE": ("AGREE", "030"), "ASSAULT": ("THREATEN", "138"), "COERCE": ("THREATEN", "131"),
    "SANCTION": ("THREATEN", "1313"), "MOBILIZE": ("THREATEN", "138"), "PROTEST": ("THREATEN", "133"),
}
# ... where the act's mode has a code of its own (0353 "intent to release", 1311 "threaten to cut aid")
INTENT_MODE_CODES = {
    ("RETREAT", "release"): ("AGREE", "0353"), ("RETREAT", "ease"): ("AGREE", "0354"),
    ("RETREAT", "access"): ("AGREE", "0355"), ("CONCEDE", "sanctions"): ("AGREE", "0351"),
    ("SANCTION", "aid"): ("THREATEN", "1311"), ("COERCE", "sanctions"): ("THREATEN", "1312"),
    ("COERCE", "restrict"): ("THREATEN", "132"), ("COERCE", "blockade"): ("THREATEN", "1381"),
    ("COERCE", "occupy"): ("THREATEN", "1382"),
}
# A speaker announcing its own future act ("Egypt said it would release the prisoners", "le Mali a
# annoncé qu'il allait lever les sanctions") states an intent, as CAMEO codes it (03x / 13x): the
# reporting verb, when the act's subject is a pronoun and the act is in the future or conditional.
# An announced withdrawal stays the withdrawal itself (a RETREAT decided, as the development gold
# codes it), not a promise.
INTENT_REPORTING = {
    "en": frozenset("say announce declare state add insist stress affirm assert confirm indicate reiterate "
                    "tell signal hint".split()),
    "fr": frozenset("dire déclarer annoncer affirmer indiquer ajouter assurer confirmer réaffirmer préciser "
                    "souligner".split()),
}
FUTURE_AUX = {"en": frozenset({"will", "would", "shall", "'ll", "wo"}), "fr": frozenset({"aller"})}
SUBJECT_PRONOUNS = frozenset("it they he she we i il elle ils elles nous on je".split())
_CONTENT_PENALTY = 0.1
_HYPOTHETICAL_PENALTY = 0.05
_FALLBACK_PENALTY = 0.1  # a pattern of the CAMEO-derived lexicon: ours found nothing in the sentence


def _noun_verb(tok: Token) -> Token | None:
    """The verb whose object (or prepositional object) noun `tok` is: "join [talks]", "return to [talks]"."""
    if tok.dep_ in OBJ_DEPS and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def _decided_sanction(c: _Cand) -> bool:
    """An announced cut in ties or aid on no condition ("said it would suspend aid to Mali") is the
    sanction decided, as the development gold codes it; on a condition, or only possible, a threat."""
    lang = c.tok.lang_
    acts = (c.tok, *c.tok.conjuncts)  # "would recall its ambassador and downgrade ties if ..."
    return c.pattern.event_type == "SANCTION" and not any(_conditions(t) for t in acts) and not any(
        x.dep_.startswith("aux") and x.lower_ in CONDITIONAL_MODALS.get(lang, ()) for t in acts for x in t.children)


def _statements_of_content(cands: list[_Cand], lang: str, ments: _Mentions | None = None) -> list[_Cand]:
    """A promise, demand, refusal or threat and the act it is about (see COMPLEMENT_CONTENT_TYPES): the
    governing event takes the act's target (and its source, when it has none) where it has none of its
    own; the act stays, hypothetical, ranked below it. An act hanging on a word of readiness ("ready to
    resume talks") adds the statement of intent itself, on that word."""
    by_tok = {c.tok.i: c for c in cands if not c.pattern.noun}
    deps = _CONTENT_DEPS[lang]
    added: list[_Cand] = []
    for c in cands:
        if c.pattern.noun:
            # "is ready to join peace talks", "was prepared to return to talks": the noun's verb is
            # the readiness's content
            verb = _noun_verb(c.tok)
            if verb is not None and verb.dep_ in deps | {"acl"} and verb.head.lemma_.lower() in INTENT_WORDS[lang] \
                    and verb.head.i not in by_tok and c.pattern.event_type in INTENT_CODES and c.source is not None:
                added.append(_intent_statement(c, verb.head))
                c.hypothetical, c.content_of = True, added[-1]
            continue
        if lang == "fr" and c.tok.pos_ != "VERB":
            continue
        head = c.tok.head
        teller = None
        readiness = c.tok.dep_ in deps | {"acl"} and head.lemma_.lower() in INTENT_WORDS[lang]
        refusal = c.negated and _REFUSED_TYPES.get(c.pattern.event_type) is not None
        clause = c.tok
        if c.tok.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL and head.dep_ == "ccomp":
            clause, head = head, head.head  # "said it would resume issuing visas": the act is announced too
        announced = (clause.dep_ == "ccomp" and head.lemma_.lower() in INTENT_REPORTING[lang]
                     and (refusal or not (is_withdrawal(c.pattern.event_type, c.pattern.mode) or _decided_sanction(c)))
                     and (_own_future_act(clause, lang) or _own_possible_harm(c, clause, lang)
                          or (teller := _own_side_future_act(c, head, lang, ments))
                          or _promised_cooperation(c, clause, head, lang, ments)))
        if (readiness or announced) and head.i not in by_tok and c.pattern.event_type in INTENT_CODES:
            added.append(_intent_statement(c, head))
            if announced and teller is not None:  # the state speaks for its army: the speaker's intent
                added[-1].source, added[-1].source_direct = teller, False
            if announced and refusal:  # "said it would not release the prisoners": a refusal (12x)
                added[-1].pattern = replace(added[-1].pattern, event_type="REJECT", mode=None,
                                            cameo=_refusal_code(c.pattern))
                added[-1].negated = False  # the refusal took place
            c.hypothetical, c.content_of = True, added[-1]
            continue
        if c.tok.dep_ not in deps and not (lang == "en" and c.tok.dep_ == "ccomp"):
            continue
        o = by_tok.get(head.i)
        if o is None or o is c or not (o.pattern.event_type in COMPLEMENT_CONTENT_TYPES
                                       or o.pattern.mode in ("responsibility", "access")):
            # an admission ("admitted its forces had shot down the helicopter") is about the act too, a
            # permission ("allowed the envoy to visit") grants it
            continue
        if lang == "fr" and c.tok.dep_ == "ccomp" and not any(
                m.lower_ in ("de", "d'", "à", "que", "qu'") for m in c.tok.children if m.dep_ == "mark"):
            continue
        if o.source is None and c.source is not None and not _same_role(c.source, o.target):
            o.source, o.source_direct = c.source, False
        _pass_target(c, o)
        c.content_of = o
        if o.pattern.event_type == "AGREE" and o.pattern.mode is None and c.pattern.event_type in INTENT_CODES:
            etype, code = _intent_code(c.pattern)
            if etype == "THREATEN" and c.pattern.event_type != "MOBILIZE":
                # a vow to strike or to sanction is a threat ("vowed to retaliate"), as in CAMEO 13x; an
                # offer to send troops is not
                o.pattern = replace(o.pattern, event_type=etype, cameo=code)
    for c in cands:  # "threatened to expel the ambassador and suspend relations": both acts are content
        if c.content_of is None and c.tok.dep_ == "conj" and not c.pattern.noun:
            o = next((x for x in cands if x.tok.i == c.tok.head.i and x.content_of is not None), None)
            if o is not None and not _in_chain(c, o.content_of):
                c.content_of, c.hypothetical = o.content_of, True
    return cands + added


def _pass_target(act: _Cand, statement: _Cand) -> None:
    """A statement with no target of its own takes the target of the act it is about ("renewed its
    appeal to lift the sanctions on Cuba"), unless that target is the statement's own source or its
    state (protesters may protest against their own government; a state does not act on itself)."""
    if statement.target is None and act.target is not None and (
            statement.source is None or not _self_directed(statement.source.actor, act.target.actor)):
        statement.target, statement.target_direct = act.target, act.target_direct


def _light_object_over(noun: _Cand, verb: _Cand) -> bool:
    """Is the event noun the object of a verb (often a light one) whose clause holds `verb` ("began a hunger strike,
    vowing to continue")? The noun tells the main event; the verb's clause only adds to it."""
    head = noun.tok.head
    if head.i == noun.tok.i or noun.tok.dep_ not in OBJ_DEPS | {"pobj"}:
        return False
    if noun.tok.dep_ == "pobj":  # "went on strike, demanding ..."
        head = head.head
    return head.i != verb.tok.i and _governs(head, verb.tok)


def _in_chain(c: _Cand, statement: _Cand | None) -> bool:
    """Is `c` the statement itself, or one that statement is (in turn) the content of?"""
    seen = 0
    while statement is not None and seen < 10:
        if statement is c:
            return True
        statement, seen = statement.content_of, seen + 1
    return False


# Verbs of beginning or going on with an act ("would resume issuing visas"): the act is what is announced.
_ASPECTUAL = frozenset("resume begin start continue keep seek try attempt move reprendre commencer continuer "
                       "chercher tenter".split())  # "said it would seek to ban the party": the ban is announced
# What announcing that one will not do an act refuses (CAMEO 12x), by the act's type.
_REFUSED_TYPES = {"RETREAT": "124", "CONCEDE": "124", "COOPERATE": "121", "AID": "122", "CONSULT": "125",
                  "AGREE": "120", "SUPPORT": "120"}
_REFUSED_MODES = {"release": "1243", "access": "1245", "withdraw": "1246", "ceasefire": "1246", "disarm": "1246",
                  "surrender": "1246", "sanctions": "1241"}


def _future_refusal(c: _Cand, lang: str) -> None:
    """A state's act of cooperation or yielding told in the negated future, on no condition and
    inside no other statement ("Mali will not resume talks with the rebels", "Brazil will not join
    the initiative"), is a refusal that took place (REJECT 12x), as a refusal announced in reported
    speech is."""
    if not c.negated or c.hypothetical or c.content_of is not None or c.pattern.noun or c.source is None \
            or c.source.actor.sector not in STATE_SECTORS or c.pattern.event_type not in _REFUSED_TYPES \
            or not _told_in_future(c.tok, lang) or _conditions(c.tok):
        return
    c.pattern = replace(c.pattern, event_type="REJECT", mode=None, cameo=_refusal_code(c.pattern), second=None)
    c.negated = False


def _refusal_code(p: VerbPattern) -> str:
    """The CAMEO code of refusing to do `p`'s act ("would not release" 1243, "would not withdraw" 1246)."""
    if p.event_type == "RETREAT" and p.cameo == "085":
        return "1244"
    if p.event_type in ("RETREAT", "CONCEDE") and p.mode in _REFUSED_MODES:
        return _REFUSED_MODES[p.mode]
    if is_withdrawal(p.event_type, p.mode):
        return "1246"
    return _REFUSED_TYPES.get(p.event_type, "120")


def _intent_code(p: VerbPattern) -> tuple[str, str]:
    """(type, CAMEO code) of the statement of intent to do `p`'s act (AGREE 03x or THREATEN 13x)."""
    return INTENT_MODE_CODES.get((p.event_type, p.mode), INTENT_CODES[p.event_type])


def _intent_statement(c: _Cand, head: Token) -> _Cand:
    """The statement of intent to do `c`'s act, on the word `head` that states it, with `c`'s actors."""
    etype, code = _intent_code(c.pattern)
    pattern = replace(c.pattern, pattern=head.lemma_.lower(), lemma=head.lemma_.lower(), second=None,
                      event_type=etype, mode=None, cameo=code)
    return _Cand(head, pattern, None, c.source, c.target, c.source_direct, c.target_direct, c.negated, False)




# "if" / "unless" clauses: an act promised on a condition
CONDITION_MARKS = frozenset("if unless si".split())
_FR_FUTURE_ENDINGS = frozenset("ai as a ons ez ont ais ait ions iez aient".split())
_FR_FUTURE_STEMS = frozenset("ser fer ir aur pourr devr viendr enverr verr tiendr voudr saur faudr".split())
# "sanctions could follow if ...": possibility on a condition warns as much as "will"
CONDITIONAL_MODALS = {"en": frozenset({"could", "may", "might"}), "fr": frozenset({"pouvoir"})}
# cooperation whose refusal on a condition is a threat ("will not buy any more US aircraft if ...")
_WITHHELD_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT", "CONSULT", "AGREE"})


OBLIGATION_MODALS = {"en": frozenset({"must", "should", "ought"}), "fr": frozenset()}
OBLIGATION_HEADS = {"en": frozenset({"need", "have"}), "fr": frozenset({"devoir"})}
_QUOTE_MARKS = ('"', "“", "”", "«", "»")


def _obligations(sent: Span, ments: _Mentions, lang: str) -> list[_Cand]:
    """Demands stated as another actor's obligation, in a reported clause or a quotation: "said
    Islamabad must address internal issues", "says Washington needs to act", "« la France doit
    partir »" (REQUEST: CAMEO 100 for must / have to / devoir, 020 for should / need to). The speaker
    (the reporting verb's subject, else the quotation's, found later) is the source and the obliged
    actor the target; an obligation of the speaker's own side ("we must") is none. Insisting that
    another actor do something (the subjunctive) is such a demand too."""
    out: list[_Cand] = []
    quoted = any(q in sent.text for q in _QUOTE_MARKS)
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if lang == "en" and tok.lemma_.lower() == "insist" and (c := _insistence(tok, ments, lang)) is not None:
            out.append(c)
            continue
        if tok.lemma_.lower() in EXPECTING_VERBS[lang]:
            c = _expectation(tok, ments, lang)
            if c is not None:
                out.append(c)
            continue
        modal = next((c for c in tok.children if c.dep_.startswith("aux") and c.lower_ in OBLIGATION_MODALS[lang]),
                     None)
        clause = tok
        if modal is None:
            if tok.lemma_.lower() not in OBLIGATION_HEADS[lang] or not any(c.dep_ == "xcomp" for c in tok.children):
                continue
            if lang == "en" and not any(g.lower_ == "to" for c in tok.children if c.dep_ == "xcomp"
                                        for g in c.children):
                continue
            if any(c.dep_.startswith("aux") and c.lower_ in FUTURE_AUX[lang] for c in tok.children):
                continue  # "Turkey will have to look for alternatives": a consequence foretold, no demand
            strength = "have" if tok.lemma_.lower() in ("have", "devoir") else "need"
        else:
            strength = "must" if modal.lower_ == "must" else "should"
        subj = _subject(clause)
        if subj is None:
            continue
        if _is_pronoun(subj) or subj.lower_ in PERS_PRONOUNS:
            # "Mali told France it must withdraw": the one told is the one obliged
            report = _reporting_head(clause, lang) if not quoted and subj.lower_ in ("it", "they") else None
            target = _told(report, ments) if report is not None else None
        else:
            target = ments.nearest(subj)
        if target is None:
            continue
        speaker, reported = None, quoted
        if (report := _reporting_head(clause, lang)) is not None:
            reported = True
            speaker, _, _ = _find_source(report, ments, lang)
        if not reported or (speaker is not None and _same_side(speaker.actor, target.actor)):
            continue
        pattern = _request_pattern(tok, "100" if strength in ("must", "have") else "020", "obligation")
        c = _Cand(modal if modal is not None else tok, pattern, None, speaker, target, False, True,
                  _negated(tok, lang), False)
        c.act = next((x for x in tok.children if x.dep_ == "xcomp"), tok) if modal is None else tok
        out.append(c)
    return out


EXPECTING_VERBS = {"en": frozenset({"expect", "want"}), "fr": frozenset()}


def _ultimatums(sent: Span, cands: list[_Cand], lang: str, ments: _Mentions) -> list[_Cand]:
    """A demand backed by a consequence ("urged Belarus to free the detainees or face new sanctions",
    "a exigé des élections sous peine de sanctions") is also a threat (CAMEO 139, ultimatum) by the
    demander to the one it asks: read from the words "or face" / "sous peine de" followed, within a few
    words, by a consequence, after a demand in the same sentence. With no demand coded, the verb that
    sets the terms speaks ("gave Nicaragua 30 days to free them or face sanctions": its subject to
    its indirect object)."""
    toks = list(sent)
    out: list[_Cand] = []
    for n, tok in enumerate(toks):
        words = [t.lower_ for t in toks[n:n + 3]]
        if lang == "en" and words[:1] == ["or"] and len(toks) > n + 1 and toks[n + 1].lemma_.lower() == "face":
            trigger, rest = toks[n + 1], toks[n + 2:n + 8]
        elif lang == "fr" and words[:2] == ["sous", "peine"] and len(words) == 3 and words[2] in ("de", "d'"):
            trigger, rest = toks[n + 1], toks[n + 3:n + 7]
        else:
            continue
        if not any(t.lemma_.lower() in CONSEQUENCE_NOUNS or t.lower_ in CONSEQUENCE_NOUNS for t in rest):
            continue
        req = next((c for c in reversed(cands) if c.tok.i < tok.i and not c.pattern.noun
                    and c.pattern.event_type == "REQUEST" and (c.source or c.target)), None)
        if req is None:
            out.extend(_bare_ultimatum(trigger, ments, cands))
            continue
        pattern = replace(req.pattern, pattern=trigger.lemma_.lower(), lemma=trigger.lemma_.lower(), second=None,
                          event_type="THREATEN", mode="ultimatum", cameo="139", notes="ultimatum")
        out.append(_Cand(trigger, pattern, None, req.source, req.target, req.source_direct, req.target_direct,
                         req.negated, req.hypothetical, derived_from=req))
    return out


# verbs by which a state is held, per preposition: "went on strike", "is in talks", "engaged in talks",
# "has been at war with": the subject is in that state
_STATE_VERBS = {
    "on": frozenset({"go", "be", "remain", "stay"}),
    "in": frozenset({"be", "remain", "engage", "engaged", "involve", "involved"}),
    "at": frozenset({"be", "remain"}),
}
# Coming or being somewhere for something: "arrived in Tunis for talks", "was in Baghdad for talks",
# "s'est rendu à Alger pour des discussions".
_MOTION_VERBS = frozenset("arrive travel fly head come go land return be "
                          "rendre arriver venir revenir retourner être".split())


def _taking_part(tok: Token) -> Token | None:
    """The verb of taking part in what noun `tok` names: "took part in joint drills", "participated in
    the talks", "engaged in clashes", "set off on joint patrols", "participer aux manœuvres"."""
    if tok.dep_ not in ("pobj", "obl", "nmod"):
        return None
    prep = tok.head if tok.dep_ == "pobj" else next((g for g in tok.children if g.dep_ == "case"), None)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if prep is None or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return None
    lemma, p = verb.lemma_.lower(), prep.lower_
    if lemma in ("participate", "engage", "embark", "participer") and p in ("in", "on", "à", "au", "aux"):
        return verb
    if lemma == "take" and p == "in" and any(c.dep_ in OBJ_DEPS and c.lower_ == "part" for c in verb.children):
        return verb
    if lemma == "set" and p == "on" and any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children):
        return verb
    return None


# What makes the noun "strike" a stoppage of work rather than an attack ("an indefinite strike").
STRIKE_MODIFIERS = frozenset("general hunger indefinite nationwide national labour labor wildcat token "
                             "teachers workers doctors transport".split())


def _at_war(tok: Token, lang: str) -> VerbPattern | None:
    """"Russia has been at war with Ukraine": being at war with another is fighting it (ASSAULT 190). The
    bare noun "war" stays uncoded: "the war in Ukraine" names a setting more often than an act."""
    if lang != "en" or tok.lemma_.lower() != "war" or tok.dep_ != "pobj" or tok.head.lower_ != "at" \
            or tok.head.head.lemma_.lower() not in _STATE_VERBS["at"]:
        return None
    return VerbPattern(pattern="noun:war", lemma="war", second=None, reflexive=False, noun=True,
                       event_type="ASSAULT", mode="military", cameo="190", notes="at war", line=0)


def _labour_strike(tok: Token, lang: str) -> VerbPattern | None:
    """The noun "strike" as a stoppage of work (PROTEST 143; a hunger strike 142): with a modifier of
    STRIKE_MODIFIERS ("a general strike", "an indefinite strike") or after "on" ("went on strike",
    "are on strike"); else an attack where `_attack_strike` says so. Bare "strikes" are as often
    either, and stay uncoded."""
    if lang != "en" or tok.lemma_.lower() != "strike":
        return None
    mods = {c.lower_.rstrip("'") for c in tok.children if c.dep_ in ("amod", "compound", "poss")}
    if not mods & STRIKE_MODIFIERS and not (tok.dep_ == "pobj" and tok.head.lower_ == "on"):
        return _attack_strike(tok, mods)
    hunger = "hunger" in mods
    return VerbPattern(pattern="noun:strike", lemma="strike", second=None, reflexive=False, noun=True,
                       event_type="PROTEST", mode="hunger-strike" if hunger else "strike",
                       cameo="142" if hunger else "143", notes="labour strike", line=0)


# What makes the noun "strike" an attack: "air strikes", "drone strikes", "precision-guided strikes",
# or what it hits ("strikes on radar sites", "strikes against rebel positions")
ATTACK_STRIKE_MODIFIERS = frozenset("air drone missile rocket artillery aerial guided precision retaliatory punitive "
                                    "pre-emptive preemptive targeted military".split())
POLICY_NOUNS = frozenset("law reform plan bill policy decision cut cuts tax taxes measure measures budget".split())


def _attack_strike(tok: Token, mods: set[str]) -> VerbPattern | None:
    """The noun "strike" as an attack (ASSAULT 195): with a modifier of ATTACK_STRIKE_MODIFIERS or an
    "on" / "against" phrase naming what it hits (no day, no law or reform protested against)."""
    hits = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children if g.dep_ == "pobj"]
    aimed = any(g.lower_ not in TIME_WORDS and g.ent_type_ not in ("DATE", "TIME")
                and g.lemma_.lower() not in POLICY_NOUNS for g in hits)
    if not (mods & ATTACK_STRIKE_MODIFIERS or aimed):
        return None
    return VerbPattern(pattern="noun:strike", lemma="strike", second=None, reflexive=False, noun=True,
                       event_type="ASSAULT", mode="aerial", cameo="195", notes="air or missile strike", line=0)


_ORDERING = frozenset({"order", "ordonner"})
# Approving an act is doing it ("approved the extradition of X to South Korea", "authorised the deployment")
_APPROVING = frozenset({"approve", "authorize", "authorise", "approuver", "autoriser"})


def _ordered_acts(cands: list[_Cand], lexicon: VerbLexicon, ments: _Mentions, lang: str) -> list[_Cand]:
    """An order whose object is an act ("ordered a partial mobilisation of reservists", "ordered the
    withdrawal of troops from Mali", "a ordonné l'arrestation de ...", "a truce was ordered by Putin")
    is that act, done by the one who orders it, and so is an approval of an act ("approved the
    extradition of X to South Korea"): the order becomes the act's nominal event, with the orderer as
    source where the noun names none of a country."""
    out = []
    for c in cands:
        obj = next((x for x in c.tok.children if x.dep_ in ("dobj", "obj", *PASSIVE_SUBJ)), None) \
            if not c.pattern.noun and ((c.pattern.event_type == "REQUEST" and c.tok.lemma_.lower() in _ORDERING) or (
                c.pattern.second is None and c.tok.lemma_.lower() in _APPROVING)) else None
        p = (lexicon.match_noun(_lemmas(obj, lang)) or _deverbal(obj, lexicon, lang)) \
            if obj is not None and obj.pos_ == "NOUN" else None  # "ordered the seizure of assets"
        if p is None or c.source is None:
            out.append(c)
            continue
        act = _Cand(obj, p, None)
        _noun_args(act, ments, lang)
        if act.source is None or not act.source.actor.country:
            if act.source is not None and act.target is None and p.event_type != "MOBILIZE":
                act.target, act.target_direct = act.source, True  # "the arrest of opposition leaders"
                # (the forces a mobilisation is "of" are the orderer's own)
            act.source, act.source_direct = c.source, True
        if act.target is not None and _self_directed(act.source.actor, act.target.actor):
            act.target = None
        # told by a verb: ranked as the verb's event, on the verb
        act.tok, act.pattern = c.tok, replace(p, noun=False)
        act.negated, act.hypothetical = c.negated, c.hypothetical
        out.append(act)
    return _ordered_verbs(out, ments)


def _ordered_verbs(cands: list[_Cand], ments: _Mentions) -> list[_Cand]:
    """An order to one's own side to act ("Shoigu ordered troops to withdraw from the right bank",
    "ordered commanders to halt all military actions") is that act, done by the one who orders it: the
    ordered verb's event takes the orderer as source and the order's rank, and the order is dropped.
    An order to another state's people is not their act: it stays a demand, or an expulsion
    (`_expulsions`: "ordered French troops to leave")."""
    drop: set[int] = set()
    for c in cands:
        if c.pattern.event_type != "REQUEST" or c.pattern.noun or c.source is None \
                or c.tok.lemma_.lower() not in _ORDERING:
            continue
        xcomp = next((x for x in c.tok.children if x.dep_ == "xcomp"), None)
        if xcomp is None:
            continue
        act = next((o for o in cands if o.tok.i in {xcomp.i, *(t.i for t in xcomp.conjuncts)} and not o.pattern.noun
                    and (o.pattern.event_type not in ("REQUEST", *STATEMENT_TYPES)
                         or o.pattern.cameo.startswith("09"))), None)  # an inquiry ordered is opened
        obj = next((x for x in c.tok.children if x.dep_ in ("dobj", "obj")), None)
        party = ments.nearest(obj) if obj is not None else None
        if act is None or (obj is not None and obj.pos_ == "PRON") or (party is not None and party.actor.country
                           and party.actor.country != c.source.actor.country):
            continue
        act.source, act.source_direct = c.source, True
        if act.target is not None and _self_directed(act.source.actor, act.target.actor):
            act.target = None
        act.tok, act.negated, act.hypothetical, act.content_of = c.tok, c.negated, c.hypothetical, None
        drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


DIPLOMAT_NOUNS = frozenset("diplomat diplomats ambassador ambassadors envoy envoys consul attaché attache "
                           "diplomate diplomates ambassadeur ambassadeurs".split())
_LEAVING = frozenset("leave quit depart withdraw quitter partir retirer".split())
_PEACEKEEPER_NOUNS = frozenset("peacekeeper peacekeepers mission casque casques".split())
_INSPECTOR_NOUNS = frozenset("inspector inspectors observer observers monitor monitors inspecteur inspecteurs "
                             "observateur observateurs".split())


def _expelled_code(obj: Token, ments: _Mentions, source: ActorMention | None = None) -> str | None:
    """The CAMEO code of `source` ordering `obj` out: diplomats 161, peacekeepers 1661, inspectors and
    observers 1662, aid agencies and other NGOs 1663, another state's troops 166; None for anyone else."""
    lemma = obj.lemma_.lower()
    if lemma in DIPLOMAT_NOUNS:
        return "161"
    if lemma in _PEACEKEEPER_NOUNS:
        return "1661"
    if lemma in _INSPECTOR_NOUNS:
        return "1662"
    m = ments.nearest(obj)
    if m is not None and m.actor.sector == "NGO":
        return "1663"
    if m is not None and m.actor.sector == "MIL" and m.actor.country and source is not None \
            and source.actor.country and m.actor.country != source.actor.country:
        return "166"  # another state's troops ordered out of the country: expelled
    return None


_GIVING = frozenset({"give", "donner", "accorder"})
_SPANS_OF_TIME = frozenset("hour hours day days week weeks month months heure heures jour jours semaine semaines "
                           "mois".split())


def _deadlines_to_leave(sent: Span, cands: list[_Cand], ments: _Mentions) -> list[_Cand]:
    """An ultimatum to leave ("gave the French ambassador 48 hours to leave the country", "a donné 72
    heures aux diplomates pour quitter le pays") orders out: an expulsion by the giver of the one given
    the time (the codes of `_expelled_code`); the leaving is its content, no event of its own."""
    out = list(cands)
    for give in sent:
        if give.lemma_.lower() not in _GIVING or any(x.tok.i == give.i for x in out):
            continue
        kids = list(give.children)
        span = next((x for x in kids if x.lemma_.lower() in _SPANS_OF_TIME and x.dep_ in ("npadvmod", "dobj", "obj")),
                    None)
        if span is None:
            continue
        given = next((x for x in kids if x.dep_ in ("dative", "iobj", "obl")), None) or next(
            (x for x in span.children if x.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("à", "aux")
                                                                 for g in x.children)), None)  # "72 heures à l'ambassadeur"
        if given is None:
            continue
        given = next((g for g in given.children if g.dep_ == "pobj"), given)  # "to the diplomats"
        leave = next((x for x in (*kids, *span.children) if x.lemma_.lower() in _LEAVING
                      and x.dep_ in ("advcl", "xcomp", "relcl", "acl")), None)
        subj = _subject(give)
        src = ments.nearest(subj) if subj is not None else None
        code = _expelled_code(given, ments, src) if leave is not None else None
        tgt = ments.nearest(given)
        if code is None or tgt is None:
            continue
        pattern = VerbPattern(pattern="give time to leave", lemma=give.lemma_.lower(), second=None, reflexive=False,
                              noun=False, event_type="SANCTION", mode="relations" if code == "161" else "expel",
                              cameo=code, notes="a deadline to leave", line=0)
        out = [x for x in out if x.tok.i != leave.i]
        out.append(_Cand(give, pattern, None, src, tgt, src is not None, True))
    return out


# Attacks told from the side of those who suffer them, the sufferer being the subject: a vehicle that
# hits a mine (CAMEO 1833 roadside bombing), a patrol that comes under fire or falls into an ambush
# (193 small arms, 194 shelling, 190). Read off the words: the French small model misparses most of
# these headline verbs ("saute" ADJ, "essuie" NOUN).
_MINES_EN = r"(?:an?|the)\s+(?:(?:roadside|improvised|homemade|home-made)\s+)?(?:landmine|mine|bomb|explosive device|ied)s?\b"
_MINES_FR = r"(?:une?|des|les?)\s+(?:mines?|engins? explosifs?(?: improvisés?)?|eei|bombes?)\b"
_UNDERGONE = {
    "en": [
        (re.compile(r"\b(?:hit|hits|hitting|struck|strikes|striking|ran over|runs over|drove over|drives over)\s+"
                    + _MINES_EN, re.I), "bombing", "1833"),
        (re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sustained\s+)?(?:gun|small-arms\s+)?fire\b",
                    re.I), "firearms", "193"),
        (re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+)?(?:shelling|mortar fire|rocket fire)\b", re.I),
         "artillery", "194"),
        (re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:an?\s+)?(?:heavy\s+)?attack\b", re.I), "military", "190"),
        (re.compile(r"\b(?:fell|fall|falls|falling)\s+into\s+an?\s+ambush\b", re.I), "military", "190"),
    ],
    "fr": [
        (re.compile(r"\b(?:saute|sautent|sauté|sauter|heurte|heurtent|heurté|heurter)\s+sur\s+" + _MINES_FR, re.I),
         "bombing", "1833"),
        (re.compile(r"\b(?:heurte|heurtent|heurté|heurter)\s+" + _MINES_FR, re.I), "bombing", "1833"),
        (re.compile(r"\b(?:tombe|tombent|tombé|tombée|tombés|tombées|tomber)\s+dans\s+une\s+embuscade\b", re.I),
         "military", "190"),
        (re.compile(r"\b(?:essuie|essuient|essuyé|essuyer)\s+(?:des|les|de)\s+(?:tirs|coups de feu)\b", re.I),
         "firearms", "193"),
        (re.compile(r"\b(?:essuie|essuient|essuyé|essuyer)\s+(?:une|des|les)\s+(?:attaques?|embuscades?)\b", re.I),
         "military", "190"),
    ],
}


def _undergone_attacks(sent: Span, cands: list[_Cand], lang: str, ments: _Mentions) -> list[_Cand]:
    """An attack its sufferer is the subject of ("a UN convoy hit a landmine", "came under fire", "un
    véhicule de l'armée saute sur une mine", "tombe dans une embuscade"): the nearest actor before
    it in its clause is the target; the attacker is unnamed. Replaces what the words' own triggers
    coded ("struck a roadside bomb" is no air strike by the vehicle)."""
    out = cands
    for rx, mode, code in _UNDERGONE.get(lang, ()):
        for m in rx.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            victim, _ = _linear_args(span[0], sent, ments)
            if victim is None:
                continue
            inside = {t.i for t in span}
            out = [c for c in out if c.tok.i not in inside]
            pattern = VerbPattern(pattern=m.group(0).lower(), lemma=span[0].lemma_.lower(), second=None, reflexive=False,
                                  noun=False, event_type="ASSAULT", mode=mode, cameo=code,
                                  notes="an attack undergone", line=0)
            cand = _Cand(span[0], pattern, None, None, victim, False, True)
            cand.negated = span[0].i > sent.start and span[0].nbor(-1).lower_ in ("not", "ne", "n'")
            out.append(cand)
    return out


def _expulsions(sent: Span, cands: list[_Cand], lang: str, ments: _Mentions) -> list[_Cand]:
    """Diplomats, peacekeepers, inspectors or aid agencies ordered out are expelled (SANCTION 161,
    1661, 1662, 1663): an order to them to leave ("ordered Chilean diplomats to leave Venezuela": the
    order becomes the expulsion, its target the expelled, the leaving its content) or out ("ordered the
    aid agencies out of Darfur"), and "declared X persona non grata" (the declaring verb's subject
    expels X). Another state's troops ordered out are expelled too (166)."""
    out = list(cands)
    for c in cands:
        if c.pattern.event_type != "REQUEST" or c.pattern.noun:
            continue
        obj = next((x for x in c.tok.children if x.dep_ in ("dobj", "obj", "iobj")), None)
        xcomp = next((x for x in c.tok.children if x.dep_ == "xcomp"), None)
        # "to leave", "to begin withdrawing", "to close its offices and leave"
        acts = [xcomp, *xcomp.conjuncts, *(g for g in xcomp.children if g.dep_ in ("xcomp", "pcomp"))] \
            if xcomp is not None else []
        act = next((x for x in acts if x.lemma_.lower() in _LEAVING), None)
        if act is None and any(x.dep_ in ("prt", "advmod", "prep") and x.lower_ == "out" for x in c.tok.children):
            act = c.tok  # "ordered thirteen aid agencies out of Darfur"
        if obj is None or act is None:
            continue
        code = _expelled_code(obj, ments, c.source)
        if code is None:
            continue
        c.pattern = replace(c.pattern, event_type="SANCTION", mode="relations" if code == "161" else "expel",
                            cameo=code, second=None)
        leaving = {a.i for a in acts}
        out = [x for x in out if x.tok.i not in leaving]
    out = _deadlines_to_leave(sent, out, ments)
    toks = list(sent)
    for n in range(len(toks) - 2):
        if [t.lower_ for t in toks[n:n + 3]] != ["persona", "non", "grata"]:
            continue
        verb = next((t for t in reversed(toks[:n]) if t.lemma_.lower() in ("declare", "déclarer")), None)
        if verb is None or any(x.tok.i == verb.i for x in out):
            continue
        subj = _subject(verb)
        src = ments.nearest(subj) if subj is not None else None
        named = [m for t in toks[verb.i - sent.start + 1:n] if (m := ments.at(t)) is not None]
        tgt = next((m for m in named if src is None or not _same_side(src.actor, m.actor)), None)
        if src is None and tgt is None:
            continue
        pattern = VerbPattern(pattern="declare persona non grata", lemma=verb.lemma_.lower(), second=None,
                              reflexive=False, noun=False, event_type="SANCTION", mode="relations", cameo="161",
                              notes="persona non grata", line=0)
        out.append(_Cand(verb, pattern, None, src, tgt, src is not None, tgt is not None))
    return out


def _protest_demands(cands: list[_Cand]) -> None:
    """A demand that is the purpose of a protest ("went on hunger strike to demand medical care", "began
    a general strike to press for the resignation of the president", "staged a sit-in, demanding ...") is what the protest is for: the
    protest is the event (CAMEO 14x "demonstrate or strike for ..."), the demand ranked below it, and
    the protest takes the demand's target where it has none."""
    for c in cands:
        if c.pattern.event_type != "REQUEST" or c.pattern.noun or not (_infinitive(c.tok) or _participle(c.tok)):
            continue
        head = c.tok.head
        if c.tok.dep_ == "acl" and _infinitive(c.tok) and head.dep_ in OBJ_DEPS and head.head.i != head.i:
            head = head.head  # "erected barricades to demand ...": the parser hangs the purpose on the object
        elif c.tok.dep_ not in ("advcl", "xcomp"):
            continue
        near = {head.i} | {g.i for ch in head.children for g in (ch, *ch.children)}
        protest = next((o for o in cands if o.pattern.event_type == "PROTEST" and o.tok.i in near), None)
        if protest is None and c.content_of is None and _demand_by_action(c, head, cands):
            # "farmers blocked railway tracks to demand the repeal of ...": people pressing a demand by
            # what they do, not by what they say, are protesting (CAMEO 140, dissent)
            c.pattern = replace(c.pattern, event_type="PROTEST", mode="", cameo="140")
            continue
        if protest is None or c.content_of is not None or _in_chain(c, protest):
            continue
        c.content_of = protest
        _pass_target(c, protest)


# Sectors of people who press demands in the street: civilians, the opposition
DISSENT_SECTORS = frozenset({"CVL", "OPP"})


def _demand_by_action(c: _Cand, head: Token, cands: list[_Cand]) -> bool:
    """Is a demand the purpose of something civilians or the opposition do (a verb that is no
    statement, no event of its own): "erected barricades to demand ...", "stayed home, demanding ..."?"""
    if c.source is None or c.source.actor.sector not in DISSENT_SECTORS or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() in _ALL_REPORTING or any(o.tok.i == head.i for o in cands):
        return False
    return True


def _noun_statement_contents(cands: list[_Cand]) -> None:
    """The act an appeal, offer or threat told by a noun is about ("renewed its appeal to Washington to
    lift sanctions", "its offer to mediate"): the infinitive on the noun, or on the light verb whose
    object the noun is, is the statement's content, hypothetical and ranked below it, as for a verb."""
    for c in cands:
        if c.pattern.noun or c.content_of is not None or c.tok.dep_ not in ("advcl", "xcomp", "acl") \
                or not _infinitive(c.tok):
            continue
        head = c.tok.head
        nouns = {head.i} | {o.i for o in head.children if o.dep_ in OBJ_DEPS}
        stmt = next((o for o in cands if o.pattern.noun and o.tok.i in nouns
                     and o.pattern.event_type in COMPLEMENT_CONTENT_TYPES - {"PROTEST"}), None)
        if stmt is None or _in_chain(c, stmt):
            continue
        c.content_of, c.hypothetical = stmt, True
        _pass_target(c, stmt)


def _bare_ultimatum(trigger: Token, ments: _Mentions, cands: list[_Cand]) -> list[_Cand]:
    """The ultimatum of "gave X 30 days to V or face Y" with no demand verb coded: up from "face"
    through the coordinated and controlled verbs to one with a subject; it threatens its indirect
    (or direct) object, who is to do the acts on the way (hypothetical: demanded, not done)."""
    cur, chain = trigger, []
    for _ in range(4):
        if cur.dep_ not in ("conj", "xcomp", "advcl") or cur.head.i == cur.i:
            return []
        chain.append(cur)
        cur = cur.head
        subj = _subject(cur)
        if subj is None:
            continue
        src = ments.nearest(subj)
        obj = next((c for c in cur.children if c.dep_ in ("dative", "iobj")), None) \
            or next((c for c in cur.children if c.dep_ in ("dobj", "obj")), None)
        tgt = ments.nearest(obj, avoid=src.actor if src else None) if obj is not None else None
        if src is None or tgt is None:
            return []
        pattern = VerbPattern(pattern=trigger.lemma_.lower(), lemma=trigger.lemma_.lower(), second=None,
                              reflexive=False, noun=False, event_type="THREATEN", mode="ultimatum", cameo="139",
                              notes="ultimatum", line=0)
        threat = _Cand(trigger, pattern, None, src, tgt, True, True)
        demanded = {t.i for t in chain[1:]} | {t.head.i for t in chain if t.head.i != cur.i}
        for c in cands:
            if c.tok.i in demanded and not c.pattern.noun:
                c.source, c.source_direct, c.hypothetical, c.content_of = tgt, False, True, threat
        return [threat]
    return []


# Work done together by forces or services ("joint patrols", "des patrouilles conjointes"): cooperation.
JOINT_NOUNS = frozenset("patrol patrols exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers "
                        "operation operations opération opérations "
                        "training inspection inspections patrouille patrouilles exercice exercices manœuvre "
                        "manœuvres".split())
# ... and other work done together, by its kind: economic (CAMEO 061), judicial (063), or unspecified
# material cooperation (060). Statements, sessions, press conferences and chiefs of staff are not in it.
JOINT_WORK = {
    **dict.fromkeys("venture ventures fund funds project projects refinery pipeline plant company investment "
                    "exploration production entreprise projet projets fonds".split(), "061"),
    **dict.fromkeys("investigation investigations probe enquête enquêtes".split(), "063"),
    **dict.fromkeys("campaign drive effort efforts programme program initiative campagne".split(), "060"),
}
_JOINT = frozenset("joint combined coordinated conjoint conjointe conjoints conjointes commun commune communes "
                   "coordonné coordonnée coordonnés coordonnées".split())


_EXERCISE_SECONDS = JOINT_NOUNS - frozenset("patrol patrols training inspection inspections patrouille patrouilles".split())


def _exercise(tok: Token, p: VerbPattern, second: Token) -> VerbPattern:
    """Exercises, drills or manoeuvres held with another ("joint drills", "exercises with the Vietnamese
    navy", "France and Mali held exercises") are military cooperation (COOPERATE 062); held alone, a show
    of force (MOBILIZE 150)."""
    if p.second not in _EXERCISE_SECONDS or p.event_type not in ("COOPERATE", "MOBILIZE"):
        return p
    subj = _subject(tok)
    joint = any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT for c in second.children) \
        or any(c.dep_ == "prep" and c.lower_ in ("with", "avec") for c in (*tok.children, *second.children)) \
        or (subj is not None and (any(True for _ in subj.conjuncts) or any(  # "Indian and French warships"
            g.dep_ == "conj" for c in subj.children if c.dep_ in ("amod", "compound", "nmod") for g in c.children)))
    if joint:
        return replace(p, event_type="COOPERATE", mode="military", cameo="062")
    return replace(p, event_type="MOBILIZE", mode=None, cameo="150")


def _joint_act(tok: Token, lang: str) -> VerbPattern | None:
    """Patrols, exercises, drills, operations or inspections held jointly ("joint patrols along the border",
    "joint naval drills", "des patrouilles conjointes") are military cooperation (COOPERATE 062)."""
    military = tok.lemma_.lower() in JOINT_NOUNS or tok.lower_ in JOINT_NOUNS
    other = JOINT_WORK.get(tok.lemma_.lower()) or JOINT_WORK.get(tok.lower_)
    if not military and other is None:
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    # "joint training exercises": "joint" on the compound modifier
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    if not any(c.lower_ in _JOINT for c in mods):
        return None
    # "a joint investment fund", "a joint vaccination drive": cooperation of the work's own kind
    mode, cameo, notes = ("military", "062", "joint patrols, drills") if military else (None, other, "joint work")
    return VerbPattern(pattern="noun:joint", lemma=tok.lemma_.lower(), second=None, reflexive=False, noun=True,
                       event_type="COOPERATE", mode=mode, cameo=cameo, notes=notes, line=0)


def _joint_object(tok: Token, lang: str) -> VerbPattern | None:
    """A verb no pattern codes whose object is an act held jointly ("wrapped up a joint training
    exercise", "carried out joint patrols"): the verb tells the joint act, so its subject and the
    subject's conjuncts are the sides, as for any symmetric act. A light verb's object ("expand joint
    patrols") stays a nominal trigger, with the light verbs' rules for its source."""
    if tok.lemma_.lower() in LIGHT_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in OBJ_DEPS and (p := _joint_act(c, lang)) is not None:
            return replace(p, pattern="joint object", noun=False)
    return None


JOINTLY = frozenset({"jointly", "conjointement"})


def _jointly(tok: Token, lang: str) -> VerbPattern | None:
    """A verb no pattern codes, done "jointly" ("jointly inaugurated a rail link", "began jointly
    clearing landmines", "ont conjointement inauguré"): cooperation (COOPERATE 060); the sides come
    from the coordinated subject or the "with" phrase as for any symmetric act."""
    if not any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in tok.children):
        return None
    return VerbPattern(pattern="jointly", lemma=tok.lemma_.lower(), second=None, reflexive=False, noun=False,
                       event_type="COOPERATE", mode=None, cameo="060", notes="done jointly", line=0)


# Nouns of action whose "of" phrase is their verb's object: "the lifting of the state of emergency" is
# "lift emergency", "the sharing of intelligence" "share intelligence"
DEVERBAL_NOUNS = {"lifting": "lift", "easing": "ease", "sharing": "share", "restoration": "restore",
                  "resumption": "resume", "scrapping": "scrap", "suspension": "suspend",
                  "removal": "remove", "closure": "close", "release": "release", "seizure": "seize"}


def _deverbal(tok: Token, lexicon: VerbLexicon, lang: str) -> VerbPattern | None:
    """A noun of action ("the lifting of the state of emergency", "resumed full sharing of military
    intelligence", "an easing of visa rules") coded by its verb's verb + object pattern, the object being
    the noun of its "of" phrase (or that noun's modifier, as for a verb's object). Only verb + object
    patterns count: the bare verb's sense is too loose for a noun."""
    verb = DEVERBAL_NOUNS.get(tok.lemma_.lower()) if lang == "en" else None
    if verb is None:
        return None
    seconds = []
    for n in _of_nouns(tok):
        for m in (n, *_counted(n)):  # "the lifting of a state of emergency"
            seconds += [m.lemma_.lower(), m.lower_,
                        *(g.lemma_.lower() for g in m.children if g.dep_ in ("compound", "amod"))]
    p = lexicon.match([verb], seconds, False) if seconds else None
    if p is None or p.second is None or p.second in _PARTICLES:
        return None
    return replace(p, noun=True, pattern="deverbal:" + p.pattern)


def _show_of_force(tok: Token, lang: str) -> VerbPattern | None:
    """"In a show of force" (bombers flying over, a carrier group sailing by): a demonstration of
    military power (MOBILIZE 150), done by those who fly or sail."""
    if lang != "en" or tok.lemma_.lower() != "show" or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "force" for g in c.children)
            for c in tok.children):
        return None
    return VerbPattern(pattern="noun:show of force", lemma="show", second=None, reflexive=False, noun=True,
                       event_type="MOBILIZE", mode="military", cameo="150", notes="show of force", line=0)


def _insistence(tok: Token, ments: _Mentions, lang: str) -> _Cand | None:
    """"Mali insisted that France withdraw its troops": insisting that another actor do something, in
    the subjunctive, demands it (REQUEST 100); "insisted that it had done nothing wrong" does not."""
    act = next((c for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                and not any(a.dep_.startswith("aux") for a in c.children)), None)
    subj = _subject(act) if act is not None else None
    if subj is None or _is_pronoun(subj) or (target := ments.nearest(subj)) is None:
        return None
    source, direct, _ = _find_source(tok, ments, lang)
    if source is not None and _same_side(source.actor, target.actor):
        return None
    c = _Cand(tok, _request_pattern(tok, "100", "insistence"), None, source, target, direct, True,
              _negated(tok, lang), False)
    c.act = act
    return c


_ENTERING = frozenset({"enter", "cross", "move", "advance", "roll"})
_ENTERED = frozenset("border frontier territory town city village area region zone".split())


def _incursion(tok: Token, ments: _Mentions, lang: str) -> VerbPattern | None:
    """Armed forces entering, crossing or moving into a place ("Ethiopian troops crossed into Somalia",
    "Russian troops entered the town", "moved into the buffer zone"): an incursion, occupying territory
    (COERCE 192). Only forces: refugees crossing a border do no such thing."""
    if lang != "en" or tok.lemma_.lower() not in _ENTERING:
        return None
    subj = _subject(tok)
    force = ments.nearest(subj) if subj is not None else None
    if force is None or force.actor.sector not in _FORCE_SECTORS:
        return None
    # entering takes the place as its object; moving, advancing, rolling only "into" it
    places = [c for c in tok.children if c.dep_ in OBJ_DEPS and tok.lemma_.lower() in ("enter", "cross")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    if not any(c.lemma_.lower() in _ENTERED or ((m := ments.at(c)) is not None and m.kind in PLACE_KINDS)
               for c in places):
        return None
    return VerbPattern(pattern=tok.lemma_.lower(), lemma=tok.lemma_.lower(), second=None, reflexive=False,
                       noun=False, event_type="COERCE", mode="occupy", cameo="192", notes="incursion", line=0)


def _request_pattern(tok: Token, cameo: str, notes: str) -> VerbPattern:
    """The REQUEST pattern of a demand read from the syntax rather than the lexicon, on `tok`."""
    return VerbPattern(pattern=tok.lemma_.lower(), lemma=tok.lemma_.lower(), second=None, reflexive=False,
                       noun=False, event_type="REQUEST", mode=None, cameo=cameo, notes=notes, line=0)


def _expectation(tok: Token, ments: _Mentions, lang: str) -> _Cand | None:
    """ "Pakistan expects the Afghan government to deny use of its soil", "Washington wants Ankara to
    drop the S-400": the subject demands the act of the object (REQUEST 020)."""
    act = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None)
    if act is None or not any(g.lower_ == "to" for g in act.children):
        return None
    # the parser takes the one expected to act for the object, or for the infinitive's subject
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None) or next(
        (c for c in act.children if c.dep_ in ("nsubj",) and c.i < act.i), None)
    if obj is None:
        return None
    source, _, _ = _find_source(tok, ments, lang)
    target = ments.nearest(obj)
    if source is None or target is None or _same_side(source.actor, target.actor):
        return None
    c = _Cand(tok, _request_pattern(tok, "020", "expectation"), None, source, target, True, True,
              _negated(tok, lang), False)
    c.act = act
    return c


def _conditional_future(tok: Token, lang: str, possible: bool = False) -> bool:
    """Is `tok` an act in the future or conditional with an "if" / "unless" / "si" clause of its own
    ("Turkey will retaliate if it is sanctioned")? With `possible`, "could / may / might" count too
    (for what a speaker says may follow: "sanctions could follow if ...")."""
    modal = FUTURE_AUX[lang] | (CONDITIONAL_MODALS[lang] if possible else frozenset())
    # "would have attacked if ...": a counterfactual past, no threat
    counterfactual = any(c.dep_.startswith("aux") and c.lemma_.lower() in ("have", "avoir") for c in tok.children)
    return _told_in_future(tok, lang, modal) and not counterfactual and bool(_conditions(tok))


def _told_in_future(tok: Token, lang: str, modal: frozenset[str] | None = None) -> bool:
    """Is `tok` told in the future or the conditional: an auxiliary of `modal` (by default FUTURE_AUX) or
    one tagged future / conditional, the verb's own tense or mood, or a French future ending?"""
    modal = FUTURE_AUX[lang] if modal is None else modal
    return any(c.dep_.startswith("aux") and (c.lower_ in modal or c.lemma_.lower() in modal
                                             or "Tense=Fut" in str(c.morph) or "Mood=Cnd" in str(c.morph))
               for c in tok.children) or "Tense=Fut" in str(tok.morph) or "Mood=Cnd" in str(tok.morph) \
        or (lang == "fr" and _french_future(tok))


def _condition_mark(tok: Token) -> bool:
    """Is `tok` the mark of a condition: "if", "unless", "si", or the elided "s'" of "s'il(s)" (which
    the small French model takes for a reflexive pronoun)?"""
    if tok.lower_ == "s'":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("il", "ils")
    return tok.dep_ == "mark" and tok.lower_ in CONDITION_MARKS


def _conditions(tok: Token) -> list[Token]:
    """`tok`'s own "if" / "unless" / "si" clauses (the small French model may hang one as a ccomp)."""
    return [c for c in tok.children
            if c.dep_ in ("advcl", "ccomp") and any(_condition_mark(g) for g in c.children)
            and (c.dep_ == "advcl" or c.lang_ == "fr")]


def _french_future(tok: Token) -> bool:
    """A French verb in the future or the conditional by its ending, which the small model often tags
    as a present ("frapperons", "retirera"): the infinitive's stem (or a common irregular future stem)
    followed by a future or conditional ending."""
    if tok.lang_ != "fr" or tok.pos_ not in ("VERB", "AUX"):
        return False
    word, lemma = tok.lower_, tok.lemma_.lower()
    stems = set(_FR_FUTURE_STEMS)
    if lemma.endswith(("er", "ir")):
        stems.add(lemma)
    elif lemma.endswith("re"):
        stems.add(lemma[:-1])
    return any(word.startswith(st) and word[len(st):] in _FR_FUTURE_ENDINGS for st in stems)


_HALT_THREATS = {"164": "134", "165": "135"}  # halting negotiations / mediation, threatened (CAMEO 134, 135)
SIGNALLING = {"en": frozenset("caution hint suggest signal".split()), "fr": frozenset({"suggérer"})}


def _own_voice(c: _Cand, tok: Token, lang: str, ments: _Mentions) -> bool:
    """Is the possible act `tok` ("could reoccupy Gaza if ...") told by its own side: the content of a
    reporting or signalling verb ("hinted that the army could ...") whose speaker is of the act's
    source's country? An analyst's or the narrator's "Iran could ..." is not."""
    head = tok.head if tok.dep_ in ("ccomp", "parataxis") and tok.head.i != tok.i else None
    if head is None:
        return False  # the narrator's "Russia could attack Ukraine if ..." is no threat
    if head.lemma_.lower() not in REPORTING[lang] | SIGNALLING[lang]:
        return False
    speaker, _, _ = _find_source(head, ments, lang)
    if speaker is None or speaker.actor.country is None or speaker.actor.sector not in STATE_SECTORS:
        return False
    src = c.source.actor  # the speaker's state, or a bare state agent it tells of ("the army")
    return src.country == speaker.actor.country or (src.country is None and src.sector in STATE_SECTORS)


def _conditional_threat(c: _Cand, head: Token, ments: _Mentions) -> None:
    """A hostile act announced on a condition ("we will retaliate if ...", "sanctions would follow if
    ..."), or cooperation refused on one ("will not buy any more aircraft if ..."), is a threat, as CAMEO
    defines it (13: conditional statements of negative acts); the threat itself took place. With no
    target of its own, it aims at the actor the condition is about ("if Ankara activated the system")."""
    if c.pattern.event_type not in INTENT_CODES:
        return
    etype, code = _intent_code(c.pattern)
    if c.pattern.cameo in _HALT_THREATS:  # "would abandon its mediation if ...": threatens to halt it
        etype, code = "THREATEN", _HALT_THREATS[c.pattern.cameo]
    elif c.pattern.event_type == "RETREAT" and c.pattern.mode == "withdraw" and not c.negated:
        etype, code = "THREATEN", "136"  # "would pull its troops out if ...": to halt its involvement
    elif etype == "THREATEN":
        pass
    elif c.negated and c.pattern.event_type in _WITHHELD_TYPES:
        etype, code = "THREATEN", "131"
    else:
        return
    c.pattern = replace(c.pattern, event_type=etype, mode=None, cameo=code, second=None)
    c.negated = c.hypothetical = False
    if c.target is None:
        for cond in _conditions(head):
            subj = _subject(cond) or next((g for g in cond.children if g.dep_ in PASSIVE_SUBJ), None)
            m = ments.nearest(subj) if subj is not None else None
            if m is not None and c.source is not None and not _same_side(c.source.actor, m.actor):
                c.target, c.target_direct = m, False
                break


def _own_side_future_act(c: _Cand, head: Token, lang: str, ments: _Mentions | None) -> ActorMention | None:
    """Is `c` a future or conditional act of the speaker's own state, named ("Orban said Budapest would
    ratify ...", "China's Defence Ministry said the army would attack ...")? Its source and the
    reporting verb's subject are of one country, or a state speaker tells of a bare state agent. Returns
    the speaker, or None."""
    if ments is None or c.source is None:
        return None
    subj = _subject(head)
    speaker = ments.nearest(subj) if subj is not None else None
    if speaker is None or speaker is c.source or not speaker.actor.country:
        return None
    own = c.source.actor.country == speaker.actor.country or (  # "... said the army would strike"
        not c.source.actor.country and c.source.actor.sector in ("GOV", "MIL") and speaker.actor.sector in ("GOV", "MIL"))
    return speaker if own and _told_in_future(c.tok, lang) else None


# Acts whose announcement, in the future, is a statement of intent to cooperate (CAMEO 03x) whoever the
# speaker is; hostile acts announced so are decisions or threats, and are left to the rules above.
_PROMISED_TYPES = frozenset({"COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "CONSULT", "AGREE"})
_ONGOING = frozenset({"continue", "keep", "remain"})


def _promised_cooperation(c: _Cand, clause: Token, report: Token, lang: str, ments: _Mentions | None) -> bool:
    """Is `c` a cooperative act told in the future with a named subject ("Iran will release two French
    citizens, the spokesman said", "Japan will extend $4.5 billion in support")? Its announcement is
    the intent to do it (CAMEO 0353, 0331, ...). "Will continue to stand with" is no new intent, and
    another state telling of it ("Germany said Niger would send aid") reports it, as a forecast."""
    if lang != "en" or c.source is None or c.pattern.event_type not in _PROMISED_TYPES:
        return False
    teller = _subject(report)
    speaker = ments.nearest(teller) if ments is not None and teller is not None else None
    if speaker is not None and speaker.actor.country and c.source.actor.country \
            and speaker.actor.country != c.source.actor.country:
        return False
    if clause is not c.tok and clause.lemma_.lower() in _ONGOING:
        return False
    if _conditions(clause):
        return False  # "Turkey will buy Russian aircraft if the freeze is not lifted": a condition set
    subj = _subject(clause)
    if subj is None or subj.lower_ in SUBJECT_PRONOUNS:
        return False
    return _told_in_future(clause, lang)


_HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _own_possible_harm(c: _Cand, tok: Token, lang: str) -> bool:
    """A speaker saying it could, may or might do a hostile act ("the junta said it could ban
    political parties") states a threat, as "would" does."""
    return c.pattern.event_type in _HARM_TYPES and _has_pronoun_subject(tok) \
        and any(x.dep_.startswith("aux") and x.lower_ in CONDITIONAL_MODALS.get(lang, ()) for x in tok.children)


def _has_pronoun_subject(tok: Token) -> bool:
    """Is `tok`'s subject a personal pronoun ("it would release", "qu'il allait quitter")?"""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")), None)
    return subj is not None and subj.lower_ in SUBJECT_PRONOUNS


def _own_future_act(tok: Token, lang: str) -> bool:
    """Is `tok` an act in the future or conditional whose subject is a pronoun ("it would release",
    "qu'il allait quitter")?"""
    if not _has_pronoun_subject(tok):
        return False
    if any(c.dep_.startswith("aux") and (c.lower_ in FUTURE_AUX[lang] or c.lemma_.lower() in FUTURE_AUX[lang]
                                         or "Tense=Fut" in str(c.morph) or "Mood=Cnd" in str(c.morph))
           for c in tok.children):
        return True
    # the small French model often tags a conditional "livrerait" as an imperfect: its ending says it
    return lang == "fr" and ("Tense=Fut" in str(tok.morph) or "Mood=Cnd" in str(tok.morph)
                             or tok.lower_.endswith(("rait", "raient", "ront")))


# Modifiers that make a word of violence figurative: "a diplomatic offensive", "a charm offensive",
# "a trade war", "a legal battle", "une offensive diplomatique", "une guerre commerciale" (not
# "political" or "electoral": a political assassination and electoral violence are violence).
FIGURATIVE = frozenset(
    "diplomatic charm friendly peace media propaganda public-relations trade price tariff currency legal "
    "verbal economic commercial information "
    "diplomatique charme médiatique commerciale commercial économique tarifaire verbale".split()
)


# objects a state "fights" or "combats" without violence ("to fight corruption", "combattre la pauvreté")
ABSTRACT_FOES = frozenset(
    "corruption poverty inflation disease diseases pandemic epidemic virus climate hunger famine illiteracy "
    "impunity fraud racism discrimination misinformation disinformation unemployment deforestation "
    "desertification graft tax evasion pollution malaria covid covid-19 ebola cholera "
    "pauvreté maladie pandémie épidémie faim analphabétisme impunité fraude racisme "
    "désinformation chômage déforestation désertification paludisme".split()
)
_DURATIONS = frozenset("second minute hour day night week month year decade while time".split())
SANCTION_NOUNS = frozenset("tariff tariffs sanction sanctions duty duties levy levies embargo taxes "
                           "droits taxe".split())
DEMAND_NOUNS = frozenset("demand demands request requests call calls pressure condition conditions".split())
# Measures that "target" or "hit" someone by law, not by force ("legislation targeting Turkey").
MEASURE_NOUNS = SANCTION_NOUNS | frozenset("legislation bill law act measure measures restriction restrictions "
                                           "decree loi décret mesure mesures".split())
# What a demand's addressee is told it will "face" if it does not comply ("or face sanctions").
CONSEQUENCE_NOUNS = SANCTION_NOUNS | frozenset(
    "consequence consequences action retaliation reprisal reprisals punishment penalty penalties measures "
    "strike strikes attack war isolation expulsion prosecution force offensive intervention assault "
    "sanction conséquences représailles poursuites mesures".split())


def _verbal_attack(c: _Cand) -> None:
    """Words of violence used for words or measures: attacking someone "for" something criticises
    ("attacked the newspaper for refusing to support his plans": ACCUSE 111); retaliating "with"
    tariffs or sanctions coerces (COERCE 163), and so does a measure that "targets" or "hits" someone
    ("legislation targeting Turkey", "sanctions hitting Russian banks"); launching a hunger or general
    strike protests (PROTEST 142 / 143)."""
    if c.pattern.pattern == "accede to" and c.second_tok is not None and any(
            g.lemma_.lower() in DEMAND_NOUNS for g in c.second_tok.children if g.dep_ == "pobj"):
        # "acceded to opposition demands": a concession, not accession to a treaty
        c.pattern = replace(c.pattern, event_type="CONCEDE", mode="reform", cameo="083")
        return
    if c.pattern.event_type == "ASSAULT" and c.pattern.second in ("strike", "strikes") and c.second_tok is not None \
            and (p := _labour_strike(c.second_tok, c.tok.lang_)) is not None \
            and p.event_type == "PROTEST":  # "launched a hunger strike"
        c.pattern = replace(c.pattern, event_type="PROTEST", mode=p.mode, cameo=p.cameo)
        return
    if c.pattern.event_type != "ASSAULT" or c.pattern.noun or c.pattern.second:
        return
    doer = c.tok.head if c.tok.dep_ == "acl" else _subject(c.tok)
    if doer is not None and doer.lemma_.lower() in MEASURE_NOUNS:
        c.pattern = replace(c.pattern, event_type="COERCE", mode="sanctions", cameo="163")
        return
    for ch in c.tok.children:
        if ch.dep_ != "prep":
            continue
        objs = [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
        if ch.lower_ == "for" and c.tok.lemma_.lower() in ("attack", "assail") and any(
                g.dep_ == "pcomp" or (g.pos_ == "NOUN" and g.lemma_.lower() not in _DURATIONS) for g in objs):
            c.pattern = replace(c.pattern, event_type="ACCUSE", mode="criticize", cameo="111")
            return
        if ch.lower_ == "with" and any(g.lemma_.lower() in SANCTION_NOUNS for g in objs):
            c.pattern = replace(c.pattern, event_type="COERCE", mode="sanctions", cameo="163")
            return


RIOTER_WORDS = PROTESTER_WORDS | frozenset("rioter rioters émeutier émeutiers".split())


_COMMITTED = frozenset({"commit", "dedicate", "determine", "resolve"})


def _stative_commitment(c: _Cand) -> bool:
    """Is the trigger a participle of commitment after a copula ("is committed to", "remains determined
    to"): a state of its subject, not something done to it?"""
    tok = c.tok
    return c.pattern.event_type == "AGREE" and tok.lemma_.lower() in _COMMITTED and _agentless_passive(tok) \
        and any(p.dep_ in ("prep", "xcomp") for p in tok.children)


_MOBILISED_SECTORS = frozenset({"MIL", "PMC", "GOV", "REB"})


def _small_clause(c: Token) -> Token | None:
    """The subject of an adjective the parser hangs on a verb as a clause of its own ("found [two
    leaders guilty]"): it is the verb's object."""
    if c.dep_ != "ccomp" or c.pos_ != "ADJ":
        return None
    return next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)


def _mobilised_force(c: _Cand, ments: _Mentions) -> ActorMention | None:
    """The force a passive mobilisation with no agent moves ("Russian troops were deployed to the
    border", "police were put on high alert"): it acts for its side, it is no target."""
    tok = c.tok
    if c.pattern.event_type != "MOBILIZE" or c.pattern.noun or not _agentless_passive(tok):
        return None
    for ch in tok.children:
        if ch.dep_ in PASSIVE_SUBJ and (m := _arg(ch, ments, ())) is not None and m.actor.sector in _MOBILISED_SECTORS:
            return m
    return None


def _summoner(c: _Cand, ments: _Mentions) -> ActorMention | None:
    """Who summoned an envoy summoned in the passive with no agent: the ministry or capital the envoy
    was summoned to ("the ambassador was summoned to the foreign ministry in Moscow")."""
    tok = c.tok
    if tok.lemma_.lower() != "summon" or not _agentless_passive(tok):
        return None
    exclude = tuple(m for ch in tok.children if ch.dep_ in PASSIVE_SUBJ and (m := ments.nearest(ch)) is not None)
    for g in (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"):
        # "the foreign ministry in Moscow": the capital says whose ministry
        capital = next((m for t in g.subtree
                        if (m := ments.at(t)) is not None and m.kind in ("capital", "country")), None)
        found = capital or ments.nearest(g, exclude)
        if found is not None:
            return found
    return None


_HOLDING = frozenset("detain hold jail imprison kidnap abduct capture seize arrest".split())


def _captor(c: _Cand, ments: _Mentions) -> ActorMention | None:
    """Who released those a passive release with no agent names as held ("two journalists held by
    rebels were freed": the rebels; "an aid worker detained in Iran was released": Iran)."""
    tok = c.tok
    if c.pattern.event_type != "RETREAT" or c.pattern.mode != "release" or c.pattern.noun \
            or not _agentless_passive(tok):
        return None
    for subj in (ch for ch in tok.children if ch.dep_ in PASSIVE_SUBJ):
        for held in (g for g in subj.children if g.dep_ == "acl" and g.lemma_.lower() in _HOLDING):
            by = _agent(held)
            if by is not None and (m := ments.nearest(by)) is not None:
                return m
            for p in (g for g in held.children if g.dep_ == "prep" and g.lower_ == "in"):
                for place in (g for g in p.children if g.dep_ == "pobj"):
                    m = ments.at(place)
                    if m is not None and m.kind in ("country", "capital"):
                        return m
    return None


def _protest_violence(c: _Cand) -> None:
    """Violence done by protesters is a violent protest, a blockade by civilians an obstruction
    (CAMEO 145 "protest violently, riot" and 144 "obstruct passage, block"): "demonstrators clashed
    with police", "rioters torched buses", "truckers blockaded the bridge"."""
    if c.source is None:
        return
    a = c.source.actor
    if c.pattern.event_type == "ASSAULT" and a.sector == "CVL" and (a.text.lower().split() or [""])[-1] in RIOTER_WORDS:
        c.pattern = replace(c.pattern, event_type="PROTEST", mode="riot", cameo="145")
    elif c.pattern.event_type == "COERCE" and c.pattern.cameo == "191" and a.sector in ("CVL", "OPP"):
        c.pattern = replace(c.pattern, event_type="PROTEST", mode="obstruct", cameo="144")


_PLANTING = frozenset({"plant", "place", "lay", "set", "hide", "leave"})


def _claimant(sent: Span, ments: _Mentions) -> ActorMention | None:
    """Who an attack with no named attacker is laid at: "a car bomb claimed by al Shabaab", "in an
    attack claimed by Boko Haram", "a cyberattack that Kyiv blamed on Russian military hackers"."""
    for t in sent:
        if t.tag_ != "VBN" or t.dep_ not in ("acl", "relcl"):
            continue
        lemma = t.lemma_.lower()
        if lemma == "claim" or (lemma in _PLANTING and t.head.lemma_.lower() in EXPLOSIVES):
            # "claimed by al Shabaab", "a bomb planted by suspected Kurdish militants"
            who = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elif lemma in ("blame", "attribute"):
            who = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children
                   if g.dep_ == "pobj"]
        else:
            continue
        for g in who:
            if (m := ments.nearest(g)) is not None:
                return m
    return None


_ACCEPTING = frozenset({"agree", "accept", "consent", "accepter", "consentir"})
_YIELD_VERBS = frozenset({"bow", "yield", "cave", "bend", "céder"})


def _yielding(sent: Span) -> bool:
    """Does the sentence tell of giving in: "bowing to", "yielding to", "under pressure from", "a (key)
    demand of the protesters", "céder à", "after (weeks of) protests"? Agreeing, then, is conceding
    (CAMEO 083, "accede to demands")."""
    for t in sent:
        nxt = t.nbor(1).lower_ if t.i + 1 < sent.end else ""
        if t.lemma_.lower() in _YIELD_VERBS and nxt in ("to", "à", "aux", "au"):
            return True
        if t.lower_ == "pressure" and (nxt == "from" or t.nbor(-1).lower_ == "under"):
            return True
        if t.lemma_.lower() in ("demand", "revendication") and t.pos_ == "NOUN":
            return True
        if (t.lower_ in PROTESTER_WORDS or t.lemma_.lower() in ("protest", "manifestation")) and t.pos_ == "NOUN" \
                and _after_protest(t):
            return True
    return False


def _at_home_act(c: _Cand) -> bool:
    """Is `c` a state's act on its own side, on its people ("the demonstrators") or on no one named
    (an approval at home)?"""
    src, tgt = c.source, c.target
    return src is not None and src.actor.sector in STATE_SECTORS and (
        tgt is None or (tgt.actor.country is not None and tgt.actor.country == src.actor.country)
        or (tgt.actor.country is None and tgt.actor.sector in ("CVL", "OPP")))


def _after_protest(t: Token) -> bool:
    """A protest noun inside an "after" phrase or clause: "after protesters stormed his residence",
    "after weeks of protests", "après des manifestations"."""
    for x in (t, *t.ancestors):
        if x.lower_ in ("after", "après") and x.dep_ == "prep":
            return True
        if any(a.lower_ in ("after", "après") and a.dep_ in ("mark", "case") for a in x.children):
            return True
        if x.dep_ in ("advcl", "ROOT") or x.pos_ == "VERB":
            return False
    return False


# Forces and state bodies that block a road, a corridor or a mission impose a blockade (COERCE 191)
BLOCKING_SECTORS = frozenset({"GOV", "MIL", "POL", "PMC"})
PASSAGE_NOUNS = frozenset("road corridor highway route border crossing port mission convoy shipment aid access entry "
                          "passage bridge supply strait waterway airspace delivery".split())
_OPERATION_NOUNS = frozenset({"operation", "operations", "activity", "activities"})
_RALLIED = frozenset("state nation country partner ally leader member government neighbour neighbor world".split())


def _measure_by_object(c: _Cand, ments: _Mentions) -> None:
    """Acts whose sense the actors decide, once source and target are known:
    - a state, its forces or bodies, as the subject, that "block" a passage (a corridor, a road, a
      resupply mission) impose a blockade (COERCE 191), where civilians blocking a road obstruct it
      (PROTEST 144);
    - suspending "the operations of" another actor (an aid group, NGOs) restricts it (COERCE 172),
      where suspending one's own operations halts them (RETREAT);
    - "welcomed" with an official as its object hosts them (CONSULT 043): "welcomed the Malaysian
      prime minister to Singapore", not "welcomed the decision";
    - rallying others against someone rallies opposition (ACCUSE 113), where those who rally against
      someone demonstrate (PROTEST 141);
    - scaling back, scaling down or winding down aid cuts it (SANCTION 162), and cooperation or ties
      reduces relations (160, 161), where forces or operations scaled back de-escalate (RETREAT 087);
    - security forces charging a crowd "with" batons or tear gas repress it violently (ASSAULT 175),
      where one charged "with" a crime is indicted (COERCE 173);
    - a state allowing its own people or press to act eases its rules (CONCEDE 0811), and not allowing
      them restricts them (COERCE 172), where letting in foreigners, international bodies, monitors or
      aid allows international involvement (RETREAT 086)."""
    p, tok = c.pattern, c.tok
    objs = [o for o in tok.children if o.dep_ in OBJ_DEPS]
    subj = _subject(tok)
    if p.event_type == "PROTEST" and p.cameo == "144" and c.source is not None and subj is not None \
            and ments.nearest(subj, block=tuple(x for x in subj.children if x.dep_ == "prep")) is c.source \
            and any(o.lemma_.lower() in PASSAGE_NOUNS for o in objs) \
            and (c.source.actor.sector in BLOCKING_SECTORS or c.source.kind in ("country", "capital")):
        c.pattern = replace(p, event_type="COERCE", mode="blockade", cameo="191")
    elif p.event_type == "RETREAT" and p.mode == "withdraw" and p.second in _OPERATION_NOUNS and any(
            o.lower_ in _OPERATION_NOUNS and any((m := ments.nearest(g)) is not None and m is not c.source
                                                 for g in _of_nouns(o)) for o in objs):
        c.pattern = replace(p, event_type="COERCE", mode="restrict", cameo="172")
    elif p.event_type == "PROTEST" and p.lemma == "rally" and any(
            (o.lemma_.lower() in _RALLIED or ((m := ments.at(o)) is not None and m.kind in ("country", "org")))
            and any(x.dep_ == "prep" and x.lower_ == "against" for x in (*tok.children, *o.children))
            for o in objs):
        c.pattern = replace(p, event_type="ACCUSE", mode="rally", cameo="113")  # "rallied its partners against Ankara"
    elif p.event_type == "RETREAT" and p.lemma in ("scale", "wind") and p.second in ("back", "down") \
            and (kind := _reduced(objs)) is not None:
        c.pattern = replace(p, event_type="SANCTION", mode=kind[0], cameo=kind[1])  # "scaled back aid to Yemen"
    elif p.lemma == "charge" and p.event_type == "COERCE" and any(
            g.lemma_.lower() in _RIOT_GEAR for x in tok.subtree if x.dep_ == "prep" and x.lower_ == "with"
            and _same_clause(x, tok) for g in (*x.children, *(y for g in x.children for y in g.conjuncts))
            if g.dep_ in ("pobj", "conj")):
        # "charged the crowds with batons and tear gas": violent repression, not an indictment
        c.pattern = replace(p, event_type="ASSAULT", mode="repression", cameo="175")
    elif p.cameo == "086" and p.second is None and not p.noun and (party := _allowed_party(tok)) is not None \
            and not _international(party, c.source, ments):
        # "allowed three newspapers to resume publication", "women will be allowed to drive": a state
        # easing its own rules at home (CONCEDE 0811), not letting foreigners in (RETREAT 086); its own
        # people "not allowed" to act are restricted (COERCE 172), a restriction in force
        if c.negated:
            c.pattern, c.negated = replace(p, event_type="COERCE", mode="restrict", cameo="172"), False
        else:
            c.pattern = replace(p, event_type="CONCEDE", mode="sanctions", cameo="0811")
    elif p.lemma == "welcome" and p.event_type == "SUPPORT" and any(
            (m := ments.nearest(o, block=tuple(x for x in o.children if x.dep_ in ("prep", "poss")))) is not None
            and m.actor.sector == "GOV" and m.kind in ("person", "agent") for o in objs):
        c.pattern = replace(p, event_type="CONSULT", mode="host", cameo="043")


def _same_clause(tok: Token, head: Token) -> bool:
    """Whether `tok` hangs in `head`'s own clause: no clause of another verb (an adverbial, a
    complement, a relative or coordinated clause) lies between them."""
    for a in tok.ancestors:
        if a == head:
            return True
        if a.dep_ in ("advcl", "ccomp", "xcomp", "relcl", "conj", "acl") and a.pos_ in ("VERB", "AUX"):
            return False
    return False


# What security forces charge a crowd with: (the head of) batons, tear gas, water cannon, bayonets
_RIOT_GEAR = frozenset("baton truncheon club stick whip bayonet gas teargas cannon".split())

# Who is let in when a state allows international involvement (086): monitors, aid, forces, craft
_ACCESS_NOUNS = frozenset("""inspector monitor observer peacekeeper envoy rapporteur investigator expert mission
    delegation team aid convoy shipment delivery troop force soldier ship vessel plane aircraft flight warship
    tanker truck lorry cargo goods evacuation journalist reporter""".split())


def _allowed_party(tok: Token) -> Token | None:
    """The one "allow"/"permit" lets act: its object, the subject of its clause ("allowed women to
    drive") or, in the passive, its subject ("women will be allowed to drive")."""
    for c in tok.children:
        if c.dep_ in OBJ_DEPS or c.dep_ in ("nsubjpass", "nsubj:pass"):
            return c
        if c.dep_ in ("ccomp", "xcomp"):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _international(party: Token, source: ActorMention | None, ments: _Mentions) -> bool:
    """Whether an allowed party is foreign or international: an international body, an actor of another
    country than the known source's, or monitors, aid, forces and craft ("a team of monitors", "an aid
    convoy"). With no source or none of known country, a demonym says nothing ("Saudi women will be
    allowed to drive", "the government allowed Malian traders to ...")."""
    for g in (party, *_of_nouns(party)):
        m = ments.nearest(g, block=tuple(x for x in g.children if x.dep_ == "prep"))
        if m is not None and m is not source and (m.actor.sector == "IGO" or (
                source is not None and source.actor.country and m.actor.country not in (None, source.actor.country))):
            return True
        if g.lemma_.lower() in _ACCESS_NOUNS or any(x.dep_ == "compound" and x.lemma_.lower() in _ACCESS_NOUNS
                                                    for x in g.children):
            return True
    return False


# What scaling back cuts, when it is no force or operation: (mode, CAMEO code)
_REDUCED = {**{w: ("aid", "162") for w in "aid assistance support funding financing lending loan".split()},
            **{w: ("relations", "160") for w in "cooperation engagement contact contacts partnership".split()},
            **{w: ("relations", "161") for w in "tie ties relation relations".split()}}


def _reduced(objs: list[Token]) -> tuple[str, str] | None:
    """(mode, CAMEO code) of what the objects of "scaled back" name when it is aid, cooperation or ties:
    an object, a coordinated one or its noun modifier ("development aid", "trade engagement")."""
    for o in objs:
        for g in (o, *o.conjuncts):
            for w in (g.lemma_.lower(), *(x.lemma_.lower() for x in g.children if x.dep_ == "compound")):
                if w in _REDUCED:
                    return _REDUCED[w]
    return None


_TRADE_PLACES = frozenset("business work job jobs market markets".split())


_STOPPING_VERBS = {
    "en": frozenset("stop cease quit halt end discontinue".split()),
    "fr": frozenset("cesser arrêter".split()),
}
# What stopping an act is, by the act's type (CAMEO 16x reduce relations; 087 de-escalate):
# (type, mode, code), the code refined by the act's mode where CAMEO has one.
_STOPPED = {
    "AID": ("SANCTION", "aid", "162"), "COOPERATE": ("SANCTION", None, "160"),
    "SUPPORT": ("SANCTION", None, "160"), "CONSULT": ("SANCTION", None, "160"),
    "ASSAULT": ("RETREAT", "withdraw", "087"),
}
_STOPPED_MODES = {
    ("AID", "economic"): ("aid", "1621"), ("AID", "military"): ("aid", "1622"),
    ("AID", "humanitarian"): ("aid", "1623"), ("SUPPORT", "recognize"): ("relations", "161"),
    ("CONSULT", "negotiate"): ("negotiate", "164"), ("CONSULT", "mediate"): ("negotiate", "165"),
}


def _stopped_by(tok: Token, lang: str) -> Token | None:
    """The verb that `tok`, its complement, says was stopped ("stopped supplying", "ceased to
    attack", "a cessé de livrer"); None when there is none. A bare infinitive after "stop" is a
    purpose ("stopped to talk"), not a cessation."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i or head.lemma_.lower() not in _STOPPING_VERBS[lang]:
        return None
    if lang == "fr":
        return head if any(m.dep_ == "mark" and m.lower_ in ("de", "d'") for m in tok.children) else None
    return head if tok.tag_ == "VBG" or head.lemma_.lower() == "cease" else None


def _no_longer(tok: Token, lang: str) -> bool:
    """`tok` is told as no longer done: "no longer supplies", "ne coopère plus", "n'a plus livré" (but
    not "ne ... plus que", only)."""
    if lang == "en":
        return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)
    ne = _ne_of(tok)
    if ne is None:
        return False
    doc = tok.doc
    for i in range(ne.i + 1, min(tok.i + 3, len(doc))):
        if doc[i].lower_ == "plus":
            return i + 1 >= len(doc) or doc[i + 1].lower_ not in ("que", "qu'")
    return False


def _ne_of(tok: Token) -> Token | None:
    """The French "ne" of verb `tok`, on it or on its auxiliary ("n'a plus livré")."""
    near = [*tok.children, *(g for a in tok.children if a.dep_.startswith("aux") for g in a.children)]
    return next((c for c in near if c.lower_ in ("ne", "n'")), None)


# The words that make "ne" a negation (ne ... pas, ne ... jamais); "ne ... que" alone restricts.
_FR_NEG_PARTNERS = frozenset("pas jamais plus rien personne guère nullement aucun aucune nul nulle ni point".split())


def _only(tok: Token) -> bool:
    """French "ne ... que" (only): "ne coopère qu'avec le Niger", "ne livre plus que des fusils"
    restrict the act; they do not negate it."""
    ne = _ne_of(tok)
    if ne is None:
        return False
    doc, end = tok.doc, min(tok.i + 5, tok.sent.end)
    for i in range(ne.i + 1, end):
        w = doc[i].lower_
        if w in ("que", "qu'") and i > tok.i:
            return True
        if w in _FR_NEG_PARTNERS and not (w == "plus" and i + 1 < end and doc[i + 1].lower_ in ("que", "qu'")):
            return False
    return False


def _stopping_verb(c: _Cand, lang: str) -> bool:
    """`c` is a verb of stopping whose complement is the act stopped ("quit cooperating", "a arrêté
    de coopérer"): the act, not the verb, is the event."""
    return not c.pattern.noun and any(_stopped_by(ch, lang) is not None for ch in c.tok.children)


def _stopped_act(c: _Cand, lang: str) -> None:
    """An act told as stopping is the cut (see _STOPPED), or stays, negated, when stopping it is no
    act of its own; "did not stop supplying" is the act, going on."""
    stop = _stopped_by(c.tok, lang)
    if stop is None and not _no_longer(c.tok, lang):
        return
    if stop is not None and _negated(stop, lang):
        c.negated = False
        return
    p = c.pattern
    if p.event_type not in _STOPPED:
        c.negated = True
        return
    etype, mode, code = _STOPPED[p.event_type]
    mode, code = _STOPPED_MODES.get((p.event_type, p.mode), (mode, code))
    c.pattern = replace(p, event_type=etype, mode=mode, cameo=code, second=None)
    c.negated = False


def _out_of_business(c: _Cand) -> bool:
    """"Forced ... out of business", "drove them out of work": an economic fate, no coercion."""
    if c.pattern.event_type != "COERCE" or c.pattern.noun:
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _TRADE_PLACES
               for t in c.tok.subtree if t.dep_ == "prep" and t.lower_ == "of" and t.head.lower_ == "out"
               for g in t.children)


def _figurative(c: _Cand) -> bool:
    """An ASSAULT trigger whose noun (the nominal trigger, or the object of "launch an offensive") is
    qualified as figurative: no violence took place."""
    if c.pattern.event_type != "ASSAULT":
        return False
    noun = c.tok if c.pattern.noun else c.second_tok
    if noun is None:  # "waging a tariff fight": the verb's object
        noun = next((ch for ch in c.tok.children if ch.dep_ in ("dobj", "obj")), None)
        if noun is not None and noun.lemma_.lower() in ABSTRACT_FOES:
            return True  # "to fight corruption"
    return noun is not None and any(ch.dep_ in ("amod", "compound", "nmod") and ch.lower_ in FIGURATIVE
                                    for ch in noun.children)


_BARRING_TYPES = frozenset({"COERCE", "SANCTION", "REJECT"})
_POSING_VERBS = frozenset("pose represent constitute present représenter constituer".split())
_DANGER_NOUNS = frozenset("threat danger risk menace risque".split())
# Verbs of breaking or dodging a measure: the measure they take ("would violate a U.N. arms embargo",
# "contourner les sanctions") is one already in force, named, not imposed here.
_BREACH_VERBS = frozenset("violate breach defy flout evade circumvent bypass skirt dodge "
                          "violer enfreindre contourner braver".split())


def _posed(c: _Cand) -> bool:
    """A threat that something "poses" or "represents" ("Russia poses a threat to NATO", "représente
    une menace") describes a danger; nobody threatened anybody, and the posing verb is no act either."""
    if c.pattern.noun:
        return c.pattern.event_type == "THREATEN" and c.tok.dep_ in ("dobj", "obj", "attr") \
            and c.tok.head.lemma_.lower() in _POSING_VERBS
    return c.tok.lemma_.lower() in _POSING_VERBS and any(
        ch.dep_ in ("dobj", "obj", "attr") and ch.lemma_.lower() in _DANGER_NOUNS for ch in c.tok.children)


def _breached(c: _Cand) -> bool:
    """A nominal trigger that is the object of a verb of breaking or dodging it ("violating the
    sanctions", "contourner l'embargo") refers to a measure in force: no event of its own."""
    return c.pattern.noun and c.tok.dep_ in ("dobj", "obj") and any(
        x in _BREACH_VERBS for x in (c.tok.head.lemma_.lower(), c.tok.head.lower_))


def _own_actor(noun: Token, ments: _Mentions) -> bool:
    """A noun with its own possessor actor ("discussed Russia's transfer of arms") is an act of its
    own, not the mere object of the verb."""
    return any(
        ch.dep_ in ("poss", "nmod:poss") and ch.lower_ not in POSS_PRONOUNS and ments.nearest(ch) is not None
        for ch in noun.children
    )


def _shared_head_pair(c: _Cand, sent: Span, ments: _Mentions) -> None:
    """A joint act of coordinated demonyms sharing a head ("joint patrols by Tanzanian and
    Mozambican troops"): the first is the source, the other the target."""
    heads = [t for t in sent if ments.at(t) is c.source and ments.at(t.head) is c.source or
             (ments.at(t) is c.source and t.head.i == t.i)]
    for noun in heads + [t for t in sent if ments.at(t) is c.source and t not in heads]:
        first = _first_modifier(noun, ments, c.source)
        if first is not c.source:
            if c.target is None:
                c.target, c.target_direct = c.source, True
            c.source = first
            return


def _mention_tokens(root: Token, ments: _Mentions, m: ActorMention) -> list[Token]:
    return [t for t in root.subtree if ments.at(t) is m]


def _partner(node: Token, ments: _Mentions, source: ActorMention) -> ActorMention | None:
    """Another actor coordinated with the source inside the phrase `node` ("X and Y", "X et Y")."""
    src_toks = {t.i for t in _mention_tokens(node, ments, source)}
    if not src_toks:
        return None
    for t in node.subtree:
        if t.dep_ != "conj":
            continue
        head = t.head
        if t.i in src_toks:  # "Russian and DPRK leaders" with the source on "DPRK leaders"
            m = ments.at(head)
            if head.i not in src_toks and m is not None and (
                    not _self_directed(source.actor, m.actor) or _twin(source.actor, m)):
                return m
            continue
        # the conjunct must be coordinated with the source itself (or with the word it modifies)
        if head.i not in src_toks and not any(x.i in src_toks for x in head.children if x.dep_ != "conj"):
            continue
        m = ments.nearest(t, avoid=source.actor)
        if m is None:  # "entre le MSA et le GATIA": two groups that share a code
            m = ments.nearest(t, exclude=(source,))
            m = m if _twin(source.actor, m) else None
        if m is not None:
            return m
    return None


def _twin(a: Actor, m: ActorMention | None) -> bool:
    """`m` is another actor with `a`'s code (see `_same_actor`)."""
    return m is not None and _actor_key(a) == _actor_key(m.actor) and not _same_actor(a, m.actor)


def _between_args(c: _Cand, tok: Token, ments: _Mentions) -> None:
    """Source and target of a symmetric act from "between X and Y" / "entre X et Y" under `tok`."""
    for ch in tok.children:
        node = None
        if ch.dep_ == "prep" and ch.lower_ in BETWEEN:
            node = next((g for g in ch.children if g.dep_ == "pobj"), None)
        elif ch.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and any(
            g.dep_ == "case" and g.lower_ in BETWEEN for g in ch.children
        ):
            node = ch
        if node is None:
            continue
        src = ments.nearest(node)
        if src is None:
            continue
        c.source, c.source_direct = src, True
        c.target = _partner(node, ments, src)
        c.target_direct = c.target is not None
        return
    for ch in tok.children:  # "the France-Mali defence agreement was signed"
        if (ch.dep_ in OBJ_DEPS or ch.dep_ in PASSIVE_SUBJ) and ch.pos_ in ("NOUN", "PROPN") \
                and _pair_args(c, ments, ch):
            return


def _same_role(a: ActorMention | None, b: ActorMention | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _same_side(a.actor, b.actor)


def _governs(a: Token, b: Token) -> bool:
    """True when `b` sits in `a`'s clause tree by a path that is not only coordination."""
    cur, only_conj = b, True
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ not in ("conj", "cc"):
            only_conj = False
        cur = cur.head
        if cur.i == a.i:
            return not only_conj
    return False


def _nested_targets(node: Token, lang: str) -> list[Token]:
    """Phrases inside a nominal trigger's source phrase that name where the act goes ("la visite du
    ministre russe à Bamako", "the withdrawal of France from Mali" when "from" hangs on "France")."""
    out: list[Token] = []
    for t in node.subtree:
        if t.i == node.i:
            continue
        if t.dep_ == "prep" and t.lower_ in NESTED_TARGET_PREPS["en"]:
            out.extend(g for g in t.children if g.dep_ == "pobj")
            out.extend(gg for g in t.children if g.dep_ == "prep" for gg in g.children if gg.dep_ == "pobj")
        elif (t.dep_ == "nmod" or t.dep_.startswith("obl")) and any(
            g.dep_ == "case" and g.lower_ in NESTED_TARGET_PREPS["fr"] for g in t.children
        ):
            out.append(t)
    return out


def _nested_from(node: Token, lang: str) -> list[Token]:
    """"de"/"from" phrases inside a source phrase ("le retrait de la France du Mali")."""
    out: list[Token] = []
    for t in node.subtree:
        if t.i == node.i:
            continue
        if t.dep_ == "prep" and t.lower_ in FROM_PREPS["en"]:
            out.extend(g for g in t.children if g.dep_ == "pobj")
        elif t.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in FROM_PREPS[lang] for g in t.children):
            out.append(t)
    return out


HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
# Dependencies by which the parts of "a Russia-Africa summit" hang on the noun they modify.
_PAIR_DEPS = frozenset({"compound", "amod", "nmod", "flat", "flat:name", "npadvmod", "punct"})


def hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """The two sides of an event noun modified by a hyphenated pair of names ("a Russia-Africa
    summit", "US-China talks", "the France-Mali defence agreement", "le sommet Russie-Afrique"):
    (word before the hyphen, word after it), both capitalised and glued to the hyphen, the pair
    hanging on the noun through modifier dependencies (at most three steps). Lower-case halves
    ("French-speaking", "pro-Russian", "Russia-backed") are no pair."""

    def attached(t: Token) -> bool:
        cur = t
        for _ in range(3):
            if cur.dep_ not in _PAIR_DEPS or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.i == noun.i:
                return True
        return False

    doc = noun.doc
    sent = noun.sent
    for h in sent:
        if h.text not in HYPHENS or h.i == sent.start or h.i + 1 >= sent.end or h.whitespace_:
            continue
        a, b = doc[h.i - 1], doc[h.i + 1]
        if a.whitespace_ or not (a.text[:1].isupper() and b.text[:1].isupper()) \
                or not (a.is_alpha and b.is_alpha) or noun.i in (a.i, b.i):
            continue
        if attached(a) or attached(h) or attached(b):  # the parser may hang one half elsewhere
            return a, b
    return None


def _pair_args(c: _Cand, ments: _Mentions, noun: Token | None = None) -> bool:
    """"US-China talks": the first side is the source, the second the target. When one side names no
    actor ("a Russia-Africa summit", "le sommet Afrique-France": a region's states meeting one
    country) the named country is the target, whichever side it stands on, and the source stays
    open. True when the pair gave an actor. `noun` is the trigger's own noun, or the object of a
    symmetric verb with no subject actor ("the France-Mali agreement was signed")."""
    pair = hyphen_pair(noun if noun is not None else c.tok)
    if pair is None:
        return False
    src, tgt = ments.at(pair[0]), ments.at(pair[1])
    if src is None and tgt is None:
        return False
    if tgt is None or tgt is src:
        src, tgt = None, src
    c.source, c.source_direct = src, src is not None
    c.target, c.target_direct = tgt, True
    return True


_NOUN_MODS = frozenset({"amod", "compound", "poss", "nmod:poss"})


def _french_noun_roles(src_nodes: list[Token], tgt_nodes: list[tuple[int, Token]], ments: _Mentions) -> None:
    """French nominal triggers with no "par" phrase (that one is handled with the English "by"), in
    place: a "de" noun that is no actor but holds one is the target ("l'attaque du camp de la MINUSMA":
    the camp is the MINUSMA's)."""
    moved = [n for n in src_nodes if n.dep_ not in _NOUN_MODS and ments.at(n) is None and ments.nearest(n) is not None]
    tgt_nodes.extend((1, n) for n in moved)
    src_nodes[:] = [n for n in src_nodes if n not in moved]


# acts done to persons or property (CAMEO): seizure, arrest, expulsion, abduction, assault, torture,
# killing, assassination, release; their "of" phrase names whom or what they are done to
_DONE_TO_CODES = frozenset({"171", "1711", "173", "174", "181", "182", "1821", "1822", "1823", "184", "185",
                            "186", "0841", "0842"})


def _of_phrase(n: Token) -> bool:
    """Is `n` a noun's "of" / "de" complement ("of the leader", "du maire", "d'un élu")?"""
    if n.dep_ == "pobj":
        return n.head.lower_ == "of"
    return n.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in n.children)


# nouns whose "of" act is only proposed or hoped for ("the U.S. proposal of a ceasefire"): their owner
# does not do it
_UNREALISED = frozenset("proposal plan idea prospect hope offer call demand bid push".split())


def _noun_args(c: _Cand, ments: _Mentions, lang: str) -> None:
    tok = c.tok
    if _pair_args(c, ments):
        return
    src_preps = SOURCE_PREPS_NOUN[lang]
    motion: Token | None = None  # the verb of coming "for" the talks, if any
    src_nodes: list[Token] = []
    tgt_nodes: list[tuple[int, Token]] = []
    between: Token | None = None
    pron_poss = False
    for ch in tok.children:
        d = ch.dep_
        if (d in ("poss", "nmod:poss") and ch.lower_ in POSS_PRONOUNS) or (
            d == "det" and "Poss=Yes" in str(ch.morph)
        ):
            pron_poss = True  # "its offensive", "son offensive": the clause's subject
        elif d in ("poss", "nmod:poss", "compound", "amod"):
            src_nodes.append(ch)
        elif d == "prep":
            objs = [g for g in ch.children if g.dep_ == "pobj"]
            if ch.lower_ in BETWEEN and objs:  # "talks between X and Y"
                between = between or objs[0]
            elif ch.lower_ in src_preps or (ch.lower_ == "from" and c.pattern.event_type in FROM_SOURCE_TYPES):
                src_nodes.extend(objs)
            elif ch.lower_ in PREP_PRIMARY["en"]:
                tgt_nodes.extend((1, g) for g in objs)
            elif ch.lower_ in PREP_SECONDARY["en"]:
                tgt_nodes.extend((2, g) for g in objs)
        elif d == "nmod" or d.startswith("obl"):
            cases = [g.lower_ for g in ch.children if g.dep_ == "case"]
            if any(x in BETWEEN for x in cases):  # "des pourparlers entre X et Y"
                between = between or ch
            elif any(x in src_preps for x in cases):
                src_nodes.append(ch)
            elif any(x in PREP_PRIMARY["fr"] for x in cases):
                tgt_nodes.append((1, ch))
            else:
                tgt_nodes.append((2, ch))
    if between is None and tok.dep_ in SUBJ_DEPS and lang == "en":
        # "clashes erupted between Indian and Chinese troops", "a truce between X and Y took effect":
        # the parser hangs the "between" phrase on the verb the noun is the subject of
        between = next((g for p in tok.head.children if p.dep_ == "prep" and p.lower_ in BETWEEN
                        for g in p.children if g.dep_ == "pobj"), None)
    agents = [n for n in src_nodes if n.dep_ == "pobj" and n.head.lower_ == "by"] + [
        n for n in src_nodes if n.dep_ != "pobj" and any(g.dep_ == "case" and g.lower_ == "par" for g in n.children)]
    # the parser often hangs the "by" phrase on the "of" object ("the arrest of the leader by police")
    agents += [g for n in src_nodes if n.dep_ == "pobj" and n.head.lower_ == "of"
               for p in n.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    agents += [g for n in src_nodes if n.dep_ != "pobj" for g in n.children
               if g.dep_ in ("nmod", "obl") and any(x.dep_ == "case" and x.lower_ == "par" for x in g.children)]
    src_nodes = src_nodes + [a for a in agents if a not in src_nodes]
    if agents:
        # "the sanctioning of Albania's former leader by the United States", "l'attaque du convoi par des
        # hommes armés": "by" / "par" names the actor, the "of" / "de" phrase the one acted upon
        tgt_nodes.extend((1, n) for n in src_nodes if n not in agents and n.dep_ not in _NOUN_MODS)
        src_nodes = [n for n in src_nodes if n in agents or n.dep_ in _NOUN_MODS]
        src_nodes.sort(key=lambda n: n not in agents)
    if tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in DRAWING_VERBS:
        # "North Korea's launches drew condemnation from Japan": the reaction's source, the cause's actor
        # its target (the parser may hang the "from" phrase on the verb)
        if c.pattern.event_type in FROM_SOURCE_TYPES:
            src_nodes.extend(g for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "from"
                             for g in p.children if g.dep_ == "pobj")
        if (subj := _subject(tok.head)) is not None:
            tgt_nodes.append((1, subj))
    if c.pattern.pattern.startswith("deverbal:") or c.pattern.cameo in _DONE_TO_CODES:
        # "the lifting of the curfew": the "of" phrase is the verb's object, never the actor; so is
        # the one an act is done to ("the expulsion of the Spanish ambassador", "the killing of three
        # soldiers", "the release of two hostages", "l'assassinat du maire", "l'enlèvement d'un élu")
        done_to = [n for n in src_nodes if _of_phrase(n)]
        tgt_nodes.extend((2, n) for n in done_to)
        src_nodes = [n for n in src_nodes if n not in done_to]
    if c.pattern.event_type in ("ASSAULT", "COERCE"):
        # "a siege of the Gaza Strip", "the bombing of Kyiv": a place in the "of" phrase is what is hit
        placed = [n for n in src_nodes if n.dep_ == "pobj" and n.head.lower_ == "of"
                  and (m := ments.at(n)) is not None and m.kind in PLACE_KINDS]
        tgt_nodes.extend((1, n) for n in placed)
        src_nodes = [n for n in src_nodes if n not in placed]
    if c.pattern.event_type == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        # "in protest of the police's actions": the "of" phrase is what is protested
        tgt_nodes.extend((1, n) for n in src_nodes if n.dep_ == "pobj")
        src_nodes = [n for n in src_nodes if n.dep_ != "pobj"]
    if lang == "fr" and not pron_poss and not agents:
        _french_noun_roles(src_nodes, tgt_nodes, ments)
    if pron_poss:  # "son retrait du Mali": the possessor is the source, a "de" phrase is the place
        tgt_nodes.extend((2, n) for n in src_nodes if n.dep_ not in _NOUN_MODS)
        # ... and an international body named in the noun phrase is the forum, not the actor ("its
        # Security Council veto" is the possessor's)
        src_nodes = [n for n in src_nodes if n.dep_ in _NOUN_MODS
                     and not ((m := ments.nearest(n)) is not None and m.actor.sector == "IGO")]
    src = None
    if between is not None:
        src = ments.nearest(between)
        if src is not None:
            c.source_direct = True
            partner = _partner(between, ments, src)
            if partner is not None:
                if partner.start < src.start:  # "between Indian and Chinese troops": the first named first
                    src, partner = partner, src
                c.source, c.target, c.target_direct = src, partner, True
                return
    own_forces = [n for n in src_nodes if _pronoun_possessed_force(n, ments)]
    if own_forces:  # "le retrait de leurs forces": the forces of the clause's subject
        pron_poss = True
        src_nodes = [n for n in src_nodes if n not in own_forces]
    for n in sorted(src_nodes, key=lambda t: t.i):
        nested = _nested_targets(n, lang)
        src = ments.nearest(n, block=nested)
        if src:
            c.source_direct = True
            tgt_nodes.extend((1, x) for x in nested)
            if src.kind != "agent":  # "France du Mali", "Wagner du Mali" are no names: a second place
                tgt_nodes.extend(
                    (2, x) for x in _nested_from(n, lang)
                    if (m := ments.nearest(x)) is not None and m.kind in ("country", "capital")
                )
            break
    if src is None and lang == "en" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.pos_ == "NOUN" and ments.at(tok.head.head) is None \
            and tok.head.head.lemma_.lower() not in _UNREALISED:
        # "Trump's imposition of sanctions", "Russia's lifting of the embargo": the carrier noun's owner
        for n in tok.head.head.children:
            if n.dep_ in ("poss", "compound", "amod") and (m := ments.nearest(n)) is not None:
                src, c.source_direct = m, True
                break
    if src is None:
        carrier = tok  # "held a new round of talks": the measure word carries the noun
        if tok.dep_ in ("pobj", "nmod") and tok.head.dep_ in ("prep", "case", *OBJ_DEPS) \
                and tok.head.head.lemma_.lower() in PARTITIVE_NOUNS and tok in _of_nouns(tok.head.head):
            carrier = tok.head.head
        elif tok.dep_ == "nmod" and tok.head.lemma_.lower() in PARTITIVE_NOUNS and tok in _of_nouns(tok.head):
            carrier = tok.head
        head = carrier.head
        on_state = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _STATE_VERBS.get(tok.head.lower_, ())
        if on_state:  # "went on strike", "are on strike", "is in talks with", "engaged in talks"
            s = _subject(tok.head.head) or next((x for x in tok.head.head.children if x.dep_ in PASSIVE_SUBJ), None)
            src = _arg(s, ments) if s is not None else None
        elif carrier.dep_ == "pobj" and carrier.head.lower_ in ("for", "pour", "to") \
                and carrier.head.head.lemma_.lower() in _MOTION_VERBS:  # "... for talks", "return to negotiations"
            # "arrived in Tunis for talks", "... for a new round of negotiations": who came
            motion = carrier.head.head
            src, _, _ = _find_source(motion, ments, lang)
        elif (verb := _taking_part(tok)) is not None:  # "took part in joint drills": who took part
            src, _, _ = _find_source(verb, ments, lang)
        elif carrier.dep_ in PASSIVE_SUBJ and any(x in LIGHT_VERBS for x in _lemmas(head, lang)):
            agent = _agent(head)  # "joint patrols are carried out by Tanzanian troops"
            src = _arg(agent, ments) if agent is not None else None
        elif carrier.dep_ in OBJ_DEPS and head.i != carrier.i and any(x in LIGHT_VERBS for x in _lemmas(head, lang)):
            s = _subject(head)
            if s is not None and not _is_pronoun(s):
                src = _arg(s, ments)
            elif s is not None or head.dep_ in ("xcomp", "ccomp", "conj"):
                # "Kyiv said it had carried out a cyberattack": the pronoun's antecedent; "Manila is
                # ready to expand joint patrols": the controlling subject
                src, _, _ = _find_source(head, ments, lang)
    if src is None and pron_poss:
        src = _governing_source(tok, ments, lang, 0)
    if src is None and (c.pattern.event_type == "PROTEST" or c.pattern.pattern == "noun:show of force") \
            and tok.dep_ in ("pobj", "obl", "nmod") \
            and (tok.head.lower_ in ("in", "en") or any(g.dep_ == "case" and g.lower_ == "en" for g in tok.children)):
        # "hundreds gathered outside the embassy in protest against ...": those who gathered
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:
            src, _, _ = _find_source(verb, ments, lang)
    c.source = src
    # extra "of/de" phrases after the first one that held the source are targets ("retrait ... du Mali")
    for n in src_nodes:
        if src is None or ments.nearest(n) is not src:
            if n.dep_ not in _NOUN_MODS:
                tgt_nodes.append((2, n))
    if tok.dep_ in OBJ_DEPS and tok.head.i != tok.i:
        # "launched its attack against Mali": the parser hangs the target phrase on the verb
        for ch in tok.head.children:
            if ch.i < tok.i:
                continue
            if ch.dep_ == "prep" and ch.lower_ in NESTED_TARGET_PREPS["en"]:
                tgt_nodes.extend((3, g) for g in ch.children if g.dep_ == "pobj")
            elif ch.dep_ == "prep" and ch.lower_ in ("on", "upon"):  # "will keep sanctions on Iran"
                tgt_nodes.extend((4, g) for g in ch.children if g.dep_ == "pobj")
            elif ch.dep_.startswith("obl") and any(
                g.dep_ == "case" and g.lower_ in NESTED_TARGET_PREPS["fr"] for g in ch.children
            ):
                tgt_nodes.append((3, ch))
    if motion is not None:  # "arrived in Yerevan for talks": the host, after the talks' own partners
        tgt_nodes.extend((5, g) for p in motion.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
                         for g in p.children if g.dep_ == "pobj")
    excl = (src,) if src else ()
    ordered = [n for _, n in sorted(tgt_nodes, key=lambda x: (x[0], x[1].i))]
    for avoid in ((src.actor, None) if src else (None,)):
        for n in ordered:
            m = ments.nearest(n, excl, avoid=avoid)
            if m is not None:
                c.target, c.target_direct = m, True
                return


def _confidence(c: _Cand) -> float:
    light = _light_head(c.tok) if c.pattern.noun else None
    conf = 0.35 if c.pattern.noun and light is None else 0.55
    if c.source is not None:
        conf += 0.15 if c.source_direct else 0.07
    if c.target is not None:
        conf += 0.12 if c.target_direct else 0.05
    if c.pattern.second:
        conf += 0.08
    if not c.pattern.noun:
        conf += _clause_rank(c.tok)
    elif light is not None:  # "began a hunger strike": told as by a verb
        conf += _clause_rank(light)
    elif c.tok.dep_ == "ROOT" or c.tok.head.i == c.tok.i:
        conf += 0.03  # a noun heading a verbless sentence (a headline, "Attaque d'un convoi ...")
    if c.pattern.fallback:
        conf -= _FALLBACK_PENALTY
    if c.content_of is not None:
        conf = min(conf, _confidence(c.content_of) - _CONTENT_PENALTY)
    if c.derived_from is not None:
        conf = min(conf, _confidence(c.derived_from) - _CONTENT_PENALTY)
    if c.hypothetical and not any(x.dep_.startswith("aux") and x.lower_ in FUTURE_AUX.get(c.tok.lang_, ())
                                  for x in c.tok.children):
        # what may happen, or happens only on a condition, is less of an event; what is announced
        # ("would withdraw") is told as it is
        conf -= _HYPOTHETICAL_PENALTY
    return round(max(0.05, min(0.95, conf)), 2)


def _light_head(noun: Token) -> Token | None:
    """The light verb whose object `noun` is ("began a hunger strike", "went on strike"), if any."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        return head.head
    if noun.dep_ in OBJ_DEPS and head.pos_ == "VERB" and head.lemma_.lower() in LIGHT_VERBS:
        return head
    return None


# Acts done in answer to another's ("in response to", "in retaliation for"; a mobilisation "after" another's
# act): the one answered is their target when they name none
_RESPONDING_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "THREATEN"})
_RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "reprisals", "reaction", "answer"})


def _provoker(c: _Cand, sent: Span, ments: _Mentions) -> ActorMention | None:
    """The actor `c` answers: the one named in its clause's "in response to" / "in retaliation for"
    phrase ("NATO put more warplanes on standby in response to Russia's military build-up"), or, for a
    mobilisation, the subject of its "after" clause ("raised its alert level after North Korea fired a
    missile"); never the source's own side."""
    tok, own = c.tok, (c.source.actor if c.source is not None else None)
    clause = {tok.i, tok.head.i}
    for t in sent:
        anchor = t.head.head  # what the "in response" phrase hangs on: the trigger, its head or below it
        if t.lemma_.lower() in _RESPONSE_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in" and (
                anchor.i in clause or any(a.i == tok.i for a in anchor.ancestors)):
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "for"):
                    m = next((ments.nearest(g, avoid=own) for g in p.children if g.dep_ == "pobj"), None)
                    if m is not None:
                        return m
    if c.pattern.event_type == "MOBILIZE" and not c.pattern.noun:
        for cl in tok.children:
            if cl.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "after" for g in cl.children):
                subj = _subject(cl)
                m = ments.nearest(subj, avoid=own) if subj is not None else None
                if m is not None and m.actor.country:  # a state's act provokes; "a gunman" is no side
                    return m
    return None


# Subordinators of a clause that tells what happened before or around the main event: its background.
BACKGROUND_MARKS = frozenset({"after", "before", "since", "until"})


def _background(tok: Token) -> bool:
    """`tok` heads, or is the complement of, an "after / before / since / until" clause."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in cur.children)
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _clause_rank(tok: Token) -> float:
    """+0.03 for the main clause (or one coordinated with it, or the clause a reporting verb
    introduces), -0.08 for relative, adverbial and adnominal clauses, 0 otherwise."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return 0.03
        if _background(cur):
            return -0.15  # "..., two weeks after Royal Marines helped detain ...": what came before
        if cur.dep_ in RELCL_DEPS or cur.dep_ in ("acl", "advcl"):
            return -0.08
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in _ALL_REPORTING:
            cur = cur.head
            continue
        return 0.0
    return 0.0


_ALL_REPORTING = REPORTING["en"] | REPORTING["fr"]
