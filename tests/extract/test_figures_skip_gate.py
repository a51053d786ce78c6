"""figures' ``skip_before`` cues match only at the end of the window before a number; gated by where the
document scan's matches end, each window gets the answer of its own search."""

from __future__ import annotations

import re

import pytest

from claimledger.extract import figures
from claimledger.extract.fastre import lowered
from claimledger.extract.pipeline import build_pipeline
from claimledger.extract.prefilter import begin_document
from tests.extract.marks import needs_hyperscan

_TEXTS = [
    "A woman aged 71 and a boy aged 9, 11 and 14 were hurt. Resolution 2334 was cited; see paragraph 4.",
    "Shelling began at 14:15 and lasted until 16:40 near Route 9.\nNo. 3 school was hit; 12 people died.",
    "In the past 24 hours, 8 civilians were killed. None of the 40 patients was moved. Article 51 applies.",
    "On 3 March, 27 people were detained; in March 2022 about 5,000 fled. The class 5 pupils were evacuated.",
    "They spoke with 31 survivors. Not 10 but 12 bodies were found.\n\n#4: the road 7 bridge.",
    "Nothing about any number here, just words and know-how of another economy.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_skip_before_gated_as_searched(text: str) -> None:
    build_pipeline()  # registers the gates with the document scan
    begin_document(text)
    low = lowered(text)
    C = figures._cues()
    for m in re.finditer(r"\d", text):
        end = m.start()
        lo = max(0, end - figures.BEFORE_WINDOW)
        before, before_l = text[lo:end], (low[lo:end] if low is not None else None)
        plain = C.skip_before.search(before, before_l)
        gated = C.skip_before.search(before, before_l, text, low, end)
        assert (gated is None) == (plain is None), (text[lo:end][-30:], end)


@needs_hyperscan
def test_skip_before_gates_are_built() -> None:
    C = figures._cues()
    assert len(C.skip_before.ends) == len(C.skip_before.parts) >= 1
