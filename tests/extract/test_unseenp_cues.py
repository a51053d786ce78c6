"""General cues found by checking the sixteenth own-written unseen set claim by claim (tests/data/unseen/unseenp):
an annex's entry headings closed by a full stop, places detainees were moved to, kinds of wounds treated, people
not seen since, and the dead put at a number. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _claims(text: str, publisher: str = "Pub") -> list:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher=publisher))
            if c.figures]


def _where_when(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.evidence.text, c.place.name, str(c.date.start) if c.date.start else None,
             str(c.date.end) if c.date.end else None) for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an annex whose entries open on a heading line of a place and a day closed by a full stop
        ("Annex of incidents\n\nA.1 Eldoret, 3-4 March 2015.\nGunmen stormed the market at noon. Nine traders were killed.\n\n"
         "A.2 Kisumu, 12 April 2015.\nA patrol hit a roadside bomb. Four policemen were wounded.\n",
         [("Nine traders were killed.", "Eldoret", "2015-03-03", "2015-03-04"),
          ("Four policemen were wounded.", "Kisumu", "2015-04-12", "2015-04-12")]),
        ("Cases we documented\n\n1. Eldoret, 8 June 2016.\nMen on motorbikes fired at a bus. Two passengers died.\n\n"
         "2. Kisumu, 20 June 2016.\nA crowd set fire to the police post. Three officers were hurt.\n",
         [("Two passengers died.", "Eldoret", "2016-06-08", "2016-06-08"),
          ("Three officers were hurt.", "Kisumu", "2016-06-20", "2016-06-20")]),
    ],
)
def test_assemble_entry_heading_closed_by_full_stop(text: str, expected: list) -> None:
    assert _where_when(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a short sentence of its own on a line is no heading: the next paragraph keeps its own date
        "Annex\n\nClashes began in Eldoret, 3 March 2015.\nNine traders were killed on 5 March 2015.\n\n"
        "Clashes spread to Kisumu, 9 April 2015.\nFour policemen were wounded on 10 April 2015.\n",
    ],
)
def test_assemble_sentence_line_is_no_heading(text: str) -> None:
    dates = [(c.date.start, c.date.end) for c in _claims(text)]
    assert dates == [(dt.date(2015, 3, 5), dt.date(2015, 3, 5)), (dt.date(2015, 4, 10), dt.date(2015, 4, 10))]


_LETTER = """Letter to the Council on the situation in Uganda

1. Since 2 March, the security forces have detained more than 400 people. About 150 of them were moved to prisons in Nairobi and Mombasa.

2. On 4 May, in the Kawempe district of Kampala, soldiers shot three men outside a mosque.

3. In Gulu, 20 houses were burned on 9 May.

4. My Government has recorded 61 persons missing since the arrests began.
"""

_REPORT = """Weekly note on Moldova

Police in Chisinau said 35 protesters were detained on Sunday. Twelve of them were later transferred to a jail in Bucharest.

A second march took place in Balti, the police said. Organisers counted 4,000 people in Moldova's north.

Officials said 18 more arrests were made.
"""


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        # the prison or jail detainees were moved to is no place of the text's events
        (_LETTER, {"Nairobi", "Mombasa"}),
        (_REPORT, {"Bucharest"}),
    ],
)
def test_places_prison_detainees_moved_to_is_aside(text: str, foreign: set[str]) -> None:
    claims = _claims(text)
    assert claims
    assert not any(c.place.name in foreign for c in claims)


def _figures(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.kind, f.value, f.qualifier) for c in _claims(text) for f in c.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounds people were treated for may be named by their kind
        ("Doctors said 30 people were treated for gunshot and pellet wounds.", [("injured", 30, "exact")]),
        ("At least 14 workers were treated for burn injuries after the blast.", [("injured", 14, "at_least")]),
        # people who sought treatment were hurt
        ("Roughly 600 people had sought treatment in clinics since the weekend.", [("injured", 600, "about")]),
        ("Some 45 marchers sought medical treatment after the police charge.", [("injured", 45, "about")]),
    ],
)
def test_figures_treated_and_sought_treatment_are_injured(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people not seen, heard from or located since a day are missing
        ("Four villagers have not been located since Tuesday.", [("missing", 4, "exact")]),
        ("Nine students have not been heard from since.", [("missing", 9, "exact")]),
        ("Relatives said 23 fishermen had not been seen since the storm.", [("missing", 23, "exact")]),
    ],
)
def test_figures_not_seen_since_is_missing(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put the dead in X at N": the place between the dead and the number
        ("A senior officer put the rebel dead in Gulu at over 2,000.", [("killed", 2000, "more_than")]),
        ("The council put the dead in the old town at 310.", [("killed", 310, "exact")]),
        # estimates of the dead that range between two numbers
        ("Estimates of the dead across the upper valley ranged from 800 to 2,200.", [("killed", 800, "range")]),
        ("Estimates of the death toll varied from 40 to 90.", [("killed", 40, "range")]),
    ],
)
def test_figures_dead_put_at_and_estimates_range(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wiki page's category footer is no claim of the text
        "Categories: 1988 in Valdoria | Sieges of the 1980s",
        "Category: 2004 riots",
        # the sources a count needs are the method, not a count of what happened
        "We count a death when at least two independent sources confirm it.",
        "Each entry is checked against three separate sources before it is published.",
    ],
)
def test_figures_category_footer_and_sources_needed_make_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "It" after a description that speaks ("The interior ministry said ... It added"): that description,
        # not an unrelated speaker named in an earlier paragraph
        ("State radio said a curfew was imposed in Nakuru on Monday.\n\n"
         "The interior ministry said on Tuesday that 12 officers had been killed in Nakuru. "
         "It added that 300 people had been detained.\n", "The interior ministry"),
        ("A local broadcaster said roads into Eldoret were closed.\n\n"
         "The health ministry said 40 people were wounded in Eldoret on Friday. "
         "It also said that nine of them were children.\n", "The health ministry"),
    ],
)
def test_attribution_it_follows_the_speaking_description(text: str, speaker: str) -> None:
    assert {c.attributed_to.name for c in _claims(text)} == {speaker}
