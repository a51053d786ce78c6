"""compile_fast: the same matches as re.compile, with a look-ahead on the first characters when readable."""

from __future__ import annotations

import re

import pytest

from claimledger.extract.fastre import compile_fast, lead_class

TEXT = ("The genocide convention; a massacre (massacred) in Kent. 12 killed, 3 wounded; MASSACRE! "
        "not genocidal. Ethnically cleansed: the war crimes were denied, accused, blamed. xmassacre 2021")


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:genocide|massacre)(?!\w)", re.IGNORECASE, "[gm]"),
        (r"\b(?:(?:war )?crimes?|ethnic(?:ally)? cleans(?:ing|ed))", re.IGNORECASE, "[cew]"),
        (r"(?<!not )\b(?:denied|accused)", 0, "[ad]"),
        (r"\b(?:\d+|twelve) killed", 0, r"[\dt]"),
        (r"\b(?:[A-C]x|y)", 0, "[A-Cy]"),
        (r"\b(?:a|)b", 0, "[ab]"),  # an empty branch: what follows can start it too
        (r"\b\w+", 0, None),  # any word character
        (r"\b[^x]y", 0, None),  # a negated class
        (r"(?i:\bmassacre)", 0, None),  # scoped flags
        (r"\b(?:a|b)?", 0, None),  # can match the empty string
    ],
)
def test_fastre_lead_class(pattern: str, flags: int, expected: str | None) -> None:
    assert lead_class(pattern, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:genocid(?:e|al)|massacr(?:e|ed))(?!\w)", re.IGNORECASE),
        (r"\b(?:(?:war )?crimes?|ethnic(?:ally)? cleans(?:ing|ed))", re.IGNORECASE),
        (r"(?<!not )\b(?:genocid\w*|denied)", 0),
        (r"\b(?:\d+|three) (?:killed|wounded)", re.IGNORECASE),
        (r"(?P<k>\b(?:killed))|(?P<w>\b(?:wounded))", 0),
        (r"\b(?:a|)massacre", re.IGNORECASE),
        (r"(?i)\bmassacre", 0),  # global flags: compiled as it is
        (r"(?i:\b(?:massacre|killed|WOUNDED))", 0),  # one scoped group: the class takes its flag
    ],
)
def test_fastre_same_matches(pattern: str, flags: int) -> None:
    if pattern.startswith("(?i:"):
        assert compile_fast(pattern, flags).pattern.startswith("(?=(?i:[")
    plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
    spans = [(m.span(), m.lastgroup) for m in plain.finditer(TEXT)]
    assert spans
    assert [(m.span(), m.lastgroup) for m in fast.finditer(TEXT)] == spans
    for pos in (0, 5, 31, 60):
        a, b = plain.search(TEXT, pos), fast.search(TEXT, pos)
        assert (a.span() if a else None) == (b.span() if b else None)
