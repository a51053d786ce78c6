"""Assemble: a claim whose sentence refers back to people or events just told takes their incident's
date and place when it has none of its own (across a paragraph break)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import ClaimIn, SourceText

_LEAD = ("Shelling of the town of Marsk on 2 March 2019 killed 14 people. Doctors in Marsk said 30 people were "
         "wounded in Marsk.\n\n"
         "Gunmen attacked the village of Tarsel on 4 June 2019 and took 40 villagers hostage. "
         "Among them were 12 children.\n\n")


def _claim_at(text: str, needle: str) -> ClaimIn:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2019, 7, 1)))
    k = text.index(needle)
    return next(c for c in claims if c.evidence.start <= k < c.evidence.end)


@pytest.mark.parametrize(
    "follow",
    [
        "While some of the hostages were beaten, 15 of them were freed after talks with elders.",
        "Yet many of those released died of their wounds weeks later.",
        "The hostages said 9 of them were released after a ransom was paid.",
    ],
)
def test_assemble_reference_back_takes_the_incident(follow: str) -> None:
    c = _claim_at(_LEAD + follow + "\n", follow[:20])
    assert c.date.start == dt.date(2019, 6, 4)
    assert c.place.text == "Tarsel"
    assert c.date.rule.startswith("paragraph:anaphora:")


@pytest.mark.parametrize(
    "follow",
    [
        # no reference back: the document's place, no date
        "Elsewhere, 15 people were freed from a camp after talks with elders.",
        # its own date: kept
        "Some of the hostages were freed on 9 June 2019; 15 of them returned home.",
    ],
)
def test_assemble_no_reference_back_keeps_its_own(follow: str) -> None:
    c = _claim_at(_LEAD + follow + "\n", follow[:20])
    assert not c.date.rule.startswith("paragraph:anaphora:")
    assert not c.place.rule.startswith("paragraph:anaphora:")


@pytest.mark.parametrize(
    "between",
    [
        # a sentence between the claim and the reference tells of something else: the reference may point there
        "Most of the victims of the 2011 riots were never identified.",
        "Most of the victims of the massacre in Vukovar were never identified.",
    ],
)
def test_assemble_reference_back_not_across_another_dated_or_placed_sentence(between: str) -> None:
    follow = "Some of the victims were buried in 3 mass graves, the commission said."
    text = "Gunmen attacked the village of Tarsel on 4 June 2019 and took 40 villagers hostage.\n\n" + between + " " + follow + "\n"
    c = _claim_at(text, follow[:20])
    assert not c.date.rule.startswith("paragraph:anaphora:")
    assert c.date.start != dt.date(2019, 6, 4)
