"""Logs and diaries whose entries stand under a line holding only a day: those lines are the entries'
headings (not a dateline), they date the entries' claims, and a year-less date in an entry takes the
year of the headings."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

D = dt.date

LOG = (
    "FIELD LOG, 4th Company\n"
    "Sector: northern hills\n\n"
    "{first}\n"
    "0540. Outpost on the eastern spur attacked by a band of about 30 men with rifles.\n"
    "0810. Own losses: 2 killed, 4 wounded.\n\n"
    "{second}\n"
    "Nothing to report until evening. 6 shells fell near the well during the night {night}, no casualties.\n\n"
    "{third}\n"
    "1020. A patrol found 3 enemy dead below the spur.\n"
)


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for c in extract(SourceText(doc_id="t", text=text)):
        if c.figures:
            out.append((c.evidence.text[:20], str(c.date.start) if c.date.start else None,
                        str(c.date.end) if c.date.end else None))
    return out


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (("3 April 1987", "4 April 1987", "5 April 1987", "4/5 April"),
         [("Outpost on the eastern", "1987-04-03", "1987-04-03"), ("Own losses: 2 killed, 4", "1987-04-03", "1987-04-03"),
          ("6 shells fell near the ", "1987-04-04", "1987-04-05"), ("A patrol found 3 enemy ", "1987-04-05", "1987-04-05")]),
        (("11 October 2003", "12 October 2003", "13 October 2003", "12/13 October"),
         [("Outpost on the eastern", "2003-10-11", "2003-10-11"), ("Own losses: 2 killed, 4", "2003-10-11", "2003-10-11"),
          ("6 shells fell near the ", "2003-10-12", "2003-10-13"), ("A patrol found 3 enemy ", "2003-10-13", "2003-10-13")]),
    ],
)
def test_log_entries_day_headings_date_their_entries(days: tuple[str, str, str, str], expected: list[tuple]) -> None:
    text = LOG.format(first=days[0], second=days[1], third=days[2], night=days[3])
    assert _dated(text) == [(ev[:20], s, en) for ev, s, en in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several lines of a day alone, in the order of days: entries' headings, no dateline; "15/16 May" takes their year
        ("Diary\n\n14 May 1972\nA patrol was fired on.\n\n15 May 1972\nBombs fell during the night 15/16 May.\n",
         [("14 May 1972", "dmy"), ("15 May 1972", "dmy"), ("15/16 May.", "range_dd_m")]),
        ("Diary\n\n2 March 2011\nThe post was shelled.\n\n1 March 2011\nTwo mines found on 1 March.\n",
         [("2 March 2011", "dmy"), ("1 March 2011", "dmy"), ("1 March.", "dm")]),
        # one such line at the top is the text's date
        ("Bulletin\n\n9 June 2015\nA bus hit a mine on 7 June, police said.\n",
         [("9 June 2015", "dateline"), ("7 June", "dm")]),
        # the same day written twice (a heading repeated) stays a dateline
        ("Bulletin\n\n9 June 2015\nA market was shelled.\n\n9 June 2015\nA school was hit.\n",
         [("9 June 2015", "dateline"), ("9 June 2015", "dateline")]),
    ],
)
def test_log_entries_day_alone_lines_are_headings_not_datelines(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[d.start:d.end], d.rule) for d in find_dates(text) if d.rule != "refer_back"]
    assert found == expected


def test_log_entries_year_of_headings_for_a_yearless_night() -> None:
    text = "Diary\n\n14 May 1972\nA patrol was fired on.\n\n15 May 1972\nBombs fell during the night 15/16 May.\n"
    night = [d for d in find_dates(text) if d.rule == "range_dd_m"][0]
    assert (night.first, night.last) == (D(1972, 5, 15), D(1972, 5, 16))
