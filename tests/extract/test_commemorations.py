"""Claims in sentences that name an anniversary: the toll of the commemorated event takes its date,
everything else the day of the commemoration (written for these tests; no third-party text)."""

from __future__ import annotations

import pytest

from claimledger.extract.pipeline import extract, extract_event
from claimledger.models import SourceText

CASES = [
    # (text, expected claim date of the first casualty claim)
    # the toll sits in a relative clause of the commemorated event: that event's date
    ("On 14 June 2022, hundreds gathered in Veldor for the 20th anniversary of the siege, in which about 600 "
     "people were killed.", "2002-06-14"),
    ("On 2 April 2019, families met to mark 15 years since the raid that killed 40 villagers.", "2004-04-02"),
    # a sentence that tells of no incident of its own: the commemorated event's date for every toll
    ("The remains of nine villagers were reburied yesterday as crowds gathered on 5 May 2023 for the "
     "30th anniversary of the massacre.", "1993-05-05"),
    # the toll is the sentence's own event: the day of the commemoration
    ("On 3 August 2021, a grenade exploded at a march marking the 12th anniversary of the coup, killing 6 people.",
     "2021-08-03"),
    ("On 3 August 2021, the 12th anniversary of the coup, a grenade killed 6 people at a march.", "2021-08-03"),
    ("Six people were killed on 3 August 2021 at a march marking the 12th anniversary of the coup.", "2021-08-03"),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_toll_near_an_anniversary_takes_the_right_event_date(text: str, date: str) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text))
              if any(f.kind == "killed" for f in c.figures)]
    assert claims, text
    assert claims[0].date.start is not None and claims[0].date.start.isoformat() == date


EVENTS = [
    # a record without a toll tells of the commemoration: its own day, and the protest is its type
    ("On 6 March 2023, on the 30th anniversary of the Tarno Massacre (a killing of villagers in the hills), "
     "students staged a protest in Brevik town, highlighting abuses.", "2023-03-06", "protest"),
    ("On 6 March 2023, members of a union staged a protest in Brevik town, demanding justice for a worker "
     "who was killed.", "2023-03-06", "protest"),
    # with a toll of the commemorated event, that event's date
    ("On 14 June 2022, hundreds gathered in Veldor for the 20th anniversary of the siege, in which about 600 "
     "people were killed.", "2002-06-14", None),
]


@pytest.mark.parametrize(("text", "date", "type_"), EVENTS)
def test_event_record_near_an_anniversary(text: str, date: str, type_: str | None) -> None:
    claim = extract_event(SourceText(doc_id="t", text=text))
    assert claim is not None and claim.date.start is not None
    assert claim.date.start.isoformat() == date
    if type_ is not None:
        assert claim.type == type_
