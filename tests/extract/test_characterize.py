"""Characterization-family extraction (issue 7): each kind, each stance, look-alike non-claims.

Texts are invented (fictional places and parties) so that no rule can lean on a real side;
the mirror cases check that the same wording is found whichever party uses it.
"""

from __future__ import annotations

from typing import cast

import pytest

from claimledger.extract import characterize
from claimledger.extract.pipeline import annotate, extract
from claimledger.models import ClaimIn, PlacePrecision
from tests.conftest import make_source


def claims_of(text: str, publisher: str = "Test Wire") -> list[ClaimIn]:
    doc = annotate(make_source(text, publisher=publisher))
    return characterize.characterization_claims(doc)


def summary(claims: list[ClaimIn], kind: str) -> list[dict[str, object]]:
    return [{"label": c.label, "stance": c.stance, "wording": c.wording, "by": c.attributed_to.name}
            for c in claims if c.type == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Eastvale massacre shocked the world.",
     [{"label": "massacre", "stance": "asserts", "wording": "massacre", "by": "Test Wire"}]),
    ("The ministry of Sylvania called the killings in Eastvale a genocide.",
     [{"label": "genocide", "stance": "asserts", "wording": "genocide", "by": "The ministry of Sylvania"}]),
    ("According to the Freedonian army, the strike was a tragic accident.",
     [{"label": "tragedy", "stance": "asserts", "wording": "tragic", "by": "Freedonian army"},
      {"label": "accident", "stance": "asserts", "wording": "accident", "by": "Freedonian army"}]),
    ("Human Rights Monitor said the attack may amount to war crimes and crimes against humanity.",
     [{"label": "war_crime", "stance": "asserts", "wording": "war crimes", "by": "Human Rights Monitor"},
      {"label": "crime_against_humanity", "stance": "asserts", "wording": "crimes against humanity",
       "by": "Human Rights Monitor"}]),
    ("The Sylvanian government said the blast was caused by a misfired rocket.",
     [{"label": "accident", "stance": "asserts", "wording": "misfired", "by": "The Sylvanian government"}]),
    ("The Freedonian foreign ministry said the videos were staged.",
     [{"label": "fabrication", "stance": "asserts", "wording": "staged", "by": "The Freedonian foreign ministry"}]),
    ("The Sylvanian ministry said the attack was staged.",
     [{"label": "fabrication", "stance": "asserts", "wording": "staged", "by": "The Sylvanian ministry"}]),
    ("The Freedonian ministry called it a staged provocation.",
     [{"label": "fabrication", "stance": "asserts", "wording": "staged", "by": "The Freedonian ministry"},
      {"label": "provocation", "stance": "asserts", "wording": "provocation", "by": "The Freedonian ministry"}]),
    ("Sylvanian officials described the shelling as a terrorist attack.",
     [{"label": "terrorist_act", "stance": "asserts", "wording": "terrorist attack", "by": "Sylvanian officials"}]),
    ("The town saw a pogrom against its minority in 1905.",
     [{"label": "pogrom", "stance": "asserts", "wording": "pogrom", "by": "Test Wire"}]),
    ("Rights groups called it ethnic cleansing.",
     [{"label": "ethnic_cleansing", "stance": "asserts", "wording": "ethnic cleansing", "by": "Rights groups"}]),
    ("The ministry called the bombing a provocation.",
     [{"label": "provocation", "stance": "asserts", "wording": "provocation", "by": "The ministry"}]),
    ("The command said the depot was a legitimate military target.",
     [{"label": "legitimate_target", "stance": "asserts", "wording": "legitimate military target",
       "by": "The command"}]),
    ("Observers said the brigade kept targeting civilian settlements.",
     [{"label": "other", "stance": "asserts", "wording": "targeting civilian settlements", "by": "Observers"}]),
    ("Survivors spoke of the atrocities committed in the valley.",
     [{"label": "other", "stance": "asserts", "wording": "atrocities", "by": "Test Wire"}]),
    # questions: a label inside a relative clause, or in a negative (rhetorical) question, stays a claim
    ("Can the children of Eastvale, who witnessed the atrocities of the militia, forget them?",
     [{"label": "other", "stance": "asserts", "wording": "atrocities", "by": "Test Wire"}]),
    ("Not without cause do the people of Eastvale still mourn the tragedy.",
     [{"label": "tragedy", "stance": "asserts", "wording": "tragedy", "by": "Test Wire"}]),
    ("Isn't this proof of a massacre in Eastvale?",
     [{"label": "massacre", "stance": "asserts", "wording": "massacre", "by": "Test Wire"}]),
    ("The army launched an anti-terrorist operation in the valley.",
     [{"label": "other", "stance": "asserts", "wording": "anti-terrorist operation", "by": "Test Wire"}]),
    ("Both sides alleged that the other had committed a massacre.",
     [{"label": "massacre", "stance": "asserts", "wording": "massacre", "by": "Test Wire"}]),
])
def test_characterize_labels_assert(text: str, expected: list[dict[str, object]]) -> None:
    assert summary(claims_of(text), "characterization") == expected


@pytest.mark.parametrize(("text", "label", "cue"), [
    ("In its final draft the chamber refrained from using the term genocide.", "genocide",
     "refrained from using the term genocide"),
    ("The envoy said the killings were not a genocide.", "genocide", "were not a genocide"),
    ("Investigators found no evidence that the school was a military target.", "legitimate_target",
     "no evidence that the school was a military target"),
    ("The council rejected the term massacre.", "massacre", "rejected the term massacre"),
    ("The group found no evidence that the old Eastvale municipal theatre building was a base of operations.",
     "legitimate_target", "no evidence that the old Eastvale municipal theatre building was a base of operations"),
])
def test_characterize_labels_reject(text: str, label: str, cue: str) -> None:
    got = [c for c in claims_of(text) if c.type == "characterization"]
    assert [(c.label, c.stance, c.wording) for c in got] == [(label, "rejects", cue)]


@pytest.mark.parametrize("text", [
    "The state signed the genocide convention of 1948.",
    "The drought was a tragedy for the region's economy.",
    "Its legal meaning comes from the Convention on the Prevention and Punishment of the Crime of Genocide.",
    "Should we speak of genocide, ethnic cleansing or a massacre?",
    # yes/no questions ask the label, they do not assert it
    "Were there any war crimes in the northern hamlets too?",
    "And was the shelling of Eastvale a terrorist act?",
    # the writer distances the word or leaves it open
    "Observers reported the alleged massacre in Eastvale.",
    "The report lists alleged human rights violations by both armies.",
    "The mediator feared any possible atrocities or war crimes by either army.",
    "Relief agencies seek entry so they can look into suspected atrocities by every party.",
    # a plain denial of an act is a responsibility denial only
    "Sylvania, which denies targeting civilians, declined to respond.",
    "Freedonia, which denies deliberately targeting civilians, declined to respond.",
    # 'counter-terrorism' names an operation, it does not call the incident terrorism
    "Officers arrested nine suspects during regional counter-terrorism sweeps.",
    # what a planned accusation would say is no claim of the speaker
    "The militia wanted to accuse Sylvania of committing 'war crimes', the ministry said.",
    "The militia wanted to blame Freedonia for a 'massacre', the ministry said.",
    # someone staged an event: no fabrication
    "Hundreds of protesters staged a sit-in in the capital.",
    "Students staged anti-government demonstrations across the city.",
    "The rally was staged on the eve of the anniversary.",
    "Rebels staged an attack on the garrison.",
    # 'occupiers' names the forces of a side, like 'the enemy'
    "The occupiers shelled the town on Monday.",
])
def test_characterize_lookalikes_are_not_claims(text: str) -> None:
    assert summary(claims_of(text), "characterization") == []


@pytest.mark.parametrize(("side_a", "side_b"), [("Sylvanian", "Freedonian"), ("Freedonian", "Sylvanian")])
def test_characterize_mirror_sides_same_result(side_a: str, side_b: str) -> None:
    text = (f"The {side_a} defence ministry said the {side_b} shelling of the market was a war crime. "
            f"The {side_b} army denied any responsibility.")
    claims = claims_of(text)
    assert [(c.type, c.label, c.stance) for c in claims] == [
        ("responsibility", None, "asserts"),
        ("characterization", "war_crime", "asserts"),
        ("responsibility", None, "rejects"),
    ]
    resp = [c for c in claims if c.type == "responsibility"]
    assert resp[0].perpetrator == side_b
    assert resp[1].perpetrator == f"The {side_b} army"
    assert claims[1].attributed_to.name == f"The {side_a} defence ministry"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sylvanian army denied any responsibility for the blast.",
     [("rejects", "The Sylvanian army", "The Sylvanian army")]),
    ("Freedonia blamed the Sylvanian army for the attack.",
     [("asserts", "the Sylvanian army", "Freedonia")]),
    ("The ministry said a failed rocket launch by the Liberation Front caused the explosion.",
     [("asserts", "Liberation Front", "The ministry")]),
    ("The village was shelled by Sylvanian artillery units, witnesses said.",
     [("asserts", "Sylvanian artillery units", "witnesses")]),
    ("Freedonian troops fired rockets at the town.",
     [("asserts", "Freedonian troops", "Test Wire")]),
    ("Colonel Brand, the brigade commander, who later fled, personally fired on the crowd.",
     [("asserts", "Colonel Brand", "Test Wire")]),
    ("The Sylvanian military said it did not carry out any strike in the area.",
     [("rejects", None, "The Sylvanian military")]),
    # a preposition, a weekday or a habitual 'used to' is no agent
    ("During the attack on Eastvale, which was supported by the militia, hundreds fled.", []),
    ("In every village where Sylvanians used to live, mines remain.", []),
    ("Freedonians used cluster munitions against the village.", [("asserts", "Freedonians", "Test Wire")]),
    ("Before Tuesday's attack, the agency said the regime was responsible.",
     [("asserts", "the regime", "the agency")]),
    ("The Eastvale attack comes amid an escalation of the war.", []),
    # an adjective party: persons as written; an unknown demonym stays as written
    ("Sylvanian pilots bombed the bridge.", [("asserts", "Sylvanian pilots", "Test Wire")]),
    ("A Freedonian missile strike hit the market, the governor said.", [("asserts", "Freedonian", "the governor")]),
    # 'these X attacks' repeats an earlier claim
    ("It is true that these Sylvanian attacks have been condemned by many states.", []),
    # the complement of a denial is denied, not asserted; denied reports keep their claim
    ("The Freedonian military vehemently denies the implication that its troops killed the prisoners.", []),
    ("The Sylvanian army denied reports that its troops had shelled the village.",
     [("rejects", "The Sylvanian army", "The Sylvanian army"), ("asserts", "troops", "The Sylvanian army")]),
    # a purpose infinitive is no accusation
    ("The militia was preparing a provocation to then blame the Sylvanian army for the deaths.", []),
    ("The militia was preparing a provocation to blame the Freedonian army for the deaths.", []),
    ("She hinted that they had been involved in abuses of detainees at the camp.", [("asserts", "they", "Test Wire")]),
    ("The army stated that no artillery, drone or missile attacks were made on the district.",
     [("rejects", None, "The army")]),
    ("The fragments are of missiles used only by the Freedonian armed forces.",
     [("asserts", "Freedonian armed forces", "Test Wire")]),
    ("Freedonia, for its part, launched a smear campaign aimed at Sylvania.", []),
    # an appositive after the party: "X, one of the perpetrators of ..."
    ("Another example is Major Brand, one of the perpetrators of the Eastvale massacre.",
     [("asserts", "Major Brand", "Test Wire")]),
    ("Another example is Colonel Vance, one of the organizers of the Westvale massacre.",
     [("asserts", "Colonel Vance", "Test Wire")]),
    # condemning a party, or its actions, blames it
    ("We condemn the actions of the Sylvanian Armed Forces, who misuse their power.",
     [("asserts", "Sylvanian Armed Forces", "Test Wire")]),
    ("We condemn the actions of the Freedonian Armed Forces, who misuse their power.",
     [("asserts", "Freedonian Armed Forces", "Test Wire")]),
    ("In 1996 the Contact Group merely condemned Freedonia and declared that borders must be respected.",
     [("asserts", "Freedonia", "the Contact Group")]),
    ("The council condemned Sylvania's shelling of the port.", [("asserts", "Sylvania", "The council")]),
    ("The report condemned the shelling of the clinic as a war crime.", []),
    # the object of 'killing of' is the victim; an all-caps headline word is no party
    ("The envoy condemned the killing of Sylvanian civilians.", []),
    ("The envoy condemned the shelling by Freedonian forces.", [("asserts", "Freedonian forces", "The envoy")]),
    ("ENVOY CONDEMNS CHRONIC VIOLENCE IN THE EAST", []),
    ("The Sylvanian army launched rockets at the town.", [("asserts", "The Sylvanian army", "Test Wire")]),
    ("The town was attacked by the Freedonian occupying forces.",
     [("asserts", "Freedonian occupying forces", "Test Wire")]),
])
def test_characterize_responsibility(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [(c.stance, c.perpetrator, c.attributed_to.name) for c in claims_of(text) if c.type == "responsibility"]
    assert got == expected


@pytest.mark.parametrize("verb", ["accused each other of", "pointed the finger at each other for"])
def test_characterize_accused_each_other_gives_two_claims(verb: str) -> None:
    got = [(c.perpetrator, c.attributed_to.name) for c in claims_of(f"Sylvania and Freedonia {verb} "
                                                                      "shelling the plant.")
           if c.type == "responsibility"]
    assert got == [("Freedonia", "Sylvania"), ("Sylvania", "Freedonia")]


def test_characterize_each_other_without_two_parties_names_nobody() -> None:
    assert [c for c in claims_of("Both sides have blamed each other for the shelling.")
            if c.type == "responsibility"] == []


@pytest.mark.parametrize(("demonym", "country"), [
    ("Russian", "Russia"), ("Ukrainian", "Ukraine"), ("Armenian", "Armenia"), ("Azerbaijani", "Azerbaijan"),
    ("Israeli", "Israel"), ("Sudanese", "Sudan"), ("Eritrean", "Eritrea"), ("Ethiopian", "Ethiopia"),
    ("American", "United States"),
])
def test_characterize_adjective_party_is_the_state(demonym: str, country: str) -> None:
    got = [c.perpetrator for c in claims_of(f"A {demonym} missile strike hit the market.") if c.type == "responsibility"]
    assert got == [country]


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 March 2021 the National Assembly of Freedonia adopted a resolution recognizing the Eastvale killings "
     "as genocide.", [("genocide", "National Assembly of Freedonia", "2021-03-03")]),
    ("Those raids were condemned by the United Nations, the African Union and Sylvania.",
     [("other", "United Nations", None), ("other", "African Union", None), ("other", "Sylvania", None)]),
    ("The Westvale killings were recognized as genocide by the Senate of Freedonia and the Parliament of Sylvania.",
     [("genocide", "Senate of Freedonia", None), ("genocide", "Parliament of Sylvania", None)]),
    # alternatives name one act: the first term
    ("The Eastvale events were recognized as genocide or massacre by the Senate of Sylvania.",
     [("genocide", "Senate of Sylvania", None)]),
    ("The Westvale events were recognized as massacre or genocide by the Senate of Freedonia.",
     [("massacre", "Senate of Freedonia", None)]),
])
def test_characterize_recognition(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(c.label, c.attributed_to.name, c.date.start.isoformat() if c.date.start else None)
           for c in claims_of(text) if c.type == "recognition"]
    assert got == expected


@pytest.mark.parametrize("text", [
    "The massacre should be recognized as genocide, she argued.",
    "Freedonia is an internationally recognized state.",
])
def test_characterize_recognition_needs_an_act(text: str) -> None:
    assert [c for c in claims_of(text) if c.type == "recognition"] == []


@pytest.mark.parametrize(("text", "action", "counts"), [
    ("The prosecutor's office opened a criminal case into the shelling.", "criminal case opened", {}),
    ("The military prosecutor has registered around 7,500 cases and questioned 1,800 witnesses.",
     "criminal case opened", {"cases": "7,500", "witnesses": "1,800"}),
    ("The court issued an arrest warrant for the commander.", "international arrest warrant", {}),
    ("Two officers were indicted for the killings.", "indictment", {}),
    ("The soldier was convicted and sentenced to life imprisonment.", "conviction", {}),
    ("The regional court ruled that the detention was unlawful.", "court ruling", {}),
    ("The watchdog called for an impartial probe of the strike.", "call for investigation", {}),
    ("Police launched an investigation into the blast.", "investigation", {}),
])
def test_characterize_legal_action(text: str, action: str, counts: dict[str, str]) -> None:
    got = [c for c in claims_of(text) if c.type == "legal_action"]
    assert [(c.action, c.extra.get("counts", {})) for c in got][:1] == [(action, counts)]


def test_characterize_wording_is_inside_evidence_and_text() -> None:
    text = ("Sylvanian forces shelled Eastvale on Monday, killing 12 civilians, the governor said. "
            "He called it a massacre and a war crime. Freedonia's ministry denied the accusations.")
    source = make_source(text)
    claims = extract(source)
    family = [c for c in claims if c.type in characterize.KINDS]
    assert {c.type for c in family} >= {"characterization", "responsibility"}
    for c in family:
        assert c.evidence.text == text[c.evidence.start:c.evidence.end]
        assert c.wording and c.wording in c.evidence.text


def test_characterize_links_to_nearest_figure_claim() -> None:
    text = "Sylvanian forces shelled Eastvale on Monday, killing 12 civilians. The governor called it a massacre."
    doc = annotate(make_source(text))
    claims = characterize.characterization_claims(doc)
    massacre = [c for c in claims if c.label == "massacre"]
    assert doc.claims, "the figure claim exists"
    assert massacre and massacre[0].extra.get("near_claim") == 0


def test_characterize_repeats_merge_within_paragraph() -> None:
    text = "The massacre began at dawn. By noon the massacre had ended."
    claims = [c for c in claims_of(text) if c.type == "characterization"]
    assert len(claims) == 1
    assert claims[0].extra.get("more_evidence")


def test_characterize_interview_questions_are_the_interviewer() -> None:
    text = ("Why was the town attacked?\n\nThe atrocities began at night.\n\nWhat came next?\n\n"
            "More came.\n\nWho planned the massacre?\n\nNobody knows.")
    got = {(c.label, c.attributed_to.name) for c in claims_of(text, publisher="Quarterly") if c.type == "characterization"}
    assert ("other", "Quarterly") in got
    assert ("massacre", "the interviewer") in got


@pytest.mark.parametrize("pronoun", ["It", "He"])
def test_characterize_pronoun_speaker_takes_the_earlier_name(pronoun: str) -> None:
    text = (f"The Freedonian defence ministry said the convoy was hit near Eastvale. "
            f"{pronoun} added that the shelling was a provocation.")
    got = [c.attributed_to.name for c in claims_of(text) if c.label == "provocation"]
    assert got == ["The Freedonian defence ministry"]


@pytest.mark.parametrize(("text", "label", "by"), [
    # a quotation opening a paragraph goes on in the voice of the previous paragraph's speaker
    ('"The shelling was deliberate," the Freedonian commission said.\n\n"These violations may amount to war crimes."',
     "war_crime", "the Freedonian commission"),
    ('"The shelling was deliberate," the Sylvanian commission said.\n\n"These violations may amount to war crimes."',
     "war_crime", "the Sylvanian commission"),
    # the body that publishes a report speaks, not the report
    ("According to the Eastvale Monitor report, the militia committed war crimes.", "war_crime", "Eastvale Monitor"),
    ("A Freedonian Rights League report says the shelling was a war crime.", "war_crime", "Freedonian Rights League"),
    ("The report condemned the shelling of the clinic as a war crime.", "war_crime", "The report"),
    # two speakers in one sentence: the one named before the words
    ("The Sylvanian ministry blamed a Freedonian air strike, while Freedonia said the blast was caused by a misfired "
     "rocket.", "accident", "Freedonia"),
    ("The Freedonian ministry blamed a Sylvanian air strike, while Sylvania said the blast was caused by a misfired "
     "rocket.", "accident", "Sylvania"),
])
def test_characterize_speaker(text: str, label: str, by: str) -> None:
    got = [c.attributed_to.name for c in claims_of(text) if c.label == label]
    assert got == [by]


def test_characterize_capitalized_states_is_no_speech_verb() -> None:
    text = "The Sylvanian air force struck hangars with weapons received from the United States and Freedonia."
    assert [c.attributed_to.name for c in claims_of(text) if c.type == "responsibility"] == ["Test Wire"]


@pytest.mark.parametrize(("text", "kind", "by"), [
    # time phrases and adverbs between the speaker and the verb
    ("Sylvania on Friday denied any use of incendiary munitions.", "responsibility", "Sylvania"),
    ("Freedonia on Friday denied any use of incendiary munitions.", "responsibility", "Freedonia"),
    ("Eastvale and Westvale had for weeks firmly denied the involvement of their units in the fighting.",
     "responsibility", "Eastvale and Westvale"),
    # a participle after the speaker's document, and more verbs of saying
    ("Sylvanian forces shot dead hundreds of civilians in a massacre, a Freedonian Rights League report released "
     "yesterday showed.", "characterization", "Freedonian Rights League"),
    ("Freedonian forces shot dead hundreds of civilians in a massacre, a Sylvanian Rights League report released "
     "yesterday showed.", "characterization", "Sylvanian Rights League"),
    ("Earlier this week, the Freedonian government reaffirmed that Sylvanian troops were not deployed in the region.",
     "responsibility", "the Freedonian government"),
    # a coordinated verb: the subject of the clause speaks
    ("Later, the Freedonian army accepted the findings and said the strike was a mistake.", "characterization",
     "the Freedonian army"),
    ("The Sylvanian army accepted the findings and said the strike was a mistake.", "characterization",
     "The Sylvanian army"),
    ("Afterwards, the alliance accepted the conclusions and said it would take legal action.", "legal_action",
     "the alliance"),
])
def test_characterize_speaker_across_time_phrases(text: str, kind: str, by: str) -> None:
    assert [c.attributed_to.name for c in claims_of(text) if c.type == kind] == [by]


def _resp_claim(paragraph: int, place: str, precision: PlacePrecision) -> ClaimIn:
    from claimledger.models import Attribution, PlaceValue, Span

    return ClaimIn(type="responsibility", perpetrator="Freedonia", wording="Freedonia fired",
                   attributed_to=Attribution(name="Test Wire", kind="author"),
                   place=PlaceValue(name=place, precision=precision, rule="places:test"),
                   evidence=Span(start=paragraph * 10, end=paragraph * 10 + 5, text="x"), extra={"paragraph": paragraph})


@pytest.mark.parametrize(("precision", "n"), [("locality", 1), ("country", 2)])
def test_characterize_responsibility_repeats_merge_by_locality_not_country(precision: PlacePrecision, n: int) -> None:
    """A country named with a party is often the party itself: it does not make two paragraphs one incident."""
    claims = [_resp_claim(0, "Sylvania", precision), _resp_claim(3, "Sylvania", precision)]
    assert len(characterize._merge_repeats(claims)) == n


@pytest.mark.parametrize(("text", "expected"), [
    # "these atrocities" points back to the label already applied: one claim, the mention kept as a repeat
    ("The ministry said the shelling of Eastvale was one of many atrocities.\n\n"
     "Witnesses in the region described these atrocities, the envoy said.", [("atrocities", "The ministry", 1)]),
    ("The mayor called it a massacre.\n\nThe governor said such massacres must stop.", [("massacre", "The mayor", 1)]),
    # another head word is another claim, with its own speaker
    ("The army called the raid unjustified.\n\nSuch collateral damage must be avoided, the adviser said.",
     [("unjustified", "The army", 0), ("collateral damage", "the adviser", 0)]),
])
def test_characterize_anaphoric_label_is_a_repeat(text: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(c.wording, c.attributed_to.name, len(cast(list[object], c.extra.get("more_evidence") or [])))
           for c in claims_of(text) if c.type == "characterization"]
    assert got == expected
    assert all("anaphoric" not in c.extra for c in claims_of(text))


def _triggered_word_by_word(text: str, starts: list[int]) -> dict[str, set[int]]:
    """The trigger look-up done over every word of the text (what the key scan must reproduce)."""
    import bisect
    import re

    R = characterize.rules()
    out: dict[str, set[int]] = {g: set() for g in characterize._GROUPS}
    for m in re.finditer(r"[A-Za-z]+", text):
        w = m.group().lower()
        for stem, group in R.trigger_stems.get(w[:4], []) + R.trigger_stems.get(w[:3], []):
            if w.startswith(stem):
                out[group].add(max(0, bisect.bisect_right(starts, m.start()) - 1))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry ACCUSED the rebels of genocide. Nothing happened here. They denied it.",
        "Officials blamed X9 for the massacre; a court opened a criminal case against them.",
        "Warfare and war crimes: the UN Recognized the killings as genocide.",
        "The \u212aelvin sign is no letter: Massacre\u212a. The ıstate accused nobody.",  # the word-by-word path
        "",
    ],
)
def test_characterize_trigger_scan_finds_every_triggered_sentence(text: str) -> None:
    starts = [0] + [i + 2 for i, ch in enumerate(text) if ch == "." and i + 2 < len(text)]
    assert characterize._triggered(text, starts, characterize.rules()) == _triggered_word_by_word(text, starts)


@pytest.mark.parametrize(("text", "by"), [
    (("The rights group Watchful Eye said in a report released on Monday that the town was shelled.\n\n"
      "The report condemned the shelling of the clinic as a war crime."), "The rights group Watchful Eye"),
    ("The Northern Relief Agency (NRA) sent aid.\n\nThe NRA called the shelling a massacre.",
     "Northern Relief Agency (NRA)"),
    ("Northland's armed forces called the shelling a massacre.\n\nThe head of the Northlandic Armed Forces spoke later.",
     "Northlandic Armed Forces"),
])
def test_characterize_speaker_anaphor_and_acronym_resolved(text: str, by: str) -> None:
    got = summary(claims_of(text), "characterization")
    assert got and got[0]["by"] == by


def test_characterize_quotation_takes_its_speaker_over_sentences() -> None:
    text = ('The mayor Anna Berg said of the press: "Nobody asks them anything. '
            'The militia massacred the villagers in cold blood. Nothing else matters."')
    got = summary(claims_of(text), "characterization")
    assert got and {g["by"] for g in got} == {"The mayor Anna Berg"}


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("the rebels they  ", 0, 17),
        ("abc def", 4, 7),
        ("abcdef", 3, 6),  # the word began before lo: no word of the span
        ("he said.", 0, 8),
        ("x\u00e9t\u00e9 \n", 0, 6),
        ("under_score 42", 0, 14),
        ("  ", 0, 2),
        ("", 0, 0),
        ("a, b ,\tc\u00a0", 0, 9),
    ],
)
def test_characterize_last_word_is_the_regex_word(text: str, lo: int, hi: int) -> None:
    import re

    m = re.compile(r"\b(\w+)\s*$").search(text, lo, hi)
    assert characterize._last_word(text, lo, hi) == (m.span(1) if m else None)


def test_characterize_last_word_agrees_on_every_slice() -> None:
    import re

    rx = re.compile(r"\b(\w+)\s*$")
    text = "They, in turn; had 3 él_9 \t  attacked\u2003them. x"
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            m = rx.search(text, lo, hi)
            assert characterize._last_word(text, lo, hi) == (m.span(1) if m else None), (lo, hi)


def test_characterize_he_after_a_quotation_is_the_person_not_the_outlet() -> None:
    text = ('"We are working on the case," Ivan Petrov said, according to the Daily Courier.\n\n'
            '"It was a massacre of the villagers," he said.')
    got = summary(claims_of(text), "characterization")
    assert got and got[0]["by"] == "Ivan Petrov"
