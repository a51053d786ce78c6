"""Assemble: an attack sentence that names several coordinated sites ("raided the villages of A in X and B in
Y", "shelled A, B and C") gives one claim per site; a total over all the sites stays on one claim."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.extract.places import find_places
from claimledger.models import ClaimIn, SourceText

_PUB = dt.date(2005, 1, 1)
_FAMILY = ("responsibility", "characterization", "recognition", "legal_action")


def _claims(text: str) -> list[ClaimIn]:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=_PUB)) if c.type not in _FAMILY]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Raiders burned the villages of Tarvok, Halvesh and Oskeni last week.\n", ["Tarvok", "Halvesh", "Oskeni"]),
        ("Raiders burned the villages of Tarvok in Moren and Halvesh in Dorun.\n", ["Tarvok", "Halvesh"]),
        ("Troops entered the towns of Tarvok, Halvesh, and Oskeni.\n", ["Tarvok", "Halvesh", "Oskeni"]),
    ],
)
def test_places_list_after_plural_cue_names_every_member(text: str, names: list[str]) -> None:
    found = {text[m.start:m.end] for m in find_places(text)}
    assert set(names) <= found


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # one total over two villages, each with its own district
        ("On 3 May 2004, militiamen raided the villages of Tarvok in Moren and Halvesh in Dorun, killing 14 people, "
         "the governor said.\n", {"Tarvok": "Moren", "Halvesh": "Dorun"}),
        # a list of three towns after a plural place word
        ("On 3 May 2004, artillery shelled the towns of Kupiansk, Izium and Balakliia, wounding 9 civilians, "
         "officials said.\n", {"Kupiansk": None, "Izium": None, "Balakliia": None}),
        # an attack noun with "on", and a place word before the second site
        ("On 3 May 2004, air strikes on Kupiansk and the town of Izium killed 12 people, officials said.\n",
         {"Kupiansk": None, "Izium": None}),
    ],
)
def test_assemble_one_claim_per_coordinated_site(text: str, sites: dict[str, str | None]) -> None:
    claims = _claims(text)
    assert {c.place.text: c for c in claims}.keys() == sites.keys()
    for c in claims:
        if sites[str(c.place.text)] is not None:
            assert c.place.name == sites[str(c.place.text)]  # each site keeps its own district
        assert c.date.start == dt.date(2004, 5, 3)
        assert c.type == claims[0].type and c.attributed_to.name == claims[0].attributed_to.name
    # the total is counted once: on one claim, the other sites' claims carry no figure
    assert [bool(c.figures) for c in claims].count(True) == 1


def test_assemble_figures_stated_per_site_stay_with_their_sites() -> None:
    text = ("On 3 May 2004, rebels attacked the villages of Tarvok, Halvesh, and Oskeni, killing 7 in Tarvok and "
            "3 in Oskeni.\n")
    killed = {c.place.text: [f.value for f in c.figures if f.kind == "killed"] for c in _claims(text)}
    assert killed == {"Tarvok": [7], "Halvesh": [], "Oskeni": [3]}


@pytest.mark.parametrize(
    "text",
    [
        # a battle, not an attack on sites
        "On 3 May 2004, fighting in Kupiansk and Izium killed 9 soldiers, officials said.\n",
        # the places are not the objects of the attack word
        "On 3 May 2004, in Kupiansk and Izium, 9 civilians were wounded by shelling, officials said.\n",
        "On 3 May 2004, residents fled Kupiansk and Izium after shelling wounded 9 civilians, officials said.\n",
        # regions are areas, not sites of one act
        "On 3 May 2004, artillery shelled the Kharkiv and Sumy regions, wounding 9 civilians, officials said.\n",
        # a count over a period is no one act's
        "Monitors say 5 civilians have been killed in drone strikes on the villages of Tarvok and Halvesh since "
        "January.\n",
        # "or" joins no sites of one act
        "On 3 May 2004, a shell struck the town of Kupiansk or Izium, wounding 9 civilians, officials said.\n",
    ],
)
def test_assemble_no_site_claims_without_coordinated_objects(text: str) -> None:
    assert len(_claims(text)) == 1


def test_assemble_site_claims_are_not_the_records_event() -> None:
    text = "On 3 May 2004, gunmen raided the villages of Tarvok in Moren and Halvesh in Dorun, wounding 6 people.\n"
    event = extract_event(SourceText(doc_id="t", text=text, published=_PUB))
    assert event is not None and event.place.text == "Tarvok"
    assert [f.value for f in event.figures] == [6]
