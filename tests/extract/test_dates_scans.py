"""The dates rules scanned through the document's prefilter (``Caseless``: the lower-cased text, read from where
matches start) find what their plain regexes find, whatever the case the text is written in."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from claimledger.extract import dates
from claimledger.extract.numbers import load_rules
from claimledger.extract.prefilter import begin_document

# (rule loader, the key of its pattern in dates.json)
LOADERS: list[tuple[Callable[[], tuple[Any, ...]], str]] = [
    (dates._following_rules, "following_pattern"),
    (dates._days_of_rules, "days_of_pattern"),
    (dates._year_part_rules, "year_part_pattern"),
    (dates._month_part_rules, "month_part_pattern"),
    (dates._overnight_rules, "overnight_pattern"),
]

TEXTS = [
    "On 4 May the dam gave way. In the following days, crews searched the banks; over the next week more came.",
    "IN THE FOLLOWING DAYS the road stayed shut. During The Weeks That Followed, traders left the valley.",
    "Over three days of heavy shelling, the market burned. After 2 days of clashes that began on Friday, calm.",
    "The first half of 2021 was quiet, the Last Three Months Of 2019 were not; THE FINAL TWO MONTHS OF 2004.",
    "In the first two weeks of March and the second half of June 2023, the past fortnight of May too.",
    "An overnight raid hit the depot. Overnight, the guards fled; OVERNIGHT-shift staff and stopovernight stayed.",
    # letters re.IGNORECASE folds otherwise than lower() (a dotless i, a long s): the text is not lowered
    "ın the following days the ſtaff left; over two days of fighting; the first half of 2022; overnight.",
    "",
]


@pytest.mark.parametrize("loader,key", LOADERS)
@pytest.mark.parametrize("text", TEXTS)
def test_dates_rule_scan_finds_what_its_regex_finds(loader: Callable[[], tuple[Any, ...]], key: str, text: str) -> None:
    scan = loader()[0]
    plain = re.compile(load_rules("dates.json")[key])
    begin_document(text)
    got = list(scan.finditer(text))
    want = list(plain.finditer(text))
    assert [m.span() for m in got] == [m.span() for m in want]
    # the rules read their groups lower-cased (or as digits): the same either way
    assert [{k: (v or "").lower() for k, v in m.groupdict().items()} for m in got] == [
        {k: (v or "").lower() for k, v in m.groupdict().items()} for m in want]


@pytest.mark.parametrize(
    "text,rule,first,last",
    [
        ("Floods struck on 3 May 2024. IN THE FOLLOWING DAYS, aid arrived.", "following", dt.date(2024, 5, 4), None),
        ("Fighting began on 10 June 2024. Over Three Days Of Fighting, the town changed hands.", "days_of",
         dt.date(2024, 6, 10), dt.date(2024, 6, 12)),
        ("Raids rose in THE FIRST HALF OF 2021, the office said.", "year_part", dt.date(2021, 1, 1), dt.date(2021, 6, 30)),
        ("Most arrests came in The First Two Weeks Of March 2022.", "month_part", dt.date(2022, 3, 1),
         dt.date(2022, 3, 14)),
    ],
)
def test_dates_rules_read_any_case(text: str, rule: str, first: dt.date, last: dt.date | None) -> None:
    found = [d for d in dates.find_dates(text, dt.date(2024, 12, 1)) if d.rule == rule]
    assert len(found) == 1
    assert found[0].first == first
    if last is not None:
        assert found[0].last == last


BACK_TEXTS = [
    "Between 3 and 5 May, FROM the 7th, The Night Of 9 June, in early March, LATE IN 2020, Since 2019,"
    " on the first weekend of July, last Tuesday, ON Friday, the period 1990 to 1995, since the war began on 4 May",
    "Early-in May; mid-2021; the NIGHTS FROM 2 to 3 April; since the Start Of the year 2024; by 2030",
    # a dotless i and a long s: the text is searched as written, case-insensitively
    "ın May, ſince 2020, the nıght of 5 June, from 1 to 2 March",
]


@pytest.mark.parametrize("name", ["_PRE_BACK", "_MONTH_BACK", "_YEAR_BACK", "_NIGHT_BACK", "_WEEKEND_BACK",
                                  "_MONTH_PART_BACK", "_WEEKDAY_BACK", "_SINCE_BACK"])
@pytest.mark.parametrize("text", BACK_TEXTS)
def test_back_search_is_the_caseless_regex(name: str, text: str) -> None:
    back = getattr(dates, name)
    plain = re.compile(back.ignorecase.pattern, re.IGNORECASE)
    for pos in range(len(text) + 1):
        for width in (12, 30, 100):
            got = dates._back(back, text, pos, width)
            want = plain.search(text, max(0, pos - width), pos)
            assert (got.span() if got else None) == (want.span() if want else None)
            assert (got.group(0).lower() if got else None) == (want.group(0).lower() if want else None)


def test_rule_matches_resolve_again_from_a_dateline() -> None:
    # no publication date: the dateline's day anchors the text, and the same matches resolve from it
    text = "Published 12 March 2023\nTwo days ago, gunmen raided a checkpoint. Yesterday the road reopened."
    found = dates.find_dates(text)
    assert [d.rule for d in found][:1] == ["dateline"]
    assert {d.rule: d.first for d in found}.get("relday") == dt.date(2023, 3, 11)


@pytest.mark.parametrize("text", [*TEXTS,
                                  "Two weeks ago the bridge fell; the day before, a convoy crossed it.",
                                  "Last month and again this week, the pass stayed shut, residents said the next day."])
def test_rule_matches_the_same_whether_the_document_scan_knows_the_text(text: str) -> None:
    # a case-insensitive rule the scan shuts is passed over before its words are looked for: the same matches
    lex = dates.lexicon()
    begin_document("")  # another document: the scan knows nothing of ``text``
    unknown = [(rule, [m.span() for m in ms]) for rule, ms in dates._rule_matches(text, lex)]
    begin_document(text)
    scanned = [(rule, [m.span() for m in ms]) for rule, ms in dates._rule_matches(text, lex)]
    assert [(r, s) for r, s in scanned if s] == [(r, s) for r, s in unknown if s]
