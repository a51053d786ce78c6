"""Year-less dates take their year from the other sources of the same incident."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from claimledger import incidents
from claimledger.extract.dates import month_day
from claimledger.incident_years import (
    DOCUMENT_RULE_PREFIX,
    RULE_SUFFIX,
    dates_from_document,
    without_incident_year,
    years_from_incident,
)
from claimledger.ledger import Ledger
from claimledger.models import ClaimIn, ClaimOut, DateValue
from tests.incident_builders import claim, fig

D = dt.date


def _yearless(text: str, rule: str = "md") -> DateValue:
    return DateValue(precision="day", text=text, char_start=0, char_end=len(text), rule=rule)


def _dated(start: str, end: str | None = None) -> DateValue:
    a = D.fromisoformat(start)
    b = D.fromisoformat(end) if end else a
    return DateValue(start=a, end=b, precision="day" if a == b else "range", text=start, rule="dmy")


_IDS = itertools.count()


def _with_date(c: ClaimIn, date: DateValue) -> ClaimOut:
    return ClaimOut(**c.model_copy(update={"date": date}).model_dump(), claim_id=f"c{next(_IDS)}", doc_id="d", doc="d")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("March 16", (3, 16)), ("16th of March", (3, 16)), ("Oct. 7", (10, 7)), ("on 3 May", (5, 3)),
     ("February 30", None), ("the morning", None)],
)
def test_month_day(text: str, expected: tuple[int, int] | None) -> None:
    assert month_day(text) == expected


@pytest.mark.parametrize(
    ("others", "yearless", "expected"),
    [
        # the same month and day in another source gives the year
        ([_dated("2022-03-16")], "March 16", D(2022, 3, 16)),
        # a range holding the day does too
        ([_dated("2019-11-28", "2019-11-29")], "29 November", D(2019, 11, 29)),
        # else the same month
        ([_dated("2021-06-27")], "June 28", D(2021, 6, 28)),
        # sources that disagree: the year most of them give
        ([_dated("2020-05-02"), _dated("2020-05-02"), _dated("2019-05-02")], "May 2", D(2020, 5, 2)),
        # nothing dated in that month: no year is guessed
        ([_dated("2021-08-09")], "March 16", None),
        ([], "March 16", None),
    ],
)
def test_years_from_incident(others: list[DateValue], yearless: str, expected: dt.date | None) -> None:
    members = [_with_date(claim(place="Sumy"), d) for d in others]
    target = _with_date(claim(place="Sumy"), _yearless(yearless))
    found = years_from_incident([*members, target])
    if expected is None:
        assert target.claim_id not in found
    else:
        date = found[target.claim_id]
        assert (date.start, date.end, date.text) == (expected, expected, yearless)
        assert date.rule == "md" + RULE_SUFFIX


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        # the claim's own year-less date: the same month gives the year
        ("md", "June 28", D(2021, 6, 28)),
        # a date carried from the paragraph or document: only the same day gives it
        ("document:md", "June 28", None),
        ("paragraph:md", "June 28", None),
        ("document:md", "June 27", D(2021, 6, 27)),
    ],
)
def test_years_from_incident_carried_date_needs_the_same_day(rule: str, text: str, expected: dt.date | None) -> None:
    member = _with_date(claim(place="Sumy"), _dated("2021-06-27"))
    target = _with_date(claim(place="Sumy"), _yearless(text).model_copy(update={"rule": rule}))
    found = years_from_incident([member, target])
    assert (found[target.claim_id].start if target.claim_id in found else None) == expected


def test_an_incident_year_is_taken_back_before_relinking() -> None:
    filled = _with_date(claim(), DateValue(start=D(2022, 3, 16), end=D(2022, 3, 16), precision="day",
                                           text="March 16", rule="paragraph:md" + RULE_SUFFIX))
    back = without_incident_year(filled)
    assert (back.date.start, back.date.end, back.date.rule, back.date.text) == (None, None, "paragraph:md", "March 16")
    own = _with_date(claim(), _dated("2022-03-16"))
    assert without_incident_year(own) is own


def _ingest(ledger: Ledger, folder: Path, texts: dict[str, str]) -> None:
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    ledger.ingest(paths)
    ledger.extract()


def test_link_gives_a_yearless_claim_the_year_of_its_incident(ledger: Ledger, tmp_path: Path) -> None:
    _ingest(ledger, tmp_path, {
        "dated.txt": "On 14 May 2023, a missile strike on the bus station in Sumy killed 9 people and injured 20, "
                     "the regional governor said.\n",
        "yearless.txt": "A missile strike hit the bus station in Sumy on May 14.\n\nThe strike killed 11 people, "
                        "the mayor said.\n",
        "elsewhere.txt": "A missile strike hit the market in Lviv on May 14.\n\nThe strike killed 3 people, "
                         "the mayor said.\n",
    })
    before = {Path(c.doc).name: c for c in ledger.claims() if any(f.kind == "killed" for f in c.figures)}
    assert before["yearless.txt"].date.start is None and before["yearless.txt"].date.text
    incidents.link(ledger)
    after = {Path(c.doc).name: c for c in ledger.claims() if any(f.kind == "killed" for f in c.figures)}
    sumy = after["yearless.txt"]
    assert sumy.incident_id == after["dated.txt"].incident_id
    assert (sumy.date.start, sumy.date.end) == (D(2023, 5, 14), D(2023, 5, 14))
    assert sumy.date.rule.endswith(RULE_SUFFIX)
    # a claim whose incident has no dated source keeps its month and day only
    assert after["elsewhere.txt"].date.start is None
    # re-linking gives the same result (the year is taken back, then given again)
    incidents.link(ledger)
    again = {Path(c.doc).name: c for c in ledger.claims() if any(f.kind == "killed" for f in c.figures)}
    assert again["yearless.txt"].date == sumy.date


def _in_doc(c: ClaimIn, date: DateValue, doc: str) -> ClaimOut:
    return ClaimOut(**c.model_copy(update={"date": date}).model_dump(), claim_id=f"c{next(_IDS)}", doc_id=doc, doc=doc)


_KILLED = claim(place="Sumy", figures=[fig("killed", 12)])
_CASES = claim(place="Sumy", figures=[fig("other", 300, what="cases")])
_BURIED = claim("mass_grave", place="Sumy", figures=[fig("killed", 40)])


@pytest.mark.parametrize(
    ("others", "target", "expected"),
    [
        # the same document dates the incident: an undated toll takes that date
        ([("d", _dated("1999-02-25", "1999-02-26"))], _KILLED, (D(1999, 2, 25), D(1999, 2, 26))),
        # most of the document's dated claims agree
        ([("d", _dated("1999-02-25")), ("d", _dated("1999-02-25")), ("d", _dated("1999-03-01"))], _KILLED,
         (D(1999, 2, 25), D(1999, 2, 25))),
        # no majority: left undated
        ([("d", _dated("1999-02-25")), ("d", _dated("1999-03-01"))], _KILLED, None),
        # another document's date is not this document's statement
        ([("other", _dated("1999-02-25"))], _KILLED, None),
        # counts of later acts (cases opened) are not dated by the incident
        ([("d", _dated("1999-02-25"))], _CASES, None),
        # nor the dead counted in a mass grave (buried or found later)
        ([("d", _dated("1999-02-25"))], _BURIED, None),
    ],
)
def test_dates_from_document(others: list[tuple[str, DateValue]], target: ClaimIn,
                             expected: tuple[dt.date, dt.date] | None) -> None:
    members = [_in_doc(claim(place="Sumy"), d, doc) for doc, d in others]
    undated = _in_doc(target, DateValue(), "d")
    found = dates_from_document([*members, undated])
    if expected is None:
        assert undated.claim_id not in found
        return
    date = found[undated.claim_id]
    assert (date.start, date.end) == expected
    assert date.rule == DOCUMENT_RULE_PREFIX + "dmy"
    back = without_incident_year(undated.model_copy(update={"date": date}))
    assert back.date == DateValue()


@pytest.mark.parametrize("rule", ["superseded", "separate"])
def test_dates_from_document_keeps_a_claim_undated_on_purpose(rule: str) -> None:
    """A claim its extraction left undated by a rule (a later time the text set in between) takes no date."""
    member = _in_doc(claim(place="Sumy"), _dated("1999-02-25"), "d")
    undated = _in_doc(_KILLED, DateValue(rule=rule), "d")
    assert undated.claim_id not in dates_from_document([member, undated])
