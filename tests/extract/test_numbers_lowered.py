"""The quantity grammar runs case-sensitively over the lower-cased text (``numbers._Grammar.regex_low``) where that
text stands for the original (same length, none of the letters ``re.IGNORECASE`` folds otherwise): the matches,
their groups' offsets and their groups' text lower-cased are those of the case-insensitive grammar on the text."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import numbers

_TEXTS = [
    "About TWENTY-FIVE traders and Nearly 300 Goats were counted at the fair.",
    "Between 12 and 15 lorries crossed; AT LEAST a dozen more waited.",
    "The ferry carried 1,200 passengers, Up To 40 of them children.",
    "Several hundred and twelve Cyclists rode 3 500 km in Two Hundred Days.",
    "ſeven or Eight boats (ſome 30 crew) sank near the ıslands.",
    "Officials counted 4\u00a0000 tents and roughly five THOUSAND blankets.",
    "the Kelvin sign \u212a in 7 \u212aelvins, then More Than 9 readings",
    "MoreThan 5 and fewer than 6, a few, both sides, 2-to-3 weeks",
    "",
]


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    g = numbers.grammar()
    monkeypatch.setattr(numbers, "grammar", lambda: dataclasses.replace(g, regex_low=None))


def _read(text: str) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]], dict[str, str | None]]]:
    out = []
    for m in numbers._matches(text, 0, len(text)):
        names = list(m.re.groupindex)
        out.append((m.span(), {n: m.span(n) for n in names},
                    {n: (m.group(n).lower() if m.group(n) is not None else None) for n in names}))
    return out


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, object, object]:
    fast, fast_q = _read(text), numbers.find_quantities(text)
    with monkeypatch.context() as mp:
        _plain(mp)
        plain, plain_q = _read(text), numbers.find_quantities(text)
    return fast, plain, fast_q, plain_q


def test_numbers_grammar_lowers_exactly() -> None:
    assert numbers.grammar().regex_low is not None


@pytest.mark.parametrize("text", _TEXTS)
def test_numbers_lowered_grammar_matches_the_plain_one(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, plain, fast_q, plain_q = _both(text, monkeypatch)
    assert fast == plain
    assert fast_q == plain_q


@pytest.mark.parametrize("text, folded", [("ſeven boats", True), ("seven boats", False), ("ıx 3 ınches", True),
                                          ("3 miles", False)])
def test_numbers_caseless_at_finds_folding_letters(text: str, folded: bool) -> None:
    assert numbers._caseless_at(text, 0, len(text)) is not folded


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["About", "ABOUT", "nearly", "Up to", "at least", "More than", "between", "and", "to", "-",
                                 "Two", "TWENTY", "five", "hundred", "Thousand", "dozen", "a", "few", "Several", "both",
                                 "12", "1,500", "3 000", "4.5", "million", "ſome", "ı", "\u212a", "people", "Km", "%",
                                 " ", " ", "  ", ",", "(", ")", "\n"]), max_size=16))
def test_numbers_lowered_grammar_property(pieces: list[str]) -> None:
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        fast, plain, fast_q, plain_q = _both(text, mp)
    assert fast == plain
    assert fast_q == plain_q


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["two", "Twenty", "12", "1,500", "3.5", "dozen", "few", "both", "a", "x1", "_7", "km", ".", ",",
                                 "-", "(", ")", " ", "\n", "'", "e", "sixty-one", "hundreds"]), max_size=20), st.integers(0, 6))
def test_numbers_ascii_candidate_scan_is_the_unicode_one(pieces: list[str], cut: int) -> None:
    g = numbers.grammar()
    assert g.candidates_led is not None and g.candidates_led_ascii is not None
    low = "".join(pieces).lower()
    start = min(cut, len(low))
    plain = [c.start() for c in g.candidates_led.finditer(low, max(0, start - 1), len(low))]
    fast = [c.start() for c in g.candidates_led_ascii.finditer(low, max(0, start - 1), len(low))]
    assert low.isascii() and fast == plain


def test_numbers_ascii_candidate_scan_only_for_ascii_text() -> None:
    text = "Zwölf — 12 men and twenty women"
    low = text.lower()
    g = numbers.grammar()
    assert numbers._candidate_starts(g, low, 0, len(low)) == (
        [c.start() + 1 for c in g.candidates_led.finditer(low, 0, len(low))])
