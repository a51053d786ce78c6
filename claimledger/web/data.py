"""One data function per page, each returning a pydantic model.

The JSON route returns the model and the HTML route renders the same model, so the
API and the pages cannot drift (datasette's ``table_view_data``). Every function
takes the ``Ledger`` first and reads through one session; lists are paginated and
aggregate only over the rows of the page they return.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session, defer

from claimledger import incidents, review
from claimledger.characterizations import CalledTable, called_by
from claimledger.incidents import IncidentDetail
from claimledger.ledger import Ledger
from claimledger.models import ClaimOut, DocumentOut, Figure
from claimledger.store import repo
from claimledger.store.tables import (
    Claim,
    Document,
    ExtractionRun,
    FigureRow,
    Finding,
    Incident,
    Relation,
    ReviewDecision,
)

T = TypeVar("T")
AnySelect = Any  # a SQLAlchemy Select of any row shape
MAX_LIMIT = 500
AGREE = ("agree", "agreement", "corroborates", "corroboration", "consistent", "same")
CONTRADICT = ("contradiction", "contradicts", "contradict", "denial", "denies", "disjoint")


class Page(BaseModel, Generic[T]):
    """A page of a list: the items, how many match in all, and where the page starts."""

    data: list[T]
    count: int
    limit: int
    offset: int


def _paging(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


# --- a cache keyed by what the ledger holds ----------------------------------------------
#
# Aggregates over every claim (sources, the overview, the map) cost too much to recompute
# on each view of a large ledger. They are kept per ledger and recomputed when its
# fingerprint changes: counts and high-water marks that move on every write path
# (ingest, extraction, bulk load, linking, audit, review).

_memo: weakref.WeakKeyDictionary[Ledger, dict[Any, tuple[Any, Any]]] = weakref.WeakKeyDictionary()


def fingerprint(ledger: Ledger) -> tuple[Any, ...]:
    """Cheap values that change whenever anything a page aggregates changes.

    SQLite: the modification time and size of the database file and its write-ahead log
    (every commit, by any process, writes the log). Other stores: counts and high-water
    marks of the tables every write path touches."""
    url = ledger.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        marks: list[Any] = []
        for path in (Path(url.database), Path(url.database + "-wal")):
            try:
                st = path.stat()
            except FileNotFoundError:
                marks.append(None)
            else:
                marks.append((st.st_mtime_ns, st.st_size))
        with ledger.session() as session:  # file times tick coarsely; decisions made here always count
            marks.append(session.scalar(select(func.max(ReviewDecision.id))))
        return tuple(marks)
    with ledger.session() as session:
        return tuple(session.execute(select(
            select(func.count()).select_from(Document).scalar_subquery(),
            select(func.count()).select_from(Claim).scalar_subquery(),
            select(func.max(ExtractionRun.at)).scalar_subquery(),
            select(func.count()).select_from(Incident).scalar_subquery(),
            select(func.max(Incident.updated_at)).scalar_subquery(),
            select(func.count()).select_from(Relation).scalar_subquery(),
            select(func.max(Relation.id)).scalar_subquery(),
            select(func.max(ReviewDecision.id)).scalar_subquery(),
            select(func.count()).select_from(Finding).scalar_subquery(),
            select(func.max(Finding.id)).scalar_subquery(),
        )).one())


def cached(ledger: Ledger, key: Any, compute: Callable[[], T]) -> T:
    """``compute()``, reused while the ledger's fingerprint is unchanged."""
    mark = fingerprint(ledger)
    store = _memo.setdefault(ledger, {})
    hit = store.get(key)
    if hit is not None and hit[0] == mark:
        return cast(T, hit[1])
    value = compute()
    if len(store) > 256:
        store.clear()
    store[key] = (mark, value)
    return value


# --- shared pieces ------------------------------------------------------------------------


class ClaimBrief(BaseModel):
    """One line of a claim list."""

    id: str
    doc_id: str
    doc: str
    publisher: str | None
    affiliation: str | None
    published: dt.date | None
    type: str
    status: str
    confidence: float
    date_start: dt.date | None
    date_end: dt.date | None
    place: str | None
    country: str | None
    attributed_to: str | None
    incident_id: str | None
    evidence: str
    figures: list[Figure] = Field(default_factory=list)


class IncidentItem(BaseModel):
    """One incident in a list or on the map."""

    id: str
    parent_id: str | None
    type: str | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    date_start: dt.date | None
    date_end: dt.date | None
    grade: str | None
    manual: bool = False
    claims: int = 0
    sources: int = 0
    killed_low: float | None = None
    killed_high: float | None = None
    contested: int = 0  # relations that contradict or deny


class IncidentFilters(BaseModel):
    """Filters of the overview, the incident list and the map (all optional)."""

    country: str | None = None
    type: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    affiliation: str | None = None
    grade: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    def active(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.model_dump().items() if v not in (None, "")}


def _brief(row: Claim, doc: Any) -> ClaimBrief:
    payload = row.payload or {}
    evidence = (payload.get("evidence") or {}).get("text") or ""
    return ClaimBrief(
        id=row.id,
        doc_id=row.doc_id,
        doc=doc.ext_id or doc.path,
        publisher=doc.publisher,
        affiliation=doc.affiliation,
        published=doc.published,
        type=row.type,
        status=row.status,
        confidence=row.confidence,
        date_start=row.date_start,
        date_end=row.date_end,
        place=row.place_name,
        country=row.country,
        attributed_to=row.attributed_name,
        incident_id=row.incident_id,
        evidence=evidence if len(evidence) <= 400 else evidence[:399] + "…",
        figures=[Figure.model_validate(f) for f in payload.get("figures") or []],
    )


def _briefs(session: Session, query: AnySelect) -> list[ClaimBrief]:
    return [_brief(r[0], r) for r in session.execute(query)]


def _claims_with_docs() -> AnySelect:
    """Claims with the few document columns a list shows (never the document's text)."""
    return select(Claim, Document.ext_id, Document.path, Document.publisher, Document.affiliation,
                  Document.published).join(Document, Document.id == Claim.doc_id)


def _incident_item(row: Incident) -> IncidentItem:
    return IncidentItem(
        id=row.id, parent_id=row.parent_id, type=row.type, place=row.place_name, country=row.country,
        lat=row.lat, lon=row.lon, date_start=row.date_start, date_end=row.date_end, grade=row.grade,
        manual=bool(row.manual),
    )


def _fill_incident_stats(session: Session, items: list[IncidentItem]) -> list[IncidentItem]:
    """Claim, source, killed and contested counts for just these incidents."""
    ids = [i.id for i in items]
    if not ids:
        return items
    by_id = {i.id: i for i in items}
    for iid, n, sources in session.execute(
        select(Claim.incident_id, func.count(Claim.id), func.count(func.distinct(Document.publisher)))
        .join(Document, Document.id == Claim.doc_id)
        .where(Claim.incident_id.in_(ids)).group_by(Claim.incident_id)
    ):
        by_id[str(iid)].claims, by_id[str(iid)].sources = n, sources
    # the kind is filtered here, not in SQL: with "kind = 'killed'" the planner may walk the
    # whole figures table by its kind index instead of the few claims of these incidents
    for iid, kind, value, low, high in session.execute(
        select(Claim.incident_id, FigureRow.kind, FigureRow.value, FigureRow.low, FigureRow.high)
        .join(FigureRow, FigureRow.claim_id == Claim.id)
        .where(Claim.incident_id.in_(ids), Claim.status != "rejected")
    ):
        if kind != "killed":
            continue
        item = by_id[str(iid)]
        lo = low if low is not None else value
        hi = high if high is not None else (low if low is not None else value)
        item.killed_low = lo if item.killed_low is None else min(item.killed_low, lo)
        item.killed_high = hi if item.killed_high is None else max(item.killed_high, hi)
    for iid, n in session.execute(
        select(Relation.incident_id, func.count(Relation.id))
        .where(Relation.incident_id.in_(ids), Relation.relation.in_(CONTRADICT))
        .group_by(Relation.incident_id)
    ):
        by_id[iid].contested = n
    return items


def _incident_conditions(filters: IncidentFilters) -> list[Any]:
    conds: list[Any] = []
    if filters.country:
        conds.append(Incident.country == filters.country)
    if filters.type:
        conds.append(Incident.type == filters.type)
    if filters.grade:
        conds.append(Incident.grade == filters.grade)
    if filters.date_from:
        conds.append(func.coalesce(Incident.date_end, Incident.date_start) >= filters.date_from)
    if filters.date_to:
        conds.append(Incident.date_start <= filters.date_to)
    if filters.affiliation:
        members = (
            select(Claim.incident_id).join(Document, Document.id == Claim.doc_id)
            .where(Document.affiliation == filters.affiliation, Claim.incident_id.is_not(None))
        )
        conds.append(Incident.id.in_(members))
    return conds


def _filtered_incidents(filters: IncidentFilters) -> AnySelect:
    """Incidents matching the filters, without their (large) summary and reasons."""
    return (select(Incident).options(defer(Incident.summary), defer(Incident.reasons))
            .where(*_incident_conditions(filters)))


def _count(session: Session, query: AnySelect) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


# --- overview -----------------------------------------------------------------------------


class Counts(BaseModel):
    documents: int
    claims: int
    incidents: int
    findings: int
    decisions: int
    machine_claims: int


class Bucket(BaseModel):
    period: str  # "2024-03" (month) or "2024-W09" (ISO week)
    start: dt.date
    count: int


class Timeline(BaseModel):
    unit: str  # "week" or "month"
    buckets: list[Bucket]


class FilterOptions(BaseModel):
    countries: list[str]
    types: list[str]
    grades: list[str]
    affiliations: list[str]


class Overview(BaseModel):
    counts: Counts
    filters: IncidentFilters
    options: FilterOptions
    timeline: Timeline
    contested: list[IncidentItem]
    geojson: str  # the API URL the map reads, with the filters


def _distinct(session: Session, column: Any) -> list[str]:
    return [v for v in session.scalars(select(column).where(column.is_not(None)).distinct().order_by(column)) if v]


def timeline(dates: Iterable[dt.date]) -> Timeline:
    """Incidents per ISO week when they span half a year or less, else per month."""
    values = sorted(dates)
    if not values:
        return Timeline(unit="month", buckets=[])
    weekly = (values[-1] - values[0]).days <= 183
    counts: dict[dt.date, int] = defaultdict(int)
    for day in values:
        start = day - dt.timedelta(days=day.weekday()) if weekly else day.replace(day=1)
        counts[start] += 1
    buckets: list[Bucket] = []
    cursor = min(counts)
    last = max(counts)
    while cursor <= last:
        if weekly:
            year, week, _ = cursor.isocalendar()
            label = f"{year}-W{week:02d}"
            nxt = cursor + dt.timedelta(days=7)
        else:
            label = cursor.strftime("%Y-%m")
            nxt = (cursor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        buckets.append(Bucket(period=label, start=cursor, count=counts.get(cursor, 0)))
        cursor = nxt
        if len(buckets) > 2400:  # two centuries of months: stop drawing, the data is odd
            break
    return Timeline(unit="week" if weekly else "month", buckets=buckets)


def overview_data(ledger: Ledger, filters: IncidentFilters) -> Overview:
    """Counts, filter choices, the timeline and the most contested incidents."""
    return cached(ledger, ("overview", filters.model_dump_json()), lambda: _overview(ledger, filters))


def _overview(ledger: Ledger, filters: IncidentFilters) -> Overview:
    with ledger.session() as session:
        counts = Counts(
            documents=session.scalar(select(func.count()).select_from(Document)) or 0,
            claims=session.scalar(select(func.count()).select_from(Claim)) or 0,
            incidents=_count(session, _filtered_incidents(filters)),
            findings=session.scalar(select(func.count()).select_from(Finding)) or 0,
            decisions=session.scalar(select(func.count()).select_from(ReviewDecision)) or 0,
            machine_claims=session.scalar(select(func.count()).select_from(Claim).where(Claim.status == "machine")) or 0,
        )
        options = FilterOptions(
            countries=_distinct(session, Incident.country),
            types=_distinct(session, Incident.type),
            grades=_distinct(session, Incident.grade),
            affiliations=_distinct(session, Document.affiliation),
        )
        base = _filtered_incidents(filters).subquery()
        dates = session.scalars(select(base.c.date_start).where(base.c.date_start.is_not(None)))
        line = timeline(dates)
        contested_ids = (
            select(Relation.incident_id, func.count(Relation.id).label("n"))
            .where(Relation.relation.in_(CONTRADICT), Relation.incident_id.in_(select(base.c.id)))
            .group_by(Relation.incident_id).order_by(func.count(Relation.id).desc(), Relation.incident_id).limit(10)
        )
        ranked = [iid for iid, _ in session.execute(contested_ids)]
        if len(ranked) < 10:
            extra = session.scalars(
                select(base.c.id).where(base.c.grade == "contested", base.c.id.not_in(ranked) if ranked else true())
                .order_by(base.c.date_start.desc()).limit(10 - len(ranked))
            )
            ranked += list(extra)
        rows = {r.id: r for r in session.scalars(
            select(Incident).options(defer(Incident.summary), defer(Incident.reasons)).where(Incident.id.in_(ranked))
        )} if ranked else {}
        contested = _fill_incident_stats(session, [_incident_item(rows[i]) for i in ranked if i in rows])
        contested.sort(key=lambda i: (-i.contested, i.id))
    query = "&".join(f"{k}={v}" for k, v in filters.active().items())
    return Overview(counts=counts, filters=filters, options=options, timeline=line, contested=contested,
                    geojson="/api/incidents.geojson" + ("?" + query if query else ""))


# --- incidents ----------------------------------------------------------------------------


def incidents_data(ledger: Ledger, filters: IncidentFilters, *, limit: int = 50, offset: int = 0) -> Page[IncidentItem]:
    """Incidents matching the filters, newest first."""
    limit, offset = _paging(limit, offset)
    with ledger.session() as session:
        query = _filtered_incidents(filters)
        total = _count(session, query)
        rows = session.scalars(
            query.order_by(Incident.date_start.desc().nulls_last(), Incident.id).limit(limit).offset(offset)
        )
        items = _fill_incident_stats(session, [_incident_item(r) for r in rows])
    return Page[IncidentItem](data=items, count=total, limit=limit, offset=offset)


def incidents_geojson(ledger: Ledger, filters: IncidentFilters, *, limit: int = 50000) -> dict[str, Any]:
    """Every located incident matching the filters as a GeoJSON FeatureCollection (for the map)."""
    return cached(ledger, ("geojson", filters.model_dump_json(), limit), lambda: _geojson(ledger, filters, limit))


def geojson_bytes(ledger: Ledger, filters: IncidentFilters, *, gzipped: bool = False) -> bytes:
    """The same FeatureCollection, serialized (and compressed) once per ledger state: the map
    asks for it on every view of the overview."""
    if gzipped:
        return cached(ledger, ("geojson-gz", filters.model_dump_json()),
                      lambda: gzip.compress(geojson_bytes(ledger, filters), compresslevel=5, mtime=0))
    return cached(ledger, ("geojson-bytes", filters.model_dump_json()),
                  lambda: json.dumps(incidents_geojson(ledger, filters), separators=(",", ":")).encode())


def _geojson(ledger: Ledger, filters: IncidentFilters, limit: int) -> dict[str, Any]:
    # The highest killed figure comes from the summary the linking stage stores with each
    # incident (read inside the database, not parsed here): joining every claim to its
    # figures costs several times more on a large ledger.
    killed = Incident.summary[("figures", "killed", "max")].as_float()
    with ledger.session() as session:
        rows = session.execute(
            select(Incident.id, Incident.type, Incident.place_name, Incident.country, Incident.lat, Incident.lon,
                   Incident.date_start, Incident.date_end, Incident.grade, killed.label("killed"))
            .where(Incident.lat.is_not(None), Incident.lon.is_not(None), *_incident_conditions(filters)).limit(limit)
        ).all()
    features = [
        {
            "type": "Feature",
            "id": r.id,
            "geometry": {"type": "Point", "coordinates": [round(r.lon, 5), round(r.lat, 5)]},
            "properties": {
                "id": r.id,
                "type": r.type,
                "place": r.place_name,
                "country": r.country,
                "date_start": r.date_start.isoformat() if r.date_start else None,
                "date_end": r.date_end.isoformat() if r.date_end else None,
                "grade": r.grade,
                "killed_high": r.killed,
            },
        }
        for r in rows
    ]
    return {"type": "FeatureCollection", "features": features}


class IncidentPage(BaseModel):
    """The incident page: the linking stage's ``IncidentDetail`` plus what the page adds."""

    detail: IncidentDetail
    incident: IncidentItem  # map position, killed range, counts
    labels: list[str]  # figure labels, in column order
    statuses: dict[str, str]  # claim id -> review status
    relation_counts: dict[str, dict[str, int]]  # claim id -> relation -> how many
    history: list[review.Decision]
    called: CalledTable  # what the incident is called, by whom (characterization family)


def incident_data(ledger: Ledger, incident_id: str) -> IncidentPage:
    """One incident: every claim side by side, ranges, revisions, relations, family and history."""
    detail = incidents.incident_detail(ledger, incident_id)
    real_id = detail.incident.id
    with ledger.session() as session:
        row = session.get(Incident, real_id)
        assert row is not None
        item = _fill_incident_stats(session, [_incident_item(row)])[0]
        statuses = dict(session.execute(select(Claim.id, Claim.status).where(Claim.incident_id == real_id)).all())
    labels: list[str] = [f.label for f in detail.figures]
    for r in detail.rows:
        for cell in r.figures:
            if cell.label not in labels:
                labels.append(cell.label)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rel in detail.relations:
        counts[rel.claim_a][rel.relation] += 1
        counts[rel.claim_b][rel.relation] += 1
    order = ("killed", "injured", "captured", "missing", "displaced")
    labels.sort(key=lambda label: (order.index(label) if label in order else len(order), label))
    return IncidentPage(detail=detail, incident=item, labels=labels, statuses=statuses,
                        relation_counts={k: dict(v) for k, v in counts.items()},
                        history=review.history(ledger, incident_id=real_id),
                        called=called_by(ledger, real_id))


# --- documents ----------------------------------------------------------------------------


class DocumentBrief(BaseModel):
    id: str
    label: str
    title: str | None
    publisher: str | None
    affiliation: str | None
    published: dt.date | None
    chars: int
    claims: int


def documents_data(ledger: Ledger, *, publisher: str | None = None, affiliation: str | None = None,
                   limit: int = 50, offset: int = 0) -> Page[DocumentBrief]:
    """Documents, oldest publication first, with their claim counts."""
    limit, offset = _paging(limit, offset)
    with ledger.session() as session:
        query = select(Document.id, Document.ext_id, Document.path, Document.title, Document.publisher,
                       Document.affiliation, Document.published, Document.chars)
        if publisher:
            query = query.where(Document.publisher == publisher)
        if affiliation:
            query = query.where(Document.affiliation == affiliation)
        total = _count(session, query)
        rows = session.execute(
            query.order_by(Document.published.is_(None), Document.published, Document.path).limit(limit).offset(offset)
        ).all()
        ids = [r.id for r in rows]
        counts = dict(session.execute(
            select(Claim.doc_id, func.count(Claim.id)).where(Claim.doc_id.in_(ids)).group_by(Claim.doc_id)
        ).all()) if ids else {}
    data = [
        DocumentBrief(id=r.id, label=r.ext_id or r.path, title=r.title, publisher=r.publisher, affiliation=r.affiliation,
                      published=r.published, chars=r.chars, claims=counts.get(r.id, 0))
        for r in rows
    ]
    return Page[DocumentBrief](data=data, count=total, limit=limit, offset=offset)


class Segment(BaseModel):
    """A run of document text with the same annotations."""

    start: int
    end: int
    text: str
    claims: list[str] = Field(default_factory=list)
    kind: str | None = None  # the figure kind under this run, if any
    findings: list[int] = Field(default_factory=list)


class FieldRow(BaseModel):
    """One field of a claim: its value, its surface text and the rule that produced it."""

    field: str
    value: str
    text: str | None = None
    rule: str | None = None


class ClaimView(BaseModel):
    claim: ClaimOut
    fields: list[FieldRow]
    incident: IncidentItem | None = None


class FindingOut(BaseModel):
    id: int
    rule: str
    message: str
    severity: str
    spans: list[tuple[int, int]]


class DocumentPage(BaseModel):
    document: DocumentOut
    segments: list[Segment]
    claims: list[ClaimView]
    findings: list[FindingOut]
    download: str


def _spans(raw: Any) -> list[tuple[int, int]]:
    """Findings store spans as [start, end] pairs or {start, end} objects; accept both."""
    out: list[tuple[int, int]] = []
    for span in raw or []:
        if isinstance(span, dict) and "start" in span and "end" in span:
            out.append((int(span["start"]), int(span["end"])))
        elif isinstance(span, (list, tuple)) and len(span) >= 2:
            out.append((int(span[0]), int(span[1])))
    return out


def segments(text: str, claims: Sequence[ClaimOut], findings: Sequence[FindingOut]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each run lists the claims, figure kind and findings over it."""
    n = len(text)
    events: dict[int, list[tuple[int, str, Any]]] = defaultdict(list)  # pos -> (+1/-1, what, value)

    def add(start: int, end: int, what: str, value: Any) -> None:
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end > start:
            events[start].append((1, what, value))
            events[end].append((-1, what, value))

    for claim in claims:
        add(claim.evidence.start, claim.evidence.end, "claim", claim.claim_id)
        for figure in claim.figures:
            add(figure.start, figure.end, "figure", figure.kind)
    for finding in findings:
        for start, end in finding.spans:
            add(start, end, "finding", finding.id)
    active: dict[str, dict[Any, int]] = {"claim": {}, "figure": {}, "finding": {}}
    out: list[Segment] = []
    points = sorted(set(events) | {0, n})
    for here, there in zip(points, points[1:], strict=False):
        for sign, what, value in events.get(here, []):
            bag = active[what]
            bag[value] = bag.get(value, 0) + sign
            if bag[value] <= 0:
                del bag[value]
        if there <= here:
            continue
        out.append(Segment(start=here, end=there, text=text[here:there], claims=list(active["claim"]),
                           kind=next(iter(active["figure"]), None), findings=list(active["finding"])))
    if not out and n:
        out.append(Segment(start=0, end=n, text=text))
    # merge neighbours with identical annotations (fewer DOM nodes)
    merged: list[Segment] = []
    for seg in out:
        last = merged[-1] if merged else None
        if last and (last.claims, last.kind, last.findings) == (seg.claims, seg.kind, seg.findings):
            last.end, last.text = seg.end, last.text + seg.text
        else:
            merged.append(seg)
    return merged


def claim_fields(claim: ClaimOut) -> list[FieldRow]:
    """A claim's fields with their surface text and the rule behind each."""
    rows = [FieldRow(field="type", value=claim.type, rule=claim.type_rule or None)]
    d = claim.date
    if d.start or d.text:
        value = d.start.isoformat() if d.start else ""
        if d.end and d.end != d.start:
            value += f" – {d.end.isoformat()}"
        rows.append(FieldRow(field="date", value=f"{value} ({d.precision or '?'})", text=d.text, rule=d.rule or None))
    p = claim.place
    if p.text or p.name:
        where = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
        rows.append(FieldRow(field="place", value=f"{where or p.text} ({p.precision or '?'})", text=p.text, rule=p.rule or None))
    for f in claim.figures:
        what = f.kind if f.kind != "other" else f"other: {f.what or '?'}"
        bounds = f"[{_num(f.low)}, {_num(f.high) if f.high is not None else '∞'}]"
        rows.append(FieldRow(field=f"figure · {what}", value=f"{bounds} {f.qualifier}" + (f" · {f.group}" if f.group else ""),
                             text=f.text, rule=f.rule or None))
    a = claim.actors
    if a.perpetrator:
        rows.append(FieldRow(field="perpetrator", value=a.perpetrator, rule=a.rule or None))
    if a.target:
        rows.append(FieldRow(field="target", value=a.target, rule=a.rule or None))
    rows.append(FieldRow(field="attributed to", value=f"{claim.attributed_to.name} ({claim.attributed_to.kind})",
                         rule=claim.attributed_to.rule or None))
    if claim.label:
        rows.append(FieldRow(field="label", value=f"{claim.label} ({claim.stance})", text=claim.wording))
    rows.append(FieldRow(field="confidence", value=f"{claim.confidence:.2f}", rule=claim.extractor or None))
    return rows


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def document_data(ledger: Ledger, ref: str) -> DocumentPage:
    """A document's text cut into highlighted runs, its claims and its audit findings."""
    with ledger.session() as session:
        doc_row = repo.get_document_row(session=session, ref=ref)
        doc = repo.document_out(doc_row)
        text = doc_row.text
        claims = list(repo.iter_claims(session=session, doc_id=doc.id))
        findings = [
            FindingOut(id=f.id, rule=f.rule, message=f.message, severity=f.severity, spans=_spans(f.spans))
            for f in session.scalars(select(Finding).where(Finding.doc_id == doc.id).order_by(Finding.id))
        ]
        incident_ids = sorted({c.incident_id for c in claims if c.incident_id})
        incidents = {
            r.id: _incident_item(r) for r in session.scalars(select(Incident).where(Incident.id.in_(incident_ids)))
        } if incident_ids else {}
    views = [ClaimView(claim=c, fields=claim_fields(c), incident=incidents.get(c.incident_id or "")) for c in claims]
    return DocumentPage(document=doc, segments=segments(text, claims, findings), claims=views, findings=findings,
                        download=f"/documents/{doc.id}/original")


# --- claims -------------------------------------------------------------------------------


class ClaimFilters(BaseModel):
    """Filters of the claim list (all optional)."""

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    doc: str | None = None
    type: str | None = None
    status: str | None = None
    incident: str | None = None
    country: str | None = None
    affiliation: str | None = None


def _claim_conditions(session: Session, filters: ClaimFilters) -> list[Any]:
    conds: list[Any] = []
    if filters.doc:
        conds.append(Claim.doc_id == repo.get_document_row(session=session, ref=filters.doc).id)
    if filters.type:
        conds.append(Claim.type == filters.type)
    if filters.status:
        conds.append(Claim.status == filters.status)
    if filters.incident:
        conds.append(Claim.incident_id == filters.incident)
    if filters.country:
        conds.append(Claim.country == filters.country)
    if filters.affiliation:
        conds.append(Claim.doc_id.in_(select(Document.id).where(Document.affiliation == filters.affiliation)))
    return conds


def claims_data(ledger: Ledger, filters: ClaimFilters, *, limit: int = 50, offset: int = 0) -> Page[ClaimBrief]:
    """Claims matching the filters, by claim id (stable across pages)."""
    limit, offset = _paging(limit, offset)
    with ledger.session() as session:
        conds = _claim_conditions(session, filters)
        total = session.scalar(select(func.count()).select_from(Claim).where(*conds)) or 0
        page_ids = select(Claim.id).where(*conds).order_by(Claim.id).limit(limit).offset(offset).scalar_subquery()
        data = _briefs(session, _claims_with_docs().where(Claim.id.in_(page_ids)).order_by(Claim.id))
    return Page[ClaimBrief](data=data, count=total, limit=limit, offset=offset)


class ClaimPage(BaseModel):
    view: ClaimView
    document: DocumentBrief
    history: list[review.Decision]


def claim_data(ledger: Ledger, claim_id: str) -> ClaimPage:
    """One claim with its fields, document, incident and review history."""
    with ledger.session() as session:
        claim = repo.get_claim(session=session, claim_id=claim_id)
        doc = session.get(Document, claim.doc_id)
        assert doc is not None
        incident = session.get(Incident, claim.incident_id) if claim.incident_id else None
        incident_item = _fill_incident_stats(session, [_incident_item(incident)])[0] if incident else None
        n = session.scalar(select(func.count()).select_from(Claim).where(Claim.doc_id == doc.id)) or 0
    brief = DocumentBrief(id=doc.id, label=doc.ext_id or doc.path, title=doc.title, publisher=doc.publisher,
                          affiliation=doc.affiliation, published=doc.published, chars=doc.chars, claims=n)
    return ClaimPage(view=ClaimView(claim=claim, fields=claim_fields(claim), incident=incident_item),
                     document=brief, history=review.history(ledger, claim_id=claim_id))


# --- sources ------------------------------------------------------------------------------


class SourceRow(BaseModel):
    publisher: str | None
    affiliation: str | None
    documents: int
    claims: int
    agree: int
    contradict: int


class Sources(BaseModel):
    data: list[SourceRow]
    count: int


def sources_data(ledger: Ledger) -> Sources:
    """Publishers with their affiliation, claims, and how often their figures agree or clash with others'."""
    return cached(ledger, "sources", lambda: _sources(ledger))


def _sources(ledger: Ledger) -> Sources:
    # Group by document first (narrow indexes), then fold documents into publishers here:
    # joining every relation to its claims' documents in SQL is several times slower.
    with ledger.session() as session:
        source_of = {d: (p, a) for d, p, a in session.execute(select(Document.id, Document.publisher,
                                                                            Document.affiliation))}
        docs: dict[tuple[Any, Any], int] = defaultdict(int)
        for key in source_of.values():
            docs[key] += 1
        claims: dict[tuple[Any, Any], int] = defaultdict(int)
        for doc_id, n in session.execute(select(Claim.doc_id, func.count()).group_by(Claim.doc_id)):
            claims[source_of[doc_id]] += n
        doc_of_claim = dict(session.execute(select(Claim.id, Claim.doc_id)).all())
        tallies: dict[tuple[Any, Any], list[int]] = defaultdict(lambda: [0, 0])
        for a, b, relation in session.execute(
            select(Relation.claim_a, Relation.claim_b, Relation.relation).where(Relation.relation.in_(AGREE + CONTRADICT))
        ):
            slot = 0 if relation in AGREE else 1
            for claim in (a, b):
                doc = doc_of_claim.get(claim)
                if doc is not None:
                    tallies[source_of[doc]][slot] += 1
    rows = [
        SourceRow(publisher=p, affiliation=a, documents=n, claims=claims.get((p, a), 0),
                  agree=tallies[(p, a)][0], contradict=tallies[(p, a)][1])
        for (p, a), n in docs.items()
    ]
    rows.sort(key=lambda r: (-r.claims, r.publisher or "", r.affiliation or ""))
    return Sources(data=rows, count=len(rows))


# --- search -------------------------------------------------------------------------------


class SearchResults(BaseModel):
    q: str
    documents: list[repo.SearchHit]
    claims: list[ClaimBrief]


def search_data(ledger: Ledger, q: str, *, limit: int = 20) -> SearchResults:
    """Full text over documents (FTS5 / tsvector); claims whose evidence, place or source matches."""
    q = q.strip()
    if not q:
        return SearchResults(q=q, documents=[], claims=[])
    limit, _ = _paging(limit, 0)
    hits = ledger.search(q, limit=limit)
    words = [w.lower() for w in re.findall(r"\w+", q, flags=re.UNICODE)]
    claims: list[ClaimBrief] = []
    with ledger.session() as session:
        if hits and words:
            evidence = func.substr(Document.text, Claim.evidence_start + 1, Claim.evidence_end - Claim.evidence_start)
            matching = (
                select(Claim.id).join(Document, Document.id == Claim.doc_id)
                .where(Claim.doc_id.in_([h.doc_id for h in hits]),
                       *[evidence.ilike("%" + w.replace("_", "\\_") + "%", escape="\\") for w in words])
                .order_by(Claim.doc_id, Claim.evidence_start).limit(limit).scalar_subquery()
            )
            claims = _briefs(session, _claims_with_docs().where(Claim.id.in_(matching))
                             .order_by(Claim.doc_id, Claim.evidence_start))
        if len(claims) < limit:
            seen = {c.id for c in claims}
            pattern = "%" + q.replace("%", "\\%").replace("_", "\\_") + "%"
            # any matches, not the first by id: without ORDER BY the database scans a narrow index
            named = select(Claim.id).where(
                or_(Claim.place_name.ilike(pattern, escape="\\"), Claim.attributed_name.ilike(pattern, escape="\\"),
                    Claim.type == q)
            ).limit(limit).scalar_subquery()
            more = _claims_with_docs().where(Claim.id.in_(named)).order_by(Claim.id).limit(limit - len(claims))
            claims += [b for b in _briefs(session, more) if b.id not in seen]
    return SearchResults(q=q, documents=hits, claims=claims)


# --- review -------------------------------------------------------------------------------


class ReviewQueue(BaseModel):
    status: str
    claims: Page[ClaimBrief]
    recent: Page[review.Decision]


def review_data(ledger: Ledger, *, status: str = "machine", limit: int = 25, offset: int = 0) -> ReviewQueue:
    """Claims waiting for a person (least confident first) and the latest decisions."""
    limit, offset = _paging(limit, offset)
    with ledger.session() as session:
        total = session.scalar(select(func.count()).select_from(Claim).where(Claim.status == status)) or 0
        # ids first, on the (status, confidence, id) index; then the rows of just this page
        page_ids = (select(Claim.id).where(Claim.status == status).order_by(Claim.confidence, Claim.id)
                    .limit(limit).offset(offset).scalar_subquery())
        data = _briefs(session, _claims_with_docs().where(Claim.id.in_(page_ids)).order_by(Claim.confidence, Claim.id))
    decisions, n = review.recent(ledger, limit=20)
    return ReviewQueue(
        status=status,
        claims=Page[ClaimBrief](data=data, count=total, limit=limit, offset=offset),
        recent=Page[review.Decision](data=decisions, count=n, limit=20, offset=0),
    )


def incident_choices(ledger: Ledger, claim: ClaimOut, *, limit: int = 20) -> list[IncidentItem]:
    """Incidents a claim could be moved to: same country or type, near its date."""
    with ledger.session() as session:
        query = select(Incident).where(Incident.id != (claim.incident_id or ""))
        conds = []
        if claim.place.country:
            conds.append(Incident.country == claim.place.country)
        if claim.type:
            conds.append(Incident.type == claim.type)
        if conds:
            query = query.where(or_(*conds))
        if claim.date.start:
            lo, hi = claim.date.start - dt.timedelta(days=60), claim.date.start + dt.timedelta(days=60)
            query = query.where(and_(Incident.date_start >= lo, Incident.date_start <= hi))
        rows = session.scalars(query.order_by(Incident.date_start.desc().nulls_last(), Incident.id).limit(limit))
        return [_incident_item(r) for r in rows]
