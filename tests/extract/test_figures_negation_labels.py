"""Negations of one person ("No resident was hurt"), and label lines
whose kind word is followed by a people noun ("Newly displaced people: 2,000")."""

from __future__ import annotations

import pytest

from claimledger.extract import dates, figures, segment
from claimledger.extract.base import Doc
from claimledger.models import SourceText


def _figures(text: str) -> list[tuple]:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    return [(m.label, m.data["value"], m.data["qualifier"]) for m in doc.spans["figures"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No resident was hurt, the district officer said.", [("injured", 0, "exact")]),
        ("No soldier was wounded in the exchange.", [("injured", 0, "exact")]),
        ("No passenger was killed when the bus overturned.", [("killed", 0, "exact")]),
        ("No member of the crew was injured.", []),  # (a phrase after the noun: not read)
        ("No policeman has been killed this month.", [("killed", 0, "exact")]),
    ],
)
def test_figures_negation_of_one_person(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newly displaced people: between 1,500 and 1,800.", [("displaced", 1500, "range")]),
        ("Displaced persons: 640.", [("displaced", 640, "exact")]),
        ("Injured civilians: 12.", [("injured", 12, "exact")]),
        ("Missing persons (unconfirmed): 4.", [("missing", 4, "exact")]),
    ],
)
def test_figures_label_line_with_a_people_noun(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
