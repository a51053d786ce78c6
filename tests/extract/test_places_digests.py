"""Places of digests, cables and reports: "Place:" item labels, file numbers after an office's name,
facilities "at X", islands and seas the gazetteer lacks."""

import pytest

from claimledger.extract import attribution, places
from claimledger.extract.places import find_places, place_for

from ._pl_helpers import make_doc


def _by_text(text):
    return {m.data["text"]: m for m in find_places(text)}


def _claim_place(text, probe):
    doc = make_doc(text, places.component, attribution.component)
    start = text.index(probe)
    m = place_for(doc, start, start + len(probe))
    return None if m is None else m.data["text"]


DIGEST = (
    "WEEKLY BULLETIN\n\n"
    "Mopti: Two traders were abducted near Sévaré on 3 May.\n"
    "Kayes: Five miners were killed when a shaft collapsed.\n"
    "Doumbala: Gunmen burned 12 houses, according to residents.\n"
    "- Tombouctou (Tombouctou region): A vehicle hit a mine, injuring 4 soldiers.\n"
)


@pytest.mark.parametrize(
    "probe,expected",
    [
        ("Five miners were killed", "Kayes"),  # the item names no other place: its label's
        ("Gunmen burned 12 houses", "Doumbala"),  # a label the gazetteer lacks is still the item's place
        ("A vehicle hit a mine", "Tombouctou"),
        ("Two traders were abducted", "Sévaré"),  # the item's own place before its label
    ],
)
def test_places_digest_label_is_the_items_place(probe, expected):
    line = next(x for x in DIGEST.splitlines() if probe in x)
    assert _claim_place(DIGEST, line) == expected


def test_places_digest_labels_are_no_datelines():
    found = _by_text(DIGEST)
    assert found["Kayes"].data.get("label") and not found["Kayes"].data.get("dateline")
    assert found["Doumbala"].data.get("label")


@pytest.mark.parametrize(
    "text,absent",
    [
        # a transcript: a speaker's label recurs, so no line is a place label
        ("SMITH: Forty people died in Kayes.\nJONES: We counted fewer.\nSMITH: Then who is lying?\n", "SMITH"),
        # one label is a dateline, not a digest
        ("Bamako: Gunmen killed 14 people in Doumbala, officials said.\n", "Doumbala-label"),
        # labels of common words are no places
        ("Mopti: Two traders were abducted.\nKayes: Five miners died.\nArrests: Police held 9 people.\n", "Arrests"),
    ],
)
def test_places_no_digest_labels_in_transcripts_or_single_datelines(text, absent):
    found = _by_text(text)
    if absent.endswith("-label"):
        assert not any(m.data.get("label") for m in found.values())
    else:
        assert absent not in found


@pytest.mark.parametrize(
    "text,name",
    [
        ("REF: KINSHASA 004512\nSUBJECT: CLASHES IN THE EAST\n", "KINSHASA"),
        ("CONFIDENTIAL NAIROBI 000231\n", "NAIROBI"),
    ],
)
def test_places_office_name_before_a_file_number_is_a_reference(text, name):
    assert _by_text(text)[name].data.get("reference")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Nairobi 2021: a city in protest", "Nairobi"),  # a year, not a file number
        ("Troops entered NAIROBI on 12 June.", "NAIROBI"),
    ],
)
def test_places_a_year_or_date_after_a_name_is_no_file_number(text, name):
    assert not _by_text(text)[name].data.get("reference")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 4 June, shells struck the field hospital at Korvalai, killing 9 patients.", "Korvalai"),
        ("Gunmen stormed the school at Ubando Gari and abducted 40 pupils.", "Ubando Gari"),
        ("The camp at Tessorel was shelled; 6 people died.", "Tessorel"),
    ],
)
def test_places_unknown_place_of_a_facility_at_it(text, expected):
    m = _by_text(text).get(expected)
    assert m is not None and m.label == "unresolved"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the gazetteer lacks the island: the whole name, not a namesake town abroad
        ("A patrol boat intercepted the raiders near Puna Island on Monday.", "Puna Island"),
        ("Fishermen were shot off Mersa Islet, the coast guard said.", "Mersa Islet"),
    ],
)
def test_places_island_the_gazetteer_lacks_is_one_name(text, expected):
    m = _by_text(text).get(expected)
    assert m is not None and m.data.get("geonameid") is None


@pytest.mark.parametrize(
    "text,expected,country",
    [
        ("Pirates boarded a tanker in the Gulf of Guayaquil on Sunday.", "Gulf of Guayaquil", "EC"),
        ("Two fishing boats sank in the Bay of Kotor after the storm.", "Bay of Kotor", "ME"),
    ],
)
def test_places_sea_named_after_a_place_is_the_sea(text, expected, country):
    m = _by_text(text).get(expected)
    assert m is not None and m.rule == "place.water_body"
    if country:
        assert m.data["country"] == country


def test_places_peninsula_in_a_groups_name_is_no_place():
    text = "Gunmen attacked a patrol in Abyan province. Sources blamed Al-Qaida in the Arabian Peninsula (AQAP)."
    assert "Arabian Peninsula" not in _by_text(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ('EXHUMATION NOTE\nSite: abandoned farm settlement "Vrelnaya", Kursk district\n\nThe team recovered 14 bodies.',
         "Vrelnaya"),
        ("Borvan market attack\nLocation: Tellimo, Borvan district\nDeaths: 9\n\nThe attack was carried out near "
         "Borvan and Kessa, and in Kessa again.", "Tellimo"),
    ],
)
def test_places_location_field_gives_the_documents_place(text, expected):
    doc = make_doc(text, places.component, attribution.component)
    main = places.document_place(doc)
    assert main is not None and main.data["text"] == expected


def test_places_location_fields_of_several_entries_are_not_the_documents_place():
    # a log of entries, each with its own field: the second entry's field is not the whole document's place
    text = ("Entry 1\nLocation: Tellimo, Borvan district\nA rocket hit the school in Borvan; 2 pupils were hurt.\n\n"
            "Entry 2\nLocation: Kessa, Ardun district\nShelling damaged a clinic in Borvan; 1 nurse died.\n\n"
            "Both attacks were in Borvan.")
    doc = make_doc(text, places.component, attribution.component)
    main = places.document_place(doc)
    assert main is None or main.data["text"] not in ("Tellimo", "Kessa")


@pytest.mark.parametrize(
    "text,expected",
    [
        ('Soldiers surrounded the village "Ostrovok" at dawn and killed 12 men.', "Ostrovok"),
        ("The settlement «Kolvetsy» was shelled overnight; 3 people died.", "Kolvetsy"),
    ],
)
def test_places_quoted_name_after_a_settlement_word(text, expected):
    m = _by_text(text).get(expected)
    assert m is not None and m.data.get("cued_locality")


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # "the village" alone: the settlement the text named before, not the document's most named town
        ("Troops arrested 17 men at the fair of the village of Tessalit-Kor, near Gao.\n\n"
         "Officials in Gao said the men were suspects. Gao was calm.\n\n"
         "Relatives said four other men from the village are still missing.", "four other men", "Tessalit-Kor"),
        ("Gunmen raided Ombaro village at night.\n\nIn Goma, officials met.\n\n"
         "Residents said 9 people from the same village were abducted.", "9 people", "Ombaro village"),
    ],
)
def test_places_the_village_refers_to_the_settlement_named_before(text, probe, expected):
    assert _claim_place(text, text[text.index(probe) - 20 :]) == expected


def test_places_the_village_of_names_its_own_place():
    text = "Troops raided the village of Ombaro.\n\nLater the village of Kessa was shelled and 3 died."
    assert _claim_place(text, "Later the village of Kessa was shelled and 3 died.") == "Kessa"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a site named after a name: the site, not a namesake town abroad
        ("Officers engaged the attackers in the Boni forest near Lamu yesterday.", "Boni forest"),
        ("Gunmen attacked Kavela landing site in Kasese district before dawn.", "Kavela landing site"),
        ("The rebels withdrew into Sambisa Forest after the raid on Bama.", "Sambisa Forest"),
    ],
)
def test_places_site_named_after_a_name_is_the_site(text, expected):
    m = _by_text(text).get(expected)
    assert m is not None and not m.rule.startswith("place.gazetteer")  # (kept with its text, maybe in its district)


def test_places_village_in_a_text_about_another_country_is_no_namesake_abroad():
    text = ("Attackers raided Juvara village in Lamu County, Kenya, killing four. Police in Lamu and Mpeketoni said "
            "the raiders fled to the Kenya coast. In January, three people were killed in a raid on Salama village.")
    m = _by_text(text)["Salama village"]
    assert m.data.get("country") != "GT" and m.data.get("geonameid") is None


def test_places_village_of_a_country_the_text_is_about_stays_resolved():
    text = "In Guatemala, troops killed 12 people in Salama village, Baja Verapaz, officials in Coban said."
    m = _by_text(text)["Salama village"]
    assert m.data.get("country") == "GT"


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a settlement named earlier, referred to by its kind in an earlier sentence of the paragraph
        ("Refugees from across Gitara commune gathered at the parish of Kanyoni.\n\n"
         "On 16 May soldiers attacked the parish with grenades. Hundreds of refugees were killed.",
         "Hundreds of refugees were killed.", "Kanyoni"),
        ("Gunmen entered the village of Oshte at dawn.\n\nIn the capital, officials met.\n\n"
         "The raiders then burned the village. Nine people died in the fire.", "Nine people died in the fire.", "Oshte"),
    ],
)
def test_places_paragraph_refers_to_a_settlement_by_its_kind(text, probe, expected):
    assert _claim_place(text, probe) == expected


@pytest.mark.parametrize(
    "text,name,country",
    [
        # "Dj" is how English writes the "Đ" the gazetteer folds to "d"
        ("Refugees in Kosovo said the convoy was bombed on a road near Djakovica on Wednesday.", "Gjakovë", "XK"),
        # a name the gazetteer has as written keeps its own spelling
        ("Two soldiers were killed in Djelfa, Algeria, on Monday.", "Djelfa", "DZ"),
    ],
)
def test_places_dj_spelling_of_a_folded_letter(text, name, country):
    m = next(m for m in find_places(text) if m.data["text"].startswith("Dj"))
    assert (m.data["name"], m.data["country"]) == (name, country)


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # where refugees later arrived is no place of the incident, with or without "have"
        ("Troops fired on a convoy near Djakovica, killing 20.\n\n"
         "Refugees who reached the border town of Kukes on Thursday said 12 more died.", "12 more died", "Djakovica"),
    ],
)
def test_places_where_refugees_reached_is_aside(text, probe, expected):
    sentence = text[text.index("Refugees") :]
    assert _claim_place(text, sentence) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The ship evacuated 300 wounded from Kelvaran on Monday.", ["Kelvaran"]),
        ("Thousands fled from Ostrevo after the shelling.", ["Ostrevo"]),
        ("Gunmen from Kelvaran killed 3 people.", []),  # where attackers came from: no cue for an unknown name
    ],
)
def test_places_unknown_place_people_were_evacuated_from(text, expected):
    assert [m.data["text"] for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # where the unit came from is no place of what it did; "the village" is the one named before
        ("Soldiers burned the village of Tzalbal in 1982.\n\n"
         "In March soldiers from the army detachment at Chajul detained 7 men of the village.", "In March", "Tzalbal"),
        # the unit's place stays when nothing else names where it happened
        ("Troops from the garrison at Kessel fired 40 shells, officials said.", "Troops", "Kessel"),
    ],
)
def test_places_where_a_unit_came_from(text, probe, expected):
    sentence = text[text.index(probe) :]
    assert _claim_place(text, sentence) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # an answer that names no place is about the place its question asks about
        ("Mr. Osei (Tamale, North): How many soldiers have been killed in Kumasi this year?\n\n"
         "The Minister: Up to last night, 31 soldiers had been killed.", "Up to last night", "Kumasi"),
        # not about a seat in the asker's label
        ("Mr. Osei (Tamale, North): Will the Minister publish the figures?\n\n"
         "The Minister: I will. In Kumasi, 31 soldiers died.", "In Kumasi", "Kumasi"),
    ],
)
def test_places_answer_takes_its_questions_place(text, probe, expected):
    sentence = text[text.index(probe) :]
    assert _claim_place(text, sentence) == expected


def test_places_answer_ignores_the_askers_seat():
    text = ("Debate on the unrest in Kumasi and Sunyani.\n\nMr. Osei (Tamale, North): Will the Minister publish the "
            "figures?\n\nThe Minister: Up to last night, 31 soldiers had been killed.")
    assert _claim_place(text, text[text.index("Up to") :]) != "Tamale"
