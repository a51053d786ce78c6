"""General figure, place and speaker cues found by checking the ninth own-written unseen set claim by claim
(tests/data/unseen/unseeni).

Every sentence here is written for the test; names are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import annotate, extract
from claimledger.extract.places import document_place, find_places
from claimledger.models import SourceText, denies_incident


def _claims(text: str, published: dt.date = dt.date(2024, 6, 10)) -> list:
    return list(extract(SourceText(doc_id="t", text=text, published=published)))


def _figure_claims(text: str) -> list:
    return [c for c in _claims(text) if c.figures]


def _claim_with(text: str, figure: float) -> object:
    return next(c for c in _figure_claims(text) if any(f.value == figure for f in c.figures))


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(
    "text",
    [
        "For further information: Office of the Spokesman, ZORMIS, Palm Court Hotel, Nairobi.",
        "Contact: Press Office, KAVMOB, Station Road, Freetown.",
        "Contact: Press Office, KAVMOB, Kenya.",
    ],
)
def test_acronym_on_a_mixed_case_line_is_no_place(text: str) -> None:
    surfaces = [text[m.start:m.end] for m in find_places(text)]
    assert not any(s.isupper() for s in surfaces)


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Patrol attacked in Kenema District\n\nThe mission condemns the attack on its patrol near the village of "
         "Dorvanka, in Kenema District, on Friday.\n\nTwo peacekeepers were wounded. Residents of Dorvanka fled.", "Dorvanka"),
        ("Clashes in Bo District\n\nGunmen raided the hamlet of Tassoli, in Bo District, at dawn.\n\n"
         "Three farmers were killed in Tassoli.", "Tassoli"),
    ],
)
def test_named_place_in_a_known_area_is_the_main_place(text: str, main: str) -> None:
    doc = annotate(SourceText(doc_id="t", text=text))
    m = document_place(doc)
    assert m is not None and text[m.start:m.end] == main


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Troops searched Dhangadhi on Monday.\n\nOn 4 May, rebels abducted 19 pupils from a boarding school in "
         "Rolpa district and took them to the hills.", 19, "Rolpa"),
        ("The army patrolled Nepalgunj.\n\nGunmen kidnapped 7 traders from a market in Kailali district on Friday.",
         7, "Kailali"),
    ],
)
def test_people_taken_from_a_place_were_taken_there(text: str, figure: float, place: str) -> None:
    c = _claim_with(text, figure)
    assert place in (c.place.text or "") or place in (c.place.name or "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 3 May, militiamen surrounded the hamlet of Vardolu, about 12 km west of Maliana, where families had "
         "gathered, and killed nine people.", "Vardolu"),
        ("Soldiers encircled the village of Kesmeta, 20 kilometres south-east of Suai, where 14 men were shot.",
         "Kesmeta"),
    ],
)
def test_where_clause_after_a_reference_point_is_about_the_place_before_it(text: str, place: str) -> None:
    c = _figure_claims(text)[0]
    assert c.place.text == place


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("A report on the public hearings of the truth commission in Ayacucho said soldiers killed 31 villagers in "
         "Pucara Alto in 1984.", "Ayacucho"),
        ("At hearings in Huancayo, survivors said 12 people were killed in Chaupimayo in 1989.", "Huancayo"),
    ],
)
def test_venue_of_hearings_is_no_incident_place(text: str, venue: str) -> None:
    c = _figure_claims(text)[0]
    assert c.place.text != venue


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Fighting was reported near Bireuen.\n\nOn the third day of the offensive in Aceh, the army says it has "
         "killed 11 rebels in clashes across the province.\n\nSchools burned in Bireuen.", 11, "Aceh"),
        ("Shelling hit Kramatorsk.\n\nIn Donetsk Oblast, 23 civilians were wounded throughout the region this week."
         "\n\nKramatorsk was hit again.", 23, "Donetsk"),
    ],
)
def test_a_figure_across_the_province_is_the_province_s(text: str, figure: float, place: str) -> None:
    c = _claim_with(text, figure)
    assert place in (c.place.text or "")


# ------------------------------------------------------------------ speakers


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # "he" is no plural speaker: the spokesman of the sentence before, not "the rebels"
        ("The rebels say the dead were farmers.\n\nThe army spokesman told reporters that 12 fighters were shot dead"
         " in Lorva, and two soldiers were wounded. He said troops also seized four rifles.", 4, "The army spokesman"),
        # a sentence opening on "But": its subject is still the speaker "he" refers to
        ("But a GAM spokesman, speaking by phone, rejected that. He said that nine farmers were killed in Lorva.",
         9, "a GAM spokesman"),
        ("However, the Dorvan police chief denied the report. He said that six guards were killed in Orlu.",
         6, "the Dorvan police chief"),
    ],
)
def test_pronoun_speaker_takes_the_fitting_speaker_before(text: str, figure: float, speaker: str) -> None:
    assert _claim_with(text, figure).attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria, the army spokesman here told reporters this afternoon that 12 fighters were shot dead in Lorva.",
         "the army spokesman"),
        ("The district officer there told journalists that five people were wounded in Kesmo.", "The district officer"),
    ],
)
def test_here_and_there_between_speaker_and_verb(text: str, speaker: str) -> None:
    assert _figure_claims(text)[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the second sentence has its own speaker: a claim of its own, not counted objects of the first toll
        ("REPORTER: Ana, the army spokesman here said that 14 rebels were shot dead today in Lorva. "
         "He said troops also seized nine rifles.", [[14], [9]]),
        # no speaker of its own: the counted objects join the toll
        ("Fourteen rebels were shot dead in Lorva on Monday. Troops recovered nine rifles.", [[14, 9]]),
    ],
)
def test_counted_objects_with_their_own_speaker_are_a_claim_of_their_own(text: str, figures: list) -> None:
    assert [[f.value for f in c.figures] for c in _figure_claims(text)] == figures


# ------------------------------------------------------------------ figures


def _figures(text: str) -> list[tuple[str, float]]:
    return [(f.kind, f.value) for c in _figure_claims(text) for f in c.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farmer was killed and his grandson wounded on Monday when shells fell on Dorlu.",
         [("killed", 1), ("injured", 1)]),
        ("A shepherd was shot dead and her son was injured near Kesmo.", [("killed", 1), ("injured", 1)]),
    ],
)
def test_a_relative_after_a_singular_victim_is_one_more(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 33 members of the police and armed forces were killed in these attacks.", [("killed", 33)]),
        ("Twelve workers of the water and power board were injured in Dorlu.", [("injured", 12)]),
    ],
)
def test_a_five_word_phrase_after_the_counted_noun(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 9,000 people have been killed, about two thirds of them by the army.", [("killed", 9000)]),
        ("Three months ago, six miners were killed when a bomb hit their van near Kesmo.", [("killed", 6)]),
        ("The group recorded 410 disappearances in the first eight months of 2011.", [("other", 410)]),
        ("Police seized one AK-47 rifle after 3 gunmen were killed.", [("killed", 3)]),
        ("An Mi-8 helicopter crashed near Dorlu, killing 9 soldiers.", [("killed", 9)]),
    ],
)
def test_fractions_periods_and_model_numbers_count_nothing(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Counts by local monitors put the number of civilians killed in raids in the Orvan and Kesmo districts since "
        "the start of June at more than 300.",
    ],
)
def test_put_the_number_of_killed_over_a_long_phrase(text: str) -> None:
    assert _figures(text) == [("killed", 300)]


# ------------------------------------------------------------------ more speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents who fled to Dorlu told reporters that between 80 and 100 people had been killed.", "Residents"),
        ("Villagers who escaped from Kesmo said that nine men were shot dead.", "Villagers"),
        ("An interview published on Sunday quoted a retired army colonel as saying that no more than a dozen people "
         "died in Lorva.", "a retired army colonel"),
        ("The daily quoted Major Ivo Marek as saying 14 rebels were killed.", "Major Ivo Marek"),
        ("The commander has received reports from local authorities that six civilians were killed in Kesmo.",
         "local authorities"),
    ],
)
def test_speakers_of_relative_clauses_quotes_and_reports(text: str, speaker: str) -> None:
    assert _figure_claims(text)[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "place"),
    [
        ("Tallies compiled by independent newspapers in Dorvan put the number of civilians killed in raids in the "
         "Kesmo and Orlu regions at more than 300.", "independent newspapers in Dorvan", "Kesmo"),
    ],
)
def test_newspapers_speak_and_their_seat_is_no_incident_place(text: str, speaker: str, place: str) -> None:
    c = _figure_claims(text)[0]
    assert c.attributed_to.name == speaker and c.place.text != "Dorvan"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Eleven miners were found dead near Mach.\n\nIn the past twelve months, at least 23 miners have been killed "
         "in attacks in Balochistan.\n\nThe bodies were taken to Mach.", 23, "Balochistan"),
        ("Shelling hit Kramatorsk.\n\nOver the last three weeks, 40 civilians were wounded in Donetsk Oblast.\n\n"
         "Kramatorsk was hit again.", 40, "Donetsk Oblast"),
    ],
)
def test_a_total_over_the_past_months_is_the_region_s(text: str, figure: float, place: str) -> None:
    assert _claim_with(text, figure).place.text == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the past twelve months, at least 23 miners have been killed in Kesmo.", [("killed", 23)]),
        ("Over the last 24 hours, 12 people were wounded in Dorlu.", [("injured", 12)]),
    ],
)
def test_the_length_of_a_period_counted_back_is_no_figure(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A report commissioned by the Varden Council in 2011 estimated that some 640 people lost their lives.",
         "the Varden Council"),
        ("The commission in 2004 found that 300 people were killed in Orlu.", "The commission"),
        ("The police put the total of \"rebels neutralised\" in Orlu district since January at 58.", "The police"),
    ],
)
def test_a_year_before_the_verb_and_a_total_put_at(text: str, speaker: str) -> None:
    assert _figure_claims(text)[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Force wishes to correct information circulating on social media claiming that more than 20 villagers "
        "were killed in Kesmo.",
        "I wish to dismiss reports circulating on social media that 11 people were killed in Orlu.",
        "Posts shared on social networks claimed that 30 students were abducted in Dorlu.",
    ],
)
def test_reports_circulating_on_social_media_speak_through_the_channel(text: str) -> None:
    assert _figure_claims(text)[0].attributed_to.name in ("social media", "social networks")


def test_a_speaker_who_posts_on_social_media_keeps_the_claim() -> None:
    text = "Police said 4 people were killed in Kesmo, and posted the names on social media."
    assert _figure_claims(text)[0].attributed_to.name == "Police"


def test_the_writer_who_dismisses_hearsay_keeps_the_denial() -> None:
    text = "I wish to dismiss reports circulating on social media that 11 people were killed in Orlu."
    claims = _claims(text)
    assert [c.attributed_to.name for c in claims if c.figures] == ["social media"]
    denials = [c for c in claims if denies_incident(c)]
    assert denials and all(c.attributed_to.kind == "author" for c in denials)
