"""A town abroad where a sentence puts its incident ("a truck hit a mine near X", "shells hit residential
areas of Y") is that claim's place, not the document's main place (a regional roundup tells of incidents in
several countries); a speaker's seat abroad is not. A count between two named months of a year over a
region is the region's (a period total), not the main place's inside it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

LEAD = "Gunmen attacked a police post in Garissa on Monday, killing four officers, the county commissioner said.\n\n"


def _places(text: str) -> list[tuple[str | None, str | None]]:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2010, 5, 20)))
    return [(c.place.text, c.place.country) for c in claims if c.figures]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("In neighbouring Somalia, two traders were killed when their truck hit a landmine near Beledweyne on "
         "Tuesday, local elders said.\n", ("Beledweyne", "SO")),
        ("Across the border, shells hit residential areas of Kismayo on Sunday, killing six people, the regional "
         "administration said.\n", ("Kismayo", "SO")),
        ("Five herders died at Kismayo on Sunday when a grenade went off, the regional administration said.\n",
         ("Kismayo", "SO")),
        # a speaker's seat abroad: the document's own place stays
        ("Officials in Washington said on Tuesday that 12 people had been detained.\n", ("Garissa", "KE")),
    ],
)
def test_places_roundup_town_abroad_with_its_incident(second: str, expected: tuple[str, str]) -> None:
    assert _places(LEAD + second) == [("Garissa", "KE"), expected]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Monitors counted 1,900 deaths in political violence in Punjab between January and November 1992.\n",
         ("Punjab", "IN")),
        ("The state recorded 640 killings in Punjab from March to August 1992, the report said.\n", ("Punjab", "IN")),
    ],
)
def test_places_period_between_two_months_is_the_regions_total(second: str, expected: tuple[str, str]) -> None:
    text = "A bomb exploded at a bus stop in Ludhiana on 3 June, killing nine people.\n\n" + second
    assert _places(text) == [("Ludhiana", "IN"), expected]
