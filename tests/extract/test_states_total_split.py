"""``link.states_total`` on lower-cased text runs its cues as two searches (those opening at the text's start,
and the others): a text holds a total exactly when the one case-insensitive alternation of every cue matches."""

from __future__ import annotations

import pytest

from claimledger import link


@pytest.mark.parametrize(
    "text",
    [
        "Since March, shelling has killed 40 residents of the river towns.",  # a cue opening at the text's start
        "  Since 2019 at least 12 aid workers died on that road.",
        "The council said that since March, 40 residents were killed.",  # the same words, not at the start
        "Dozens of airstrikes on the district were reported overnight.",
        "Three drone attacks against the depot failed, the ministry said.",
        "So far this month the clinic has treated 80 people.",
        "Throughout the siege the hospital stayed open.",
        "Two people were killed in a market blast on Tuesday.",  # no cue
        "",
        "SINCE THE WAR BEGAN, MORE THAN 300 HAVE DIED.",
        "İstanbul officials said five raids on the port followed.",  # lower-casing changes the length
    ],
)
def test_states_total_as_one_alternation(text: str) -> None:
    assert link.states_total(text) is (link._aggregate_pattern().search(text) is not None)


def test_states_total_split_keeps_every_cue() -> None:
    parts = link._aggregate_lower()
    assert parts is not None and 1 <= len(parts) <= 2
    # every cue is in one of the searches: each cue's own text (lower-cased) is read by the joined parts
    joined = "|".join(p.pattern for p in parts)
    from claimledger.extract.fastre import lower_pattern

    for cue in link.rules()["aggregate_cues"]:
        assert lower_pattern(cue) in joined
