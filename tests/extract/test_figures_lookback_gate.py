"""figures' look-backs before a number (``people_before``, ``counted_before``, ``combined_casualties``' before) match
only at the end of their window; gated by where the document scan's matches end, each window gets the answer of its
own search."""

from __future__ import annotations

import re

import pytest

from claimledger.extract import fastre, figures
from claimledger.extract.pipeline import build_pipeline
from claimledger.extract.prefilter import begin_document
from tests.extract.marks import needs_hyperscan

_TEXTS = [
    "The raid killed 4 and wounded 9. Officials put the death toll at 31, and the number of injured rose to 60.",
    "Rebels seized 12 farmers on Monday; the army lost three soldiers and the loss of 2 medics was confirmed.",
    "Casualties so far:\nKilled (confirmed): 14\nInjured in the north: 22\nDisplaced: 3,000\n",
    "The village population numbered 800 before the flood. Estimates of 25 dead circulated; those houses (40) burned.",
    "Gunmen killed or wounded 17 passengers. The death toll\n5 was later revised, bringing the total deaths to 19.",
    "The number of displaced people in the valley has reached 4,500, up from\n2,000 in the spring.",
    "Nothing here counts anyone: 3 reports, 7 meetings and a 10-point plan.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_lookbacks_gated_as_searched(text: str) -> None:
    build_pipeline()  # registers the gates with the document scan
    begin_document(text)
    C = figures._cues()
    combined = figures._combined_rx()
    cues = [c for _, c in C.people_before] + list(C.counted_before)
    cues += [combined[0]] if combined is not None else []
    for m in re.finditer(r"\d", text):
        end = m.start()
        lo = max(0, end - figures.BEFORE_WINDOW)
        before = text[lo:end]
        for cue in cues:
            assert (cue.search(before, text, end) is None) == (cue.rx.search(before) is None), (cue.rx.pattern[:40], before[-30:])


@needs_hyperscan
def test_lookback_gates_are_built() -> None:
    C = figures._cues()
    combined = figures._combined_rx()
    assert C.people_before and all(c.gate is not None for _, c in C.people_before)
    assert C.counted_before and all(c.gate is not None for c in C.counted_before)
    assert combined is None or combined[0].gate is not None


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"killed\s*$", 0, True),
    (r"(?:lost|loss\s+of)\s*(?:the\s+)?$", re.IGNORECASE, True),
    (r"(?:a$(?P<x>)|b\s*$)", 0, True),
    (r"(?:x|y)(?:\s+the)?$", 0, True),
    (r"(?:a$|b)", 0, False),
    (r"killed\s*", 0, False),
    (r"killed$", re.MULTILINE, False),
    (r"(?m)killed$", 0, False),
    (r"killed\Z", 0, False),
])
def test_ends_at_end(pattern: str, flags: int, expected: bool) -> None:
    assert fastre.ends_at_end(pattern, flags) is expected
