"""Domain types shared by every stage of the pipeline.

Each arrow of the data flow in DESIGN.md takes and returns these types only:
ingest produces ``DocumentIn``; extraction takes ``SourceText`` and returns
``ClaimIn`` objects; the store turns them into rows and back into ``ClaimOut``.
Character offsets (``start``/``end``) always index into the document's stored
text, so ``text[start:end]`` is the field's surface text.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FigureKind = Literal["killed", "injured", "captured", "missing", "displaced", "other"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "up_to", "range", "vague"]
DatePrecision = Literal["day", "month", "year", "range"]
PlacePrecision = Literal["locality", "district", "region", "country", "unresolved"]
AttributionKind = Literal["cited", "quoted", "author"]
Stance = Literal["asserts", "rejects"]
ClaimStatus = Literal["machine", "accepted", "edited", "rejected"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- documents -------------------------------------------------------------------------


class DocumentMeta(Model):
    """Metadata from a manifest row, a sidecar file or the document itself."""

    ext_id: str | None = None  # the user's own identifier (manifest `id`)
    url: str | None = None
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    affiliation: str | None = None
    published: dt.date | None = None
    language: str | None = None
    notes: str | None = None


class DocumentIn(Model):
    """A read, not yet stored document: original bytes plus extracted text."""

    path: str  # the path as ingested (relative when given relative)
    filename: str
    media_type: str
    raw: bytes
    sha256: str
    text: str
    page_offsets: list[int] = Field(default_factory=list)  # start offset of each PDF page
    meta: DocumentMeta = Field(default_factory=DocumentMeta)


class DocumentOut(Model):
    id: str  # stable ledger id, derived from the content hash
    ext_id: str | None
    label: str  # ext_id, else the path as ingested
    path: str
    filename: str
    media_type: str
    sha256: str
    size: int
    chars: int
    ingested_at: dt.datetime
    page_offsets: list[int] = Field(default_factory=list)
    meta: DocumentMeta


class SourceText(Model):
    """What extraction sees of a document: its text and the metadata it resolves against."""

    doc_id: str
    text: str
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    affiliation: str | None = None
    language: str | None = None
    url: str | None = None  # a date in its path ("/2013/08/") anchors year-less dates when ``published`` is unknown


# --- claims ----------------------------------------------------------------------------


class Span(Model):
    start: int
    end: int
    text: str


class Figure(Model):
    kind: FigureKind
    what: str | None = None  # the counted object for kind=other ("houses", "rockets", "USD")
    value: int | float
    qualifier: Qualifier
    low: int | float | None
    high: int | float | None
    group: str | None = None  # the victim group as stated ("civilians", "children")
    start: int
    end: int
    text: str = ""
    rule: str = ""


class DateValue(Model):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision | None = None
    text: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    rule: str = ""


class PlaceValue(Model):
    text: str | None = None
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision | None = None
    char_start: int | None = None
    char_end: int | None = None
    rule: str = ""


class Actors(Model):
    perpetrator: str | None = None
    target: str | None = None
    perpetrator_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    rule: str = ""


class Attribution(Model):
    name: str
    kind: AttributionKind
    start: int | None = None
    end: int | None = None
    rule: str = ""


class ClaimIn(Model):
    """One assertion, in one document, about one incident (or an aggregate of incidents)."""

    type: str  # incident type, or a claim family (denial, characterization, ...)
    denied_type: str | None = None  # a denial's: the type of the incident it denies ("denied shelling": shelling)
    date: DateValue = Field(default_factory=DateValue)
    place: PlaceValue = Field(default_factory=PlaceValue)
    figures: list[Figure] = Field(default_factory=list)
    actors: Actors = Field(default_factory=Actors)
    attributed_to: Attribution
    evidence: Span
    confidence: float = 0.5
    extractor: str = ""
    type_rule: str = ""
    # Characterization family (issue 7); null for plain incident claims.
    label: str | None = None
    wording: str | None = None
    stance: Stance = "asserts"
    perpetrator: str | None = None
    action: str | None = None
    extra: dict[str, object] = Field(default_factory=dict)


LABEL_FAMILY_TYPES = frozenset({"characterization", "responsibility", "recognition", "legal_action"})


def denies_incident(claim: ClaimIn) -> bool:
    """True for a party's denial of an incident: a claim of type ``denial`` (which records the type of the
    incident it denies in ``denied_type``), or an incident claim with stance ``rejects`` (hand-made claims).
    Not a rejected label or responsibility (the characterization family)."""
    return claim.type == "denial" or claim.stance == "rejects" and claim.type not in LABEL_FAMILY_TYPES


class ClaimOut(ClaimIn):
    claim_id: str
    doc_id: str
    doc: str  # the document's label: manifest id, else the path as ingested
    incident_id: str | None = None
    status: ClaimStatus = "machine"
