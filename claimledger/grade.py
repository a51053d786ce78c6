"""Machine grades of an incident, with the reasons shown to the user.

In the spirit of the published rubrics (Airwars: Confirmed / Fair / Weak / Contested /
Discounted; Iraq Body Count: two independent sources, else Provisional). In order of
precedence:

* **reviewed**: a person set the grade (kept; the machine reasons are still listed);
* **contested**: a contradiction between different attributed bodies (disjoint figures),
  a denial, or competing perpetrators (stated perpetrators with nothing in common);
* **acknowledged**: the party the claims name as perpetrator itself asserts the incident
  (its own statement, not a denial);
* **corroborated**: at least two independent sources (different attributed bodies and
  publishers, wire copies counted once) whose figures agree, or who both report the
  incident when neither gives a figure the other can be compared with;
* **single_source**: everything else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.compare import (
    Comparison,
    SourceInfo,
    competing_perpetrators,
    independent,
    is_denial,
)
from claimledger.link import actor_tokens, body_key
from claimledger.models import ClaimOut

GRADES = ("reviewed", "contested", "acknowledged", "corroborated", "single_source")


@dataclass
class Grade:
    grade: str
    reasons: list[dict[str, Any]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [r["text"] for r in self.reasons]


def _reason(rule: str, text: str, **more: Any) -> dict[str, Any]:
    return {"rule": rule, "text": text, **more}


def grade_incident(claims: Sequence[ClaimOut], comparison: Comparison, sources: Mapping[str, SourceInfo],
                   *, reviewed: bool = False) -> Grade:
    """Grade one incident from its claims and their comparison.

    claims (Sequence[ClaimOut]): the incident's claims.
    comparison (Comparison): ``compare.compare`` of those claims.
    sources (Mapping[str, SourceInfo]): doc id -> publisher, affiliation, date.
    reviewed (bool): a person has set the grade (keeps ``reviewed``).
    RETURNS (Grade): the grade and every reason found (not only the deciding one).
    """
    docs = {c.claim_id: c.doc_id for c in claims}
    reasons: list[dict[str, Any]] = []
    contested = False
    for rel in comparison.relations:
        if rel.relation == "contradiction":
            contested = True
            reasons.append(_reason("contradiction", rel.reasons["text"], claims=[rel.claim_a, rel.claim_b]))
    denials = [c for c in claims if is_denial(c)]
    if denials:
        contested = True
        for d in denials:
            reasons.append(_reason("denial", f"{comparison.bodies[d.claim_id]} denies or gives another account",
                                   claims=[d.claim_id]))
    for a, b in competing_perpetrators(comparison):
        contested = True
        reasons.append(_reason("competing_perpetrators",
                               f"perpetrator: {comparison.perpetrators[a]!r} vs {comparison.perpetrators[b]!r}",
                               claims=[a, b]))
    acknowledged = _acknowledgements(claims, comparison)
    reasons.extend(acknowledged)
    agree_pairs = [r for r in comparison.relations if r.relation == "agree"
                   and independent(comparison, r.claim_a, r.claim_b, sources, docs)]
    for rel in agree_pairs:
        reasons.append(_reason("agree", f"independent sources agree: {rel.reasons['text']}",
                               claims=[rel.claim_a, rel.claim_b]))
    units = {comparison.units[c.claim_id] for c in claims if not is_denial(c)}
    publishers = {(sources.get(c.doc_id) or SourceInfo(doc=c.doc)).publisher or c.doc_id
                  for c in claims if not is_denial(c)}
    comparable_kinds = any(r.relation in ("agree", "contradiction") for r in comparison.relations)
    occurrence = not comparable_kinds and len(units) >= 2 and len(publishers) >= 2
    if occurrence:
        reasons.append(_reason("occurrence", f"{len(units)} independent sources report it; no comparable figures"))
    for copy, original in comparison.copies:
        reasons.append(_reason("copy", f"near-identical text: {copy} repeats {original}; counted once",
                               claims=[copy, original]))
    reasons.append(_reason("sources", f"{len(units)} independent source(s), {len(publishers)} publisher(s), "
                                      f"{len(claims)} claim(s)"))
    if reviewed:
        grade = "reviewed"
    elif contested:
        grade = "contested"
    elif acknowledged:
        grade = "acknowledged"
    elif agree_pairs or occurrence:
        grade = "corroborated"
    else:
        grade = "single_source"
    return Grade(grade, reasons)


def _acknowledgements(claims: Sequence[ClaimOut], comparison: Comparison) -> list[dict[str, Any]]:
    """Claims asserted by a body that other claims of the incident name as the perpetrator."""
    perpetrators = [(cid, actor_tokens(p)) for cid, p in comparison.perpetrators.items()]
    out: list[dict[str, Any]] = []
    for c in claims:
        if is_denial(c) or c.attributed_to.kind == "author":
            continue
        key = body_key(comparison.bodies[c.claim_id])
        significant = {t for t in key if len(t) > 2}
        for cid, tokens in perpetrators:
            if tokens and significant and tokens & significant and len(tokens & significant) >= min(2, len(tokens)):
                out.append(_reason("acknowledged", f"{comparison.bodies[c.claim_id]}, named as perpetrator "
                                                   f"({comparison.perpetrators[cid]!r}), asserts it",
                                   claims=[c.claim_id, cid]))
                break
    return out
