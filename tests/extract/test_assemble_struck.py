"""Assemble: a figure-less sentence that dates a strike to the day and names where it hit, in the passive
with its weapon, is a claim of its own; never a one-event record's event."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.models import ClaimIn, SourceText, denies_incident

_PUB = dt.date(2000, 1, 1)


def _statements(text: str) -> list[ClaimIn]:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=_PUB)) if not c.figures
            and not denies_incident(c) and c.type not in ("responsibility", "characterization", "recognition", "legal_action")]


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("On 12 March 1994, a bus was hit by an artillery shell near the village of Kupiansk.\n",
         dt.date(1994, 3, 12), "Kupiansk"),
        ("The school in Tarsel was struck by a missile on 4 June 1999, witnesses said.\n", dt.date(1999, 6, 4), "Tarsel"),
    ],
)
def test_assemble_dated_strike_is_a_claim(text: str, date: dt.date, place: str) -> None:
    found = _statements(text)
    assert len(found) == 1
    assert found[0].date.start == date
    assert found[0].place.text == place


@pytest.mark.parametrize(
    "text",
    [
        # no day: a war-wide remark
        "In 1994 many villages of the valley were hit by artillery shells.\n",
        # no weapon in the passive
        "On 12 March 1994, the village of Kupiansk was hit hard by the crisis.\n",
        # a figure already makes the claim
        "On 12 March 1994, a bus was hit by a rocket near Kupiansk, killing 4 people.\n",
    ],
)
def test_assemble_dated_strike_needs_day_weapon_and_no_figure(text: str) -> None:
    assert _statements(text) == []


def test_assemble_dated_strike_is_not_the_records_event() -> None:
    text = "On 12 March 1994, a bus was hit by an artillery shell near the village of Kupiansk.\n"
    source = SourceText(doc_id="t", text=text, published=_PUB)
    event = extract_event(source)
    assert event is not None
    assert event.evidence.start == 0
