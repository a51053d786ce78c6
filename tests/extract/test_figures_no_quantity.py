"""A sentence without any quantity gives no quantity and no figure (find_quantities and find_figures return at
once there); one with a quantity still goes through every step."""

from __future__ import annotations

import pytest

from claimledger.extract.figures import find_figures
from claimledger.extract.numbers import find_quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling went on through the night, residents said.",
        "Nobody claimed the attack on the market.",
        "",
        "In March the mayor asked for help from the capital.",
    ],
)
def test_no_quantity_no_figure(sentence: str) -> None:
    text = f"Header line.\n{sentence} Tail."
    start = text.index(sentence) if sentence else len("Header line.\n")
    end = start + len(sentence)
    assert find_quantities(text, start, end) == []
    assert find_figures(text, start, end, []) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Four guards and a driver were killed at the gate.", ["killed", "killed"]),
        ("At least 12 people were wounded, the clinic said.", ["injured"]),
    ],
)
def test_quantity_still_read(sentence: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_figures(sentence, 0, len(sentence), [])] == kinds
