"""Assemble: counts of the response to an incident (aid handed out, people served) or of the reporter's
own work (interviews, witnesses heard, observers, an appeal's amount), a deployment, mine clearance,
compensation, disarmament, or a person's family in an obituary line are no claim of the incident;
a casualty figure, or a count of the aid itself, keeps the claim (rules ``response_counts`` and
``method_counts``, ``family_counts`` in figures.json). "Two rival ..." and "the two
communities" name the sides of a quarrel, no count (figures.json two_sides_*). A sentence saying a place
"was not the only target" denies nothing (denial ``did_not`` in attribution.json)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

_LEAD = "Militiamen attacked the market town of Rutshuru on 4 March 2023, killing 9 people.\n\n"


def _claims_of(sentence: str) -> list[str]:
    """The evidence of the figure claims made from ``sentence`` (after a lead that tells of an incident)."""
    claims = extract(SourceText(doc_id="t", text=_LEAD + sentence + "\n", published=dt.date(2023, 3, 20)))
    return [c.evidence.text for c in claims if sentence[:15] in c.evidence.text and c.figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers handed out blankets and cooking sets to 640 families on Sunday.",
        "- Supplied emergency water to some 3,000 residents of the camp.",
        "Relief agencies have so far reached 12,500 displaced residents with cash assistance.",
        "Our findings rest on 27 interviews with farmers and traders from the valley.",
        "The panel spoke to 19 residents over two days.",
        "Each figure in this note was cross-checked against two separate sources.",
        "The observer group fielded 45 monitors across the region.",
        "Analysts examined 50-centimetre resolution pictures of the market.",
        "- Trained 60 nurses in the care of burns.",
        "Three relief flights landed at the airstrip on Friday.",
        "The flash appeal requires US$ 9 million for the next six months.",
        "Funding for the operation stands at 35 per cent of requirements.",
        "The governor said 250 extra police had been deployed to the district.",
        "The brigade dispatched 400 soldiers to guard the highway.",
        "In June, clearance teams released 18 hectares of farmland around the school.",
        "The families demand compensation of five million shillings each.",
        "Since the ceasefire, about 6,000 fighters have been demobilised.",
        "Ahmed, a baker, leaves behind his mother and five children.",
        "The teacher was the mother of three daughters.",
        "- Nutrition: US$ 3.5 million",
        "Health: US$ 2 million. Protection: US$ 1.2 million.",
        "Volunteers registered 31 tracing requests from separated families.",
        "- Bed occupancy reached 140 per cent on Monday.",
        "The share of attacks carried out with drones rose to 22 per cent.",
        "Supporters of two rival parties threw stones at each other near the bridge.",
        "Young men from the two clans gathered at the crossroads.",
    ],
)
def test_assemble_response_or_method_count_is_no_claim(sentence: str) -> None:
    assert _claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a casualty figure keeps the claim
        "Medics handed out food to 200 survivors, and 14 wounded were flown to the capital.",
        # the aid itself is counted, not the people served
        "The convoy delivered 80 tonnes of flour to the town.",
        # a displacement figure the witnesses give is no count of the reporter's work
        "The tribunal heard 11 witnesses, who said about 700 villagers fled into the forest.",
        # witnesses of the incident, not heard by the reporter
        "Some 300 people were sheltering in the church when the shells hit.",
        # two things counted, no sides
        "The gunmen burned two communities near the river.",
    ],
)
def test_assemble_incident_count_beside_response_stays(sentence: str) -> None:
    assert _claims_of(sentence) != []


def test_assemble_not_the_only_target_is_no_denial() -> None:
    # "was not the only target" adds a target: no party denies the incident
    text = (_LEAD + "Gunmen also opened fire on the bus depot the same morning. "
            "The market was not the only target.\n")
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2023, 3, 20)))
    assert not [c for c in claims if "not the only" in c.evidence.text]
    assert [c for c in claims if c.evidence.text.startswith("Militiamen")]


def test_assemble_a_party_that_did_not_strike_still_denies() -> None:
    text = _LEAD + "The army said its units did not target the market.\n"
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2023, 3, 20)))
    assert [c for c in claims if "did not target" in c.evidence.text and c.type == "denial"]


@pytest.mark.parametrize(
    ("sentence", "toll", "other"),
    [
        ("Police said 7 villagers died in the raid and that officers shot dead four gunmen as they fled.", 7, (4, "gunmen killed")),
        ("The army said 12 soldiers were killed in the ambush, and that troops killed 30 of the attackers.", 12, (30, "attackers killed")),
    ],
)
def test_assemble_attackers_killed_in_response_join_the_toll(sentence: str, toll: int, other: tuple[int, str]) -> None:
    # the attackers' dead are a counted object of the toll's claim, not a second claim beside it
    text = "Gunmen raided the village of Kouna on 2 May 2024.\n\n" + sentence + "\n"
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 10)))
              if c.figures and sentence[:12] in c.evidence.text]
    assert len(claims) == 1
    assert [(f.kind, f.value) for f in claims[0].figures if f.kind == "killed"] == [("killed", toll)]
    assert [(f.value, f.what) for f in claims[0].figures if f.kind == "other"] == [other]


def test_assemble_a_list_of_the_dead_of_both_sides_stays_killed() -> None:
    text = "Gunmen raided the village of Kouna on 2 May 2024.\n\nSix civilians and three militants were killed in the fighting.\n"
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 10))) if c.figures]
    assert [(f.kind, f.value) for c in claims for f in c.figures] == [("killed", 6), ("killed", 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve witnesses, most of them traders, said the market was full when the shells hit.",
        "The panel heard 35 witnesses over two months.",
        "Four eyewitnesses told reporters that the gate was locked.",
    ],
)
def test_witnesses_a_text_cites_are_no_figure(sentence: str) -> None:
    # the witnesses who tell the account are its source, not a count about the incident
    assert _claims_of(sentence) == []


def test_witnesses_cited_beside_a_count_leave_the_count() -> None:
    text = _LEAD + "According to four witnesses, the soldiers detained 6 farmers near the well.\n"
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2023, 3, 20)))
              if c.figures and "four witnesses" in c.evidence.text]
    assert [f.value for c in claims for f in c.figures] == [6]


def test_witnesses_among_the_people_heard_stay_counted() -> None:
    sentence = "More than 900 people, including 300 witnesses and 600 victims, gave evidence to the commission."
    text = _LEAD + sentence + "\n"
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2023, 3, 20)))
              if c.figures and sentence[:12] in c.evidence.text]
    assert 300 in [f.value for c in claims for f in c.figures]
