"""Years for year-less dates, from the other sources of the same incident.

A document that says "the theatre was bombed on March 16" and gives no year anywhere (no
publication date, no dateline, no year in its text or URL) leaves the extractor a month and a
day: the claim keeps the date's text and precision ``day`` with ``start = None``. Once linking
has put that claim into an incident, the incident's other claims may date the same day with a
year ("16 March 2022" in another source): the year-less date takes that year. The claim's
date rule says so (``...+incident-year``), so the year is explainable and never mistaken for
the document's own statement.

Only the same month and day in a dated claim of the same incident gives the year; else, the
same month (the day as written). Nothing else is guessed. A re-link first takes back the years
it filled before (:func:`without_incident_year`), so a claim that moves to another incident is
dated by that one.

A claim its sentence and paragraph leave undated ("In X alone, 63 children were killed", pages
after "on the night of 25 February 1992 ... X was attacked") takes the date most of the other
claims of its incident *in the same document* give (:func:`dates_from_document`; rule
``incident-in-document:<their rule>``): the document itself dates that incident. A claim the
extractor left undated by a rule of its own (its date rule is set, e.g. ``superseded``) stays undated.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from claimledger.extract.assemble import OWN_DATE_TYPES
from claimledger.extract.dates import month_day
from claimledger.link import inferred
from claimledger.models import ClaimOut, DateValue

RULE_SUFFIX = "+incident-year"
CASUALTY_KINDS = frozenset({"killed", "injured", "captured", "missing"})
DOCUMENT_RULE_PREFIX = "incident-in-document:"


def yearless_month_day(date: DateValue) -> tuple[int, int] | None:
    """(month, day) of a date the extractor kept without a year (or whose year an incident gave), else None."""
    if date.text is None or date.precision != "day":
        return None
    if date.start is not None and not date.rule.endswith(RULE_SUFFIX):
        return None
    return month_day(date.text)


def without_incident_year(claim: ClaimOut) -> ClaimOut:
    """The claim as extracted: a year (or a date) an earlier link gave its date is taken back."""
    if claim.date.rule.startswith(DOCUMENT_RULE_PREFIX):
        return claim.model_copy(update={"date": DateValue()})
    if not claim.date.rule.endswith(RULE_SUFFIX):
        return claim
    date = claim.date.model_copy(update={"start": None, "end": None, "rule": claim.date.rule[: -len(RULE_SUFFIX)]})
    return claim.model_copy(update={"date": date})


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def years_from_incident(members: Sequence[ClaimOut]) -> dict[str, DateValue]:
    """New dates for the year-less claims among one incident's ``members`` (claim id -> date).

    A dated member whose interval holds the same month and day gives the year (the most
    common one when members disagree); failing that, a dated member in the same month does,
    unless the claim only carries its date over from its paragraph or document (rule
    ``document:``/``paragraph:``): a day the incident's sources do not give is then more likely
    another event the text mentions ("since the Oct. 7 attack") than this one's.
    """
    dated = [(c.date.start, c.date.end or c.date.start) for c in members
             if c.date.start is not None and yearless_month_day(c.date) is None
             and c.date.precision in ("day", "range")]
    out: dict[str, DateValue] = {}
    if not dated:
        return out
    for claim in members:
        md = yearless_month_day(claim.date)
        if md is None or claim.date.start is not None:
            continue
        month, day = md
        same_day = Counter(y for a, b in dated for y in range(a.year, b.year + 1)
                           if (d := _on(y, month, day)) is not None and a <= d <= b)
        same_month = Counter(a.year for a, b in dated if a.month == month or b.month == month)
        if inferred(claim.date.rule):
            same_month = Counter()
        best = (same_day or same_month).most_common(1)
        if not best:
            continue
        when = _on(best[0][0], month, day)
        if when is not None:
            out[claim.claim_id] = claim.date.model_copy(update={"start": when, "end": when,
                                                                "rule": claim.date.rule + RULE_SUFFIX})
    return out


def dates_from_document(members: Sequence[ClaimOut]) -> dict[str, DateValue]:
    """New dates for the undated claims among one incident's ``members`` (claim id -> date).

    An undated claim (no date, not even a year-less one) with a casualty figure takes the date that
    more than half of the dated members from its own document give, with that date's text and
    offsets. Other counts (cases opened, witnesses heard, bodies that recognised it) are of later
    acts, not of the incident, and stay undated; so do the dead counted where they are buried or
    found (a mass grave: :data:`~claimledger.extract.assemble.OWN_DATE_TYPES`), which only their
    own sentence dates.
    """
    dated: dict[str, list[DateValue]] = {}
    for c in members:
        if c.date.start is not None and not c.date.rule.startswith(DOCUMENT_RULE_PREFIX):
            dated.setdefault(c.doc_id, []).append(c.date)
    best: dict[str, DateValue | None] = {}
    for doc_id, dates in dated.items():
        (start, end), n = Counter((d.start, d.end or d.start) for d in dates).most_common(1)[0]
        best[doc_id] = next(d for d in dates if (d.start, d.end or d.start) == (start, end)) if 2 * n > len(dates) else None
    out: dict[str, DateValue] = {}
    for claim in members:
        src = best.get(claim.doc_id)
        if src is None or claim.date.start is not None or claim.date.text is not None or claim.date.rule:
            continue
        if claim.type not in OWN_DATE_TYPES and any(f.kind in CASUALTY_KINDS for f in claim.figures):
            out[claim.claim_id] = src.model_copy(update={"rule": DOCUMENT_RULE_PREFIX + src.rule})
    return out
