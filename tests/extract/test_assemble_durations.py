"""Assemble: a claim that only gives a length of time ("the 40-day war") is no total over a period:
it keeps the place it is carried, not the country of that place."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


@pytest.mark.parametrize(
    "sentence",
    [
        "Many of its sons fell as martyrs in the 40-day war.",
        "Its men were killed during the 40-day siege.",
    ],
)
def test_assemble_war_length_is_no_total(sentence: str) -> None:
    text = ("Artillery shelled the town of Kupiansk on 3 May 2021, killing 14 people.\n\n"
            f"The town has suffered before. {sentence}\n")
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 10)))
    c = next(c for c in claims if sentence[:12] in c.evidence.text)
    assert not c.place.rule.startswith("aggregate:")
    assert c.place.text == "Kupiansk"


def test_assemble_war_length_sentence_keeps_its_own_dating() -> None:
    # a sentence about a whole war is dated by itself only, not by the document's incident day
    text = ("Missiles hit Kupiansk on 3 May 2021, killing 14 people.\n\n"
            "Rebel forces repeatedly fired rockets into towns during the six-week war, killing and wounding civilians.\n")
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 6, 10)))
    c = next(c for c in claims if "six-week" in c.evidence.text)
    assert c.date.start is None
