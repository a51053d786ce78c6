"""Place mends: the address chain read back only across address links; an area the gazetteer lacks held
only by an area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.base import Mention
from claimledger.extract.places import _contained_before


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
