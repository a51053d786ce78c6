"""General cues found by checking the fifteenth own-written unseen set claim by claim (tests/data/unseen/unseeno):
place names joined by "of" or "na", list items that open on a date then a place, address chains after
"X, in the Y district", plural area words after a list, speakers named by "force", and sources in brackets
closing a list item. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.extract.places import find_places
from claimledger.models import SourceText


def _claims(text: str, publisher: str = "Pub") -> list:
    return [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher=publisher))
            if c.figures]


def _surfaces(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # "of" joins two names into one when the gazetteer knows the joined name
        ("Two people were shot in Port of Spain on Monday.", ["Port of Spain"]),
        ("Heavy rain hit the Isle of Man overnight.", ["Isle of Man"]),
        # not when it does not: a ministry's name is no place, and a country after "of" stays itself
        ("The Ministry of Defence said three were hurt.", []),
        ("The Governor of Kenya's central bank spoke.", ["Kenya's"]),
    ],
)
def test_places_of_joins_a_known_name(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # "na" joins the words of one name, known or not
        ("Nine men were detained in the hill town of Ravne na Koroškem.", ["Ravne na Koroškem"]),
        ("Raiders burned houses in the village of Mbolo na Kessa.", ["Mbolo na Kessa"]),
    ],
)
def test_places_na_joins_one_name(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a line opening on a date, then a place and a colon: the item's place, known or not
        ("Weekly list\n- 4 March, Vorlakai: three herders killed.", ["Vorlakai"]),
        ("Weekly list\n- 4-5 March, Vorlakai: three herders killed.", ["Vorlakai"]),
        ("Weekly list\n• March 4, 2023, Vorlakai: three herders killed.", ["Vorlakai"]),
        ("Weekly list\n4 March, Tembel na Kori: a shop burned.", ["Tembel na Kori"]),
        # no colon after the name: no item's place
        ("Weekly list\n- 4 March, Vorlakai reported three herders killed.", []),
        # no date before it
        ("Weekly list\n- Herders, Vorlakai: three killed.", []),
    ],
)
def test_places_list_item_opens_on_date_then_place(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # "near X, in the Y district of Z": X lies in Y, whatever namesake of X the gazetteer holds abroad
        ("Gunmen fired on a bus near Rafaela, in the Yby Yau district of Concepción, late on Friday.", "Rafaela", "PY"),
    ],
)
def test_places_comma_in_cued_district_closes_the_address(text: str, surface: str, country: str) -> None:
    found = [m for m in find_places(text) if text[m.start:m.end] == surface]
    assert found and found[0].data["country"] == country


def test_places_name_placed_in_an_area_keeps_it_when_named_again() -> None:
    text = ("Gunmen fired on a bus near Rafaela, in the Yby Yau district of Concepción, late on Friday. "
            "Days later, police searched farms near Rafaela again.")
    found = [m for m in find_places(text) if text[m.start:m.end] == "Rafaela"]
    assert [m.data["country"] for m in found] == ["PY", "PY"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a plural area word after a list: each name of the list is a place of that level
        ("Monitors logged 9 kidnappings in Rutshuru and Masisi territories.", "district"),
    ],
)
def test_places_territories_after_a_list(text: str, level: str) -> None:
    found = [m for m in find_places(text) if text[m.start:m.end] == "Rutshuru"]
    assert found and found[0].label == level


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "force" heads a speaker's name
        ("Five soldiers died in the clash, the joint task force said.", "the joint task force"),
        ("The peacekeeping force said two of its men were wounded.", "The peacekeeping force"),
    ],
)
def test_attribution_force_heads_a_speaker(text: str, speaker: str) -> None:
    claims = _claims(text)
    assert claims and claims[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a list item ending on a parenthesis that names a source: that source's
        ("Incidents this week\n- 3 May, Tolvik: four farmers killed (district hospital).\n"
         "- 4 May, Brenna: two shops burned (a local chief, by telephone).",
         ["district hospital", "a local chief, by telephone"]),
        ("Incidents this week\n• 3 May, Tolvik: four farmers killed (parish priest of Tolvik).", ["parish priest of Tolvik"]),
        # a parenthesis that names no source, or holds a number, or closes no list item: the publisher's
        ("Incidents this week\n- 3 May, Tolvik: four farmers killed (unconfirmed).", ["Pub"]),
        ("Incidents this week\n- 3 May, Tolvik: four farmers killed (2 of them herders).", ["Pub"]),
        ("Four farmers were killed in Tolvik on 3 May (district hospital).", ["Pub"]),
    ],
)
def test_attribution_bracket_source_closes_a_list_item(text: str, speakers: list[str]) -> None:
    assert [c.attributed_to.name for c in _claims(text)] == speakers


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # a headline naming one year before the publication's: a year-less date of the text is of that year
        ("Looking back: the harbour riots of 1988\nBy a staff writer\n\nOn the night of 4 May, crowds burned two "
         "warehouses and 6 people died.", dt.date(2021, 9, 1), dt.date(1988, 5, 4)),
        # a headline with no year, or with the publication's: the publication's year
        ("The harbour riots\nBy a staff writer\n\nOn the night of 4 May, crowds burned two warehouses and 6 people "
         "died.", dt.date(2021, 9, 1), dt.date(2021, 5, 4)),
        ("Harbour riots, 2021\nBy a staff writer\n\nOn the night of 4 May, crowds burned two warehouses and 6 people "
         "died.", dt.date(2021, 9, 1), dt.date(2021, 5, 4)),
    ],
)
def test_dates_headline_year_dates_the_text(text: str, published: dt.date, start: dt.date) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=published)) if c.figures]
    assert claims and claims[0].date.start == start


@pytest.mark.parametrize("text", ["A boy taken at Christmas came home with 3 others.", "Two men were shot at Easter."])
def test_places_feasts_are_no_places(text: str) -> None:
    assert _surfaces(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a lower-case site word after an unknown name marks it as a place: a border crossing, a military post
        ("Guards fired on a crowd at the Verlok crossing at noon.", "Verlok crossing"),
        ("Raiders overran the Tessamit military post before dawn.", "Tessamit military post"),
        ("Two customs officers died at the Darnaby border post.", "Darnaby border post"),
    ],
)
def test_places_site_words_mark_a_place(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


def test_places_sentence_after_an_address_chain_takes_its_first_place() -> None:
    # "near X, in the Y district of Z. <a sentence naming no place>": X, not the chain's last area Z
    text = ("Gunmen fired on a bus near Rafaela, in the Yby Yau district of Concepción, late on Friday. "
            "Police said that four passengers were killed.")
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6), publisher="Pub"))
              if c.figures]
    assert claims and claims[0].place is not None and claims[0].place.text == "Rafaela"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "listed / registered / recorded / declared as missing" counts the missing
        ("One further guard was listed as missing after the raid.", [("missing", 1)]),
        ("Three fishermen were registered as missing on Monday.", [("missing", 3)]),
        # a list of the missing counts nobody
        ("The missing were listed on a board.", []),
    ],
)
def test_figures_listed_as_missing(text: str, expected: list[tuple[str, int]]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6)))
    assert [(f.kind, f.value) for c in claims for f in c.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no hostage(s) ... injured / wounded / hurt": nobody injured
        ("The kidnappers said no hostage had been hurt.", [("injured", 0)]),
        ("No hostages were wounded during the rescue, police said.", [("injured", 0)]),
    ],
)
def test_figures_no_hostage_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 6)))
    assert [(f.kind, f.value) for c in claims for f in c.figures] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a count after the speaker's comma opens the clause, not an apposition of the name
        ("According to the Harbour Coast Police, two police divers were killed.", "the Harbour Coast Police"),
        ("According to the governor, several officers were wounded.", "the governor"),
        # an apposition with a role still belongs to the name
        ("According to Ana Rusu, a spokeswoman for the army, 3 were killed.", "Ana Rusu, a spokeswoman for the army"),
    ],
)
def test_attribution_count_after_comma_is_no_apposition(text: str, speaker: str) -> None:
    claims = _claims(text)
    assert claims and claims[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a quoted event word (a post, a claim checked) does not type the document when the text's own words do
        ("FACT CHECK: No, 40 guards did not die in the Tolvik ambush\n\nA post shared widely says \"40 guards were "
         "massacred\" in the ambush.\n\nThe ambush did happen. Six guards died, the police said.",
         ["armed_clash", "massacre", "armed_clash"]),
        # with no word of the text's own, the quoted one still does
        ("A witness said \"they massacred everyone\" near Tolvik on Monday.\n\nSix people died, the police said.",
         ["massacre"]),
    ],
)
def test_types_quoted_word_yields_to_the_texts_own(text: str, types: list[str]) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 8))) if c.figures]
    assert [c.type for c in claims] == types
