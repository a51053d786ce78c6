"""Figures: kind from cue words, coordination, sub-groups, groups, negation, non-figures."""

from __future__ import annotations

import pytest

from claimledger.extract import dates, figures, segment
from claimledger.extract.base import Doc
from claimledger.models import SourceText


def _figures(text: str) -> list[dict]:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    out = []
    for m in doc.spans["figures"]:
        assert doc.text[m.start:m.end] == text[m.start:m.end]
        if m.data["subgroup"]:
            continue
        out.append({"kind": m.label, "value": m.data["value"], "qualifier": m.data["qualifier"],
                    "group": m.data["group"], "what": m.data["what"]})
    return out


def F(kind: str, value: float, qualifier: str = "exact", group: str | None = None, what: str | None = None) -> dict:
    return {"kind": kind, "value": value, "qualifier": qualifier, "group": group, "what": what}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling left 4 soldiers dead.", [F("killed", 4, group="soldiers")]),
        ("The raid killed 12 civilians.", [F("killed", 12, group="civilians")]),
        ("Nine people died in the fire.", [F("killed", 9)]),
        ("2 suspected gang members were gunned down by police.", [F("killed", 2)]),
        ("Three farmers were hacked to death in the field.", [F("killed", 3, group="farmers")]),
        ("The blast claimed the lives of 30 workers.", [F("killed", 30, group="workers")]),
        ("The toll rose to 57 on Monday.", [F("killed", 57)]),
        ("Police shoot dead 15 bandits", [F("killed", 15, group=None)]),
        # a bracketed aside between the count and its cue
        ("Six villagers (two from the market) were killed in the raid.", [F("killed", 6, group="villagers")]),
        ("The death toll from the strike on the market has risen to 50.", [F("killed", 50)]),
        ("Rescuers recovered the bodies of 410 civilians.", [F("killed", 410, group="civilians")]),
        ("5 people were hospitalized.", [F("injured", 5)]),
        ("Some 57 people were taken to hospitals.", [F("injured", 57, "about")]),
        ("Gunmen abducted 20 students.", [F("captured", 20, group="students")]),
        ("1,275 people were taken hostage.", [F("captured", 1275)]),
        ("36 people went missing.", [F("missing", 36)]),
        # an inserted "most of them ..." between the count and its cue
        ("Twelve people, most of them women, were killed.", [F("killed", 12)]),
        ("Nine people, all of them farmers, died.", [F("killed", 9)]),
        # driven from home, taking refuge
        ("More than 2,000 people have been forced from their homes.", [F("displaced", 2000, "more_than")]),
        ("About 500 families were forced to seek refuge in schools.", [F("displaced", 500, "about")]),
        # a phrase after the counted noun, then the verb of the cue
        ("514 residents of the Dorin region are currently considered missing.", [F("missing", 514, group="residents")]),
        ("7 workers at the plant were injured.", [F("injured", 7, group="workers")]),
        ("20 people in the village of Velna were killed.", [F("killed", 20)]),
        ("12 soldiers from the brigade have been killed.", [F("killed", 12, group="soldiers")]),
        # ... not a verb of another clause, nor a phrase without an auxiliary
        ("5 people at the hospital said they saw the strike.", [F("other", 5, what="people")]),
        ("40 houses in the town were destroyed.", [F("other", 40, what="houses")]),
        # ... an intransitive verb right after the phrase; a weapon's count stays a count
        ("About 2,000 members of the armed forces lost their lives.", [F("killed", 2000, "about", group="members")]),
        ("Some 40 people from the village fled.", [F("displaced", 40, "about")]),
        ("3 rockets from the base killed 12 people.", [F("other", 3, what="rockets"), F("killed", 12)]),
        # "one" as a determiner inside the counted noun's phrase counts nothing
        ("Seven members of one family were killed in the strike.", [F("killed", 7, group="members")]),
        ("Six members of one family were among those killed.", [F("killed", 6, group="members")]),
        # without a count before it, 'of one' is the count: 'the death of one (protester)'
        ("Police fired on the march, leading to the death of one student.", [F("killed", 1)]),
        ("A feud over pasture caused the death of one and several huts were burned.", [F("killed", 1)]),
        # a breakdown between commas before the verb
        ("All 120 people on board, 110 passengers and 10 crew, were killed.",
         [F("killed", 120), F("other", 110, group="passengers", what="passengers"), F("other", 10, what="crew")]),
        # a manner adverb before the cue, an estimate before the verb
        ("Hundreds of villagers were brutally massacred.", [F("killed", 100, "vague", group="villagers")]),
        ("Thousands of residents are estimated to have died.", [F("killed", 1000, "vague", group="residents")]),
        # an unknown fate or whereabouts is a count of the missing
        ("The fate of 14 of the detainees is still unknown.", [F("missing", 14, group="detainees")]),
        ("The fate of 7 hostages taken in the raid is unclear.", [F("missing", 7, group="hostages")]),
        ("12 sailors whose whereabouts remain unknown were on the ship.", [F("missing", 12, group="sailors")]),
        ("More than 7,500 residents fled.", [F("displaced", 7500, "more_than", group="residents")]),
        ("Around 40 houses were destroyed.", [F("other", 40, "about", what="houses")]),
        ("The rocket was launched about 45km from the town.", [F("other", 45, "about", what="km")]),
        ("They fired 12 rockets at the town.", [F("other", 12, what="rockets")]),
        ("Damage was put at $2 million.", [F("other", 2000000, what="USD")]),
        ("Losses reached 5 billion manats.", [F("other", 5000000000, what="AZN")]),
    ],
)
def test_figures_kind_from_cue(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the village, killing 10 and injuring 34.", [F("killed", 10), F("injured", 34)]),
        ("At least five killed and seven wounded.", [F("killed", 5, "at_least"), F("injured", 7, "at_least")]),
        ("More than 40 people died and more than 90 were wounded.",
         [F("killed", 40, "more_than"), F("injured", 90, "more_than")]),
        ("17 people were killed and 29 went missing.", [F("killed", 17), F("missing", 29)]),
        ("The strike killed 10 to 15 people.", [F("killed", 10, "range")]),
        ("Blast kills at least 20, wounds 35", [F("killed", 20, "at_least"), F("injured", 35)]),
        ("DeathsAt least 51 people", [F("killed", 51, "at_least")]),
        ("The toll stood at 43 with 61 wounded.", [F("killed", 43), F("injured", 61)]),
    ],
)
def test_figures_coordination_and_distribution(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people, including two children, were killed.", [F("killed", 3)]),
        ("The raid killed 35 people, including 9 children.", [F("killed", 35)]),
        ("At least 64 villagers including 17 children died.", [F("killed", 64, "at_least", group="villagers")]),
        ("The toll rose to 50. Of these, 5 are children.", [F("killed", 50)]),
        ("The attack killed 35 people; 12 of the dead were children.", [F("killed", 35)]),
        ("Researchers identified 12 of the dead.", [F("killed", 12, "at_least")]),
        ("Militants attacked a post, killing 9 of them.", [F("killed", 9)]),
        # "Of the 30 passengers, 12 were killed": the whole is no member of a list of the killed
        ("Of the 30 passengers, 12 were killed.", [F("other", 30, group="passengers", what="passengers"), F("killed", 12)]),
        # a whole of another kind before: the killing verb counts the part
        ("Troops clashed with 4 armed men and killed 1 of them.", [F("other", 4, group="armed men", what="armed"), F("killed", 1)]),
        ("Gunmen attacked 12 farmers, killing 5 of them.", [F("other", 12, group="farmers", what="farmers"), F("killed", 5)]),
        ("In total, 95 people, including women, old men and infants, were taken prisoner.", [F("captured", 95)]),
    ],
)
def test_figures_subgroup_is_not_a_second_figure(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No casualties were reported.", [F("killed", 0), F("injured", 0)]),
        ("Nobody was killed in the blast.", [F("killed", 0)]),
        ("Two of the three rockets did not explode.", [F("other", 3, what="rockets")]),
        ("There were no reported casualties.", [F("killed", 0), F("injured", 0)]),
        ("Luckily there were no deaths or injuries.", [F("killed", 0), F("injured", 0)]),
        # "not a single / not one <person> was harmed / killed / wounded": zero of those kinds
        ("\"Not a single local villager suffered any harm,\" the statement said.", [F("killed", 0), F("injured", 0)]),
        ("Not a single civilian was killed in the raid, the army said.", [F("killed", 0)]),
        ("Not one soldier was wounded.", [F("injured", 0)]),
        # ... a house is no casualty: "not a single house left" counts houses (0), not the killed or injured
        ("There was not a single house left standing.", [F("other", 0, what="house")]),
        # "not" before a number denies it; "not fewer than" is a lower bound
        ("The toll was not 30, officials said, but 45.", [F("killed", 45)]),
        ("The strike killed not fewer than 12 civilians.", [F("killed", 12, "at_least", group="civilians")]),
    ],
)
def test_figures_negation(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed the imam near the mosque.", [F("killed", 1)]),
        ("A civilian was killed and 30 were injured.", [F("killed", 1), F("injured", 30)]),
        ("The driver of the truck was kidnapped.", [F("captured", 1)]),
        ("A soldier was killed and 3 others were killed later.", [F("killed", 3)]),
        ("Two gunmen shot and killed Colonel Ahmed Said in the city.", [F("other", 2, group="gunmen", what="gunmen"), F("killed", 1)]),
        ("The victim was killed and then left on the road.", [F("killed", 1)]),
        ("2 soldiers were shot and killed by gunmen.", [F("killed", 2, group="soldiers")]),
        ("In addition to the bomber, five soldiers were killed.", [F("killed", 1), F("killed", 5, group="soldiers")]),
        ("In the town, a man was shot to death near the market.", [F("killed", 1)]),
        ("A suspect was shot and died at the scene.", [F("killed", 1)]),
        ("Unknown gunmen assassinated a pastor in the village.", [F("killed", 1)]),
        ("A local trader was hacked to death on the road.", [F("killed", 1)]),
        ("A pedestrian was shot and wounded on the bridge.", [F("injured", 1)]),
        ("A youth was found dead in the river.", [F("killed", 1)]),
        # a name alone as the subject of a passive killing verb, with or without an apposition
        ("Okonkwo, a district councillor, was shot dead in the attack.", [F("killed", 1)]),
        ("Police said Tarek Haddad was killed on the road.", [F("killed", 1)]),
        # a pronoun subject of the passive is one person named before
        ("According to one account, he was killed by a sniper during the battle.", [F("killed", 1)]),
        ("Everyone was killed in the attack.", []),
        # a first participle and its phrase before the killing verb of the passive
        ("A trader was abducted by two men and stabbed to death near the market.", [F("killed", 1), F("captured", 1), F("other", 2, group="men", what="men")]),
        ("A police officer was shot in the head and died.", [F("killed", 1)]),
        # three words between the article and the noun ("the district court's administrative chief")
        ("Gunmen shot and killed the district court's administrative chief.", [F("killed", 1)]),
        # "killing the X"
        ("The vest went off, killing the bomber, but nobody else was hurt.", [F("killed", 1)]),
        # "the body of a man (was found)" is one dead; "the soldier later died"
        ("The burnt body of a woman was found near the lake.", [F("killed", 1)]),
        ("He carried the body of his father to the cemetery.", []),
        ("The guard later died in hospital.", [F("killed", 1)]),
        ("The corpses of around twenty fighters were found in the valley.", [F("killed", 20, "about", group="fighters")]),
        # present-tense headlines ("Gunmen kill a ..."), not an intention ("vowed to kill the ...")
        ("Gunmen kill an elderly missionary near the border.", [F("killed", 1)]),
        ("Rebels vowed to kill the commander.", []),
        ("Police shoot and kill a protester.", [F("killed", 1)]),
        # "until the last man" stands for everyone: no figure of one
        ("The garrison held the town until the last man was killed.", []),
        # headline style without an article: a bare noun opening the sentence, or a bare object
        ("Ranger killed by poachers near the reserve.", [F("killed", 1)]),
        ("Retired guard was shot dead outside his shop.", [F("killed", 1)]),
        ("A herder killed near the well, cattle taken.", [F("killed", 1)]),
        ("Soldier wounded in border skirmish.", [F("injured", 1)]),
        ("Villagers kill suspected bandit in market brawl.", [F("killed", 1)]),
        # the bare noun does the killing or is an adjective: no victim of one
        ("Gunman killed two guards at the gate.", [F("killed", 2, group="guards")]),
        ("The shelling killed civilian residents of the quarter.", []),
        # an apposition between the noun and the passive verb; a longer noun phrase after the verb
        ("A rebel commander, Tomas Ordel, was killed in the strike on his farm.", [F("killed", 1)]),
        ("Gunmen shot and killed a retired regional police unit commander at his gate.", [F("killed", 1)]),
        ("A police sergeant was shot dead at the checkpoint.", [F("killed", 1)]),
        # "<verb> a girl to death"
        ("Raiders clubbed an old shepherd to death near the river.", [F("killed", 1)]),
    ],
)
def test_figures_singular_victim_is_one(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an apposition describing the counted people stands between the count and its verb
        ("Three officials, a district judge and two clerks, were killed in the blast.", "killed", 3),
        ("Two men, the owner of the shop and his cousin, were shot dead.", "killed", 2),
        ("1 civilian, a retired teacher, was killed by a stray shell.", "killed", 1),
        # no auxiliary after the second comma: a list of acts, the count keeps the verb before it
        ("The strike on the town killed 12 people, all civilians, injured 40 and destroyed a school.", "killed", 12),
    ],
)
def test_figures_apposition_between_count_and_cue(text: str, kind: str, value: int) -> None:
    first = next(f for f in _figures(text) if f["kind"] != "other")
    assert (first["kind"], first["value"]) == (kind, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, 4 militiamen, 1 soldier, and 1 policeman died in the ambush.",
         [("killed", 4, None, "exact", "killed.after+list"),
          ("killed", 1, "soldier", "exact", "killed.after+list"),
          ("killed", 1, "policeman", "exact", "killed.after+list")]),
        # a leading qualifier is distributed over the list, which still shares the cue
        ("At least 9 gunmen and four policemen were killed in the clash.",
         [("killed", 9, "gunmen", "at_least", "killed.after+list"),
          ("killed", 4, "policemen", "at_least", "killed.after+distributed+list")]),
    ],
)
def test_figures_list_parts_share_the_cue(text: str, expected: list[tuple]) -> None:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    got = [(m.label, m.data["value"], m.data["group"], m.data["qualifier"], m.rule) for m in doc.spans["figures"]]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 20-year-old man survived the attack.",
        "Turnout rose to 15% in the city.",
        "The town lies 45 km from the front.",
        "The siege lasted 44 days.",
        "On 27 April 2020 nothing happened.",
        "It happened at 10:30 in the morning.",
        "Article 5 of the treaty applies.",
        "In 1992 the war began.",
    ],
)
def test_figures_ignores_non_figures(text: str) -> None:
    assert [f for f in _figures(text) if f["kind"] != "other"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court cited the 1948 convention in its ruling on the attack that killed 12 people.",
         [("killed", None, 12)]),
        ("The 2018 elections came after the raid in which 9 people died.", [("killed", None, 9)]),
        ("In the attack 1948 houses were destroyed and 12 people were killed.",
         [("other", "houses", 1948), ("killed", None, 12)]),
    ],
)
def test_figures_year_is_not_a_counted_object(text: str, expected: list[tuple]) -> None:
    from claimledger.extract.pipeline import extract
    from tests.conftest import make_source

    found = [(f.kind, f.what, f.value) for c in extract(make_source(text)) for f in c.figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative partitive, an abstract noun, coordinates and a reporter's interviews are no counts
        ("The town was one of the largest in the valley.", []),
        ("The raid is just one example of the abuses.", []),
        ("The site lies at 17°03′54″N 43°36′01″E.", []),
        ("The team interviewed 52 survivors of the raid.", []),
        ("Reporters drew on accounts of 23 survivors.", []),
        # counted objects and people stay
        ("Three of the hospitals were destroyed and 40 houses burned.", [("other", "hospitals", 3), ("other", "houses", 40)]),
        ("The shelter held about 1,000 people.", [("other", "people", 1000)]),
    ],
)
def test_figures_other_noise_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["what"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    "text", ["Soldiers shot dead 14 villagers.", "Gunmen gunned down 14 villagers.", "The militia beheaded 14 villagers."])
def test_figures_killing_verbs_before_the_count(text: str) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == [("killed", 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" as a determiner or pronoun is no count
        ("One witness said the convoy burned.", []),
        ("The report quoted one farmer as saying the bridge fell.", []),
        ("One of the shells hit a clinic.", []),
        ("A nurse treated another one near the gate.", []),
        # "one" that counts: a known object, a casualty cue, a list of counts
        ("The battery fired one missile at the depot.", [("other", "missiles", 1)]),
        ("One of the guards was killed.", [("killed", None, 1)]),
        ("The rebels hold 25 villages and one town.", [("other", "villages", 25), ("other", "villages", 1)]),
        ("The one-day truce ended.", [("other", "day", 1)]),
        # a number word in a name is no count; a sentence-initial one may be
        ("Pilgrims kept a copy of the Ten Commandments there.", []),
        ("Three Azerbaijanis were detained.", [("captured", None, 3)]),
    ],
)
def test_figures_indefinite_one_is_no_count(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["what"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    "after",
    [" houses were destroyed", " of the mosques", " new apartment blocks", " rockets hit", " dollars", " US dollars",
     " million euros", " prisoners were freed", " refugees", " IDPS arrived", " people", " were killed", "", " ₴"],
)
def test_figures_first_cue_joined_as_loop(after: str) -> None:
    """The joined regex of ordered cues gives the label the loop over them gives."""
    from claimledger.extract.figures import _cues

    low = after.lower()
    for first in (_cues().objects, _cues().after_weak, _cues().cur_after_first):
        assert first.joined is not None
        loop = next((label for label, cue in first.cues if cue.match(after, low)), None)
        assert first.first(after, low) == loop
        assert first.first(after, None) == loop


@pytest.mark.parametrize(
    "before",
    ["the boy, aged ", "children AGED ", "see No. ", "under Article ", "on March ", "on march ", "since Sept. ",
     "killing ", "(page ", "the route ", "he spoke to ", "", "in January\n"],
)
def test_figures_skip_before_split_as_one(before: str) -> None:
    """The skip cue split in a caseless part and a case-sensitive part matches where the whole does."""
    from claimledger.extract.figures import _cues, rules

    whole = rules().skip_before.search(before) is not None
    assert (_cues().skip_before.search(before, before.lower()) is not None) is whole
    assert (_cues().skip_before.search(before, None) is not None) is whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers found 29 body fragments in the rubble.", [("other", 29)]),
        ("Rescuers found 12 body parts near the crater.", [("other", 12)]),
        ("Rescuers recovered 14 bodies from the rubble.", [("killed", 14)]),
        # an organisation is a body too: "one of the official bodies" counts no dead
        ("The statement came from one of the official bodies of the region.", []),
        ("The ministry is one of the state bodies that reported it.", []),
        ("Searchers found 9 bodies near the state border.", [("killed", 9)]),
        # bodies that remain unidentified / unclaimed are a part the text does not add up: another count
        ("Another 70 bodies remain unidentified.", [("other", 70)]),
        ("Some 15 bodies are still unclaimed at the morgue.", [("other", 15)]),
    ],
)
def test_figures_body_parts_are_not_the_dead(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the killing(s)/deaths of N" with an inserted phrase between the noun and "of"
        ("Observers documented the killing, including summary executions, of about 40 civilians.",
         [F("killed", 40, "about", group="civilians")]),
        ("The deaths, mostly among the elderly, of 30 residents were confirmed.", [F("killed", 30, group="residents")]),
        ("The killings of 8 farmers were condemned.", [F("killed", 8, group="farmers")]),
    ],
)
def test_figures_killing_noun_with_insertion(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of people that the rest of the sentence says all died is a count of the killed
        ("Witnesses said that upward of 80 people were in the yard, and that everyone there died.",
         [F("killed", 80, "more_than")]),
        ("About 40 passengers were on the bus and all of them were killed.", [F("killed", 40, "about", group="passengers")]),
        ("Some 30 people were trapped but all survived.", [F("other", 30, "about", what="people")]),
        ("200 people attended the funeral, where all mourned those who died.", [F("other", 200, what="people")]),
    ],
)
def test_figures_everyone_counted_died(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mass graves (13 so far) were found near the river.", [F("other", 13, what="graves")]),
        ("These shelters (40 in all) were hit.", [F("other", 40, what="shelters")]),
        ("The population of the town, which stood at 31.6 thousand before the war, fled.",
         [F("other", 31600, what="population")]),
        ("A city with a population of 1.3 million was shelled.", [F("other", 1_300_000, what="population")]),
        # an estimate, tally or count of a number with no cue of its own
        ("That is twice the council's first estimate of 300, making it the worst attack.",
         [F("other", 300, what="estimate")]),
        ("The monitors' tally of 85 was higher.", [F("other", 85, what="tally")]),
        # ... a cue after the number still decides the kind
        ("Their tally of 12 dead was disputed.", [F("killed", 12)]),
        # a count's parenthesised breakdown stays a list of places, not counts of the noun before it
        ("Of the 20 schools (12 in Alderbury, 8 in Branford) none reopened.",
         [F("other", 20, what="schools")]),
    ],
)
def test_figures_count_whose_noun_comes_before(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town, with an area of 0.97 thousand km², lay north of the river.", [F("other", 970, what="km²")]),
        ("A zone of 40 km2 was mined.", [F("other", 40, what="km2")]),
        ("The 300 m² hall burned.", [F("other", 300, what="m²")]),
    ],
)
def test_figures_area_units_are_measures(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits after a capitalised word in mid-sentence, counting nothing named after them: a model or a name
        ("A Velna Air Boeing 737 flying from the capital crashed.", []),
        ("Traffic on Route 66 stopped at noon.", []),
        ("The crater was left by a laser-guided Mk 82 bomb.", []),
        # ... a plural noun after it is counted
        ("The army fired Grad 40 rockets at the town.", [F("other", 40, what="rockets")]),
        # ... a count after a place name still counts
        ("In Dorin 12 people died.", [F("killed", 12)]),
    ],
)
def test_figures_model_number_is_no_count(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counts of a vote are no figures of an incident
        ("Ninety-one states voted in favour, 12 against and 40 abstained.", []),
        ("The resolution passed with 120 votes in favour and 9 against.", []),
        ("Deputies approved it: 210 voted for, 14 against.", []),
        # a toll beside the word stays
        ("The strike killed 14 people, officials said, against the army's claim of none.", [F("killed", 14)]),
    ],
)
def test_figures_vote_counts_are_no_figures(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person and a relative are two victims
        ("A man and his son were killed in the strike.", [F("killed", 2)]),
        ("He and his wife were seriously injured by the blast.", [F("injured", 2)]),
        # ... a number given wins; not without a casualty verb
        ("A woman and her two daughters were killed.", [F("killed", 2)]),
        ("He and his son said they saw the blast.", []),
    ],
)
def test_figures_a_person_and_a_relative_are_two(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "after",
    [" people were killed in the raid", " were wounded", " rockets hit the depot", " houses, officials said", "",
     " were abducted and later killed", " villagers wounded and two missing", " residents have fled the area"],
)
def test_figures_after_gate_keeps_cues(after: str) -> None:
    """The first-letters gates of the after cues (all kinds, and each kind) never hide a cue: the same
    result as every cue tried."""
    import dataclasses

    from claimledger.extract.figures import _after_cue, rules

    R = rules()
    assert R.after_gate is not None
    assert R.after_low is not None and len(R.after_kind_gates) == len(R.after_low)
    assert _after_cue(after, R) == _after_cue(after, dataclasses.replace(R, after_gate=None, after_kind_gates=()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small vague counts of people: ACLED's 3 for "several" and "a few", 2 for "both"
        ("Several villagers were killed in the raid.", [F("killed", 3, "vague", group="villagers")]),
        ("Raiders shot several herders dead near the well.", [F("killed", 3, "vague", group="herders")]),
        ("A few guards were wounded at the gate.", [F("injured", 3, "vague", group="guards")]),
        ("Two traders were stopped at the border; both were later killed.", [F("other", 2, what="traders"), F("killed", 2, "vague")]),
        # counted objects and times are no count for them, nor is 'both X and Y'
        ("The wounded were taken to several hospitals.", []),
        ("Several days later the convoy returned.", []),
        ("Both soldiers and civilians were killed in the blast.", []),
        # 'left' is no killing verb: the noun after the count tells ("left 4 dead", "left 4 injured")
        ("The blast left three districts without power.", [F("other", 3, what="villages")]),
        ("The blast left 4 people wounded.", [F("injured", 4)]),
    ],
)
def test_figures_small_vague_counts_of_people(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason clause ('as', 'because') after 'the toll' starts a new statement: its count is not the toll
        ("The toll was not final as the wounded were taken to three hospitals.", [F("other", 3, what="hospitals")]),
        ("The toll as of Monday stood at 37.", [F("killed", 37)]),
    ],
)
def test_figures_toll_does_not_reach_into_a_reason_clause(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing named right after the number is what it counts, whatever verb follows
        ("Two mortar rounds killed 3 people.", [F("other", 2, what="shells"), F("killed", 3)]),
        ("Twelve mines were neutralised in the area.", [F("other", 12, what="mines")]),
        ("4 Russian drones were shot down and 3 soldiers killed.", [F("other", 4, what="drones"), F("killed", 3, group="soldiers")]),
        # people counted stay casualties, with a place or vehicle named after them
        ("Five people in cars were killed.", [F("killed", 5)]),
        # 'neutralised' after the people counted is a killing verb ('left N dead' reads the same way)
        ("The operation left 20 militants neutralised.", [F("killed", 20, group="militants")]),
        ("30 fighters were neutralised near the border.", [F("killed", 30, group="fighters")]),
    ],
)
def test_figures_things_counted_before_a_casualty_verb(text: str, expected: list[dict]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live blog's timestamp: neither the hour nor the minutes count anything
        ("14:37 - A witness told us that 6 people were killed.", [("killed", 6)]),
        ("09:05 - Welcome to our coverage.", []),
        ("Update at 21:50: rescuers say 11 people died.", [("killed", 11)]),
    ],
)
def test_figures_clock_time_is_no_count(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N people with <kind of> wounds/injuries": a count of the injured
        ("Medics treated more than 40 people with gunshot wounds.", [("injured", 40)]),
        ("The clinic received 9 men with shrapnel wounds overnight.", [("injured", 9)]),
        ("Rescuers pulled 3 people with serious injuries from the rubble.", [("injured", 3)]),
        ("Two soldiers with minor injuries returned to duty.", [("injured", 2)]),
        # "with" and a noun that is no wound keeps the count generic
        ("Some 5 people with disabilities were among the residents.", [("other", 5)]),
    ],
)
def test_figures_people_with_wounds_are_injured(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lost" / "the loss of" count the dead only when the number counts people
        ("The garrison lost four soldiers when the convoy was ambushed.", [("killed", 4)]),
        ("The militia mourned the loss of two of its fighters near the river.", [("killed", 2)]),
        ("Both units reported the loss of 11 servicemen in the assault.", [("killed", 11)]),
        ("The battalion lost three tanks and a truck in the assault.", [("other", 3)]),
        ("The storm caused the loss of 250 homes along the coast.", [("other", 250)]),
        ("The patrol lost contact with six soldiers after the ambush.", [("other", 6)]),
    ],
)
def test_figures_lost_people_are_killed(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people seized, rounded up or snatched are captured; things seized are counted things
        ("Raiders seized 14 road workers at a checkpoint outside the town.", [("captured", 14)]),
        ("The militia seized nine passengers as hostages when it stopped the bus.", [("captured", 9)]),
        ("Soldiers rounded up about 60 men in the market on Friday.", [("captured", 60)]),
        ("Kidnappers snatched three nurses from their camp at night.", [("captured", 3)]),
        ("The group is still holding 22 fishermen taken from two boats.", [("captured", 22), ("other", 2)]),
        ("Customs officers seized 40 rifles and 3,000 rounds at the port.", [("other", 40), ("other", 3000)]),
        ("The army seized 12 hectares of farmland for the new base.", [("other", 12)]),
    ],
)
def test_figures_people_seized_are_captured(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people forced to leave their homes, driven out or uprooted are displaced
        ("The shelling forced more than 9,000 people to flee their homes along the border.", [("displaced", 9000)]),
        ("The fighting forced 300 families to abandon their villages in the hills.", [("displaced", 300)]),
        ("The raids drove out about 2,500 residents from the valley.", [("displaced", 2500)]),
        ("The violence uprooted nearly 18,000 people last spring.", [("displaced", 18000)]),
        ("Some 4,000 villagers were uprooted by the offensive.", [("displaced", 4000)]),
        # trying to flee is no displacement: the verb before counts
        ("Troops shot dead 7 villagers trying to flee their homes at dawn.", [("killed", 7)]),
        ("Militiamen killed 5 men who were attempting to leave their village.", [("killed", 5)]),
        ("The bus drove 30 soldiers to the front line on Monday.", [("other", 30)]),
    ],
)
def test_figures_people_forced_out_are_displaced(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at one point / stage / moment" is a time, not a count
        ("The number of wounded climbed at one point, the officials said.", []),
        ("Reporters confused the number of injured with the dead at one stage of the count.", []),
        ("At one point, 12 people were wounded near the gate.", [("injured", 12)]),
        ("One guard was killed and one was injured at the gate.", [("killed", 1), ("injured", 1)]),
    ],
)
def test_figures_one_point_in_time_is_no_count(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total after "bringing / raising / taking ... to" counts its kind; an increment before it is a part
        ("Three further patients died in the ward, bringing the deaths recorded at the clinic to 12.",
         [("other", 3), ("killed", 12)]),
        ("Two more bodies were found on Sunday, raising the death toll in the valley to 41.",
         [("other", 2), ("killed", 41)]),
        ("Another four people were hurt overnight, bringing the injured in the town to 60.",
         [("other", 4), ("injured", 60)]),
        ("Late on Friday the clinic took its dead from the siege to 17, staff said.", [("killed", 17)]),
        # no increment word: two counts of their own (the day's and the month's)
        ("The raid killed 40 people on Friday, bringing the number of dead this month to 120.",
         [("killed", 40), ("killed", 120)]),
    ],
)
def test_figures_running_total_after_an_increment(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and another <verb>": one more victim, of the second verb's kind
        ("One policeman was killed and another wounded at the checkpoint.", [("killed", 1), ("injured", 1)]),
        ("A herder was injured and another killed when the mine went off.", [("injured", 1), ("killed", 1)]),
        ("One soldier died and another was badly hurt in the ambush.", [("killed", 1), ("injured", 1)]),
        ("One guard was killed and another man was abducted from the post.", [("killed", 1), ("captured", 1)]),
        # "another" naming no victim of a casualty verb
        ("One soldier was killed and another convoy was delayed.", [("killed", 1)]),
    ],
)
def test_figures_and_another_is_one_more_victim(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation mark between the verb and its count
        ('The movement said its fighters killed "more than 20 soldiers" at the base.', [("killed", 20, "more_than")]),
        ("The army said it had killed “12 insurgents” in the hills.", [("killed", 12, "exact")]),
        ('Witnesses said the troops "killed" 14 villagers.', [("killed", 14, "exact")]),
        ('The statement spoke of "wounding 9" guards.', [("injured", 9, "exact")]),
    ],
)
def test_figures_quoted_count_after_its_verb(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"], f["qualifier"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one count of the killed and the wounded together is neither: an other figure
        ("The strike killed or wounded 40 people.", [("other", 40, "killed or injured")]),
        ("The blast left 25 people dead or wounded.", [("other", 25, "killed or injured")]),
        ('The group said it had killed and wounded "at least 30" guards.', [("other", 30, "killed or injured")]),
        # two counts, one of each
        ("The raid killed 5 and wounded 12.", [("killed", 5, None), ("injured", 12, None)]),
        ("12 people were killed and 30 wounded.", [("killed", 12, None), ("injured", 30, None)]),
    ],
)
def test_figures_killed_or_wounded_together_is_other(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["value"], f["what"]) for f in _figures(text)] == expected


_GATE_TEXTS = [
    "No one was hurt. Nobody died, without injuries; none of them were killed.",
    "Not a single person was injured, officials said; in addition to the two dead, 5 were wounded.",
    "The total stood at 40 altogether. Ten people were killed and 4 wounded in all.",
    "Fighting went on into the night; the shelling resumed at dawn.",
    "İstanbul: noone was wounded.",  # lower-casing changes the length: the case-insensitive regex runs
]


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_figures_gated_cues_match_as_their_regex(text: str) -> None:
    """A cue skipped by its gate strings (``str.find``) has no match: every cue finds what its regex finds."""
    from claimledger.extract.fastre import caseless_text

    C = figures._cues()
    cues = [C.negation_trigger, C.total, *(cue for cue, _ in C.negation), *(cue for _, cue in C.cur_after)]
    cues += [C.in_addition] if C.in_addition is not None else []
    assert any(cue.gate for cue in cues)
    low = caseless_text(text)
    for cue in cues:
        for a, b in ((0, len(text)), (3, len(text) - 4), (10, 30)):
            got = cue.search(text, low, a, b)
            want = cue.rx.search(text, a, b)
            assert (got.span() if got else None) == (want.span() if want else None)
            assert [m.span() for m in cue.finditer(text, low, a, b)] == [m.span() for m in cue.rx.finditer(text, a, b)]
