"""One flat view of each incident that the ACLED, UCDP and GeoJSON writers map from.

The incident itself, its figure ranges and grade come from the linking service
(``claimledger.incidents.incidents_jsonl_rows``); one streaming pass over the linked
claims adds what those rows do not carry: the publishers and URLs of the documents,
the stated perpetrator and target, the ACLED types the extractor gave the claims,
the place precision and the denials.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from claimledger.export.filters import ExportFilter, overlaps
from claimledger.ledger import Ledger
from claimledger.store.tables import Claim, Document

PRECISION_RANK = {"locality": 0, "district": 1, "region": 2, "country": 3, "unresolved": 4}


@dataclass
class FigureRange:
    """One figure of an incident across its sources (``compare.FigureSummary``).

    ``min``/``max`` span every source's interval; ``low``/``best``/``high`` are over
    each independent source's latest value (a revision replaces the earlier figure)."""

    label: str
    min: float | None
    max: float | None
    low: float | None
    best: float | None
    high: float | None
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def disputed(self) -> bool:
        """Sources' latest figures differ, or two sources' intervals do not overlap."""
        if self.low is not None and self.high is not None and self.low != self.high:
            return True
        spans = []
        for s in self.sources:
            low = s.get("low") if s.get("low") is not None else s.get("value")
            if low is None:
                continue
            high = s.get("high")
            spans.append((float(low), float("inf") if high is None else float(high)))
        return any(a[0] > b[1] or b[0] > a[1] for i, a in enumerate(spans) for b in spans[i + 1:])


@dataclass
class IncidentView:
    id: str
    parent_id: str | None
    aggregate: bool
    children: int
    type: str | None
    acled_event_type: str
    acled_sub_event_type: str
    place_name: str | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    place_precision: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    grade: str | None
    documents: int
    sources: int  # independent sources (attributed bodies; copies counted once)
    claim_ids: list[str]
    figures: dict[str, FigureRange]
    publishers: list[str]
    urls: list[str]
    perpetrator: str | None
    target: str | None
    denied_by: list[str]
    reasons: list[dict[str, Any]]

    @property
    def date_days(self) -> int | None:
        """Days the incident's date range covers (1 for a known day)."""
        if self.date_start is None:
            return None
        return ((self.date_end or self.date_start) - self.date_start).days + 1

    @property
    def date_precision(self) -> str | None:
        """day, month, year or range, read from the date range itself."""
        start, end = self.date_start, self.date_end or self.date_start
        if start is None or end is None:
            return None
        if start == end:
            return "day"
        if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
            if start.month == 1 and end.month == 12 and start.year == end.year:
                return "year"
            if (start.year, start.month) == (end.year, end.month):
                return "month"
        return "range"

    @property
    def midpoint(self) -> dt.date | None:
        if self.date_start is None:
            return None
        end = self.date_end or self.date_start
        return self.date_start + (end - self.date_start) // 2


@dataclass
class _ClaimFacts:
    publishers: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    perpetrators: Counter[str] = field(default_factory=Counter)
    targets: Counter[str] = field(default_factory=Counter)
    acled: Counter[tuple[str, str]] = field(default_factory=Counter)
    precisions: dict[str, str] = field(default_factory=dict)  # geonameid or name -> finest precision
    denied_by: list[str] = field(default_factory=list)


def _add_unique(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


def _claim_facts(ledger: Ledger) -> dict[str, _ClaimFacts]:
    facts: dict[str, _ClaimFacts] = {}
    query = (
        select(Claim.incident_id, Claim.type, Claim.stance, Claim.payload, Document.publisher, Document.url)
        .join(Document, Document.id == Claim.doc_id)
        .where(Claim.incident_id.is_not(None), Claim.status != "rejected")
        .order_by(Claim.incident_id, Document.published, Claim.doc_id, Claim.evidence_start)
        .execution_options(yield_per=2000)
    )
    with ledger.session() as session:
        for incident_id, type_, stance, payload, publisher, url in session.execute(query):
            f = facts.setdefault(incident_id, _ClaimFacts())
            _add_unique(f.publishers, publisher)
            _add_unique(f.urls, url)
            actors = payload.get("actors") or {}
            if actors.get("perpetrator"):
                f.perpetrators[actors["perpetrator"]] += 1
            if actors.get("target"):
                f.targets[actors["target"]] += 1
            extra = payload.get("extra") or {}
            if extra.get("acled_event_type"):
                f.acled[(str(extra["acled_event_type"]), str(extra.get("acled_sub_event_type") or ""))] += 1
            place = payload.get("place") or {}
            precision = place.get("precision")
            for key in (place.get("geonameid"), place.get("name")):
                if key is not None and precision:
                    old = f.precisions.get(str(key))
                    if old is None or PRECISION_RANK.get(precision, 9) < PRECISION_RANK.get(old, 9):
                        f.precisions[str(key)] = precision
            if type_ == "denial" or stance == "rejects":
                _add_unique(f.denied_by, (payload.get("attributed_to") or {}).get("name"))
    return facts


def _acled_default(type_: str | None) -> tuple[str, str]:
    try:
        from claimledger.extract.types import acled_for
    except ImportError:  # pragma: no cover - the types component ships with the extractor
        return "", ""
    return acled_for(type_ or "other")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def iter_incidents(ledger: Ledger, flt: ExportFilter = ExportFilter()) -> Iterator[IncidentView]:
    """Every incident that passes the filter, with its figures, sources and precisions."""
    from claimledger.incidents import incidents_jsonl_rows

    rows = list(incidents_jsonl_rows(ledger))
    children = Counter(row["parent_id"] for row in rows if row.get("parent_id"))
    facts = _claim_facts(ledger)
    for row in rows:
        place = row.get("place") or {}
        start, end = _date(row.get("date_start")), _date(row.get("date_end"))
        if flt.country_code and (place.get("country") or "").upper() != flt.country_code:
            continue
        if flt.types and row.get("type") not in flt.types:
            continue
        if not overlaps(start, end, flt):
            continue
        f = facts.get(row["id"], _ClaimFacts())
        precision = None
        for key in (place.get("geonameid"), place.get("name")):
            if key is not None and str(key) in f.precisions:
                precision = f.precisions[str(key)]
                break
        if precision is None and place.get("name"):
            precision = "unresolved"
        event_type, sub_type = f.acled.most_common(1)[0][0] if f.acled else _acled_default(row.get("type"))
        yield IncidentView(
            id=row["id"],
            parent_id=row.get("parent_id"),
            aggregate=bool(row.get("aggregate")),
            children=children.get(row["id"], 0),
            type=row.get("type"),
            acled_event_type=event_type,
            acled_sub_event_type=sub_type,
            place_name=place.get("name"),
            geonameid=place.get("geonameid"),
            country=place.get("country"),
            admin1=place.get("admin1"),
            lat=place.get("lat"),
            lon=place.get("lon"),
            place_precision=precision,
            date_start=start,
            date_end=end,
            grade=row.get("grade"),
            documents=int(row.get("documents") or 0),
            sources=int(row.get("sources") or 0),
            claim_ids=list(row.get("claim_ids") or []),
            figures={
                label: FigureRange(label=label, min=v.get("min"), max=v.get("max"), low=v.get("low"),
                                   best=v.get("best"), high=v.get("high"), sources=list(v.get("sources") or []))
                for label, v in (row.get("figures") or {}).items()
            },
            publishers=f.publishers,
            urls=f.urls,
            perpetrator=f.perpetrators.most_common(1)[0][0] if f.perpetrators else None,
            target=f.targets.most_common(1)[0][0] if f.targets else None,
            denied_by=f.denied_by,
            reasons=list(row.get("reasons") or []),
        )


def number(value: float | None) -> int | float | None:
    """A figure as an int when it is whole (CSV readers then see 16, not 16.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
