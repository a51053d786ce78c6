"""General figure, place and speaker cues found by checking the eighth own-written unseen set claim by claim
(tests/data/unseen/unseenh).

Every sentence here is written for the test; names are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.extract.places import demonym_keys, find_places
from claimledger.models import SourceText


def _figure_claims(text: str, published: dt.date = dt.date(2024, 6, 10)) -> list:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=published)) if c.figures]


def _figures(text: str) -> list[tuple[str, float]]:
    return [(f.kind, f.value) for c in _figure_claims(text) for f in c.figures]


@pytest.mark.parametrize(
    "text",
    [
        "The Tajik border guards said two posts were hit.",
        "Kyrgyz officials said the shelling continued.",
        "Uzbek and Kazakh observers were present.",
        "The Bosnian police closed the road.",
    ],
)
def test_demonym_forms_name_no_place(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize("form", ["tajik", "kyrgyz", "bosnian", "herzegovinian", "antiguan"])
def test_demonym_keys_hold_split_and_extra_forms(form: str) -> None:
    assert form in demonym_keys()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A clinic in Ak-Sai was damaged by shelling.", "Ak-Sai"),
        ("Two shells hit Bel-Tor village on Monday.", "Bel-Tor village"),
        ("The bridge near Ob-Lar was destroyed.", "Ob-Lar"),
    ],
)
def test_hyphenated_syllable_names_are_places(text: str, name: str) -> None:
    assert name in [text[m.start:m.end] for m in find_places(text)]


@pytest.mark.parametrize("text", ["The unit acted in Self-Defence when it fired.", "He spoke in Anti-Terrorism Court."])
def test_hyphenated_common_words_are_no_places(text: str) -> None:
    assert not any(text[m.start:m.end].startswith(("Self", "Anti")) for m in find_places(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\n\n1.2 Dorvil town, Kasa province, 4 May. Three farmers were killed by a mine.", [("killed", 3)]),
        ("Bulletin\n\n3. Incidents\n\nTwo men were wounded in Norvik.", [("injured", 2)]),
        ("Update\n\n2.1.4 Varno, 9 May. Five people were injured.", [("injured", 5)]),
        # a count, not a section number: a scale word, or a line that is a sentence of its own
        ("2.5 Million people have fled their homes, the agency said.", [("displaced", 2500000)]),
        ("12 Killed In Raid On Market", [("killed", 12)]),
    ],
)
def test_section_numbers_count_nothing(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three girls aged between 7 and 12 were wounded in Norvik.", [("injured", 3)]),
        ("Two boys, aged five and nine, were killed by a mine near Dalby.", [("killed", 2)]),
        ("Four women aged 20 to 30 years were detained in Varno.", [("captured", 4)]),
        ("Marta Kovacs, 52, a teacher arrested in Dalby, was released.", []),
        ("Police said Ivo Brandt, 61, who was shot in Norvik, was in a stable condition.", []),
        # a singular person's age after "of": the person is one victim
        ("A boy of about twelve was shot dead at the Dalby checkpoint.", [("killed", 1)]),
        ("A man of 45 and his son were killed when the shell hit their house.", [("killed", 2)]),
        ("Soldiers wounded a woman of 70 years in Varno.", [("injured", 1)]),
        # no person noun before "of": a count
        ("A group of 12 men was detained in Varno.", [("captured", 12)]),
    ],
)
def test_ages_count_nothing(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Report\n\n2.3 Road between Mueda and Macomia, Cabo Delgado province, 17 March. A bus hit a mine. "
         "Officials reported four dead.", "Mueda"),
        ("Report\n\n2.4 Montepuez, Cabo Delgado province, 24 March. Two children were killed when a grenade "
         "exploded.", "Montepuez"),
    ],
)
def test_entry_heading_place_and_date_carry_to_its_sentences(text: str, place: str) -> None:
    claims = _figure_claims(text, dt.date(2025, 4, 8))
    assert [c.place.text for c in claims] == [place]
    assert claims[0].date.start is not None and claims[0].date.start.day in (17, 24)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Civilians killed (reported): 3", ("killed", 3)),
        ("People wounded (confirmed): 14", ("injured", 14)),
        ("Newly displaced in Chad: 4,200", ("displaced", 4200)),
        ("Displaced within Kanem region: about 2,500", ("displaced", 2500)),
        ("Persons missing: 9", ("missing", 9)),
        ("Schools closed: 6", ("other", 6)),
        ("Houses destroyed: 17", ("other", 17)),
    ],
)
def test_dashboard_label_lines_count(line: str, expected: tuple[str, float]) -> None:
    text = f"SITUATION UPDATE\n\nKEY FIGURES\n{line}\n\nFighting continued in the area."
    assert _figures(text) == [expected]


@pytest.mark.parametrize("line", ["Page: 4", "Issue: 12", "Contact: alerts desk"])
def test_label_lines_of_no_count_count_nothing(line: str) -> None:
    assert _figures(f"BULLETIN\n\n{line}\n\nFighting continued in the area.") == []


def test_a_sentence_that_opens_a_paragraph_is_no_entry_heading() -> None:
    text = ("The alliance began its air campaign against Serbia on March 24. Officials say more than 200 "
            "civilians have been killed in the strikes.")
    claims = _figure_claims(text, dt.date(1999, 4, 15))
    assert [c.date.start for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union documented the detention of three reporters in Leon.", [("captured", 3)]),
        ("Police confirmed the arrest of 14 protesters in Tula.", [("captured", 14)]),
        ("Relatives reported the disappearance of five men near Kasese.", [("missing", 5)]),
        ("It urges the parties to account for the missing, whose number the ministry put at 340.", [("missing", 340)]),
        ("The council mourned the dead, whose number local officials estimated at 55.", [("killed", 55)]),
    ],
)
def test_nouns_of_a_count_before_it(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A herder crossing a dry riverbed near Moroto stepped on a mine and died at the scene.", [("killed", 1)]),
        ("Photographer shot dead while covering a march in Tula", [("killed", 1)]),
        ("A third man, the driver of a lorry, was seriously burned.", [("injured", 1)]),
        ("A trader was burned alive in Kasese.", [("killed", 1)]),
        # "and" before the verb opens another subject: the count is its own
        ("A soldier fired into the crowd and four people died.", [("killed", 4)]),
    ],
)
def test_singular_victims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "MORONI - Troops killed 12 men near Mitsamiouli, the governor told a press conference in Moroni on Monday.",
        "Troops killed 12 men near Mitsamiouli, the army spokesman told reporters in Moroni.",
    ],
)
def test_where_a_speaker_gave_the_figures_is_no_incident_place(text: str) -> None:
    assert [c.place.text for c in _figure_claims(text)] == ["Mitsamiouli"]


def _speakers(text: str) -> list[str]:
    return [c.attributed_to.name for c in _figure_claims(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('22:00 - Valley radio reports "at least 30 dead" and appeals for donors.', "Valley radio"),
        ("A statement attributed to the Northern Front, posted online, claimed that its fighters had killed 30 soldiers.",
         "the Northern Front"),
        ("The Assembly urges the parties to account for the missing, whose number the Interior Ministry put at 340.",
         "the Interior Ministry"),
        ("Local news sites, citing military sources, gave another version: according to them, 12 fighters were killed.",
         "military sources"),
    ],
)
def test_speaker_cues(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    ["Nine of the survivors told staff that they had been hit at home.",
     "Four of the wounded told doctors they were shot from a car."],
)
def test_the_people_counted_are_no_source_of_their_count(text: str) -> None:
    speakers = _speakers(text)
    assert speakers and not any(s.startswith(("Nine", "Four")) for s in speakers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The police put the total of "rebel cadres neutralised" in Kanker district since January at 41.', [("killed", 41)]),
        ("A commission of inquiry, drawing on intelligence, estimated the dead at 300.", [("killed", 300)]),
        ("The governor set the death toll at 19.", [("killed", 19)]),
    ],
)
def test_tolls_put_at(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting hit Kayanza on Monday. The agency says about 900 people have crossed from Kayanza into Rwanda "
         "since the attack.", "Kayanza"),
        ("Gunmen raided the town of Macina on 3 May. Officials say 200 households have fled the farms of the area for the "
         "town of Segou since then.", "Macina"),
    ],
)
def test_where_people_crossed_or_fled_for_is_no_incident_place(text: str, place: str) -> None:
    claims = _figure_claims(text)
    assert [c.place.text for c in claims] == [place]


def test_a_running_total_over_a_country_is_the_country_s() -> None:
    text = ("Shelling hit the village of Kfar Tala on 2 March, killing two farmers.\n\n"
            "Since 8 October, these attacks have killed 240 people in Lebanon, the ministry said.")
    claims = _figure_claims(text, dt.date(2024, 3, 7))
    assert [c.place.text for c in claims] == ["Kfar Tala", "Lebanon"]


def test_a_present_tense_toll_revision_keeps_its_speaker() -> None:
    text = ("The Defence Ministry said on Monday that three soldiers were killed.\n\n"
            "10 May – The ministry revises the toll to five dead.")
    assert _speakers(text) == ["The Defence Ministry", "The Defence Ministry"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("16:00 - The town authorities confirm 64 dead.", "The town authorities"),
        ("Later the number of wounded given by the county rises to more than 300.", "the county"),
        ("Medical staff report 17 wounded at the clinic.", "Medical staff"),
    ],
)
def test_present_tense_and_given_by_speakers(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union condemns the killing of Marta Lopez Vidal, 41, a radio host who was shot in Leon.", [("killed", 1)]),
        ("Crowds protested after the assassination of Omar al-Rashid in Tula.", [("killed", 1)]),
        # several people, or a group: no single victim
        ("The killing of Mark Tan and Joe Lee shocked the town.", []),
        ("They denounced the killing of Palestinian civilians.", []),
    ],
)
def test_the_killing_of_a_named_person(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


def test_a_single_victim_is_no_repeat_of_another_source_s_death() -> None:
    text = ("Reporter shot dead while covering a march in Tula\n\n"
            "A reporter was shot dead in Tula on Saturday night.\n\n"
            "The police said on Sunday that a second man had been killed by a stray bullet.")
    speakers = [c.attributed_to.name for c in _figure_claims(text)]
    assert speakers[0] != "The police" and speakers[1] != "The police"


def test_a_headline_toll_repeated_by_a_source_takes_that_source() -> None:
    text = ("Fourteen killed in market blast in Tula\n\n"
            "Fourteen people were killed when a bomb exploded in the market of Tula, the governor said.")
    assert [c.attributed_to.name for c in _figure_claims(text)] == ["the governor", "the governor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One guard lost his life and three others were injured.", [("killed", 1), ("injured", 3)]),
        ("Troops neutralised 12 fighters near Gao.", [("killed", 12)]),
        # the verb in scare quotes keeps the writer's distance: a count of its own, not a toll
        ('The army said one soldier was killed and its troops had "neutralised" three fighters.',
         [("killed", 1), ("other", 3)]),
        ("Two men were killed and three others sustained gunshot wounds.", [("killed", 2), ("injured", 3)]),
        ("A nurse said the clinic had received nine people with machete and gunshot wounds.", [("injured", 9)]),
        ("The doctor said at least 15 people were being treated at the clinic.", [("injured", 15)]),
        # things after a casualty verb are counted things, not casualties
        ("Engineers neutralised 30 mines near the road.", [("other", 30)]),
        ("The rebels captured 3 vehicles and killed 4 soldiers.", [("other", 3), ("killed", 4)]),
    ],
)
def test_casualty_wordings(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected
