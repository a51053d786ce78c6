"""Coordinated sites of one act: "raided the villages of A in X and B in Y", "shelled A, B and C".

A sentence whose attack word takes two or more places joined by commas and "and" as its objects
tells of the act at each of them (rules ``sites.json``). :func:`coordinated_sites` finds those
places; assemble gives every site its own claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.base import Mention
from claimledger.extract.numbers import load_rules

ACT_REACH = 80  # characters before the first site searched for the attack word that takes it


@dataclass(frozen=True)
class _Rules:
    acts: frozenset[str]  # ``acts``: claim types whose sentence may name several sites
    act_before: re.Pattern[str]  # ``act_before``, anchored at the end of the text before the first site
    container_gap: re.Pattern[str]  # ``container_gap``: "A in X": X is A's area
    joint: re.Pattern[str]  # ``joint``: the text between two sites
    labels: frozenset[str]  # ``site_labels``: the place levels a site may be


@cache
def _rules() -> _Rules:
    r = load_rules("sites.json")
    return _Rules(
        acts=frozenset(r["acts"]),
        act_before=re.compile(f"(?:{r['act_before']})$", re.IGNORECASE),
        container_gap=re.compile(r["container_gap"], re.IGNORECASE),
        joint=re.compile(r["joint"], re.IGNORECASE),
        labels=frozenset(r["site_labels"]),
    )


def splits(claim_type: str) -> bool:
    """True when a claim of ``claim_type`` may name several sites of its act (rules ``acts``)."""
    return claim_type in _rules().acts


def coordinated_sites(text: str, places: list[Mention], floor: int) -> list[Mention]:
    """The places one sentence names as separate sites of one attack ("raided the villages of A in X and
    B in Y": A and B; "shelled A, B and C": all three), in text order.

    text (str): the document's text.
    places (list[Mention]): the sentence's place mentions, in text order.
    floor (int): where the sentence starts (the attack word is searched no further back).
    RETURNS (list[Mention]): two or more sites, else an empty list.
    """
    r = _rules()
    for i, first in enumerate(places):
        if first.label not in r.labels:
            continue
        if r.act_before.search(text, max(floor, first.start - ACT_REACH), first.start) is None:
            continue
        sites = [first]
        k = i + 1
        while k < len(places):
            end = sites[-1].end
            nxt = places[k]
            if r.container_gap.fullmatch(text, end, nxt.start) and k + 1 < len(places):
                end, k = nxt.end, k + 1  # "A in X": X is where A lies
                nxt = places[k]
            if nxt.label not in r.labels or r.joint.fullmatch(text, end, nxt.start) is None:
                break
            sites.append(nxt)
            k += 1
        if len(sites) >= 2:
            return sites
    return []
