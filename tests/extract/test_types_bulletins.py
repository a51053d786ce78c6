"""Incident types in bulletins, timelines and alerts: mines and remnants of war recorded as explosions,
a shell told in the present tense, ordnance that goes off when handled, people taken in by hosts or
relatives. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.type_helpers import event_claims as _claims
from tests.extract.type_helpers import type_of as _type_of


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        # a mine or a remnant of war that goes off: the claim records an explosion (ACLED's remote explosive)
        ("A shepherd stepped on a landmine near Karsk on 3 May and lost a leg; two others were wounded.", "two others"),
        ("On 9 June a tractor carrying four farm workers hit a mine on the track to Velda, killing two of them.", "two of them"),
        ("A minibus struck an anti-tank mine outside Oruno on Friday, and seven passengers were killed.", "seven"),
        ("Three herders were wounded on 2 May when their cart triggered a mine near the river.", "Three herders"),
        ("In April the agency recorded six incidents with ERW in two districts, in which 5 people were injured.", "5 people"),
        ("Since 2001 the registry has counted 1,930 mine and ERW casualties in the country.", "1,930"),
    ],
)
def test_types_mines_and_remnants_of_war_are_explosions(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "explosion"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # the sentence after a mine's names no event: it takes the mine's paragraph
        ("On 4 May a truck hit a mine near the village of Tarin.\nThe driver and two passengers were killed, the district said.",
         "two passengers", "explosion"),
        # a timeline in the present tense: a single shell that lands is shelling, and the tolls after it are its
        ("Timeline\n\n18:40 - A single shell lands on the bus station. (civil defence)\n\n"
         "19:30 - The radio reports 12 dead.\n\n21:00 - The hospital gives a toll of 19 dead and 40 wounded. A bomb squad searched the area.",
         "19 dead", "shelling"),
        ("At noon a mortar shell hits the market. Four people are killed.", "Four people", "shelling"),
    ],
)
def test_types_mine_and_shell_tolls_told_after_them(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two girls were hurt on 8 May when a mortar round they had picked up near the well exploded in their hands.",
        "Three boys were injured when an object believed to be an artillery shell exploded as they tried to open it.",
        "A man was killed when an artillery round he was trying to dismantle for scrap metal went off in his yard on 1 June.",
    ],
)
def test_types_ordnance_that_goes_off_when_handled_is_an_explosion(text: str) -> None:
    assert [c.type for c in _claims(text)] == ["explosion"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Clashes went on along the river.\n\nThe agency says 4,100 people from 30 villages have registered with host communities since April.", "4,100"),
        ("Troops fought rebels near Tamu.\n\nAbout 1,800 people have moved to relatives in the provincial capital, officials said.", "1,800"),
        ("Gunmen raided the hamlet on Monday.\n\nSome 600 villagers fled into the mountains, a priest said.", "600"),
    ],
)
def test_types_people_taken_in_by_hosts_or_relatives_are_displaced(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "displacement"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # the sentence's own fighting is not stood for by a document type that does not tell how it happened
        ("Police recover 14 bodies near Kemba\n\nPolice said 14 bodies were found in a ravine near Kemba on Sunday, "
         "and more bodies were discovered along the road.\n\n"
         "Fighting between two rival clans killed nine people near Dorra in May, according to the police.",
         "nine people", "armed_clash"),
        ("Deploring the shelling of the suburbs of Varno in April, in which at least 30 civilians were killed,\n\n"
         "Noting the fighting in the town of Lesk from 3 to 6 June, in which 120 persons lost their lives,",
         "120 persons", "armed_clash"),
        # a refinement still stands for it: clashes in a text about a massacre
        ("Soldiers massacred 60 villagers in Tobu on 2 May, survivors said.\n\nThe clashes left 60 dead, an elder said.",
         "60 dead", "massacre"),
        # a frontline town is a place, not fighting: the document's missile stands for the attack on it
        ("A missile hit a fuel depot in Harn on 4 June.\n\n"
         "Officials said 12 people were killed and 30 wounded in the attack on the depot in the frontline city of Harn.",
         "12 people", "missile_strike"),
    ],
)
def test_types_a_sentences_own_fighting_keeps_its_type(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # the armed forces' own losses in a paragraph that tells of fighting: the battle's toll
        ("Over three days of fighting, drones and artillery struck positions along the ridge. "
         "The ministry reported 45 of its servicemen killed and 120 wounded.", "45 of its", "armed_clash"),
        # ... or told apart from the weapon the document is about
        ("Bombs fell on the market of Sela on 4 May, killing 9 people.\n\n"
         "By the end of the war, the army had reported 130 of its soldiers killed.", "130", "armed_clash"),
        # a paragraph whose only event is the weapon keeps it
        ("A missile hit the barracks in Tor on 3 May. Twenty soldiers were killed, the army said.", "Twenty soldiers", "missile_strike"),
        # a toll told with a word that refers back to the text's incident is that incident's
        ("A car bomb exploded at the checkpoint in Rav on 2 May.\n\n"
         "A militant group said its fighters had killed 15 soldiers in the attack.", "15 soldiers", "explosion"),
        # armed words elsewhere in the sentence are no toll of armed people
        ("An air strike hit the market of Tula on 9 May.\n\n"
         "As many as 40 were wounded in the market, which lies in a district held by the rebels.", "40 were", "air_strike"),
        # a large toll of soldiers is no massacre
        ("The defence ministry reported 240 soldiers killed and 900 wounded by the end of the month.", "240", "armed_clash"),
    ],
)
def test_types_the_armed_forces_own_losses(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a count of buildings damaged or burned is the damage, not the fighting or the flight told with it
        ("Artillery pounded the border town of Vesk on 3 May.\n"
         "The ministry said that 16 schools in the region had been damaged during the fighting.", "16 schools", "destruction"),
        ("A priest said that about 40 houses and a clinic had been burned since Monday and that some 900 villagers had fled.",
         "40 houses", "destruction"),
        # a weapon named in the sentence keeps its type, and shops looted are a looting
        ("Shells destroyed 12 houses in Vora on 3 May, the mayor said.", "12 houses", "shelling"),
        ("Thieves broke into the market at night and about 20 shops were looted, the police said.", "20 shops", "looting"),
    ],
)
def test_types_buildings_damaged_are_destruction(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a paragraph about the fighting: a strike told in another paragraph does not tell how the fighting went
        ("Entry 12: a drone struck a school in Tarn on 16 May, killing six pupils.\n\n"
         "Context: the fighting lasted from 14 to 17 May. Officials said 48 citizens had been killed and 130 injured.",
         "48 citizens", "armed_clash"),
        # a weapon told in the paragraph itself still does
        ("Artillery shelled the town of Perm-Ola on 3 May and fighting went on all night. At least 14 people were killed.",
         "14 people", "shelling"),
    ],
)
def test_types_a_paragraphs_fighting_is_not_a_strike_told_apart(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a heavier weapon told of another day and place (in reactions) does not refine the document's bombing
        ("2024 Varo road bombing\n\nThe Varo road bombing was a roadside bomb attack on an army truck near Varo on "
         "9 March 2024. The blast killed five soldiers and injured seven.\n\nLocation: Varo\nDate: 9 March 2024\n"
         "Deaths: 5 (soldiers)\nInjured: 7\n\nAttack\nAt around 08:40 on 9 March, a bomb exploded under an army truck "
         "on the road to Varo. The ministry gave a toll of five dead and seven wounded.\n\n"
         "The truck was carrying soldiers to a border post, the ministry said.\n\nReactions\n"
         "On 13 March, a shepherd was injured by air strikes near Kelam, an official in the neighbouring province said.",
         "Deaths: 5", "explosion"),
        # told of the same incident, it does
        ("FACT CHECK: did a strike on a store in Tarn kill 40?\n\n"
         "CLAIM: a post says 40 people were killed in the strike on a store in Tarn on 25 May.\n\n"
         "The facts\nOfficials said 19 people were killed when two guided bombs hit the store in Tarn on 25 May.\n\n"
         "The police said on 28 May that 16 people were still missing.",
         "16 people", "air_strike"),
    ],
)
def test_types_a_finer_weapon_refines_the_document_only_of_its_incident(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle, dt.date(2024, 6, 3)) == expected
