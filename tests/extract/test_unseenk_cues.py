"""Place and date cues found by checking the eleventh own-written unseen set claim by claim (tests/data/unseen/unseenk).

Every sentence here is written for the test; names, parties and days are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.extract.places import find_places
from claimledger.models import SourceText

D = dt.date


def _claims(text: str, published: dt.date = D(2019, 8, 14)) -> dict[str, tuple[str | None, str | None, str, str]]:
    """Place text, start date, place rule and date rule of each figure claim, by the first four words of its evidence."""
    claims = extract(SourceText(doc_id="t", text=text, published=published))
    return {" ".join(c.evidence.text.split()[:4]): (c.place.text, c.date.start.isoformat() if c.date.start else None,
                                                    c.place.rule, c.date.rule)
            for c in claims if c.figures}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two herders were shot dead near Otter Creek, north of Mzuzu, on Friday.", "Otter Creek"),
        ("Rebels and soldiers fought at Sandy Point for most of the night.", "Sandy Point"),
        ("Some 300 families camped around Long Valley after the raid.", "Long Valley"),
        ("A boat carrying 40 people capsized near Black River.", "Black River"),
        ("Troops moved towards Stony Ridge before dawn.", "Stony Ridge"),
    ],
)
def test_places_a_feature_name_after_a_place_preposition_is_a_place(text: str, place: str) -> None:
    surfaces = [text[m.start:m.end] for m in find_places(text)]
    assert place in surfaces


@pytest.mark.parametrize(
    "text",
    [
        # no place preposition before the run: words of a name, not a place the text gives
        "Sandy Point said the talks would go on.",
        "Otter Creek Holdings bought the mill last year.",
    ],
)
def test_places_a_feature_name_without_a_place_preposition_is_not_taken(text: str) -> None:
    surfaces = [text[m.start:m.end] for m in find_places(text)]
    assert not any(s.endswith(("Point", "Creek")) for s in surfaces)


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # the feature is the incident's place, the town after it only the reference point
        ("Three farmers were killed and 6 hurt in a clash near Otter Creek, east of Mzuzu, on Sunday, police said."
         "\n\nPolice said one of the dead was a local chief.", "Three farmers were killed", "Otter Creek"),
        ("Clashes in Malawi\n\nHeavy fighting at Sandy Point left 5 militiamen dead, the army said.", "Heavy fighting at Sandy",
         "Sandy Point"),
    ],
)
def test_assemble_a_feature_name_places_the_claim(text: str, evidence: str, place: str) -> None:
    assert _claims(text)[evidence][0] == place


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "that day" goes back past "the previous evening" (what led up to the day) to the day told
        ("On 4 March, police entered the market of Lusana after a patrol had been attacked there the previous"
         " evening.\n\nTraders said 9 people were killed in Lusana that day.", D(2019, 3, 4)),
        ("On 10 June troops reached the camp, where gunmen had stolen cattle the day before. Elders said 7 men were"
         " shot that day.", D(2019, 6, 10)),
    ],
)
def test_dates_that_day_skips_a_day_counted_back(text: str, day: dt.date) -> None:
    refs = [d for d in find_dates(text, D(2019, 8, 14)) if d.rule == "refer_back"]
    assert refs and refs[0].first == day


def test_dates_that_day_still_takes_a_day_counted_forward() -> None:
    text = "On 10 June troops reached the camp. The next day they opened fire, and 7 men were shot that day."
    refs = [d for d in find_dates(text, D(2019, 8, 14)) if d.rule == "refer_back"]
    assert refs and refs[0].first == D(2019, 6, 11)


SECTIONED = (
    "Findings of the field mission\n\n"
    "Between May and July 2019, the mission interviewed 60 witnesses in the capital and in two camps.\n\n"
    "Lusana, 4 March\n\n"
    "On the morning of 4 March, soldiers entered the village of Lusana and searched the houses one by one.\n\n"
    "Villagers said more than 40 houses were burned.\n\n"
    "Mbeka, 19 April\n\n"
    "Armed men raided the village of Mbeka, a farming settlement on the river, and shot the headman.\n\n"
    "They also took away at least 9 girls, their mothers said.\n\n"
    "Background\n\n"
    "Aid workers say 20,000 people have fled the province this year.\n"
)


@pytest.mark.parametrize(
    ("evidence", "place", "day"),
    [
        ("Villagers said more than", "Lusana", "2019-03-04"),
        ("They also took away", "Mbeka", "2019-04-19"),
    ],
)
def test_assemble_a_place_and_day_heading_dates_and_places_its_section(evidence: str, place: str, day: str) -> None:
    text_place, start, place_rule, date_rule = _claims(SECTIONED)[evidence]
    assert (text_place, start) == (place, day)
    assert place_rule.startswith("section:") and date_rule.startswith("section:")


def test_assemble_a_heading_without_a_day_ends_the_section() -> None:
    _, start, _, date_rule = _claims(SECTIONED)["Aid workers say 20,000"]
    assert not date_rule.startswith("section:")
    assert start != "2019-04-19"


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # where the witnesses were interviewed is not where the killings were
        ("On 9 May, soldiers entered the hamlet of Wopa, in the hills above Kasungu. According to three women interviewed"
         " by our staff in a camp in Mzuzu, 8 people were killed.", "According to three women", "Wopa"),
        ("On 9 May, soldiers entered the hamlet of Wopa, in the hills above Kasungu. Two survivors interviewed in Mzuzu"
         " said 8 people were killed.", "Two survivors interviewed in", "Wopa"),
    ],
)
def test_assemble_where_a_witness_was_interviewed_is_no_incident_place(text: str, evidence: str, place: str) -> None:
    assert _claims(text)[evidence][0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 14 workers of the Lenin collective farm on Tuesday.", "Lenin collective farm"),
        ("Shells hit the Progress state farm near the border, wounding 3.", "Progress state farm"),
    ],
)
def test_places_a_collective_or_state_farm_is_a_settlement(text: str, place: str) -> None:
    surfaces = [text[m.start:m.end] for m in find_places(text)]
    assert place in surfaces


def test_assemble_a_single_place_and_day_line_under_a_title_is_a_dateline_not_a_section() -> None:
    text = ("Relief agency: clinic hit in Mzuzu\n\nLilongwe, 6 May 2019\n\nOur clinic in Mzuzu was hit by shells on"
            " 2 May.\n\nAt the time, 40 patients were inside the building, staff said.\n")
    _, start, place_rule, date_rule = _claims(text)["At the time, 40"]
    assert not date_rule.startswith("section:") and not place_rule.startswith("section:")
    assert start != "2019-05-06"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("May 12 - The junta stated that 30 men died in clashes near Osorno.", "The junta"),
        ("The Liberation Front maintains that at least 40 of its members died in Osorno.", "The Liberation Front"),
        ("The council's secretary-general denied reports that 40 people were executed in Osorno.",
         "The council's secretary-general"),
    ],
)
def test_attribution_junta_secretary_general_and_maintains(text: str, speaker: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=D(2019, 8, 14)))
    assert speaker in {c.attributed_to.name for c in claims}


CAPTIONS = (
    "NEWS PHOTOS - border clashes\n\n"
    "REF-0001\n"
    "Karakol, eastern Kyrgyzstan, May 3, 2019. Rescuers search the ruins of a shop. Local officials said 4 people"
    " were killed in the blast.\n\n"
    "REF-0002\n"
    "Khujand, northern Tajikistan, May 4, 2019. A woman stands by her burned car. Police said 2 people were hurt"
    " in the shelling.\n"
)


@pytest.mark.parametrize(
    ("evidence", "place"),
    [
        ("Local officials said 4", "Karakol"),
        ("Police said 2 people", "Khujand"),
    ],
)
def test_assemble_a_town_before_a_compass_part_of_its_country_places_its_paragraph(evidence: str, place: str) -> None:
    # "Town, southern Country, date." opens the paragraph: the town, not the country nor another paragraph's town
    assert _claims(CAPTIONS, D(2019, 5, 5))[evidence][0] == place


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # the day a toll was put at a figure is the statement's day, not the incident's
        ("The governor had put the toll at 31 on Friday.", "report"),
        ("Officials set the count at about 55 on Monday.", "report"),
        # a clause of its own between: the day is the attack's
        ("Police put the toll at 12 after gunmen attacked on Monday.", "weekday"),
    ],
)
def test_dates_the_day_a_toll_was_put_at_a_figure_is_a_report_date(text: str, rule: str) -> None:
    days = find_dates(text, D(2019, 8, 14))
    assert [d.rule for d in days] == [rule]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The ministry has put the number of those who died in Osorno on 3 and 4 May at 23.", "killed", 23),
        ("Officials put the number of those who died at 40.", "killed", 40),
        # a fact sheet's label with a cause or a period before its colon
        ("Weekly update\n\n- People displaced by the floods and fighting: 12,000\n", "displaced", 12000),
        ("Weekly update\n\n- Civilians killed since 2 March: 41\n", "killed", 41),
    ],
)
def test_figures_number_of_people_who_died_and_labels_with_a_cause_or_period(text: str, kind: str, value: int) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=D(2019, 8, 14)))
    assert (kind, value) in {(f.kind, f.value) for c in claims for f in c.figures}


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        ("Fighting went on near Kasungu between militias from Mzuzu and local guards. According to the clinic,"
         " 12 people have been killed in the town since Sunday.", "According to the clinic,", "Kasungu"),
        # people driven out: where they fled from is the incident's place
        ("Shelling hit Kasungu and families fled from Mzuzu. Aid workers said 300 people were displaced.",
         "Aid workers said 300", "Mzuzu"),
    ],
)
def test_places_a_paragraphs_origin_is_not_carried_to_a_later_sentence(text: str, evidence: str, place: str) -> None:
    assert _claims(text, D(2020, 3, 3))[evidence][0] == place
