"""The victim group after a lost count ("lost three soldiers"), the whole a part is of ("of them", "among the dead"),
the combined casualties after a number, the insets ``_classify`` reads a cue past and the group of which all died
("40 passengers ... none survived") run case-sensitively on the lower-cased text where it stands for the text
(``caseless_text``): figures are those of the case-insensitive cues."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import figures


def _plain_cues() -> figures._Cues:
    C = figures._cues()
    return dataclasses.replace(
        C, people_after=figures._Cue(C.people_after.rx, None), sub_after=figures._Cue(C.sub_after.rx, None),
        sub_before=figures._Cue(C.sub_before.rx, None),
        combined_after=figures._Cue(C.combined_after.rx, None) if C.combined_after is not None else None,
        insets_low=tuple(None for _ in C.insets_low), all_died_low=None)


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(f.start, f.end, f.kind, f.qualifier, f.low, f.high, f.what, f.group, f.subgroup, f.rule, f.total)
            for f in figures.find_figures(text, 0, len(text), [])]


def _both(text: str, mp: pytest.MonkeyPatch) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    fast = _read(text)
    plain = _plain_cues()
    with mp.context() as m:
        m.setattr(figures, "_cues", lambda: plain)
        slow = _read(text)
    return fast, slow


def test_figures_lowered_cues_are_built() -> None:
    C = figures._cues()
    assert C.people_after.low is not None and C.sub_after.low is not None and C.sub_before.low is not None
    assert any(rx is not None for rx in C.insets_low)
    assert C.all_died_low is not None


_TEXTS = [
    "The Garrison Lost Three Soldiers and Two Drivers near the pass.",
    "the militia lost 4 of their FIGHTERS in the raid",
    "Rescuers found 20 Bodies; 6 Of Them children, among the dead were 3 NURSES.",
    "Eleven miners, Including Two Foremen, Were Killed when the shaft flooded.",
    "Nine guards (two of them cooks) were wounded and 5 Pilgrims, Aged 9 And 12, died.",
    "The storm left 14 Dead Or Injured across the valley, officials said.",
    "The crash killed 30 people. Of The Dead, 12 were students.",
    "Twelve ſailors, among them a cook, were hurt; 3 of them ſeriously.",
    "Seven Porters – Most Of Them Elderly – Were Hurt in the rockfall.",
    "Forty Passengers Boarded the ferry at dawn, and None Survived the crossing.",
    "About 60 villagers sheltered in the hall, and all of them died when it collapsed.",
    "Some 25 ſoldiers held the ridge; all died.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_figures_lowered_cues_give_the_plain_figures(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both(text, monkeypatch)
    assert fast == slow


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(["The", "army", "Lost", "lost", "three", "12", "40", "Soldiers", "fighters", "of", "Of Them",
                                 "them", "among", "the dead", "Including", "two", "women", "(", ")", ",", "were", "Were",
                                 "killed", "Killed", "wounded", "injured or killed", "dead or injured", "aged", "9", "ſome",
                                 "and", "–", "all", "Most", "people", "were hurt", "Passengers", "none survived",
                                 "all died", "everyone there died", "All Died"]), max_size=18))
def test_figures_lowered_cues_property(words: list[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        fast, slow = _both(" ".join(words), mp)
    assert fast == slow
