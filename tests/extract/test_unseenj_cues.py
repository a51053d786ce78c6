"""Place and date cues found by checking the tenth own-written unseen set claim by claim (tests/data/unseen/unseenj).

Every sentence here is written for the test; names, parties and days are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "date_text", "rule"),
    [
        # a date after "that" belongs to the reported clause, not to the telling
        ("Villagers told the inspectors that on 2 April a gang burned 8 huts.", D(2016, 4, 20), "2 April", "dm"),
        ("The mayor said that on Monday 4 guards were shot at the depot.", D(2016, 4, 20), "Monday", "weekday"),
        ("Witnesses reported to the panel that late on 9 March soldiers beat 20 men.", D(2016, 4, 20), "9 March",
         "dm"),
        # the day of the telling itself stays a report date
        ("Villagers told the inspectors on 2 April that a gang burned 8 huts.", D(2016, 4, 20), "2 April", "report"),
        ("The mayor said on Monday that 4 guards were shot at the depot.", D(2016, 4, 20), "Monday", "report"),
    ],
)
def test_a_date_after_that_is_the_reported_event_s(text: str, published: dt.date, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, published)}
    assert found[date_text] == rule
