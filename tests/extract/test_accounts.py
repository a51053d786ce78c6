"""A party's figure-less account of the document's incident (assemble: ``_alternative_cause``)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.models import ClaimIn, SourceText, denies_incident

LEAD = "Blast hits depot in Varna\n\nA blast hit a fuel depot in Varna on 3 May 2021. "
FAMILIES = ("responsibility", "characterization", "recognition", "legal_action")


def _accounts(text: str) -> list[ClaimIn]:
    source = SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 5), publisher="Test Wire")
    return [c for c in extract(source) if not c.figures and c.type not in FAMILIES and not denies_incident(c)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each side's account, by the same rule
        ("Rebel fighters blew up the depot in Varna where they had stored arms, the Defence Ministry said.",
         ("the Defence Ministry", "explosion")),
        ("Government troops blew up the depot in Varna, a rebel spokesman said.",
         ("a rebel spokesman", "explosion")),
        # the cause of the blast the document is about: the blast, as the speaker explains it
        ("The explosion in Varna was caused by a rocket fired by the rebels, the army said.",
         ("the army", "explosion")),
        # a strike by aircraft is an air strike, whatever the document calls the event
        ("The national air force struck an arms store near Varna, the Defence Ministry said in a briefing.",
         ("the Defence Ministry", "air_strike")),
        ("The ministry said the insurgents were to blame for the Varna attack.", ("The ministry", None)),
        # a cause or weapon without a party
        ("The workers in Varna were killed with incendiary weapons, the prosecutor said.", ("the prosecutor", None)),
        ("The fire in Varna resulted from a misfired rocket, the army said.", ("the army", None)),
        # the speaker's own account of what it struck (the pronoun is the speaker), either side
        ('The Defence Ministry said on 4 May that it had struck "a fuel depot of the rebels" in Varna.',
         ("The Defence Ministry", None)),
        ("A rebel commander said they hit army positions in Varna.", ("A rebel commander", None)),
    ],
)
def test_accounts_a_partys_account_is_a_claim(sentence: str, expected: tuple[str, str | None]) -> None:
    claims = _accounts(LEAD + sentence)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.evidence.text == sentence
    assert claim.attributed_to.name == expected[0]
    assert claim.attributed_to.kind != "author"
    assert claim.place.name == "Varna"
    assert claim.date.start == dt.date(2021, 5, 3)
    if expected[1] is not None:
        assert claim.type == expected[1]


@pytest.mark.parametrize(
    "sentence",
    [
        # an accusation is a characterization, not an account
        "The government accused the rebels of attacking Varna.",
        # a report of findings, not a party's statement
        "Rebels shelled Varna, the newspaper reported.",
        # no one named
        "Rebels shelled Varna, they said.",
        # the author's own voice
        "Rebels shelled Varna.",
        # another place: another incident
        "The ministry said the army was to blame for the attack in Burgas.",
        # a figure makes the claim a figure claim
        "Rebels shelled Varna, killing 4 people, the ministry said.",
        # a denial makes a denial claim
        "The ministry said its forces did not shell Varna.",
        # a cause in the author's own voice
        "The fire in Varna resulted from a misfired rocket.",
        # what it struck, with no one to say so, or what it hit that is no target
        "They had struck a fuel depot in Varna.",
        "The ministry said it had hit the headlines in Varna.",
    ],
)
def test_accounts_no_claim_without_a_named_partys_account(sentence: str) -> None:
    assert _accounts(LEAD + sentence) == []


def test_accounts_not_in_a_long_text() -> None:
    # a long text tells of many incidents: no account is tied to the document's incident
    filler = " ".join(f"Officials met in Sofia on day {k} to discuss the budget." for k in range(80))
    text = LEAD + filler + "\n\nRebels shelled Varna, the ministry said."
    assert len(text) > 4000
    assert _accounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a village near Varna on Monday. The army blew up a bridge in Varna, a rebel spokesman said.",
        "Troops raided a market in Varna on Monday. Rebel fighters blew up the market in Varna, the Defence Ministry said.",
    ],
)
def test_accounts_a_records_event_is_its_lead_not_an_account(text: str) -> None:
    source = SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 5), publisher="Test Wire")
    assert [c.evidence.text[:20] for c in _accounts(text)] == [text.split(". ")[1][:20]]  # the account is a claim
    event = extract_event(source)
    assert event is not None
    assert event.evidence.start == 0  # ... but the record's event is told by its lead


@pytest.mark.parametrize(
    "text",
    [
        # the only place is the speaker's own name or the source's: no incident place named
        "Varna stated that the strike on the bridge was carried out by rebel forces.",
        "Rebel forces launched operations with artillery and missiles, according to reports carried by Varna radio.",
    ],
)
def test_accounts_a_place_in_the_speakers_words_is_no_incident_place(text: str) -> None:
    assert _accounts(text) == []


def test_accounts_a_weapon_against_aircraft_is_no_air_strike() -> None:
    sentence = "The rebels attacked an army post near Varna with mortars and anti-aircraft weapons, the ministry said."
    claims = _accounts(LEAD + sentence)
    assert len(claims) == 1
    assert claims[0].type != "air_strike"


@pytest.mark.parametrize(
    "sentence",
    [
        # who used or held something, with no incident in the sentence's words: no account of the incident
        "Soldiers found a cellar in Varna used by the rebels to store arms, the ministry said.",
        "The ministry said the warehouse in Varna was used by the rebels as a base.",
    ],
)
def test_accounts_need_an_incident_in_their_own_words(sentence: str) -> None:
    assert _accounts(LEAD + sentence) == []
