"""The passive after a speech verb ("reported killed") and the form of "be" before one ("were said to") are read
case-sensitively on the lower-cased text where it stands for the text (``caseless_text``): at every position the
same match as the case-insensitive read of the text."""

from __future__ import annotations

import pytest

from claimledger.extract import attribution
from claimledger.extract.fastre import caseless_text

_TEXTS = [
    "Forty People Were Reported Killed and Officials Were Said To be checking.",
    "The ministry REPORTED WOUNDED civilians; it Is Widely Reported that the dam Was Estimated to hold.",
    "Residents are reportedly Believed to have fled, the mayor said, and six were confirmed dead.",
    "Nothing here: the council said on Monday it would meet.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_attribution_lowered_passive_and_be(text: str) -> None:
    lex = attribution._lex()
    low = caseless_text(text)
    assert low is not None and lex["passive_low"] is not None and lex["be_low"] is not None
    for pos in range(len(text) + 1):
        fast = lex["passive_low"].match(low, pos)
        plain = lex["passive_re"].match(text, pos)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)
        assert attribution._after_be(text, pos, lex, low) == attribution._after_be(text, pos, lex)
