"""Place mends: the address chain read back only across address links; an area the gazetteer lacks held
only by an area. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.base import Mention
from claimledger.extract.pipeline import extract
from claimledger.extract.places import _contained_before, find_places
from claimledger.models import SourceText


def _mentions(text: str, names: list[tuple[str, int, bool]]) -> list[Mention]:
    """Mentions of ``names`` (surface, geonameid, contained) in text order, each at its first occurrence
    after the previous one."""
    out, pos = [], 0
    for surface, gid, contained in names:
        start = text.index(surface, pos)
        pos = start + len(surface)
        data = {"text": surface, "geonameid": gid, "contained": contained}
        out.append(Mention(start, pos, "locality", data, rule="test"))
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # an address chain: the named place the chain's areas contain
        ("near Dorvel, in the Oskam district of Tirana",
         [("Dorvel", 2, True), ("Oskam district", 2, False), ("Tirana", 3, False)], 0),
        ("at Dorvel (Oskam, Tirana)", [("Dorvel", 2, True), ("Oskam", 2, False), ("Tirana", 3, False)], 0),
        ("in Dorvel, Oskam", [("Dorvel", 2, True), ("Oskam", 2, False)], 0),
        ("the hamlet of Dorvel, in Tirana", [("Dorvel", 3, True), ("Tirana", 3, False)], 0),
        # other words between two places: the chain stops there
        ("the land of Dorvel until Tirana, and I visited Oskam",
         [("Dorvel", 4, True), ("Tirana", 4, False), ("Oskam", 2, False)], 2),
        ("the hills of Dorvel by Tirana, then the town of Oskam",
         [("Dorvel", 4, True), ("Tirana", 4, False), ("Oskam", 2, False)], 2),
    ],
)
def test_address_chain_only_across_links(text: str, names: list[tuple[str, int, bool]], expected: int) -> None:
    before = _mentions(text, names)
    assert _contained_before(text, before) is before[expected]


def _place(text: str, surface: str, nth: int = 0) -> Mention:
    return [m for m in find_places(text) if text[m.start : m.end] == surface][nth]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "name", "precision"),
    [
        # an area the text marks as a region, near a town only: no town's identity
        ("Shells hit the Varnholm region, near Bakhmut, on Monday.", "Varnholm region", 0, "Varnholm region", "unresolved"),
        ("Shells hit the province of Varnholm, near Bakhmut.", "Varnholm", 0, "Varnholm", "unresolved"),
        ("Shelling in Varnholm went on for weeks. Once the army retook the occupied territories of Varnholm from "
         "Ukraine, our reporter toured the city of Bakhmut.", "Varnholm", 1, "Varnholm", "unresolved"),
        # in a region the text names: that region, with its precision
        ("Shells hit the Varnholm region, Kharkiv Oblast, on Monday.", "Varnholm region", 0, "Kharkivska oblast", "region"),
        ("Shells hit the occupied territories of Varnholm, Donetsk Oblast, on Monday.", "Varnholm", 0,
         "Donetska oblast", "region"),
        # a settlement the text marks still lies in the town it is near
        ("Shells hit the village of Varnholm, near Bakhmut, on Monday.", "Varnholm", 0, "Bakhmut", "locality"),
    ],
)
def test_unknown_area_held_only_by_an_area(text: str, surface: str, nth: int, name: str, precision: str) -> None:
    m = _place(text, surface, nth)
    assert (m.data["name"], m.data["precision"]) == (name, precision)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a clause naming where a share of the figure is, with no count: the whole's place is the area before it
        ("Guards said they were holding over 70 men across the Varnholm region after the ambush, most of them in "
         "Bakhmut and the hamlets of Tolvik and Brenna.", "Varnholm region"),
        ("Officials said 40 families left the Kharkiv region, many of whom were in Poltava.", "Kharkiv region"),
        # a share that says who they are, not where: the places after it are the figure's own
        ("Officials said 30 people, most of them herders and their families, were killed in Izium.", "Izium"),
        # the share clause names no place: the sentence's own
        ("Police said they had detained 70 people in Bakhmut and Izium, most of whom were later freed.", "Bakhmut"),
    ],
)
def test_share_clause_places_are_parts(text: str, place: str) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher="Pub"))
              if c.figures]
    assert claims and claims[0].place is not None and claims[0].place.text == place
