"""General place, figure, speaker and date cues found by checking the twelfth own-written unseen set claim
by claim (tests/data/unseen/unseenl): where people leave for or a speaker speaks from, a place inside a
unit's name, "the village" after a settlement the gazetteer knows, "at X (Y)", "X river"; "killing a family
of N", "the dead numbered N", "the dead are estimated at N"; plural and company speaker heads, "has since
said", "maintains", "according to information provided by X"; "in the following days" after a day told
before; people who crossed a border or a river, or arrived from elsewhere, as displaced.

Every sentence here is written for the test; names are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.extract.places import find_places
from claimledger.models import SourceText


def _claims(text: str, published: dt.date = dt.date(2021, 3, 9)) -> list:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=published)) if c.figures]


def _mention(text: str, surface: str):
    return next(m for m in find_places(text) if text[m.start:m.end] == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Mortars hit the Lomo district, where families were waiting to leave for Burgas.", "Burgas"),
        ("The shelling killed nine people as the convoy was setting off for Varna.", "Varna"),
        ("A bus bound for Pleven was stopped at a checkpoint and two men were shot.", "Pleven"),
        ("Residents who hoped to head for Sliven were turned back; four were wounded.", "Sliven"),
    ],
)
def test_where_people_leave_for_is_aside(text: str, surface: str) -> None:
    assert _mention(text, surface).data.get("aside")


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of the Lomo district last night killed 14 people who were queueing to leave for Burgas.",
        "Gunfire in the Kesto district killed 6 civilians who had gathered to depart for Burgas.",
    ],
)
def test_claim_takes_the_incident_place_not_the_destination(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.place.name != "Burgas"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("JOINT TASK FORCE ODENSE\nSubject: Operations in Aarhus, 2 May 2019", "ODENSE"),
        ("Operation Narva ended after three weeks, the ministry said.", "Narva"),
    ],
)
def test_a_place_in_a_units_name_is_a_modifier(text: str, surface: str) -> None:
    assert _mention(text, surface).data.get("modifier")


def test_the_units_home_is_not_the_reports_place() -> None:
    text = ("JOINT TASK FORCE ODENSE\nSITUATION REPORT\nSubject: Operations in Aarhus, 2 - 9 May 2019\n\n"
            "1. LOSSES. Eleven soldiers were killed in action during the week.")
    (claim,) = _claims(text, dt.date(2019, 5, 10))
    assert claim.place.name == "Århus"


def test_lower_case_task_force_is_no_units_name() -> None:
    text = "The joint task force Odense officials asked for arrived on Monday."
    assert not any(m.data.get("modifier") for m in find_places(text) if text[m.start:m.end] == "Odense")


@pytest.mark.parametrize(
    "second",
    [
        "The gunmen who had held the village said 11 residents died; the army said 25 gunmen were killed.",
        "Fighters who occupied the village said nine people were killed there.",
    ],
)
def test_the_village_refers_back_to_a_settlement_the_gazetteer_knows(second: str) -> None:
    text = f"On 3 March troops moved against the village of Talofofo, just outside Hagatna. {second}"
    claims = _claims(text)
    assert claims and all(c.place.name == "Talofofo Village" for c in claims)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("0910 hrs - A crowd gathered at Velmora (Kulgam) and burned a bus; 3 policemen were injured.", "Velmora (Kulgam)"),
        ("At Tarsipora (Kulgam), a mob set fire to a post and 2 constables were hurt.", "Tarsipora (Kulgam)"),
    ],
)
def test_at_a_name_with_its_known_area_in_parentheses_is_a_place(text: str, surface: str) -> None:
    m = _mention(text, surface)
    assert m.data.get("contained")
    (claim,) = _claims(text, dt.date(2016, 5, 2))
    assert claim.place.text == surface


@pytest.mark.parametrize(
    "text",
    [
        "He works at Corvella Bank (London).",
        "The talks at Trevani Hall (Leeds) ended early.",
    ],
)
def test_an_organisations_or_buildings_name_before_parentheses_is_no_place(text: str) -> None:
    assert not any(m.data.get("contained") and not m.data.get("modifier") for m in find_places(text))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Police said a shell hit a house in Varna on Monday, killing a family of five.", "killed", 5),
        ("A drone struck a car near Pleven on Friday, killing a family of six, officials said.", "killed", 6),
        ("An air strike on a farm outside Sliven wiped out a family of 9, relatives said.", "killed", 9),
        ("A mortar round hit a flat in Varna on Monday, wounding a family of four.", "injured", 4),
        ("Witnesses said the dead numbered at least 40 after the raid on Varna on Monday.", "killed", 40),
        ("Doctors said the wounded numbered 120 after the raid on Pleven on Monday.", "injured", 120),
        ("Rebel dead are estimated at 140 after the week of fighting near Sliven.", "killed", 140),
        ("Deaths were put at 35 by the health office in Varna on Monday.", "killed", 35),
        ("Army wounded are estimated at 60 after the fighting in Varna on Monday.", "injured", 60),
    ],
)
def test_family_of_n_and_the_dead_numbered_n_are_casualty_counts(text: str, kind: str, value: int) -> None:
    assert any(f.kind == kind and f.value == value for c in _claims(text, dt.date(2020, 5, 6)) for f in c.figures)


@pytest.mark.parametrize(
    "text",
    [
        "Their family of six fled to Varna on Monday.",
        "The village numbered 300 families before the war.",
        "The damage was estimated at 3 million dollars.",
    ],
)
def test_family_and_numbered_without_a_casualty_word_count_no_dead(text: str) -> None:
    assert not any(f.kind == "killed" for c in _claims(text, dt.date(2020, 5, 6)) for f in c.figures)


def _speakers(text: str) -> list[tuple[str, str]]:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2020, 5, 6), publisher="Test Desk"))
    return [(c.attributed_to.name, c.attributed_to.rule) for c in claims if c.figures]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In Tarvo, the village defence committees say their fighters killed about 20 attackers last night.",
         "the village defence committees"),
        ("The water corporation says around 150,000 people in Tarvo have had no water since the shelling on Monday.",
         "The water corporation"),
        ("The bus company says 12 passengers were killed when a mine hit the coach near Tarvo on Monday.",
         "The bus company"),
        ("The prosecution maintains that 163 residents died in Tarvo on Monday.", "The prosecution"),
        ("Local groups have always maintained that 60 people were killed in Tarvo.", "Local groups"),
        ("The committee has since said that 371 insurgents were killed in Tarvo.", "The committee"),
        ("The ministry has since said that 40 soldiers were killed in Tarvo.", "The ministry"),
        ("According to information provided by the regional monitoring mission, the fighting near Tarvo killed at "
         "least five civilians.", "the regional monitoring mission"),
        ("According to data supplied by the health office, 40 people were killed in Tarvo on Monday.",
         "the health office"),
    ],
)
def test_speaker_heads_verbs_and_data_sources(text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(text)] == [speaker]


def test_since_as_a_time_word_keeps_its_speaker() -> None:
    assert [name for name, _ in _speakers("Since Monday, 40 soldiers were killed in Tarvo, the ministry said.")] == ["the ministry"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Between 200 and 300 people are sheltering in fishing camps along the Oti river.", "Oti river"),
        ("Gunmen crossed the farms of the upper Kora river basin on Monday.", "Kora river basin"),
    ],
)
def test_a_name_before_river_is_the_river_not_a_namesake_area(text: str, name: str) -> None:
    assert name in [text[m.start:m.end] for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Troops entered Tarvo on 12 March. In the days that followed, 30 residents were detained.",
         dt.date(2020, 3, 13), dt.date(2020, 3, 22)),
        ("Between 4 and 6 May, the unit moved through the valley. Some 2,000 people fled to Varna in the following days.",
         dt.date(2020, 5, 7), dt.date(2020, 5, 16)),
        ("On 3 June gunmen burned the market. About 900 people crossed the river over the next week, officials said.",
         dt.date(2020, 6, 4), dt.date(2020, 6, 10)),
        ("On 3 June gunmen burned the market.\n\nIn the weeks that followed, 300 families left Tarvo.",
         dt.date(2020, 6, 4), dt.date(2020, 7, 1)),
    ],
)
def test_the_following_days_count_from_the_day_told_before(text: str, first: dt.date, last: dt.date) -> None:
    claims = _claims(text, dt.date(2020, 7, 6))
    assert (claims[-1].date.start, claims[-1].date.end, claims[-1].date.rule) == (first, last, "following")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June gunmen burned the market. On 9 June, in the following days, 12 were killed in Tarvo.",
        "In the following days, 40 people were arrested in Tarvo.",
        "A shell hit the square in Tarvo on 3 June. In the following weeks the tally of the wounded rose to 240.",
    ],
)
def test_the_following_days_leave_own_dates_rising_tolls_and_no_day_before(text: str) -> None:
    assert all(c.date.rule != "following" for c in _claims(text, dt.date(2020, 7, 6)))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A local official, speaking from Varna, says 40 soldiers were evacuated from the port by sea.", "Varna"),
        ("A doctor reached by phone in Pleven said 12 people died in the raid.", "Pleven"),
        ("Refugees interviewed in Sliven said their village had been burned.", "Sliven"),
    ],
)
def test_where_a_speaker_speaks_from_is_aside(text: str, surface: str) -> None:
    assert _mention(text, surface).data.get("aside")


@pytest.mark.parametrize(
    "second",
    [
        "About 2,000 people from the Tarvo area crossed the river in the following week.",
        "Some 9,500 people have arrived in Varna by boat from the coastal villages since Monday.",
        "About 300 families crossed the border into the neighbouring country.",
    ],
)
def test_people_crossing_a_border_or_arriving_from_elsewhere_are_displaced(second: str) -> None:
    claims = _claims(f"Fighting raged in Tarvo on Monday. {second}", dt.date(2020, 7, 6))
    assert [c.type for c in claims] == ["displacement"]
