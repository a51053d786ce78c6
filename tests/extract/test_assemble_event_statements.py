"""Assemble: figure-less statements of an incident (rules ``event_statements`` of ``alternative_cause.json``) - a
party carrying out an attack, places taken by armed forces, a grave or a place of detention found, each dated to
the day with a place in its sentence; and questions that take an attack for granted - are claims of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.models import ClaimIn, SourceText, denies_incident

_PUB = dt.date(2001, 1, 1)
_OTHER_FAMILY = ("responsibility", "characterization", "recognition", "legal_action")


def _claims(text: str) -> list[ClaimIn]:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=_PUB))
            if not denies_incident(c) and c.type not in _OTHER_FAMILY]


def _statements(text: str) -> list[ClaimIn]:
    return [c for c in _claims(text) if not c.figures]


@pytest.mark.parametrize(
    ("text", "start", "place"),
    [
        # a party carrying out an attack, on a day
        ("On 3 May 1998, rebels carried out a suicide attack in the market of Goma.\n",
         dt.date(1998, 5, 3), "Goma"),
        ("Militants launched an assault on a police post in Mosul on 14 June 1999.\n",
         dt.date(1999, 6, 14), "Mosul"),
        # ... on a night
        ("On the night of 8-9 July 1997, gunmen staged a raid on the barracks in Goma.\n",
         dt.date(1997, 7, 8), "Goma"),
        # places taken by armed forces
        ("On 21 March 1995, the village of Dorvelka in Goma district was seized by rebel forces.\n",
         dt.date(1995, 3, 21), "Dorvelka"),
        # a grave or a place of detention found
        ("On 2 April 1999, a mass grave was discovered near the village of Dorvelka.\n",
         dt.date(1999, 4, 2), "Dorvelka"),
        ("On 5 May 1999, a house was found in Goma in which hostages had been held.\n",
         dt.date(1999, 5, 5), "Goma"),
    ],
)
def test_assemble_dated_event_statement_is_a_claim(text: str, start: dt.date, place: str) -> None:
    found = _statements(text)
    assert [(c.date.start, c.place.text) for c in found] == [(start, place)]


@pytest.mark.parametrize(
    ("text", "start", "end", "place"),
    [
        ("The governor said the militia fled north after carrying out a massacre in Dorvelka in March 1996.\n",
         dt.date(1996, 3, 1), dt.date(1996, 3, 31), "Dorvelka"),
        ("According to the report, soldiers committed a reprisal massacre in the village of Ketsivka in May 1999.\n",
         dt.date(1999, 5, 1), dt.date(1999, 5, 31), "Ketsivka"),
    ],
)
def test_assemble_massacre_told_by_its_month_is_a_claim(text: str, start: dt.date, end: dt.date, place: str) -> None:
    # a massacre is one incident: the month it happened in dates it (rule ``massacre_in_month``)
    found = _statements(text)
    assert [(c.date.start, c.date.end, c.place.text) for c in found] == [(start, end, place)]


@pytest.mark.parametrize(
    "text",
    [
        # an attack by its month alone stays a remark on the war
        "Rebels carried out an attack in Goma in May 1998.\n",
        # a massacre with no month
        "Rebels carried out a massacre in Goma.\n",
        # a massacre by its year alone
        "Rebels carried out a massacre in Goma in 1998.\n",
    ],
)
def test_assemble_month_is_date_enough_only_for_a_massacre(text: str) -> None:
    assert _statements(text) == []


def test_assemble_event_statement_before_counts_of_another_day() -> None:
    # two incidents in one sentence: the places taken on one day, the hostages of the days after
    text = ("On 9 April 1996, the villages of Dorvelka and Ketsivka in Goma district were captured by rebel forces, "
            "and between 11 and 14 April, 40 people were taken prisoner.\n")
    found = sorted(((c.date.start, c.date.end, bool(c.figures)) for c in _claims(text)), key=lambda t: t[2])
    assert found == [(dt.date(1996, 4, 9), dt.date(1996, 4, 9), False),
                     (dt.date(1996, 4, 11), dt.date(1996, 4, 14), True)]


@pytest.mark.parametrize(
    "text",
    [
        # no day: a remark on the war
        "Rebels carried out an attack in Goma.\n",
        "In 1995 the villages of Goma district were captured by rebel forces.\n",
        # no armed force takes the place
        "On 21 March 1995, the village of Dorvelka was taken by surprise by the floods.\n",
        # no place
        "On 3 May 1998, rebels carried out a suicide attack.\n",
        # a building found, but no one held in it
        "On 5 May 1999, a house was found in Goma.\n",
        # a figure makes the claim already, the same day
        "On 3 May 1998, rebels carried out an attack in Goma, killing 12 people.\n",
        # a denial makes its own claim
        "On 3 May 1998, the army denied it had carried out an attack in Goma.\n",
    ],
)
def test_assemble_event_statement_needs_day_place_and_no_figure(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nobody asks them anything. Why did they shell the hospital in Goma? Nobody answers.\n", "Goma"),
        ("But why did the army bomb the bridge at Goma?\n", "Goma"),
    ],
)
def test_assemble_question_taking_an_attack_for_granted_is_a_claim(text: str, place: str) -> None:
    found = _statements(text)
    assert [c.place.text for c in found] == [place]
    assert found[0].evidence.text.endswith("?")


@pytest.mark.parametrize(
    "text",
    [
        # no act of violence
        "Why did the talks in Goma fail?\n",
        # no place
        "Why did they shell us?\n",
        # not a question
        "They asked why the army shelled the hospital in Goma.\n",
        # a question of whether, not of why
        "Did the army shell the hospital in Goma?\n",
    ],
)
def test_assemble_question_without_an_attack_and_a_place_is_no_claim(text: str) -> None:
    assert _statements(text) == []


def test_assemble_event_statement_is_not_the_records_event() -> None:
    text = "Police said. On 3 May 1998, rebels carried out a suicide attack in the market of Goma, killing 4 people.\n"
    event = extract_event(SourceText(doc_id="t", text=text, published=_PUB))
    assert event is not None
    assert [f.value for f in event.figures] == [4]
