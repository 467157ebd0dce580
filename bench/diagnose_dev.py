"""Print the development-gold sentences where the coder disagrees with the annotation (for development).

Usage: python -m bench.diagnose_dev [voa|fr_press|founding]
"""
import json
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from bench.evaluate import CORPORA, FOUNDING_DATE, GOLD, _code_docs, sentence_hash

gold = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
corp = sys.argv[1] if len(sys.argv) > 1 else None
res = {}
for c, p in CORPORA.items():
    if corp and c != corp: continue
    res[c] = _code_docs([p], FOUNDING_DATE if c == "founding" else None)
for g in gold:
    if g["corpus"] not in res: continue
    r = res[g["corpus"]]
    sents = {(s["doc_id"], sentence_hash(s["text"])): s for s in r.sentences}
    s = sents[(g["doc_id"], g["sentence"])]
    pred = [e for e in r.events if e["doc_id"] == g["doc_id"] and e["sentence_index"] == s["sentence_index"]]
    P = sorted(((e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in pred), key=str)
    G = sorted(((e["event_type"], e.get("source_country"), e.get("target_country")) for e in g["events"]), key=str)
    if P != G:
        print("S:", s["text"][:300])
        print("   gold:", G)
        print("   pred:", [(e["event_type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["cameo"]) for e in pred])
