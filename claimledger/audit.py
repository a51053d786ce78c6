"""Audit: a document against itself.

Each rule is a pure function ``(AuditInput) -> list[FindingIn]``; every finding names its
rule and the spans (character offsets into the document text) it rests on. Rules work
on the text's own numbers and dates and on the document's claims; their cue words live
in ``data/linking.json`` ("audit"). No rule knows a particular document's wording.

Rules (``RULES``):

* ``parts_vs_total``: per-incident figures the document gives for one place, summed
  (as intervals), are larger than the aggregate it states for that place and period;
* ``stated_sum``: "A and B, making a total of C" where A + B (intervals) cannot be C;
* ``breakdown_sum``: "22 killed: 12 staff and seven patients" -- a breakdown after a colon
  whose exact parts do not add up to the total;
* ``part_exceeds_whole``: "N things, including M ..." with M (or the listed parts)
  larger than N;
* ``percent_over_100``: a share ("130% of ...") over 100 percent;
* ``same_incident_figures``: the same body gives the same incident (same place,
  compatible dates and type) two accounts whose casualty figures (at least two kinds,
  e.g. killed and injured) all disagree, in different sentences, with no revision or
  share wording ("rose", "earlier", "of these", "%", ...);
* ``date_year_typo``: the same day and month with two years that differ only in the
  decade digit ("September 20, 2003" and "September 20, 2023");
* ``date_out_of_order``: a sentence-initial, explicitly dated step of a chronological
  narrative that lies months before (or after) its ordered neighbours;
* ``impossible_date``: a calendar date that does not exist ("February 30");
* ``weekday_mismatch``: a weekday that the date does not fall on ("Saturday, 11 July 2024");
* ``date_after_publication``: an incident dated after the document's publication, or a
  year-less incident date ("on 8 May" in a report of 10 April) that only fits the year before;
* ``place_in_two_areas``: "the village of X in the A district" and "the village of X in B";
* ``repeated_enumeration``: a list of counted items repeated inside one sentence;
* ``repeated_list_item``: the same multi-word item twice in one list;
* ``repeated_phrase``: a run of eight or more words repeated inside one sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.compare import INF, comparable, figure_interval, figure_label
from claimledger.extract.base import Doc, Segment
from claimledger.extract.dates import DateMatch, find_dates
from claimledger.extract.numbers import Quantity, find_quantities
from claimledger.extract.segment import segment as segment_component
from claimledger.link import (
    body_key,
    date_bounds,
    date_signal,
    fold,
    inferred,
    is_aggregate,
    place_signal,
    rules,
    same_body,
    types_compatible,
)
from claimledger.models import ClaimOut, SourceText

Spans = list[tuple[int, int]]
CASUALTY = ("killed", "injured", "captured", "missing")


@dataclass(frozen=True)
class FindingIn:
    """One inconsistency of a document with itself."""

    rule: str
    message: str
    spans: tuple[tuple[int, int], ...]
    severity: str = "warning"  # warning | info

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "message": self.message, "spans": [list(s) for s in self.spans],
                "severity": self.severity}


@dataclass
class AuditInput:
    """A document's text, metadata and claims, with sentences, numbers and dates found once."""

    text: str
    claims: Sequence[ClaimOut] = ()
    published: dt.date | None = None
    sentences: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, claims: Sequence[ClaimOut] = (), published: dt.date | None = None) -> AuditInput:
        doc = segment_component(Doc(source=SourceText(doc_id="audit", text=text, published=published)))
        paragraphs = [(p.start, p.end) for p in doc.paragraphs]
        dates = find_dates(text, published, paragraphs)
        spans = [(d.start, d.end) for d in dates]
        quantities = [q for q in find_quantities(text) if not any(s <= q.num_start < e for s, e in spans)]
        return cls(text, claims, published, doc.sentences, doc.paragraphs, quantities, dates)

    def in_segment(self, seg: Segment) -> list[Quantity]:
        return [q for q in self.quantities if seg.start <= q.start and q.end <= seg.end]

    def sentence_of(self, offset: int) -> Segment | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


def _cfg() -> dict[str, Any]:
    return rules()["audit"]


def _n(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _fmt(lo: float, hi: float) -> str:
    if hi == INF:
        return f"at least {_n(lo)}"
    return _n(lo) if lo == hi else f"{_n(lo)}–{_n(hi)}"


def _qi(q: Quantity) -> tuple[float, float]:
    lo = float(q.low) if q.low is not None else 0.0
    hi = float(q.high) if q.high is not None else INF
    return lo, hi


def _is_year(q: Quantity, text: str) -> bool:
    return q.qualifier == "exact" and isinstance(q.value, int) and 1800 <= q.value <= 2100 \
        and "," not in text[q.num_start:q.end]


# --- claim rules -------------------------------------------------------------------------


def _place_equal(a: ClaimOut, b: ClaimOut) -> bool:
    sig, veto = place_signal(a.place, b.place)
    return veto is None and sig is not None and ("same" in sig.value or "similar" in sig.value)


def parts_vs_total(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    claims = list(inp.claims)
    aggregates = [c for c in claims if is_aggregate(c)]
    singles = [c for c in claims if not is_aggregate(c) and c.date.start is not None
               and (c.date.end is None or c.date.end == c.date.start)]
    for total in aggregates:
        tb = None if inferred(total.date.rule) else date_bounds(total.date)  # a carried date is no period
        parts: dict[dt.date, ClaimOut] = {}
        for c in singles:
            if not _place_equal(total, c) or not types_compatible(total.type, c.type):
                continue
            assert c.date.start is not None
            if tb is not None and not (tb[0] <= c.date.start <= tb[1]):
                continue
            parts.setdefault(c.date.start, c)
        if len(parts) < _cfg()["min_parts"]:
            continue
        for tf in total.figures:
            if not comparable(tf):
                continue
            label = figure_label(tf)
            lo = hi = 0.0
            used: list[tuple[ClaimOut, Any]] = []
            for c in parts.values():
                f = next((f for f in c.figures if figure_label(f) == label and comparable(f)), None)
                if f is None:
                    continue
                plo, phi = figure_interval(f)
                lo, hi = lo + plo, hi + phi
                used.append((c, f))
            tlo, thi = figure_interval(tf)
            if len(used) >= _cfg()["min_parts"] and lo > thi:
                listed = " + ".join(f"{f.value:g}" for _, f in used)
                out.append(FindingIn(
                    "parts_vs_total",
                    f"{label}: the {len(used)} incidents listed add up to {_fmt(lo, hi)} ({listed}), "
                    f"more than the stated total {_fmt(tlo, thi)}",
                    tuple([(tf.start, tf.end)] + [(f.start, f.end) for _, f in used]),
                ))
    return out


def same_incident_figures(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    cues = [_word_regex(w) for w in _cfg()["revision_cues"]]
    claims = [c for c in inp.claims if c.type != "denial" and c.stance != "rejects"]
    seen: set[frozenset[tuple[str, float, float]]] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.evidence.start == b.evidence.start or is_aggregate(a) != is_aggregate(b):
                continue
            if not _place_equal(a, b):
                continue
            da = None if inferred(a.date.rule) else a.date.start
            db = None if inferred(b.date.rule) else b.date.start
            if (da is None) != (db is None) or (da is not None and date_signal(a.date, b.date)[1]):
                continue
            if not types_compatible(a.type, b.type):
                continue
            if not same_body(body_key(a.attributed_to.name), body_key(b.attributed_to.name)):
                continue
            if any(p.search(a.evidence.text) or p.search(b.evidence.text) for p in cues):
                continue
            # a whole account given twice: every shared casualty kind (at least two) disagrees
            shared = []
            for fa in a.figures:
                fb = next((f for f in b.figures if figure_label(f) == figure_label(fa)), None)
                if fb is not None and fa.kind in CASUALTY and comparable(fa) and comparable(fb):
                    shared.append((fa, fb))
            if len(shared) < 2:
                continue
            intervals = [(figure_interval(fa), figure_interval(fb)) for fa, fb in shared]
            if any(ia[0] <= ib[1] and ib[0] <= ia[1] for ia, ib in intervals):
                continue
            key = frozenset((figure_label(fa), float(fa.value), float(fb.value)) for fa, fb in shared)
            if key in seen:
                continue
            seen.add(key)
            place = a.place.name or a.place.text
            told = "; ".join(f"{figure_label(fa)} {_fmt(*ia)} vs {_fmt(*ib)}"
                             for (fa, _fb), (ia, ib) in zip(shared, intervals, strict=True))
            out.append(FindingIn(
                "same_incident_figures",
                f"{place}: {told}, from the same source ({a.attributed_to.name}) in different sentences",
                tuple(sp for fa, fb in shared for sp in ((fa.start, fa.end), (fb.start, fb.end))),
            ))
    return out


def date_after_publication(inp: AuditInput) -> list[FindingIn]:
    if inp.published is None:
        return []
    out: list[FindingIn] = []
    limit = inp.published + dt.timedelta(days=1)
    seen: set[int] = set()
    yearless = {d.start: d for d in inp.dates if d.year_inferred and d.precision == "day" and d.first}
    for c in inp.claims:
        d = c.date
        if d.start is None or d.char_start is None or d.char_end is None or inferred(d.rule) or d.char_start in seen:
            continue
        if d.start > limit:
            seen.add(d.char_start)
            out.append(FindingIn("date_after_publication",
                                 f"incident dated {d.start.isoformat()}, after the document's publication "
                                 f"({inp.published.isoformat()})", ((d.char_start, d.char_end),)))
            continue
        match = yearless.get(d.char_start)
        if match is None or match.first is None:
            continue
        try:
            same_year = match.first.replace(year=inp.published.year)
        except ValueError:  # 29 February
            continue
        if same_year > limit and (inp.published - match.first).days > _cfg()["yearless_max_age_days"]:
            seen.add(d.char_start)
            out.append(FindingIn(
                "date_after_publication",
                f"{inp.text[match.start:match.end]!r} (no year) falls after the publication "
                f"({inp.published.isoformat()}) in its year; read as {match.first.isoformat()} it is "
                f"{(inp.published - match.first).days} days older than the report", ((match.start, match.end),)))
    return out


# --- text rules: numbers -----------------------------------------------------------------


def _word_regex(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (word boundaries only where the word starts/ends with a letter)."""
    left = r"\b" if word[:1].isalnum() else ""
    right = r"\b" if word[-1:].isalnum() else ""
    return re.compile(left + re.escape(word) + right, re.IGNORECASE)


def _cue_regex(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def stated_sum(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    cue = _cue_regex(_cfg()["total_cues"])
    lo_ratio, hi_ratio = _cfg()["sum_ratio_window"]
    for sent in inp.sentences:
        qs = [q for q in inp.in_segment(sent) if not q.vague and not _is_year(q, inp.text)]
        for m in cue.finditer(inp.text, sent.start, sent.end):
            after = [q for q in qs if q.start >= m.end() and inp.text[m.end():q.start].strip(" ,:of") == ""]
            if not after:
                continue
            total = after[0]
            parts = [q for q in qs if q.end <= m.start()]
            if len(parts) < _cfg()["min_parts"]:
                continue
            plo = sum(_qi(q)[0] for q in parts)
            phi = sum(_qi(q)[1] for q in parts)
            tlo, thi = _qi(total)
            value = float(total.value)
            if not value or not (lo_ratio <= float(sum(float(q.value) for q in parts)) / value <= hi_ratio):
                continue
            if plo <= thi and tlo <= phi:
                continue
            listed = " + ".join(inp.text[q.start:q.end] for q in parts)
            out.append(FindingIn(
                "stated_sum",
                f"{listed} = {_fmt(plo, phi)}, but the text states a total of {inp.text[total.start:total.end]}",
                tuple([(q.start, q.end) for q in parts] + [(total.start, total.end)]),
            ))
    return out


def part_exceeds_whole(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    cue = _cue_regex(_cfg()["subset_cues"])
    for sent in inp.sentences:
        qs = [q for q in inp.in_segment(sent) if not q.vague and not _is_year(q, inp.text)]
        for m in cue.finditer(inp.text, sent.start, sent.end):
            before = [q for q in qs if q.end <= m.start()]
            if not before:
                continue
            whole = before[-1]
            gap = inp.text[whole.end:m.start()]
            if len(gap.split()) > 6 or re.search(r"[;:()]", gap):
                continue
            parts: list[Quantity] = []
            pos = m.end()
            for q in qs:
                if q.start < pos:
                    continue
                between = inp.text[pos:q.start]
                if parts:
                    if not re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,2}?[^\W\d]*\s*(?:,\s*)?(?:and\s+)?", between):
                        break
                elif between.strip():
                    break
                parts.append(q)
                pos = q.end
            if not parts:
                continue
            _wlo, whi = _qi(whole)
            plo = sum(_qi(q)[0] for q in parts)
            if plo > whi:
                listed = " + ".join(inp.text[q.start:q.end] for q in parts)
                out.append(FindingIn(
                    "part_exceeds_whole",
                    f"{listed} (a part) is more than the whole it belongs to, {inp.text[whole.start:whole.end]}",
                    tuple([(whole.start, whole.end)] + [(q.start, q.end) for q in parts]),
                ))
    return out


def breakdown_sum(inp: AuditInput) -> list[FindingIn]:
    """"22 people were killed: 12 staff and seven patients" -- a breakdown after a colon
    (or a dash) is meant to be complete, so its exact parts must add up to the total."""
    out: list[FindingIn] = []
    subset = re.compile(r"\s*(?:of (?:them|whom|which|these)|among them)\b", re.IGNORECASE)
    for sent in inp.sentences:
        qs = [q for q in inp.in_segment(sent) if not q.vague and not _is_year(q, inp.text)]
        for k, total in enumerate(qs):
            rest = qs[k + 1:]
            if len(rest) < _cfg()["min_parts"]:
                continue
            lead = inp.text[total.end:rest[0].start]
            if not re.fullmatch(r"[^\W\d]*(?:[\s-]+[^\W\d]+){0,5}\s*(?::|\u2013|\u2014| - )\s*", lead):
                continue
            parts = [rest[0]]
            for q in rest[1:]:
                between = inp.text[parts[-1].end:q.start]
                if not re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,3}?[^\W\d]*\s*(?:,\s*)?(?:and\s+)?", between):
                    break
                if subset.match(inp.text, q.end):
                    break
                parts.append(q)
            if len(parts) < _cfg()["min_parts"] or any(q.qualifier != "exact" for q in parts + [total]):
                continue
            if any(subset.match(inp.text, q.end) for q in parts):
                continue
            added = sum(float(q.value) for q in parts)
            if added != float(total.value):
                listed = " + ".join(inp.text[q.start:q.end] for q in parts)
                out.append(FindingIn(
                    "breakdown_sum",
                    f"the breakdown {listed} = {_n(added)} does not add up to {inp.text[total.start:total.end]}",
                    tuple([(total.start, total.end)] + [(q.start, q.end) for q in parts]),
                ))
    return out


def percent_over_100(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    share = re.compile(_cfg()["percent_share_after"], re.IGNORECASE)
    for m in re.finditer(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?|\d{4,})(?=\s*(?:%|percent|per cent))", inp.text):
        value = float(m.group(1).replace(",", "."))
        if value > 100 and share.match(inp.text, m.end()):
            end = share.match(inp.text, m.end())
            assert end is not None
            out.append(FindingIn("percent_over_100", f"a share of {m.group(1)} percent",
                                 ((m.start(), end.end()),)))
    return out


# --- text rules: dates -------------------------------------------------------------------


def _explicit(d: DateMatch) -> bool:
    return not d.year_inferred and d.first is not None and d.rule not in ("dateline", "live_entry")


def date_year_typo(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    days = [d for d in inp.dates if _explicit(d) and d.precision in ("day", "range")]
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(days):
        for b in days[i + 1:]:
            for da in {a.first, a.last}:
                for db in {b.first, b.last}:
                    if da is None or db is None or (da.month, da.day) != (db.month, db.day) or da.year == db.year:
                        continue
                    ya, yb = str(da.year), str(db.year)
                    diff = [k for k, (x, y) in enumerate(zip(ya, yb, strict=True)) if x != y]
                    if len(ya) == len(yb) == 4 and diff == [2] and (a.start, b.start) not in seen:
                        seen.add((a.start, b.start))
                        out.append(FindingIn(
                            "date_year_typo",
                            f"the same day ({da.strftime('%d %B')}) is given in {ya} and {yb}: one digit apart",
                            ((a.start, a.end), (b.start, b.end)),
                        ))
    return out


def date_out_of_order(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    gap = dt.timedelta(days=_cfg()["narrative_min_gap_days"])
    dates = [d for d in inp.dates if _explicit(d) and d.last is not None]
    for i, x in enumerate(dates):
        if x.precision != "day" or i == 0 or i + 1 >= len(dates):
            continue
        sent = inp.sentence_of(x.start)
        if sent is None or len(inp.text[sent.start:x.start].split()) > 3:
            continue  # only a sentence-initial date is a step of the narrative
        prev, nxt = dates[i - 1], dates[i + 1]
        if not (_near(inp, prev.start, x.start) and _near(inp, x.start, nxt.start)):
            continue
        assert prev.first and prev.last and nxt.first and nxt.last and x.first and x.last
        if not prev.first <= nxt.first:
            continue
        if x.last < prev.first - gap or x.first > nxt.last + gap:
            out.append(FindingIn(
                "date_out_of_order",
                f"{inp.text[x.start:x.end]} breaks the order of the narrative around it "
                f"({inp.text[prev.start:prev.end]} … {inp.text[nxt.start:nxt.end]})",
                ((x.start, x.end), (prev.start, prev.end), (nxt.start, nxt.end)),
            ))
    return out


def _near(inp: AuditInput, a: int, b: int) -> bool:
    """Whether offsets ``a`` <= ``b`` lie in the same or adjacent paragraphs."""
    pa = next((k for k, p in enumerate(inp.paragraphs) if p.start <= a < p.end), None)
    pb = next((k for k, p in enumerate(inp.paragraphs) if p.start <= b < p.end), None)
    return pa is not None and pb is not None and 0 <= pb - pa <= 1


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}


def impossible_date(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    month = r"(?P<m>" + "|".join(sorted((m for m in _MONTHS), key=len, reverse=True)) + r")\.?"
    patterns = [
        re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + month + r"(?:,?\s+(?P<y>\d{4}))?\b", re.IGNORECASE),
        re.compile(r"\b" + month + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?", re.IGNORECASE),
    ]
    seen: set[int] = set()
    for rx in patterns:
        for m in rx.finditer(inp.text):
            mon = _MONTHS[m.group("m").lower().rstrip(".")]
            day = int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else 2000  # leap year: Feb 29 possible
            if day == 0 or day > calendar.monthrange(year, mon)[1]:
                if m.start() not in seen:
                    seen.add(m.start())
                    out.append(FindingIn("impossible_date", f"{m.group(0)!r} is not a calendar date",
                                         ((m.start(), m.end()),)))
    return out


def weekday_mismatch(inp: AuditInput) -> list[FindingIn]:
    """"Saturday, 11 July 2024" when 11 July 2024 was a Thursday (the year from the text, else
    as the date expression resolves against the document's publication date)."""
    out: list[FindingIn] = []
    days = "|".join(calendar.day_name)
    month = "|".join(name for name in calendar.month_name if name)
    rx = re.compile(rf"\b(?P<wd>{days}),?\s+(?:the\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{month})"
                    rf"|(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?:,?\s+(?P<y>\d{{4}}))?")
    for m in rx.finditer(inp.text):
        mon = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else None
        if year is None:
            resolved = next((d for d in inp.dates if d.start <= m.end() and m.start() <= d.end and d.first), None)
            year = resolved.first.year if resolved is not None and resolved.first is not None else None
        if year is None or day > calendar.monthrange(year, mon)[1]:
            continue
        actual = calendar.day_name[dt.date(year, mon, day).weekday()]
        if actual != m.group("wd").capitalize():
            out.append(FindingIn("weekday_mismatch", f"{m.group(0)!r}: {day} {calendar.month_name[mon]} {year} was a "
                                                     f"{actual}", ((m.start(), m.end()),)))
    return out


_NAME = r"[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+"
_SETTLEMENT_IN = re.compile(
    rf"\b(?:village|villages|town|towns|city|settlement|settlements)\s+of\s+(?P<names>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)"
    rf"\s+in\s+(?:the\s+)?(?P<area>{_NAME}(?:\s+{_NAME})?)")


def place_in_two_areas(inp: AuditInput) -> list[FindingIn]:
    """"the village of X in the A district" and, elsewhere, "the village of X in B"."""
    out: list[FindingIn] = []
    admin = set(rules()["admin_words"])
    seen: dict[str, tuple[str, tuple[int, int], str]] = {}
    flagged: set[str] = set()
    for m in _SETTLEMENT_IN.finditer(inp.text):
        area = " ".join(w for w in fold(m.group("area")).split() if w not in admin)
        shown = " ".join(w for w in m.group("area").split() if fold(w) not in admin)
        if not area:
            continue
        for name_match in re.finditer(_NAME, m.group("names")):
            name = fold(name_match.group(0))
            if name in ("and",):
                continue
            span = (m.start("names") + name_match.start(), m.start("names") + name_match.end())
            if name in seen and seen[name][0] != area and name not in flagged:
                flagged.add(name)
                out.append(FindingIn("place_in_two_areas",
                                     f"{name_match.group(0)} is placed in {seen[name][2]} and in {shown}",
                                     (seen[name][1], span)))
            seen.setdefault(name, (area, span, shown))
    return out


# --- text rules: repetition --------------------------------------------------------------


def _items(inp: AuditInput, seg: Segment) -> list[tuple[float, str, Quantity]]:
    """The counted items of a sentence: (value, first words of the noun, quantity)."""
    stop = set(_cfg()["enumeration_stopwords"])
    out = []
    for q in inp.in_segment(seg):
        if q.vague:
            continue
        noun = re.match(r"\s*((?:[^\W\d]+[\s-]?){1,3})", inp.text[q.end:seg.end])
        words: list[str] = []
        for w in fold(noun.group(1)).split() if noun else []:
            if w in stop:
                break
            words.append(w)
        if words:
            out.append((float(q.value), " ".join(words[:2]), q))
    return out


def repeated_enumeration(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    for sent in inp.sentences:
        items = _items(inp, sent)
        keys = [(v, n) for v, n, _ in items]
        for i in range(len(keys) - 1):
            found = False
            for j in range(i + 2, len(keys) - 1):
                if keys[i] == keys[j] and keys[i + 1] == keys[j + 1]:
                    a, b = items[i][2], items[i + 1][2]
                    c, d = items[j][2], items[j + 1][2]
                    out.append(FindingIn(
                        "repeated_enumeration",
                        f"the items {inp.text[a.start:b.end]!r} are listed twice in one sentence",
                        ((a.start, b.end), (c.start, d.end)),
                    ))
                    found = True
                    break
            if found:
                break
    return out


def repeated_list_item(inp: AuditInput) -> list[FindingIn]:
    out: list[FindingIn] = []
    for sent in inp.sentences:
        chunk = inp.text[sent.start:sent.end]
        seen: dict[str, tuple[int, int]] = {}
        pos = 0
        for m in [*re.finditer(r",|;|\band\b", chunk), None]:
            end = m.start() if m is not None else len(chunk)
            item, start = chunk[pos:end], pos
            pos = m.end() if m is not None else len(chunk)
            key = fold(item)
            if len(key.split()) < 3 or re.search(r"\d", key):
                continue
            span = (sent.start + start + (len(item) - len(item.lstrip())), sent.start + end)
            if key in seen:
                out.append(FindingIn("repeated_list_item", f"{item.strip()!r} appears twice in one list",
                                     (seen[key], span), severity="info"))
                break
            seen[key] = span
    return out


def repeated_phrase(inp: AuditInput, min_words: int = 8) -> list[FindingIn]:
    out: list[FindingIn] = []
    for sent in inp.sentences:
        words = [(m.group(0).casefold(), m.start(), m.end())
                 for m in re.finditer(r"[^\W\d_]+", inp.text[sent.start:sent.end])]
        first: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - min_words + 1):
            key = tuple(w for w, _, _ in words[i:i + min_words])
            if key in first and i - first[key] >= min_words:
                j = first[key]
                out.append(FindingIn(
                    "repeated_phrase", "a run of words is repeated inside one sentence",
                    ((sent.start + words[j][1], sent.start + words[j + min_words - 1][2]),
                     (sent.start + words[i][1], sent.start + words[i + min_words - 1][2])), severity="info"))
                break
            first.setdefault(key, i)
    return out


RULES: dict[str, Callable[[AuditInput], list[FindingIn]]] = {
    "parts_vs_total": parts_vs_total,
    "stated_sum": stated_sum,
    "part_exceeds_whole": part_exceeds_whole,
    "breakdown_sum": breakdown_sum,
    "percent_over_100": percent_over_100,
    "same_incident_figures": same_incident_figures,
    "date_year_typo": date_year_typo,
    "date_out_of_order": date_out_of_order,
    "impossible_date": impossible_date,
    "weekday_mismatch": weekday_mismatch,
    "place_in_two_areas": place_in_two_areas,
    "date_after_publication": date_after_publication,
    "repeated_enumeration": repeated_enumeration,
    "repeated_list_item": repeated_list_item,
    "repeated_phrase": repeated_phrase,
}


def audit_document(text: str, claims: Sequence[ClaimOut] = (), *, published: dt.date | None = None,
                   only: Sequence[str] | None = None) -> list[FindingIn]:
    """Run every audit rule on one document.

    text (str): the document's stored text (spans index it).
    claims (Sequence[ClaimOut]): the document's claims.
    published (date | None): its publication date.
    only (Sequence[str] | None): run just these rules (names of ``RULES``).
    RETURNS (list[FindingIn]): findings in text order.
    """
    inp = AuditInput.build(text, claims, published)
    out: list[FindingIn] = []
    for name, rule in RULES.items():
        if only is None or name in only:
            out.extend(rule(inp))
    return sorted(out, key=lambda f: (min(s[0] for s in f.spans) if f.spans else 0, f.rule))
