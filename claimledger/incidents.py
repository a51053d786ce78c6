"""Incident services over a ``Ledger``: link, compare, grade, audit, list and show.

The CLI, the web UI and the exports call these functions; they return the pydantic
models below (the web page for an incident renders ``IncidentDetail``).

Re-linking is incremental in what the user sees: the whole corpus is re-linked (the
rules are cheap and global), then each new group takes over the id of the old incident
it shares most claims with (by stable claim key, which survives re-extraction), so ids
stay put as documents are added; groups made by a person are kept as they are (see
``store/incidents_repo.py`` for how they are recorded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, Field

from claimledger.audit import audit_document
from claimledger.compare import INF, Comparison, SourceInfo, compare
from claimledger.grade import grade_incident
from claimledger.incident_years import (
    dates_from_document,
    without_incident_year,
    years_from_incident,
)
from claimledger.ledger import Ledger
from claimledger.link import Group, date_bounds, fold, link_claims, type_family
from claimledger.models import ClaimOut, denies_incident
from claimledger.store import incidents_repo as irepo
from claimledger.store import repo
from claimledger.store.tables import Incident

# --- public models -------------------------------------------------------------------------


class LinkReport(BaseModel):
    claims: int
    incidents: int
    multi_source: int  # incidents with claims from two or more documents
    aggregates: int
    nested: int  # incidents with a parent
    kept_ids: int  # incident ids carried over from the previous link
    new_ids: int
    removed_ids: int
    manual_groups: int
    ambiguous_claims: int  # claims that fit several incidents and were left apart
    unlinked: int  # characterization-type claims that fit no incident
    grades: dict[str, int]


class PlaceOut(BaseModel):
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


class IncidentSummary(BaseModel):
    id: str
    type: str | None
    place: PlaceOut
    date_start: dt.date | None
    date_end: dt.date | None
    documents: int
    claims: int
    sources: int  # independent sources (attributed bodies, copies counted once)
    ranges: dict[str, str]  # casualty/displaced figure label -> "min–max (best …)"
    grade: str | None
    aggregate: bool = False
    parent_id: str | None = None
    manual: bool = False


class FigureSourceOut(BaseModel):
    claim_id: str
    doc: str
    value: float
    qualifier: str
    low: float | None
    high: float | None
    attributed_to: str
    publisher: str | None = None
    affiliation: str | None = None
    published: dt.date | None = None
    group: str | None = None
    comparable: bool = True


class FigureRange(BaseModel):
    label: str
    min: float | None = None
    max: float | None = None
    low: float | None = None
    best: float | None = None
    high: float | None = None
    series: list[list[str]] = Field(default_factory=list)
    sources: list[FigureSourceOut] = Field(default_factory=list)


class FigureCell(BaseModel):
    label: str
    value: float
    qualifier: str
    text: str
    interval: str


class ClaimRow(BaseModel):
    claim_id: str
    doc_id: str
    doc: str
    publisher: str | None
    affiliation: str | None
    attributed_to: str
    attributed_kind: str
    published: dt.date | None
    stated_date: str | None
    place: str | None
    type: str
    stance: str
    figures: list[FigureCell]
    relations: list[str]  # "agree with c12… (killed)", ...
    evidence: str
    link: dict[str, Any] = Field(default_factory=dict)


class RelationRow(BaseModel):
    claim_a: str
    claim_b: str
    kind: str | None
    relation: str
    text: str


class GradeReason(BaseModel):
    rule: str
    text: str
    claims: list[str] = Field(default_factory=list)


class IncidentDetail(BaseModel):
    incident: IncidentSummary
    rows: list[ClaimRow]
    figures: list[FigureRange]
    relations: list[RelationRow]
    reasons: list[GradeReason]
    parent: IncidentSummary | None = None
    children: list[IncidentSummary] = Field(default_factory=list)


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class FindingOut(BaseModel):
    id: int | None = None
    doc_id: str
    doc: str
    rule: str
    message: str
    severity: str
    spans: list[SpanOut]


class AuditReport(BaseModel):
    documents: int
    findings: int
    by_rule: dict[str, int]


# --- linking -----------------------------------------------------------------------------


def _new_id(keys: Sequence[str], used: set[str]) -> str:
    basis = "|".join(sorted(keys))
    n = 0
    while True:
        candidate = "i" + hashlib.sha1(f"{basis}#{n}".encode()).hexdigest()[:11]
        if candidate not in used:
            return candidate
        n += 1


def _assign_ids(groups: Sequence[Group], keys_of: Mapping[str, str], old: Sequence[irepo.OldIncident]) -> list[str]:
    """Reuse the id of the old incident sharing most stable keys (each old id at most once)."""
    group_keys = [frozenset(keys_of[c] for c in g.claim_ids) for g in groups]
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    old_ids = {o.id for o in old}
    for n, g in enumerate(groups):  # a person-made group keeps its incident id
        if g.pinned and g.pinned in old_ids and g.pinned not in used:
            ids[n] = g.pinned
            used.add(g.pinned)
    candidates = sorted(
        ((len(gk & o.keys), n, o.id) for n, gk in enumerate(group_keys) for o in old if gk & o.keys),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    for _overlap, n, oid in candidates:
        if ids[n] is None and oid not in used:
            ids[n] = oid
            used.add(oid)
    out: list[str] = []
    for n, gid in enumerate(ids):
        if gid is None:
            gid = _new_id(sorted(group_keys[n]), used | old_ids)
            used.add(gid)
        out.append(gid)
    return out


def _most_common(values: Sequence[Any]) -> Any:
    values = [v for v in values if v not in (None, "")]
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def _place_of(claims: Sequence[ClaimOut]) -> PlaceOut:
    rank = {"locality": 0, "district": 1, "region": 2, "unresolved": 3, "country": 4, None: 5}
    places = [c.place for c in claims if c.place.name or c.place.text]
    if not places:
        return PlaceOut()
    names = [fold(p.name or p.text or "") for p in places]
    best = min(range(len(places)), key=lambda i: (rank.get(places[i].precision, 5), -names.count(names[i]), i))
    p = places[best]
    return PlaceOut(name=p.name or p.text, geonameid=p.geonameid, country=p.country, admin1=p.admin1, lat=p.lat,
                    lon=p.lon)


def _dates_of(claims: Sequence[ClaimOut], aggregate: bool) -> tuple[dt.date | None, dt.date | None]:
    bounds = [b for c in claims if (b := date_bounds(c.date)) is not None]
    if not bounds:
        return None, None
    days = [b[0] for b in bounds if b[0] == b[1]]
    if days and not aggregate:
        day = _most_common(days)
        return day, day
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def _type_of(claims: Sequence[ClaimOut]) -> str | None:
    typed = [c.type for c in claims if type_family(c.type) is not None and not denies_incident(c)]
    return _most_common(typed) or _most_common([c.type for c in claims if not denies_incident(c)]) or None


def _summary(comparison: Comparison, claims: Sequence[ClaimOut], keys: Sequence[str], aggregate: bool,
             machine_grade: str) -> dict[str, Any]:
    return {
        "keys": sorted(set(keys)),
        "aggregate": aggregate,
        "claims": len(claims),
        "documents": len({c.doc_id for c in claims}),
        "sources": len({comparison.units[c.claim_id] for c in claims}),
        "figures": {label: s.as_dict() for label, s in comparison.figures.items()},
        "copies": [list(p) for p in comparison.copies],
        "machine_grade": machine_grade,
    }


def link(ledger: Ledger, *, on_progress: Callable[[str], None] | None = None) -> LinkReport:
    """Link every claim of the ledger into incidents, compare and grade them.

    ledger (Ledger): the ledger to (re-)link.
    on_progress (Callable[[str], None] | None): called with a short stage name.
    RETURNS (LinkReport): counts, including how many incident ids were kept.
    """
    with ledger.session() as session:
        pairs = irepo.claims_with_keys(session=session)
        sources = irepo.source_infos(session=session)
        old = irepo.old_incidents(session=session)
        pins_by_key = irepo.manual_pins(session=session)
        reviewed = irepo.reviewed_incidents(session=session)
    stored = {c.claim_id: c.date for c, _ in pairs}
    claims = [without_incident_year(c) for c, _ in pairs if c.status != "rejected"]
    keys_of = {c.claim_id: k for c, k in pairs}
    pins = {c.claim_id: pins_by_key[keys_of[c.claim_id]] for c in claims if keys_of[c.claim_id] in pins_by_key}
    if on_progress:
        on_progress("link")
    result = link_claims(claims, pins=pins)
    ids = _assign_ids(result.groups, keys_of, old)
    by_id = {c.claim_id: c for c in claims}
    for group in result.groups:
        for cid, date in years_from_incident([by_id[c] for c in group.claim_ids]).items():
            by_id[cid] = by_id[cid].model_copy(update={"date": date})
        for cid, date in dates_from_document([by_id[c] for c in group.claim_ids]).items():
            by_id[cid] = by_id[cid].model_copy(update={"date": date})
    new_dates = {cid: c.date for cid, c in by_id.items() if c.date != stored[cid]}
    records: list[irepo.IncidentRecord] = []
    relations: list[irepo.RelationRecord] = []
    if on_progress:
        on_progress("compare")
    for n, group in enumerate(result.groups):
        members = [by_id[c] for c in group.claim_ids]
        comparison = compare(members, sources)
        graded = grade_incident(members, comparison, sources, reviewed=ids[n] in reviewed)
        machine = graded.grade if graded.grade != "reviewed" else grade_incident(members, comparison, sources).grade
        place = _place_of(members)
        start, end = _dates_of(members, group.aggregate)
        records.append(irepo.IncidentRecord(
            id=ids[n], type=_type_of(members), place_name=place.name, geonameid=place.geonameid,
            country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon, date_start=start, date_end=end,
            grade=graded.grade, reasons=graded.reasons,
            summary=_summary(comparison, members, [keys_of[c] for c in group.claim_ids], group.aggregate, machine),
            manual=group.pinned is not None,
            parent_id=ids[group.parent] if group.parent is not None else None,
            claim_links={c: group.links[c].as_dict() for c in group.claim_ids},
        ))
        relations.extend(irepo.RelationRecord(ids[n], r.claim_a, r.claim_b, r.kind, r.relation, r.reasons)
                         for r in comparison.relations)
    if on_progress:
        on_progress("store")
    with ledger.session() as session:
        irepo.replace_incidents(session=session, incidents=records, relations=relations,
                                unlinked={c: info.as_dict() for c, info in result.unlinked.items()})
        irepo.update_claim_dates(session=session, dates=new_dates)
        session.commit()
    old_ids = {o.id for o in old}
    new_ids = set(ids)
    return LinkReport(
        claims=len(claims), incidents=len(records),
        multi_source=sum(1 for r in records if r.summary["documents"] >= 2),
        aggregates=sum(1 for g in result.groups if g.aggregate),
        nested=sum(1 for r in records if r.parent_id), kept_ids=len(new_ids & old_ids),
        new_ids=len(new_ids - old_ids), removed_ids=len(old_ids - new_ids),
        manual_groups=sum(1 for g in result.groups if g.pinned), ambiguous_claims=len(result.ambiguous),
        unlinked=len(result.unlinked),
        grades=dict(Counter(r.grade for r in records)),
    )


# --- reading incidents ---------------------------------------------------------------------


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _ranges(summary: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, fig in (summary.get("figures") or {}).items():
        if fig.get("min") is None or label.startswith("other"):
            continue  # counted objects ("other: rockets") are listed in the incident detail
        lo, hi, best = fig["min"], fig["max"], fig.get("best")
        text = _num(lo) if lo == hi else f"{_num(lo)}–{_num(hi)}"
        if best is not None and not (lo == hi == best):
            text += f" (best {_num(best)})"
        out[label] = text
    return out


def _summary_out(row: Incident) -> IncidentSummary:
    s = row.summary or {}
    return IncidentSummary(
        id=row.id, type=row.type,
        place=PlaceOut(name=row.place_name, geonameid=row.geonameid, country=row.country, admin1=row.admin1,
                       lat=row.lat, lon=row.lon),
        date_start=row.date_start, date_end=row.date_end, documents=s.get("documents", 0), claims=s.get("claims", 0),
        sources=s.get("sources", 0), ranges=_ranges(s), grade=row.grade, aggregate=bool(s.get("aggregate")),
        parent_id=row.parent_id, manual=bool(row.manual),
    )


def list_incidents(ledger: Ledger, *, contested: bool = False, place: str | None = None, country: str | None = None,
                   grade: str | None = None, type: str | None = None, min_documents: int = 0,
                   limit: int | None = None) -> list[IncidentSummary]:
    """Incidents, by date; filters: contested only, place name (substring, accent-insensitive),
    country code, grade, type, at least ``min_documents`` documents."""
    with ledger.session() as session:
        rows = irepo.list_incident_rows(session=session, contested=contested, country=country, grade=grade,
                                        type_=type)
    out = [_summary_out(r) for r in rows]
    if place:
        needle = fold(place)
        out = [s for s in out if s.place.name and needle in fold(s.place.name)]
    if min_documents:
        out = [s for s in out if s.documents >= min_documents]
    return out[:limit] if limit is not None else out


def _interval_text(lo: float | None, hi: float | None) -> str:
    if lo is None:
        return ""
    if hi is None or hi == INF:
        return f"[{_num(lo)}, ∞)"
    return _num(lo) if lo == hi else f"[{_num(lo)}, {_num(hi)}]"


def _stated_date(c: ClaimOut) -> str | None:
    b = date_bounds(c.date)
    if b is None:
        return None
    return b[0].isoformat() if b[0] == b[1] else f"{b[0].isoformat()}/{b[1].isoformat()}"


def incident_detail(ledger: Ledger, incident_id: str) -> IncidentDetail:
    """One incident side by side: a row per claim, per-figure ranges, relations, grade reasons.

    incident_id (str): the incident id (or a unique prefix).
    RETURNS (IncidentDetail): raises ``NotFound`` (E205) for an unknown id.
    """
    with ledger.session() as session:
        row = irepo.get_incident_row(session=session, incident_id=incident_id)
        claims = irepo.incident_claims(session=session, incident_id=row.id)
        links = irepo.claim_links(session=session, incident_id=row.id)
        rels = irepo.incident_relations(session=session, incident_id=row.id)
        sources = irepo.source_infos(session=session)
        parent = irepo.get_incident_row(session=session, incident_id=row.parent_id) if row.parent_id else None
        children = irepo.child_rows(session=session, incident_id=row.id)
        summary = _summary_out(row)
        parent_out = _summary_out(parent) if parent is not None else None
        children_out = [_summary_out(c) for c in children]
        figures_json = (row.summary or {}).get("figures") or {}
        reasons = [GradeReason(rule=r.get("rule", ""), text=r.get("text", ""), claims=r.get("claims", []))
                   for r in (row.reasons or [])]
        relation_rows = [RelationRow(claim_a=r.claim_a, claim_b=r.claim_b, kind=r.kind, relation=r.relation,
                                     text=(r.reasons or {}).get("text", "")) for r in rels]
    short = {c.claim_id: f"{c.doc}#{n + 1}" for n, c in enumerate(claims)}
    per_claim: dict[str, list[str]] = {c.claim_id: [] for c in claims}
    for r in relation_rows:
        what = f" ({r.kind})" if r.kind else ""
        per_claim.setdefault(r.claim_a, []).append(f"{r.relation} {short.get(r.claim_b, r.claim_b)}{what}")
        per_claim.setdefault(r.claim_b, []).append(f"{r.relation} {short.get(r.claim_a, r.claim_a)}{what}")
    rows: list[ClaimRow] = []
    for c in claims:
        info = sources.get(c.doc_id) or SourceInfo(doc=c.doc)
        attributed = info.publisher if c.attributed_to.kind == "author" and info.publisher else c.attributed_to.name
        rows.append(ClaimRow(
            claim_id=c.claim_id, doc_id=c.doc_id, doc=c.doc, publisher=info.publisher, affiliation=info.affiliation,
            attributed_to=attributed, attributed_kind=c.attributed_to.kind, published=info.published,
            stated_date=_stated_date(c), place=c.place.name or c.place.text, type=c.type, stance=c.stance,
            figures=[FigureCell(label=f.kind if f.kind != "other" else f"other: {f.what or ''}", value=float(f.value),
                                qualifier=f.qualifier, text=f.text,
                                interval=_interval_text(f.low if f.low is not None else f.value, f.high))
                     for f in c.figures],
            relations=per_claim.get(c.claim_id, []), evidence=c.evidence.text, link=links.get(c.claim_id, {}),
        ))
    figures = [
        FigureRange(label=label, min=f.get("min"), max=f.get("max"), low=f.get("low"), best=f.get("best"),
                    high=f.get("high"), series=f.get("series", []),
                    sources=[FigureSourceOut(
                        claim_id=s["claim_id"], doc=s["doc"], value=s["value"], qualifier=s["qualifier"],
                        low=s["low"], high=s["high"], attributed_to=s["attributed_to"], publisher=s.get("publisher"),
                        affiliation=s.get("affiliation"),
                        published=dt.date.fromisoformat(s["published"]) if s.get("published") else None,
                        group=s.get("group"), comparable=s.get("comparable", True)) for s in f.get("sources", [])])
        for label, f in figures_json.items()
    ]
    return IncidentDetail(incident=summary, rows=rows, figures=figures, relations=relation_rows, reasons=reasons,
                          parent=parent_out, children=children_out)


def incidents_jsonl_rows(ledger: Ledger) -> Iterator[dict[str, Any]]:
    """One dict per incident for ``claimledger export incidents --format jsonl``.

    Keys: id, type, place (name, geonameid, country, admin1, lat, lon), date_start,
    date_end, claim_ids, figures (label -> min, max, low, best, high, series and
    sources [(claim_id, value, qualifier, low, high, attributed_to)]), grade, reasons,
    parent_id, aggregate, documents, sources, called (what it is called, by whom: one row per
    characterization / responsibility / recognition / legal_action claim) and
    labels_by_affiliation.
    """
    from claimledger import characterizations as chars
    from claimledger.store import characterizations_repo as crepo

    with ledger.session() as session:
        rows = irepo.list_incident_rows(session=session)
        members: dict[str, list[str]] = {}
        for claim, _key in irepo.claims_with_keys(session=session):
            if claim.incident_id:
                members.setdefault(claim.incident_id, []).append(claim.claim_id)
        family = crepo.family_claims(session=session, types=chars.FAMILY)
        meta = crepo.document_meta(session=session, doc_ids=[c.doc_id for c in family])
        called: dict[str, list[chars.CalledRow]] = {}
        for c, called_row in zip(family, chars.rows_of(family, meta), strict=True):
            if c.incident_id:
                called.setdefault(c.incident_id, []).append(called_row)
        for row in rows:
            s = row.summary or {}
            yield {
                "id": row.id, "type": row.type,
                "place": {"name": row.place_name, "geonameid": row.geonameid, "country": row.country,
                          "admin1": row.admin1, "lat": row.lat, "lon": row.lon},
                "date_start": row.date_start.isoformat() if row.date_start else None,
                "date_end": row.date_end.isoformat() if row.date_end else None,
                "claim_ids": members.get(row.id, []),
                "figures": {
                    label: {
                        "min": f.get("min"), "max": f.get("max"), "low": f.get("low"), "best": f.get("best"),
                        "high": f.get("high"), "series": f.get("series", []),
                        "sources": [{k: src.get(k) for k in ("claim_id", "value", "qualifier", "low", "high",
                                                             "attributed_to")} for src in f.get("sources", [])],
                    }
                    for label, f in (s.get("figures") or {}).items()
                },
                "grade": row.grade, "reasons": row.reasons or [], "parent_id": row.parent_id,
                "aggregate": bool(s.get("aggregate")), "documents": s.get("documents", 0),
                "sources": s.get("sources", 0),
                "called": [r.model_dump(mode="json") for r in called.get(row.id, [])],
                "labels_by_affiliation": chars.summarize(called.get(row.id, []))[0],
            }


# --- audit -------------------------------------------------------------------------------


def audit(ledger: Ledger, doc: str | None = None, *,
          on_document: Callable[[str, int], None] | None = None) -> AuditReport:
    """Audit one document (or all) against itself and store the findings (replacing old ones).

    doc (str | None): a document reference (id, prefix, manifest id or path), or every document.
    RETURNS (AuditReport): documents audited, findings raised, counts per rule.
    """
    with ledger.session() as session:
        doc_ids = [repo.get_document_row(session=session, ref=doc).id] if doc else irepo.document_ids(session=session)
    by_rule: Counter[str] = Counter()
    total = 0
    for doc_id in doc_ids:
        with ledger.session() as session:
            row = repo.get_document_row(session=session, ref=doc_id)
            claims = list(repo.iter_claims(session=session, doc_id=doc_id))
            found = audit_document(row.text, claims, published=row.published)
            irepo.replace_findings(session=session, doc_id=doc_id, findings=[f.as_dict() for f in found])
            session.commit()
        by_rule.update(f.rule for f in found)
        total += len(found)
        if on_document is not None:
            on_document(doc_id, len(found))
    return AuditReport(documents=len(doc_ids), findings=total, by_rule=dict(sorted(by_rule.items())))


def findings(ledger: Ledger, doc: str | None = None) -> list[FindingOut]:
    """Stored audit findings (of one document, or all), with the text of each span."""
    with ledger.session() as session:
        doc_id = repo.get_document_row(session=session, ref=doc).id if doc else None
        rows = irepo.list_findings(session=session, doc_id=doc_id)
    return [
        FindingOut(id=f.id, doc_id=f.doc_id, doc=label, rule=f.rule, message=f.message, severity=f.severity,
                   spans=[SpanOut(start=s, end=e, text=text[s:e]) for s, e in (f.spans or [])])
        for f, label, text in rows
    ]
