"""The prefilter's groups (``prefilter.register``'s ``group``): a string is scanned with a group's database only when
one of its regexes is first asked about there, and the group never changes an answer."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claimledger.extract import prefilter
from claimledger.extract.fastre import Caseless
from claimledger.extract.prefilter import LOWER, SELDOM, TEXT, Gated, begin_document
from tests.extract.marks import needs_hyperscan


@pytest.mark.parametrize(("pattern", "flags", "lower"), [
    (r"\bshelled\b", 0, True),  # small letters only: written for the lower-cased text
    (r"(?:rockets?|drones?)\s+hit", 0, True),
    (r"\S+ reported", 0, True),  # a class that takes capitals is no capital of the regex's own
    (r"[a-z]{3,}ville", 0, True),
    (r"\bShelled\b", 0, False),  # a capital: written for the text as written
    (r"shelled", re.IGNORECASE, False),
    (r"(?i)shelled", 0, False),
    (r"(?i:north)ern", 0, False),  # a scoped re.IGNORECASE
    (r"[A-Z][a-z]+ said", 0, False),
    (r"flee(?!\s+Monday)", 0, False),  # a capital in a look-ahead too
    (r"“[^”\n]{2,}”", 0, False),  # no letter at all: any string
    (r"\d+\s*-\s*\d+", 0, False),
])
def test_caseless_written(pattern: str, flags: int, lower: bool) -> None:
    assert prefilter._caseless_written(pattern, flags) is lower


class _Spy:
    """A database that counts its scans."""

    def __init__(self, db: Any, counts: list[int], k: int) -> None:
        self.db = db
        self.counts = counts
        self.k = k

    def scan(self, data: bytes, match_event_handler: Any) -> None:
        self.counts[self.k] += 1
        self.db.scan(data, match_event_handler=match_event_handler)


@needs_hyperscan
def test_a_string_is_scanned_only_for_the_groups_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = prefilter._Engine()
    monkeypatch.setattr(prefilter, "_ENGINE", engine)
    text = "Drones struck a depot near Lakeside on Friday, the mayor said."
    low = text.lower()
    on_text = Gated(re.compile(r"\bFriday\b"))
    on_low = Gated(re.compile(r"\blakeside\b"))
    seldom = prefilter.register(re.compile(r"lakeside", re.IGNORECASE), group=SELDOM)
    begin_document(text)
    assert [engine.groups[i] for i in (on_text.id, on_low.id, seldom)] == [TEXT, LOWER, SELDOM]
    counts = [0] * len(engine.dbs)
    engine.dbs = [_Spy(db, counts, k) for k, db in enumerate(engine.dbs)]
    k_text, k_low, k_seldom = (engine.db_of[i] for i in (on_text.id, on_low.id, seldom))
    assert on_text.search(text) is not None
    assert on_low.search(low) is not None
    assert counts[k_text] == 1 and counts[k_low] == 1 and counts[k_seldom] == 0
    assert on_text.search(text, 5) is not None and on_low.search(low, 5) is not None  # read once per string
    assert counts[k_text] == 1 and counts[k_low] == 1
    assert on_low.search(text) is None  # asked on the other string: scanned for it too, and answers as re
    assert counts[k_low] == 2
    assert not prefilter.shut(seldom, text)
    assert counts[k_seldom] == 1


# regexes of every group, asked about in an order that crosses groups and strings: each answers as ``re``
_MIXED = [
    (r"\bairstrikes?\b", 0, TEXT), (r"\bairstrikes?\b", 0, LOWER), (r"\bAIRSTRIKE", re.IGNORECASE, SELDOM),
    (r"\b(?:Monday|Sunday)\b", 0, LOWER), (r"\bnobody\b", 0, SELDOM), (r"killed (\d+)", 0, TEXT),
    (r"wounded", re.IGNORECASE, LOWER), (r"é\w+", 0, TEXT),
]
_GROUP_TEXTS = [
    "An airstrike killed 7 people on Monday; nobody claimed it.",
    "AIRSTRIKES were reported near the café Élan; 3 wounded.",
    "Quiet day: nothing to report.",
]


@needs_hyperscan
@pytest.mark.parametrize("text", _GROUP_TEXTS)
@pytest.mark.parametrize("order", [1, -1])
def test_groups_never_change_an_answer(text: str, order: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_ENGINE", prefilter._Engine())
    regexes = [(re.compile(p, f), prefilter.register(re.compile(p, f), spans=True, group=g)) for p, f, g in _MIXED]
    begin_document(text)
    low = text.lower()
    asks = [(rx, pid, s) for rx, pid in regexes for s in (text, low)][::order]
    for rx, pid, s in asks:
        if prefilter.shut(pid, s):
            assert rx.search(s) is None, (rx.pattern, s)
        for a, b in ((0, len(s)), (3, 20), (10, len(s))):
            if prefilter.shut_span(pid, s, a, b):
                assert rx.search(s, a, b) is None and rx.search(s[a:b]) is None, (rx.pattern, a, b)


@needs_hyperscan
@pytest.mark.parametrize(("text", "found"), [
    ("Troops SHELLED the ridge.", "SHELLED"),
    ("The ridge was shelled at dawn.", "shelled"),
    ("Kırşehir: the ridge was shelled at dawn.", "shelled"),  # a dotless i: the text does not lower exactly
    ("Kırşehir: a quiet day.", None),
])
def test_caseless_copies_in_their_groups_find_what_re_finds(text: str, found: str | None,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``Caseless`` pattern: its lower copy in ``LOWER``, its ``re.IGNORECASE`` copy in ``SELDOM`` (run only on a
    text that does not lower exactly); matches are those of ``re.IGNORECASE`` either way."""
    monkeypatch.setattr(prefilter, "_ENGINE", prefilter._Engine())
    cue = Caseless(r"\bshelled\b")
    assert prefilter._ENGINE.groups[cue._lower_id] == LOWER
    assert prefilter._ENGINE.groups[cue._ignorecase_id] == SELDOM
    begin_document(text)
    m = cue.search(text)
    assert (text[m.start():m.end()] if m else None) == found
    plain = re.search(r"\bshelled\b", text, re.IGNORECASE)
    assert (plain.group() if plain else None) == found
