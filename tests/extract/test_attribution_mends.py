"""Attribution mends: a list item's closing parenthesis names its source by any role or organisation word of
the speaker lexicons, in either number. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.extract.segment import bullets, speaking_bullets
from claimledger.models import SourceText


def _speakers(text: str) -> list[str]:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher="Pub"))
    return [c.attributed_to.name for c in claims if c.figures]


_HEAD = "Reported incidents\n"


@pytest.mark.parametrize(
    ("item", "speaker"),
    [
        # a role or an organisation of the speaker lexicons, singular or plural
        ("- 2 June, Merrow: three herders killed (the catechist).", "the catechist"),
        ("- 2 June, Merrow: three herders killed (county administrators).", "county administrators"),
        ("- 2 June, Merrow: three herders killed (the diocese of Merrow).", "the diocese of Merrow"),
        ("• 2 June, Merrow: three herders killed (clinic staff).", "clinic staff"),
        ("• 2 June, Merrow: three herders killed (parish priests).", "parish priests"),
        ("- 2 June, Merrow: three herders killed (two teachers, by radio).", "two teachers, by radio"),
        ("- 2 June, Merrow: three herders killed (port authorities).", "port authorities"),
        ("- 2 June, Merrow: three herders killed (a nurse at the health post).", "a nurse at the health post"),
        # no source word: the publisher's
        ("- 2 June, Merrow: three herders killed (unconfirmed).", "Pub"),
        ("- 2 June, Merrow: three herders killed (see above).", "Pub"),
        ("- 2 June, Merrow: three herders killed (north of the river).", "Pub"),
    ],
)
def test_bracket_source_any_speaker_head(item: str, speaker: str) -> None:
    assert _speakers(_HEAD + item) == [speaker]


def test_one_bullet_list_with_a_speechless_subset() -> None:
    # every module reads one list of bullets; a dash or an asterisk opens an item but carries no speaker
    assert speaking_bullets() < frozenset(bullets())
    assert not {"-", "–", "*"} & speaking_bullets()



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speech verb's past participle before "by" and a party: a passive, whose agent speaks
        ("Totals recorded by the monitoring group show 40 civilians killed in March.", "the monitoring group"),
        ("Totals recorded by the county health office: 40 civilians killed and 12 wounded.", "the county health office"),
        ("Deaths documented by local monitors rose to 40 in the town of Pellow.", "local monitors"),
        # "by" and a time: the verb of the party before it
        ("The mission recorded by Monday 40 civilian deaths.", "The mission"),
        ("County officials said 40 civilians were killed in Pellow.", "County officials"),
    ],
)
def test_recorded_by_agent_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "claims" right before a figure: the verb, its subject speaks
        ("The rebel radio claims 14 soldiers were killed in the raid.", "The rebel radio"),
        ("The militia claims at least 14 raiders died near the ford.", "The militia"),
        ("The faction claims that 14 of its fighters died.", "The faction"),
        # "claims" as a noun: no speaker of its own
        ("Such claims were false: 14 people died in Pellow.", "Pub"),
    ],
)
def test_claims_before_a_figure_is_a_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_recorded_by_agent_with_a_period_after_it() -> None:
    # "by the panel for March": the panel, a party, speaks; not "Totals"
    speakers = _speakers("Totals recorded by the panel for March: at least 40 civilians killed in the two valleys.")
    assert speakers and all(s.startswith("the panel") for s in speakers)
