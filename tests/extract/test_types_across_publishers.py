"""Incident types read the same way across publishers: what an attack acts on ends at its clause (rules
``target_ends``), peacekeepers are armed people, citizens are people of no armed side. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.extract.type_helpers import type_of as _type_of


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # what follows the attack in another clause is not what it acted on
        ("Officials said nine civilians died in the attack on Tuesday and that troops had killed four of the assailants later.",
         "nine civilians", "attack_on_civilians"),
        ("In the raid five citizens were killed, among them a member of the village militia.", "five citizens",
         "attack_on_civilians"),
        ("Twelve traders were killed in the attack; the army sent soldiers to the market the next day.", "Twelve traders",
         "attack_on_civilians"),
        # the target before the boundary still decides
        ("Gunmen attacked a police post in the north, killing three officers.", "three officers", "armed_clash"),
        ("Insurgents attacked an army convoy near the bridge, and two soldiers died.", "two soldiers", "armed_clash"),
        ("Militants attacked the village, killing six farmers.", "six farmers", "attack_on_civilians"),
        # a passive reads back to its own clause
        ("After the market closed, a patrol of soldiers was attacked by gunmen and four were killed.", "four were killed",
         "armed_clash"),
    ],
)
def test_types_attack_target_ends_at_its_clause(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("One peacekeeper was killed and two were wounded in the attack near the camp.", "One peacekeeper"),
        ("Gunmen attacked peacekeepers escorting a food convoy, killing three.", "killing three"),
        ("Three peacekeepers were killed when their convoy was ambushed on the northern road.", "Three peacekeepers"),
    ],
)
def test_types_peacekeepers_are_armed(text: str, needle: str) -> None:
    assert _type_of(text, needle) == "armed_clash"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a reporter harmed while covering fighting or a protest: the killing, not the fighting
        ("A reporter for a local radio station was shot dead while filming clashes in the market district on Saturday.",
         "shot dead", "attack_on_civilians"),
        ("A photographer was killed by a sniper's bullet while covering the fighting near the port, his agency said.",
         "photographer", "attack_on_civilians"),
        # the fighting itself is still a clash
        ("Two soldiers were killed in clashes with rebels near the port on Saturday.", "Two soldiers", "armed_clash"),
    ],
)
def test_types_event_someone_was_covering_is_the_setting(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # the arrest of the attacker the text told of belongs to the attack
        ("A gunman opened fire on worshippers at a mosque in Eastport on Friday, killing six people.\n\n"
         "The attacker was arrested at the scene, police said, and two other worshippers died later in hospital.",
         "two other worshippers", "attack_on_civilians"),
        ("The attacker was arrested at the scene, police said.", "attacker", "attack_on_civilians"),
        # an arrest of people the text has not told of as attackers is an arrest
        ("Soldiers arrested two suspected gunmen on Friday.", "two suspected", "detention"),
        ("Police arrested 14 protesters after the rally turned violent.", "14 protesters", "detention"),
    ],
)
def test_types_arrest_of_the_attacker_is_the_attack(text: str, needle: str, expected: str) -> None:
    assert _type_of(text, needle) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers were caught in crossfire between the army and rebels on Monday.",
        "A woman and her son were killed in the crossfire when troops and militiamen exchanged shots near the market.",
    ],
)
def test_types_crossfire_is_a_clash(text: str) -> None:
    assert _type_of(text, text.split()[0]) == "armed_clash"
