"""Date cues found by checking the ninth own-written unseen set claim by claim (tests/data/unseen/unseeni).

Every sentence here is written for the test; names, places and days are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

D = dt.date


def _found(text: str, published: dt.date | None, paragraphs: list[tuple[int, int]] | None = None) -> dict[str, tuple]:
    return {text[d.start:d.end]: (d.first, d.last, d.rule) for d in find_dates(text, published, paragraphs)}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for part in text.split("\n\n"):
        out.append((at, at + len(part)))
        at += len(part) + 2
    return out


def _claim_dates(text: str, published: dt.date | None) -> dict[str, tuple]:
    """The date of each figure claim, by the first words of its evidence."""
    claims = extract(SourceText(doc_id="t", text=text, published=published))
    return {" ".join(c.evidence.text.split()[:3]): (c.date.start, c.date.end) for c in claims if c.figures}


@pytest.mark.parametrize(
    ("text", "published", "date_text", "expected"),
    [
        # "overnight": the night up to the day the sentence reports it on, else up to the document's date
        ("Gunmen killed 12 farmers in an overnight raid on Velka, the governor said on Sunday.", D(2019, 3, 20),
         "overnight", (D(2019, 3, 16), D(2019, 3, 17), "overnight")),
        ("Overnight, rebels burned 30 homes in the valley.", D(2011, 6, 8), "Overnight",
         (D(2011, 6, 7), D(2011, 6, 8), "overnight")),
        ("Shells fell overnight on the port of Sarn, officials said.", D(2015, 1, 1), "overnight",
         (D(2014, 12, 31), D(2015, 1, 1), "overnight")),
    ],
)
def test_overnight_is_the_night_before_the_reported_day(text: str, published: dt.date, date_text: str,
                                                        expected: tuple) -> None:
    assert _found(text, published)[date_text] == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a sentence that dates its event itself, or a date right after the word, leaves "overnight" alone
        ("Overnight on 3 May 2020 militias attacked Duro.", D(2020, 5, 9)),
        ("The raid came overnight Saturday into Sunday, police said.", D(2021, 2, 3)),
        ("On 14 June 2018 an overnight curfew was imposed after 5 died.", D(2018, 6, 20)),
        # nothing to count back from
        ("Overnight, dozens of shops were looted.", None),
    ],
)
def test_overnight_gives_way_to_a_date_of_its_own(text: str, published: dt.date | None) -> None:
    assert "overnight" not in {r for _, _, r in _found(text, published).values()}


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # an evening hour after "the night of <day>" pins that day
        ("On the night of 10 March 2015, at about 2200 hrs, armed men entered Pomba.", "the night of 10 March 2015",
         (D(2015, 3, 10), D(2015, 3, 10), "night_of")),
        ("The night of 4 May 2020 at 11 p.m. the shelling began.", "The night of 4 May 2020",
         (D(2020, 5, 4), D(2020, 5, 4), "night_of")),
        ("On the night of 2 June 2017, around 21:30, a bomb went off.", "the night of 2 June 2017",
         (D(2017, 6, 2), D(2017, 6, 2), "night_of")),
        # no hour, or an hour after midnight: into the next morning
        ("On the night of 10 March 2015 armed men entered Pomba.", "the night of 10 March 2015",
         (D(2015, 3, 10), D(2015, 3, 11), "night_of")),
        ("On the night of 10 March 2015, at about 0300 hrs, armed men entered Pomba.", "the night of 10 March 2015",
         (D(2015, 3, 10), D(2015, 3, 11), "night_of")),
    ],
)
def test_night_of_a_day_at_an_evening_hour(text: str, date_text: str, expected: tuple) -> None:
    assert _found(text, None)[date_text] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # early, mid, late: the thirds of a month
        ("Fighting since late November 2020 has displaced 4,000.", "since late November 2020",
         (D(2020, 11, 21), D(2021, 1, 15), "since")),
        ("The camp was shelled in early March 2019.", "early March 2019", (D(2019, 3, 1), D(2019, 3, 10), "month_third")),
        ("Raids resumed in mid-July 2016.", "July 2016", (D(2016, 7, 1), D(2016, 7, 31), "my")),
        ("Raids resumed in late February 2016.", "late February 2016", (D(2016, 2, 21), D(2016, 2, 29), "month_third")),
        # whole years between two years; parts of a year
        ("Between 1991 and 2002 some 50,000 people died.", "Between 1991 and 2002",
         (D(1991, 1, 1), D(2002, 12, 31), "range_y_y")),
        ("From 2010 to 2013 the militia held the town.", "From 2010 to 2013", (D(2010, 1, 1), D(2013, 12, 31), "range_y_y")),
        ("It recorded 210 abductions in the first nine months of 2008.", "the first nine months of 2008",
         (D(2008, 1, 1), D(2008, 9, 30), "year_part")),
        ("Attacks fell in the last three months of 2012.", "the last three months of 2012",
         (D(2012, 10, 1), D(2012, 12, 31), "year_part")),
        ("The first half of 2021 saw 30 raids.", "The first half of 2021", (D(2021, 1, 1), D(2021, 6, 30), "year_part")),
    ],
)
def test_parts_of_months_and_spans_of_years(text: str, date_text: str, expected: tuple) -> None:
    assert _found(text, D(2021, 1, 15))[date_text] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # the date a record or a figure is measured against is no date of the event
        ("At least 20 soldiers were killed, the highest monthly toll since September.", "September", "context"),
        ("It was the deadliest attack on the town since 2014.", "2014", "context"),
        ("The group recorded 30 attacks in May, down from 45 in April.", "April", "context"),
        # "X announced that" after a day: the announcement's day
        ("The next morning the regional command announced that six fighters had been killed.", "The next morning", "report"),
        ("On 3 May 2019 the army's press office stated that the camp had been cleared.", "3 May 2019", "report"),
        ("On 3 May 2019 the soldiers shot four men.", "3 May 2019", "dmy"),
    ],
)
def test_measured_against_and_announced_days(text: str, date_text: str, rule: str) -> None:
    if date_text == "The next morning":
        text = "On 2 May 2019 troops raided Kelso.\n\n" + text
    assert _found(text, D(2019, 6, 1), _paragraphs(text))[date_text][2] == rule


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # "that day", "the following day" in a paragraph that writes no date before them: the paragraphs before
        ("On 9 October 2001 militiamen surrounded Arbo.\n\n\"They shot my father,\" a boy said.\n\n"
         "Villagers named 14 people killed in Arbo that day.", "that day", D(2001, 10, 9)),
        ("On 9 October 2001 troops entered Arbo.\n\nThe following day the army announced that 4 rebels died.",
         "The following day", D(2001, 10, 10)),
        # a day in the paragraph itself still comes first
        ("On 9 October 2001 troops entered Arbo.\n\nOn 12 October 2001 a mine went off; 3 died that day.",
         "that day", D(2001, 10, 12)),
    ],
)
def test_refer_back_across_paragraphs(text: str, date_text: str, expected: dt.date) -> None:
    found = _found(text, None, _paragraphs(text))
    assert found[date_text][0] == found[date_text][1] == expected


def test_refer_back_across_paragraphs_skips_a_finding_day() -> None:
    text = ("On 9 October 2001 soldiers killed 20 people in Arbo.\n\nBetween 2011 and 2013 a team exhumed two graves.\n\n"
            "Two girls were taken from Arbo that day.")
    assert _found(text, None, _paragraphs(text))["that day"][0] == D(2001, 10, 9)


@pytest.mark.parametrize(
    ("text", "published", "first_words", "expected"),
    [
        # a day opening its paragraph dates the incident the next sentence tells, though its own sentence names none
        ("On 4 March 2010 soldiers entered the village of Tamu. According to two witnesses, they shot five men "
         "beside the well.\n\nOn 20 March 2010 a bomb killed 3 people in Sorell.", None, "According to two",
         (D(2010, 3, 4), D(2010, 3, 4))),
        ("On the morning of 4 March 2010 gunmen surrounded Tamu. They killed nine villagers with machetes.\n\n"
         "On 20 March 2010 a bomb killed 3 people in Sorell.", None, "They killed nine",
         (D(2010, 3, 4), D(2010, 3, 4))),
        # a time stamp opening the paragraph is no time of events
        ("Updated 10:00, 16 May 2022. An earlier version said three soldiers had been killed.\n\n"
         "Troops killed 5 people in a raid on Kelso on 13 May 2022.", D(2022, 5, 16),
         "An earlier version", (D(2022, 5, 13), D(2022, 5, 13))),
    ],
)
def test_day_opening_a_paragraph_dates_its_incident(text: str, published: dt.date | None, first_words: str,
                                                   expected: tuple) -> None:
    assert _claim_dates(text, published)[first_words] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # remains found or exhumed from a place in a year: the day of the finding, not of the killing
        ("The 31 victims were those whose remains were exhumed from a well in 2009.", "2009", "discovery"),
        ("Bodies were found at the edge of the forest on 3 June 2014.", "3 June 2014", "discovery"),
        ("Soldiers killed 31 villagers near the well in 2009.", "2009", "year"),
    ],
)
def test_remains_found_at_a_place_date_the_finding(text: str, date_text: str, rule: str) -> None:
    assert _found(text, None)[date_text][2] == rule


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # "during the month": the month told before it, here in the paragraph before
        ("The group recorded 12 attacks in Kordo in June 2017.\n\nThe army said its raids during the month killed 40.",
         "during the month", (D(2017, 6, 1), D(2017, 6, 30), "refer_back")),
        ("On 2 May 2013 rebels shelled Ilo. Throughout the day, 9 people died.", "Throughout the day",
         (D(2013, 5, 2), D(2013, 5, 2), "refer_back")),
    ],
)
def test_during_the_month_refers_back(text: str, date_text: str, expected: tuple) -> None:
    assert _found(text, None, _paragraphs(text))[date_text] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a month or a week of another kind: "of", "before", "after" follow it
        "The group recorded 12 attacks in June 2017. During the month of Ramadan, 40 were killed.",
        "The group recorded 12 attacks in June 2017. During the week before the vote, 40 were killed.",
    ],
)
def test_during_the_month_of_is_no_reference(text: str) -> None:
    assert "refer_back" not in {r for _, _, r in _found(text, None).values()}


@pytest.mark.parametrize(
    ("text", "first_words", "expected"),
    [
        # a later sentence of a paragraph whose grave type it borrows, with no date of its own, keeps the date
        ("In August 1991 troops buried 47 farmers in a mass grave in Pallca. The tribunal has recorded 60 victims in "
         "Pallca.", "The tribunal has", (D(1991, 8, 1), D(1991, 8, 31))),
        # the day of its own sentence's finding gives a mass grave no date of death
        ("About 60 people were buried in a mass grave in Pallca, the mayor said. Troops killed 47 farmers in Pallca in "
         "August 1991. Reporters saw at least 20 bodies in Pallca on Saturday.", "Reporters saw at", (None, None)),
    ],
)
def test_borrowed_dates_of_grave_counts(text: str, first_words: str, expected: tuple) -> None:
    assert _claim_dates(text, D(2019, 7, 20))[first_words] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # days of fighting counted after a day written before: that many days from it
        ("At dawn on 6 April 2016 shelling began along the line. Over three days of clashes, 60 soldiers died.",
         "Over three days of clashes", (D(2016, 4, 6), D(2016, 4, 8), "days_of")),
        ("On 6 April 2016 rebels attacked Tiro.\n\nIn two days of fighting, 30 died.", "In two days of fighting",
         (D(2016, 4, 6), D(2016, 4, 7), "days_of")),
    ],
)
def test_days_of_fighting_after_a_day(text: str, date_text: str, expected: tuple) -> None:
    assert _found(text, None, _paragraphs(text))[date_text] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with a date of its own, or "that began on ...", is left to that date
        "On 6 April 2016 rebels attacked Tiro. Over two days of fighting on 9 and 10 April 2016, 30 died.",
        "On 6 April 2016 rebels attacked Tiro. In two days of fighting that began on 9 April 2016, 30 died.",
        # no day written before it
        "Over two days of fighting, 30 died.",
    ],
)
def test_days_of_fighting_needs_a_day_before(text: str) -> None:
    assert "days_of" not in {r for _, _, r in _found(text, None).values()}
