"""General cues found by checking the fourth own-written unseen set claim by claim (tests/data/unseen/unseend).

Every sentence here is written for the test; names are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.extract.places import find_places
from claimledger.models import SourceText, denies_incident


def _claims(text: str, published: dt.date = dt.date(2024, 3, 5)) -> list:
    return extract(SourceText(doc_id="t", text=text, published=published))


def _figure_claims(text: str, published: dt.date = dt.date(2024, 3, 5)) -> list:
    return [c for c in _claims(text, published) if c.figures]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen overran the base of Korvanto overnight, killing 12 soldiers, the army said.", "Korvanto"),
        ("Nine guards died when insurgents stormed the military base of Ulmendi on Friday.", "Ulmendi"),
        ("Rebels shelled the outpost of Dazhmeri, wounding four troops.", "Dazhmeri"),
        ("Three recruits were killed in an ambush near the garrison at Tolvasso.", "Tolvasso"),
        ("At least 20 fighters were killed at the locality of Pendaro-Gare, the ministry said.", "Pendaro-Gare"),
    ],
)
def test_facility_of_names_its_place(text: str, place: str) -> None:
    claims = _figure_claims(text)
    assert [c.place.text for c in claims] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite base "of" a group, the positions of a force, an organisation's base: owners, not places
        "Militants attacked a base of Korvanto Ulmendi in the north.",
        "Troops fired mortars at the positions of Dazhmeri Militia overnight.",
        "The convoy reached the main base of the Tolvasso Union.",
    ],
)
def test_owner_after_base_of_is_no_place(text: str) -> None:
    surfaces = [text[m.start:m.end] for m in find_places(text)]
    assert not any(s.startswith(("Korvanto", "Dazhmeri", "Tolvasso")) for s in surfaces)


def test_cued_base_outranks_an_earlier_incident_named_in_passing() -> None:
    text = ("Insurgents attacked the base of Meskarid late on Sunday.\n\n"
            "The army said 14 soldiers were killed and 30 wounded.\n\n"
            "The attack recalls the raid of 2019 at Boma, where 40 soldiers died.")
    claims = _figure_claims(text, dt.date(2024, 10, 29))
    assert [c.place.text for c in claims] == ["Meskarid", "Boma"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Heavy shelling hit Norvask province this week.\n\n"
         "Rescuers said shelling on the town of Belmira killed 6 people.\n\n"
         "The toll in Belmira rose to 8 by Friday.\n\n"
         "A monitoring group said 41 civilians had been killed across the province in four days.", "Norvask province"),
        ("Fighting spread through Kelvaro region in May.\n\n"
         "An air strike in Tumbani killed 9 people on Sunday.\n\n"
         "The toll in Tumbani rose to 12 on Monday.\n\n"
         "Hospitals in the region have treated more than 200 wounded since Friday, doctors said.", "Kelvaro region"),
    ],
)
def test_count_spread_over_the_area_named_by_its_kind(text: str, place: str) -> None:
    last = _figure_claims(text, dt.date(2024, 5, 20))[-1]
    assert last.place.text == place


def test_office_of_the_area_is_no_spread() -> None:
    text = ("Fighting spread through Kelvaro region in May.\n\n"
            "An air strike hit the town of Tumbani on Sunday. The governor of the region said 9 people were killed.")
    assert [c.place.text for c in _figure_claims(text, dt.date(2024, 5, 20))] == ["Tumbani"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The interior ministry has said that its operations target only armed groups.", "The interior ministry"),
        ("Officials in Varn insisted the air force struck only militant positions.", "Officials in Varn"),
        ('A pro-government channel wrote that the army had only targeted "insurgent launch pads".', "A pro-government channel"),
        ("The army said the dead were fighters, not civilians.", "The army"),
        ("According to the police, those killed were all armed gunmen and not civilians.", "the police"),
        ('The rebels said reports of civilian deaths were "fabricated".', "The rebels"),
        ("The governor said claims that troops shelled the market are ‘false’.", "The governor"),
    ],
)
def test_figureless_denial_by_an_alternative_account(text: str, denier: str) -> None:
    denials = [c for c in _claims(text) if denies_incident(c)]
    assert [(c.attributed_to.name, c.stance) for c in denials] == [(denier, "rejects")]


@pytest.mark.parametrize(
    "text",
    [
        "The strike only hit the roof of the school, witnesses said.",
        "Rebels attacked only at night, residents said.",
        "The shelling killed fighters and civilians alike.",
    ],
)
def test_only_or_fighters_without_a_denial(text: str) -> None:
    assert not [c for c in _claims(text) if denies_incident(c)]


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # the page's own date: on a line of its own, after a separator, or of the story itself
        ("Posted 4 May 2021 by the desk\nGunmen killed 4 villagers.", "4 May 2021", "dateline"),
        ("By Ana Prem | Updated: 5 May 2021\nGunmen killed 4 villagers.", "5 May 2021", "dateline"),
        ("This story was first published on 6 May 2021.", "6 May 2021", "dateline"),
        # another subject's post or communique: a statement's date, not the page's
        ("- A rescue group posted on Thursday evening that shelling killed 9.", "Thursday", "report"),
        ("The army, in a communique published Monday evening, spoke of 12 dead.", "Monday", "report"),
    ],
)
def test_posted_dates_a_page_only_at_its_head(text: str, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, dt.date(2021, 5, 8))}
    assert found[date_text] == rule


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a known first word ("Wadi", "Tell", "Bir") goes on through an article-led word: one name
        # (also when the word after the article is an English word: "Ward", "Bard")
        ("Troops came under fire in the Wadi al-Bard valley, west of Mosul.", "Wadi al-Bard"),
        ("A shell landed in Bir al-Ward overnight, south of Mosul.", "Bir al-Ward"),
    ],
)
def test_name_goes_on_through_its_article(text: str, surface: str) -> None:
    assert surface in [text[m.start:m.end] for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("1. Nineveh. At dawn on 7 May a patrol was ambushed in the Wadi al-Qamar valley, west of Mosul. "
         "Three soldiers were killed in the exchange.", "Wadi al-Qamar"),
        ("Gunmen raided the village of Dorvani, north of Bossangoa. Four farmers died.", "Dorvani"),
    ],
)
def test_carried_place_is_the_named_place_not_its_reference(text: str, place: str) -> None:
    claims = _figure_claims(text, dt.date(2024, 5, 8))
    assert [c.place.text for c in claims] == [place]


@pytest.mark.parametrize(
    "tail",
    [
        "More than 900 people have left for Kaya since the attack.",
        "Some 300 families were heading for Kaya on Sunday.",
        "About 50 traders set off for Kaya after the raid.",
    ],
)
def test_destination_left_for_is_no_incident_place(tail: str) -> None:
    text = ("Residents of Tandorgou are burying their dead after gunmen attacked the market of Tandorgou on Saturday, "
            "killing 12 people.\n\n" + tail)
    claims = _figure_claims(text, dt.date(2024, 4, 15))
    assert [c.place.text for c in claims] == ["Tandorgou", "Tandorgou"]


@pytest.mark.parametrize(
    ("text", "date_text", "report"),
    [
        ("At least 30 soldiers were still unaccounted for in early 2023.", "2023", True),
        ("Twelve fishermen were still held by the rebels as of 3 May 2021.", "3 May 2021", True),
        # not a count still standing: the time of the event itself
        ("Some 4,000 people were displaced in March 2021.", "March 2021", False),
        ("Fighting was still raging in May 2021.", "May 2021", False),
    ],
)
def test_still_missing_at_a_time_dates_the_count_not_the_incident(text: str, date_text: str, report: bool) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, dt.date(2024, 5, 8))}
    assert (found[date_text] == "report") is report


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting hit Lemba town on 3 May 2023.\n\n"
         "An estimated 12,000 people have been newly displaced in South Daravi alone.", "South Daravi"),
        ("Fighting hit Lemba town on 3 May 2023.\n\n"
         "Nearly 40 schools were damaged in North Kelvo, partners report.", "North Kelvo"),
    ],
)
def test_whole_unknown_name_is_no_modifier(text: str, place: str) -> None:
    last = _figure_claims(text, dt.date(2023, 5, 20))[-1]
    assert last.place.text == place


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a plural place word after a list makes each listed name a place of that level (a town of the same
        # name reads as the state)
        ("Bandits killed 40 people in Zamfara, Katsina and Sokoto states last month.", ["Zamfara", "Katsina", "Sokoto"]),
        ("Floods and fighting displaced 9,000 people in the Kandahar and Helmand provinces.", ["Kandahar", "Helmand"]),
    ],
)
def test_plural_place_word_after_a_list(text: str, surfaces: list[str]) -> None:
    found = {text[m.start:m.end].split()[0]: m.label for m in find_places(text)}  # ("Helmand provinces": Helmand)
    assert {s: found.get(s) for s in surfaces} == {s: "region" for s in surfaces}


def test_figure_over_listed_states_takes_the_first() -> None:
    text = "Bandits killed 40 people in Zamfara, Katsina and Sokoto states last month."
    assert [c.place.text for c in _figure_claims(text)] == ["Zamfara"]


@pytest.mark.parametrize(
    ("text", "n_claims"),
    [
        # a sentence restating its period counts on its own
        ("Between 1 May and 30 June, the monitors recorded 52 civilians killed and 31 injured in Tarvosa. "
         "During the same period, at least 400 people were abducted.", 2),
        ("Between 1 May and 30 June, the monitors recorded 52 civilians killed in Tarvosa. "
         "Over the same months, 12 people went missing.", 2),
        # a plain next sentence adding another kind of casualty continues the toll
        ("Gunmen killed 18 people in Tarvosa on 3 May. Thirty-six people went missing.", 1),
    ],
)
def test_sentence_restating_its_period_is_a_claim_of_its_own(text: str, n_claims: int) -> None:
    assert len(_figure_claims(text, dt.date(2024, 7, 10))) == n_claims
