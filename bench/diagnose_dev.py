"""Print the development-gold sentences where the coder disagrees with the annotation (for development).

Usage: python -m bench.diagnose_dev [voa|fr_press|founding]
"""

from __future__ import annotations

import json
import sys

from bench.evaluate import CORPORA, FOUNDING_DATE, GOLD, _code_docs, sentence_hash


def _triples(events, src, tgt) -> list:
    return sorted(((e["event_type"], src(e), tgt(e)) for e in events), key=str)


def main(argv: list[str]) -> int:
    gold = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    wanted = argv[0] if argv else None
    results = {c: _code_docs([p], FOUNDING_DATE if c == "founding" else None)
               for c, p in CORPORA.items() if wanted in (None, c)}
    for g in gold:
        if g["corpus"] not in results:
            continue
        r = results[g["corpus"]]
        sents = {(s["doc_id"], sentence_hash(s["text"])): s for s in r.sentences}
        s = sents[(g["doc_id"], g["sentence"])]
        pred = [e for e in r.events if e["doc_id"] == g["doc_id"] and e["sentence_index"] == s["sentence_index"]]
        got = _triples(pred, lambda e: (e["source"] or {}).get("country"), lambda e: (e["target"] or {}).get("country"))
        want = _triples(g["events"], lambda e: e.get("source_country"), lambda e: e.get("target_country"))
        if got != want:
            print("S:", s["text"][:300])
            print("   gold:", want)
            print("   pred:", [(e["event_type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"),
                               e["cameo"]) for e in pred])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
