"""Repository functions: the only code that turns domain types into rows and back.

Keyword-only, one session in, plain domain objects out (the ORM rows never leave
this module except to the service layer that owns the session).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

from pydantic import BaseModel
from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from claimledger.errors import Errors, NotFound
from claimledger.models import (
    ClaimIn,
    ClaimOut,
    ClaimStatus,
    DocumentIn,
    DocumentMeta,
    DocumentOut,
)
from claimledger.store.tables import Blob, Claim, Document, ExtractionRun, FigureRow

UTC = dt.UTC


def now() -> dt.datetime:
    return dt.datetime.now(UTC)


def document_id(sha256: str) -> str:
    """A document's ledger id: the first 16 hex digits of its SHA-256 (sqlite-utils' hash_id)."""
    return sha256[:16]


# --- documents --------------------------------------------------------------------------


def document_out(row: Document) -> DocumentOut:
    return DocumentOut(
        id=row.id,
        ext_id=row.ext_id,
        label=row.ext_id or row.path,
        path=row.path,
        filename=row.filename,
        media_type=row.media_type,
        sha256=row.sha256,
        size=row.size,
        chars=row.chars,
        ingested_at=row.ingested_at,
        page_offsets=list(row.page_offsets or []),
        meta=DocumentMeta(
            ext_id=row.ext_id,
            url=row.url,
            title=row.title,
            author=row.author,
            publisher=row.publisher,
            affiliation=row.affiliation,
            published=row.published,
            language=row.language,
            notes=row.notes,
        ),
    )


def find_by_sha256(*, session: Session, sha256: str) -> Document | None:
    return session.scalar(select(Document).where(Document.sha256 == sha256))


def add_document(*, session: Session, doc: DocumentIn) -> Document:
    """Add the bytes, the document and its search entry (the caller commits once)."""
    if session.get(Blob, doc.sha256) is None:
        session.add(Blob(sha256=doc.sha256, size=len(doc.raw), data=doc.raw))
    meta = doc.meta
    row = Document(
        id=document_id(doc.sha256),
        sha256=doc.sha256,
        ext_id=meta.ext_id,
        path=doc.path,
        filename=doc.filename,
        media_type=doc.media_type,
        size=len(doc.raw),
        chars=len(doc.text),
        text=doc.text,
        page_offsets=doc.page_offsets,
        url=meta.url,
        title=meta.title,
        author=meta.author,
        publisher=meta.publisher,
        affiliation=meta.affiliation,
        published=meta.published,
        language=meta.language,
        notes=meta.notes,
        ingested_at=now(),
    )
    session.add(row)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text("INSERT INTO documents_fts (doc_id, title, text) VALUES (:id, :title, :text)"),
            {"id": row.id, "title": row.title or "", "text": row.text},
        )
    return row


def list_documents(*, session: Session, limit: int | None = None, offset: int = 0) -> list[DocumentOut]:
    query = select(Document).order_by(Document.published.is_(None), Document.published, Document.path)
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [document_out(row) for row in session.scalars(query)]


def count_documents(*, session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Document)) or 0


def get_document_row(*, session: Session, ref: str) -> Document:
    """A document by ledger id, id prefix, the user's id (manifest) or path as ingested."""
    row = session.get(Document, ref)
    if row is not None:
        return row
    matches = list(
        session.scalars(
            select(Document).where(or_(Document.ext_id == ref, Document.path == ref, Document.filename == ref)).limit(3)
        )
    )
    if not matches and re.fullmatch(r"[0-9a-f]{4,64}", ref):
        matches = list(session.scalars(select(Document).where(Document.sha256.startswith(ref)).limit(3)))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(Errors.E201.format(ref=ref))
    raise NotFound(Errors.E202.format(ref=ref, count=len(matches)))


def get_blob(*, session: Session, sha256: str) -> bytes:
    blob = session.get(Blob, sha256)
    if blob is None:
        raise NotFound(Errors.E201.format(ref=sha256))
    return blob.data


class SearchHit(BaseModel):
    doc_id: str
    label: str
    title: str | None
    publisher: str | None
    snippet: str


def _fts5_query(query: str) -> str:
    """Quote each word so user input is never FTS5 syntax (a hyphen or colon would be)."""
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return " ".join('"' + word.replace('"', "") + '"' for word in words)


def search_documents(*, session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Full-text search: FTS5 on SQLite, ``tsvector`` on PostgreSQL."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        fts = _fts5_query(query)
        if not fts:
            return []
        rows = session.execute(
            text(
                "SELECT d.id, coalesce(d.ext_id, d.path), d.title, d.publisher, "
                "snippet(documents_fts, 2, '[', ']', ' … ', 16) "
                "FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id "
                "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit"
            ),
            {"q": fts, "limit": limit},
        )
    elif dialect == "postgresql":
        rows = session.execute(
            text(
                "SELECT d.id, coalesce(d.ext_id, d.path), d.title, d.publisher, "
                "ts_headline('simple', left(d.text, 100000), websearch_to_tsquery('simple', :q), "
                "'StartSel=[, StopSel=], MaxWords=20, MinWords=8') "
                "FROM documents d WHERE d.tsv @@ websearch_to_tsquery('simple', :q) "
                "ORDER BY ts_rank(d.tsv, websearch_to_tsquery('simple', :q)) DESC LIMIT :limit"
            ),
            {"q": query, "limit": limit},
        )
    else:  # pragma: no cover - only the two supported dialects reach here
        rows = session.execute(
            select(Document.id, func.coalesce(Document.ext_id, Document.path), Document.title, Document.publisher,
                   func.substr(Document.text, 1, 120))
            .where(Document.text.contains(query)).limit(limit)
        )
    return [
        SearchHit(doc_id=r[0], label=r[1], title=r[2], publisher=r[3], snippet=" ".join((r[4] or "").split()))
        for r in rows
    ]


# --- claims ----------------------------------------------------------------------------


def claim_stable_key(doc_id: str, claim: ClaimIn) -> str:
    """What identifies a claim across extractor versions: document, type, evidence span and content.

    Review decisions are keyed on it, so they survive re-extraction."""
    basis = "|".join(
        str(part or "")
        for part in (doc_id, claim.type, claim.evidence.start, claim.evidence.end, claim.label, claim.stance,
                     claim.perpetrator, claim.action, claim.wording,
                     ",".join(sorted(f"{f.kind}:{f.what or ''}:{f.value:g}" for f in claim.figures)))
    )
    return hashlib.sha1(basis.encode()).hexdigest()[:24]


def claim_id(doc_id: str, extractor: str, index: int, claim: ClaimIn) -> str:
    basis = f"{doc_id}|{extractor}|{index}|{claim.evidence.start}|{claim.evidence.end}|{claim.type}"
    return "c" + hashlib.sha1(basis.encode()).hexdigest()[:19]


def documents_needing_extraction(*, session: Session, extractor: str, doc_ids: Sequence[str] | None = None) -> list[str]:
    done = select(ExtractionRun.doc_id).where(ExtractionRun.extractor == extractor)
    query = select(Document.id).where(Document.id.not_in(done)).order_by(Document.id)
    if doc_ids:
        query = query.where(Document.id.in_(list(doc_ids)))
    return list(session.scalars(query))


def replace_claims(*, session: Session, doc_id: str, extractor: str, claims: Iterable[ClaimIn]) -> list[str]:
    """Replace a document's machine claims with a new extraction (one transaction, caller commits).

    Claims a person has decided on keep their status: it is re-applied by stable key."""
    previous_status = dict(
        session.execute(
            select(Claim.stable_key, Claim.status).where(Claim.doc_id == doc_id, Claim.status != "machine")
        ).all()
    )
    session.execute(delete(FigureRow).where(FigureRow.claim_id.in_(select(Claim.id).where(Claim.doc_id == doc_id))))
    session.execute(delete(Claim).where(Claim.doc_id == doc_id))
    ids: list[str] = []
    created = now()
    for index, claim in enumerate(claims):
        cid = claim_id(doc_id, extractor, index, claim)
        key = claim_stable_key(doc_id, claim)
        session.add(claim_row(cid, doc_id, key, claim, previous_status.get(key, "machine"), created))
        for figure in claim.figures:
            session.add(
                FigureRow(
                    claim_id=cid,
                    kind=figure.kind,
                    what=figure.what,
                    value=float(figure.value),
                    qualifier=figure.qualifier,
                    low=None if figure.low is None else float(figure.low),
                    high=None if figure.high is None else float(figure.high),
                    grp=figure.group,
                    start=figure.start,
                    end=figure.end,
                )
            )
        ids.append(cid)
    run = session.get(ExtractionRun, (doc_id, extractor))
    if run is None:
        session.add(ExtractionRun(doc_id=doc_id, extractor=extractor, claims=len(ids), at=created))
    else:
        run.claims, run.at = len(ids), created
    return ids


def claim_row(cid: str, doc_id: str, key: str, claim: ClaimIn, status: str, created: dt.datetime) -> Claim:
    return Claim(
        id=cid,
        doc_id=doc_id,
        extractor=claim.extractor,
        stable_key=key,
        type=claim.type,
        date_start=claim.date.start,
        date_end=claim.date.end,
        date_precision=claim.date.precision,
        place_name=claim.place.name or claim.place.text,
        geonameid=claim.place.geonameid,
        country=claim.place.country,
        lat=claim.place.lat,
        lon=claim.place.lon,
        attributed_name=claim.attributed_to.name,
        attributed_kind=claim.attributed_to.kind,
        evidence_start=claim.evidence.start,
        evidence_end=claim.evidence.end,
        label=claim.label,
        stance=claim.stance,
        confidence=claim.confidence,
        status=status,
        payload=claim.model_dump(mode="json"),
        created_at=created,
    )


def claim_out(row: Claim, doc_label: str) -> ClaimOut:
    payload = dict(row.payload)
    return ClaimOut(
        **payload,
        claim_id=row.id,
        doc_id=row.doc_id,
        doc=doc_label,
        incident_id=row.incident_id,
        status=cast(ClaimStatus, row.status),
    )


def iter_claims(
    *, session: Session, doc_id: str | None = None, batch: int = 2000
) -> Iterator[ClaimOut]:
    """Every claim (of one document, or all), in document order, streamed in batches."""
    query = (
        select(Claim, func.coalesce(Document.ext_id, Document.path))
        .join(Document, Document.id == Claim.doc_id)
        .order_by(Claim.doc_id, Claim.evidence_start, Claim.id)
        .execution_options(yield_per=batch)
    )
    if doc_id is not None:
        query = query.where(Claim.doc_id == doc_id)
    for row, label in session.execute(query):
        yield claim_out(row, label)


def get_claim(*, session: Session, claim_id: str) -> ClaimOut:
    result = session.execute(
        select(Claim, func.coalesce(Document.ext_id, Document.path))
        .join(Document, Document.id == Claim.doc_id)
        .where(Claim.id == claim_id)
    ).first()
    if result is None:
        raise NotFound(Errors.E204.format(ref=claim_id))
    return claim_out(result[0], result[1])


def count_claims(*, session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Claim)) or 0
