"""General rules of report prose for gaps earlier rounds left open: a period's toll is no one-day massacre,
and a number of time units before or after something dates an event rather than counting anything."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _claims(text: str, published: dt.date = dt.date(2019, 11, 20)) -> list:
    return extract(SourceText(doc_id="t", text=text, published=published, publisher="The Courier"))


@pytest.mark.parametrize(
    "sentence",
    [
        "A monitoring group said 64 civilians were killed in Upper Marwa province in October.",
        "At least 90 villagers were killed across the district last month, the monitors said.",
        "Between 2 and 26 September, 75 civilians were killed in the valley, the group said.",
    ],
)
def test_period_toll_is_no_massacre(sentence: str) -> None:
    text = "Gunmen raided farming settlements in the north this autumn, residents said.\n\n" + sentence + "\n"
    c = next(c for c in _claims(text) if c.figures and c.figures[0].kind == "killed")
    assert c.type == "attack_on_civilians"
    assert "massacre_toll" not in c.type_rule


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 October gunmen killed 64 villagers in Orlen, residents said.",
        "Gunmen killed 64 villagers in Orlen on the night of 3 to 4 October, residents said.",
        # the dead of one town over a period may still be that town's massacre
        "More than 70 people were killed in the town of Orlen last year, a relief agency said.",
    ],
)
def test_one_day_toll_stays_a_massacre(sentence: str) -> None:
    c = next(c for c in _claims(sentence + "\n") if c.figures and c.figures[0].kind == "killed")
    assert c.type == "massacre"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days later the raiders came back and took away nine men.",
        "Three weeks after the raid, the raiders came back and took away nine men.",
        "The raiders came back six days afterwards and took away nine men.",
        "Ten hours earlier the raiders had taken away nine men.",
        "Four days before the vote, the raiders took away nine men.",
        "Five months ago the raiders took away nine men.",
    ],
)
def test_time_units_before_or_after_count_nothing(sentence: str) -> None:
    text = "Gunmen attacked the village of Orlen on 3 October, killing 5 people, residents said.\n\n" + sentence + "\n"
    figs = [f for c in _claims(text) if sentence[:10] in c.evidence.text for f in c.figures]
    assert [(f.kind, f.value) for f in figs] == [("captured", 9)]


@pytest.mark.parametrize(
    ("sentence", "value", "what"),
    [
        ("The siege of the town lasted 40 days.", 40, "days"),
        ("The fighting in the hills went on for three days.", 3, "days"),
    ],
)
def test_lengths_of_time_stay_figures(sentence: str, value: int, what: str) -> None:
    text = "Gunmen attacked the village of Orlen on 3 October, killing 5 people, residents said.\n\n" + sentence + "\n"
    figs = [f for c in _claims(text) if sentence[:10] in c.evidence.text for f in c.figures]
    assert [(f.kind, f.value, f.what) for f in figs] == [("other", value, what)]


@pytest.mark.parametrize(
    ("entry", "day"),
    [
        ("Oct. 6 - Relief workers in Ostrel said soldiers had shot dead 12 farmers in the hamlet of Dunmoor on Oct. 2.", 2),
        ("Oct. 9 - The army said 5 rebels were killed near Dunmoor on Oct. 8.", 8),
        ("Oct. 11: A bomb in a market in Varsk wounded 7 people on Oct. 10, police said.", 10),
        # an entry that gives no other day keeps its own
        ("Oct. 14 - Police said 3 people were wounded in a bomb blast in Varsk.", 14),
    ],
)
def test_chronology_entry_day_yields_to_the_day_it_tells(entry: str, day: int) -> None:
    text = "Monthly chronology, October 1981\n\nOct. 3 - Troops entered the northern town of Varsk.\n\n" + entry + "\n"
    c = next(c for c in _claims(text, dt.date(1981, 11, 1)) if c.figures)
    assert c.date.start == dt.date(1981, 10, day)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a group of exiles speaks like a group of refugees; the city it sits in is not the incident's place
        ("A committee of exiles in Lisbon claimed that 300 people had been killed in Varsk.", "A committee of exiles in Lisbon"),
        ("Exiles in Lisbon said 30 people were killed in Varsk.", "Exiles in Lisbon"),
        # a nationality and a lower-case agency ending in "defence" name a speaker
        ("Ruritanian civil defence said 9 people were killed in Varsk.", "Ruritanian civil defence"),
        ("The civil defense said 8 people were killed in Varsk.", "The civil defense"),
        ("The minister of defence said 4 soldiers were killed in Varsk.", "The minister of defence"),
        ("A defence ministry spokesman said 7 soldiers were killed in Varsk.", "A defence ministry spokesman"),
    ],
)
def test_group_and_agency_speakers(sentence: str, speaker: str) -> None:
    text = "Troops seized the town of Varsk on 1 October.\n\n" + sentence + "\n"
    c = next(c for c in _claims(text) if c.figures)
    assert c.attributed_to.name == speaker
    assert c.place.text == "Varsk"


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # who the dead were, told in the past tense, is an account of the incident: it takes the incident's day
        ("Lawyers for the accused officers said those victims died in a clash with armed rebels.", True),
        ("Officers said the men had died in crossfire during a gunfight near the village.", True),
    ],
)
def test_past_victims_account_is_dated(sentence: str, dated: bool) -> None:
    text = "Soldiers killed 14 villagers in Orlen on 3 May 2019, a court found.\n\n" + sentence + "\n"
    claims = [c for c in _claims(text) if not c.figures and sentence[:20] in c.evidence.text
              and c.type not in ("characterization", "responsibility", "recognition", "legal_action")]
    assert claims and all((c.date.start is not None) == dated for c in claims)
