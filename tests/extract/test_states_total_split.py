"""``link.states_total`` on lower-cased text runs its cues as two searches (those opening at the text's start,
and the others): a text holds a total exactly when the one case-insensitive alternation of every cue matches."""

from __future__ import annotations

import pytest

from claimledger import link
from tests.extract.marks import needs_hyperscan


@pytest.mark.parametrize(
    "text",
    [
        "Since March, shelling has killed 40 residents of the river towns.",  # a cue opening at the text's start
        "  Since 2019 at least 12 aid workers died on that road.",
        "The council said that since March, 40 residents were killed.",  # the same words, not at the start
        "Dozens of airstrikes on the district were reported overnight.",
        "Three drone attacks against the depot failed, the ministry said.",
        "So far this month the clinic has treated 80 people.",
        "Throughout the siege the hospital stayed open.",
        "Two people were killed in a market blast on Tuesday.",  # no cue
        "",
        "SINCE THE WAR BEGAN, MORE THAN 300 HAVE DIED.",
        "İstanbul officials said five raids on the port followed.",  # lower-casing changes the length
    ],
)
def test_states_total_as_one_alternation(text: str) -> None:
    assert link.states_total(text) is (link._aggregate_pattern().search(text) is not None)


def test_states_total_split_keeps_every_cue() -> None:
    parts = link._aggregate_lower()
    assert parts is not None and 1 <= len(parts) <= 2
    # every cue is in one of the searches: each cue's own text (lower-cased) is read by the joined parts
    joined = "|".join(p.pattern for p in parts)
    from claimledger.extract.fastre import lower_pattern

    for cue in link.rules()["aggregate_cues"]:
        assert lower_pattern(cue) in joined


_TOTAL_DOCS = [
    "Two people were killed in a market blast on Tuesday. Since the war began, 412 civilians have died in the "
    "province. Five missile attacks on the port this month killed 30 people. Nobody was hurt in the second strike.",
    "Since March, shelling has killed 40 residents. The mayor said the water plant was hit. Throughout the siege "
    "the hospital stayed open. ΤΟ ΧΩΡΙΟ ΣΑΣ was shelled; 3 died.",
    "A convoy was ambushed near the bridge, killing 6 guards.\n\nThe army said the road is closed. Dozens of "
    "airstrikes on the district were reported overnight, killing at least 9.",
]


@pytest.mark.parametrize("text", _TOTAL_DOCS)
def test_states_total_of_sentences_gated_by_the_document_scan(text: str) -> None:
    """assemble._states_total (gated by the document scan) gives ``states_total`` of each sentence's text."""
    from claimledger.extract import assemble, segment
    from claimledger.extract.base import Doc
    from claimledger.extract.pipeline import build_pipeline
    from claimledger.extract.prefilter import begin_document
    from claimledger.models import SourceText

    build_pipeline()  # registers the gates with the document scan
    doc = Doc(source=SourceText(doc_id="t", text=text))
    begin_document(doc.text)
    segment.component.func(doc)
    ctx = assemble._make_ctx(doc)
    for seg in doc.sentences:
        sentence = doc.text[seg.start:seg.end]
        assert assemble._states_total(ctx, seg, sentence) is link.states_total(sentence), sentence


@needs_hyperscan
def test_states_total_gate_skips_sentences_without_a_total() -> None:
    from claimledger.extract import assemble
    from claimledger.extract.fastre import lowered
    from claimledger.extract.pipeline import build_pipeline
    from claimledger.extract.prefilter import begin_document

    build_pipeline()
    text = _TOTAL_DOCS[0]
    begin_document(text)
    low = lowered(text)
    assert low is not None
    gates = assemble._total_gates()
    assert gates
    plain = "Two people were killed in a market blast on Tuesday."
    total = "Since the war began, 412 civilians have died in the province."
    a, b = text.index(plain), text.index(total)
    assert all(g.absent(low, a, a + len(plain)) for g in gates)
    assert not all(g.absent(low, b, b + len(total)) for g in gates)
