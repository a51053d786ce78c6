"""The insets ``_classify`` reads a cue past are tried only when the first character past the words after the number
is their mark (``figures._insets``): wherever an inset matches, that character is one of its marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import figures

_TEXTS = [
    " villagers, including two boys, were killed",
    " guards (two of them cooks) were wounded",
    " porters – most of them elderly – died",
    " pilgrims — among them a nun — were hurt",
    " clerks, a typist and a driver, were injured",
    " crew, 12 sailors and 3 cooks, were lost",
    " girls, aged 8 and 10, were killed",
    " miners including three foremen were trapped",
    " farm-hands' sons, many of them teenagers, died",
    " riders' ponies (all grey) bolted",
    " men, ten, were hurt",
    " men; women, including nurses, were hurt",
    " men. Women, including nurses, were hurt",
    " men: women (nurses) were hurt",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_figures_an_inset_that_matches_has_its_mark(text: str) -> None:
    closer = figures._PAST_WORDS.search(text)
    mark = closer.group() if closer is not None else ""
    for rx, marks in figures._insets():
        if rx.match(text) is not None and marks:
            assert mark and mark in marks, (rx.pattern[:40], text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "men", "two", "a", "of them", "including", "aged 9", "'", "’", "-", "–",
                                 "—", ",", "(", ")", ";", ".", ":", "12", "were", "killed", "all", "among them"]),
                max_size=14))
def test_figures_inset_marks_property(pieces: list[str]) -> None:
    text = "".join(pieces)
    closer = figures._PAST_WORDS.search(text)
    mark = closer.group() if closer is not None else ""
    for rx, marks in figures._insets():
        if rx.match(text) is not None and marks:
            assert mark and mark in marks, (rx.pattern[:40], text)
