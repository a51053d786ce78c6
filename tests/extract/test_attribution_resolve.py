"""Attribution: what is no speaker (passives, quantity words) and how pronouns and titles resolve to names."""

import pytest

from claimledger.extract import attribution

from ._pl_helpers import make_doc


def _names(text):
    doc = make_doc(text, attribution.component)
    return [m.data["name"] for m in doc.spans["attributions"]]


def _speaker(text, probe):
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index(probe))
    return None if m is None else m.data["name"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of villagers are estimated to have died in the valley.",
        "Hundreds of families were said to be sheltering in the cellar.",
        "Dozens of people were reported to have fled across the river.",
        "The toll is widely reported to exceed 40.",
        "Scores of soldiers were told to leave the base.",
    ],
)
def test_attribution_passive_speech_verb_and_quantities_name_no_speaker(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Dozens of witnesses said 40 people died.", "Dozens of witnesses"),
        ("The ministry has said 12 people died.", "The ministry"),
        ("Ivan Petrov was quoted as saying that 12 people died.", "Ivan Petrov"),
        # a lower-case modifier between a name and a role head stays in the noun phrase
        ("The Northern Liberation militant group said 12 fighters died.", "The Northern Liberation militant group"),
        ("Halden accused the Northern Liberation militant group, which denied blame.", "Halden"),
    ],
)
def test_attribution_active_speakers_still_found(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,denier",
    [
        ("Halden said the blast came from a rocket of the Northern Liberation militant group, which denied blame.",
         "the Northern Liberation militant group"),
        ("The Eastern rebel movement denied any involvement.", "The Eastern rebel movement"),
    ],
)
def test_denials_denier_keeps_its_modifiers(text, denier):
    doc = make_doc(text, attribution.component, attribution.denials.component)
    assert [d.data["denier"] for d in doc.spans["denials"]] == [denier]


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("Estimates differ on the number of dead, but they estimate that the raid killed about 40 people.", "40",
         "Estimates"),
        ("The village was hit at dawn. Monitors disagree on the toll, but they said 25 people died.", "25", "Monitors"),
        ("Witnesses saw the convoy pass; rescuers arrived later and they reported 9 bodies.", "9", "rescuers"),
    ],
)
def test_attribution_for_they_takes_the_plural_subject_of_its_sentence(text, probe, expected):
    assert _speaker(text, probe) == expected


def test_attribution_for_they_without_a_plural_subject_stays_a_pronoun():
    text = "On Monday the town was quiet, but they said 25 people died."
    assert _speaker(text, "25") == "they"


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a title before the name: the person named with the same title later in the text
        ("About 90 people lie in a pit in Velm, its mayor told reporters.\n\n"
         "\"We buried them at night,\" mayor Ivo Brandt said by phone.", "90", "mayor Ivo Brandt"),
        ("Rescuers found 14 bodies, the governor said.\n\nGovernor Ana Rusu later raised the toll.", "14",
         "Governor Ana Rusu"),
        ("The envoy said 300 families had no water.\n\nLater Ana Rusu, the envoy, told reporters the camp was full.",
         "300", "Ana Rusu, the envoy"),
    ],
)
def test_attribution_for_title_resolves_to_the_one_person_named_with_it(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # two persons hold the title: no guess
        ("Some 90 people died, its mayor said.\n\nMayor Ivo Brandt and Mayor Karl Lenz met.\n\n"
         "Mayor Ivo Brandt said more.\n\nMayor Karl Lenz said less.", "90", "its mayor"),
        # a "deputy mayor" is no "mayor"
        ("Some 90 people died, the deputy mayor said.\n\nMayor Ivo Brandt said the town was hit.", "90",
         "the deputy mayor"),
        # an indefinite title introduces someone new
        ("Some 90 people died, a mayor said.\n\nMayor Ivo Brandt said the town was hit.", "90", "a mayor"),
    ],
)
def test_attribution_for_title_not_resolved_when_ambiguous(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("This is how Mara Lind, a nurse at the clinic, described the night: \"We counted 12 dead.\"", "12",
         "Mara Lind, a nurse at the clinic"),
        ("The rights group described the strike as deliberate and said 7 died.", "7", "The rights group"),
    ],
)
def test_attribution_described_is_a_speech_verb(text, probe, expected):
    assert _speaker(text, probe) == expected


def test_attribution_described_as_passive_names_no_speaker():
    assert _names("The raid, which was described as a reprisal, killed 5 people.") == []


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("A police officer who spoke on condition of anonymity said 6 people died.", "6", "A police officer"),
        ("The army, however, said only 5 soldiers died.", "5", "The army"),
        ("The rebel council, for its part, said 5 fighters died.", "5", "The rebel council"),
        ("Officials say 15 people died.", "15", "Officials"),
        ("15 people died, villagers say.", "15", "villagers"),
        ("At least 7 people died, according to a tally by the Daily Courier.", "7", "the Daily Courier"),
        ("At least 7 people died, said the provincial governor, Ana Rusu.", "7", "the provincial governor, Ana Rusu"),
        ("Citing local officials, the agency said 5 died.", "local officials", "local officials"),
        # a pronoun with no speaker before it: the body that opens the previous sentence
        ("The Northern Ministry of Health gave an update.\n\nIt said 7 people died.", "7", "The Northern Ministry of Health"),
        ("The rebels held a briefing on Monday. They said 40 soldiers died.", "40", "The rebels"),
        # ... of the pronoun's number only
        ("The rebels held a briefing on Monday. It said 40 soldiers died.", "40", "It"),
        ("At a briefing, officials of the Northern Ministry showed what they described as 40 graves.", "40",
         "officials of the Northern Ministry"),
    ],
)
def test_attribution_for_relatives_parentheticals_data_owners_and_previous_subjects(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a speaker in a subordinate clause speaks only for what follows its verb
        ("Clinic toll rises to 22 as officials say gunmen used the roof", "22", None),
        ("Clinic toll rises to 22 as officials say gunmen used 3 rooms", "3", "officials"),
        ("Strikes hit Velm, where officials said 5 people were killed.", "5", "officials"),
        ("Strikes hit 4 towns, including Velm, where officials said 5 people were killed.", "4", None),
    ],
)
def test_attribution_for_subordinate_clause_speaker_scope(text, probe, expected):
    assert _speaker(text, probe) == expected


def test_citing_apposition_is_not_the_next_subject():
    assert _names("Citing local officials, the agency said 5 died.") == ["local officials", "the agency"]


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("The Northern Army said it had struck depots.\n\nThe military said 30 fighters died.", "30", "The Northern Army"),
        ("Ivo Marek, a spokesman for the Valdorian Armed Forces, said depots burned.\n\n"
         "The army said 30 fighters died.", "30", "Ivo Marek, a spokesman for the Valdorian Armed Forces"),
        ("The Red Crescent said 5 people died.\n\nThe organisation added that 9 were hurt.", "9", "The Red Crescent"),
        ("Kestrel Rights Watch said 5 people died.\n\nThe group added that 9 were hurt.", "9", "Kestrel Rights Watch"),
        ("KRW said 5 people died.\n\nThe watchdog added that 9 were hurt.", "9", "KRW"),
        # a kind that does not fit stays as written
        ("The Eastern Health Ministry said 5 people died.\n\nThe military said 9 were hurt.", "9", "The military"),
        ("Ana Rusu said 5 people died.\n\nThe group added that 9 were hurt.", "9", "The group"),
    ],
)
def test_attribution_for_anaphor_resolves_by_kind(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # the source only relays what the speaker says: the speaker asserts
        ("According to the Daily Courier, Ana Rusu said 30 people died.", "30", "Ana Rusu"),
        ("Ana Rusu said 30 people died, according to the Daily Courier.", "30", "Ana Rusu"),
        ("The Velm Ministry said it was hit.\n\nAccording to the Daily Courier, the ministry said 30 people died.", "30",
         "The Velm Ministry"),
        # a source inside the speaker's words is the innermost: it asserts
        ("The Daily Courier reported that, according to Ana Rusu, 30 people died.", "30", "Ana Rusu"),
        ("The Daily Courier, quoting Ana Rusu, reported that 30 people died.", "30", "Ana Rusu"),
    ],
)
def test_attribution_for_innermost_source_asserts(text, probe, expected):
    assert _speaker(text, probe) == expected


def test_attribution_for_cited_source_is_innermost():
    text = "Citing local officials, the Daily Courier said 5 died."
    assert _speaker(text, "5") == "local officials"


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("The Daily Courier, citing police, said 5 died.", "5", "police"),
        ("The Daily Courier said 5 died, citing hospital officials.", "5", "hospital officials"),
        # a reason is no source
        ("The Daily Courier said 5 died, citing security concerns.", "5", "The Daily Courier"),
    ],
)
def test_attribution_for_citing(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # the subject of the sentence before, when the pronoun fits it, beats an earlier speaker
        ("Local officials said a rocket hit the square.\n\nThe Northern Ministry denied the reports. It said 3 soldiers died.",
         "3", "The Northern Ministry"),
        ("An official spokesman of the Northern government rejected the figures. He said 40 had died.", "40",
         "An official spokesman of the Northern government"),
        # "it" takes no plural and no person
        ("Local officials said a rocket hit the square.\n\nIt said 3 soldiers died.", "3", "It"),
    ],
)
def test_attribution_for_pronoun_takes_the_fitting_previous_subject(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,denier",
    [
        ("The Northern Ministry issued a statement. It rejected the reports as fabricated.", "The Northern Ministry"),
        ("Rebel commanders met on Monday. They denied any involvement.", "Rebel commanders"),
        ("Ivo Marek, the army spokesman, said depots burned.\n\nThe spokesman denied any responsibility.",
         "Ivo Marek, the army spokesman"),
    ],
)
def test_denials_anaphoric_denier_resolves_to_its_name(text, denier):
    doc = make_doc(text, attribution.component, attribution.denials.component)
    assert [d.data["denier"] for d in doc.spans["denials"]] == [denier]


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("Officials are saying 30 people died.", "30", "Officials"),
        ("30 killed in overnight strike on Velm: governor\n\nText.", "30", "governor"),
        ("Health ministry: 30 killed in Velm strike\n\nText.", "30", "Health ministry"),
        ("The toll of 30 was given by the regional health department.", "30", "the regional health department"),
        ("Ana Rusu was quoted by the Daily Courier as saying 30 people died.", "30", "Ana Rusu"),
        ("In its report, the commission found that 30 people died.", "30", "the commission"),
        ("Two residents, speaking by phone, said 30 people died.", "30", "residents"),
        ("A senior security official, speaking on condition of anonymity, told the Daily Courier that 30 people died.",
         "30", "A senior security official"),
        ("Ivo Marek, 54, said 30 died.", "30", "Ivo Marek"),
    ],
)
def test_attribution_for_headline_tags_passive_agents_and_appositions(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The town was shelled at dawn and 30 people died: two of them children.",
        "Breaking news: 30 killed in Velm\n\nText.",
        "Weapons were provided by the northern allies, and 30 died.",
        "Investigators found 30 bodies in the forest.",
    ],
)
def test_attribution_no_speaker_from_lists_labels_or_objects(text):
    assert _speaker(text, "30") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # the denier asserts no figure it denies, nor one outside its relative clause
        ("The Northern Army denied reports that 30 people were killed.", None),
        ("The Northern Army denied that its jets killed 30 people.", None),
        ("The Northern Army, which denied involvement, was blamed for the strike that killed 30.", None),
        # a denial as the sentence's own statement still speaks for it
        ("The Northern Army denied involvement in the strike on the 30 houses.", "The Northern Army"),
    ],
)
def test_attribution_for_denier_only_for_what_it_asserts(text, expected):
    doc = make_doc(text, attribution.component, attribution.denials.component)
    m = attribution.attribution_for(doc, text.index("30"))
    assert (None if m is None else m.data["name"]) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("That is about twice the county council's first estimate of 75.", "75", "the county council"),
        ("The Velm Ministry's latest figures show 30 dead.", "30", "The Velm Ministry"),
        ("The toll is in line with relief estimates of 80 from Velm health officials.", "80", "Velm health officials"),
        # the owner speaks for what follows it, and a possessive of no data names no one
        ("Close to 150 died, twice the county council's first estimate of 75.", "150", None),
        ("The village's 300 houses burned.", "300", None),
        ("It was the army's deadliest day, with 30 soldiers killed.", "30", None),
    ],
)
def test_attribution_for_owner_of_data(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a noun phrase after a locative preposition is its object: the phrase is headed before it
        ("Doctors from the Velm charity said 30 people died.", "30", "Doctors from the Velm charity"),
        ("Authorities across Velm said 30 people died.", "30", "Authorities across Velm"),
        ("Local sources from Velm claimed that 30 people died.", "30", "Local sources from Velm"),
        ("Students at campuses around the Northern Republic say 30 people died.", "30", None),
        # (the place where a speaker is based is skipped back to the speaker, as "the militant group in Velm claimed")
        ("According to the Daily Courier, the militant group based in Velm claimed 30 attacks.", "30", "the militant group"),
        # a tag after a colon names a speaker only when it ends in a speaker's noun
        ("FATALITIES: DETAILS NOT SPECIFIED\n\n30 people died.", "30", None),
        ("30 killed in overnight strike on Velm: police\n\nText.", "30", "police"),
        # a capitalised preposition is no cited source
        ("Two civilians were killed, reports citing In the eastern province said 30 people died.", "30", None),
    ],
)
def test_attribution_for_prepositional_objects_and_tags_name_no_speaker(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("Close to 600 people died, evidence from a Daily Courier investigation suggests.", "600",
         "a Daily Courier investigation"),
        ("The Liberation Front in the Northern Hills claimed 30 attacks.", "30", "The Liberation Front in the Northern Hills"),
        ("The attack took place 25km from Velm, the capital of the province, said Ivo Marek.", "25km", "Ivo Marek"),
        # "the Commission" after a full name earlier: the body it stands for
        ("The Commission for the Inquiry into the Events said its work was done.\n\n"
         "In its report the Commission established that 30 people died.", "30",
         "The Commission for the Inquiry into the Events"),
    ],
)
def test_attribution_for_evidence_from_and_definite_bodies(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility for the blast that killed 30.",
        "Neither side reported the 30 dead.",
        "A crowd of men who also told reporters 30 died.",
    ],
)
def test_attribution_negated_or_relative_pronoun_speakers_are_none(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a capital that speaks stands for the government body of its country named before
        ("The Portuguese Defence Ministry said the depot was hit. The rocket flew 40km, Lisbon stated.",
         "The rocket", "The Portuguese Defence Ministry"),
        ("Portugal's foreign ministry said 12 died. Lisbon said the rocket flew 40km.",
         "the rocket", "Portugal's foreign ministry"),
        ("Portuguese officials said 12 died. Lisbon said the rocket flew 40km.", "the rocket", "Portuguese officials"),
        # another country's body, no government word, or nothing before: the capital stays
        ("The Norwegian Defence Ministry said the depot was hit. The rocket flew 40km, Lisbon stated.",
         "The rocket", "Lisbon"),
        ("The Portuguese Football Federation said 12 died. Lisbon said the rocket flew 40km.", "the rocket", "Lisbon"),
        ("The rocket flew 40km, Lisbon stated. The Portuguese Defence Ministry said the depot was hit.",
         "The rocket", "Lisbon"),
    ],
)
def test_attribution_capital_speaks_for_its_government_named_before(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to one claim, the bridge fell on Monday.",
        "According to another, the bridge fell on Monday.",
        "According to some accounts, the bridge fell on Monday.",
        "According to conflicting versions, the bridge fell on Monday.",
    ],
)
def test_attribution_indefinite_claims_name_no_source(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("Strike kills 30 at the depot Photo Credit: @harbour_news", "Strike", "@harbour_news"),
        ("Strike kills 30 at the depot Image courtesy: Harbour Gazette and others", "Strike", "Harbour Gazette"),
        ("Strike kills 30 at the depot. photo credit: handout", "Strike", None),
    ],
)
def test_attribution_caption_credit_speaks_for_its_caption(text, probe, expected):
    assert _speaker(text, probe) == expected


@pytest.mark.parametrize(
    "text,span",
    [
        ("Northland's armed forces denied it. The general staff of the Northlandic Armed Forces said so.",
         "Northlandic Armed Forces"),
        ("Northland's defence ministry said so. The Northland Defence Ministry said more.", "Northland Defence Ministry"),
        ("Northland's defence ministry said so. The Southland Defence Ministry said more.", None),
        ("Northland's defence ministry said so.", None),
        ("the ministry's armed forces said so. The Northlandic Armed Forces said more.", None),
    ],
)
def test_attribution_possessive_body_takes_its_proper_name_in_the_text(text, span):
    found = attribution.proper_body_name(text, 0, text.index(" denied") if " denied" in text else text.index(" said"))
    assert (None if found is None else text[found[0] : found[1]]) == span


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("The Northland Armed Forces moved in. Later the NAF said 30 people were killed. The military said 12 were wounded.",
         "12 were", "Northland Armed Forces"),
        ("The Northland Armed Forces (NAF) moved in.\n\nNAF spokesman Ivo Marek said 30 died. The military said 12 were wounded.",
         "12 were", "NAF spokesman Ivo Marek"),
        # an acronym that the document never spells out gives no kind
        ("Later the NAF said 30 people were killed. The military said 12 were wounded.", "12 were", "The military"),
    ],
)
def test_attribution_military_resolves_to_an_acronym_spelled_out_with_its_kind(text, probe, expected):
    assert _speaker(text, probe) == expected
