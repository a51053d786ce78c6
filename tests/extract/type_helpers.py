"""Helpers of the incident-type tests: the event claims of a short text, and the type of the one whose
evidence holds a given phrase."""

from __future__ import annotations

import datetime as dt

from claimledger.extract.pipeline import extract
from claimledger.models import ClaimIn, SourceText

EVENT_FAMILY = {"characterization", "responsibility", "recognition", "legal_action"}  # claims about claims
PUBLISHED = dt.date(2024, 6, 20)


def event_claims(text: str, published: dt.date = PUBLISHED) -> list[ClaimIn]:
    """The claims of ``text`` (published by "Desk" on ``published``) that tell of an incident."""
    src = SourceText(doc_id="t", text=text, published=published, publisher="Desk")
    return [c for c in extract(src) if c.type not in EVENT_FAMILY]


def type_of(text: str, needle: str, published: dt.date = PUBLISHED) -> str:
    """The type of the first incident claim whose evidence holds ``needle`` (fails when there is none)."""
    found = [c.type for c in event_claims(text, published) if needle in c.evidence.text]
    assert found, f"no claim whose evidence holds {needle!r}"
    return found[0]
