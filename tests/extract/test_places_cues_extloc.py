"""Place cues of event notes from other publishers: compass directions ("10 km east of X"), admin
suffixes (LGA, woreda, sub-county, ...) and a town's possessive ("X's Y district")."""

import pytest

from claimledger.extract.places import find_places


def _found(text):
    return [(m.data["text"], m.data.get("name"), m.data.get("country"), m.label) for m in find_places(text)]


def _texts(text):
    return [m.data["text"] for m in find_places(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # distances are told from a town: the town, not the district or region of the same name
        ("Gunmen ambushed a convoy 15 km north-east of Kidal on Friday.", ("Kidal", "Kidal", "ML", "locality")),
        ("Two soldiers were shot dead south of Al-Mukalla, after gunmen stopped their car.",
         ("Al-Mukalla", "Mukalla", "YE", "locality")),
    ],
)
def test_places_compass_direction_prefers_the_town(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # an unknown name after a compass direction is still a place
        ("Artillery hit positions east of Vrelomir overnight.", "Vrelomir"),
        ("The patrol was attacked southwest of Kessarovo on Sunday.", "Kessarovo"),
    ],
)
def test_places_compass_direction_cue(text, expected):
    assert expected in _texts(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # lower-case suffix words
        ("Herders clashed in Zangon Kataf LGA on Monday.", ("Zangon Kataf LGA", "NG", "district")),
        ("Herders clashed with farmers in Ovelmar woreda on Monday.", ("Ovelmar woreda", None, "unresolved")),
        ("Police dispersed a crowd in Tessenbo sub-county on Monday.", ("Tessenbo sub-county", None, "unresolved")),
        # a capitalised cue of several words ending the run
        ("Gunmen attacked a farm in Obrevo Local Government Area on Monday.", ("Obrevo Local Government Area", None, "unresolved")),
        ("Unrest spread to Kalmaro Woreda on Monday.", ("Kalmaro Woreda", None, "unresolved")),
    ],
)
def test_places_admin_suffix_cues(text, expected):
    surface, country, label = expected
    assert any(t == surface and c == country and lab == label for t, _, c, lab in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        # a weak cue word alone is part of the name, not a cue (the state, not an unknown "Rakhine")
        "Clashes were reported in Rakhine State on Monday.",
    ],
)
def test_places_weak_run_suffix_stays_in_name(text):
    assert ("Rakhine State", "Rakhine", "MM", "region") in _found(text)


@pytest.mark.parametrize(
    "text,unknown,town,country",
    [
        ("Protesters blocked a road in Kharkiv's Ostrevka district on Monday.", "Ostrevka district", "Kharkiv", "UA"),
        ("Demonstrators gathered outside a bank in Mosul's Zarvani area.", "Zarvani area", "Mosul", "IQ"),
    ],
)
def test_places_unknown_place_inside_possessor_town(text, unknown, town, country):
    m = next(m for m in find_places(text) if m.data["text"] == unknown)
    assert (m.data["name"], m.data["country"], m.data.get("contained")) == (town, country, True)


@pytest.mark.parametrize(
    "text,unknown",
    [
        # a country's possessive is no container: the place stays unresolved
        ("Protesters gathered in Ukraine's Ostrevka area on Monday.", "Ostrevka area"),
    ],
)
def test_places_country_possessive_is_no_container(text, unknown):
    m = next(m for m in find_places(text) if m.data["text"] == unknown)
    assert m.label == "unresolved" and m.data.get("country") is None


@pytest.mark.parametrize(
    "text,surface",
    [
        # a lower-case article joined to a capitalised word: a transliterated name, though its words are common
        ("Rioters clashed with soldiers in el Mina on Monday.", "el Mina"),
        ("Youths burned tyres in al Karak overnight.", "al Karak"),
    ],
)
def test_places_article_led_name_is_no_common_word(text, surface):
    assert surface in _texts(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a capitalised common word without such an article stays a word
        ("Rioters clashed with soldiers in Mina on Monday.", "Mina"),
    ],
)
def test_places_common_word_without_article_stays_a_word(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # the article inside a longer name ("Jund al Sham", a group) marks no place
        ("A drone struck the house of a Jund al Sham commander in Saraqib.", "al Sham"),
    ],
)
def test_places_article_inside_longer_name_is_no_place(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize(
    "text,unknown,area",
    [
        # a parenthesised address whose last name is a known district marks the unknown name before it
        ("An army vehicle struck an IED between Kelmado and Zorbai (Tessa, Loroum), injuring soldiers.", "Zorbai", "Loroum"),
    ],
)
def test_places_unknown_name_before_address_ending_in_district(text, unknown, area):
    m = next(m for m in find_places(text) if m.data["text"] == unknown)
    assert (m.data["name"], m.data.get("contained")) == (area, True)


@pytest.mark.parametrize(
    "text,absent",
    [
        # an acronym in parentheses is no address, even when a district bears that name
        ("Members of the Zorvan League (AL) clashed with police in Dhaka.", "Zorvan League"),
    ],
)
def test_places_acronym_in_parentheses_is_no_address(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize(
    "text,surface",
    [
        # settlement words of other publishers: slums, trading centres
        ("Women were attacked during the violence at Zorvani slums.", "Zorvani slums"),
        ("Two died in or near Zorvani trading centre over a land issue.", "Zorvani trading centre"),
        # an apposition calling the name a trading centre
        ("Riots broke out at Zorvani, a trading centre in Bureti.", "Zorvani"),
        # the people of a place name the place
        ("Residents of Zorvani destroyed property belonging to the suspects.", "Zorvani"),
    ],
)
def test_places_settlement_and_residents_cues(text, surface):
    assert surface in _texts(text)


@pytest.mark.parametrize(
    "text,surface",
    [
        # a label names a place, though a sentence would begin after its colon
        ("Raid on herders. LOCATION: Zorvani, Turkana District.", "Zorvani"),
        ("Clashes over land. Location: Kelmado and Zorvani areas.", "Kelmado"),
    ],
)
def test_places_location_label_marks_unknown_name(text, surface):
    assert surface in _texts(text)


@pytest.mark.parametrize(
    "text,surface,absent",
    [
        # no reading of the known first word fits: the whole name after the preposition is the place
        ("Fighters attacked a base in Ceel Zorvaq on Monday.", "Ceel Zorvaq", "Ceel"),
        ("Rioters smashed the windows of a bank in Bar Zorvaq.", "Bar Zorvaq", "Bar"),
    ],
)
def test_places_unresolved_known_prefix_keeps_whole_name(text, surface, absent):
    found = _texts(text)
    assert surface in found and absent not in found


@pytest.mark.parametrize(
    "text,surface",
    [
        # a sentence-initial name after a full stop stays no place without a label
        ("Riots took place. Zorvani said nothing.", "Zorvani"),
    ],
)
def test_places_sentence_initial_unknown_name_is_no_place(text, surface):
    assert surface not in _texts(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a possessive ends a name: the run does not go on past it into the next name
        ("Militants gunned down a priest in North Sinai's Arish on 30 June.", "North Sinai's Arish"),
        ("A missile hit a school in Donetsk Oblast's Kramatorsk on Monday.", "Donetsk Oblast's Kramatorsk"),
    ],
)
def test_places_whole_name_stops_at_possessive(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize(
    "text,place",
    [
        # the place an address chain begins with, not the chain's district (a container) after it
        ("On 3 May 2021, gunmen attacked a market in Bar Zorvaq (Gujba LGA, Borno).", "Bar Zorvaq"),
        # an origin's address is no arrival: the origin stays the record's place
        ("On 7 May 2020, militias from Zorvani (Oshimili North LGA, Delta) clashed with herders. 2 militiamen were killed.",
         "Zorvani"),
    ],
)
def test_event_place_is_not_the_address_container(text, place):
    from claimledger.evaluate import _event_of
    from claimledger.extract.pipeline import extract_event
    from claimledger.models import SourceText

    claim = _event_of(extract_event(SourceText(doc_id="t", text=text)))
    assert claim.place.text == place
