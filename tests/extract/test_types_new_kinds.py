"""Incident types on kinds of text the first rules missed: long-period totals, people who left, damage
told in money or rubble, armed attackers who are no mob, forces that 'neutralise' fighters, arrests
beside weapons seized, old shells that go off, bombs that strike a place. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.type_helpers import event_claims as _claims
from tests.extract.type_helpers import type_of as _type_of


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a count since a date months back, told by a generic killing word: incidents of every kind
        ("Fighting between the army and the Northern Front went on in the hills.\n\n"
         "The health office said 4,210 people have been killed in the province since 3 November 2023.",
         "4,210", "other"),
        ("Rebels ambushed a convoy near Oldbridge.\n\n"
         "Since January the monitors have counted 96 violent incidents in the valley, in which 58 people were killed.",
         "96 violent", "other"),
        ("Troops clashed with rebels near Oldbridge.\n\n"
         "Raids across the eastern districts killed more than 700 people in 2023, a research group says.",
         "700", "other"),
        # a recent start is a running total of the text's own episode
        ("Clashes between two militias broke out in the district on 1 June.\n\n"
         "Medics said at least 83 people had been killed in the district since 1 June.",
         "83", "armed_clash"),
        # a count of civilians keeps the violence against civilians its sentence reads
        ("Since the beginning of the year, the commission has recorded 44 civilians killed in the region.",
         "44", "attack_on_civilians"),
        # a specific weapon over the period keeps its type
        ("Since February, air strikes on the valley have killed 210 people, the council said.",
         "210", "air_strike"),
    ],
)
def test_types_long_period_totals(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Armed groups fought for the ridge road.\n\nElders said some 320 families had left their villages since Friday because of the fighting.", "320"),
        ("A mortar attack hit the camp on Monday.\n\nAid agencies estimate that about 12,000 people left the camp in the week after the attack.", "12,000"),
        ("Gunmen attacked the market town on Sunday.\n\nThe mayor says more than 900 residents have left for Eastport since the attack.", "900"),
        ("Shelling continued near the border.\n\nThe refugee agency said nearly 2,400 people crossed into the neighbouring province on Tuesday alone.", "2,400"),
    ],
)
def test_types_people_who_left_are_displaced(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "displacement"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The fighting went on for a week.\n\nSatellite images show that at least 61 homes were burned in two hamlets of the valley.", "61"),
        ("The damage to the province's farms amounts to more than 40 million dollars, the governor said.", "40 million"),
        ("Experts put the material damage to the town at more than 12 billion dollars.", "12 billion"),
        ("The retreating units took 14 hamlets in the valley and reduced them to rubble.", "14"),
    ],
)
def test_types_damage_and_burned_buildings_are_destruction(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "destruction"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("On 2 March, assailants attacked a camp for displaced families near Rivertown, killing 14 people.", "14", "attack_on_civilians"),
        ("Armed men in a pickup attacked two buses on the coast road, killing six passengers.", "six", "attack_on_civilians"),
        ("Villagers attacked two men accused of stealing cattle, killing one of them.", "one", "riot"),
        ("On 3 May, assailants backed by a party attacked and assaulted workers of a rival party, injuring three of them.",
         "three", "riot"),
    ],
)
def test_types_armed_attackers_are_no_mob(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said its units had neutralised about thirty assailants in a pursuit operation east of the town.",
        "According to the general staff, an operation in the forest neutralised 17 terrorists on Thursday.",
        "The rebel command said its fighters neutralised 9 soldiers near the bridge.",
        "A police spokeswoman said officers had killed six gang members during an operation in the market district.",
        "Three policemen were killed and five wounded in the exchange that followed, officials said.",
    ],
)
def test_types_fighters_killed_by_forces_are_a_clash(text: str) -> None:
    assert [c.type for c in _claims(text)] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During a search operation in the hills on 4 May, police arrested five suspects and seized three pistols.", "detention"),
        ("Relatives said about 20 men were picked up by the soldiers at the market and freed a week later.", "detention"),
        ("Customs officers seized 40 rifles and 2,000 cartridges at the border post.", "other"),
    ],
)
def test_types_arrests_beside_weapons_seized(text: str, expected: str) -> None:
    assert [c.type for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two boys were killed on 5 May when an old artillery shell they were playing with exploded near their school.", "explosion"),
        ("A farmer was injured when an unexploded mortar shell blew up in his field.", "explosion"),
        ("Mortar shells hit the bus station on Friday, killing three people.", "shelling"),
        ("Nine people died when bombs struck the main square on the morning of 4 April.", "air_strike"),
        ("A bomb hidden in a cart exploded at the bus station, killing three people.", "explosion"),
    ],
)
def test_types_leftover_shells_and_falling_bombs(text: str, expected: str) -> None:
    assert [c.type for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers went on a rampage through the village and killed 23 civilians.", "attack_on_civilians"),
        ("Gunmen rampaged through the market, killing nine traders.", "attack_on_civilians"),
        ("Youths went on a rampage in the old town and injured 12 people.", "riot"),
    ],
)
def test_types_a_rampage_of_armed_men_is_their_attack(text: str, expected: str) -> None:
    assert [c.type for c in _claims(text)] == [expected]


def test_types_people_an_attack_found_waiting_are_no_displacement() -> None:
    text = ("A missile strike hit the rail station of Eastport on Friday.\n\n"
            "The missile struck the depot while some 600 residents stood on the platforms for the evacuation buses.")
    assert _type_of(text, "600") == "missile_strike"


DISPLACED_AND_KILLED_LEAD = (
    "Violence in the border region has displaced 20,000 people and killed dozens\n\n"
    "Violence in the border region has displaced some 20,000 people this year and killed dozens, aid agencies said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # the document's generic attack does not stand for the clash a sentence reads
        (DISPLACED_AND_KILLED_LEAD + "On 8 January, an attack on a military position near the border killed 28 soldiers, "
         "according to the army.", "28", "armed_clash"),
        (DISPLACED_AND_KILLED_LEAD + "An armed group later claimed in a statement that its fighters had killed more "
         "than 30 soldiers.", "30", "armed_clash"),
        # nor the document's clash for an arrest beside weapons seized
        ("Troops clash with rebels in the hills\n\nTroops fought a long gun battle with rebels in the hills on Monday, "
         "officials said.\n\nDuring a search operation in the district on 9 June, security forces detained three suspects "
         "and seized two rifles.", "three", "detention"),
        # drones that back a ground operation: the operation's clash
        ('The ministry said 9 soldiers were wounded and that the army had killed "dozens of militants" in a '
         "counter-offensive backed by drones.", "9", "armed_clash"),
        ('The army said its units had "neutralised" about forty assailants in a pursuit operation on Sunday.',
         "forty", "armed_clash"),
    ],
)
def test_types_a_sentence_keeps_its_finer_reading(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # since a war or fighting broke out months before: a total of every kind
        ("Monitors put the toll in the city at 9,000 and noted that about 20,000 people have been killed across the "
         "country since war erupted on 15 April.", "20,000", "other"),
        # days before: the text's own episode
        ("Clashes broke out between two militias in the district on 2 January.\n\n"
         "Medics said 64 people had been killed in the district since the fighting erupted on 2 January.", "64", "armed_clash"),
    ],
)
def test_types_totals_since_a_war_broke_out(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle, published=dt.date(2024, 1, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commission said that over one hundred residents of the town were killed on 28 November.", "massacre"),
        ("Villagers said gunmen shot dead 73 men in the square on Sunday.", "massacre"),
        ("Gunmen killed at least 24 civilians in an attack on a market on Monday.", "attack_on_civilians"),
        ("A missile hit the station on Friday, killing 60 civilians.", "missile_strike"),
        ("Monitors recorded 240 civilians killed in attacks on villages in the province in March.", "attack_on_civilians"),
        ("Between 1 January and 30 April, the office documented 318 civilians killed in the two provinces.",
         "attack_on_civilians"),
    ],
)
def test_types_a_killing_of_many_civilians_is_a_massacre(text: str, expected: str) -> None:
    assert [c.type for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Northtown, 3 April: armed youth attacked cattle camps outside the town. 12 killed, 9 injured.", "12", "attack_on_civilians"),
        ("Eastbridge, 19 April: gunmen ambushed a commercial truck on the main road. 4 killed, including the driver; 2 injured.",
         "4 killed", "attack_on_civilians"),
        ("Armed men ambushed a passenger bus near the river, killing 9 people.", "9", "attack_on_civilians"),
        ("Rebels ambushed an army convoy on the main road, killing 6 soldiers.", "6", "armed_clash"),
        ("Youths attacked two traders in the market, injuring both.", "two", "riot"),
    ],
)
def test_types_armed_youth_and_ambushed_vehicles(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


def test_types_a_length_of_time_takes_no_event_of_its_paragraph() -> None:
    text = ("The massacre of the villagers of Northfield was the worst of the war, survivors said. "
            "Some of the men of the village fell as martyrs in the 40-day war.")
    assert _type_of(text, "40-day") == "other"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The massacre of Northfield was carried out by the militia in 1995. The prosecutor's office has registered "
         "around 3,200 cases in the course of its investigation.", "3,200"),
        ("The massacre of Northfield was carried out by the militia in 1995. Police have opened more than 9,000 "
         "criminal proceedings on war crimes in the province.", "9,000"),
    ],
)
def test_types_legal_counts_are_no_incident(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mass graves (11 so far) found in the retaken districts tell of the crimes committed during the war.", "mass_grave"),
        ("Thousands of people, 4,100 of them children, were killed during the war.", "other"),
    ],
)
def test_types_a_war_total_of_specific_things_keeps_their_type(text: str, expected: str) -> None:
    assert [c.type for c in _claims(text)][:1] == [expected]
