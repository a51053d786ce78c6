"""SQLAlchemy 2.x tables of the ledger.

The schema is created and changed only by the Alembic migrations in
``store/migrations`` (``claimledger db upgrade``); these classes describe it for
queries. Documents and their bytes never change after ingest; later stages point
into ``Document.text`` with character offsets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Blob(Base):
    """The original bytes of an ingested file, addressed by their SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blobs.sha256"), unique=True)
    ext_id: Mapped[str | None] = mapped_column(String(200), index=True)
    path: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    chars: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page_offsets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text, index=True)
    affiliation: Mapped[str | None] = mapped_column(String(100), index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ExtractionRun(Base):
    """Which extractor version has processed which document."""

    __tablename__ = "extraction_runs"
    doc_id: Mapped[str] = mapped_column(String(32), ForeignKey("documents.id"), primary_key=True)
    extractor: Mapped[str] = mapped_column(String(100), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Incident(Base):
    __tablename__ = "incidents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("incidents.id"), index=True)
    type: Mapped[str | None] = mapped_column(String(50), index=True)
    place_name: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    grade: Mapped[str | None] = mapped_column(String(30), index=True)
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Claim(Base):
    """One extracted claim. ``payload`` holds the full ``ClaimIn`` as JSON; the
    scalar columns repeat what queries filter and sort on."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_status_confidence", "status", "confidence", "id"),  # migration 0002
        Index("ix_claims_names", "place_name", "attributed_name", "type", "id"),  # migration 0002
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(32), ForeignKey("documents.id"), index=True)
    extractor: Mapped[str] = mapped_column(String(100))
    stable_key: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(50), index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer, index=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    attributed_name: Mapped[str | None] = mapped_column(Text)
    attributed_kind: Mapped[str | None] = mapped_column(String(20))
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(50))
    stance: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="machine", index=True)
    incident_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("incidents.id"), index=True)
    link: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # score and reasons of the link
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class FigureRow(Base):
    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(String(40), ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    what: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(20))
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    grp: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Relation(Base):
    """A comparison between two claims of one incident: agree, revision, contradiction, denial."""

    __tablename__ = "relations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(String(32), ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    claim_a: Mapped[str] = mapped_column(String(40), ForeignKey("claims.id", ondelete="CASCADE"))
    claim_b: Mapped[str] = mapped_column(String(40), ForeignKey("claims.id", ondelete="CASCADE"))
    kind: Mapped[str | None] = mapped_column(String(20))  # figure kind compared, or null
    relation: Mapped[str] = mapped_column(String(20), index=True)
    reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Finding(Base):
    """An audit finding: a document disagreeing with itself."""

    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(32), ForeignKey("documents.id"), index=True)
    rule: Mapped[str] = mapped_column(String(60), index=True)
    message: Mapped[str] = mapped_column(Text)
    spans: Mapped[list[Any]] = mapped_column(JSON, default=list)
    severity: Mapped[str] = mapped_column(String(10), default="warning")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ReviewDecision(Base):
    """A person's decision on a claim or incident. Append-only: never updated or deleted."""

    __tablename__ = "review_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_key: Mapped[str | None] = mapped_column(String(64), index=True)  # Claim.stable_key
    claim_id: Mapped[str | None] = mapped_column(String(40))
    incident_id: Mapped[str | None] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(Text)
    token_hash: Mapped[str | None] = mapped_column(String(128), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
