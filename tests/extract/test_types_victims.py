"""Incident types decided by whom a toll counts, when a claim takes its type from its paragraph or document: a toll
of armed people only in a text about a massacre is a battle's, a toll of civilians only in a text about fighting is
an attack on them (ACLED: Battles are fought between armed sides; Violence against civilians harms people of
none). Sentences are our own."""

from __future__ import annotations

import pytest

from tests.extract.type_helpers import type_of as _type_of

_MASSACRE = ("Witnesses described a massacre in the hill village of Teral, where dozens of farmers were executed "
             "on 3 May.\n\n")
_FIGHTING = "Heavy fighting broke out between the army and the Rim Front around Casteno on 3 May.\n\n"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # armed people only, in a text about a massacre: the battle's toll
        (_MASSACRE + "The next day, eight soldiers and three policemen were killed near the village.", "eight", "armed_clash"),
        (_MASSACRE + "The ministry said the enemy lost 40 killed in the hills.", "40", "armed_clash"),
        (_MASSACRE + "Two marines were wounded when their patrol came under fire, the navy said.", "Two", "armed_clash"),
        (_MASSACRE + "The army said troops had neutralised 17 militiamen near the ridge.", "17", "armed_clash"),
        # the armed men who did the killing are no toll of theirs; civilians in the toll keep the massacre
        (_MASSACRE + "Residents said the soldiers killed 12 men by the river.", "12", "massacre"),
        (_MASSACRE + "Four soldiers and nine villagers were killed, the elders said.", "Four", "massacre"),
        # civilians only, in a text about fighting: an attack on them
        (_FIGHTING + "A rights group said 30 civilians had been killed in three hamlets.", "30", "attack_on_civilians"),
        (_FIGHTING + "Two aid workers were shot dead on the road to the clinic.", "Two", "attack_on_civilians"),
        # armed people, or people of no stated side, in a text about fighting keep the fighting
        (_FIGHTING + "The army said 14 of its soldiers had been killed.", "14", "armed_clash"),
        (_FIGHTING + "Doctors said 22 people had been killed and 40 wounded.", "22", "armed_clash"),
        (_FIGHTING + "Seven soldiers and two civilians were killed, officials said.", "Seven", "armed_clash"),
    ],
)
def test_types_victims_decide_battle_or_civilians(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a text about clashes or an encounter is about fighting: its armed dead are the fighting's, not the shelling's
        ("Mortar shells fell on the market of Dorvel on 3 May. An encounter with the Rim Front followed in the hills.\n\n"
         "According to the navy, three of its marines died and six were hurt.", "three", "armed_clash"),
        ("Artillery pounded the outskirts of Dorvel on 3 May as clashes spread to the hills.\n\n"
         "The rebels said they had lost nine fighters.", "nine", "armed_clash"),
        # a shelling text that tells of no fighting keeps the shelling's dead
        ("Artillery pounded the barracks at Dorvel on 3 May.\n\nThe army said 11 soldiers were killed.", "11", "shelling"),
    ],
)
def test_types_armed_dead_in_a_text_about_clashes(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # people held, in a text about a protest: the custody, not the protest
        ("Thousands marched against the election result in the capital on 2 May.\n\n"
         "As of Sunday, 640 people remained in custody, lawyers said.", "640", "detention"),
        ("Thousands marched against the election result in the capital on 2 May.\n\n"
         "A court ordered the release of 55 people on Monday.", "55", "detention"),
    ],
)
def test_types_people_held_are_a_custody(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        # armed people who take prisoners: a battle's or a kidnapping's, not a detention read from the count
        ("Thousands marched against the election result in the capital on 2 May.\n\n"
         "The rebels said they had captured 12 soldiers.", "12"),
        ("Thousands marched against the election result in the capital on 2 May.\n\n"
         "Gunmen stopped a minibus outside the city and seized 14 passengers.", "14"),
    ],
)
def test_types_prisoners_of_armed_people_are_no_detention(text: str, needle: str) -> None:
    assert _type_of(text, needle) != "detention"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a toll over a period spread over a whole country: incidents of every kind, no massacre by its size
        ("Riots broke out in several cities after the vote on 28 May.\n\n"
         "A rights commission said on Thursday that between 150 and 200 people had been killed across the country "
         "since the results were announced.", "150", "other"),
        ("Gunmen raided a bus depot in Norvale on 2 June.\n\n"
         "Police said 64 people have been killed nationwide since January in such raids.", "64", "other"),
        # a count of civilians keeps the violence against them
        ("Riots broke out in several cities after the vote on 28 May.\n\n"
         "The ministry said 12 civilians have been killed nationwide since Monday.", "12", "attack_on_civilians"),
        # one incident's toll, no period over the country: its own type
        ("Gunmen raided the village of Teral on 2 June, killing 60 people, the governor said.", "60", "massacre"),
    ],
)
def test_types_country_wide_totals_are_other(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected
