"""Builders shared by the places/types/attribution/actors tests: a segmented Doc from text."""

from __future__ import annotations

from claimledger.extract import segment
from claimledger.extract.base import Doc
from claimledger.models import SourceText


def make_doc(text: str, *components) -> Doc:
    doc = Doc(source=SourceText(doc_id="t", text=text))
    segment.component.func(doc)
    for c in components:
        c.func(doc)
    return doc
