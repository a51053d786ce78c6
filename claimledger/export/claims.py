"""Claims export: the stable JSONL format (``schemas/claims.schema.json``) and a flat CSV.

One JSON object per claim, with the keys of issue 3's format (never renamed; keys may
be added), streamed from the store in document order. The CSV flattens the same
record: one row per claim, the first figure of each casualty kind in its own
columns, and every figure as JSON in ``figures``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy import func, or_, select

from claimledger.export.filters import ExportFilter
from claimledger.ledger import Ledger
from claimledger.models import ClaimOut
from claimledger.store import repo
from claimledger.store.tables import Claim, Document

CASUALTY_KINDS = ("killed", "injured", "captured", "missing", "displaced")

CSV_COLUMNS = (
    "claim_id", "doc", "doc_id", "incident_id", "type", "denied_type", "status", "confidence", "extractor",
    "date_start", "date_end", "date_precision", "date_text",
    "place_text", "place_name", "geonameid", "country", "admin1", "lat", "lon", "place_precision",
    *(f"{kind}{suffix}" for kind in CASUALTY_KINDS for suffix in ("", "_qualifier", "_low", "_high")),
    "perpetrator", "target", "attributed_to", "attribution_kind", "attribution_start", "attribution_end",
    "evidence_start", "evidence_end", "evidence_text", "label", "wording", "stance", "action", "figures",
)


def iter_claims(ledger: Ledger, flt: ExportFilter = ExportFilter(), *, batch: int = 2000) -> Iterator[ClaimOut]:
    """Claims that pass the filter, in document order, streamed in batches."""
    with ledger.session() as session:
        query = (
            select(Claim, func.coalesce(Document.ext_id, Document.path))
            .join(Document, Document.id == Claim.doc_id)
            .order_by(Claim.doc_id, Claim.evidence_start, Claim.id)
            .execution_options(yield_per=batch)
        )
        if flt.doc:
            query = query.where(Claim.doc_id == repo.get_document_row(session=session, ref=flt.doc).id)
        if flt.country_code:
            query = query.where(Claim.country == flt.country_code)
        if flt.types:
            query = query.where(Claim.type.in_(flt.types))
        if flt.since is not None:
            query = query.where(or_(Claim.date_end >= flt.since, Claim.date_start >= flt.since))
        if flt.until is not None:
            query = query.where(Claim.date_start <= flt.until)
        for row, label in session.execute(query):
            yield repo.claim_out(row, label)


def claim_record(claim: ClaimOut) -> dict[str, Any]:
    """One claim in the stable export format (issue 3), plus a few added keys."""
    date, place, actors, who, evidence = claim.date, claim.place, claim.actors, claim.attributed_to, claim.evidence
    return {
        "claim_id": claim.claim_id,
        "doc": claim.doc,
        "doc_id": claim.doc_id,
        "incident_id": claim.incident_id,
        "type": claim.type,
        "denied_type": claim.denied_type,
        "date": {
            "start": date.start.isoformat() if date.start else None,
            "end": date.end.isoformat() if date.end else None,
            "precision": date.precision,
            "text": date.text,
        },
        "place": {
            "text": place.text,
            "name": place.name,
            "geonameid": place.geonameid,
            "country": place.country,
            "admin1": place.admin1,
            "lat": place.lat,
            "lon": place.lon,
            "precision": place.precision,
        },
        "figures": [
            {
                "kind": f.kind,
                "what": f.what,
                "value": f.value,
                "qualifier": f.qualifier,
                "low": f.low,
                "high": f.high,
                "group": f.group,
                "start": f.start,
                "end": f.end,
                "text": f.text,
            }
            for f in claim.figures
        ],
        "actors": {"perpetrator": actors.perpetrator, "target": actors.target},
        "attributed_to": {"name": who.name, "kind": who.kind, "start": who.start, "end": who.end},
        "evidence": {"start": evidence.start, "end": evidence.end, "text": evidence.text},
        "confidence": claim.confidence,
        "status": claim.status,
        "extractor": claim.extractor,
        "label": claim.label,
        "wording": claim.wording,
        "stance": claim.stance,
        "perpetrator": claim.perpetrator,
        "action": claim.action,
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten a claim record into the CSV's columns."""
    date, place = record["date"], record["place"]
    row: dict[str, Any] = {
        "claim_id": record["claim_id"], "doc": record["doc"], "doc_id": record["doc_id"],
        "incident_id": record["incident_id"], "type": record["type"],
        "denied_type": record["denied_type"], "status": record["status"],
        "confidence": record["confidence"], "extractor": record["extractor"],
        "date_start": date["start"], "date_end": date["end"], "date_precision": date["precision"],
        "date_text": date["text"],
        "place_text": place["text"], "place_name": place["name"], "geonameid": place["geonameid"],
        "country": place["country"], "admin1": place["admin1"], "lat": place["lat"], "lon": place["lon"],
        "place_precision": place["precision"],
        # the stated perpetrator of an incident claim, or the party of a responsibility claim
        "perpetrator": record["actors"]["perpetrator"] or record["perpetrator"], "target": record["actors"]["target"],
        "attributed_to": record["attributed_to"]["name"], "attribution_kind": record["attributed_to"]["kind"],
        "attribution_start": record["attributed_to"]["start"], "attribution_end": record["attributed_to"]["end"],
        "evidence_start": record["evidence"]["start"], "evidence_end": record["evidence"]["end"],
        "evidence_text": record["evidence"]["text"], "label": record["label"], "wording": record["wording"],
        "stance": record["stance"], "action": record["action"],
        "figures": json.dumps(record["figures"], ensure_ascii=False),
    }
    for kind in CASUALTY_KINDS:
        first = next((f for f in record["figures"] if f["kind"] == kind), None)
        row[kind] = None if first is None else first["value"]
        row[f"{kind}_qualifier"] = None if first is None else first["qualifier"]
        row[f"{kind}_low"] = None if first is None else first["low"]
        row[f"{kind}_high"] = None if first is None else first["high"]
    return row


def write_jsonl(claims: Iterable[ClaimOut], out: TextIO) -> int:
    """Write one claim per line; RETURNS (int): the number written."""
    count = 0
    for claim in claims:
        out.write(json.dumps(claim_record(claim), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(claims: Iterable[ClaimOut], out: TextIO) -> int:
    """Write the flat CSV (header first); RETURNS (int): the number of claims written."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for claim in claims:
        writer.writerow(csv_row(claim_record(claim)))
        count += 1
    return count
