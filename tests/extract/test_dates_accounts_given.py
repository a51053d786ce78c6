"""The day an account, a note or a letter was given to someone, the day whose edition or broadcast is
meant and the day a toll was given are days of reports, not of the incident they tell of (rule ``report``)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates

PUBLISHED = dt.date(2001, 6, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked the camp on Saturday. Two guards were killed, according to the account given to the "
         "monitors on Sunday.", [("Saturday", "weekday"), ("Sunday", "report")]),
        ("Their reply, in a note passed to the commission on Monday evening, denied any role.",
         [("Monday", "report")]),
        ("The letter was sent to the ministry on 4 May.", [("4 May.", "report")]),
        ("Their testimony was passed over to the tribunal on Tuesday.", [("Tuesday", "report")]),
        # an incident's own day stays one
        ("A bomb exploded on Sunday near the market.", [("Sunday", "weekday")]),
    ],
)
def test_dates_day_an_account_was_given_is_a_report_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[d.start:d.end], d.rule) for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An article in Monday's edition said that five guards were killed when gunmen attacked the post on "
         "Saturday evening.", [("Monday", "report"), ("Saturday", "weekday")]),
        ("Wednesday's bulletin reported three deaths in the camp.", [("Wednesday", "report")]),
        ("Aid workers reported two people killed; the district hospital gave the same toll on Friday.",
         [("Friday", "report")]),
        ("The governor gave a higher figure on Thursday evening.", [("Thursday", "report")]),
        # an event's day stays one
        ("Saturday's attack killed four.", [("Saturday", "weekday")]),
    ],
)
def test_dates_day_of_an_edition_or_a_toll_is_a_report_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[d.start:d.end], d.rule) for d in find_dates(text, PUBLISHED)] == expected
