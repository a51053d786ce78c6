"""A rocket-propelled grenade is an infantry weapon: an attack with it is a clash, not a missile strike
or a grenade explosion; a rocket alone stays a missile strike, a hand grenade an explosion."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _types(text: str) -> list[str]:
    return [c.type for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2012, 7, 2))) if c.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The patrol car was hit by a rocket-propelled grenade and two officers were killed.", ["armed_clash"]),
        ("Insurgents fired RPGs at the convoy, wounding four soldiers.", ["armed_clash"]),
        ("A rocket propelled grenade struck the guard post, injuring three guards.", ["armed_clash"]),
        ("A rocket hit the market, killing five people.", ["missile_strike"]),
        ("A hand grenade thrown into the bar injured six people.", ["explosion"]),
    ],
)
def test_types_rocket_propelled_grenade_is_a_clash(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
