"""compile_led: the matches of re.compile, with the search led by the class of the opening look-ahead."""

from __future__ import annotations

import re

import pytest

from claimledger.extract.leadscan import _FOLDED_IN, compile_led

TEXT = ("The raid on Kilvar left 14 dead; SHELLING resumed at dawn. Shots rang out, ſhots (sic) too; "
        "the KILLING of 3 guards, killed. ١٢ wounded ... in the night:shelling again; Killed 9.\n"
        "İn a second wave, raiders shelled it.")


def _spans(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in rx.finditer(text, pos, end)]


@pytest.mark.parametrize(
    ("pattern", "flags", "led"),
    [
        (r"(?=[ks])(?:\b(?:kill(?:ed|ing)?|shell(?:ed|ing)))", 0, True),
        (r"(?=[ks])(?:\b(?:kill(?:ed|ing)?|shell(?:ed|ing)))", re.IGNORECASE, True),
        (r"(?i)(?=[ks])(?:\b(?:kill(?:ed|ing)?|shot)s?)", 0, True),
        (r"\b(?=[\dr])(?:\d+|raid(?:ers)?)", 0, True),  # a class digit: Unicode digits too
        (r"(?:^|\b)(?=[ti])(?:the|in)\b", re.IGNORECASE, True),
        (r"(?=[d])\b(?=\w)", 0, False),  # matches are empty: left as it is
        (r"(?=[^x])\bwave", 0, False),  # a negated class
        (r"(?=[é])\bétat", re.IGNORECASE, False),  # a caseless class beyond ASCII
        (r"(?:^|\b(?=[t]))(?:^\w+|the)", 0, False),  # the text start needs no class character
        (r"\b(?:dead|dawn)", 0, False),  # no look-ahead to read
    ],
)
def test_compile_led_same_matches(pattern: str, flags: int, led: bool) -> None:
    plain = re.compile(pattern, flags)
    fast = compile_led(pattern, flags)
    assert (fast is not plain and fast is not re.compile(pattern, flags)) == led
    assert fast.pattern == plain.pattern and fast.groupindex == plain.groupindex
    for pos, endpos in ((0, None), (5, 60), (30, len(TEXT) - 3)):
        assert _spans(fast, TEXT, pos, endpos) == _spans(plain, TEXT, pos, endpos)
        m, n = fast.search(TEXT, pos), plain.search(TEXT, pos)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))
    assert fast.sub("#", TEXT) == plain.sub("#", TEXT)


def test_compile_led_keeps_group_names() -> None:
    fast = compile_led(r"(?=[ks])\b(?P<verb>kill|shell)(?P<tail>ed|ing)", 0)
    m = fast.search("they were shelling the port")
    assert m is not None and m.group("verb", "tail") == ("shell", "ing") and m.lastgroup == "tail"


def test_compile_led_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        compile_led(r"(?=[ks])\b(kill", 0)


def test_folded_in_table_is_every_fold_to_ascii() -> None:
    """Every non-ASCII character ``re.IGNORECASE`` matches to an ASCII letter is in the table."""
    folds: dict[str, set[str]] = {}
    letters = re.compile(r"[a-z]", re.IGNORECASE)
    for cp in range(128, 0x110000):
        ch = chr(cp)
        if letters.fullmatch(ch):
            low = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, re.IGNORECASE))
            folds.setdefault(low, set()).add(ch)
    assert folds == {k: set(v) for k, v in _FOLDED_IN.items()}
