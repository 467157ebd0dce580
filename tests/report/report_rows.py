"""Rows for the report tests (imported by conftest.py and the tests): text events between FRA/RUS and MLI,
a dataset event, quotes, SIPRI deliveries, and one document whose title, text, sentence and quote carry
HTML and script payloads."""

from __future__ import annotations

from pathlib import Path

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(2)>"
XSS_TEXT = f"France warned the junta {XSS_SCRIPT} and {XSS_IMG} in Bamako."
XSS_TITLE = f"Report {XSS_IMG} title"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

ACTORS = {
    "FRA": {"text": "France", "name": "France", "code": "FRAGOV", "country": "FRA", "sector": "GOV"},
    "RUS": {"text": "Russia", "name": "Russia", "code": "RUSGOV", "country": "RUS", "sector": "GOV"},
    "MLI": {"text": "the junta", "name": "Mali junta", "code": "MLIMIL", "country": "MLI", "sector": "MIL"},
}


def _event(doc_id, i, src, tgt, event_type, goldstein, date, sentence, **extra):
    return {"kind": "event", "doc_id": doc_id, "event_id": f"{doc_id}-e{i}", "sentence_index": i,
            "sentence": sentence, "char_start": 0, "char_end": len(sentence or ""), "source": ACTORS[src],
            "target": ACTORS[tgt], "event_type": event_type, "mode": None, "cameo": "040", "goldstein": goldstein,
            "quad_class": 1 if goldstein >= 0 else 3, "date": date, "date_precision": "day", "date_text": None,
            "negated": False, "hypothetical": False, "confidence": 0.9, **extra}


def _document(doc_id, title, date, lang, text, events, quotes):
    doc = {"kind": "document", "doc_id": doc_id, "title": title, "date": date, "lang": lang,
           "n_sentences": len(events) or 1, "n_events": len(events), "n_quotes": len(quotes), "text": text,
           "url": None, "source": "test", "origin": f"{doc_id}.txt", "meta": {}}
    sentences = [{"doc_id": doc_id, "sentence_index": i, "char_start": 0, "char_end": len(e["sentence"]),
                  "text": e["sentence"]} for i, e in enumerate(events)]
    return [doc], sentences, events, quotes


def _quote(doc_id, n, text, speaker):
    return {"kind": "quote", "doc_id": doc_id, "quote_id": f"{doc_id}-q{n}", "sentence_index": 0, "text": text,
            "speaker": ACTORS[speaker], "speaker_text": ACTORS[speaker]["text"], "char_start": 0, "char_end": 5}


def build_store(path: Path) -> Path:
    from realpolitik.store import Store

    with Store(path) as store:
        store.write_batch(*_document(
            "xss", XSS_TITLE, "2021-09-16", "en", XSS_TEXT,
            [_event("xss", 0, "FRA", "MLI", "THREATEN", -4.4, "2021-09-16", XSS_TEXT)],
            [_quote("xss", 0, f"We will not accept {XSS_SCRIPT} or {XSS_IMG}", "FRA")]))
        store.write_batch(*_document(
            "ru1", "Russia and Mali sign a defence pact", "2021-06-01", "fr", "La Russie et le Mali ont signé un accord.",
            [_event("ru1", 0, "RUS", "MLI", "AGREE", 8.0, "2021-06-01", "La Russie et le Mali ont signé un accord."),
             _event("ru1", 1, "MLI", "RUS", "CONSULT", 1.9, "2021-06-02", "Le ministre malien s'est rendu à Moscou."),
             _event("ru1", 2, "RUS", "MLI", "AID", 7.4, "2022-02-01", "Moscou a livré des hélicoptères au Mali.")],
            [_quote("ru1", 0, "Nous sommes partenaires", "RUS")]))
        store.write_batch(*_document(
            "fr2", "France leaves Mali", "2022-02-17", "en", "France announced its withdrawal from Mali.",
            [_event("fr2", 0, "FRA", "MLI", "RETREAT", 7.0, "2022-02-17", "France announced its withdrawal from Mali."),
             _event("fr2", 1, "FRA", "MLI", "CONSULT", 1.9, "2020-03-01", "Macron met the Malian president in 2020.")],
            []))
        gdelt = _event(None, 0, "RUS", "MLI", "COOPERATE", 6.0, "2022-05-01", None)
        gdelt.update(doc_id=None, event_id="gdelt-1", dataset="gdelt", row_id="1", url="https://example.org/1",
                     confidence=None, sentence=None)
        deliveries = [
            {"record_id": f"{i}:{year}", "row_id": str(i), "dataset": "sipri", "supplier": sup, "supplier_iso3": sup,
             "supplier_kind": "state", "recipient": "Mali", "recipient_iso3": "MLI", "recipient_kind": "state",
             "designation": "Mi-171Sh", "description": "transport helicopter", "category": "aircraft", "status": None,
             "order_year": year - 1, "delivery_year": year, "numbers_delivered": 1, "tiv_deal_unit": tiv,
             "tiv_delivered": tiv}
            for i, (sup, year, tiv) in enumerate([("RUS", 2020, 10.0), ("RUS", 2021, 20.0), ("FRA", 2019, 5.0),
                                                  ("CHN", 2021, 4.0)])]
        store.write_dataset_batch([gdelt], deliveries)
    return path


