"""Cheap reads figures makes before or instead of a costlier regex, each giving what the regex gives: the insets
``_classify`` reads a cue past are tried only when the first character past the words after the number is their mark
(``figures._insets``); a sentence is searched for a person and a relative (``find_pairs``) only when it holds
"and his"/"and her", a count for one more person (``_and_one``) only when "and a"/"and an" follows it; the harm cue of
an object's age and the victim group after a number run on the lower-cased text."""

from __future__ import annotations

import re

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


def _pairs_ungated(text: str, kinds: set[str]) -> list[tuple[int, int, str, str]]:
    out = []
    for kind, rx in figures._pair_rules():
        if kind in kinds:
            m = rx.search(text, 0, len(text))
            if m is not None:
                out.append((m.start("pair"), m.end("pair"), kind, f"{kind}.pair"))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "A shepherd and his nephew were killed when the shell landed.",
        "THE GUARD AND HIS BROTHER WERE WOUNDED near the gate.",
        "She and her\tcousin had been badly injured, medics said.",
        "He And Her sister have been shot.",
        "A driver and hisson were killed.",
        "The miller and their son were killed.",
        "Another man and his wife, both elderly, were killed.",
        "Nobody was hurt in the blast.",
    ],
)
def test_figures_pairs_gated_as_searched(text: str) -> None:
    """A sentence without "and his"/"and her" (read on the lower-cased text) is not searched for pairs: the gated
    search finds what the plain one finds."""
    kinds = {kind for kind, _ in figures._pair_rules()}
    assert figures.find_pairs(text, 0, len(text), kinds) == _pairs_ungated(text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "The 300-year-old bridge was DESTROYED by shelling.",
        "A 90-year-old chapel, long a landmark, stands at the square.",
        "The 200-year-old Mill Was Set On Fire.",
        "ſhelled: the 50-year-old depot was ſhelled (long s).",
        "İts 40-year-old tower was hit.",
        "an old and quiet place " * 40 + "with a 60-year-old school that was looted",
    ],
)
def test_figures_aged_harm_found_as_written(text: str) -> None:
    """The harm cue of an object's age, read on the lower-cased text, holds where the case-insensitive rule does."""
    harm = figures._aged_harm()
    assert harm is not None
    plain = re.compile(figures.load_rules("figures.json")["object_figures"]["aged_harm"], re.IGNORECASE)
    for a in range(0, len(text), 7):
        assert (harm.search(text, a, len(text)) is not None) == (plain.search(text, a, len(text)) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Three herders and a boy were killed when the mortar struck.",
        "THE RAID KILLED 4 GUARDS AND A DRIVER.",
        "Shelling killed 12 soldiers and\nan interpreter on Monday.",
        "Two nurses, a cook And A porter were hurt.",
        "Five farmers and another man were wounded.",
        "Seven villagers were wounded and a school was hit.",
    ],
)
def test_figures_and_one_gated_as_matched(text: str) -> None:
    """A count with no "and a"/"and an" after it in its sentence is not matched for one more person: the figures of the
    sentence are those the plain match gives."""
    gated = figures.find_figures(text, 0, len(text), [])
    old_gate = figures._AND_ONE_GATE
    try:
        figures._AND_ONE_GATE = re.compile("")  # matches everywhere: every count is matched
        plain = figures.find_figures(text, 0, len(text), [])
    finally:
        figures._AND_ONE_GATE = old_gate
    assert [(f.start, f.end, f.kind, f.rule) for f in gated] == [(f.start, f.end, f.kind, f.rule) for f in plain]


_GROUP_TEXTS = [
    " civilians were killed",
    " Unarmed CIVILIANS, including two boys, died",
    " of the Police Officers on duty were hurt",
    " men, women and children were detained",
    " Soldiers And Policemen were wounded",
    " ſoldiers were hurt (long s)",
    " İnfants were hurt",
    " rockets hit the town",
    " of them were wounded",
]


@pytest.mark.parametrize("text", _GROUP_TEXTS)
def test_figures_group_read_on_the_lower_cased_text(text: str) -> None:
    """The victim group after a number, read on the lower-cased text, is the one the rule as written matches."""
    R = figures.rules()
    for coord in (False, True):
        rx = R.group_coord if coord and R.group_coord is not None else R.group
        gm = rx.match(text, 0, len(text))
        assert figures._group_at(text, 0, len(text), R, coord) == (gm.span("g") if gm else None)
    assert figures._group_opens(text, text.lower(), R) == (R.group.match(text) is not None)
