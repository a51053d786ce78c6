"""Hand-built claims and documents for the linking, comparison, grading and audit tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from claimledger.ledger import Ledger
from claimledger.models import (
    Actors,
    Attribution,
    ClaimIn,
    ClaimOut,
    DateValue,
    DocumentIn,
    DocumentMeta,
    Figure,
    PlaceValue,
    Span,
)
from claimledger.store import repo

QUALIFIER_BOUNDS = {
    "exact": lambda v: (v, v),
    "about": lambda v: (round(v * 0.9), round(v * 1.1)),
    "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None),
    "at_most": lambda v: (0, v),
    "up_to": lambda v: (0, v),
    "vague": lambda v: (v, v * 10),
}


def fig(kind: str, value: int, qualifier: str = "exact", *, group: str | None = None, what: str | None = None,
        high: int | None = None) -> Figure:
    if qualifier == "range":
        low, hi = value, high
    else:
        low, hi = QUALIFIER_BOUNDS[qualifier](value)
    return Figure(kind=kind, what=what, value=value, qualifier=qualifier, low=low, high=hi, group=group,  # type: ignore[arg-type]
                  start=0, end=0, text=str(value))


def _date(date: str | None) -> DateValue:
    if not date:
        return DateValue()
    if "/" in date:
        a, b = (dt.date.fromisoformat(x) for x in date.split("/"))
        return DateValue(start=a, end=b, precision="range", rule="test")
    d = dt.date.fromisoformat(date)
    return DateValue(start=d, end=d, precision="day", rule="test")


def claim(
    type: str = "missile_strike",
    *,
    place: str | None = None,
    country: str | None = None,
    geonameid: int | None = None,
    admin1: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    precision: str | None = "locality",
    date: str | None = None,
    figures: Sequence[Figure] = (),
    body: str = "Regional governor",
    kind: str = "cited",
    evidence: str | None = None,
    perpetrator: str | None = None,
    target: str | None = None,
    stance: str = "asserts",
    extra: dict[str, Any] | None = None,
) -> ClaimIn:
    """A claim; its evidence text defaults to a sentence describing it."""
    if evidence is None:
        nums = ", ".join(f"{f.value} {f.kind}" for f in figures)
        evidence = f"{body}: {nums or type}."  # short: never taken for a copy of another claim
    return ClaimIn(
        type=type,
        date=_date(date),
        place=PlaceValue(text=place, name=place, geonameid=geonameid, country=country, admin1=admin1, lat=lat,
                         lon=lon, precision=precision if place else None),  # type: ignore[arg-type]
        figures=list(figures),
        actors=Actors(perpetrator=perpetrator, target=target),
        attributed_to=Attribution(name=body, kind=kind),  # type: ignore[arg-type]
        evidence=Span(start=0, end=len(evidence), text=evidence),
        stance=stance,  # type: ignore[arg-type]
        extra=extra or {},
    )


def place_spans(claims: Sequence[ClaimIn]) -> tuple[str, list[ClaimIn]]:
    """Lay the claims' evidence end to end as a document text and fix every offset."""
    text = ""
    out: list[ClaimIn] = []
    for c in claims:
        if text:
            text += "\n\n"
        start = len(text)
        text += c.evidence.text
        end = len(text)
        figures = []
        for f in c.figures:
            pos = c.evidence.text.find(f.text)
            fs = start + pos if pos >= 0 else start
            figures.append(f.model_copy(update={"start": fs, "end": fs + len(f.text) if pos >= 0 else end}))
        out.append(c.model_copy(update={"evidence": Span(start=start, end=end, text=c.evidence.text),
                                        "figures": figures}))
    return text, out


def as_out(claims: Sequence[ClaimIn], doc_id: str = "d1", prefix: str = "c") -> list[ClaimOut]:
    """ClaimOut objects for the pure (storage-free) tests."""
    _text, placed = place_spans(claims)
    return [
        ClaimOut(**c.model_dump(), claim_id=f"{prefix}{doc_id}-{n}", doc_id=doc_id, doc=doc_id)
        for n, c in enumerate(placed)
    ]


def add_document(ledger: Ledger, claims: Sequence[ClaimIn], *, ext_id: str, publisher: str | None = "Wire",
                 affiliation: str | None = None, published: str | None = None, text: str | None = None) -> str:
    """Store a document whose text holds the claims' evidence, and its claims. RETURNS the doc id."""
    body, placed = place_spans(claims)
    if text is not None:
        body = text
    raw = body.encode()
    sha = hashlib.sha256(raw + ext_id.encode()).hexdigest()
    doc = DocumentIn(
        path=f"{ext_id}.txt", filename=f"{ext_id}.txt", media_type="text/plain", raw=raw + ext_id.encode(),
        sha256=sha, text=body,
        meta=DocumentMeta(ext_id=ext_id, publisher=publisher, affiliation=affiliation,
                          published=dt.date.fromisoformat(published) if published else None),
    )
    with ledger.session() as session:
        row = repo.add_document(session=session, doc=doc)
        repo.replace_claims(session=session, doc_id=row.id, extractor="test", claims=placed)
        session.commit()
        return row.id
