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
        ("Casualties: at least 51 people killed (per the Health Ministry)[1]\nAt least 48 (per the Red Cross)[3]\n",
         [("killed", 48, "at_least", "the Red Cross"), ("killed", 51, "at_least", "the Health Ministry")]),
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
        "Casualties: at least 51 people killed\nAt least 48 (per the Red Cross)\n",
        # not the line right above
        "Casualties: at least 51 people killed (per the Health Ministry)\n\nAt least 48 (per the Red Cross)\n",
        # more than a number and its source
        "Casualties: at least 51 people killed (per the Health Ministry)\nAt least 48 buildings (per the Red Cross)\n",
    ],
)
def test_figures_source_line_needs_a_sourced_line_above(text: str) -> None:
    assert ("killed", 48, "at_least", "the Red Cross") not in _counts(text)
