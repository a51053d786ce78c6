"""Figure-less claims (assemble): a party's account of its own fire at armed targets, of who the dead were,
and of deaths it gives no count for (rules ``own_target``, ``victims_account``, ``uncounted_deaths`` in
alternative_cause.json)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.models import ClaimIn, SourceText

LEAD = "Shelling hits Varna\n\nShells hit the town of Varna on 3 May 2021, residents said. "
FAMILIES = ("responsibility", "characterization", "recognition", "legal_action", "denial")


def _figureless(text: str, publisher: str = "Test Wire") -> list[ClaimIn]:
    source = SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 5), publisher=publisher)
    # (a denial is a claim of its own, whatever type it records: stance ``rejects``)
    return [c for c in extract(source) if not c.figures and c.type not in FAMILIES and c.stance != "rejects"]


def _of(claims: list[ClaimIn], sentence: str) -> list[ClaimIn]:
    return [c for c in claims if c.evidence.text == sentence]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # each side's account of its own fire, by the same rule, with no place in the sentence
        ("The Defence Ministry said its artillery had fired only at rebel positions.", "The Defence Ministry"),
        ("A rebel spokesman said their fighters had targeted only army positions.", "A rebel spokesman"),
        ("The rebel command said it had struck \"an army command post\" near the town.", "The rebel command"),
        ("The government said its jets had attacked rebel bases near the town.", "The government"),
        ("The militia said its units returned fire at army positions.", "The militia"),
    ],
)
def test_figureless_claims_own_fire_at_armed_targets(sentence: str, speaker: str) -> None:
    claims = _of(_figureless(LEAD + sentence), sentence)
    assert [(c.attributed_to.name, c.attributed_to.kind != "author", c.place.name, c.date.start) for c in claims] == [
        (speaker, True, "Varna", dt.date(2021, 5, 3))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # who the dead were, as each side tells it
        ("The army said the dead were militants killed in combat.", "The army"),
        ("The rebels say many of the dead were civilians.", "The rebels"),
        ("The police said the men had died \"in a confrontation\" with officers.", "The police"),
        ("Police told relatives the two had been caught in crossfire.", "Police"),
    ],
)
def test_figureless_claims_who_the_dead_were(sentence: str, speaker: str) -> None:
    claims = _of(_figureless(LEAD + sentence), sentence)
    assert [(c.attributed_to.name, c.place.name) for c in claims] == [(speaker, "Varna")]


@pytest.mark.parametrize(
    ("text", "publisher", "sentence", "speaker"),
    [
        # a party's own statement on its own site: the publisher names itself
        ("STATEMENT\nThe Northern Union mourns the loss of innocent lives in the recent clashes in Varna.\n",
         "Northern Union (official website)",
         "The Northern Union mourns the loss of innocent lives in the recent clashes in Varna.", "Northern Union"),
        # a named speaker's plain statement
        (LEAD + "The governor said the shelling of Varna killed civilians.", "Test Wire",
         "The governor said the shelling of Varna killed civilians.", "The governor"),
    ],
)
def test_figureless_claims_uncounted_deaths(text: str, publisher: str, sentence: str, speaker: str) -> None:
    claims = _of(_figureless(text, publisher), sentence)
    assert len(claims) == 1
    assert claims[0].place.name == "Varna"
    assert speaker in claims[0].attributed_to.name


def test_figureless_claims_uncounted_deaths_stay_undated() -> None:
    text = "STATEMENT\nThe Northern Union mourns the loss of innocent lives in the recent clashes in Varna.\n"
    claims = _figureless(text, "Northern Union (official website)")
    assert [c.date.start for c in claims] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        # no one named
        "They said the dead were militants.",
        "It had fired only at rebel positions.",
        # the author's own voice
        "The dead were civilians.",
        "The shelling of Varna killed civilians.",
        # a figure makes it a figure claim (one claim, with the figure)
        "The army said its artillery had fired only at rebel positions, killing 4 fighters.",
        # a denial makes a denial claim
        "The ministry said its forces did not fire at Varna and had targeted only militant positions.",
        # deaths told with no place
        "The governor said the shelling killed civilians.",
        # what it hit is no armed target
        "The ministry said it had struck the headlines.",
    ],
)
def test_figureless_claims_not_a_figureless_claim(sentence: str) -> None:
    assert _of(_figureless(LEAD + sentence), sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "Army shells Varna. The army said it had fired only at rebel positions in Varna on 3 May 2021.",
        "The Northern Union mourns the loss of innocent lives in the clashes in Varna on 3 May 2021.",
    ],
)
def test_figureless_claims_never_a_records_event(text: str) -> None:
    # a one-event record (ACLED note, GTD summary) still yields its own event claim
    claim = extract_event(SourceText(doc_id="r", text=text, published=dt.date(2021, 5, 5)))
    assert claim is not None
    assert claim.date.start == dt.date(2021, 5, 3)


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # a practice, in the present tense: no incident date
        ("The government has claimed that its strikes target military infrastructure only.", False),
        ("The rebels say their fighters target only army positions.", False),
        # an act, in the past tense: the document's incident date
        ("The government said its jets had attacked rebel bases near the town.", True),
    ],
)
def test_figureless_claims_a_practice_stays_undated(sentence: str, dated: bool) -> None:
    claims = _of(_figureless(LEAD + sentence), sentence)
    assert [c.date.start is not None for c in claims] == [dated]
    # (nor a place the sentence does not name)
    assert [c.place.name is not None for c in claims] == [dated]


STATEMENT_DOC = (
    "Ministry rejects new report on the killings in Varna\n\n"
    "The report relies on witnesses who fled the town last year, officials say.\n\n"
    "Officials in the capital have reacted to the report for a second day.\n\n"
    "{sentence}\n\n"
    "Soldiers killed 12 villagers in Varna on 3 May 2021.\n"
)


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # after the lead, dated only by the day it was said: no incident date carried back from further on
        ("The ministry said on Friday that the report about the 12 dead in Varna was false.", False),
        # a date of its own, or none at all: as before
        ("The ministry said the report about the 12 dead in Varna was false.", True),
    ],
)
def test_figureless_claims_a_statement_day_carries_no_later_date(sentence: str, dated: bool) -> None:
    text = STATEMENT_DOC.format(sentence=sentence)
    source = SourceText(doc_id="s", text=text, published=dt.date(2021, 5, 20), publisher="Test Wire")
    claims = [c for c in extract(source) if c.evidence.text == sentence and c.figures]
    assert [c.date.start is not None for c in claims] == [dated]
    # (undated on purpose: the rule says so, and linking gives the claim no date either)
    assert [c.date.rule == "statement-only" for c in claims] == [not dated]
