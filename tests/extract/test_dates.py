"""Date expressions: absolute, partial, ranges, relative, year inference, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates, url_date

D = dt.date


def _first(text: str, published: dt.date | None = None) -> tuple:
    d = next(m for m in find_dates(text, published) if m.rule not in ("dateline", "report"))
    return (text[d.start:d.end], d.first, d.last, d.precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It happened on 12 February 1992.", None, ("12 February 1992", D(1992, 2, 12), D(1992, 2, 12), "day")),
        ("On On 12 February 1992 they came.", None, ("12 February 1992", D(1992, 2, 12), D(1992, 2, 12), "day")),
        ("It happened on March 5, 2021.", None, ("March 5, 2021", D(2021, 3, 5), D(2021, 3, 5), "day")),
        ("Seen on 2022-03-16 here.", None, ("2022-03-16", D(2022, 3, 16), D(2022, 3, 16), "day")),
        ("Seen on 16.03.2022 here.", None, ("16.03.2022", D(2022, 3, 16), D(2022, 3, 16), "day")),
        ("In May 2020 it began.", None, ("May 2020", D(2020, 5, 1), D(2020, 5, 31), "month")),
        # a month at the end of a sentence: the stop is not part of it
        ("Four people were killed in June.", D(2021, 8, 2), ("June", D(2021, 6, 1), D(2021, 6, 30), "month")),
        ("Four people were killed in May.", D(2021, 8, 2), ("May", D(2021, 5, 1), D(2021, 5, 31), "month")),
        ("At the start of May, 4 were killed.", D(2021, 8, 2), ("May", D(2021, 5, 1), D(2021, 5, 31), "month")),
        # a night written with a slash between its two days
        ("On the night of 5/6 May 2021, 3 died.", None,
         ("the night of 5/6 May 2021", D(2021, 5, 5), D(2021, 5, 6), "range")),
        ("It began in 1992 and ended.", None, ("1992", D(1992, 1, 1), D(1992, 12, 31), "year")),
        ("Fighting between 13 and 17 February 2020 ended.", None,
         ("between 13 and 17 February 2020", D(2020, 2, 13), D(2020, 2, 17), "range")),
        ("Raids on the night of 25 to 26 February 1992 followed.", None,
         ("the night of 25 to 26 February 1992", D(1992, 2, 25), D(1992, 2, 26), "range")),
        # ordinal days with "the" ("from the 3rd to the 5th of May")
        ("Raids from the 3rd to the 5th of May 2019 followed.", None,
         ("from the 3rd to the 5th of May 2019", D(2019, 5, 3), D(2019, 5, 5), "range")),
        ("Raids on the night from the 25th to the 26th of February 1992 followed.", None,
         ("the night from the 25th to the 26th of February 1992", D(1992, 2, 25), D(1992, 2, 26), "range")),
        ("Raids on 19 and 20 September 2023 followed.", None,
         ("19 and 20 September 2023", D(2023, 9, 19), D(2023, 9, 20), "range")),
        ("Raids on 19. and 20. September 2023 followed.", None,
         ("19. and 20. September 2023", D(2023, 9, 19), D(2023, 9, 20), "range")),
        ("From 28 November to 2 December 2020 it lasted.", None,
         ("From 28 November to 2 December 2020", D(2020, 11, 28), D(2020, 12, 2), "range")),
        ("It struck on March 16.", D(2022, 4, 1), ("March 16", D(2022, 3, 16), D(2022, 3, 16), "day")),
        # "the night of" a day runs into the next morning; "the last weekend of" a month is its last Saturday-Sunday
        ("On the night of February 25, 1992, units attacked.", None,
         ("the night of February 25, 1992", D(1992, 2, 25), D(1992, 2, 26), "range")),
        ("Shelling on the night of 31 December 2016 followed.", None,
         ("the night of 31 December 2016", D(2016, 12, 31), D(2017, 1, 1), "range")),
        ("Raids came over the final weekend in October 2019.", None,
         ("the final weekend in October 2019", D(2019, 10, 26), D(2019, 10, 27), "range")),
        ("It happened on the first weekend of May 2021.", None,
         ("the first weekend of May 2021", D(2021, 5, 1), D(2021, 5, 2), "range")),
        # a period between two dates is one range
        ("Since 24 February 2022 to midnight on 20 April 2022, 90 were recorded.", None,
         ("Since 24 February 2022 to midnight on 20 April 2022", D(2022, 2, 24), D(2022, 4, 20), "range")),
        ("The siege lasted from May 3 until June 9.", D(2021, 7, 1),
         ("from May 3 until June 9", D(2021, 5, 3), D(2021, 6, 9), "range")),
        ("It happened on the second weekend of March 2019.", None,
         ("the second weekend of March 2019", D(2019, 3, 9), D(2019, 3, 10), "range")),
        ("It struck on December 15.", D(2021, 1, 25), ("December 15", D(2020, 12, 15), D(2020, 12, 15), "day")),
        ("War came on October 5, 2020. On October 8 it struck.", None,
         ("October 5, 2020", D(2020, 10, 5), D(2020, 10, 5), "day")),
        ("It struck yesterday.", D(2023, 10, 18), ("yesterday", D(2023, 10, 17), D(2023, 10, 17), "day")),
        ("It struck last Tuesday.", D(2023, 10, 18), ("last Tuesday", D(2023, 10, 17), D(2023, 10, 17), "day")),
        ("It struck on Tuesday.", D(2023, 10, 18), ("Tuesday", D(2023, 10, 17), D(2023, 10, 17), "day")),
        ("It began six months ago.", D(2024, 3, 10), ("six months ago", D(2023, 9, 1), D(2023, 9, 30), "month")),
        # the weekend: the latest Saturday and Sunday (written on a weekend, "last weekend" is the one before)
        ("It struck last weekend.", D(2023, 10, 18), ("last weekend", D(2023, 10, 14), D(2023, 10, 15), "range")),
        ("It struck last weekend.", D(2023, 10, 22), ("last weekend", D(2023, 10, 14), D(2023, 10, 15), "range")),
        ("It struck over the weekend.", D(2023, 10, 22),
         ("over the weekend", D(2023, 10, 21), D(2023, 10, 22), "range")),
        # a period up to the time of writing: from its first day to the anchor
        ("Since the start of the year, 9 died.", D(2023, 10, 18),
         ("Since the start of the year", D(2023, 1, 1), D(2023, 10, 18), "range")),
        ("So far this month, 9 died.", D(2023, 10, 18), ("So far this month", D(2023, 10, 1), D(2023, 10, 18), "range")),
        # "this year": its days up to the document's date (as "this week"; a report does not tell of days to come)
        ("This year 9 died.", D(2023, 10, 18), ("This year", D(2023, 1, 1), D(2023, 10, 18), "range")),
        ("Arrested on 19. and September 20, 2003 here.", None,
         ("19. and September 20, 2003", D(2003, 9, 19), D(2003, 9, 20), "range")),
        ("Held between March 4, 2015 and March 19, 2015.", None,
         ("between March 4, 2015 and March 19, 2015", D(2015, 3, 4), D(2015, 3, 19), "range")),
        ("Events of 11/03/2008 here.", None, ("11/03/2008", D(2008, 11, 3), D(2008, 11, 3), "day")),
        ("Events of 21/03/2008 here.", None, ("21/03/2008", D(2008, 3, 21), D(2008, 3, 21), "day")),
        ("Events of 2008/03/21 here.", None, ("2008/03/21", D(2008, 3, 21), D(2008, 3, 21), "day")),
        # a weekday before its date in brackets is that date
        ("It struck on Monday (October 16) at noon.", D(2023, 10, 18),
         ("October 16", D(2023, 10, 16), D(2023, 10, 16), "day")),
        # a period whose end looks like a report date ("said that since ... on") is still one range
        ("The office said that since May 3 to midnight on June 9, 40 were recorded.", D(2021, 7, 1),
         ("since May 3 to midnight on June 9", D(2021, 5, 3), D(2021, 6, 9), "range")),
        # "since" a date runs to the document's date
        ("Since 3 March, 40 people died in the valley.", D(2021, 7, 1),
         ("Since 3 March", D(2021, 3, 3), D(2021, 7, 1), "range")),
        ("About 900 were killed since the fighting broke out on May 2, 2020, officials said.", D(2021, 1, 10),
         ("since the fighting broke out on May 2, 2020", D(2020, 5, 2), D(2021, 1, 10), "range")),
        # "since the start (beginning, outbreak) of <what> on/in <date>" opens the same period
        ("Since the beginning of the large offensive by the rebels on 27 September, 31 civilians died.",
         D(2020, 10, 11), ("Since the beginning of the large offensive by the rebels on 27 September", D(2020, 9, 27),
                           D(2020, 10, 11), "range")),
        ("Since the outbreak of fighting in the hills in March 2019, dozens have died.", D(2020, 1, 6),
         ("Since the outbreak of fighting in the hills in March 2019", D(2019, 3, 1), D(2020, 1, 6), "range")),
        # without a document date, "since" keeps the date as written
        ("Since 3 March 2021, 40 people died in the valley.", None,
         ("3 March 2021", D(2021, 3, 3), D(2021, 3, 3), "day")),
    ],
)
def test_dates_resolve(text: str, published: dt.date | None, expected: tuple) -> None:
    assert _first(text, published) == expected


def test_dates_year_inferred_from_nearest_explicit_year() -> None:
    text = "War came in 2020. On October 8 it struck."
    found = {text[d.start:d.end]: (d.first, d.year_inferred) for d in find_dates(text, None)}
    assert found["October 8"] == (D(2020, 10, 8), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of the years written before it in its paragraph, the one nearest a date written before it
        (("On 19 February 2024, a house was found. The town fell on 20 September 2023. A grave was found on "
          "February 21."), D(2024, 2, 21)),
        (("The town fell on 20 September 2023. On 19 February 2024, a house was found. A grave was found on "
          "September 22."), D(2023, 9, 22)),
        # one year written before it: that year
        ("On 3 March 2022 a strike killed 5. On March 28 more died.", D(2022, 3, 28)),
    ],
)
def test_dates_year_nearest_a_date_before_it(text: str, expected: dt.date) -> None:
    assert find_dates(text, None)[-1].first == expected


@pytest.mark.parametrize(
    "text",
    ["It struck on Tuesday.", "It struck yesterday.", "They may come.", "in Mar Taqla, Syria", "the 1990s"],
)
def test_dates_need_an_anchor_or_a_real_date(text: str) -> None:
    assert [d for d in find_dates(text, None) if d.first is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no anchor, a weekday is the one date of the text on that weekday
        ("Clinics filled on Wednesday, August 21, 2013. The toll of Wednesday's attack rose.", D(2013, 8, 21)),
        # two candidates (or none): it stays unknown
        ("Raids came on 3 May 2022 and on 10 May 2022. The toll of Tuesday's attack rose.", None),
        ("Raids came on 4 May 2022. The toll of Tuesday's attack rose.", None),
    ],
)
def test_dates_weekday_of_a_date_in_the_text(text: str, expected: dt.date | None) -> None:
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None)}
    weekday = next(k for k in found if k.endswith("day") and not k[0].isdigit())
    assert found[weekday] == expected


def test_dates_two_dates_without_a_period_cue_stay_two() -> None:
    text = "Raids on 3 May 2020 and 9 June 2021 were recorded."
    assert [text[d.start:d.end] for d in find_dates(text, None)] == ["3 May 2020", "9 June 2021"]


def test_dates_weekday_without_anchor_is_an_unknown_day() -> None:
    found = find_dates("The blast late on Tuesday killed 4.", None)
    assert [(d.rule, d.first, d.unresolved) for d in found] == [("weekday", None, True)]
    assert find_dates("The blast late on Tuesday killed 4.", D(2021, 3, 5))[0].first == D(2021, 3, 2)


def test_dates_dateline_is_not_an_incident_date() -> None:
    text = " date 2023-10-18 Facts\nThe blast on Tuesday killed 5. He said on Wednesday it was over."
    found = {text[d.start:d.end]: (d.rule, d.first) for d in find_dates(text, None)}
    assert found["2023-10-18"] == ("dateline", D(2023, 10, 18))
    assert found["Tuesday"] == ("weekday", D(2023, 10, 17))
    assert found["Wednesday"][0] == "report"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2019/05/04/strike-on-town/", (D(2019, 5, 4), "day")),
        ("https://news.example.org/world/2021-11-30/report", (D(2021, 11, 30), "day")),
        ("https://paper.example.com/world/2014/jul/18/crash-site", (D(2014, 7, 18), "day")),
        ("https://magazine.example.net/politics/2016/02/aid-convoy.html", (D(2016, 2, 29), "month")),
        ("https://magazine.example.net/politics/2016/feb/aid-convoy", (D(2016, 2, 29), "month")),
        ("https://site.example/latest/892906/some-title", None),
        ("https://site.example/news/2016/13/x", None),
        (None, None),
    ],
)
def test_dates_url_date(url: str | None, expected: tuple | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # a whole URL date anchors year-less and relative dates
        ("The shelling on May 2 killed 3.", "https://x.example/2019/05/04/a/", ("May 2", D(2019, 5, 2))),
        ("The shelling yesterday killed 3.", "https://x.example/2019/05/04/a/", ("yesterday", D(2019, 5, 3))),
        # a year and month anchor the year only; a later month-day belongs to the year before
        ("The shelling on May 2 killed 3.", "https://x.example/2019/05/a.html", ("May 2", D(2019, 5, 2))),
        ("The shelling on December 2 killed 3.", "https://x.example/2019/05/a.html", ("December 2", D(2018, 12, 2))),
        # an explicit year in the text wins over the URL
        ("In 2017 the war went on. The shelling on May 2 killed 3.", "https://x.example/2019/05/a.html",
         ("May 2", D(2017, 5, 2))),
    ],
)
def test_dates_url_anchor(text: str, url: str, expected: tuple) -> None:
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None, None, url)}
    assert found[expected[0]] == expected[1]


def test_dates_month_url_does_not_resolve_relative_dates() -> None:
    assert find_dates("The shelling yesterday killed 3.", None, None, "https://x.example/2019/05/a.html") == []


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # dates of legal instruments and terms of office are context, not incident dates
        ("It breaches the Convention on the Rights of the Child of 20 November 1989, they said.", "20 November 1989",
         "context"),
        ("The treaty was signed by both governments on 12 March 1999.", "12 March 1999", "context"),
        ("The governor, who has served in the post since 2015, visited the site.", "2015", "context"),
        ("Resolution 2254 of 18 December 2015 was cited.", "18 December 2015", "context"),
        # datelines: "CITY, Month Day (Agency) -" and a date closing a credit in parentheses
        ("LAGOS, June 3, 2021 (Wire Service) - Gunmen killed 4 villagers.", "June 3, 2021", "dateline"),
        ("Harare, 5 May 2021 — The army said 3 were killed.", "5 May 2021", "dateline"),
        ("Kigali (Agency News - 4th May, 2021 ) Officials said 2 died.", "4th May, 2021", "dateline"),
        # a byline's date is the publication date
        ("Posted by Ana Prem on May 5, 2021\nGunmen killed 4 villagers.", "May 5, 2021", "dateline"),
        ("By Ana Prem | 5 May 2021\nGunmen killed 4 villagers.", "5 May 2021", "dateline"),
        ("Shelled by rebels on May 5, 2021, the town burned.", "May 5, 2021", "mdy"),
        # the date of a visit or a statement, a report "issued today"
        ("During a May 4, 2021 visit to the town, monitors recorded 50 deaths.", "May 4, 2021", "report"),
        ("In a 3 June 2020 statement, the ministry said 4 died.", "3 June 2020", "report"),
        ("They reject the report issued on 9 March 2019 by the panel.", "9 March 2019", "report"),
        ("The minister declared on 4 March 2021 that the strike killed 9.", "4 March 2021", "report"),
        # the day of a judicial or legislative act dates the act, not the killings it is about
        ("On 3 March 2021 the District Court of Veldor convicted two men of the murder of 40 people.", "3 March 2021",
         "report"),
        ("In 2015 the National Assembly of Ostrava annulled the report, which had counted 700 dead.", "2015",
         "report"),
        ("On 5 May 2019 the Army killed 12 people in the village.", "5 May 2019", "dmy"),
        # the day a toll was given out dates the statement
        ("Officials gave a final toll of 41 dead and 90 injured on 6 May 2021.", "6 May 2021", "report"),
        ("The ministry raised its toll of the dead to 19 on 2 June 2020.", "2 June 2020", "report"),
        # a press conference or briefing told of later in the date's clause
        ("On 4 June 2021, the reporter showed photographs of the bodies at a press conference in the capital.",
         "4 June 2021", "report"),
        ("On 5 May 2020, a bomb exploded at a press conference in the city.", "5 May 2020", "dmy"),
        ("On 5 May 2020, gunmen killed 4 people, police said at a press briefing.", "5 May 2020", "dmy"),
        # a date a body's statement, finding or ruling opens ("On 4 May, the Court ruled that ...")
        ("On 2 March 2011, the Regional Court (RC) ruled that the shelling was a crime.", "2 March 2011", "report"),
        ("But in June 2019, the Commission for Missing Persons issued a report on the camp.", "June 2019", "report"),
        ("On 8 May 2021, Veldorian Health Minister Ana Prem said that 12 people were killed.", "8 May 2021", "report"),
        # an incident date followed by who tells of it, or by a subject that acts, stays one
        ("Gunmen killed 4 villagers on 3 June 2021, the Interior Ministry said in a statement.", "3 June 2021", "dmy"),
        ("Gunmen killed 4 villagers on Monday, June 7, 2021, Governor Ana Prem has said.", "June 7, 2021", "mdy"),
        ("On 3 June 2021, Veldorian troops shelled the village.", "3 June 2021", "dmy"),
        ("On 3 June 2021, the Health Ministry said 12 people were killed.", "3 June 2021", "dmy"),
        # the date bodies were found or seen dates the discovery, not the killing
        ("Of the 40 bodies that were found between 3 and 5 May 2021, 12 were women.", "between 3 and 5 May 2021",
         "discovery"),
        ("Reporters saw at least 9 bodies lying in a street of the town on 6 May 2021.", "6 May 2021", "discovery"),
        # the day the dead were buried dates the burial, not the killing
        ("The nine victims were buried on 14 May 2019 in the hillside cemetery.", "14 May 2019", "discovery"),
        ("Their remains were laid to rest at the memorial park on 2 June 2016.", "2 June 2016", "discovery"),
        ("A roadside bomb buried under the track exploded on 14 May 2019.", "14 May 2019", "dmy"),
        # finding a grave is the event itself: its date stays an incident date
        ("A mass grave was found on 6 May 2021 near the town.", "6 May 2021", "dmy"),
        # an incident date stays one
        ("The May 4, 2021 raid on the town killed 50.", "May 4, 2021", "mdy"),
        ("In Lagos, June 3 saw gunmen kill 4 villagers in 2021.", "June 3", "md"),
        ("The attack on the convoy on 12 March 1999 killed 4.", "12 March 1999", "dmy"),
    ],
)
def test_dates_context_and_datelines(text: str, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, None)}
    assert found[date_text] == rule


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Remains lay in the market on 10 August 2018, after an airstrike the previous day killed 40.",
         "the previous day", D(2018, 8, 9)),
        ("The strike came on 3 May 2022. The toll rose the next day.", "the next day", D(2022, 5, 4)),
        ("The strike came on 3 May 2022. A day later, 4 more died.", "A day later", D(2022, 5, 4)),
        ("The strike came on 3 May 2022. Two days later, 4 more died.", "Two days later", D(2022, 5, 5)),
        ("The strike came on 3 May 2022. 3 days earlier, 4 died.", "3 days earlier", D(2022, 4, 30)),
        ("The strike came on 3 May 2022. A week later, 4 more died.", "A week later", D(2022, 5, 10)),
        ("The strike came on 3 May 2022. Two weeks earlier, 4 died.", "Two weeks earlier", D(2022, 4, 19)),
        ("The strike came on 3 May 2022. The following morning, 4 more died.", "The following morning", D(2022, 5, 4)),
        ("The strike came on 3 May 2022. The next night, a second one hit.", "The next night", D(2022, 5, 4)),
        ("Troops left on 3 May 2022, after heavy shelling the previous night.", "the previous night", D(2022, 5, 2)),
    ],
)
def test_dates_day_shift_from_the_date_before(text: str, phrase: str, expected: dt.date) -> None:
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None)}
    assert found[phrase] == expected


def test_dates_day_shift_without_a_date_before_is_dropped() -> None:
    assert find_dates("An airstrike the previous day killed 5.", None) == []


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        ("The group rejects a report issued today by the panel.", "today", "report"),
        ("The group said the raid today killed 4.", "today", "relday"),
    ],
)
def test_dates_report_date_with_an_anchor(text: str, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, D(2021, 2, 26))}
    assert found[date_text] == rule


@pytest.mark.parametrize(
    "text",
    [
        "Three days AGO the town was shelled; the day before yesterday a drone hit it.",
        "LAST WEEK a strike hit the port, and the previous\nday two more. This Morning it was quiet.",
        "Earlier this year the bridge fell. It was hit again a day later, and Three Days earlier.",
        "On 3 March 2022 a shell hit the school; two days later the clinic, over the weekend the market.",
        "Last night a shell hit Qazıx (a dotless i): the text is scanned without word gates.",
        "No relative date at all, only 3 March 2022.",
    ],
)
def test_dates_word_gates_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from claimledger.extract import dates

    gated = find_dates(text, published=dt.date(2022, 3, 16))
    ungated = dataclasses.replace(dates.lexicon(), needs={})
    monkeypatch.setattr(dates, "lexicon", lambda: ungated)
    assert find_dates(text, published=dt.date(2022, 3, 16)) == gated
    assert gated  # every text has a date the rules find


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an anniversary dates the event it commemorates: N years before the day its sentence gives
        ("Crowds gathered on 3 May for the 30th anniversary of the bombing.", D(2021, 5, 4),
         ("30th anniversary", D(1991, 5, 3), D(1991, 5, 3), "day")),
        ("Survivors met yesterday to mark twelve years since the siege of the port.", D(2020, 2, 10),
         ("twelve years since", D(2008, 2, 9), D(2008, 2, 9), "day")),
        ("On 9 October, the tenth anniversary of the raid, the families held a vigil.", D(2021, 10, 10),
         ("tenth anniversary", D(2011, 10, 9), D(2011, 10, 9), "day")),
        # with no day in its sentence, the year N years before the document's
        ("Ten years on, the market is still in ruins.", D(2015, 6, 1),
         ("Ten years on", D(2005, 1, 1), D(2005, 12, 31), "year")),
        ("Families mark the 25th anniversary of the flood", D(2019, 8, 2),
         ("25th anniversary", D(1994, 1, 1), D(1994, 12, 31), "year")),
    ],
)
def test_dates_anniversary_dates_the_commemorated_event(text: str, published: dt.date | None,
                                                         expected: tuple) -> None:
    found = [(text[d.start:d.end], d.first, d.last, d.precision) for d in find_dates(text, published)
             if d.rule == "anniversary"]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "published", "day_text", "rule"),
    [
        # the day written right before the anniversary is the ceremony's own day, not an incident date
        ("Crowds gathered on 3 May for the 30th anniversary of the bombing.", D(2021, 5, 4), "3 May", "context"),
        ("On 9 October 2011, the tenth anniversary of the raid, families met.", None, "9 October 2011", "context"),
        ("Survivors met yesterday to mark twelve years since the siege of the port.", D(2020, 2, 10), "yesterday",
         "context"),
        # a day further off in the sentence stays as it is
        ("On 4 May 2018 a bomb killed 3 people at the memorial that marks 20 years since the massacre.", None,
         "4 May 2018", "dmy"),
    ],
)
def test_dates_anniversary_day_is_context(text: str, published: dt.date | None, day_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, published)}
    assert found[day_text] == rule


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to 10 years on appeal in March 2019.",
        "The two years since 2017 saw 40 attacks.",
        "Officials said the anniversary passed quietly on 4 May 2018.",
    ],
)
def test_dates_no_anniversary_without_a_count_of_years(text: str) -> None:
    assert [d for d in find_dates(text, D(2020, 1, 1)) if d.rule == "anniversary"] == []


@pytest.mark.parametrize(
    ("text", "published", "day_text", "expected"),
    [
        # a year-less day inside a period the text wrote out earlier takes that period's year
        ("The raids lasted from 4 to 8 June 2019, the panel found.\n\nThe market burned on 6 June, witnesses "
         "recalled.", D(2020, 9, 1), "6 June", D(2019, 6, 6)),
        ("Troops held the valley between 12 and 15 October 2016, a report published today says.\n\nOn 13 "
         "October, according to the report, a drone hit the school.", D(2017, 11, 2), "13 October", D(2016, 10, 13)),
    ],
)
def test_dates_yearless_day_inside_a_written_period(text: str, published: dt.date, day_text: str,
                                                    expected: dt.date) -> None:
    cut = text.index("\n\n")
    found = {text[d.start:d.end]: d.first for d in find_dates(text, published, [(0, cut), (cut + 2, len(text))])}
    assert found[day_text] == expected


@pytest.mark.parametrize(
    ("low", "needs", "expected"),
    [
        ("he left last night.", (("last", "week"), ("last", "night")), True),
        ("he left last year.", (("last", "week"), ("last", "night")), False),
        ("nothing here", (("ago",),), False),
        ("two days ago", (("ago",),), True),
    ],
)
def test_dates_may_match_with_shared_seen_words(low: str, needs: tuple[tuple[str, ...], ...], expected: bool) -> None:
    from claimledger.extract.dates import _may_match

    seen: dict[str, bool] = {}
    assert _may_match(low, needs, seen) is expected
    assert _may_match(low, needs, seen) is expected  # again, from the words kept
    assert all(seen[w] == (w in low) for w in seen)


@pytest.mark.parametrize(
    "text",
    [
        "By Ana Prem, Wire Service - Friday, May 5, 2023\nA rocket strike killed 4 people on Thursday.",
        "Published Friday, May 5, 2023\nA rocket strike killed 4 people on Thursday.",
    ],
)
def test_dates_weekday_resolved_against_a_dateline_with_its_weekday(text: str) -> None:
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None)}
    assert found["Thursday"] == D(2023, 5, 4)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # the day a toll rose to a figure is the report's, not the incident's
        ("The death toll from the ambush on the convoy rose to 31 soldiers on Sunday, officials said.", "report"),
        ("The number of dead rose to at least 40 on Tuesday.", "report"),
        ("The toll climbed to 12 late on Friday.", "report"),
        # the incident's own day stays an incident date
        ("Gunmen ambushed the convoy on Sunday, killing 31 soldiers.", "weekday"),
    ],
)
def test_dates_day_a_toll_rose_is_a_report_date(text: str, rule: str) -> None:
    found = find_dates(text, dt.date(2024, 3, 12))
    assert [m.rule for m in found] == [rule]


@pytest.mark.parametrize(
    "text",
    ["In 1999, 2,019 people; 1,2020 and 2020.5 then a2020, 20201, 1890, 2099, 0.1988, 1.1999 or 12019.",
     "2020", "x2020", "9 2021\n2022,2023", "1.2019 ,2018 .2017 ,, 19 20 1800-1900"],
)
def test_dates_year_scan_as_written(text: str) -> None:
    """The year scan (look-behinds read after its first digits) finds what the regex as written finds."""
    import re

    from claimledger.extract.dates import lexicon

    plain = re.compile(r"(?<!\d)(?<!\d[,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)")
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in lexicon().year_re.finditer(text)] == expected
    assert [m.span() for m in lexicon().year_re.finditer(text, 3)] == [m.span() for m in plain.finditer(text, 3)]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("On 3 June 2019 militia fighters raided the hamlet of Orvan. Elders said 14 villagers were killed that day.",
         "that day", (D(2019, 6, 3), D(2019, 6, 3))),
        ("The port was shelled on 9 November 2015, and the same day a convoy was ambushed near Tesk.",
         "the same day", (D(2015, 11, 9), D(2015, 11, 9))),
        ("On 21 April 2003 the rebels entered Moyo. Later that night, five guards were shot.",
         "that night", (D(2003, 4, 21), D(2003, 4, 21))),
        ("In August 2011 troops surrounded Dalem; that month 30 people disappeared.",
         "that month", (D(2011, 8, 1), D(2011, 8, 31))),
        ("Militiamen burned the market of Sarto on 12 October 1998. That month, 40 traders fled.",
         "That month", (D(1998, 10, 1), D(1998, 10, 31))),
        ("Police raided the camp on Thursday 9 May 2019; that week 60 people were arrested.",
         "that week", (D(2019, 5, 6), D(2019, 5, 12))),
        ("The dam was bombed on 2 February 1993. Later that year, 300 families were moved.",
         "that year", (D(1993, 1, 1), D(1993, 12, 31))),
        # a statement's day is the day "that day" refers to ("claimed on 7 May that ... that day")
        ("A rebel radio station claimed on 7 May 2016 that 20 soldiers had died in fighting that day.",
         "that day", (D(2016, 5, 7), D(2016, 5, 7))),
    ],
)
def test_dates_refer_back_to_the_date_told_before(text: str, phrase: str, expected: tuple) -> None:
    found = {text[d.start:d.end]: (d.first, d.last, d.rule) for d in find_dates(text, None)}
    assert found[phrase][:2] == expected
    assert found[phrase][2] == "refer_back"


@pytest.mark.parametrize(
    "text",
    [
        # nothing told before it to refer to
        "Nine people were killed that day.",
        "That year's harvest failed, and 200 families left the valley in 1998.",
        # the night itself, seen or remembered: no date told
        "Born on 2 March 1990 in Kelt, she cannot remember that night.",
        "Children who survived that night in Ubor still speak of it; the raid began on 4 May 2001.",
        # a new paragraph refers back past its break only when it writes no date before the phrase
        "On 4 May 2001 troops arrived.\n\nIn 2003 that day was made a day of mourning.",
        # a statement's own day is not the night it tells of ("In a statement on Monday ... the same night")
        "In a statement on 6 March 2017, the army said two recruits were wounded by mortar fire during the same night.",
        "The governor's office, at a press conference on 2 June 2008, said the convoy was ambushed that night.",
    ],
)
def test_dates_refer_back_needs_a_date_to_refer_to(text: str) -> None:
    assert not [d for d in find_dates(text, None) if d.rule == "refer_back"]


@pytest.mark.parametrize(
    ("text", "published", "date_text", "expected"),
    [
        # a count since a day ("have been killed ... since") is a period to the document's date, not a term of office
        ("Aid groups estimate that 900 people have been killed and 2,000 wounded since March 3.", D(2017, 6, 10),
         "since March 3", (D(2017, 3, 3), D(2017, 6, 10), "since")),
        ("More than 300 civilians have been displaced since 14 January, the agency said.", D(2021, 2, 20),
         "since 14 January", (D(2021, 1, 14), D(2021, 2, 20), "since")),
        # "since X came into force / was imposed on D"
        ("Since the curfew was imposed on 4 February, police have detained 80 people.", D(2020, 3, 1),
         "Since the curfew was imposed on 4 February", (D(2020, 2, 4), D(2020, 3, 1), "since")),
        ("Since the new emergency law came into force on 2 May, 12 newspapers have closed.", D(2019, 6, 1),
         "Since the new emergency law came into force on 2 May", (D(2019, 5, 2), D(2019, 6, 1), "since")),
        # "this week", "earlier in the week": its days up to the document's date
        ("Shelling earlier in the week killed one woman.", D(2022, 9, 9),
         "earlier in the week", (D(2022, 9, 5), D(2022, 9, 9), "last_unit")),
        ("Observers counted 14 incidents this week.", D(2022, 9, 7),
         "this week", (D(2022, 9, 5), D(2022, 9, 7), "last_unit")),
    ],
)
def test_dates_periods_up_to_the_document(text: str, published: dt.date, date_text: str, expected: tuple) -> None:
    found = {text[d.start:d.end]: (d.first, d.last, d.rule) for d in find_dates(text, published)}
    assert found[date_text] == expected


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # a term of office stays context
        ("The mayor, who has been governor of the province since 2015, visited the site.", "2015", "context"),
        # finding or exhuming the dead, told after the date, dates the find
        ("In 2004 an investigative team exhumed a grave near the river, recovering 30 skeletons.", "2004", "discovery"),
        ("On 8 May 2012 the remains of 12 men were found in a ditch.", "8 May 2012", "discovery"),
        ("Two fishermen drowned; one body was recovered on 12 July 2020.", "12 July 2020", "discovery"),
        ("On 8 May 2012 gunmen killed 12 men and left them in a ditch.", "8 May 2012", "dmy"),
        # the year a report was commissioned or published dates the report
        ("A study commissioned by the health ministry in 2012 estimated that 3,000 people died.", "2012", "report"),
        ("A survey published on 4 April 2018 counted 60 dead.", "4 April 2018", "report"),
        ("An attack carried out on 4 April 2018 killed 60.", "4 April 2018", "dmy"),
        # the day a body gives or revises a toll dates the statement
        ("On 2 March 2019 the health ministry gave a toll of 12 dead.", "2 March 2019", "report"),
        ("11 May 2019 - The army revises its toll to nine dead.", "11 May 2019", "report"),
        # the day a group claims (or denies) an attack dates the claim, not the attack
        ("Rebels ambushed a convoy near Tesk on 4 June 2018; their leader claimed responsibility two days later.",
         "two days later", "report"),
        ("Gunmen stormed the depot on 3 May 2017. 5 May 2017 \u2013 The Veldor Front claims the attack in a video.",
         "5 May 2017", "report"),
        ("On 5 May 2017 the Veldor Front attacked the depot.", "5 May 2017", "dmy"),
        # a state "by" a day ("By 10 May, 30 roofs had burned") and the day images were taken are as-of dates
        ("Images taken on 1 May 2020 show intact roofs. By 10 May 2020, 30 houses appear burned.", "1 May 2020",
         "report"),
        ("Images taken on 1 May 2020 show intact roofs. By 10 May 2020, 30 houses appear burned.", "10 May 2020",
         "report"),
        ("The siege of the town ended by 10 May 2020.", "10 May 2020", "dmy"),
    ],
)
def test_dates_finds_reports_and_terms_are_not_incident_days(text: str, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, None)}
    assert found[date_text] == rule


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        ("Fighting in the hills went on through the summer of 2014.", "summer of 2014",
         (D(2014, 6, 1), D(2014, 8, 31), "range", "season")),
        ("Most villagers fled in spring 1999, a survey found.", "spring 1999",
         (D(1999, 3, 1), D(1999, 5, 31), "range", "season")),
        ("The camp was emptied in the autumn of 1943.", "autumn of 1943",
         (D(1943, 9, 1), D(1943, 11, 30), "range", "season")),
        # the time of death a forensic finding gives dates the dead (rule death), joined into one period
        ("The state of the remains shows that death occurred between the spring of 2000 and January 2001.",
         "between the spring of 2000 and January 2001", (D(2000, 3, 1), D(2001, 1, 31), "range", "death")),
        ("Pathologists found that the victims had died in March 1995.", "March 1995",
         (D(1995, 3, 1), D(1995, 3, 31), "month", "death")),
    ],
)
def test_dates_seasons_and_times_of_death(text: str, date_text: str, expected: tuple) -> None:
    found = {text[d.start:d.end]: (d.first, d.last, d.precision, d.rule) for d in find_dates(text, None)}
    assert found[date_text] == expected
