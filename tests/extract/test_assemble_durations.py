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


@pytest.mark.parametrize(
    ("sentence", "value", "what"),
    [
        ("The burials in the town cemetery continued for more than three weeks, witnesses said.", 3, "weeks"),
        ("The shelling of the town went on for six hours.", 6, "hours"),
        ("The fighting for the bridge lasted 12 days.", 12, "days"),
    ],
)
def test_assemble_length_of_the_fighting_or_burying_is_a_claim_dated_by_itself(sentence: str, value: int, what: str) -> None:
    # the length of what the text tells of counts, like a war's; no day told elsewhere dates it
    text = f"Artillery shelled the town of Goma on 3 May 2021, killing 14 people.\n\n{sentence}\n"
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 6, 10)))
    c = next(c for c in claims if sentence[:12] in c.evidence.text)
    assert [(f.kind, f.value, f.what) for f in c.figures] == [("other", value, what)]
    assert c.date.start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The curfew in the town continued for three weeks.",
        "Residents queued for water every three hours.",
    ],
)
def test_assemble_other_lengths_of_time_are_no_claim(sentence: str) -> None:
    text = f"Artillery shelled the town of Goma on 3 May 2021, killing 14 people.\n\n{sentence}\n"
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 6, 10)))
    assert not any(sentence[:12] in c.evidence.text for c in claims)
