"""Build ``realpolitik/data/verbs/en_cameo.tsv`` from a transcription of the PETRARCH2 CAMEO verb dictionary.

Source: ``openeventdata/petrarch2:petrarch2/data/dictionaries/CAMEO.2.0.txt`` (MIT licence, (c) 2015 Open
Event Data Alliance; a composite of the TABARI CAMEO dictionaries and WordNet synonym sets). Its verb blocks
were transcribed to rows ``verb<TAB>second<TAB>code<TAB>origin``: one ``default`` row per verb of a block with
a default code, and one ``pattern`` row per verb for each block pattern that is the verb followed by one word
or by a prepositional phrase (only the preposition kept). Nothing else of the dictionary is used.

Rules applied here:
- the PLOVER type and mode come from our ontology (``data/ontology/cameo.tsv``); codes with no PLOVER type
  (plain statements, 01x) are dropped, and a code missing from the ontology falls back to its parent;
- no verb triggers alone: a block's one-word verbs are largely WordNet synonyms whose code in the
  transcription is the block's default, not always theirs ("consider", "face" and "learn" would be CONSULT),
  and on our development gold they cost precision; multi-word verbs ("call for", "step up") and
  verb + object / particle patterns stay;
- a "verb + preposition" row transcribed from a prepositional phrase is kept only for to / with / against /
  toward(s) and particles (the phrase's object, which carried the meaning, is not transcribed);
- a pattern listed twice with different codes keeps the code most rows give it (ties: the first seen).
The coder loads this file after ``en.tsv``; ``en.tsv`` wins wherever both speak (see events._load_lexicon).

Usage: python tools/build_cameo_verbs.py TRANSCRIPTION.tsv [...] > realpolitik/data/verbs/en_cameo.tsv
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

# prepositions that in the dictionary head a phrase whose object carried the meaning ("(IN AID)"): a
# transcribed "verb + preposition" row of these is too general to keep; particles (up, off, out, back)
# and the target-introducing to / with / against / toward stay
LOOSE_PREPS = frozenset(
    "in at on by for from of into onto over as about after under through across among around between before "
    "without within inside outside near during since until upon beyond behind via like than".split()
)
def ontology() -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) for the codes our ontology gives a PLOVER type."""
    from realpolitik.coding.ontology import Ontology

    onto = Ontology.load()
    return {code: (e.plover, e.mode or "") for code in onto.codes() if (e := onto.cameo(code)).plover}


def main(paths: list[str]) -> int:
    onto = ontology()
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    order: list[tuple[str, str]] = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            f = line.rstrip("\n").split("\t")
            if len(f) < 4:
                continue
            verb, second, code, origin = (x.strip().lower() for x in f[:4])
            if not verb.replace("-", "").isalpha() or (second and not second.replace("-", "").isalpha()):
                continue
            if not second:  # a block's one-word synonyms: see the module docstring
                continue
            if origin == "pattern" and second in LOOSE_PREPS:
                continue
            while code and code not in onto:
                code = code[:-1]
            if len(code) < 2 or code.startswith("01"):
                continue
            key = (verb, second)
            if key not in votes:
                order.append(key)
            votes[key][code] += 1
    print("# English verb patterns derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt,")
    print("#   openeventdata/petrarch2; MIT licence, Copyright (c) 2015 Open Event Data Alliance; itself a composite of")
    print("#   the TABARI CAMEO dictionaries and WordNet synonym sets). Built by tools/build_cameo_verbs.py, 2026-12-01:")
    print("#   multi-word verbs and verb + word / verb + particle patterns only; PLOVER type and mode from our")
    print("#   ontology/cameo.tsv; statements (01x) and one-word verbs alone left out. Loaded after en.tsv,")
    print("#   which wins wherever both have a pattern (and for any verb en.tsv lists, its bare-verb choice).")
    print("pattern\tevent_type\tmode\tcameo\tnotes")
    for verb, second in order:
        code = votes[(verb, second)].most_common(1)[0][0]
        etype, mode = onto[code]
        pattern = f"{verb} {second}" if second else verb
        print(f"{pattern}\t{etype}\t{mode}\t{code}\tCAMEO.2.0")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
