"""Plain value types shared by the coding modules (actors, dates, quotes, events).

All character offsets are offsets into the *cleaned document text* (the text the
store keeps), so every record can point back at its evidence.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Actor:
    """A resolved actor, as in CONTRACTS §2: `code` joins country and sector (`FRAGOV`)."""

    text: str  # the words in the text
    name: str  # canonical name ("Jean-Yves Le Drian", "France", "Wagner Group")
    code: str  # "FRAGOV", "RUSPMC", "IGOUNO"; "" when nothing is known
    country: str | None  # ISO3, "SUN" for the Soviet Union, None for IGOs / unknown
    sector: str | None  # GOV MIL PMC REB CVL BUS MED IGO NGO OPP JUD EXP

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ActorMention:
    """Where an actor is named: `start:end` in the document text."""

    start: int
    end: int
    actor: Actor
    kind: str  # country | demonym | capital | person | org | group | agent


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str  # "2019", "2019-06", "2019-06-15"; a decade is its first year ("1960")
    precision: str  # day | month | year | decade


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation (without its marks) and, where found, who said it."""

    start: int  # offset of the first character of the quotation (first part)
    end: int  # offset after the last character of the quotation (last part)
    text: str  # the quotation without marks; parts of an interrupted quote joined by " "
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True)
class EventCandidate:
    """An event found in one sentence, before the pipeline attaches ids and dates."""

    event_type: str  # one of the 16 PLOVER types
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor | None
    target: Actor | None
    trigger_start: int  # offsets of the trigger word(s) in the document text
    trigger_end: int
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    warning_start: int | None = None  # an evaluation read as a warning's content: that verb's offset
