"""twin.Twin: a ``regex`` pattern run as its ``re`` twin on ASCII strings gives regex's answers."""

from __future__ import annotations

import gc
import itertools
from typing import Any

import pytest
import regex

from claimledger.extract import places
from claimledger.extract.twin import Twin, ascii_pattern, ascii_twin

TEXTS = [
    "The convoy left Mirefield at dawn; troops of the 4th Brigade reached Old Harlow district by noon.",
    "In the village of Tessaly, a town near the border, two shops burned (Harlow, Eastmoor).",
    "Officials said the camp at North Ridge was shelled again on 12 May, and residents fled south.",
    "  \t\n  , and ; ( ) - 'quoted' \"twice\" K k S s I i 0 9 _",
    "Control characters\x1c\x1dbetween\x1fwords\x0b and\x0cfeeds\rhere.",
    "",
    # non-ASCII strings: regex runs as it is
    "The café in São Miguel — near Łódź’s edge — was hit.",
    "Kelvin \u212a and long \u017f and dotless \u0131 letters.",
]

PATTERNS = [
    (r"\s*,\s*", 0),
    (r"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:village|town|camp)\b(?!\s+of\b)", 0),
    (r"[\p{L}][\p{L}\p{M}'’-]*[\s)]*$", 0),
    (r"\s*[,(]\s*([\p{Lu}][\p{L}\p{M}'’-]*(?:\s[\p{Lu}][\p{L}\p{M}'’-]*){0,3})\s*(?=[,.;)]|$)", 0),
    (r"(?:\p{Lu}[\p{L}'’.\-]*\s*)+", 0),
    (r"\d[\d,.]*\s+(?:\p{Ll}+\s+){0,2}(?:in|at)\s", 0),
    (r"[^\S\n]*[\-–•][^\S\n]+", 0),
    (r"(?m)^[^\S\n]*(\p{Lu}\p{Ll}+)[^\S\n]*$", 0),
    (r"\w+|\W+", 0),
    (r"\bk\w*", regex.IGNORECASE),
    (r"x*", 0),
    (r"(?P<word>[a-z]+)(?P<rest>\s+of)?", 0),
]


def _answer(m: Any) -> object:
    if m is None:
        return None
    return m.span(), m.groups(), m.groupdict()


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_twin_answers_as_regex(pattern: str, flags: int) -> None:
    tw, rx = Twin(pattern, flags), regex.compile(pattern, flags)
    assert tw.ascii is not None
    for text in TEXTS:
        n = len(text)
        for pos, endpos in itertools.product([0, 3, n // 2, n, -4], [n, n // 2 + 5, 2, n + 10, -3]):
            for name in ("search", "match", "fullmatch"):
                assert _answer(getattr(tw, name)(text, pos, endpos)) == _answer(getattr(rx, name)(text, pos, endpos))
            assert [_answer(m) for m in tw.finditer(text, pos, endpos)] == [_answer(m) for m in rx.finditer(text, pos, endpos)]
            assert tw.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
        assert tw.sub("#", text) == rx.sub("#", text)
        assert tw.sub(r"<\g<0>>", text) == rx.sub(r"<\g<0>>", text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\p{Lu}\p{Ll}+", "[A-Z][a-z]+"),
        (r"[\p{L}\p{M}'’-]+", "[A-Za-z\u0300'’-]+"),
        (r"\P{Lu}", "[^A-Z]"),
        (r"\\d\p{Ll}", r"\\d[a-z]"),  # an escaped backslash, a letter, then a property
        (r"[\-–]\d{1,2}", r"[\-–]\d{1,2}"),  # an escaped hyphen: no range
        (r"a{2,}b{,3}", r"a{2,}b{,3}"),
    ],
)
def test_twin_ascii_pattern(pattern: str, expected: str) -> None:
    assert ascii_pattern(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?r)\bnear\s+$", 0),  # a reverse search
        (r"x", regex.REVERSE),
        (r"(?<!\b(?:far|very far)\s+)from\b", 0),  # a variable-width look-behind: re has none
        (r"[^\P{Lu}]", 0),  # a negated property inside a class
        (r"\p{Han}+", 0),  # a property not read
        (r"(?:town){e<=1}", 0),  # fuzzy matching
        (r"[[:alpha:]]+", 0),  # a POSIX class
        (r"(?i)\u212a\w+", 0),  # a character named by its code
        ("(?i)\u212aelvin", 0),  # the Kelvin sign matches "k" case-insensitively in regex
        ("(?i)[a-\u017f]", 0),  # a range holding the long s, which matches "s" case-insensitively
        (r"(?x) a b  # spaced", 0),  # verbose
        (r"\m\w+", 0),  # regex's start of a word
        (r"(?V1)[\w--\d]", 0),  # version 1 set operations
        (r"(?#[)\p{L}+(?#])", 0),  # a comment: its brackets are not read as a class
    ],
)
def test_twin_declines_what_it_cannot_read(pattern: str, flags: int) -> None:
    assert ascii_twin(regex.compile(pattern, flags)) is None


def test_twin_places_patterns_answer_as_regex() -> None:
    places._compiled()
    twins = [o for o in gc.get_objects() if isinstance(o, Twin) and o.ascii is not None]
    assert len(twins) > 40  # the places patterns (and those of this file's other tests)
    for tw in twins:
        for text in TEXTS:
            for pos, endpos in [(0, len(text)), (5, 60), (20, len(text))]:
                assert _answer(tw.search(text, pos, endpos)) == _answer(tw.rx.search(text, pos, endpos))
                assert _answer(tw.match(text, pos, endpos)) == _answer(tw.rx.match(text, pos, endpos))
            assert [_answer(m) for m in tw.finditer(text)] == [_answer(m) for m in tw.rx.finditer(text)]
