"""Place and date cues found by checking the tenth own-written unseen set claim by claim (tests/data/unseen/unseenj).

Every sentence here is written for the test; names, parties and days are invented or varied on purpose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import find_dates
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText

D = dt.date


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    """The place name and place rule of each figure claim, by the first four words of its evidence."""
    claims = extract(SourceText(doc_id="t", text=text, published=D(2020, 5, 8)))
    return {" ".join(c.evidence.text.split()[:4]): (c.place.name, c.place.rule) for c in claims if c.figures}


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # a body sentence with no place of its own, told paragraphs before the only mention of the
        # document's main town: the country named before it, not the town of a later episode
        ("ELECTION MONITORING MISSION TO MALAWI\n\n1. The mission covered every district of Malawi during the"
         " campaign.\n\n2. The opposition party told the mission that 14 of its members have been killed and 30"
         " are missing.\n\nMonitors visited a clinic in Mzuzu that had treated 9 people after a rally.",
         "The opposition party told", "Malawi"),
        ("Statement on the unrest in Malawi\n\nThe situation in the capital and in the provinces remains very"
         " tense this week. The interior ministry says 6 people have died in the unrest and 40 have been"
         " arrested.\n\nResidents of Mzuzu say police fired on a crowd there on Monday.",
         "The interior ministry says", "Malawi"),
    ],
)
def test_a_body_sentence_takes_the_country_told_before_a_later_town(text: str, evidence: str, place: str) -> None:
    name, rule = _places(text)[evidence]
    assert name == place
    assert rule.startswith("document-told-before:")


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # the lead tells of the incident whose place the next paragraph names
        ("Convoy ambushed in Malawi\n\nGunmen ambushed an army convoy on Tuesday, killing 11 soldiers, the army"
         " said.\n\nThe ambush took place on the road outside Mzuzu.", "Gunmen ambushed an army", "Mzuzu"),
        # the town is named in the sentence's own paragraph
        ("Statement on the unrest in Malawi\n\nThe situation in the capital and in the provinces remains very"
         " tense this week. The interior ministry says 6 people have died in the unrest. Most of them were shot"
         " in Mzuzu.", "The interior ministry says", "Mzuzu"),
        # a town named in the sentence itself
        ("Statement on the unrest in Malawi\n\nThe situation in the capital and in the provinces remains very"
         " tense this week. The interior ministry says 6 people have died in Mzuzu and 40 have been arrested.\n\n"
         "Residents of Mzuzu say police fired on a crowd there on Monday.", "The interior ministry says", "Mzuzu"),
    ],
)
def test_the_lead_and_a_place_of_the_paragraph_keep_the_town(text: str, evidence: str, place: str) -> None:
    name, rule = _places(text)[evidence]
    assert name == place
    assert not rule.startswith("document-told-before:")


@pytest.mark.parametrize(
    ("text", "published", "date_text", "rule"),
    [
        # a date after "that" belongs to the reported clause, not to the telling
        ("Villagers told the inspectors that on 2 April a gang burned 8 huts.", D(2016, 4, 20), "2 April", "dm"),
        ("The mayor said that on Monday 4 guards were shot at the depot.", D(2016, 4, 20), "Monday", "weekday"),
        ("Witnesses reported to the panel that late on 9 March soldiers beat 20 men.", D(2016, 4, 20), "9 March",
         "dm"),
        # the day of the telling itself stays a report date
        ("Villagers told the inspectors on 2 April that a gang burned 8 huts.", D(2016, 4, 20), "2 April", "report"),
        ("The mayor said on Monday that 4 guards were shot at the depot.", D(2016, 4, 20), "Monday", "report"),
    ],
)
def test_a_date_after_that_is_the_reported_event_s(text: str, published: dt.date, date_text: str, rule: str) -> None:
    found = {text[d.start:d.end]: d.rule for d in find_dates(text, published)}
    assert found[date_text] == rule


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # "the village of X, Y district" under a headline about "Y district" (a name the gazetteer lacks):
        # the headline's mention of Y counts for X, the place inside it; a later sentence takes X
        ("On the security operation in Brenvask district\n\nDuring an operation in the village of Olmarovo,"
         " Brenvask district, which began on Monday, police killed four gunmen.\n\nTwo officers were wounded in"
         " the exchange of fire.", "Two officers were wounded", "Olmarovo"),
        ("Report on the raid in Tarvesh district\n\nSoldiers searched the hamlet of Korvino, Tarvesh district, on"
         " Sunday and shot three men dead.\n\nFive villagers were detained after the search.", "Five villagers were"
         " detained", "Korvino"),
    ],
)
def test_a_named_place_inside_an_unknown_area_counts_the_area_s_mentions(text: str, evidence: str, place: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=D(2020, 5, 8)))
    texts = {" ".join(c.evidence.text.split()[:4]): c.place.text for c in claims if c.figures}
    assert texts[evidence] == place


BAGHDAD_BLAST = ("Bomb hits Baghdad market, 12 dead\n\nA car bomb exploded near a market in Baghdad's Sadr City district on"
                 " Friday, killing 12 people and wounding 30, police said.\n\nA doctor at a hospital said 12 bodies had been"
                 " brought in.\n\nSadr City has been hit before. Checkpoints across Baghdad were reinforced.")


@pytest.mark.parametrize(
    ("text", "evidence", "place"),
    [
        # "Y's X district" with X and Y named as often: X, the place inside Y, is the document's (its mentions
        # as "X district" and as "X" are one place's)
        (BAGHDAD_BLAST, "A doctor at a", "Sadr City"),
        # Y named more often than X stays the document's place
        (BAGHDAD_BLAST + " Shops in Baghdad closed early and police in Baghdad searched cars.", "A doctor at a",
         "Baghdad"),
    ],
)
def test_a_place_held_by_a_possessive_place_wins_a_tie(text: str, evidence: str, place: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=D(2020, 5, 8)))
    names = {" ".join(c.evidence.text.split()[:4]): c.place.name for c in claims if c.figures}
    assert names[evidence] == place


@pytest.mark.parametrize(
    ("text", "date_text", "first", "last"),
    [
        # a span of years named as a period or as years, without "from" or "between"
        ("The commission lists 300 people as missing from the period 1963 to 1974.", "the period 1963 to 1974",
         D(1963, 1, 1), D(1974, 12, 31)),
        ("In the years 2001 to 2004 some 40 schools were shelled.", "the years 2001 to 2004", D(2001, 1, 1),
         D(2004, 12, 31)),
    ],
)
def test_a_period_of_years_is_a_year_range(text: str, date_text: str, first: dt.date, last: dt.date) -> None:
    found = {text[d.start:d.end]: (d.first, d.last, d.rule) for d in find_dates(text, D(2020, 1, 1))}
    assert found[date_text] == (first, last, "range_y_y")


VALLEY_REVIEW = ("The Silent Valley: Lebanon, July 1982\n\nThe book tells of the killings in the village of Dranovo in"
                 " July 1982, the worst in southern Lebanon that month. According to the author, 41 men were shot"
                 " there.\n\nThe last chapter notes that the commission lists some 800 people as missing from the period"
                 " 1975 to 1990. The war displaced some 90,000 people, she writes.")


@pytest.mark.parametrize(
    ("text", "evidence", "place", "rule"),
    [
        # a count over years its own sentence names, and a war's total, are the country's, not the village's
        # the text told of before (a name the gazetteer lacks: the document's country)
        (VALLEY_REVIEW, "The last chapter notes", "Lebanon", "years:country-of:"),
        (VALLEY_REVIEW, "The war displaced some", "Lebanon", "aggregate:country-of:"),
        # the village's own incident keeps it
        (VALLEY_REVIEW, "According to the author,", "Dranovo", "paragraph:"),
    ],
)
def test_a_count_over_years_or_a_war_is_the_country_s(text: str, evidence: str, place: str, rule: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=None))
    places = {" ".join(c.evidence.text.split()[:4]): (c.place.name, c.place.rule) for c in claims if c.figures}
    name, got = places[evidence]
    assert name == place
    assert got.startswith(rule)


GULU_ATTACK = ("Rebels attack Gulu market\n\nRebels attacked a market in Gulu on Saturday, killing 14 people, police"
               " said.\n\n")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # where the wounded were taken or rushed to is no place of the incident: the claim keeps the attack's
        (GULU_ATTACK + "About 30 wounded people were taken to Kampala for treatment, a doctor said.", "About 30 wounded people"),
        (GULU_ATTACK + "About 30 wounded people were rushed to Lira hospital, a doctor said.", "About 30 wounded people"),
        (GULU_ATTACK + "About 30 wounded people were brought to Kampala by road, a nurse said.", "About 30 wounded people"),
    ],
)
def test_where_the_wounded_were_taken_is_no_incident_place(text: str, evidence: str) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=D(2020, 5, 8)))
    names = {" ".join(c.evidence.text.split()[:4]): c.place.name for c in claims if c.figures}
    assert names[evidence] == "Gulu"
