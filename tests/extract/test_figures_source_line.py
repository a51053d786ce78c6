"""Figures: a line that is only a number and its source in brackets, right under a line that counts and sources
the same way (an infobox field's lines), counts the same thing by another source (rules ``source_line``)."""

from __future__ import annotations

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _counts(text: str) -> list[tuple[str, float, str, str]]:
    claims = extract(SourceText(doc_id="t", text=text))
    return sorted((f.kind, f.value, f.qualifier, c.attributed_to.name) for c in claims for f in c.figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casualties: 37 people killed (per the provincial health office)[2]\nAbout 29 (per the Red Crescent)[4]\n",
         [("killed", 29, "about", "the Red Crescent"), ("killed", 37, "exact", "the provincial health office")]),
        ("Wounded: 120 people injured (according to the governor)\n97 (according to the hospital)\n",
         [("injured", 97, "exact", "the hospital"), ("injured", 120, "exact", "the governor")]),
    ],
)
def test_figures_source_line_counts_what_the_line_above_counts(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the line above names no source
        "Casualties: 37 people killed\nAbout 29 (per the Red Crescent)\n",
        # not the line right above
        "Casualties: 37 people killed (per the provincial health office)\n\nAbout 29 (per the Red Crescent)\n",
        # more than a number and its source
        "Casualties: 37 people killed (per the provincial health office)\nAbout 29 buildings (per the Red Crescent)\n",
    ],
)
def test_figures_source_line_needs_a_sourced_line_above(text: str) -> None:
    assert ("killed", 29, "about", "the Red Crescent") not in _counts(text)
