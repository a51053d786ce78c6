"""General phrasings of report prose: the wounded who died, list members with a phrase after the noun, a
sub-group closed by "among them", a day restated from the incident, a region's count over a whole month,
and "according to" before a norm."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract import attribution, dates, figures, places, segment
from claimledger.extract.base import Doc
from claimledger.extract.dates import find_dates
from claimledger.extract.places import place_for
from claimledger.models import SourceText

from ._pl_helpers import make_doc

D = dt.date


def _figures(text: str) -> list[tuple]:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    return [(m.label, m.data["value"], m.data["qualifier"], bool(m.data["subgroup"])) for m in doc.spans["figures"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the wounded that died: the killed, exact
        ("Five of the wounded brought to the field clinic died before dawn.", [("killed", 5, "exact", False)]),
        ("Two of the injured later succumbed in the provincial hospital.", [("killed", 2, "exact", False)]),
        # a part of a killed total told before it: a sub-group of that total
        ("The council raised the toll to 26, after three of the wounded died overnight.",
         [("killed", 26, "exact", False), ("killed", 3, "exact", True)]),
        # a part of the wounded that did not die stays a lower bound of the injured
        ("Four of the wounded were teenagers from the camp.", [("injured", 4, "at_least", False)]),
    ],
)
def test_report_prose_wounded_who_died_are_killed(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list member with a phrase after its noun shares the cue after the last member
        ("Eight officers of the river police and four porters lost their lives and 15 were wounded.",
         [("killed", 8, "exact", False), ("killed", 4, "exact", False), ("injured", 15, "exact", False)]),
        ("Six workers from the sawmill and two drivers were killed on the road.",
         [("killed", 6, "exact", False), ("killed", 2, "exact", False)]),
    ],
)
def test_report_prose_list_member_with_a_phrase_after_its_noun(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sub-group between commas closed by "among them": the cue after it still counts the number
        ("Seventeen pilgrims, several elderly women among them, were killed and over 40 were hurt.",
         [("killed", 17, "exact", False), ("injured", 40, "more_than", False)]),
        ("Nine traders, two brothers among the dead, died when the roof fell.".replace("two brothers", "brothers"),
         [("killed", 9, "exact", False)]),
    ],
)
def test_report_prose_subgroup_closed_by_among_them(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a day restated from the incident: the incident that many days (weeks) before that day
        ("Regional radio said on 14 March 2016, three days after the ambush, that 7 guards died.",
         "three days after the ambush", D(2016, 3, 11)),
        ("The governor spoke on 20 June 2013 – a week after the bombing – of 30 dead.",
         "a week after the bombing", D(2013, 6, 13)),
    ],
)
def test_report_prose_day_restated_after_the_incident(text: str, phrase: str, expected: dt.date) -> None:
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None)}
    assert found[phrase] == expected


def test_report_prose_after_the_incident_without_a_day_right_before_is_left_alone() -> None:
    # counted forward from the incident: no day before the phrase to count back from
    text = "The raid came on 4 April 2019. Two days after the raid, police detained 6 men."
    found = {text[d.start:d.end]: d.first for d in find_dates(text, None)}
    assert found.get("Two days after the raid") is None


@pytest.mark.parametrize(
    ("sentence", "chosen"),
    [
        # a count over a whole named month or "the month" in a region: the region's, not the main town's
        ("Monitors counted 55 conflict deaths in Helmand in March 2011.", "Helmand"),
        ("Monitors counted 55 conflict deaths across Helmand during the month.", "Helmand"),
        # a single incident told in the region keeps the document's town
        ("Two more bodies were found in Helmand on Sunday.", "Lashkar Gah"),
    ],
)
def test_report_prose_region_count_over_a_whole_month(sentence: str, chosen: str) -> None:
    text = ("A bomb killed 4 people in Lashkar Gah on 2 March 2011. Shops in Lashkar Gah stayed shut.\n\n"
            f"Police in Lashkar Gah blamed a local cell.\n\n{sentence}")
    doc = make_doc(text, places.component, attribution.component)
    m = place_for(doc, text.index(sentence), len(text))
    assert m is not None and m.data["text"] == chosen


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to" before a norm or a procedure says how, not who says so
        ("Rebels said they took 14 sailors, who will be treated according to the Hague rules.", "Rebels"),
        ("The court jailed 3 men according to the law of the province.", None),
        # before a body it still names the source, also when a norm word opens the body's name
        ("Nine guards were killed, according to the law enforcement office.", "the law enforcement office"),
        ("Nine guards were killed, according to the Rules Committee.", "the Rules Committee"),
    ],
)
def test_report_prose_according_to_a_norm_is_no_source(text: str, speaker: str | None) -> None:
    doc = make_doc(text, attribution.component)
    names = [str(m.data["name"]) for m in doc.spans.get("attributions", []) if m.label != "denial"]
    assert names == ([] if speaker is None else [speaker])


def _claim_dates(text: str, published: dt.date | None = None) -> dict[str, tuple]:
    """The date of each figure claim, by the first three words of its evidence."""
    from claimledger.extract.pipeline import extract

    claims = extract(SourceText(doc_id="t", text=text, published=published))
    return {" ".join(c.evidence.text.split()[:3]): (c.date.start, c.date.end) for c in claims if c.figures}


@pytest.mark.parametrize(
    ("text", "first_words", "expected"),
    [
        # a date opening a paragraph dates the first incident the paragraph tells, though sentences without one
        # come between
        ("On 12 May 2009 militiamen reached our farm at dawn. They lined up the men by the barn. "
         "Nobody spoke. Then they shot dead four men.\n\nOn 30 May 2009 a mine killed 2 boys near Tessa.",
         "Then they shot", (D(2009, 5, 12), D(2009, 5, 12))),
        ("On 3 October 2012 police surrounded the camp. They told everyone to stay inside. "
         "Later they opened fire and killed 6 men.\n\nOn 9 October 2012 a bomb killed 3 people in Lirra.",
         "Later they opened", (D(2012, 10, 3), D(2012, 10, 3))),
    ],
)
def test_report_prose_paragraph_opening_date_reaches_its_first_incident(text: str, first_words: str,
                                                                        expected: tuple) -> None:
    assert _claim_dates(text)[first_words] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of a whole joined by "and": the next part is a part too, not a second count
        ("The clinic took in 52 wounded, 30 of them with burns and 22 with bullet wounds.",
         [("injured", 52, "exact", False), ("injured", 22, "exact", True)]),
        ("The ward admitted 40 injured, 25 of them with fractures and 15 with stab wounds.",
         [("injured", 40, "exact", False), ("injured", 15, "exact", True)]),
        # another kind after the part is a count of its own
        ("The raid killed 12 people, most of them farmers and 20 were injured.",
         [("killed", 12, "exact", False), ("injured", 20, "exact", False)]),
    ],
)
def test_report_prose_next_part_of_a_whole(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim named in an apposition with a title's or an initial's stop is still one
        ("A guard, Mr. Okello, was wounded by shrapnel.", [("injured", 1, "exact", False)]),
        ("A night guard, Mr. T., was hurt by broken glass.", [("injured", 1, "exact", False)]),
        ("A nurse, Dr. B. Amadou, was killed at the gate.", [("killed", 1, "exact", False)]),
        # a sentence's end is no part of an apposition
        ("A porter was safe. The others, all drivers, were questioned.", []),
    ],
)
def test_report_prose_singular_victim_named_with_a_title(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
