"""Attribution cues beyond the basic ones: prepositional phrases after the speaker, data nouns as subjects."""

import pytest

from claimledger.extract import attribution
from claimledger.models import denies_incident

from ._pl_helpers import make_doc


def _names(text):
    doc = make_doc(text, attribution.component)
    return [m.data["name"] for m in doc.spans["attributions"]]


@pytest.mark.parametrize(
    "text,name",
    [
        ("A Rights Group investigation into those clashes detailed how soldiers shot 30 villagers.",
         "A Rights Group investigation"),
        ("Residents of the old village said 30 people died.", "Residents"),
        ("A spokesman for the ministry in the capital said 30 people died.", "A spokesman for the ministry"),
    ],
)
def test_attribution_speaker_before_a_trailing_prepositional_phrase(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,names",
    [
        ("The army did not strike the station: the statements of the Northern nationalist regime are a provocation.", []),
        ("According to statements of the regional council, 30 died.", ["the regional council"]),
    ],
)
def test_attribution_data_from_not_when_the_data_is_the_subject_of_a_copula(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        (("Jets hit the theatre, the rights group Watchful Eye said in a report released Thursday.\n\n"
         "The report said 30 people died."), "30", "the rights group Watchful Eye"),
        (("The Northern Ministry said in a statement that depots were hit.\n\nA.\n\nB.\n\nC.\n\nD.\n\n"
         "The statement said 30 people died."), "30", "The Northern Ministry"),
        # no speaker spoke in a report: the anaphor stays as written
        ("Jets hit the theatre, the rights group Watchful Eye said.\n\nThe report said 30 people died.", "30", "The report"),
    ],
)
def test_attribution_for_document_noun_anaphor_takes_who_spoke_in_it(text, probe, expected):
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index(probe))
    assert m is not None and m.data["name"] == expected


def test_resolve_anaphor_public_helper():
    text = "The rights group Watchful Eye said in a report that 9 died.\n\nThe report said 30 people died."
    doc = make_doc(text, attribution.component)
    start = text.index("The report")
    m = attribution.resolve_anaphor(doc, start, start + len("The report"))
    assert m is not None and m.data["name"] == "The rights group Watchful Eye"
    assert attribution.resolve_anaphor(doc, 0, len("The rights group Watchful Eye")) is None


@pytest.mark.parametrize(
    "text,name",
    [
        ("Some of the villagers and survivors Northern Radio interviewed put the number at 80.", "Some of the villagers and survivors"),
        ("Residents Reuters spoke to said 30 people died.", "Residents"),
        ("Doctors in the town Reuters contacted said 30 people died.", "Doctors"),
        ("Chemists and munitions experts studied the fragments and determined that two bombs killed 30.",
         "Chemists and munitions experts"),
    ],
)
def test_attribution_speaker_across_reduced_relatives_and_coordinated_verbs(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday troops shelled the town and said 30 people died.",  # no subject opens the sentence
        "The envoy spoke on Monday and said 30 people died.",  # no past-tense verb after the subject
    ],
)
def test_attribution_coordinated_verb_needs_a_clear_subject(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "second,expected",
    [
        ("Freedonia’s Minister for Information said that 30 fighters died.", "Ivan Petrov, Ministry of Information of Freedonia"),
        # another title: not the person named before
        ("Freedonia’s foreign minister said that 30 fighters died.", "Freedonia’s foreign minister"),
    ],
)
def test_attribution_for_title_resolves_to_the_person_named_with_it(second, expected):
    text = "Ivan Petrov, Ministry of Information of Freedonia, said the report was false.\n\n" + second
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index("30"))
    assert m is not None and m.data["name"] == expected


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        # a participle speaks for what follows it ...
        ("The army defended its ally on Monday, saying a strike hit a depot where 30 died.", "30", "The army"),
        ("The army issued a statement saying 30 people died.", "30", "The army"),
        # ... not for what comes before it, and not as background after "with"
        ("A strike killed 30 people on Friday, with both armies accusing each other of the attack.", "30", None),
        ("The outcry grew, with Minister Tom Hale blaming the regime for the bombing that left 72 dead.", "72", None),
    ],
)
def test_attribution_for_participle_cues_scope(text, probe, expected):
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index(probe))
    assert (m.data["name"] if m else None) == expected


def test_attribution_for_anaphor_modifiers_must_fit():
    text = ("The Assembly of the Council of the North issued a statement saying 12 died.\n\n"
            "In a resolution adopted by the town council, it was found that 30 died.")
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index("30"))
    assert m is not None and m.data["name"] == "the town council"


def test_attribution_prepositional_fallback_not_from_inside_another_phrase():
    text = ("The council said these findings replace those of the report of the Office for Records with the Tribunal "
            "of May 2002, which put the number of dead at about 2,000.")
    assert "the Tribunal" not in _names(text)


@pytest.mark.parametrize(
    "text,probe,expected",
    [
        ("Four marchers were killed in the night, the chief of the pathology unit in the capital told reporters.", "Four",
         "the chief of the pathology unit"),
        ("The disaster agency on Friday revised its flood toll upward, saying at least 77 residents had perished.", "77",
         "The disaster agency"),
        ("Later that day the governor of the region, Ivan Petrov, put the number of dead at 39.", "39",
         "the governor of the region, Ivan Petrov"),
        # a passive "accused of" names no speaker; the prepositional fallback takes no verb's object
        ("Freedonia blamed its neighbours for the expulsion of two diplomats accused of spying, which left 3 hurt.", "3",
         "Freedonia"),
    ],
)
def test_attribution_for_noun_modifiers_participles_and_passives(text, probe, expected):
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index(probe))
    assert m is not None and m.data["name"] == expected


def test_attribution_for_he_after_a_quotation_is_the_person_not_the_outlet():
    text = ('"We are working on the case," Ivan Petrov said, according to the Daily Courier.\n\n'
            '"So it was certainly no shelling, yet 30 died," he said.')
    doc = make_doc(text, attribution.component)
    m = attribution.attribution_for(doc, text.index("30"))
    assert m is not None and m.data["name"] == "Ivan Petrov"


@pytest.mark.parametrize(
    "text,name",
    [
        ("Three of those who fled said they had seen 30 bodies.", "Three of those who fled"),
        ("Those who survived the attack told reporters 30 died.", "Those who survived the attack"),
        ("Many people who fled to the border said 30 died.", "people who fled to the border"),
    ],
)
def test_attribution_speaker_described_by_a_relative_clause(text, name):
    assert name in _names(text)


def test_attribution_apposition_role_comes_early():
    text = "According to a security source, the graves contain the bodies of 30 people."
    assert _names(text) == ["a security source"]


@pytest.mark.parametrize(
    "text,name",
    [
        # armed and security bodies of any state are speakers as a ministry is
        ("Two missiles struck the ship off the coast, the navy said.", "the navy"),
        ("Gunmen freed 12 hostages on Friday, the state police command said.", "the state police command"),
        ("Four migrants drowned near the island, the coast guard said.", "the coast guard"),
        ("Bandits killed 3 herders near the border, the gendarmerie said.", "the gendarmerie"),
    ],
)
def test_attribution_security_bodies_are_speakers(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        # an acronym spelled like a pronoun names a body ("WHO"); the lower-case relative pronoun does not
        ("Cholera killed 30 people in the port in May, the WHO said.", "the WHO"),
        ("The WHO said 30 people died of cholera in May.", "The WHO"),
    ],
)
def test_attribution_an_acronym_is_no_pronoun(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        # "outfit": a usual word for an armed group in South Asian and other English-language press
        ("A militant outfit claimed in a statement that its fighters killed 9 policemen.", "A militant outfit"),
        ("The outfit said it killed 4 soldiers.", "The outfit"),
        # "civil protection" is the name of emergency agencies in many countries: the whole name, not its head
        ("The civil protection agency said 14 people were killed.", "The civil protection agency"),
        ("Civil protection officials said 3 people died.", "Civil protection officials"),
    ],
)
def test_attribution_outfit_and_civil_protection_speakers(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,denier",
    [
        # a body named before a restrictive relative clause denies
        ("The gang coalition that controls the capital denied targeting civilians.", "The gang coalition"),
        ("The militia which holds the town has denied any involvement.", "The militia"),
        # rejecting or disputing a figure or a toll is a denial of it
        ("A government spokesman rejected the figure and said the army had repelled the attack.",
         "A government spokesman"),
        ("The ministry disputed the death toll given by the rebels.", "The ministry"),
    ],
)
def test_denial_denier_before_relative_clause_and_rejected_figures(text, denier):
    import datetime as dt

    from claimledger.extract.pipeline import extract
    from claimledger.models import SourceText

    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 1, 5), publisher="Test Wire"))
    assert [c.attributed_to.name for c in claims if denies_incident(c)] == [denier]


def test_denial_rejected_request_is_none():
    import datetime as dt

    from claimledger.extract.pipeline import extract
    from claimledger.models import SourceText

    text = "The army rejected the request for a ceasefire."
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 1, 5), publisher="Test Wire"))
    assert not [c for c in claims if denies_incident(c)]


@pytest.mark.parametrize(
    "text,name",
    [
        # a speaker who hands an addressee names or a list of the dead
        ("Survivors gave the tribunal the names of 44 villagers who died that night.", "Survivors"),
        ("Displaced families gave investigators a list of 17 relatives who were shot.", "Displaced families"),
        ("The elders handed over nothing, but the priest gave the mission the names of 9 missing men.", "the priest"),
        # a speaker's place or work between it and its verb ("operating in", "arriving at", "working at")
        ("Refugees arriving at the northern crossing said soldiers had shot 12 men.", "Refugees"),
        ("A militia operating in the hills later claimed that it had killed 15 troops.", "A militia"),
        ("A nurse working at the provincial clinic said 6 children had died.", "A nurse"),
        # "informs", a league as a speaker
        ("The Red Crescent informs us that 300 families have fled the valley.", "The Red Crescent"),
        ("A human rights league reports that 21 students were arrested.", "A human rights league"),
    ],
)
def test_attribution_speakers_that_give_names_work_somewhere_or_inform(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The men gave their names to the guards before 30 of them were taken away.",  # no list "of" a number
        "The council gave the list of demands to the governor.",
    ],
)
def test_attribution_giving_names_without_a_count_is_no_cue(text):
    assert not any(n in ("The men", "The council") for n in _names(text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("The UN working group said 30 people were killed.", "The UN working group"),  # "working" as a modifier
        ("A Red Cross staying team said 4 people died.", "A Red Cross staying team"),
    ],
)
def test_attribution_located_participle_needs_its_complement(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        # a place phrase after the speaker goes on with "of" and a name: the speaker heads it
        ("A local official in the Varna district of the Northern Region said that two farmers were hurt.",
         "A local official in the Varna district of the Northern Region"),
        ("Residents of the Kessel market of Tarvo said 7 people died.", "Residents of the Kessel market of Tarvo"),
        # a date between the speaker and its verb, and two modifiers after an owner
        ("A bulletin issued by the Army's press relations office on 16 March 1982 reported that 30 rebels died.",
         "the Army's press relations office"),
        ("The ministry on March 3 said 12 people died.", "The ministry"),
        # militants, agencies, a present-tense "count", a date phrase "on the morning of"
        ("The insurgents, through their radio, have claimed to have killed 10 soldiers.", "The insurgents"),
        ("Member agencies report that about 200 families arrived.", "Member agencies"),
        ("Local authorities in the district count some 6,500 people displaced.", "Local authorities"),
        ("Reporters who reached the camp on the morning of 4 May spoke of dozens of bodies.", "Reporters"),
        # a communiqué of a body speaks for it
        ("The commission notes the communiqué of the General Staff, according to which 12 fighters were killed.",
         "the General Staff"),
    ],
)
def test_attribution_speaker_phrases_with_places_dates_and_documents(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["The final count rose to 30 dead.", "The count of the dead reached 40."])
def test_attribution_count_as_a_noun_is_no_cue(text):
    assert _names(text) == []
