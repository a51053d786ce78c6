"""Date cues found by checking the eighth own-written unseen set claim by claim (tests/data/unseen/unseenh).

Every sentence here is written for the test; names are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

D = dt.date


def _found(text: str, published: dt.date | None) -> dict[str, tuple]:
    return {text[d.start:d.end]: (d.first, d.last, d.rule) for d in find_dates(text, published)}


def _figure_claims(text: str, published: dt.date) -> list:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=published)) if c.figures]


@pytest.mark.parametrize(
    ("text", "published", "date_text", "expected"),
    [
        # a bare weekday after a written day that falls on it is that day, not the one before the document's date
        ("Near Telvar, 17 March. A lorry taking farmers to the Monday market hit a mine.", D(2025, 4, 8), "Monday",
         (D(2025, 3, 17), D(2025, 3, 17), "weekday_of_date")),
        ("On 6 May 2021 the convoy left Ostrava. On Thursday evening it was ambushed.", D(2021, 6, 2), "Thursday",
         (D(2021, 5, 6), D(2021, 5, 6), "weekday_of_date")),
        # a weekday the written day does not fall on is still counted back from the document's date
        ("On 6 May 2021 the convoy left Ostrava. On Friday it was ambushed.", D(2021, 6, 2), "Friday",
         (D(2021, 5, 28), D(2021, 5, 28), "weekday")),
    ],
)
def test_weekday_after_a_written_day_on_it(text: str, published: dt.date, date_text: str, expected: tuple) -> None:
    assert _found(text, published)[date_text] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # the day a team visited or inspected a site, and the date a state had been reached by, date no incident
        ("A mine killed two herders on 4 June 2023. A team that visited the site the following day counted four dead.",
         "the following day", "report"),
        ("Investigators who inspected the camp on 9 July 2022 found burned tents.", "9 July 2022", "report"),
        ("About 20,000 people fled the valley; most had returned by 30 October 2021.", "30 October 2021", "report"),
        ("By then the families had all been moved by 2 March 2020.", "2 March 2020", "report"),
        # the day refugees or witnesses arrived somewhere to tell of it
        ("Refugees who reached the border post of Delvan on Friday said soldiers had burned the village.", "Friday",
         "report"),
        ("Survivors arriving in Port Ilos on 12 May 2021 described the raid.", "12 May 2021", "report"),
        ("Troops reached the village on Friday and burned it.", "Friday", "weekday"),
        # a field label dates the document
        ("Issued: 12 February 2024\nTwo soldiers were killed on 3 February 2024.", "12 February 2024", "dateline"),
        ("Entries added: 03/11/2023\nA school was shelled on 1 November 2023.", "03/11/2023", "dateline"),
        # the day of a killing the found bodies are told of dates their deaths, not their finding
        ("Rescuers recovered the bodies of 12 miners killed in Tuesday's blast at the pit.", "Tuesday", "death"),
        ("Soldiers found the remains of six villagers murdered on 2 April 2019 in a well.", "2 April 2019", "death"),
        ("Soldiers found the bodies of six villagers in a well on 2 April 2019.", "2 April 2019", "discovery"),
        # a participle between the speech verb and the day: the day is the event's, not the statement's
        ("The governor said nine people were killed on Monday in the market.", "Monday", "weekday"),
        ("Police said three suspects had been arrested on 8 May 2022 in the port.", "8 May 2022", "dmy"),
        ("The ministry said on Monday that nine people were killed.", "Monday", "report"),
        ("The ministry said in a statement that was released on 8 May 2022 that nine died.", "8 May 2022", "report"),
    ],
)
def test_visits_deadlines_labels_and_killing_days(text: str, date_text: str, rule: str) -> None:
    assert _found(text, D(2024, 3, 2))[date_text][2] == rule


@pytest.mark.parametrize(
    ("text", "published", "date_text", "expected"),
    [
        # "since the <event> of <day>": a period from that day to the document's date
        ("Since the riots that followed the vote of 12 June, 300 people have been held.", D(2022, 6, 30),
         "Since the riots that followed the vote of 12 June", (D(2022, 6, 12), D(2022, 6, 30), "since")),
        ("Since mid-March, 40 attacks on clinics were recorded.", D(2021, 5, 3),
         "Since mid-March", (D(2021, 3, 1), D(2021, 5, 3), "since")),
        ("Since the end of the truce in May 2019, raids have killed 40 herders.", D(2021, 2, 1),
         "Since the end of the truce in May 2019", (D(2019, 5, 1), D(2021, 2, 1), "since")),
        # two days, each with a part of the day: one period
        ("Nine people were killed in Orvel between Friday evening and Saturday morning.", D(2022, 7, 4),
         "between Friday evening and Saturday", (D(2022, 7, 1), D(2022, 7, 2), "range_join")),
        ("Thirty guards died during the night of Sunday to Monday, a source said.", D(2022, 7, 6),
         "the night of Sunday to Monday", (D(2022, 7, 3), D(2022, 7, 4), "range_join")),
        ("Raids went on from Monday night to Wednesday.", D(2022, 7, 8),
         "from Monday night to Wednesday", (D(2022, 7, 4), D(2022, 7, 6), "range_join")),
        # a month of this or last year; this year up to the document's date
        ("Recall that in March this year, two herders were shot.", D(2023, 9, 1), "March this year",
         (D(2023, 3, 1), D(2023, 3, 31), "in_month")),
        ("Raids in October last year killed six.", D(2023, 9, 1), "October last year",
         (D(2022, 10, 1), D(2022, 10, 31), "in_month")),
        ("The union counts 9 drivers killed this year.", D(2023, 9, 1), "this year",
         (D(2023, 1, 1), D(2023, 9, 1), "last_unit")),
        # "this week" written on a Monday: the week that has just ended
        ("Judges freed 40 detainees this week.", D(2024, 8, 5), "this week", (D(2024, 7, 29), D(2024, 8, 4), "last_unit")),
        ("Judges freed 40 detainees this week.", D(2024, 8, 7), "this week", (D(2024, 8, 5), D(2024, 8, 7), "last_unit")),
    ],
)
def test_periods_since_an_event_and_this_week(text: str, published: dt.date, date_text: str, expected: tuple) -> None:
    assert _found(text, published)[date_text] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry heading, a place and a day alone, dates the entry's sentences
        ("2.1 Port Aranda, Coastal province, 14 May. A bus hit a mine on the road and four passengers were killed.",
         D(2023, 5, 14)),
        ("3. Velmor district, 20 May. Two children were injured when a grenade exploded in their yard.", D(2023, 5, 20)),
        # a sentence that tells something on a day is no heading
        ("The army began its campaign against Norvania on 24 March. Officials say 500 civilians have been killed.",
         None),
    ],
)
def test_entry_heading_dates_its_entry(text: str, expected: dt.date | None) -> None:
    claims = _figure_claims(text, D(2023, 6, 1))
    assert claims and claims[-1].date.start == expected


_TIMELINE = """Remembering the Orvel market bombing

4 March 2001

19:40 - A car bomb explodes in the market square of Orvel, where crowds are shopping.

21:15 - Local radio reports "at least 20 dead".

5 March 2001

08:30 - The regional hospital says it has treated 140 wounded since the blast.

11:00 - The rebel command denies any part in it and says a gas tank exploded in a shop.

15:00 - The mayor confirms 37 dead.

17:30 - A second car bomb explodes at a checkpoint near Orvel, killing two soldiers.
"""


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("21:15", D(2001, 3, 4)),
        # a later day's entry that only reports on the event told already (a toll, a denial): that event's day
        ("08:30", D(2001, 3, 4)),
        ("11:00", D(2001, 3, 4)),
        ("15:00", D(2001, 3, 4)),
        # an entry telling of a new event keeps its own day
        ("17:30", D(2001, 3, 5)),
    ],
)
def test_timeline_entry_reporting_on_the_told_event(entry: str, expected: dt.date) -> None:
    claims = extract(SourceText(doc_id="t", text=_TIMELINE))
    dated = {_TIMELINE[c.evidence.start:c.evidence.start + 5]: c.date.start for c in claims if c.type != "responsibility"}
    assert dated[entry] == expected


def test_update_stamp_is_no_entry_heading() -> None:
    text = ("Updated 09:10 GMT, 8 October 2022. An earlier version of this report said two guards were killed.\n\n"
            "Three guards were killed in a raid on the Velmor depot, which began on 5 October 2022, officials said.")
    claims = _figure_claims(text, D(2022, 10, 8))
    assert claims[0].date.start != D(2022, 10, 8)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the document's date falls after the day the sentence reports on: the event is dated by its report
        ("Drones struck the market of Velmor on Friday afternoon, killing four.\n\n"
         "- A rescue group posted on Thursday evening that shelling on the village of Ostrin had killed 7 people.",
         D(2023, 10, 7), D(2023, 10, 5)),
        # weeks before it: a report of an event weeks old keeps the document's date
        ("On 2 February 1984 troops burned the hamlet of Cerro Alto and killed 12 villagers.\n\n"
         "A bulletin issued by the army on 20 March 1984 reported that 25 villagers had died in the attack.",
         None, D(1984, 2, 2)),
        # a report day on or just after the document's date leaves the document's date
        ("Gunmen attacked the village of Ostrin on Tuesday, killing six.\n\n"
         "The governor said on Thursday that 9 people had died.", D(2023, 10, 7), D(2023, 10, 3)),
    ],
)
def test_report_day_dates_an_event_the_document_date_cannot(text: str, published: dt.date | None,
                                                             expected: dt.date) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=published))
    assert [c for c in claims if c.figures][-1].date.start == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a length of days told of a period that began on a day: that many days from it
        ("Nine died in three days of clashes that started on Friday in the hills.", D(2023, 8, 16),
         (D(2023, 8, 11), D(2023, 8, 13))),
        # begun in the evening, it runs into one more calendar day
        ("At least 40 were killed in two days of fighting that began on Monday evening near the port.", D(2023, 8, 17),
         (D(2023, 8, 14), D(2023, 8, 16))),
        # no length told: the period runs to the document's date
        ("The siege of the barracks began on Monday and troops are still there.", D(2023, 8, 17),
         (D(2023, 8, 14), D(2023, 8, 17))),
    ],
)
def test_days_of_a_period_that_began_on_a_day(text: str, published: dt.date, expected: tuple) -> None:
    began = [(d.first, d.last) for d in find_dates(text, published) if d.rule == "began"]
    assert began == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the past hours or days: up to the document's date
        ("Shelling killed 12 people in the past 24 hours.", D(2024, 5, 3), (D(2024, 5, 2), D(2024, 5, 3))),
        ("Over the last three days 40 families fled.", D(2024, 5, 3), (D(2024, 5, 1), D(2024, 5, 3))),
        # the previous hours: up to the day written before them
        ("On 27 April 2009 a nurse said the clinic had taken in 90 wounded in the previous 48 hours.", None,
         (D(2009, 4, 25), D(2009, 4, 27))),
        # no date to count from: none
        ("In the past two days 4 died.", None, None),
    ],
)
def test_past_hours_and_days(text: str, published: dt.date | None, expected: tuple | None) -> None:
    spans = [(d.first, d.last) for d in find_dates(text, published) if d.rule == "past_span"]
    assert spans == ([expected] if expected else [])


def test_entry_heading_dates_a_sentence_naming_a_spot_inside_it() -> None:
    text = ("3.1 Kisumu, Nyanza province, 9 June. A herder grazing goats near the Awach stream stepped on a mine "
            "and died at the scene.")
    claims = _figure_claims(text, D(2023, 7, 1))
    assert claims and claims[-1].date.start == D(2023, 6, 9)
