"""assemble._named_by reads a place mention's names as _place_keys does (own cases)."""

from __future__ import annotations

import pytest

from claimledger.extract.assemble import _named_by, _place_keys
from claimledger.extract.base import Mention


@pytest.mark.parametrize(
    "data,keys,expected",
    [
        ({"geonameid": 123456, "name": "Riverton", "text": "Riverton"}, {"123456"}, True),
        ({"geonameid": None, "name": "Riverton", "text": "RIVERTON"}, {"riverton"}, True),
        ({"name": "Hill Town", "text": "the hill town"}, {"the hill town"}, True),
        ({"name": "Riverton", "text": "Riverton"}, {"lakeside", "42"}, False),
        ({"geonameid": 0, "name": "", "text": None}, {"0", ""}, False),  # empty names name nothing
        ({}, {"riverton"}, False),
    ],
)
def test_named_by_is_an_overlap_with_the_place_keys(data: dict, keys: set[str], expected: bool) -> None:
    m = Mention(0, 8, "locality", data, "test")
    assert _named_by(m, keys) is expected
    assert bool(keys & _place_keys(m)) is expected
