"""Number and qualifier grammar: table-driven cases plus property-based round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import numbers
from claimledger.extract.numbers import (
    find_quantities,
    grammar,
    interval,
    parse_number,
    render_words,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,275", 1275), ("7 500", 7500), ("24.2 thousand", 24200), ("1.1 million", 1100000), ("ten", 10),
        ("twenty-one", 21), ("a dozen", 12), ("three hundred and twelve", 312), ("one hundred", 100),
        ("2.5", 2.5), ("Forty", 40), ("a hundred", 100),
    ],
)
def test_numbers_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 30 people", (30, "at_least", 30, None)),
        ("more than 30 people", (30, "more_than", 31, None)),
        ("over 500 people", (500, "more_than", 501, None)),
        ("almost 300 people", (300, "at_most", 0, 300)),
        ("no more than 12", (12, "at_most", 0, 12)),
        ("up to 35 people", (35, "up_to", 0, 35)),
        ("as many as 35", (35, "up_to", 0, 35)),
        ("about 7,500 refugees", (7500, "about", 6750, 8250)),
        ("an estimated 1,000", (1000, "about", 900, 1100)),
        ("some 50 people", (50, "about", 45, 55)),
        ("10 to 15 dead", (10, "range", 10, 15)),
        ("between 10 and 15", (10, "range", 10, 15)),
        ("10-15 dead", (10, "range", 10, 15)),
        ("two or three", (2, "range", 2, 3)),
        ("at least 20 and possibly up to 100", (20, "range", 20, 100)),
        ("10,000–15,000", (10000, "range", 10000, 15000)),
        ("the 100-to-300 spectrum", (100, "range", 100, 300)),
        ("50 or more", (50, "at_least", 50, None)),
        ("dozens of people", (12, "vague", 12, 199)),
        ("hundreds of thousands", (100000, "vague", 100000, 999999)),
        ("scores of", (20, "vague", 20, 199)),
        ("tens of", (10, "vague", 10, 99)),
        ("several were killed", (3, "vague", 3, 9)),
        ("a few were wounded", (3, "vague", 2, 9)),
        ("both were killed", (2, "vague", 2, 2)),
        ("eighteen", (18, "exact", 18, 18)),
    ],
)
def test_numbers_qualifier_and_interval(text: str, expected: tuple) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.qualifier, q.low, q.high) == expected
    assert text[q.start:q.end].strip() == text[q.start:q.end]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("killing 10 and injuring 34", [10, 34]),
        ("five killed and seven wounded", [5, 7]),
        ("between 13 and 17 February", [13]),
        ("someone said", []),
        ("few details were given", []),
        ("both the army and the police", []),
        ("both of the towns and a village", []),
    ],
)
def test_numbers_coordination_is_not_a_range(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_numbers_digits_with_separators_round_trip(n: int) -> None:
    for rendered in (str(n), f"{n:,}"):
        qs = find_quantities(f"reported {rendered} people")
        assert [q.value for q in qs] == [n]


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=0, max_value=999_999))
def test_numbers_words_round_trip(n: int) -> None:
    words = render_words(n)
    assert parse_number(words) == n
    qs = find_quantities(f"officials said {words} people")
    assert [q.value for q in qs] == [n]


@settings(deadline=None, max_examples=150)
@given(
    st.integers(min_value=0, max_value=10**7),
    st.sampled_from(["exact", "about", "at_least", "more_than", "at_most", "up_to"]),
)
def test_numbers_interval_contains_value_when_bounded(n: int, qualifier: str) -> None:
    low, high = interval(n, qualifier)
    assert low is not None and low >= 0
    if qualifier != "more_than":
        assert low <= n
    assert high is None or low <= high
    if qualifier in ("exact", "about", "at_most", "up_to"):
        assert high is not None and n <= high


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_numbers_range_interval_ordered(a: int, d: int) -> None:
    q = find_quantities(f"between {a:,} and {a + d:,} people")[0]
    assert (q.qualifier, q.value, q.low, q.high) == ("range", a, a, a + d)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("losses of more than 240 million 750 thousand dollars", [(240_750_000, "more_than", "more than 240 million 750 thousand")]),
        ("about 3 million 400 thousand refugees", [(3_400_000, "about", "about 3 million 400 thousand")]),
        ("1.5 billion 200 million manats", [(1_700_000_000, "exact", "1.5 billion 200 million")]),
        # not one number: same or larger scale, a comma, "and", or no scale on the second
        ("1 million 2 million", [(1_000_000, "exact", "1 million"), (2_000_000, "exact", "2 million")]),
        ("5 million, 300 thousand", [(5_000_000, "exact", "5 million"), (300_000, "exact", "300 thousand")]),
        ("2 million and 300 thousand", [(2_000_000, "exact", "2 million"), (300_000, "exact", "300 thousand")]),
        ("10 thousand 500 people", [(10_000, "exact", "10 thousand"), (500, "exact", "500")]),
    ],
)
def test_numbers_scaled_compound_is_one_number(text: str, expected: list[tuple[int, str, str]]) -> None:
    got = [(q.value, q.qualifier, text[q.start:q.end]) for q in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a unit written without a space still leaves a quantity
        ("fired from a town around 45km away", [45]),
        ("a 10kg charge", [10]),
        ("an area of 3km² was burned", [3]),
        # ... but not any glued letters: ordinals, codes, money in millions
        ("the 5th brigade", []),
        ("a G7 summit on the A4 road", []),
        ("$5m in aid", []),
        ("speeds of 45kmh", []),
    ],
)
def test_numbers_glued_unit_keeps_the_quantity(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people and 3,400 others; twenty-one died, 7.5 km away, at 1.5 and 2,5 and no.4 and x12.",
        "between 10 and 15 wounded, dozens missing, hundreds fled, a dozen more (both sides), B12 v5",
        "SEVEN killed\tone hurt\nfour-year-old, 1990s, ½ of them, nineteenth",
    ],
)
def test_numbers_candidates_low_finds_the_plain_candidates(text: str) -> None:
    """The case-sensitive scan of the lower-cased text (led by a word boundary) finds the positions the
    case-insensitive candidate scan finds, whole text and stretches of it."""
    g = grammar()
    low = text.lower()
    for start, end in ((0, len(text)), (5, len(text) - 3), (13, 40)):
        expected = [m.span() for m in g.candidates.finditer(text, start, end)]
        assert [m.span() for m in g.candidates_low.finditer(low, start, end)] == expected
    assert list(g.candidates.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["killing at least 12", "aboutTwenty", "from 5", "between\n10", "some half a dozen", "roughly an estimated 40\n",
     "over 3", "word 7", "", "up to\t9 and not fewer than 4", "Nearly"],
)
def test_numbers_lookback_guard_keeps_the_matches(text: str) -> None:
    """The look-back's leading guard (where one of its parts can start, or the end) keeps its matches."""
    import re

    g = grammar()
    guard_end = g.lookback.pattern.index("]|$)") + len("]|$)")
    plain = re.compile(g.lookback.pattern[guard_end:], re.IGNORECASE)
    assert g.lookback.pattern[:guard_end].startswith("(?:(?<!\\w)")
    for lo in range(0, len(text) + 1, 2):
        got, want = g.lookback.search(text, lo), plain.search(text, lo)
        assert (got.span() if got else None) == (want.span() if want else None)


_CANDIDATE_TEXTS = [
    "12 rockets hit Varno; three of them fell short, 4.5 km away, and 1,200 fled.",
    "one",
    "7",
    "x7 7x _7 a.7 a,7 (7) -7 «7» [three] fivefold five_ five- -five 'ten' “dozens” Seven",
    "tens of thousands, hundreds;twenty-one\nforty\tsix, both, several, a few, scores",
    "٣ rockets and ٣٤ shells (Arabic-Indic digits), 12½, ²3, é7, 7é, éone, oneé",
    "a dozen.two,three:four—five–six",
]


@pytest.mark.parametrize("text", _CANDIDATE_TEXTS)
def test_numbers_candidate_starts_are_those_of_the_plain_scan(text: str) -> None:
    """The candidate scan led by the character before a candidate finds the starts the plain scan finds, in every
    window of the text (the characters before and after a window read as they are)."""
    g = numbers.grammar()
    assert g.candidates_led is not None
    low = text.lower()
    for start in range(len(low) + 1):
        for end in range(start, len(low) + 1):
            plain = [c.start() for c in g.candidates_low.finditer(low, start, end)]
            assert numbers._candidate_starts(g, low, start, end) == plain, (start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789٣ .,;-_(\n\tabdefhnostwrxyzé") + ["one", "ten", "few", "dozen", "three"]),
                max_size=25), st.integers(0, 60), st.integers(0, 60))
def test_numbers_candidate_starts_property(pieces: list[str], start: int, end: int) -> None:
    g = numbers.grammar()
    low = "".join(pieces)
    assert numbers._candidate_starts(g, low, start, end) == [c.start() for c in g.candidates_low.finditer(low, start, end)]
