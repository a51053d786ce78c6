"""A battery of common news phrasings of casualty and count figures, run through the whole
extraction pipeline one sentence at a time: kind, value, qualifier, interval and victim group."""

from __future__ import annotations

import pytest

from claimledger.extract.pipeline import extract
from tests.conftest import make_source

INF = None  # an open upper bound


def _figures(text: str) -> list[tuple]:
    """(kind, value, qualifier, low, high, group or what) of every figure of the text's claims."""
    return [(f.kind, f.value, f.qualifier, f.low, f.high, f.what if f.kind == "other" else f.group)
            for c in extract(make_source(text, "2024-05-01")) for f in c.figures]


def K(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None,
      group: str | None = None, kind: str = "killed") -> tuple:
    """One expected figure; an exact value is its own interval."""
    if qualifier == "exact":
        low, high = value, value
    return (kind, value, qualifier, low, high, group)


def I(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None, group: str | None = None) -> tuple:
    return K(value, qualifier, low, high, group, "injured")


def C(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None, group: str | None = None) -> tuple:
    return K(value, qualifier, low, high, group, "captured")


def M(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None, group: str | None = None) -> tuple:
    return K(value, qualifier, low, high, group, "missing")


def D(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None, group: str | None = None) -> tuple:
    return K(value, qualifier, low, high, group, "displaced")


def O(value: float, what: str) -> tuple:
    return ("other", value, "exact", value, value, what)


KINDS = [
    # killed: passive, active, nominal
    ("Twelve people were killed in the attack.", [K(12)]),
    ("The shelling killed 7 civilians.", [K(7, group="civilians")]),
    ("Four soldiers died of their wounds.", [K(4, group="soldiers")]),
    ("The bombing left 23 dead.", [K(23)]),
    ("The explosion left 12 people dead and 40 wounded.", [K(12), I(40)]),
    ("The fire claimed the lives of 12 residents.", [K(12, group="residents")]),
    ("The deaths of 12 people were confirmed by the ministry.", [K(12)]),
    ("12 dead after a bus hit a mine.", [K(12)]),
    ("Rescue teams said 12 bodies were recovered from the rubble.", [K(12)]),
    ("Nine villagers were massacred overnight.", [K(9, group="villagers")]),
    ("The fighting claimed 200 lives.", [K(200)]),
    ("Three people lost their lives.", [K(3)]),
    ("Fifty people perished in the fire.", [K(50)]),
    ("The bodies of 7 men were found.", [K(7, group="men")]),
    ("Eight men were shot dead.", [K(8, group="men")]),
    ("Seventeen people were confirmed dead.", [K(17)]),
    ("Two people are believed to have died.", [K(2)]),
    ("Fifteen were killed.", [K(15)]),
    ("30 Killed In Market Attack", [K(30)]),
    ("Airstrike kills 30 in border town", [K(30)]),
    ("The clashes left 9 militants dead.", [K(9, group="militants")]),
    ("Security forces killed 5 attackers.", [K(5, group="attackers")]),
    ("The strike killed a total of 12 people.", [K(12)]),
    ("The raid killed a further 6 people.", [K(6)]),
    ("The killing of 12 civilians sparked protests.", [K(12, group="civilians")]),
    ("The attack had a death toll of 40.", [K(40)]),
    ("The strike ended with 12 dead.", [K(12)]),
    # ages between commas are no count
    ("Two girls, aged 8 and 10, were killed.", [K(2, group="girls")]),
    # injured
    ("The strike wounded 15 people.", [I(15)]),
    ("Thirty people sustained injuries in the blast.", [I(30)]),
    ("At least 9 people were hospitalised.", [I(9, "at_least", 9, INF)]),
    ("Another 5 people were wounded.", [I(5)]),
    ("Five more people were injured.", [I(5)]),
    # captured: hostage, prisoner, detained, abducted
    ("Gunmen kidnapped 14 passengers.", [C(14, group="passengers")]),
    ("Fourteen fishermen were taken hostage.", [C(14, group="fishermen")]),
    ("Militants are holding 30 hostages.", [C(30, group="hostages")]),
    ("Police detained 45 protesters.", [C(45, group="protesters")]),
    ("About 100 soldiers were taken prisoner.", [C(100, "about", 90, 110, group="soldiers")]),
    ("Unknown gunmen abducted 6 aid workers.", [C(6, group="aid workers")]),
    ("12 journalists remain in detention.", [C(12, group="journalists")]),
    ("Over 1,000 people were detained.", [C(1000, "more_than", 1001, INF)]),
    ("Police said 4 suspects were arrested.", [C(4, group="suspects")]),
    # missing
    ("8 people remain missing after the flood.", [M(8)]),
    ("Some 40 fishermen are unaccounted for.", [M(40, "about", 36, 44, group="fishermen")]),
    # displaced: fled, evacuated, refugees
    ("About 3,000 people fled the fighting.", [D(3000, "about", 2700, 3300)]),
    ("Around 500 families were evacuated from the area.", [D(500, "about", 450, 550)]),
    ("The war has created 2 million refugees.", [D(2000000, group="refugees")]),
    ("The number of displaced has reached 40,000.", [D(40000)]),
    ("The number of injured rose to 45.", [I(45)]),
    # counted objects
    ("40 houses were destroyed.", [O(40, "houses")]),
    ("The strike damaged 3 schools and 2 hospitals.", [O(3, "schools"), O(2, "hospitals")]),
    ("They launched 25 rockets at the city.", [O(25, "rockets")]),
]

NUMBER_FORMS = [
    ("1,275 people were killed.", [K(1275)]),
    ("7 500 people were displaced.", [D(7500)]),
    ("Some 24.2 thousand people fled.", [D(24200, "about", 21780, 26620)]),
    ("About 1.1 million people were displaced.", [D(1100000, "about", 990000, 1210000)]),
    ("Eleven people were killed.", [K(11)]),
    ("A dozen people were injured.", [I(12)]),
    ("Two dozen soldiers were killed.", [K(24, group="soldiers")]),
    ("Half a dozen guards were wounded.", [I(6, group="guards")]),
    ("About half a million people fled.", [D(500000, "about", 450000, 550000)]),
    ("Dozens of people were killed.", [K(12, "vague", 12, 199)]),
    ("Hundreds of people were wounded.", [I(100, "vague", 100, 999)]),
    ("Tens of thousands of people fled.", [D(10000, "vague", 10000, 99999)]),
    ("Hundreds of thousands of people fled.", [D(100000, "vague", 100000, 999999)]),
    ("Scores of civilians were killed.", [K(20, "vague", 20, 199, group="civilians")]),
    ("Thousands of residents were displaced.", [D(1000, "vague", 1000, 999999, group="residents")]),
]

QUALIFIERS = [
    ("About 30 people were killed.", [K(30, "about", 27, 33)]),
    ("Around 30 people were killed.", [K(30, "about", 27, 33)]),
    ("Some 30 people were killed.", [K(30, "about", 27, 33)]),
    ("An estimated 30 people were killed.", [K(30, "about", 27, 33)]),
    ("Roughly 30 people were killed.", [K(30, "about", 27, 33)]),
    ("At least 30 people were killed.", [K(30, "at_least", 30, INF)]),
    ("No fewer than 30 people were killed.", [K(30, "at_least", 30, INF)]),
    ("More than 30 people were killed.", [K(30, "more_than", 31, INF)]),
    ("Over 30 people were killed.", [K(30, "more_than", 31, INF)]),
    ("In excess of 30 people were killed.", [K(30, "more_than", 31, INF)]),
    ("Almost 30 people were killed.", [K(30, "at_most", 0, 30)]),
    ("Nearly 700 people were forced to flee their homes.", [D(700, "at_most", 0, 700)]),
    ("Fewer than 30 people were killed.", [K(30, "at_most", 0, 30)]),
    ("No more than 30 people were killed.", [K(30, "at_most", 0, 30)]),
    ("Up to 30 people were killed.", [K(30, "up_to", 0, 30)]),
    ("As many as 30 people were killed.", [K(30, "up_to", 0, 30)]),
    ("Between 10 and 15 people were killed.", [K(10, "range", 10, 15)]),
    ("10 to 15 people were killed.", [K(10, "range", 10, 15)]),
    ("10-15 people were killed.", [K(10, "range", 10, 15)]),
    ("At least 20 and possibly up to 100 people were killed.", [K(20, "range", 20, 100)]),
    ("At least 12 and as many as 20 people were killed.", [K(12, "range", 12, 20)]),
    ("An estimated 10,000 to 12,000 people were killed.", [K(10000, "range", 10000, 12000)]),
    ("12 or more people were killed.", [K(12, "at_least", 12, INF)]),
    ("More than a dozen people were injured.", [I(12, "more_than", 13, INF)]),
    ("The massacre claimed more than 100 lives.", [K(100, "more_than", 101, INF)]),
]

COORDINATION = [
    ("Troops shelled the village, killing 10 and injuring 34.", [K(10), I(34)]),
    ("The attack killed 5 people and wounded 12.", [K(5), I(12)]),
    ("5 people were killed and 12 injured.", [K(5), I(12)]),
    ("Three soldiers were killed and two were wounded.", [K(3, group="soldiers"), I(2)]),
    ("The blast killed 4 and left 16 wounded.", [K(4), I(16)]),
    ("3 people were killed while 5 others were injured.", [K(3), I(5)]),
    ("The attack killed at least 20 and wounded dozens.", [K(20, "at_least", 20, INF), I(12, "vague", 12, 199)]),
    ("12 dead, 30 injured in market blast.", [K(12), I(30)]),
    ("The toll stands at 52 dead and 80 injured.", [K(52), I(80)]),
    # asyndetic coordination: the verb before each number counts it
    ("The attack killed 12, wounded 30.", [K(12), I(30)]),
    # a second count with its own qualifier is no upper end of the first
    ("The raid killed 12 and as many as 20 were wounded.", [K(12), I(20, "up_to", 0, 20)]),
    ("Two soldiers were wounded and one went missing.", [I(2, group="soldiers"), M(1)]),
    # a list of counted groups: one figure each
    ("10 soldiers and 4 civilians were killed.", [K(10, group="soldiers"), K(4, group="civilians")]),
    ("Five adults and two children were injured.", [I(5, group="adults"), I(2, group="children")]),
    ("5 houses and 3 schools were destroyed.", [O(5, "houses"), O(3, "schools")]),
]

COORDINATED_GROUPS = [
    # one count of coordinated victim groups, the group as stated
    ("About 8,000 men and boys were killed.", [K(8000, "about", 7200, 8800, group="men and boys")]),
    ("Ten women and children were killed in the strike.", [K(10, group="women and children")]),
    ("At least 12 soldiers and policemen were killed.", [K(12, "at_least", 12, INF, group="soldiers and policemen")]),
    ("Forty women and girls were abducted.", [C(40, group="women and girls")]),
    ("Dozens of unarmed men and boys were executed.", [K(12, "vague", 12, 199, group="unarmed men and boys")]),
    ("Some 200 Palestinian men, women and children were killed.",
     [K(200, "about", 180, 220, group="Palestinian men, women and children")]),
    ("The army shelled the town, killing 8 women and children.", [K(8, group="women and children")]),
    ("The strike killed 30 soldiers and civilians.", [K(30, group="soldiers and civilians")]),
    ("Eight men and boys from the village were shot dead.", [K(8, group="men and boys")]),
    ("Six soldiers or policemen have been wounded.", [I(6, group="soldiers or policemen")]),
    ("Twenty students and teachers remain missing.", [M(20, group="students and teachers")]),
    ("Police arrested 20 men and women.", [C(20, group="men and women")]),
    # ... and a following clause is no part of the group
    ("The raid killed 12 people and police said the attackers fled.", [K(12)]),
    # groups and one singular person: the count and one more
    ("Two women and a man were killed.", [K(2, group="women"), K(1)]),
    ("The raid killed 12 soldiers and a civilian.", [K(12, group="soldiers"), K(1)]),
    ("Police arrested four men and a woman.", [C(4, group="men"), C(1)]),
    ("Five adults, two children and an elderly man were injured.", [I(5, group="adults"), I(2, group="children"), I(1)]),
]

SUBGROUPS = [
    # a sub-group is no second casualty figure: it stays a count of the group it names
    ("The blast killed three people, including two children.", [K(3), O(2, "children")]),
    ("Seven people, among them four women, were killed.", [K(7), O(4, "women")]),
    ("Ten people were injured, three of them seriously.", [I(10)]),
    ("Twelve people were killed, five of them children.", [K(12), O(5, "children")]),
    ("The raid killed nine people, six of whom were civilians.", [K(9), O(6, "people")]),
]

NEGATION = [
    ("No casualties were reported.", [K(0), I(0)]),
    ("There were no casualties.", [K(0), I(0)]),
    ("The missiles caused no casualties.", [K(0), I(0)]),
    ("No one was killed or injured.", [K(0), I(0)]),
    ("Nobody was hurt in the attack.", [I(0)]),
    ("Nobody was killed.", [K(0)]),
    ("No deaths were reported.", [K(0)]),
    ("No injuries were reported.", [I(0)]),
    ("None of the 40 passengers was hurt.", [I(0)]),
    ("None of the passengers died.", [K(0)]),
    ("No civilians were killed.", [K(0)]),
    ("No Ukrainian soldiers were killed.", [K(0)]),
    ("No soldiers were wounded in the clash.", [I(0)]),
    ("The attack killed no one.", [K(0)]),
    ("The rocket wounded nobody.", [I(0)]),
    ("No lives were lost.", [K(0)]),
    ("Two of the three rockets did not explode.", [O(3, "rockets")]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS + NUMBER_FORMS + QUALIFIERS)
def test_figure_grammar_kinds_numbers_qualifiers(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), COORDINATION + COORDINATED_GROUPS)
def test_figure_grammar_coordination(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBGROUPS + NEGATION)
def test_figure_grammar_subgroups_and_negation(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
