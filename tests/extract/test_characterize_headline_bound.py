"""A sentence is read word by word for whether it is a title (``characterize._headline``) only when a cheap count
leaves it open (``_prose``): more words opening with a small letter in its first characters than capital letters in
all of it is surely no title. The answer is the one of reading every word. A pronoun that speaks ("he said",
``_carries``) is searched led by a look-ahead on its first letters (``fastre.compile_fast``): the plain search's match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import characterize
from claimledger.extract.base import Segment


def _word_by_word(text: str, seg: Segment) -> bool:
    capitals = characterize._HEADLINE_WORD.findall(text, seg.start, seg.end)
    n = len(capitals)
    return n >= 4 and n - capitals.count("") >= 0.7 * n


_TEXTS = [
    "Storm Floods Three Valley Towns As Rivers Burst Their Banks",
    "Ferry Operator Says Two Crossings Cancelled",
    "The harbour master said on Friday that two ferries had been held in port by the storm.",
    "U.N.-Backed Panel Finds Gaps in Flood Warnings",
    "3rd-Party Audit: Dam Inspections Lapsed for Years",
    "A quiet week: the council met twice and approved the budget.",
    "‘Nobody Told Us,’ Say Stranded Travellers at Northgate",
    "ok\nNew Line Of Capitalised Words Here",
    "  leading spaces then Words And More Words",
    "él Dijo que Todo Estaba Bien",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("offset", [0, 3])
def test_characterize_headline_is_the_word_by_word_reading(text: str, offset: int) -> None:
    padded = "xy " [:offset] + text
    seg = Segment(offset, len(padded))
    assert characterize._headline(padded, seg) == _word_by_word(padded, seg)
    if characterize._prose(padded, seg):
        assert not _word_by_word(padded, seg)


def test_characterize_prose_bound_takes_ordinary_sentences() -> None:
    text = "The harbour master said on Friday that two ferries had been held in port by the storm."
    assert characterize._prose(text, Segment(0, len(text)))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["The", "the", "Storm", "storm", "of", "U.S.", "al-Qaeda", "3rd", "x", "A", "a", "é", "Él",
                                 "’s", "-", "--", "'", "_x", "McGill", "iPhone", "OK", ",", ".", ":", " ", "\n", "\t", "\u00a0"]),
                max_size=40), st.integers(0, 5))
def test_characterize_headline_bound_property(words: list[str], cut: int) -> None:
    text = " ".join(words)
    seg = Segment(min(cut, len(text)), len(text))
    if characterize._prose(text, seg):
        assert not _word_by_word(text, seg)
    assert characterize._headline(text, seg) == _word_by_word(text, seg)


_SAID = [
    "The mayor arrived late. He said the road was closed.",
    "Asked about the delay, THEY TOLD reporters nothing.",
    "It added that the bridge would reopen; she claims otherwise.",
    "Shesaid nothing; the heir said it twice; Theysaid no.",
    "tHe SaYs so",
    "Nobody spoke.",
]


@pytest.mark.parametrize("text", _SAID)
def test_characterize_pronoun_said_is_the_plain_search(text: str) -> None:
    plain = re.search(r"\b(?:he|she|it|they)\s+(?:said|added|says|claimed|told)\b", text, re.IGNORECASE)
    fast = characterize._PRONOUN_SAID.search(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)
