"""Hand-made rows for the index tests: events between actors, SIPRI deliveries, written to a `Store`."""

from __future__ import annotations

import itertools

_ids = itertools.count()


def actor(country: str | None, sector: str | None = "GOV") -> dict:
    code = (country or "IGO") + (sector or "")
    return {"text": code, "name": code, "code": code, "country": country, "sector": sector}


def event(src: str, tgt: str, event_type: str, goldstein: float, date: str | None = "2020-06-01", *,
          src_sector: str | None = "GOV", tgt_sector: str | None = "GOV", mode: str | None = None,
          quad_class: int | None = None, negated: bool = False, hypothetical: bool = False,
          confidence: float = 1.0, sentence: str | None = None) -> dict:
    """An event as the coder emits it (without doc_id/event_id: `add_events` sets them)."""
    if quad_class is None:
        quad_class = (1 if goldstein >= 0 else 3) if event_type in (
            "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE") else (2 if goldstein >= 0 else 4)
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
    return {"kind": "event", "sentence_index": 0,
            "sentence": sentence or f"{src} {event_type} {tgt} on {date}",
            "char_start": 0, "char_end": 10, "source": actor(src, src_sector), "target": actor(tgt, tgt_sector),
            "event_type": event_type, "mode": mode, "cameo": "040", "goldstein": goldstein,
            "quad_class": quad_class, "date": date, "date_precision": precision, "date_text": None,
            "negated": negated, "hypothetical": hypothetical, "confidence": confidence}


def add_events(store, events: list[dict], *, doc_date: str = "2020-12-31", title: str = "a report",
               url: str | None = None) -> str:
    """Write `events` as one coded document; returns its doc_id."""
    doc_id = f"doc{next(_ids)}"
    doc = {"kind": "document", "doc_id": doc_id, "title": title, "date": doc_date, "lang": "en",
           "n_sentences": 1, "n_events": len(events), "n_quotes": 0, "text": "text", "url": url,
           "source": None, "origin": "test", "meta": {}}
    rows = [{**e, "doc_id": doc_id, "event_id": f"{doc_id}-e{i}", "sentence_index": i} for i, e in enumerate(events)]
    sents = [{"doc_id": doc_id, "sentence_index": i, "char_start": 0, "char_end": 4, "text": "text"}
             for i in range(len(events))]
    store.write_batch([doc], sents, rows, [])
    return doc_id


def add_dataset_events(store, events: list[dict], dataset: str = "gdelt") -> None:
    rows = [{**e, "doc_id": None, "event_id": f"{dataset}-{n}", "dataset": dataset, "row_id": str(n),
             "url": f"https://example.org/{n}", "confidence": None, "sentence": None}
            for n, e in ((next(_ids), e) for e in events)]
    store.write_dataset_batch(rows, [])


def delivery(supplier: str | None, recipient: str, year: int, tiv: float | None, *, designation: str = "Mi-171Sh",
             description: str = "transport helicopter") -> dict:
    n = next(_ids)
    return {"record_id": f"{n}:{year}", "row_id": str(n), "dataset": "sipri", "supplier": supplier or "unknown rebels*",
            "supplier_iso3": supplier, "supplier_kind": "state" if supplier else "nonstate",
            "recipient": recipient, "recipient_iso3": recipient, "recipient_kind": "state",
            "designation": designation, "description": description, "category": "aircraft", "status": None,
            "order_year": year - 1, "delivery_year": year, "numbers_delivered": 1, "tiv_deal_unit": tiv,
            "tiv_delivered": tiv}


def add_deliveries(store, rows: list[dict]) -> None:
    store.write_dataset_batch([], rows)
