"""General cues found by checking the third own-written unseen set claim by claim (tests/data/unseen/unseenc)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.numbers import find_quantities
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText
from tests.extract.test_figures import _figures


def _claims(text: str, published: dt.date = dt.date(2024, 3, 5)) -> list:
    return extract(SourceText(doc_id="t", text=text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number repeated in brackets in the other notation (official, legal, police writing) is one number
        ("Two (2) guards", [(2, "Two (2)")]),
        ("seven ( 7 ) houses", [(7, "seven ( 7 )")]),
        ("12 (twelve) rifles", [(12, "12 (twelve)")]),
        ("at least three (3) men", [(3, "at least three (3)")]),
        # a different number in brackets is an aside, not an echo
        ("Two (3) guards", [(2, "Two"), (3, "3")]),
        ("Two people (2 adults) were hurt", [(2, "Two"), (2, "2")]),
        ("Ward 2 (two beds)", [(2, "2"), (2, "two")]),
    ],
)
def test_number_echoed_in_brackets(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(q.value, text[q.start:q.end]) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two (2) guards were killed and three (3) were wounded.", [("killed", 2), ("injured", 3)]),
        ("One (1) gunman was shot dead.", [("killed", 1)]),
        # a figure quoted as someone's words reads as the bare figure
        ('The group said it had killed "more than 20" soldiers.', [("killed", 20)]),
        ("The agency put the death toll at “over 40”.", [("killed", 40)]),
        ("Nine soldiers embraced martyrdom in the raid.", [("killed", 9)]),
        ("Six villagers sustained minor injuries.", [("injured", 6)]),
        ("Four guards suffered serious injuries in the blast.", [("injured", 4)]),
    ],
)
def test_figure_cues_from_unseen_styles(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


def test_quoted_qualifier_is_kept() -> None:
    got = _figures('Rebels said they had killed "more than 20" soldiers.')
    assert [(f["value"], f["qualifier"]) for f in got] == [(20, "more_than")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day of a judgment ("today", "on Monday" right before the verb) is no incident date
        ("The court today convicted three men over the attack on Korvan on 4 May 2021, which killed 9 villagers.",
         dt.date(2023, 2, 1), "2021-05-04"),
        ("The tribunal on Monday sentenced two officers for the raid on Korvan on 4 May 2021 that killed 9 people.",
         dt.date(2023, 2, 1), "2021-05-04"),
        # a plain incident sentence keeps its own relative day
        ("Gunmen today killed 9 people in Korvan, police said.", dt.date(2023, 2, 1), "2023-02-01"),
    ],
)
def test_judgment_day_is_no_incident_date(text: str, published: dt.date, expected: str) -> None:
    claims = [c for c in _claims(text, published) if c.figures]
    assert claims and claims[0].date is not None and str(claims[0].date.start) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # role nouns of courts, armed groups and their staff head a speaker's noun phrase
        ("The prosecution had alleged that 15 villagers were killed.", "The prosecution"),
        ("The army's media wing said that five soldiers were killed.", "The army's media wing"),
        ("The rebel group's armed wing said 12 fighters were killed.", "The rebel group's armed wing"),
        ("A government adviser told reporters that 4 guards were killed.", "A government adviser"),
        ("The lawyers said 30 detainees had died in custody.", "The lawyers"),
    ],
)
def test_speaker_role_nouns(text: str, speaker: str) -> None:
    figs = [c for c in _claims(text) if c.figures]
    assert figs and figs[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a bulleted list of incidents by place: each item's place is where it happened, not a dateline
        ("Incidents:\n- Varnak county, 2 May: gunmen raided a market. 6 killed.\n- Tolvik district, 9 May: a mine exploded. 3 killed.",
         ["Varnak county", "Tolvik district"]),
        ("Incidents:\n• Varnak county, 2 May: gunmen raided a market. 6 killed.", ["Varnak county"]),
    ],
)
def test_list_item_place_is_no_dateline(text: str, places: list[str]) -> None:
    claims = [c for c in _claims(text, dt.date(2024, 5, 20)) if c.figures]
    assert [c.place.text if c.place else None for c in claims] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" a year that holds the publication date runs from the year's start to it
        ("Since 2024, 41 civilians were killed in Varnak.", ("2024-01-01", "2024-03-05")),
        ("Since the start of 2024, 41 civilians were killed in Varnak.", ("2024-01-01", "2024-03-05")),
        ("Since the beginning of the year 2024 the office has registered 41 civilians killed in Varnak.",
         ("2024-01-01", "2024-03-05")),
        ("Since 2019, 41 civilians were killed in Varnak.", ("2019-01-01", "2024-03-05")),
        # a year without "since" stays the year
        ("In 2023, 41 civilians were killed in Varnak.", ("2023-01-01", "2023-12-31")),
    ],
)
def test_since_a_year_runs_to_the_publication(text: str, expected: tuple[str, str]) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert claims and (str(claims[0].date.start), str(claims[0].date.end)) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a period total naming its area only by kind counts the area of that kind named before it
        (("Home > Pakistan > Khyber Pakhtunkhwa\n\nA bomb killed 8 people in Bannu on Wednesday, officials said.\n\n"
          "Militant attacks in the province have killed more than 400 policemen since January."), "Khyber Pakhtunkhwa"),
        (("The health office in Taiz governorate said shelling killed 6 people in Al-Rawdah on Sunday.\n\n"
          "Since the start of the year, 41 civilians were killed in the governorate."), "Taiz governorate"),
        # a single incident keeps its own town
        ("The health office in Taiz governorate said shelling killed 6 people in Al-Rawdah on Sunday.", "Al-Rawdah"),
    ],
)
def test_period_total_in_the_named_area(text: str, place: str) -> None:
    claims = [c for c in _claims(text, dt.date(2024, 9, 26)) if c.figures]
    assert claims[-1].place is not None and claims[-1].place.text == place


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Since January, 41 civilians were killed in the province.", True),
        ("Since the beginning of the year 2024 the office has registered 41 civilians killed.", True),
        ("Since Monday, 4 people were killed.", False),
        ("He has lived in Varnak since 2019 and saw 3 people killed.", False),
    ],
)
def test_sentence_opening_on_since_states_a_total(sentence: str, total: bool) -> None:
    from claimledger.link import states_total

    assert states_total(sentence) is total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" joins a number's parts only after a scale word: "two and five" are two numbers
        ("Between two and five people", [(2, "range", 5)]),
        ("two and three", [(2, "exact", 2), (3, "exact", 3)]),
        ("three hundred and twelve", [(312, "exact", 312)]),
        ("one thousand and one", [(1001, "exact", 1001)]),
        ("Two Hundred And Five", [(205, "exact", 205)]),
    ],
)
def test_and_joins_parts_only_after_a_scale(text: str, expected: list[tuple]) -> None:
    assert [(q.value, q.qualifier, q.high) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between two <parties>" names the two sides of a fight, no count
        ("Clashes between two community militias were reported.", []),
        ("A feud between the two clans killed 5 people.", [("killed", 5)]),
        ("Fighting between two armed factions left 12 dead.", [("killed", 12)]),
        # a range after "between" stays a range
        ("Between two and five guards were killed.", [("killed", 2)]),
        ("Two houses were burned.", [("other", 2)]),
    ],
)
def test_two_sides_are_no_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the town proper of X" (a town's centre, in official writing) names the town
        ("A bomb went off near a shed in the town proper of Velmora. Five (5) civilians sustained minor injuries.",
         "Velmora"),
        ("Shelling hit the city proper of Velmora, killing 3 people.", "Velmora"),
    ],
)
def test_town_proper_of(text: str, place: str) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert claims and claims[-1].place is not None and claims[-1].place.text == place


def test_admitted_is_a_reporting_verb() -> None:
    claims = [c for c in _claims("The army admitted that 4 civilians were killed in the raid.") if c.figures]
    assert claims and claims[0].attributed_to.name == "The army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits ending a capitalised name that speaks are part of the speaker's name
        ("A spokesman for Rescue 1122 said 13 people were injured.", [("injured", 13)]),
        ("Channel 12 reported that 4 soldiers were killed.", [("killed", 4)]),
        # "said to" is a passive report of the count itself
        ("In Varnak 12 said to be killed were buried.", [("killed", 12)]),
    ],
)
def test_digits_ending_a_speaking_name(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f["kind"], f["value"]) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a period that "continued into" a later day is one range of the days it went on
        ("Shelling began early on Saturday and continued into Sunday, killing 27 people.",
         dt.date(2024, 5, 20), ("2024-05-18", "2024-05-19")),
        ("Fighting raged overnight Saturday into Sunday, killing 12 people.", dt.date(2024, 5, 20),
         ("2024-05-18", "2024-05-19")),
        ("The siege began on 3 May and lasted until 6 May, killing 40 people.", dt.date(2024, 5, 20),
         ("2024-05-03", "2024-05-06")),
        # distant dates are no single period
        ("Fighting began on 3 January and continued until 12 June, killing 27 people.", dt.date(2024, 7, 20),
         ("2024-06-12", "2024-06-12")),
    ],
)
def test_period_continued_into_a_later_day(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    claims = [c for c in _claims(text, published) if c.figures]
    assert claims and (str(claims[0].date.start), str(claims[0].date.end)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to <data> from/of <definite source>": the source speaks, not its data
        ("According to figures from the health ministry, 12 people were killed.", "the health ministry"),
        ("According to the final statistic of the Office, 6 civilians were killed.", "the Office"),
        ("According to the latest tally of the rescue service, 9 people were killed.", "the rescue service"),
        # a generic plural source keeps the fuller phrase
        ("According to early estimates by analysts, 12 people were killed.", "early estimates by analysts"),
        ("According to the ministry, 12 people were killed.", "the ministry"),
    ],
)
def test_according_to_data_of_a_source(text: str, speaker: str) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert claims and claims[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month is refined to the day of the same kind of incident only in the same town
        (("Gunmen attacked a school in Kumbo on 24 June, killing two pupils.\n\n"
          "Soldiers killed nine civilians during a search operation near Bamenda last month."),
         dt.date(2024, 7, 2), ("2024-06-01", "2024-06-30")),
        ("The massacre began on 28 November last year in Gao.\n\nA massacre in Gao killed hundreds last year.",
         dt.date(2024, 3, 2), ("2023-11-28", "2023-11-28")),
    ],
)
def test_month_refined_only_by_a_day_in_the_same_town(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    last = [c for c in _claims(text, published) if c.figures][-1]
    assert (str(last.date.start), str(last.date.end)) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a source credited after a figure on its line (a table row, a list item) speaks for it
        ("Incidents:\n- Varnak, 3 April: 12 killed, 9 injured. Source: field monitors.\n- Tolvik, 9 April: 4 killed.",
         ["field monitors", "Pub"]),
        ("Incidents:\n- Tolvik, 9 April: 4 killed (Source: county officials)", ["county officials"]),
        # a source line of its own credits no figure on another line
        ("Gunmen killed 4 people in Tolvik on Monday.\nSource: Harbour Gazette", ["Pub"]),
    ],
)
def test_source_credited_on_the_line(text: str, speakers: list[str]) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher="Pub"))
              if c.figures]
    assert [c.attributed_to.name for c in claims] == speakers


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a bulleted item opening on "Name, date:" opens on the place of its incident, known or not
        ("Incidents:\n- Varnakoi, 27 April: a raid on a village. 7 people died.", ["Varnakoi"]),
        ("Incidents:\n• Tolvikara, May 2, 2024: 3 killed.", ["Tolvikara"]),
        # not outside a bulleted list item, and not without the date and colon
        ("Varnakoi, 27 April: a raid on a village. 7 people died.", []),
        ("Incidents:\n- Varnakoi: a raid on a village. 7 people died.", []),
    ],
)
def test_list_item_opens_on_its_place(text: str, surfaces: list[str]) -> None:
    from claimledger.extract.places import find_places

    assert [text[m.start:m.end] for m in find_places(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body with an "of <quantity> people" phrase speaks, not its "people"
        ("The association of displaced people said 27 people were killed.", "The association"),
        ("The council of elders and people says 9 people were killed.", "The council"),
        # a speaker made of quantity words only names nobody
        ("Many people said 27 people were killed.", "Pub"),
    ],
)
def test_body_before_of_people(text: str, speaker: str) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher="Pub"))
              if c.figures]
    assert claims and claims[0].attributed_to.name == speaker
