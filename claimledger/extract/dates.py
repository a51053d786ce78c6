"""Date expressions (component "dates"): absolute, partial, ranges and relative dates.

Writes ``doc.spans["dates"]``: one :class:`Mention` per expression, label = precision
(``day | month | year | range``), data = ``{"start": date, "end": date, "precision": str}``
(+ ``"year_inferred": bool``). ``rule`` names the pattern.

* Absolute: ``2022-03-16``, ``16.03.2022``, ``03/16/2022`` (slash order from
  ``rules/dates.json``), ``16 March 2022``, ``March 16, 2022``, ``16th of March``.
* Partial: ``March 2022`` (month), ``in 1992`` (year), ``March 16`` (the year inferred).
* Ranges (own grammar): ``between 13 and 17 February``, ``the night of 25 to 26 February
  1992``, ``19 and 20 September 2023``, ``19. and 20. September``, ``March 3-5``,
  ``28 November - 2 December 2020``, ``January 2, 2013 and January 23, 2013`` and the
  translation artifact ``19. and September 20, 2023``.
* Relative, resolved only against an anchor (the publication date, else a
  `` date YYYY-MM-DD`` dateline in the text, else a whole date in the URL's path,
  ``/2022/03/16/``): ``yesterday``, ``today``, ``last night``,
  ``(on|last) Tuesday``, ``six months ago``, ``last week``, ``last weekend``; ``since 15 April``
  (``since the war erupted on ...``) runs from that date to the anchor (rule ``since``).
* Counted from the day written just before: ``the previous day``, ``a day later``,
  ``two days later``, ``3 days earlier``.
* A missing year comes from the nearest explicit year earlier in the same paragraph, else
  the anchor's year (a year and month in the URL, ``/2013/08/``, count as one), else the
  nearest explicit year anywhere in the text; when the paragraph has written dates of several
  years before it, the year that puts it nearest one of them wins; a year-less date
  that would fall after the publication date (or well after the latest explicit date
  written before it) moves to the year before.

Datelines (`` date 2023-10-18``, "Published ...", a line holding only a date and a time)
get the rule ``dateline``: they are the publication date, never an incident date.
Dates of statements and reports ("said on Wednesday", "as of Tuesday morning") get the
rule ``report``: they date the claim, not the incident. Dates bodies were found or seen ("the
bodies found between April 1 and 3") get the rule ``discovery``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateutil.relativedelta import relativedelta

from claimledger.extract.base import Component, Doc, Mention
from claimledger.extract.fastre import (
    AnySliceCue,
    Caseless,
    lowers_exactly,
    caseless_text,
    compile_fast,
    fold,
    literal_trie,
    lower_copy,
    lower_pattern,
)
from claimledger.extract.numbers import load_rules, parse_number
from claimledger.extract.prefilter import Gated, gated
from claimledger.extract.scan import Replay

_Scan = re.Pattern[str] | Caseless


@dataclass(frozen=True)
class _Lex:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    ago_units: dict[str, str]
    last_units: dict[str, str]
    slash_mdy: bool
    year_min: int
    year_max: int
    datelines: AnySliceCue
    reports: AnySliceCue
    reports_after: tuple[Gated, ...]
    discoveries: AnySliceCue
    discoveries_after: tuple[Gated, ...]
    refer_units: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    deaths: AnySliceCue
    refer_not_after: re.Pattern[str] | None
    patterns: tuple[tuple[str, _Scan], ...]
    url_patterns: tuple[re.Pattern[str], ...]
    contexts: AnySliceCue
    dateline_pairs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    year_re: re.Pattern[str]
    needs: dict[str, tuple[re.Pattern[str] | tuple[str, ...], ...]]
    # the case-sensitive patterns' names and their scans from one look-ahead scan (extract.scan.Replay)
    joint_rules: tuple[str, ...] = ()
    joint: Replay = Replay([])


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _cap(words: list[str]) -> str:
    """Title-case and upper-case variants (month names must be capitalised: "may" is a verb), as a trie
    (the same matches as the longest-first alternation, each character tried once)."""
    forms = {w.title() for w in words} | {w.upper() for w in words}
    if any(ch.isspace() for w in forms for ch in w):  # "\s+" between words: the plain alternation
        return _alt(sorted(forms))
    return literal_trie(sorted(forms))


@cache
def lexicon() -> _Lex:
    """Compile the date grammar from ``rules/dates.json`` (once)."""
    r = load_rules("dates.json")
    months: dict[str, int] = r["months"]
    M = rf"(?P<{{n}}>(?:{_cap(list(months))})\.?)(?![a-z])"
    D = r"(?P<{n}>\d\d?)(?:st|nd|rd|th|\.(?=\s*(?:and|to|und|-|–|—|of|[A-Z][a-z]{2})))?(?!\d)"
    Y = r"(?P<{n}>1[89]\d\d|20\d\d)(?![\d])"
    sep = r"\s*(?:-|–|—|/|(?:to|and|until|till|through)(?:\s+the(?=\s+\d))?)\s*"  # "from the 3rd to the 5th of May"
    w = lambda t, n: t.replace("{n}", n)
    m1, m2, d1, d2, y1, y2 = w(M, "m1"), w(M, "m2"), w(D, "d1"), w(D, "d2"), w(Y, "y1"), w(Y, "y2")
    pre = ""  # "between", "from", "the night of": found by looking back (see _PRE_BACK), which is faster
    pats = [
        ("iso", rf"{y1}[-/](?P<mn>[01]\d)[-/]{d1}"),
        ("dotted", rf"{d1}\.(?P<mn>[01]?\d)\.{y1}"),
        ("slash", rf"(?P<p1>\d\d?)/(?P<p2>\d\d?)/{y1}"),
        ("range_mdy_mdy", rf"{pre}{m1}\s+{d1},?\s+{y1}{sep}{m2}\s+{d2},?\s+{y2}"),
        ("range_dmy_dmy", rf"{pre}{d1}\s+{m1},?\s+{y1}{sep}{d2}\s+{m2},?\s+{y2}"),
        ("range_d_md", rf"{d1}\s*(?:and|to|-|–)\s*{m1}\s+{d2},?\s+{y1}"),
        ("range_dm_dm", rf"{pre}{d1}\s+(?:of\s+)?{m1}{sep}{d2}\s+(?:of\s+)?{m2}(?:,?\s+{y1})?"),
        ("range_md_md", rf"{pre}{m1}\s+{d1}{sep}{m2}\s+{d2}(?:,?\s+{y1})?"),
        ("range_dd_m", rf"{pre}{d1}{sep}{d2}\s+(?:of\s+)?{m1}(?:,?\s+{y1})?"),
        ("range_m_dd", rf"{pre}{m1}\s+{d1}{sep}{d2}(?:,?\s+{y1})?"),
        ("range_m_m", rf"{m1}{sep}{m2},?\s+{y1}"),
        ("dmy", rf"{d1}\s+(?:of\s+)?{m1},?\s+{y1}"),
        ("mdy", rf"{m1}\s+{d1},?\s+{y1}"),
        ("dm", rf"{d1}\s+(?:of\s+)?{m1}"),
        ("md", rf"{m1}\s+{d1}(?![\d:])"),
        ("my", rf"{m1},?\s+(?:of\s+)?{y1}"),
        ("in_month", rf"{m1}(?!\s*\d)"),
        ("range_y_y", rf"{y1}\s+(?:and|to|until|till|through)\s+{y2}"),
        ("year", rf"{y1}(?!\s*[-–]?\s*\d)(?!s\b)"),
        ("weekday", rf"(?P<wd>{_cap(list(r['weekdays']))})(?![a-z])"),
    ]
    # case-insensitive rules scan the lower-cased text (their group names are lower-case)
    caseless = [
        ("relday", rf"\b(?:{_alt(list(r['relative_days']))})\b"),
        ("ago", r"\b(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
        ("last_unit", rf"\b(?:{_alt(list(r['last_units']))})\b"),
        ("day_shift", r"\b(?:the\s+(?P<prev>previous|preceding)\s+(?:day|night|evening)|the\s+day\s+(?P<before>before)(?!\s+\w+day\b)"
                      r"|a\s+day\s+(?P<earlier>earlier)|the\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)"
                      r"|a\s+day\s+(?P<later>later)"
                      r"|(?P<n>two|three|four|five|six|[2-6])\s+days\s+(?:(?P<nearlier>earlier)|later)"
                      r"|(?P<wn>a|one|two|three|[1-3])\s+weeks?\s+(?:(?P<wearlier>earlier)|later))\b"),
        # "in the past 48 hours", "over the previous three days": the days up to the document's date (past, last)
        # or up to the day written before it (previous, preceding)
        ("past_span", r"\b(?:in|over|during|within)\s+the\s+(?P<which>past|last|previous|preceding)\s+"
                      r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>hours|days)\b"),
    ]
    order = [name for name, _ in pats[:-1]] + ["relday", "ago", "last_unit", "weekday", "day_shift", "past_span"]
    if r.get("seasons"):
        caseless.append(("season", rf"\b(?P<season>{_alt(list(r['seasons']))})(?:\s+of)?,?\s+(?P<y1>1[89]\d\d|20\d\d)(?![\d])"))
        order.append("season")
    if r.get("refer_back_pattern"):
        caseless.append(("refer_back", r["refer_back_pattern"].removeprefix("(?i)")))
        order.append("refer_back")
    if r.get("after_event_pattern"):
        caseless.append(("after_event", r["after_event_pattern"].removeprefix("(?i)")))
        order.append("after_event")
    scans: dict[str, _Scan] = {name: compile_fast(p) for name, p in pats}
    scans.update((name, Caseless(p)) for name, p in caseless)
    compiled = tuple((name, scans[name]) for name in order)
    joint = [(name, rx) for name, rx in compiled if isinstance(rx, re.Pattern)]
    return _Lex(
        joint_rules=tuple(name for name, _ in joint),
        joint=Replay([rx for _, rx in joint]),
        months=months,
        weekdays=r["weekdays"],
        relative_days=r["relative_days"],
        ago_units=r["ago_units"],
        last_units=r["last_units"],
        slash_mdy=r.get("slash_order", "mdy") == "mdy",
        year_min=int(r["year_min"]),
        year_max=int(r["year_max"]),
        datelines=AnySliceCue(r["dateline_patterns"], re.MULTILINE),
        reports=AnySliceCue(r.get("report_patterns", [])),
        reports_after=tuple(gated(p) for p in r.get("report_after_patterns", [])),
        discoveries=AnySliceCue(r.get("discovery_patterns", [])),
        discoveries_after=tuple(gated(p) for p in r.get("discovery_after_patterns", [])),
        refer_units=r.get("refer_back_units", {}),
        seasons={k: (int(v[0]), int(v[1])) for k, v in r.get("seasons", {}).items()},
        deaths=AnySliceCue(r.get("death_patterns", [])),
        refer_not_after=re.compile(r["refer_back_not_after"]) if r.get("refer_back_not_after") else None,
        patterns=compiled,
        url_patterns=tuple(re.compile(p) for p in r.get("url_patterns", [])),
        contexts=AnySliceCue(r.get("context_patterns", [])),
        dateline_pairs=tuple((re.compile(a), re.compile(b)) for a, b in r.get("dateline_pairs", [])),
        # "(?<!\d)(?<!\d[,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)" with its look-behinds read after the first two
        # digits (three and four characters back: the same characters before the year): a regex that opens
        # with its digits lets re skip to each "1" or "2" at C speed (about twice as fast)
        year_re=re.compile(r"(?:1[89]|20)(?<!\d..)(?<!\d[,.]..)\d\d(?!\d|[,.]\d)"),
        needs={
            "relday": tuple(tuple(k.lower().split()) for k in r["relative_days"]),
            "ago": (("ago",),),
            "last_unit": tuple(tuple(k.lower().split()) for k in r["last_units"]),
            # every alternative of day_shift holds "day(s)", "week(s)" or a part of a day: keep it so when adding
            # one (words, not a regex: a search of the whole text for white space before them costs more than the
            # scan of the rule it would spare, which the document's prefilter scan shuts when it cannot match)
            "day_shift": (("day",), ("week",), ("night",), ("morning",), ("afternoon",), ("evening",)),
            "past_span": (("the", "hours"), ("the", "days")),
            "refer_back": (("that",), ("same",), ("during",), ("throughout",)),
            "season": tuple((k,) for k in r.get("seasons", {})),
            "after_event": (("after",),),
        },
    )


@dataclass
class DateMatch:
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    precision: str
    rule: str
    year_inferred: bool = False
    month_day: tuple[int, int] | None = None  # a year-less "March 16" no year in reach resolves: (3, 16)
    unresolved: bool = False  # a weekday without an anchor: the sentence has a date of its own, unknown
    shift: int = 0  # "the previous day" (-1), "the next day" (+1): relative to the date written before it
    refer: str = ""  # "that day" ("day"), "that month" ("month"): the date written before it (_refer_back)
    back: int = 0  # "in the previous 48 hours" (2): the days up to the date written before it (_shift_days)


def _month(lex: _Lex, s: str | None) -> int | None:
    if not s:
        return None
    return lex.months.get(s.lower().rstrip("."))


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


class _YearFinder:
    """The nearest explicit year for a year-less date."""

    def __init__(self, text: str, lex: _Lex, anchor: dt.date | None, paragraphs: list[tuple[int, int]]) -> None:
        self.positions: list[int] = []
        self.years: list[int] = []
        for m in lex.year_re.finditer(text):
            y = int(m.group())
            if lex.year_min <= y <= lex.year_max:
                self.positions.append(m.start())
                self.years.append(y)
        self.anchor = anchor
        self.par_starts = [p[0] for p in paragraphs]
        self.paragraphs = paragraphs
        # a headline naming one year before the publication's ("The siege of X, 1994", "X: spring 1997") tells
        # of that year: its year-less dates are of it, not of the year the text was published
        line_end = text.find("\n")
        line_end = len(text) if line_end < 0 else line_end
        head = {y for p, y in zip(self.positions, self.years, strict=True) if p < line_end}
        year = head.pop() if len(head) == 1 else None
        self.head_year = year if year is not None and anchor is not None and year < anchor.year else None

    def year_for(self, offset: int, month: int | None = None, day: int | None = None) -> int | None:
        i = bisect.bisect_left(self.positions, offset)
        pi = bisect.bisect_right(self.par_starts, offset) - 1
        par_start = self.paragraphs[pi][0] if pi >= 0 else 0
        if i > 0 and self.positions[i - 1] >= par_start:
            return self.years[i - 1]
        if self.head_year is not None:
            return self.head_year
        if self.anchor is not None:
            y = self.anchor.year
            # a year-less date after the publication date belongs to the previous year
            if month is not None and (month, day or 1) > (self.anchor.month, self.anchor.day):
                y -= 1
            return y
        if i > 0:
            return self.years[i - 1]
        best: tuple[int, int] | None = None
        for j in (i - 1, i):
            if 0 <= j < len(self.positions):
                dist = abs(self.positions[j] - offset)
                if best is None or dist < best[0]:
                    best = (dist, self.years[j])
        return best[1] if best else None


_MONTH_DAY = (re.compile(r"(?i)(?P<m>[a-z]+)\.?\s+(?P<d>\d\d?)(?!\d)"),
              re.compile(r"(?i)(?<!\d)(?P<d>\d\d?)(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<m>[a-z]+)"))


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a day-month date's text ("March 16", "16th of March", "Oct. 7"), else None."""
    lex = lexicon()
    for rx in _MONTH_DAY:
        for m in rx.finditer(text):
            month, day = lex.months.get(m.group("m").lower()), int(m.group("d"))
            if month and _day(2000, month, day) is not None:
                return month, day
    return None


def url_date(url: str | None) -> tuple[dt.date, str] | None:
    """The date a URL's path carries ("/2022/03/16/", "/2013/aug/21/", "/2013/08/"), with its
    precision (``day`` or ``month``; a month is returned as its last day), else None."""
    if not url:
        return None
    lex = lexicon()
    path = url.split("?", 1)[0].lower()
    for rx in lex.url_patterns:
        m = rx.search(path)
        if m is None:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else lex.months.get(g.get("mname") or "")
        if not month:
            continue
        year = int(g["y"])
        if not lex.year_min <= year <= lex.year_max:
            continue
        if g.get("d"):
            day = _day(year, month, int(g["d"]))
            if day is not None:
                return day, "day"
            continue
        return _month_span(year, month)[1], "month"
    return None


def find_anchor(text: str, published: dt.date | None, url: str | None = None) -> dt.date | None:
    """The date relative expressions resolve against: the publication date, else a dateline,
    else a whole date in the URL's path."""
    if published is not None:
        return published
    m = re.search(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})", text[:400], re.MULTILINE)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    found = url_date(url)
    if found is not None and found[1] == "day":
        return found[0]
    return None


def find_dates(text: str, published: dt.date | None = None, paragraphs: list[tuple[int, int]] | None = None,
               url: str | None = None) -> list[DateMatch]:
    """Find and resolve every date expression in ``text``.

    text (str): the document text.
    published (date | None): publication date, the anchor of relative expressions.
    paragraphs (list[(int, int)] | None): paragraph bounds, used for year inference.
    url (str | None): the document's URL; a date in its path stands in for an unknown publication
        date (a year and month alone only anchor year-less dates, not relative ones).
    RETURNS (list[DateMatch]): non-overlapping matches in text order.
    """
    lex = lexicon()
    anchor = find_anchor(text, published, url)
    year_anchor = anchor
    if anchor is None:
        found = url_date(url)
        year_anchor = found[0] if found is not None else None
    matches = _rule_matches(text, lex)
    out = _find(text, lex, anchor, paragraphs, matches, year_anchor)
    if anchor is None:
        first = next((d for d in out if d.rule == "dateline" and d.precision == "day" and d.first is not None), None)
        if first is not None and first.first is not None:
            anchor = first.first
            out = _find(text, lex, anchor, paragraphs, matches)  # (the same matches, resolved from the dateline's day)
    return _live_entries(text, out, anchor)


@cache
def _live_rules() -> tuple[re.Pattern[str] | None, int]:
    r = load_rules("dates.json")
    pat = r.get("live_entry_pattern")
    return (re.compile(pat) if pat else None), int(r.get("live_entry_min", 2))


_HEADING_REST = re.compile(r"(?i)[\s,.]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,.]*)?")


def _is_day_heading(text: str, d: DateMatch) -> bool:
    """A day written alone on its line ("Saturday 29 June 2024"): a live blog's day heading."""
    if d.precision != "day" or d.first is None:
        return False
    ls = text.rfind("\n", 0, d.start) + 1
    le = text.find("\n", d.end)
    le = len(text) if le < 0 else le
    return bool(_HEADING_REST.fullmatch(text, ls, d.start) and _HEADING_REST.fullmatch(text, d.end, le))


_LINE_OPENS_DIGIT = re.compile(r"\n[ \t]*\d")


def _live_entries(text: str, out: list[DateMatch], anchor: dt.date | None) -> list[DateMatch]:
    """A live blog's time-stamped entries ("16:20 - The agency says ..."): each time stamp dates its
    entry by the day heading above it, else the document's date (rule ``live_entry``), when the
    document has enough such entries (``live_entry_pattern``, ``live_entry_min`` in dates.json)."""
    rx, least = _live_rules()
    if rx is None or (anchor is None and not out):
        return out
    if text[:1].isdigit() + len(_LINE_OPENS_DIGIT.findall(text)) < least:
        return out  # (a cheap test before the scan: too few lines open with a digit)
    stamps = list(rx.finditer(text))
    if len(stamps) < least:
        return out
    headings = [d for d in out if _is_day_heading(text, d)]
    starts = [d.start for d in out]
    added: list[DateMatch] = []
    for m in stamps:
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        e = s + len(m.group().strip().rstrip("-–—:|").rstrip())
        i = bisect.bisect_left(starts, s)
        if (i > 0 and out[i - 1].end > s) or (i < len(out) and out[i].start < e):
            continue  # the time stamp is part of a date already found
        above = [d for d in headings if d.end <= s]
        day = above[-1].first if above else anchor
        if day is not None:
            added.append(DateMatch(s, e, day, day, "day", "live_entry"))
    return sorted(out + added, key=lambda d: d.start) if added else out


def _may_match(low: str, needs: tuple[re.Pattern[str] | tuple[str, ...], ...], seen: dict[str, bool] | None = None) -> bool:
    """Whether the lower-cased text holds all the words of one alternative (or a match of one regex):
    a rule that matches none of them cannot match. ``seen`` keeps, for one text, whether it holds a
    word (rules share words: "last", "this", "the")."""
    seen = {} if seen is None else seen
    for n in needs:
        if isinstance(n, re.Pattern):
            if n.search(low) is not None:
                return True
            continue
        for w in n:
            has = seen.get(w)
            if has is None:
                has = seen[w] = w in low
            if not has:
                break
        else:
            return True
    return False


def _rule_matches(text: str, lex: _Lex) -> list[tuple[str, list[re.Match[str]]]]:
    """The matches of the date rules in ``text``, rule by rule in the grammar's order: a function of the text
    alone (``find_dates`` resolves them twice when a dateline's day turns out to anchor the text)."""
    low = caseless_text(text)
    joint = dict(zip(lex.joint_rules, lex.joint.finditers(text)))  # the case-sensitive rules, scanned together
    seen: dict[str, bool] = {}  # the words of case-insensitive rules the text holds (_may_match)
    found: list[tuple[str, list[re.Match[str]]]] = []
    for rule, rx in lex.patterns:
        if low is not None and rule in lex.needs and (
                isinstance(rx, Caseless) and rx.absent(text) or not _may_match(low, lex.needs[rule], seen)):
            continue  # a case-insensitive rule the document scan shuts, or whose words the text lacks: no scan
        found.append((rule, joint[rule] if rule in joint else list(rx.finditer(text))))
    return found


def _find(text: str, lex: _Lex, anchor: dt.date | None, paragraphs: list[tuple[int, int]] | None,
          found: list[tuple[str, list[re.Match[str]]]], year_anchor: dt.date | None = None) -> list[DateMatch]:
    year_anchor = year_anchor or anchor
    years = _YearFinder(text, lex, year_anchor, paragraphs or [(0, len(text))])
    raw: list[DateMatch] = []
    for rule, matches in found:
        for m in matches:
            dm = _resolve(rule, m, text, lex, anchor, years)
            if dm is not None:
                raw.append(dm)
    raw.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMatch] = []
    last_end = -1
    for d in raw:
        if d.start >= last_end:
            out.append(d)
            last_end = d.end
        elif out and d.end > out[-1].end and d.start == out[-1].start:
            continue
    _mark_datelines(text, out, lex)
    _years_near_dates(out, paragraphs or [(0, len(text))])
    _cap_inferred_years(out, year_anchor)
    _years_of_written_periods(out)
    # "Monday, June 27": the explicit date carries the meaning; drop the weekday
    keep: list[DateMatch] = []
    for i, d in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if d.rule == "weekday" and nxt is not None and nxt.precision == "day" and re.fullmatch(r"[\s,(]*(?:the\s+)?", text[d.end : nxt.start]):
            continue
        keep.append(d)
    _weekdays_of_dates(text, keep, lex)
    _weekdays_of_told_days(text, keep)
    _shift_days(text, keep)
    _refer_back(text, keep)
    keep = _days_of(text, keep)
    keep = _following(text, keep)
    keep = _overnight(text, keep, anchor)
    keep = _anniversaries(text, keep, year_anchor)
    keep = _month_parts(text, keep, year_anchor, lex)
    keep = _year_parts(text, keep)
    keep = [d for d in keep if not (d.shift or d.refer) or d.first is not None]
    return _ongoing_ranges(text, _since_ranges(text, _join_spans(text, keep), anchor), anchor)


class _Back:
    """A case-insensitive regex searched back from a date (``_back``): on the lower-cased text, case-sensitively,
    when the text lowers exactly (``caseless_text``), as ``Caseless`` does (no case folding at each character), but
    with no prefilter scan (these words, "in", "by", "of", are in every document: the scan would find them all).
    The same matches as ``re.IGNORECASE`` on the text; their groups are lower-cased (read through ``fold``)."""

    def __init__(self, pattern: str) -> None:
        self.ignorecase = compile_fast(pattern, re.IGNORECASE)
        self.lower = compile_fast(lower_pattern(pattern)) if lowers_exactly(pattern) else None

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self.lower is not None:
            low = caseless_text(text)
            if low is not None:
                return self.lower.search(low, pos, endpos)
        return self.ignorecase.search(text, pos, endpos)


_SINCE_BACK = _Back(
    r"(?<!\w)since\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:began|begun|erupted|started|broke\s+out|came\s+into\s+(?:force|effect)"
    r"|took\s+effect|(?:was|were)\s+(?:declared|imposed|launched))\s+(?:on|in)\s+"
    r"|the\s+(?:beginning|start|outbreak|onset|end)\s+of\s+(?:[\w'’-]+\s+){1,6}?(?:on|in)\s+"
    r"|the\s+(?:beginning|start)\s+of\s+(?:the\s+year\s+)?"
    r"|the\s+(?:[\w'’-]+\s+){1,6}?(?:of|on)\s+)?"  # "since the protests that followed the election of 28 July"
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$")
SINCE_REACH = 100  # characters back from a date to its "since" ("since the start of the offensive by X on")


def _since_ranges(text: str, out: list[DateMatch], anchor: dt.date | None) -> list[DateMatch]:
    """"since 15 April", "since the war erupted on April 15, 2023": a period from that date to the
    document's date (its anchor), when the anchor is known and later."""
    if anchor is None:
        return out
    for d in out:
        if d.rule in ("dateline", "report", "context", "discovery", "range_join") or d.first is None or d.last is None:
            continue
        if d.last >= anchor and not (d.precision == "year" and d.first < anchor):
            continue  # "since 2024" in 2024 still runs from the year's start to the anchor
        opener = _back(_SINCE_BACK, text, d.start, SINCE_REACH)
        if opener is None:
            continue
        d.start, d.last, d.precision, d.rule = opener.start(), anchor, "range", "since"
    return out


@cache
def _month_part_rules() -> tuple[re.Pattern[str] | Caseless | None, dict[str, int]]:
    r = load_rules("dates.json")
    pat = r.get("month_part_pattern")
    return (_gated(pat) if pat else None), {k: int(v) for k, v in r.get("month_part_counts", {}).items()}


def _month_parts(text: str, out: list[DateMatch], anchor: dt.date | None, lex: _Lex) -> list[DateMatch]:
    """"the first two weeks of March", "the second half of June 2023": the range of those days (rule
    ``month_part``), replacing the dates found inside the phrase; a year-less month is the latest one
    not after ``anchor`` (no year known: left alone)."""
    rx, counts = _month_part_rules()
    if rx is None:
        return out
    low = lower_copy(text)
    if "week of" not in low and "weeks of" not in low and "fortnight of" not in low and " half of" not in low:
        return out  # (a cheap test before the scan)
    added: list[DateMatch] = []
    for m in rx.finditer(text):
        month = _month(lex, m.group("month"))
        if month is None:
            continue
        if m.group("year"):
            year, inferred = int(m.group("year")), False
        elif anchor is not None:
            year, inferred = (anchor.year if month <= anchor.month else anchor.year - 1), True
        else:
            continue
        first, last = _month_span(year, month)
        unit, pos = m.group("unit").lower(), m.group("pos").lower()
        days = 15 if unit == "half" else 7 * (2 if unit == "fortnight" else counts.get((m.group("n") or "").lower(), 1))
        if unit == "half" and pos in ("second", "last", "final"):
            first = first + dt.timedelta(days=15)
        elif unit != "half" and pos in ("last", "final", "past"):
            first = max(first, last - dt.timedelta(days=days - 1))
        elif pos == "second":
            continue  # "the second week of March": one week, not counted here
        else:
            last = min(last, first + dt.timedelta(days=days - 1))
        added.append(DateMatch(m.start(), m.end(), first, last, "range", "month_part", year_inferred=inferred))
    if not added:
        return out
    kept = [d for d in out if not any(a.start <= d.start < a.end or d.start <= a.start < d.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)


@cache
def _year_part_rules() -> tuple[re.Pattern[str] | Caseless | None, dict[str, int]]:
    r = load_rules("dates.json")
    pat = r.get("year_part_pattern")
    return (_gated(pat) if pat else None), {k: int(v) for k, v in r.get("year_part_counts", {}).items()}


def _year_parts(text: str, out: list[DateMatch]) -> list[DateMatch]:
    """"the first nine months of 2004", "the last three months of 2019", "the first half of 2021": the range
    of those months (rule ``year_part``), replacing the year found inside the phrase."""
    rx, counts = _year_part_rules()
    if rx is None or ("onths of" not in text and "alf of" not in text and "ONTHS OF" not in text and "ALF OF" not in text):
        return out  # (a cheap test before the scan)
    added: list[DateMatch] = []
    for m in rx.finditer(text):
        n = 6 if m.group("n") is None else counts.get(m.group("n").lower(), 0)  # (no count: "half")
        if not 0 < n < 12:
            continue
        year = int(m.group("year"))
        if m.group("pos").lower() == "first":
            first, last = dt.date(year, 1, 1), _month_span(year, n)[1]
        else:
            first, last = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
        added.append(DateMatch(m.start(), m.end(), first, last, "range", "year_part"))
    if not added:
        return out
    kept = [d for d in out if not any(a.start <= d.start < a.end or d.start <= a.start < d.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)


@cache
def _ongoing_rules() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, int]:
    r = load_rules("dates.json")
    end = r.get("ongoing_end_pattern")
    return (tuple(re.compile(p) for p in r.get("ongoing_patterns", [])), re.compile(end) if end else None,
            int(r.get("ongoing_max_days", 0)))


ONGOING_REACH = 40  # characters back from a day to its "began on"


def _ongoing_ranges(text: str, out: list[DateMatch], anchor: dt.date | None) -> list[DateMatch]:
    """"The gunfight began on Wednesday" in a text of Saturday, with no end told in its sentence: a
    period from that day to the document's date (rule ``began``; see ``ongoing_patterns`` in dates.json)."""
    pats, end, reach = _ongoing_rules()
    if anchor is None or not pats or reach <= 0:
        return out
    for d in out:
        if d.precision != "day" or d.first is None or d.rule in NOT_INCIDENT_DAY_RULES:
            continue
        if not 0 < (anchor - d.first).days <= reach:
            continue
        if not any(_back(p, text, d.start, ONGOING_REACH) for p in pats):
            continue
        s0 = max(text.rfind(". ", 0, d.start), text.rfind("\n", 0, d.start)) + 1
        stops = [i for i in (text.find(". ", d.end), text.find("\n", d.end)) if i >= 0]
        s1 = min(stops) if stops else len(text)
        if end is not None and end.search(text, s0, s1):
            continue
        d.last, d.precision, d.rule = anchor, "range", "began"
        lasted = _back(_DAYS_OF, text, d.start, DAYS_OF_REACH)
        n = parse_number(lasted.group("n")) if lasted is not None else None
        if isinstance(n, int) and 0 < n <= reach:
            # "three days of clashes that began on Friday": Friday to Sunday; begun in the evening or at night
            # ("two days of fighting that began on Monday evening"), they run into one more calendar day
            late = _EVENING_AFTER.match(text, d.end) is not None
            d.last = min(anchor, d.first + dt.timedelta(days=n if late else n - 1))
    return out


# "in two days of fighting that began on Monday evening": the period its length gives
_DAYS_OF = re.compile(r"(?i)(?<![\w-])(?P<n>\d+|[a-z]+)\s+days?\s+of\s+(?:[\w'’-]+\s+){1,3}?(?:that|which)\s+"
                      r"(?:began|started|erupted|broke\s+out)\s+(?:(?:early|late)\s+)?on\s+(?:the\s+)?$")
DAYS_OF_REACH = 80
_EVENING_AFTER = re.compile(r"(?i)\s+(?:evening|night)\b")


NOT_INCIDENT_DAY_RULES = ("dateline", "report", "context", "discovery", "since", "live_entry", "anniversary")
SHIFT_REACH = 300  # characters back to the date "the previous day" counts from, within a paragraph
REPORT_AFTER_REACH = 120  # characters after a date its report_after_patterns may read ("On 4 June, X showed ... at a press conference")


@cache
def _anniversary_rules() -> tuple[tuple[re.Pattern[str] | Caseless, ...], dict[str, int], re.Pattern[str]]:
    r = load_rules("dates.json")
    return (tuple(_gated(p) for p in r.get("anniversary_patterns", [])), r.get("ordinals", {}),
            re.compile(r.get("anniversary_own_day", r"^\s*$")))


def _gated(pattern: str) -> re.Pattern[str] | Caseless:
    """A pattern led by ``(?i)`` as a ``Caseless`` scan with a gate (a text without the strings every match
    holds is not scanned; only offsets and lower-cased words are read from its matches); others as written."""
    return Caseless(pattern[4:], gate=True) if pattern.startswith("(?i)") else re.compile(pattern)


def anniversary_years(word: str) -> int | None:
    """Years an anniversary counts ("29th", "twenty-fifth", "25", "ten"), else None."""
    ordinals = _anniversary_rules()[1]
    w = word.lower()
    if w in ordinals:
        return ordinals[w]
    n = parse_number(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", w))
    return int(n) if isinstance(n, int) and 0 < n <= 200 else None


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``: from the end of the last sentence end before
    ``start`` (or the text's start) to the next sentence end after ``end`` (or the text's end)."""
    s0 = max((e.end() for e in _SENTENCE_END.finditer(text, 0, start)), default=0)
    e0 = _SENTENCE_END.search(text, end)
    return s0, e0.start() if e0 else len(text)


def _anniversaries(text: str, out: list[DateMatch], anchor: dt.date | None) -> list[DateMatch]:
    """"gathered on 11 July for the 29th anniversary of the massacre", "to mark 25 years since the
    attack": the commemorated event took place N years before the day the sentence gives (rule
    ``anniversary``, precision day), else in the year N years before the document's anchor
    (precision year). A day written right before the phrase is the commemoration's own day
    (rule ``context``): it dates the ceremony, not the event."""
    patterns, _, own_day = _anniversary_rules()
    low = lower_copy(text)
    if "anniversar" not in low and "years" not in low:
        return out
    added: list[DateMatch] = []
    for rx in patterns:
        for m in rx.finditer(text):
            years = anniversary_years(m.group("n"))
            if years is None or any(d.start < m.end() and m.start() < d.end for d in out + added):
                continue
            s0, s1 = _sentence_around(text, m.start(), m.end())
            days = [d for d in out if s0 <= d.start and d.end <= s1 and d.precision == "day" and d.first is not None
                    and d.first == d.last and d.rule != "dateline"]
            if days:
                day = min(days, key=lambda d: abs(d.start - m.start()))
                first = _shift_year(day.first, -years)
                added.append(DateMatch(m.start(), m.end(), first, first, "day", "anniversary"))
                if day.end <= m.start() and own_day.match(text[day.end : m.start()]):
                    day.rule = "context"
            elif anchor is not None and anchor.year - years >= 1:
                y = anchor.year - years
                added.append(DateMatch(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "anniversary"))
    if not added:
        return out
    return sorted(out + added, key=lambda d: d.start)


@cache
def _days_of_rules() -> tuple[re.Pattern[str] | Caseless | None, dict[str, int]]:
    r = load_rules("dates.json")
    pat = r.get("days_of_pattern")
    return (_gated(pat) if pat else None), {k: int(v) for k, v in r.get("days_of_counts", {}).items()}


def _days_of(text: str, out: list[DateMatch]) -> list[DateMatch]:
    """"Over two days of fighting, both sides reported heavy losses." after "In the early hours of 13
    September, ...": the days from the day written before it (in its paragraph, else the paragraphs
    before), as many as it counts (rule ``days_of``). A sentence with a date of its own is left to it."""
    rx, counts = _days_of_rules()
    if rx is None or "days of" not in lower_copy(text):
        return out
    added: list[DateMatch] = []
    for m in rx.finditer(text):
        n = counts.get(m.group("n").lower())
        s0, s1 = _sentence_around(text, m.start(), m.end())
        if not n or any(s0 <= d.start < s1 for d in out):
            continue
        before = [d for d in out if d.end <= m.start()]
        i = len(before)
        probe = out[:i] + [DateMatch(m.start(), m.end(), None, None, "range", "days_of")]
        for prev in _told_before(text, probe, i, SHIFT_REACH) or _told_across(probe, i, ACROSS_REACH)[:1]:
            if prev.precision == "day" and prev.first is not None and prev.first == prev.last and not prev.shift \
                    and prev.rule not in _NOT_REFERRED:
                added.append(DateMatch(m.start(), m.end(), prev.first, prev.first + dt.timedelta(days=n - 1), "range",
                                       "days_of", prev.year_inferred))
                break
    return sorted(out + added, key=lambda d: d.start) if added else out


@cache
def _following_rules() -> tuple[re.Pattern[str] | Caseless | None, dict[str, int], re.Pattern[str]]:
    r = load_rules("dates.json")
    pat = r.get("following_pattern")
    return ((_gated(pat) if pat else None), {k: int(v) for k, v in r.get("following_units", {}).items()},
            re.compile(r.get("following_tally", "(?!)")))


FOLLOWING_RANGE_MAX = 31  # days a range told before may span for "in the following days" to count from its last day


def _following(text: str, out: list[DateMatch]) -> list[DateMatch]:
    """"in the following days", "over the next week", "in the weeks that followed" after a day written before
    it (in its paragraph, else the paragraphs before): the days right after that day (the last day of a range),
    as many as ``following_units`` gives its unit (rule ``following``). A sentence with a date of its own, or
    one giving a toll or a count that rises (``following_tally``), is left to the rest."""
    rx, units, tally = _following_rules()
    low = caseless_text(text)
    if rx is None or ("follow" not in low and "next" not in low and "subsequent" not in low and "ensuing" not in low
                      if low is not None else rx.search(text) is None):
        return out
    added: list[DateMatch] = []
    for m in rx.finditer(text):
        n = units.get((m.group("unit") or m.group("unit2") or "").lower())
        s0, s1 = _sentence_around(text, m.start(), m.end())
        if not n or any(s0 <= d.start < s1 for d in out) or tally.search(text, s0, s1):
            continue  # (a toll rising over the following weeks counts the incident told before: no date of its own)
        i = len([d for d in out if d.end <= m.start()])
        probe = out[:i] + [DateMatch(m.start(), m.end(), None, None, "range", "following")]
        for prev in _told_before(text, probe, i, SHIFT_REACH) or _told_across(probe, i, ACROSS_REACH)[:1]:
            if (prev.precision in ("day", "range") and prev.first is not None and prev.last is not None
                    and (prev.last - prev.first).days <= FOLLOWING_RANGE_MAX and not prev.shift
                    and prev.rule not in _NOT_REFERRED):
                first = prev.last + dt.timedelta(days=1)
                added.append(DateMatch(m.start(), m.end(), first, first + dt.timedelta(days=n - 1), "range",
                                       "following", prev.year_inferred))
                break
    return sorted(out + added, key=lambda d: d.start) if added else out


@cache
def _overnight_rules() -> tuple[re.Pattern[str] | Caseless | None, int]:
    r = load_rules("dates.json")
    pat = r.get("overnight_pattern")
    return (_gated(pat) if pat else None), int(r.get("overnight_date_reach", 0))


# a publication's, a ceremony's, a comparison's date: no day its sentence reports an event on
_NOT_A_SENTENCE_DAY = ("dateline", "context", "anniversary", "live_entry")


def _overnight(text: str, out: list[DateMatch], anchor: dt.date | None) -> list[DateMatch]:
    """"an overnight raid", "Overnight, schools were set on fire": the night before the day its sentence
    reports it on ("..., the ministry said on Saturday": Friday to Saturday), else before the document's
    date (rule ``overnight``, a range of two days). A sentence that dates its event itself ("overnight on 3
    May", "on Tuesday ... overnight") is left to that date."""
    rx, reach = _overnight_rules()
    low = caseless_text(text)  # (kept from the scans before: no new copy)
    if rx is None or ("overnight" not in low if low is not None else rx.search(text) is None):
        return out
    added: list[DateMatch] = []
    for m in rx.finditer(text):
        if any(d.start < m.end() + reach and m.start() < d.end for d in out):
            continue  # part of a date, or a date right after it ("overnight Saturday into Sunday")
        s0, s1 = _sentence_around(text, m.start(), m.end())
        days = [d for d in out if s0 <= d.start and d.end <= s1 and d.rule not in _NOT_A_SENTENCE_DAY]
        if any(d.rule != "report" for d in days):
            continue
        reported = [d for d in days if d.precision == "day" and d.first is not None and d.first == d.last]
        day = min(reported, key=lambda d: abs(d.start - m.start())).first if reported else anchor
        if day is not None:
            added.append(DateMatch(m.start(), m.end(), day - dt.timedelta(days=1), day, "range", "overnight"))
    return sorted(out + added, key=lambda d: d.start) if added else out


def _told_before(text: str, out: list[DateMatch], i: int, reach: int) -> list[DateMatch]:
    """The dates written before ``out[i]`` in its paragraph and within ``reach`` characters, nearest first."""
    d = out[i]
    earlier: list[DateMatch] = []
    for prev in reversed(out[:i]):
        if d.start - prev.end > reach or "\n\n" in text[prev.end:d.start]:
            break
        earlier.append(prev)
    return earlier


def _told_across(out: list[DateMatch], i: int, reach: int) -> list[DateMatch]:
    """For a phrase whose paragraph writes no date before it: the dates of the paragraphs before, within
    ``reach`` characters, nearest first, leaving out those that date no event told (``_NOT_TOLD_ACROSS``)."""
    d = out[i]
    return [prev for prev in reversed(out[:i]) if d.start - prev.end <= reach and prev.rule not in _NOT_TOLD_ACROSS]


# a publication's, a legal act's, a finding's date: not the day a later paragraph's "that day" goes back to
_NOT_TOLD_ACROSS = (*_NOT_A_SENTENCE_DAY, "discovery")


_RIGHT_AFTER = re.compile(r"\s*[,–—-]\s*")  # "on 9 May, three days after the raid"


def _shift_days(text: str, out: list[DateMatch]) -> None:
    """"on Tuesday, when the agency demanded answers over the shelling of the day before": the
    day before (after) the nearest day written before it in the same paragraph; when the paragraph
    writes no date before it ("The following day the army announced ..."), the nearest one of the
    paragraphs before (within ``ACROSS_REACH``)."""
    for i, d in enumerate(out):
        if not d.shift:
            continue
        for prev in _told_before(text, out, i, SHIFT_REACH) or _told_across(out, i, ACROSS_REACH)[:1]:
            if d.rule == "after_event" and not _RIGHT_AFTER.fullmatch(text, prev.end, d.start):
                break  # "Two days after the raid, police ...": counted forward from the raid, not back from a day
            if prev.precision == "day" and prev.first is not None and prev.first == prev.last and not prev.shift:
                d.first = d.last = prev.first + dt.timedelta(days=d.shift)
                if d.back:  # "in the previous 48 hours": up to that day
                    d.first, d.last = prev.first - dt.timedelta(days=d.back), prev.first
                d.unresolved = False
                break


REFER_REACH = 600  # characters back to the date "that day" refers to, within a paragraph
ACROSS_REACH = 1500  # characters back to the date of an earlier paragraph, for a paragraph that writes none before the phrase
# a statement's own day ("in a statement on Monday ... the same night") is not the day or night told of
_NOT_REFERRED = (*_NOT_A_SENTENCE_DAY, "report")


def _refer_back(text: str, out: list[DateMatch]) -> None:
    """"killed that day", "the same day", "later that night", "that week", "that month", "later that year":
    the date written just before it in the same paragraph (a day for day units, that day's Monday-to-Sunday
    week for "that week", the month of a day or month for "that month", a date's year for "that year"),
    also a day something was claimed on ("claimed on 25 April that 40 were killed that day"), but not a
    statement's or report's own day (``_NOT_REFERRED``). A paragraph that writes no date before the phrase
    ("Witnesses named 26 people killed there that day.") goes back to the paragraphs before it. A day counted
    back from another ("the day before", "the previous evening") tells what led up to the day told, so the phrase
    refers past it to that day."""
    for i, d in enumerate(out):
        if not d.refer:
            continue
        for prev in _told_before(text, out, i, REFER_REACH) or _told_across(out, i, ACROSS_REACH):
            if (prev.first is None or prev.last is None or prev.rule in _NOT_REFERRED or prev.refer and prev.unresolved
                    or prev.shift < 0):
                continue  # (nor a day counted back from another, "had attacked the previous evening": an aside on what came before)
            if d.refer == "day" and prev.precision == "day" and prev.first == prev.last:
                d.first = d.last = prev.first
            elif d.refer == "week" and prev.precision == "day" and prev.first == prev.last:
                d.first = prev.first - dt.timedelta(days=prev.first.weekday())
                d.last, d.precision = d.first + dt.timedelta(days=6), "range"
            elif d.refer == "year" and prev.first.year == prev.last.year:
                d.first, d.last, d.precision = dt.date(prev.first.year, 1, 1), dt.date(prev.first.year, 12, 31), "year"
            elif d.refer == "month" and prev.precision in ("day", "month") and (prev.first.year, prev.first.month) == (prev.last.year, prev.last.month):
                d.first, d.last = _month_span(prev.first.year, prev.first.month)
            elif prev.precision in ("year", "range", "month"):
                break  # a wider date written in between: the phrase does not reach past it
            else:
                continue
            d.unresolved, d.year_inferred = False, prev.year_inferred
            break


def _weekdays_of_dates(text: str, out: list[DateMatch], lex: _Lex) -> None:
    """A weekday with nothing to count back from ("Wednesday's attack") is the one date of the text
    that falls on that weekday ("on Wednesday, August 21"), when there is exactly one."""
    days = {d.first for d in out if d.precision == "day" and d.first is not None and d.rule != "dateline"
            and d.first == d.last}
    for d in out:
        if not d.unresolved:
            continue
        name = re.search(r"[A-Za-z]+$", text[d.start:d.end])
        wd = lex.weekdays.get(name.group().lower()) if name else None
        same = {x for x in days if x.weekday() == wd}
        if len(same) == 1:
            d.first = d.last = same.pop()
            d.unresolved = False
            if d.rule == "weekday":
                d.rule = "weekday_of_date"


_NOT_A_TOLD_DAY = ("dateline", "context", "anniversary", "live_entry")


def _weekdays_of_told_days(text: str, out: list[DateMatch]) -> None:
    """A bare weekday ("on Monday", "the Monday market") after a day written in its paragraph that falls
    on that weekday ("Luanda, 17 March. ... on Monday", 17 March a Monday) is that day, not the one
    counted back from the document's date: the text goes on about the day it wrote out."""
    for i, d in enumerate(out):
        if d.rule != "weekday" or d.first is None or d.unresolved:
            continue
        wd = d.first.weekday()
        for prev in _told_before(text, out, i, SHIFT_REACH):
            if (prev.precision == "day" and prev.first is not None and prev.first == prev.last
                    and prev.rule not in _NOT_A_TOLD_DAY and not prev.shift and prev.first.weekday() == wd):
                if prev.first != d.first:
                    d.first = d.last = prev.first
                    d.rule, d.year_inferred = "weekday_of_date", prev.year_inferred
                break


_SPAN_OPEN = re.compile(r"(?i)(?<!\w)(?:since|from|between|the\s+night\s+(?:of|from))\s+(?:the\s+)?$")
_SPAN_JOIN = re.compile(
    r"(?i)(?:\s+(?:morning|afternoon|evening|night))?"  # "between Saturday evening and Sunday morning"
    r"\s*(?:,\s*)?(?:to|until|till|through|and|up\s+to)\s+(?:(?:midnight|noon|the\s+end|the\s+morning|the\s+evening"
    r"|the\s+night)\s+(?:on|of)\s+)?(?:the\s+)?")


# "began early on Saturday and continued into Sunday", "overnight Saturday into Sunday": one period
_SPAN_INTO = re.compile(
    r"(?i)\s+(?:(?:and\s+)?(?:continued|went\s+on|lasted|carried\s+on|dragged\s+on|raged)\s+(?:(?:well|late)\s+)?"
    r"(?:into|until|till|through)|into)\s+(?:the\s+)?")
INTO_MAX_DAYS = 31  # "continued into" joins days of one period, not distant dates


def _join_spans(text: str, out: list[DateMatch]) -> list[DateMatch]:
    """"since 24 February to midnight on 20 April": one range from the first date's start to the
    second's end (both resolved, in order, at most 10 years apart); "on Saturday and continued into
    Sunday": one range of the days it went on (at most ``INTO_MAX_DAYS``)."""
    joined: list[DateMatch] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        # the second date may look like a report's ("said that since 24 February to midnight on 20 April"):
        # the opener and the join make it a period's end
        if (b is not None and a.first is not None and b.last is not None and a.rule not in ("dateline", "report")
                and b.rule != "dateline" and a.first < b.last
                and (b.last - a.first).days <= 3660
                and _SPAN_OPEN.search(text, max(0, a.start - 20), a.start)
                and _SPAN_JOIN.fullmatch(text, a.end, b.start)):
            opener = _SPAN_OPEN.search(text, max(0, a.start - 20), a.start)
            assert opener is not None
            joined.append(DateMatch(opener.start(), b.end, a.first, b.last, "range", "death" if a.rule == "death" else "range_join",
                                    a.year_inferred or b.year_inferred))
            i += 2
            continue
        if (b is not None and a.first is not None and b.last is not None and a.rule not in ("dateline", "report")
                and b.rule not in ("dateline", "report") and a.first < b.last and (b.last - a.first).days <= INTO_MAX_DAYS
                and _SPAN_INTO.fullmatch(text, a.end, b.start)):
            joined.append(DateMatch(a.start, b.end, a.first, b.last, "range", "range_join",
                                    a.year_inferred or b.year_inferred))
            i += 2
            continue
        joined.append(a)
        i += 1
    return joined


INFERRED_SLACK_DAYS = 60


def _gap(first: dt.date, last: dt.date, shift: int, a: dt.date, b: dt.date) -> int:
    """Days between ``first..last`` moved by ``shift`` years and ``a..b`` (0 when they overlap)."""
    f, l_ = _shift_year(first, shift) or first, _shift_year(last, shift) or last
    return max(0, (f - b).days, (a - l_).days)


NEAR_DATES_REACH = 64  # dates back (within the paragraph) a year-less date is compared with


def _years_near_dates(out: list[DateMatch], paragraphs: list[tuple[int, int]]) -> None:
    """A year-less date among dates of several years ("On February 19, 2024, ... liberated on September
    20, 2023 ... discovered on February 21") takes, of the years written before it in its paragraph,
    the one that puts it nearest to a date written before it (2024: two days after February 19)."""
    starts = [p[0] for p in paragraphs]
    for i, d in enumerate(out):
        if not d.year_inferred or d.first is None or d.last is None or d.rule in ("dateline", "report", "context", "discovery"):
            continue
        pi = bisect.bisect_right(starts, d.start) - 1
        par_start = paragraphs[pi][0] if pi >= 0 else 0
        before: list[tuple[dt.date, dt.date]] = []
        for e in reversed(out[max(0, i - NEAR_DATES_REACH):i]):
            if e.start < par_start:
                break
            if (not e.year_inferred and e.first is not None and e.last is not None
                    and e.rule not in ("dateline", "context") and e.precision != "year"):
                before.append((e.first, e.last))
        years = {a.year for a, _ in before} | {b.year for _, b in before}
        if len(years) < 2:
            continue
        first, last = d.first, d.last
        best = min(sorted(years), key=lambda y: (min(_gap(first, last, y - first.year, a, b) for a, b in before),
                                                 y != first.year))
        if best != first.year:
            d.first, d.last = _shift_year(first, best - first.year), _shift_year(last, best - first.year)


WRITTEN_PERIOD_MAX_DAYS = 31  # a written period longer than this does not give its year to a day inside it


def _years_of_written_periods(out: list[DateMatch]) -> None:
    """A year-less day that falls inside a period (or on a day) the text wrote out earlier with another
    year ("between 27 and 31 March 2022", paragraphs later "on 27 March") takes that year: the text goes
    back to the days it dated, whatever year the document itself is from."""
    written: list[tuple[dt.date, dt.date]] = []
    for d in out:
        if d.rule in ("dateline", "report", "context", "discovery") or d.first is None or d.last is None:
            continue
        if not d.year_inferred:
            if d.precision in ("day", "range") and (d.last - d.first).days <= WRITTEN_PERIOD_MAX_DAYS:
                written.append((d.first, d.last))
            continue
        if d.precision != "day" or d.first != d.last or d.shift:
            continue
        day = d.first
        years = {y for a, b in written for y in {a.year, b.year}
                 if y != day.year and (c := _shift_year(day, y - day.year)) is not None and a <= c <= b}
        if len(years) == 1:
            d.first = d.last = _shift_year(day, years.pop() - day.year)


def _shift_year(d: dt.date | None, years: int) -> dt.date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _cap_inferred_years(out: list[DateMatch], anchor: dt.date | None) -> None:
    """A year-less date later than the document's date (its anchor, else the latest explicit
    date written before it) belongs to the year before: a report does not describe its future."""
    latest_before: dt.date | None = None
    for d in out:
        # the publication date is a hard cap; an earlier explicit date only a loose one
        cap = anchor or (latest_before + dt.timedelta(days=INFERRED_SLACK_DAYS) if latest_before else None)
        if d.year_inferred and d.first is not None and cap is not None and d.first > cap:
            d.first, d.last = _shift_year(d.first, -1), _shift_year(d.last, -1)
        if not d.year_inferred and d.precision == "day" and d.first is not None and d.rule in ("iso", "dotted", "slash", "dmy", "mdy", "dateline"):
            latest_before = d.first if latest_before is None else max(latest_before, d.first)


DATELINE_REACH = 600  # characters from the top a line holding only a date (and a time) may stand in as a dateline
DATE_ALONE_REST = 40  # characters a line holding only a date may hold besides it (a time, a weekday, "Updated")


def _mark_datelines(text: str, out: list[DateMatch], lex: _Lex) -> None:
    low = caseless_text(text)
    alone: list[DateMatch] = []
    for d in out:
        ls = text.rfind("\n", 0, d.start) + 1
        le = text.find("\n", d.end)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if lex.datelines.search(text, low, ls, d.start) or any(
                a.search(text[ls:d.start]) and b.match(text, d.end, min(le, d.end + 30)) for a, b in lex.dateline_pairs):
            d.rule = "dateline"
            continue
        if lex.contexts.search(text, low, max(ls, d.start - 120), d.start):
            d.rule = "context"
            continue
        if lex.reports.search(text, low, max(ls, d.start - 60), d.start) or any(
                p.match(text, d.end, min(le, d.end + REPORT_AFTER_REACH)) for p in lex.reports_after):
            d.rule = "report"
            continue
        if lex.deaths.search(text, low, max(ls, d.start - 120), d.start):
            d.rule = "death"
            continue
        if lex.discoveries.search(text, low, max(ls, d.start - 140), d.start) or any(
                p.match(text, d.end, min(le, d.end + REPORT_AFTER_REACH)) for p in lex.discoveries_after):
            d.rule = "discovery"
            continue
        rest = (line[: d.start - ls] + line[d.end - ls :]).strip()
        if d.rule in ("iso", "dotted", "slash", "dmy", "mdy") and len(rest) <= DATE_ALONE_REST and not re.search(r"[A-Za-z]{4,}", re.sub(r"(?i)\b(?:am|pm|gmt|utc|updated|published|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "", rest)):
            alone.append(d)
    if not _log_headings(alone):
        for d in alone:
            if d.start < DATELINE_REACH:
                d.rule = "dateline"


def _log_headings(alone: list[DateMatch]) -> bool:
    """True when the lines holding only a day are the entries' headings of a log or diary, not a
    dateline: several such lines of different days ("14 May" ... "15 May"), each alone on its line, the
    later ones in the order of days, forward or back (a text's date is written once)."""
    days = [d.first for d in alone if d.first is not None]
    return len(set(days)) >= 2 and (days == sorted(days) or days == sorted(days, reverse=True))


_DIGIT_FIRST = frozenset({"iso", "dotted", "slash", "range_dmy_dmy", "range_dm_dm", "range_dd_m", "dmy", "dm", "year", "range_y_y"})
YEAR_RANGE_MAX = 100  # years a "between 1980 and 2000" may span
# ("the period 1963 to 1974", "the years 2001 to 2004": a span of years named as such)
_PRE_BACK = _Back(r"(?<!\w)(?:between|from|the\s+night\s+of|the\s+nights?\s+from|the\s+(?:period|years))\s+(?:the\s+)?$")
_MONTH_BACK = _Back(r"(?<!\w)(?:in|since|during|until|by|early|late|mid|end\s+of|beginning\s+of|start\s+of)[\s-]+(?:of\s+)?$")
_YEAR_BACK = _Back(
    r"(?<!\w)(?:in|since|during|until|by|of|year|early|late|mid|summer|winter|spring|autumn|fall)[\s-]+(?:of\s+)?$")
_AGO_BACK = re.compile(r"(?i)(?<![\w-])(\d+|[a-z]+(?:-[a-z]+)?)\s+$")
_NIGHT_BACK = _Back(r"(?<!\w)the\s+night\s+of\s+(?:the\s+)?$")
_WEEKEND_BACK = _Back(r"(?<!\w)(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+weekend\s+(?:of|in)\s+$")
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_THIS_YEAR = re.compile(r"(?i),?\s+(this|last)\s+year\b")
# ("mid-March" is left the whole month: texts put its start anywhere from the 10th to the 20th)
_MONTH_PART_BACK = _Back(r"(?<![\w-])(early|late)[\s-]+(?:in\s+)?$")
_THIRDS = {"early": (1, 10), "late": (21, 31)}


def _month_third(which: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The days "early" or "late" name of the month ``first``..``last``: 1 to 10, 21 to its end."""
    lo, hi = _THIRDS[which]
    return first.replace(day=lo), last if hi == 31 else first.replace(day=hi)


@cache
def _evening_time() -> re.Pattern[str]:
    """A clock time of the evening after "the night of <day>" (``night_evening_time``, dates.json)."""
    return re.compile(load_rules("dates.json").get("night_evening_time", "(?!)"))
_WEEKDAY_BACK = _Back(r"(?<!\w)(last|on|this|past|next)\s+$")


def _weekend(m: re.Match[str], end: int, first: dt.date, last: dt.date, inferred: bool) -> DateMatch:
    """"the last weekend of November 2020": that Saturday and Sunday, as a range."""
    saturdays = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)
                 if (first + dt.timedelta(days=k)).weekday() == 5]
    nth = fold(m.group("nth"))
    sat = saturdays[-1] if nth in ("last", "final") else saturdays[min(_NTH[nth], len(saturdays) - 1)]
    return DateMatch(m.start(), end, sat, sat + dt.timedelta(days=1), "range", "weekend", inferred)


def _back(rx: re.Pattern[str] | _Back, text: str, pos: int, width: int = 30) -> re.Match[str] | None:
    return rx.search(text, max(0, pos - width), pos)


def _resolve(rule: str, m: re.Match[str], text: str, lex: _Lex, anchor: dt.date | None,
             years: _YearFinder) -> DateMatch | None:
    """The date a match of ``rule`` states (``m`` may be a match on the lower-cased ``text``)."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    if s > 0 and text[s - 1].isdigit() or (s > 0 and text[s - 1] in "./" and rule in _DIGIT_FIRST):
        return None  # inside a longer number ("12345", "1.5.2020")
    pre = None
    if rule.startswith("range_"):
        pre = _back(_PRE_BACK, text, s)
        if pre is not None:
            s = pre.start()
    elif rule == "in_month" and _back(_MONTH_BACK, text, s) is None or rule == "year" and _back(_YEAR_BACK, text, s) is None:
        return None
    elif rule == "ago":
        num = _back(_AGO_BACK, text, s)
        if num is None:
            return None
        g["n"] = num.group(1)
        s = num.start()
    elif rule == "weekday":
        mod = _back(_WEEKDAY_BACK, text, s, 12)
        g["wmod"] = mod.group(1) if mod else None
        if mod is not None and mod.group(1).lower() in ("last", "past"):
            s = mod.start()

    def year_or_infer() -> tuple[int | None, bool]:
        if g.get("y1"):
            return int(g["y1"]), False
        mo = _month(lex, g.get("m1"))
        d = g.get("d1")
        return years.year_for(s, mo, int(d) if d else None), True

    if rule == "slash":
        yy, p1, p2 = int(g["y1"]), int(g["p1"]), int(g["p2"])
        day = _day(yy, p1, p2) if (lex.slash_mdy and p1 <= 12) or p2 > 12 else _day(yy, p2, p1)
        return DateMatch(s, e, day, day, "day", rule) if day else None
    if rule in ("iso", "dotted"):
        yy, dd, mm = int(g["y1"]), int(g["d1"]), int(g["mn"])
        day = _day(yy, mm, dd)
        return DateMatch(s, e, day, day, "day", rule) if day else None
    if rule in ("range_mdy_mdy", "range_dmy_dmy"):
        mo1, mo2 = _month(lex, g["m1"]), _month(lex, g["m2"])
        first = _day(int(g["y1"]), mo1, int(g["d1"])) if mo1 else None
        last = _day(int(g["y2"]), mo2, int(g["d2"])) if mo2 else None
        if not first or not last or last <= first or (last - first).days > 366:
            return None
        return DateMatch(s, e, first, last, "range", rule)
    if rule == "range_y_y":
        # "between 1980 and 2000", "from 2017 to 2019": the years from the first's start to the second's end
        first_year, last_year = int(g["y1"]), int(g["y2"])
        if pre is None or not first_year < last_year <= first_year + YEAR_RANGE_MAX or last_year > lex.year_max:
            return None
        # (precision year: whole years, which, like a year, date only their own sentence's claims)
        return DateMatch(s, e, dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), "year", rule)
    if rule.startswith("range_"):
        y, inferred = year_or_infer()
        if y is None:
            return None
        if rule == "range_m_m":
            m1, m2 = _month(lex, g["m1"]), _month(lex, g["m2"])
            if not m1 or not m2 or m2 < m1:
                return None
            return DateMatch(s, e, _month_span(y, m1)[0], _month_span(y, m2)[1], "range", rule, inferred)
        m1 = _month(lex, g.get("m1"))
        m2 = _month(lex, g.get("m2")) or m1
        if not m1 or not m2:
            return None
        d1, d2 = int(g["d1"]), int(g["d2"])
        if rule in ("range_dd_m", "range_m_dd", "range_d_md") and d2 <= d1:
            return None
        y1 = y - 1 if m2 < m1 else y
        a, b = _day(y1, m1, d1), _day(y, m2, d2)
        if not a or not b or b <= a or (b - a).days > 62:
            return None
        return DateMatch(s, e, a, b, "range", rule, inferred)
    if rule in ("dmy", "mdy", "dm", "md"):
        mo = _month(lex, g["m1"])
        y, inferred = year_or_infer()
        if mo and y is None and rule in ("md", "dm") and _day(2000, mo, int(g["d1"])) is not None:
            # no year anywhere in reach: kept as a month and day, for the year the other sources of
            # its incident give (claimledger.incident_years)
            return DateMatch(s, e, None, None, "day", rule, True, (mo, int(g["d1"])))
        if not mo or y is None:
            return None
        day = _day(y, mo, int(g["d1"]))
        if day is None:
            return None
        night = _back(_NIGHT_BACK, text, s)
        if night is not None:  # "the night of 25 February": into the next morning
            if _evening_time().match(text, e):
                # "on the night of 10 February, at about 2300 hrs": the clock time pins the day itself
                return DateMatch(night.start(), e, day, day, "day", "night_of", inferred)
            return DateMatch(night.start(), e, day, day + dt.timedelta(days=1), "range", "night_of", inferred)
        return DateMatch(s, e, day, day, "day", rule, inferred)
    if rule in ("my", "in_month"):
        mo = _month(lex, g["m1"])
        if rule == "in_month" and len(g["m1"].rstrip(".")) <= 4 and g["m1"].rstrip(".").lower() not in ("may", "june", "july"):
            return None  # "in Mar Taqla": a bare abbreviation is no month
        if rule == "in_month" and g["m1"].endswith("."):
            e -= 1  # "killed in May.": the stop ends the sentence, not an abbreviation
        y, inferred = year_or_infer()
        which = _THIS_YEAR.match(text, e) if rule == "in_month" and anchor is not None else None
        if which is not None and anchor is not None:  # "in January this year", "in May last year"
            y, inferred, e = anchor.year - (fold(which.group(1)) == "last"), False, which.end()
        if not mo or y is None:
            return None
        a, b = _month_span(y, mo)
        weekend = _back(_WEEKEND_BACK, text, s, 40)
        if weekend is not None:
            return _weekend(weekend, e, a, b, inferred)
        part = _back(_MONTH_PART_BACK, text, s, 12)
        if part is not None:  # "late December": its last third, "early May" its first
            first, last = _month_third(fold(part.group(1)), a, b)
            return DateMatch(part.start(), e, first, last, "range", "month_third", inferred)
        return DateMatch(s, e, a, b, "month", rule, inferred)
    if rule == "year":
        y = int(g["y1"])
        if not lex.year_min <= y <= lex.year_max:
            return None
        return DateMatch(s, e, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", rule)
    if rule == "day_shift":
        # "the previous day": a day before (or after) the date written just before it, set by _shift_days
        shift = -1 if g.get("prev") or g.get("before") or g.get("earlier") else 1
        if g.get("n"):  # "two days later", "3 days earlier"
            n = parse_number(g["n"])
            if not isinstance(n, int):
                return None
            shift = -n if g.get("nearlier") else n
        if g.get("wn"):  # "a week later", "two weeks earlier"
            n = 1 if fold(g["wn"]) == "a" else parse_number(g["wn"])
            if not isinstance(n, int):
                return None
            shift = -7 * n if g.get("wearlier") else 7 * n
        return DateMatch(s, e, None, None, "day", rule, unresolved=True, shift=shift)
    if rule == "after_event":
        # "said on Friday, three days after the raid": the raid three days before the day just before it
        weeks = None if g.get("n") else (1 if fold(g["wn"]) in ("a", "one") else parse_number(fold(g["wn"])))
        n = parse_number(fold(g["n"])) if g.get("n") else (7 * weeks if isinstance(weeks, int) else None)
        if not isinstance(n, int) or n <= 0:
            return None
        return DateMatch(s, e, None, None, "day", rule, unresolved=True, shift=-n)
    if rule == "past_span":
        n = parse_number(fold(g["n"]))
        if not isinstance(n, int) or n <= 0 or n > 400:
            return None
        back = -(-n // 24) if fold(g["unit"]) == "hours" else n - 1
        if fold(g["which"]) in ("previous", "preceding"):
            return DateMatch(s, e, None, None, "range", rule, unresolved=True, shift=-back or -1, back=back or 1) if back else None
        if anchor is None:
            return None
        return DateMatch(s, e, anchor - dt.timedelta(days=back), anchor, "range" if back else "day", rule)
    if rule == "season":
        first_month, last_month = lex.seasons[fold(g["season"])]
        y = int(g["y1"])
        return DateMatch(s, e, _month_span(y, first_month)[0], _month_span(y, last_month)[1], "range", rule)
    if rule == "refer_back":
        unit = lex.refer_units.get(fold(g["unit"]))
        if lex.refer_not_after is not None and lex.refer_not_after.search(text, max(0, s - 30), s):
            return None  # "who saw that night with their own eyes": the night itself, no date told
        return DateMatch(s, e, None, None, unit, rule, unresolved=True, refer=unit) if unit else None
    if anchor is None:
        if rule == "weekday" and (g.get("wmod") or "").lower() in ("on", "last", "past", ""):
            # "late on Tuesday" with nothing to count back from: a day of its own, not known
            return DateMatch(s, e, None, None, "day", rule, unresolved=True)
        return None
    if rule == "relday":
        key = " ".join(fold(m.group()).split())
        day = anchor + dt.timedelta(days=lex.relative_days[key])
        return DateMatch(s, e, day, day, "day", rule)
    if rule == "ago":
        n_text = fold(g["n"])
        n = 1 if n_text in ("a", "an") else parse_number(n_text)
        if not isinstance(n, int) or n <= 0 or n > 100:
            return None
        unit = lex.ago_units[fold(g["unit"])]
        day = anchor - relativedelta(**{unit: n})
        if unit == "days":
            return DateMatch(s, e, day, day, "day", rule)
        if unit == "weeks":
            return DateMatch(s, e, day - dt.timedelta(days=3), day + dt.timedelta(days=3), "range", rule)
        if unit == "months":
            a, b = _month_span(day.year, day.month)
            return DateMatch(s, e, a, b, "month", rule)
        return DateMatch(s, e, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", rule)
    if rule == "last_unit":
        what = lex.last_units[" ".join(fold(m.group()).split())]
        if what.startswith("to_date:"):
            # "since the start of the year", "so far this month": from the period's first day to the anchor
            first = dt.date(anchor.year, 1, 1) if what.endswith("year") else anchor.replace(day=1)
            return DateMatch(s, e, first, anchor, "range", rule)
        if what.startswith("weekend"):
            # the latest Saturday-Sunday up to the anchor; "last weekend" written on a weekend: the one before
            since_sat = (anchor.weekday() - 5) % 7
            sat = anchor - dt.timedelta(days=since_sat + (7 if since_sat <= 1 and not what.endswith("0") else 0))
            return DateMatch(s, e, sat, sat + dt.timedelta(days=1), "range", rule)
        if what.startswith("week"):
            back = 0 if what.endswith("0") else 7
            if back == 0 and anchor.weekday() == 0:
                back = 7  # "this week" written on a Monday: the week that has just ended
            mon = anchor - dt.timedelta(days=anchor.weekday() + back)
            # "this week": its days up to the document's date (a report does not tell of days to come)
            return DateMatch(s, e, mon, min(mon + dt.timedelta(days=6), anchor), "range", rule)
        if what.startswith("month"):
            ref = anchor if what.endswith("0") else anchor - relativedelta(months=1)
            a, b = _month_span(ref.year, ref.month)
            return DateMatch(s, e, a, b, "month", rule)
        if what.endswith("0"):  # "this year": its days up to the document's date
            return DateMatch(s, e, dt.date(anchor.year, 1, 1), anchor, "range", rule)
        return DateMatch(s, e, dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31), "year", rule)
    if rule == "weekday":
        wd = lex.weekdays[fold(g["wd"])]
        wmod = fold(g.get("wmod") or "")
        back = (anchor.weekday() - wd) % 7
        if wmod == "last" and back == 0:
            back = 7
        if wmod == "next":
            return None
        day = anchor - dt.timedelta(days=back)
        return DateMatch(s, e, day, day, "day", rule)
    return None


def dates(doc: Doc) -> Doc:
    """Component: fill the "dates" layer."""
    pars = [(p.start, p.end) for p in doc.paragraphs]
    layer = doc.layer("dates")
    for d in find_dates(doc.text, doc.source.published, pars, doc.source.url):
        data: dict[str, Any] = {"start": d.first, "end": d.last, "precision": d.precision, "year_inferred": d.year_inferred}
        if d.month_day is not None:
            data.update(yearless=True, month=d.month_day[0], day=d.month_day[1])
        if d.unresolved:
            data["unresolved"] = True
        layer.append(Mention(d.start, d.end, d.precision, data, d.rule))
    return doc


component = Component(name="dates", func=dates, requires=("paragraphs",), assigns=("dates",))
