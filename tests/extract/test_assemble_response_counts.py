"""Assemble: counts of the response to an incident (aid handed out, people served) or of the reporter's
own work (interviews, witnesses heard, observers, an appeal's amount) are no claim of the incident;
a casualty figure, or a count of the aid itself, keeps the claim (rules ``response_counts`` and
``method_counts`` in figures.json)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

_LEAD = "Militiamen attacked the market town of Rutshuru on 4 March 2023, killing 9 people.\n\n"


def _claims_of(sentence: str) -> list[str]:
    claims = extract(SourceText(doc_id="t", text=_LEAD + sentence + "\n", published=dt.date(2023, 3, 20)))
    return [c.evidence.text for c in claims if sentence[:15] in c.evidence.text]


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
    ],
)
def test_assemble_incident_count_beside_response_stays(sentence: str) -> None:
    assert _claims_of(sentence) != []
