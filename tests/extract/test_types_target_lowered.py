"""The clause boundaries that end the words an event word acts on (rules ``target_ends``) are read case-sensitively
on the lower-cased text where it stands for the text (``types._target_span``'s ``low``): the same span as the
case-insensitive read of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import types
from claimledger.extract.fastre import caseless_text

_CASES = [
    ("Raiders ATTACKED the depot WHILE guards slept, officials said.", "ATTACKED"),
    ("The convoy was Attacked By gunmen – Later The Road Closed.", "Attacked"),
    ("Gunmen stormed the market AND THAT night fled; police arrived.", "stormed"),
    ("Troops shelled the ridge (Before Dawn) Although talks went on.", "shelled"),
    ("The camp was raided by militiamen, But Nobody Was Hurt.", "raided"),
    ("Rebels ambushed a patrol near Velmora During the storm.", "ambushed"),
]


def _spans(text: str, word: str) -> tuple[tuple[int, int], tuple[int, int]]:
    start = text.index(word)
    end = start + len(word)
    low = caseless_text(text)
    assert low is not None
    return types._target_span(text, start, end, 0, len(text), low), types._target_span(text, start, end, 0, len(text))


def test_types_target_ends_lower_exactly() -> None:
    assert types._target_ends_low() is not None


@pytest.mark.parametrize("text, word", _CASES)
def test_types_target_span_on_lowered_text_is_the_plain_one(text: str, word: str) -> None:
    fast, plain = _spans(text, word)
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Troops", "attacked", "Attacked", "was", "were", "by", "By", "the", "Depot", ",", ";", "(",
                                 ")", "–", "—", "-", "AND", "and", "that", "THAT", "Said", "but", "BUT", "While", "after",
                                 "until", "When", "x"]), min_size=1, max_size=16), st.integers(0, 15))
def test_types_target_span_property(words: list[str], k: int) -> None:
    text = " ".join(words)
    start = sum(len(w) + 1 for w in words[:k % len(words)])
    end = start + len(words[k % len(words)])
    low = caseless_text(text)
    assert low is not None
    assert types._target_span(text, start, end, 0, len(text), low) == types._target_span(text, start, end, 0, len(text))
