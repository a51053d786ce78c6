"""General cues found by checking own-written unseen sets a and b claim by claim (tests/data/unseen)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText, denies_incident

PUBLISHED = dt.date(2025, 2, 14)


def _dated(text: str) -> list[tuple[float, dt.date | None, str]]:
    """(killed value, date start, date rule) of each killed figure."""
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    return [(f.value, c.date.start, c.date.rule) for c in claims for f in c.figures if f.kind == "killed"]


_BLOG = "Live: clashes near the river port\n\n08:10 - Gunfire is heard in the market area, witnesses say.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live blog's entries without a date of their own happen on the day the blog is written
        (_BLOG + "09:35 - A police officer says 6 people have been killed.",
         [(6, PUBLISHED, "live:live_entry")]),
        (_BLOG + "9.40am: Rebel commanders say 11 of their fighters died in the fighting.",
         [(11, PUBLISHED, "live:live_entry")]),
        # a day heading above the entries dates those below it
        (("Live updates\n\nThursday 13 February 2025\n\n21:10 - Medics say 4 people were killed.\n\n"
         "Friday 14 February 2025\n\n07:45 - The governor now says 9 people were killed."),
         [(4, dt.date(2025, 2, 13), "live:live_entry"), (9, PUBLISHED, "live:live_entry")]),
        # an entry's own date wins over the time stamp
        (_BLOG + "10:05 - Gunmen killed 3 soldiers on Tuesday, the army says.",
         [(3, dt.date(2025, 2, 11), "")]),
    ],
)
def test_live_entry_dates_its_claims(text: str, expected: list[tuple[float, dt.date, str]]) -> None:
    assert [(k, d, r if r.startswith("live:") else "") for k, d, r in _dated(text)] == expected


@pytest.mark.parametrize(
    ("text", "live"),
    [
        # one clock time is no live blog; nor is a time inside a sentence
        ("10:45 - A resident says 5 people were killed.", 0),
        ("At 10:45 a shell hit the school.\n\nAt 11:30 another hit the clinic.", 0),
        ("10:45 - Shelling resumed.\n\n11:30 - A medic says 2 were killed.", 2),
    ],
)
def test_live_entry_needs_several_entries(text: str, live: int) -> None:
    assert sum(d.rule == "live_entry" for d in find_dates(text, PUBLISHED)) == live


def _speakers(text: str) -> list[str]:
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    return [c.attributed_to.name for c in claims if c.figures]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an anaphoric speaker before a quotation stands for an earlier speaker that fits it, not for
        # any earlier one ("the ministry" is no farmer)
        (('A farmer said the huts were burning.\n\nThe ministry of the interior said the raid failed and that '
         '"scores of bandits" were killed.'), "The ministry"),
        ('A nurse said the clinic was full.\n\nThe agency said that "at least 9 people" had died.', "The agency"),
        # one that fits is still found
        (('The Interior Ministry of Norland said the border was calm.\n\nLater the ministry said that '
         '"at least 9 attackers" were killed.'), "The Interior Ministry of Norland"),
        ('Colonel Ivo Marek said the town was calm.\n\n"At least 9 attackers were killed," he said.', "Colonel Ivo Marek"),
    ],
)
def test_quoted_anaphor_takes_a_fitting_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a count whose subject tallied it, reported by a speaker later in the sentence, is that speaker's
        (("Police have recorded 112 homicides in the province this month, according to figures released "
         "by the security council."), "the security council"),
        ("Volunteers counted 14 bodies near the bridge, the governor said.", "the governor"),
        (("The Norland Rights Monitor said it was alarmed. Its observers documented 31 deaths in the district, "
         "the monitor said."), "The Norland Rights Monitor"),
        # without a later speaker, or with a contrasted one, the tallying subject keeps its count
        ("Police have recorded 112 homicides in the province this month.", "Police"),
        ("Medics counted 12 bodies, while the army said 4 died.", "Medics"),
    ],
)
def test_reported_tally_is_the_reporters_claim(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # an event that began a few days before the text and has no end told is still going on:
        # a period from its first day to the document's date
        ("The siege began on Tuesday when fighters surrounded the garrison.", dt.date(2025, 2, 11), PUBLISHED),
        ("The offensive was launched on 10 February, the army said.", dt.date(2025, 2, 10), PUBLISHED),
        # an end told in its sentence, or a start long before, keeps the day
        ("The raid began on Tuesday and ended before noon.", dt.date(2025, 2, 11), dt.date(2025, 2, 11)),
        ("The fighting began on Monday and lasted six hours.", dt.date(2025, 2, 10), dt.date(2025, 2, 10)),
        ("The war began on 24 February 2022.", dt.date(2022, 2, 24), dt.date(2022, 2, 24)),
        ("Gunmen attacked the village on Tuesday.", dt.date(2025, 2, 11), dt.date(2025, 2, 11)),
    ],
)
def test_began_on_a_recent_day_runs_to_the_document_date(text: str, first: dt.date, last: dt.date) -> None:
    days = [(d.first, d.last) for d in find_dates(text, PUBLISHED) if d.precision in ("day", "range")]
    assert days == [(first, last)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # homicides and murders counted are people killed
        ("Police recorded 112 homicides in the province this month.", [("killed", 112)]),
        ("The gang is blamed for 14 murders since January.", [("killed", 14)]),
        # a homicide unit is no dead
        ("The city hired 5 homicide detectives.", [("other", 5)]),
    ],
)
def test_homicides_are_killed(text: str, figures: list[tuple[str, int]]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    assert [(f.kind, f.value) for c in claims for f in c.figures] == figures


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a part of a month is the range of its days (a year-less month: the latest not after the text)
        ("In the first two weeks of January, 30 people were killed.", (dt.date(2025, 1, 1), dt.date(2025, 1, 14))),
        ("During the last week of November 2023, 8 died.", (dt.date(2023, 11, 24), dt.date(2023, 11, 30))),
        ("In the second half of December, 4 were killed.", (dt.date(2024, 12, 16), dt.date(2024, 12, 31))),
        ("In the first fortnight of February, 6 died.", (dt.date(2025, 2, 1), dt.date(2025, 2, 14))),
    ],
)
def test_part_of_a_month_is_a_range(text: str, span: tuple[dt.date, dt.date]) -> None:
    assert [(d.first, d.last) for d in find_dates(text, PUBLISHED) if d.rule == "month_part"] == [span]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # a relative clause with 'that' between the denier and its verb
        (("Gunmen killed 12 people in the market on Monday. The rebel alliance that controls the hills "
         "denied targeting civilians."), "The rebel alliance"),
        ("Shells hit the depot on Friday, killing 3 guards. The militia that holds the ridge denied firing.",
         "The militia"),
    ],
)
def test_denier_before_a_that_clause(text: str, denier: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    assert [c.attributed_to.name for c in claims if denies_incident(c)] == [denier]


@pytest.mark.parametrize("noun", ["a statement", "a report", "the claim"])
def test_a_that_clause_completing_a_document_noun_names_no_denier(noun: str) -> None:
    text = f"Shells hit the depot on Friday, killing 3 guards. The governor issued {noun} that the rocket did not hit the depot."
    denials = [c for c in extract(SourceText(doc_id="t", text=text, published=PUBLISHED)) if denies_incident(c)]
    assert denials and all(c.attributed_to.name != noun for c in denials)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where people fled to is not where the incident happened
        ("Fighting broke out in Rutshuru on Monday. Officials said around 40,000 people fled towards Goma.",
         "Rutshuru"),
        ("Clashes erupted in Rutshuru on Monday. Some 2,000 families sought refuge in Goma.", "Rutshuru"),
        # a place named as the scene keeps it
        ("Shells hit Goma on Monday, killing 4 people.", "Goma"),
    ],
)
def test_flight_destination_is_no_incident_place(text: str, place: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    assert [c.place.text for c in claims if c.figures] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # fighting in a town that people fled is still the incident's place
        "Some 3,000 people fled fighting in Goma on Monday.",
        "About 500 people were displaced in Goma on Monday.",
    ],
)
def test_scene_of_flight_keeps_its_place(text: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=PUBLISHED))
    assert [c.place.text for c in claims if c.figures] == ["Goma"]
