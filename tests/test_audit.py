"""Audit rules: each with texts written for the test, one that must fire and one that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.audit import RULES, audit_document
from claimledger.models import ClaimIn
from tests.incident_builders import as_out, claim, fig, place_spans

# (rule, text that must raise it, a similar text that must not)
TEXT_CASES = [
    ("stated_sum",
     "The 12,400 displaced from the north and the 3,100 from the coast make a total of 15,900 displaced people.",
     "The 12,400 displaced from the north and the 3,100 from the coast make a total of 15,500 displaced people."),
    ("part_exceeds_whole",
     "The flood destroyed 14 bridges, including 30 railway bridges, across the valley.",
     "The bombardment killed 31 residents, including women and old men, and injured 140."),
    ("part_exceeds_whole",
     "The blast killed 20 people, including 13 women and 22 children.",
     "The blast killed 64 people, including 11 women and 19 children, and hurt more than 200."),
    ("breakdown_sum",
     "The charity said 22 people were killed: 12 members of its staff and seven patients.",
     "The charity said 19 people were killed: 12 members of its staff and seven patients, three of them children."),
    ("weekday_mismatch",
     "Thousands gathered on Saturday, 11 July 2024, for the anniversary.",
     "Thousands gathered on Thursday, 11 July 2024, for the anniversary."),
    ("place_in_two_areas",
     ("Troops entered the village of Ostrava in the Lesna district.\n\nLater the villages of Ostrava and Dolny "
     "in Horna were shelled."),
     ("Troops entered the village of Ostrava in the Lesna district.\n\nLater the villages of Ostrava and Dolny "
     "in Lesna were shelled.")),
    ("percent_over_100",
     "Officials said 130% of the registered voters in the district had been displaced.",
     "Food prices rose by 130 percent in the besieged town."),
    ("date_year_typo",
     "The operation began on 19 September 2023.\n\nThe arrests took place on 19 September 2003 in the region.",
     "Parliament met on February 25, 1997.\n\nThe massacre took place on February 25, 1992."),
    ("date_out_of_order",
     ("The siege began in March 2014. On 5 June 2014, the water was cut off. On 2 January 2013, the bridge was "
     "blown up. On 20 September 2014, the town fell."),
     ("The siege began in March 2014. On 5 June 2014, the water was cut off. On 2 August 2014, the bridge was "
     "blown up. On 20 September 2014, the town fell.")),
    ("impossible_date",
     "The convoy was attacked on February 30, 2021 near the border.",
     "The convoy was attacked on February 28, 2021 near the border."),
    ("repeated_enumeration",
     "The column had 12 tanks, 20 trucks, 40 soldiers, 12 tanks and 20 trucks of the reserve.",
     "The column had 12 tanks, 20 trucks, 40 soldiers and 8 trucks of the reserve."),
    ("repeated_list_item",
     ("It was condemned by the Assembly of Z, the Senate of the Republic of X, the Parliament of the Kingdom of Y "
     "and the Senate of the Republic of X."),
     "It was condemned by the Senate of the Republic of X, the Parliament of the Kingdom of Y and the Assembly of Z."),
    ("repeated_phrase",
     ("The commission said the killings must be recognised as crimes against humanity under the statute, the "
     "commission said the killings must be recognised as crimes against humanity in full."),
     "The commission said the killings must be recognised as crimes against humanity under the statute."),
]


@pytest.mark.parametrize(("rule", "bad", "good"), TEXT_CASES)
def test_audit_text_rule(rule: str, bad: str, good: str) -> None:
    found = [f for f in audit_document(bad) if f.rule == rule]
    assert len(found) == 1
    assert all(0 <= s < e <= len(bad) for s, e in found[0].spans)
    assert [f.rule for f in audit_document(good) if f.rule == rule] == []


def _doc(claims: list[ClaimIn]) -> tuple[str, list]:  # type: ignore[type-arg]
    text, _ = place_spans(claims)
    return text, as_out(claims, "d1")


def test_audit_parts_vs_total() -> None:
    claims = [
        claim(place="Town", country="XX", date="2021-05-02", figures=[fig("killed", 1), fig("injured", 30, "more_than")],
              body="Author", evidence="On May 2, 1 civilian was killed and more than 30 injured in Town."),
        claim(place="Town", country="XX", date="2021-05-09", figures=[fig("killed", 10), fig("injured", 40)],
              body="Author", evidence="On May 9, 10 civilians were killed and 40 injured in Town."),
        claim(place="Town", country="XX", date="2021-05-20", figures=[fig("killed", 16), fig("injured", 55)],
              body="Author", evidence="On May 20, 16 civilians were killed and 55 injured in Town."),
        claim(place="Town", country="XX", date="2021-05-01/2021-05-31", figures=[fig("killed", 26),
                                                                                  fig("injured", 175)],
              body="Prosecutor", evidence="In all the attacks on Town in May, 26 were killed and 175 injured."),
    ]
    text, out = _doc(claims)
    found = [f for f in audit_document(text, out) if f.rule == "parts_vs_total"]
    assert len(found) == 1  # killed 27 > 26; injured more than 126 fits 175
    assert "27" in found[0].message and "26" in found[0].message
    assert len(found[0].spans) == 4


def test_audit_parts_within_total_is_fine() -> None:
    claims = [
        claim(place="Town", country="XX", date="2021-05-02", figures=[fig("killed", 1)], evidence="May 2: 1 killed."),
        claim(place="Town", country="XX", date="2021-05-09", figures=[fig("killed", 10)], evidence="May 9: 10 killed."),
        claim(place="Town", country="XX", date="2021-05-01/2021-05-31", figures=[fig("killed", 26)],
              evidence="The strikes on Town in May killed 26."),
    ]
    text, out = _doc(claims)
    assert [f for f in audit_document(text, out) if f.rule == "parts_vs_total"] == []


@pytest.mark.parametrize(
    ("second", "values", "expected"),
    [
        ("Why did they shell Town, killing 21 people and injuring 70?", [21, 70], 1),
        ("The toll later rose to 21 killed and 70 injured in Town.", [21, 70], 0),  # revision wording
        ("Of these, 21 were killed and 70 injured in Town.", [21, 70], 0),  # a share
        ("Why did they shell Town, killing 21 people and injuring 112?", [21, 112], 0),  # injured agree
        ("Why did they shell Town, killing 21 people?", [21], 0),  # one kind only: may be a part
    ],
)
def test_audit_same_incident_figures(second: str, values: list[int], expected: int) -> None:
    second_figures = [fig("killed", values[0])] + ([fig("injured", values[1])] if len(values) > 1 else [])
    claims = [
        claim(place="Town", country="XX", figures=[fig("killed", 29), fig("injured", 112)], body="Speaker",
              evidence="The rocket attack on Town killed 29 civilians and injured 112."),
        claim(place="Town", country="XX", figures=second_figures, body="Speaker", evidence=second),
    ]
    text, out = _doc(claims)
    assert len([f for f in audit_document(text, out) if f.rule == "same_incident_figures"]) == expected


def test_audit_same_incident_figures_needs_the_same_body() -> None:
    claims = [
        claim(place="Town", country="XX", figures=[fig("killed", 9), fig("injured", 20)], body="Police",
              evidence="The police said 9 people died and 20 were hurt in Town."),
        claim(place="Town", country="XX", figures=[fig("killed", 50), fig("injured", 98)], body="Governor",
              evidence="The governor said 50 people died and 98 were hurt in Town."),
    ]
    text, out = _doc(claims)
    assert [f for f in audit_document(text, out) if f.rule == "same_incident_figures"] == []


def test_audit_date_after_publication() -> None:
    c = claim(place="Town", country="XX", date="2022-05-01", figures=[fig("killed", 3)],
              evidence="On 1 May 2022, 3 people were killed.")
    c = c.model_copy(update={"date": c.date.model_copy(update={"char_start": 3, "char_end": 13})})
    text, out = _doc([c])
    found = audit_document(text, out, published=dt.date(2022, 4, 1))
    assert [f.rule for f in found] == ["date_after_publication"]
    assert audit_document(text, out, published=dt.date(2022, 5, 3)) == []


@pytest.mark.parametrize(("published", "expected"), [("2022-04-10", 1), ("2022-05-20", 0)])
def test_audit_yearless_date_after_publication(published: str, expected: int) -> None:
    text = "The attack on the station took place on 8 May, officials said."
    pub = dt.date.fromisoformat(published)
    from claimledger.extract.dates import find_dates

    (match,) = [m for m in find_dates(text, pub) if text[m.start:m.end] == "8 May"]
    c = claim(place="Town", country="XX", date=match.first.isoformat(), evidence=text)  # type: ignore[union-attr]
    c = c.model_copy(update={"date": c.date.model_copy(update={"char_start": match.start, "char_end": match.end,
                                                               "rule": "dm"})})
    found = [f for f in audit_document(text, as_out([c]), published=pub) if f.rule == "date_after_publication"]
    assert len(found) == expected


def test_audit_rules_are_all_covered() -> None:
    covered = {rule for rule, _, _ in TEXT_CASES} | {"parts_vs_total", "same_incident_figures",
                                                     "date_after_publication"}
    assert covered == set(RULES)


def test_audit_plain_news_text_has_no_findings() -> None:
    text = ("KYIV, April 9 (Wire) - At least 52 people were killed and 109 injured when a missile struck the "
            "railway station on Friday, the regional governor said. Of the dead, 5 were children. The death toll "
            "rose from 39 on Friday evening. About 4,000 people were at the station, 80% of them women and "
            "children, officials said. The ministry denied any involvement.")
    assert audit_document(text) == []
