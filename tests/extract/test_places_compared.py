"""Places: a place something is only compared with ("looked like X") is no incident place."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


@pytest.mark.parametrize(
    "comparison",
    [
        "To the reporters the town looked like Dresden after the war.",
        "The ruins resembled Grozny in 2000.",
        "Witnesses compared it to Stalingrad.",
    ],
)
def test_places_compared_place_is_not_carried(comparison: str) -> None:
    text = ("Heavy shelling hit the town of Marsk on 3 May 2021, killing 14 people.\n\n"
            f"When we returned in June, nothing was left. {comparison} Not a single house was left standing.\n")
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 10)))
    c = next(c for c in claims if "Not a single house" in c.evidence.text)
    assert c.place.text == "Marsk"
