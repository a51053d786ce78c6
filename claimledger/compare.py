"""Comparison: what each source says about one incident, and how the claims relate.

For each figure kind (killed, injured, ... and each counted object of kind ``other``)
every source's interval is listed, with its attributed body, publisher, affiliation and
publication date. Figures are intervals (DESIGN.md principle 4): the figure's ``low`` /
``high`` from the extractor; a missing bound is open (``None`` = no upper bound, 0 for
no lower bound). Vague figures ("dozens") and subgroup figures ("20 children") are
shown but never compared with totals.

Relations between two claims (one row per figure kind, or none for a denial):

* **agree**: the intervals overlap;
* **revision**: disjoint intervals from the *same* attributed body (a toll that rose from
  13 to 16 to 21 is one revision series, listed in ``FigureSummary.series``);
* **contradiction**: disjoint intervals from different attributed bodies;
* **denial**: one of the claims is a denial (type ``denial`` or stance ``rejects``).

Overall range and low/best/high:

* ``min`` / ``max`` (Iraq Body Count): the lowest lower bound and the highest upper bound
  over every source (an open upper bound counts by its lower end: "more than 350" -> 351);
* ``low`` / ``best`` / ``high`` (UCDP GED): over the *current* figures only: each
  independent source (attributed body, wire copies counted once) contributes its latest
  figure (by publication date, then position: a revision series counts by its last
  value), as one number (``point``: the stated value; the lower end of an open interval;
  the middle of a range). ``low`` and ``high`` are the smallest and largest of those;
  ``best`` is their median (the lower one of the two middle values for an even count),
  so it is a figure some source actually gave and a single outlier cannot move it.

Independence: two claims corroborate each other only when their attributed bodies
differ, their publishers differ and their evidence is not a copy. A copy is
near-identical evidence text (word 3-gram Jaccard >= ``copy_jaccard``) published by
different outlets, as wire copy is; copies are counted once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.link import body_key, fold, rules, same_body
from claimledger.models import ClaimOut, Figure, denies_incident

INF = float("inf")


@dataclass(frozen=True)
class SourceInfo:
    """What the comparison needs to know about a claim's document."""

    doc: str
    publisher: str | None = None
    affiliation: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class SourceFigure:
    claim_id: str
    doc_id: str
    doc: str
    kind: str
    label: str  # "killed", or "other: houses"
    value: float
    qualifier: str
    low: float
    high: float  # INF when open
    body: str
    publisher: str | None
    affiliation: str | None
    published: dt.date | None
    group: str | None
    comparable: bool  # False for vague and subgroup figures
    order: int  # position of the claim in the input (document order)

    def as_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "doc": self.doc, "value": self.value, "qualifier": self.qualifier,
            "low": self.low, "high": None if self.high == INF else self.high, "attributed_to": self.body,
            "publisher": self.publisher, "affiliation": self.affiliation,
            "published": self.published.isoformat() if self.published else None, "group": self.group,
            "comparable": self.comparable,
        }


@dataclass(frozen=True)
class RelationOut:
    claim_a: str
    claim_b: str
    kind: str | None
    relation: str  # agree | revision | contradiction | denial
    reasons: dict[str, Any]


@dataclass
class FigureSummary:
    label: str
    sources: list[SourceFigure]
    min: float | None = None
    max: float | None = None
    low: float | None = None
    best: float | None = None
    high: float | None = None
    series: list[list[str]] = field(default_factory=list)  # claim ids of each revision series, in order

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label, "min": self.min, "max": self.max, "low": self.low, "best": self.best,
            "high": self.high, "series": self.series, "sources": [s.as_dict() for s in self.sources],
        }


@dataclass
class Comparison:
    figures: dict[str, FigureSummary]
    relations: list[RelationOut]
    copies: list[tuple[str, str]]  # (copy, original) claim ids
    bodies: dict[str, str]  # claim id -> attributed body shown
    units: dict[str, int]  # claim id -> independent-source unit
    denials: list[str]
    perpetrators: dict[str, str]  # claim id -> stated perpetrator


# --- helpers -----------------------------------------------------------------------------


def figure_label(figure: Figure) -> str:
    if figure.kind == "other":
        return f"other: {fold(figure.what or 'unspecified')}"
    return figure.kind


def figure_interval(figure: Figure) -> tuple[float, float]:
    """The figure's interval [low, high]; open bounds become 0 and infinity."""
    low = figure.low
    high = figure.high
    if low is None and high is None and figure.qualifier in ("exact",):
        return float(figure.value), float(figure.value)
    lo = float(low) if low is not None else (0.0 if figure.qualifier in ("at_most", "up_to") else float(figure.value))
    if figure.qualifier in ("at_least", "more_than") and high is None:
        return lo, INF
    hi = float(high) if high is not None else (INF if figure.qualifier in ("vague",) else float(figure.value))
    return lo, hi


def comparable(figure: Figure) -> bool:
    if figure.qualifier == "vague":
        return False
    return not (figure.group and fold(figure.group) not in set(rules()["generic_groups"]))


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def body_name(claim: ClaimOut, info: SourceInfo | None) -> str:
    """Who asserts the claim: the cited body, or the publisher for the author's own voice."""
    if claim.attributed_to.kind == "author" and info is not None and info.publisher:
        return info.publisher
    return claim.attributed_to.name


def _words(text: str) -> list[str]:
    return fold(text).split()


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(max(0, len(words) - 2))}


def is_copy(a: str, b: str) -> bool:
    """Near-identical evidence text (word 3-gram Jaccard), as wire copy printed twice is."""
    wa, wb = _words(a), _words(b)
    if min(len(wa), len(wb)) < rules()["copy_min_words"]:
        return False
    sa, sb = _shingles(wa), _shingles(wb)
    return len(sa & sb) / max(1, len(sa | sb)) >= rules()["copy_jaccard"]


def _fmt_interval(lo: float, hi: float) -> str:
    if hi == INF:
        return f"[{lo:g}, ∞)"
    return f"[{lo:g}, {hi:g}]" if lo != hi else f"{lo:g}"


def _date_key(s: SourceFigure) -> tuple[int, dt.date, int]:
    return (s.published is None, s.published or dt.date.min, s.order)


def point(s: SourceFigure) -> float:
    """The single number a source gives: its stated value; the lower bound of an open
    interval ("more than 30" -> 31); the middle of a range ("10 to 15" -> 12.5)."""
    if s.high == INF:
        return s.low
    if s.qualifier == "range":
        return (s.low + s.high) / 2
    return s.value


def _median_low(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def is_denial(claim: ClaimOut) -> bool:
    """A denial of the incident or of responsibility for it.

    A rejected *label* ("refrained from calling it genocide") is not a denial of the incident."""
    return denies_incident(claim) or (claim.type == "responsibility" and claim.stance == "rejects")


# --- comparison --------------------------------------------------------------------------


def compare(claims: Sequence[ClaimOut], sources: Mapping[str, SourceInfo]) -> Comparison:
    """Compare the claims of one incident.

    claims (Sequence[ClaimOut]): the incident's claims, in document order.
    sources (Mapping[str, SourceInfo]): doc id -> the document's publisher, affiliation, date.
    RETURNS (Comparison): per-figure summaries, pairwise relations, copies, independence units.
    """
    bodies = {c.claim_id: body_name(c, sources.get(c.doc_id)) for c in claims}
    keys = {c.claim_id: body_key(bodies[c.claim_id]) for c in claims}
    publishers = {c.claim_id: fold((sources.get(c.doc_id) or SourceInfo(doc=c.doc)).publisher or c.doc_id)
                  for c in claims}
    # copies: the later (or later listed) claim is the copy of the earlier one
    copies: list[tuple[str, str]] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.doc_id != b.doc_id and publishers[a.claim_id] != publishers[b.claim_id] \
                    and is_copy(a.evidence.text, b.evidence.text):
                copies.append((b.claim_id, a.claim_id))
    units = _units(claims, keys, copies)
    figures: dict[str, FigureSummary] = {}
    for order, c in enumerate(claims):
        info = sources.get(c.doc_id) or SourceInfo(doc=c.doc)
        seen: set[str] = set()
        for f in c.figures:
            label = figure_label(f)
            if label in seen:
                continue
            seen.add(label)
            lo, hi = figure_interval(f)
            figures.setdefault(label, FigureSummary(label=label, sources=[])).sources.append(SourceFigure(
                claim_id=c.claim_id, doc_id=c.doc_id, doc=c.doc, kind=f.kind, label=label, value=float(f.value),
                qualifier=f.qualifier, low=lo, high=hi, body=bodies[c.claim_id], publisher=info.publisher,
                affiliation=info.affiliation, published=info.published, group=f.group, comparable=comparable(f),
                order=order,
            ))
    for summary in figures.values():
        _summarise(summary, units)
    relations = _relations(claims, figures, keys, bodies, sources)
    denials = [c.claim_id for c in claims if is_denial(c)]
    # A party that a claim clears ("X denied any involvement") is not a stated perpetrator.
    perpetrators = {
        c.claim_id: p for c in claims if c.stance == "asserts" and (p := c.actors.perpetrator or c.perpetrator)
    }
    return Comparison(figures=dict(sorted(figures.items())), relations=relations, copies=copies, bodies=bodies,
                      units=units, denials=denials, perpetrators=perpetrators)


def _units(claims: Sequence[ClaimOut], keys: Mapping[str, frozenset[str]],
           copies: Sequence[tuple[str, str]]) -> dict[str, int]:
    """Independent-source units: the same attributed body, or a copy, is one unit."""
    parent = {c.claim_id: c.claim_id for c in claims}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ids = [c.claim_id for c in claims]
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if same_body(keys[a], keys[b]) or (not keys[a] and not keys[b]):
                parent[find(b)] = find(a)
    for x, y in copies:
        parent[find(x)] = find(y)
    roots: dict[str, int] = {}
    return {i: roots.setdefault(find(i), len(roots)) for i in ids}


def _summarise(summary: FigureSummary, units: Mapping[str, int]) -> None:
    usable = [s for s in summary.sources if s.comparable]
    if not usable:
        return
    summary.min = min(s.low for s in usable)
    summary.max = max(s.high if s.high != INF else s.low for s in usable)
    latest: dict[int, SourceFigure] = {}
    by_unit: dict[int, list[SourceFigure]] = {}
    for s in sorted(usable, key=_date_key):
        latest[units[s.claim_id]] = s
        by_unit.setdefault(units[s.claim_id], []).append(s)
    current = [point(s) for s in latest.values()]
    # UCDP-style: low and high span the current sources' own intervals (a range "7,000 to
    # 10,000" keeps both ends); best is the median of their point values.
    summary.low = min(s.low for s in latest.values())
    summary.high = max(s.high if s.high != INF else point(s) for s in latest.values())
    summary.best = _median_low(current)
    for members in by_unit.values():
        values: list[tuple[str, float]] = []
        for s in members:
            if not values or values[-1][1] != s.value:
                values.append((s.claim_id, s.value))
        if len(values) >= 2:
            summary.series.append([cid for cid, _ in values])


def _relations(claims: Sequence[ClaimOut], figures: Mapping[str, FigureSummary],
               keys: Mapping[str, frozenset[str]], bodies: Mapping[str, str],
               sources: Mapping[str, SourceInfo]) -> list[RelationOut]:
    out: list[RelationOut] = []
    by_claim: dict[str, dict[str, SourceFigure]] = {}
    for label, summary in figures.items():
        for s in summary.sources:
            if s.comparable:
                by_claim.setdefault(s.claim_id, {})[label] = s
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if is_denial(a) != is_denial(b):
                denier, other = (a, b) if is_denial(a) else (b, a)
                if same_body(keys[a.claim_id], keys[b.claim_id]):
                    continue  # a body does not deny its own account
                out.append(RelationOut(a.claim_id, b.claim_id, None, "denial", {
                    "text": f"{bodies[denier.claim_id]} rejects the account of {bodies[other.claim_id]}",
                    "denier": denier.claim_id,
                }))
                continue
            fa, fb = by_claim.get(a.claim_id, {}), by_claim.get(b.claim_id, {})
            for label in sorted(set(fa) & set(fb)):
                out.append(_relate(fa[label], fb[label], label, keys, sources))
    return out


def _relate(x: SourceFigure, y: SourceFigure, label: str, keys: Mapping[str, frozenset[str]],
            sources: Mapping[str, SourceInfo]) -> RelationOut:
    ix, iy = (x.low, x.high), (y.low, y.high)
    reasons: dict[str, Any] = {
        "a": {"value": x.value, "qualifier": x.qualifier, "interval": _fmt_interval(*ix), "body": x.body},
        "b": {"value": y.value, "qualifier": y.qualifier, "interval": _fmt_interval(*iy), "body": y.body},
    }
    if overlap(ix, iy):
        reasons["text"] = f"{label}: {_fmt_interval(*ix)} and {_fmt_interval(*iy)} overlap"
        return RelationOut(x.claim_id, y.claim_id, label, "agree", reasons)
    if same_body(keys[x.claim_id], keys[y.claim_id]):
        first, later = sorted((x, y), key=_date_key)
        when = "later publication" if (first.published and later.published and first.published < later.published) \
            else "publication order unknown" if not (first.published and later.published) else "same publication date"
        reasons["text"] = (f"{label}: {x.body} revised {first.value:g} -> {later.value:g} ({when})")
        reasons["from"], reasons["to"] = first.claim_id, later.claim_id
        return RelationOut(x.claim_id, y.claim_id, label, "revision", reasons)
    reasons["text"] = (f"{label}: {_fmt_interval(*ix)} ({x.body}) and {_fmt_interval(*iy)} ({y.body}) are disjoint")
    return RelationOut(x.claim_id, y.claim_id, label, "contradiction", reasons)


def independent(comparison: Comparison, a: str, b: str, sources: Mapping[str, SourceInfo],
                docs: Mapping[str, str]) -> bool:
    """Whether claims ``a`` and ``b`` are independent (different bodies and publishers, no copy)."""
    if comparison.units[a] == comparison.units[b]:
        return False
    pa = (sources.get(docs[a]) or SourceInfo(doc="")).publisher
    pb = (sources.get(docs[b]) or SourceInfo(doc="")).publisher
    if docs[a] == docs[b]:
        return False
    return not (pa and pb and fold(pa) == fold(pb))


def competing_perpetrators(comparison: Comparison) -> list[tuple[str, str]]:
    """Pairs of claims naming different parties as perpetrator.

    Parties compare by their named words cut to a common prefix ("Russia" / "Russian forces"
    agree); a generic party ("the regime") competes with nobody."""
    from claimledger.characterizations import parties_compete

    items = list(comparison.perpetrators.items())
    out: list[tuple[str, str]] = []
    for i, (ca, pa) in enumerate(items):
        for cb, pb in items[i + 1:]:
            if parties_compete(pa, pb):
                out.append((ca, cb))
    return out

