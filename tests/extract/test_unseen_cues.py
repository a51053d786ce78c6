"""General cues found by checking own-written unseen documents claim by claim (tests/data/unseen)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.extract.places import find_places
from claimledger.models import SourceText, denies_incident
from tests.extract.test_figures import _figures


def _claims(text: str) -> list:
    return extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 3, 5)))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the minutes of a clock time are no count ("09:12 - ..." opens a live-blog entry)
        ("09:12 - Heavy gunfire was reported near the barracks, residents said.", []),
        ("At 16:45 a shell hit the bus station, killing 7 people.", [7]),
        ("21:05 - Rescuers say 3 people were killed in the blast.", [3]),
        # a ratio or score with a space is still two numbers' business of other rules
        ("Officials said 2.5 million people had fled.", [2500000]),
    ],
)
def test_clock_minutes_are_no_figure(text: str, values: list[float]) -> None:
    assert [f["value"] for f in _figures(text)] == values


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a capitalised preposition opening a sentence is no part of the name, even when a
        # capitalised word of the sentence before left a run open
        ("Armed groups were blamed for most of the violations. In Djugu territory alone, 40 were killed.",
         ["Djugu territory"]),
        ("Some 300 shelters were burned. In Masisi territory, 12 people were killed.", ["Masisi territory"]),
        ("Police arrived later. Near Bunia, gunmen killed 5 people.", ["Bunia"]),
        ("Some houses were burned.\n\nIn Beni territory, 8 people were abducted.", ["Beni territory"]),
    ],
)
def test_opening_preposition_after_an_open_run(text: str, surfaces: list[str]) -> None:
    assert [text[m.start:m.end] for m in find_places(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb between the speaker and the reporting verb ("now says", as "later said")
        ("The security source now says 26 soldiers were killed.", "The security source"),
        ("Residents now say 14 people were killed in the shelling.", "Residents"),
        ("The rebel spokesman now says 9 fighters were killed.", "The rebel spokesman"),
    ],
)
def test_speaker_with_now(text: str, speaker: str) -> None:
    figs = [c for c in _claims(text) if c.figures]
    assert figs and figs[0].attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # a claim declared false in the copula is denied by the sentence's speaker, or the author;
        # the owner of the claim ("The junta's", "the rebels'") is never the denier
        ("The army's claim that our fighters attacked a school in Kindu is completely false.", "the author"),
        ("The rebels' claim that troops shelled the market is entirely false.", "the author"),
        ("Reports that soldiers shelled the market are false, the army said.", "the army"),
        ("These allegations are baseless and aim to discredit our forces.", "the author"),
    ],
)
def test_claim_declared_false_is_a_denial(text: str, denier: str) -> None:
    denials = [c for c in _claims(text) if denies_incident(c)]
    assert len(denials) == 1 and denials[0].attributed_to.name == denier


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said reports of a ceasefire in the district were premature.",
        "A survey found that 30 people had left the town.",
    ],
)
def test_no_denial_without_a_false_claim(text: str) -> None:
    assert not [c for c in _claims(text) if denies_incident(c)]


@pytest.mark.parametrize(
    "text",
    [
        "About 150 families had left their homes, village elders said.",
        "Some 400 people have abandoned their villages since the raids began, officials said.",
    ],
)
def test_leaving_homes_is_displacement(text: str) -> None:
    types = {c.type for c in _claims(text) if c.figures}
    assert types == {"displacement"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a second speaker whose cue opens the clause of a figure speaks for it ("while X put the toll at")
        ("Residents said 20 people were killed, while the army said 11 were killed.", ["Residents", "the army"]),
        ("Medics said 31 people died, whereas the police put the toll at 17.", ["Medics", "the police"]),
        ("Villagers said 12 were killed, while the rebels said 4 died.", ["Villagers", "the rebels"]),
        # with an earlier speaker of the same head word, the description stands for it
        (("The Northland Defence Ministry said it hit depots. Residents said 20 people were killed, "
         "while the ministry put the toll at 11."), ["Residents", "The Northland Defence Ministry"]),
        # a pronoun is no rival: the figure before stays with the named speaker
        ("Residents said 20 people were killed.", ["Residents"]),
    ],
)
def test_second_speaker_of_a_sentence(text: str, speakers: list[str]) -> None:
    assert [c.attributed_to.name for c in _claims(text) if c.figures] == speakers


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day a toll rose or stood at a figure is the day of the report, not of the incident
        (("The convoy was ambushed near the river on Friday. The death toll rose to 29 soldiers on Sunday, "
         "the ministry said."), dt.date(2024, 3, 1)),
        ("Gunmen attacked the market on Friday. The toll stood at 14 on Monday, medics said.", dt.date(2024, 3, 1)),
        # a count that rose on a day with no incident day elsewhere keeps no day of its own
        ("Rebels shelled the town on Friday, killing 6 people, officials said.", dt.date(2024, 3, 1)),
    ],
)
def test_day_a_toll_rose_is_no_incident_day(text: str, day: dt.date) -> None:
    dates = {c.date.start for c in _claims(text) if c.figures}
    assert dates == {day}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the last member of a sub-group list ("including 4 women and 2 children") takes no cue from
        # the count after it (", and 11 wounded")
        ("The toll is 32 dead, including 4 women and 2 children, and 11 wounded.", [11]),
        ("Seven people were killed, including two women and three children, and 9 were wounded.", [9]),
        # a list of its own still shares its cue
        ("Five people, including two children, were killed, and three soldiers and 2 policemen were wounded.", [3, 2]),
    ],
)
def test_subgroup_list_keeps_its_members(text: str, injured: list[int]) -> None:
    figs = _figures(text)
    assert [f["value"] for f in figs if f["kind"] == "injured"] == injured
    assert next(f["value"] for f in figs if f["kind"] == "killed") in (32, 7, 5)


@pytest.mark.parametrize(
    ("text", "captured", "type_"),
    [
        # people "taken away" by armed men are counted as captured, in an abduction
        ("The next day armed men took away four of our staff.", 4, "abduction"),
        ("Gunmen took away 12 villagers, residents said.", 12, "abduction"),
        ("Fighters led away 7 men from the checkpoint, witnesses said.", 7, "abduction"),
    ],
)
def test_taken_away_is_abduction(text: str, captured: int, type_: str) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert [(f.kind, f.value) for f in claims[0].figures] == [("captured", captured)]
    assert claims[0].type == type_


_INTERVIEW = (
    "{head}\n\n"
    "Q: What did you see when the fighting began?\n\n"
    "A: On the first day we received 40 wounded people at the clinic.\n\n"
    "Q: Were there deaths?\n\n"
    "A: Yes. On the second day a shell killed 3 patients in the ward.\n\n"
    "Q: What do you need now?\n\n"
    "A: Medicines and surgeons.\n"
)


@pytest.mark.parametrize(
    ("head", "publisher", "speaker"),
    [
        # an interview whose opening introduces the interviewee: the answers are theirs
        ("Counting the wounded: an interview with a surgeon in Kalemie", "Lake Weekly", "a surgeon in Kalemie"),
        ("In conversation with Dr. Amina Sow, head of the district clinic", "Lake Weekly", "Amina Sow"),
        # the metadata names the interviewee: it speaks (author.author_name), not the opening text
        ("Counting the wounded: an interview with a surgeon in Kalemie", "Lake Weekly (interview with Dr. Jean Mbala)",
         "Jean Mbala"),
        # no interviewee introduced: the publisher
        ("Voices from the front line", "Lake Weekly", "Lake Weekly"),
    ],
)
def test_interview_answers_are_the_interviewees(head: str, publisher: str, speaker: str) -> None:
    text = _INTERVIEW.format(head=head)
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 3, 5), publisher=publisher))
    assert {c.attributed_to.name for c in claims if c.figures} == {speaker}


_INTRODUCED = (
    "{head}\n\n{intro}\n\n"
    "Q: What did you see when the fighting began?\n\n"
    "A: In the first week we counted 31 people killed by shells near our ward.\n\n"
    "Q: Were there deaths later?\n\n"
    "A: Yes. On 4 May a mortar round killed 3 patients in the ward.\n\n"
    "Q: What do you need now?\n\n"
    "A: Medicines and surgeons.\n"
)


@pytest.mark.parametrize(
    ("head", "intro", "speaker"),
    [
        # the opening names one person with an interview cue: that person speaks the answers, and
        # their first-person "we counted" is theirs too (not the publisher's)
        ("Counting the dead: an interview with a district nurse", ("Ana Ilunga has run the ward in Moba since 2018. "
         "We spoke to her by phone."), "Ana Ilunga"),
        ("Life under the shells", "Dr. Tomas Reyes, who runs the clinic in Puerto Lindo, spoke to us last week.",
         "Tomas Reyes"),
        ("Life under the shells", "Sara Mendez told Lake Weekly what she saw at the city hospital.",
         "Sara Mendez"),
        # two people named: no one is singled out, the title's description speaks
        ("Counting the dead: an interview with a district nurse", ("Ana Ilunga and Pedro Sala run the ward. "
         "Ana Ilunga spoke to us. Pedro Sala was away."), "a district nurse"),
        # a name without an interview cue in the opening: the title's description
        ("Counting the dead: an interview with a district nurse", "Ana Ilunga has run the ward since 2018.",
         "a district nurse"),
    ],
)
def test_interview_answers_are_the_introduced_persons(head: str, intro: str, speaker: str) -> None:
    text = _INTRODUCED.format(head=head, intro=intro)
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert {c.attributed_to.name for c in claims if c.figures} == {speaker}


def test_interview_cue_in_a_news_story_names_no_default_speaker() -> None:
    text = "In an interview with a local radio station, residents described the raid. Gunmen killed 6 people in the village."
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 3, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == ["Lake Weekly"]


@pytest.mark.parametrize(
    ("text", "kind", "value", "qualifier"),
    [
        # quotation marks around the counted noun phrase (a party's word quoted) keep the cue after it
        ('The ministry says the attack was repelled and that "dozens of terrorists" were killed.', "killed", 12, "vague"),
        ('The army said "12 terrorists" were killed.', "killed", 12, "exact"),
        ('The rebels said 9 "mercenaries" were captured.', "captured", 9, "exact"),
        ("The rebels said 9 mercenaries were captured.", "captured", 9, "exact"),
    ],
)
def test_quoted_group_keeps_the_cue_after_it(text: str, kind: str, value: int, qualifier: str) -> None:
    figs = [(f["kind"], f["value"], f["qualifier"]) for f in _figures(text)]
    assert figs == [(kind, value, qualifier)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an anaphoric speaker stands for the one actor named before only as the attacker
        (("Zarqan fighters stormed a police post in Tembe on Monday. The armed group said in a statement that its "
         "fighters had killed 9 policemen."), "Zarqan"),
        (("Northland Army soldiers shelled the village of Oru on Monday. The army said in a statement that it had "
         "killed 12 rebels."), "Northland Army"),
        (("The Tembe Liberation Front attacked the barracks in Oru on Monday. The militant group said it had killed "
         "7 soldiers."), "Tembe Liberation Front"),
        # two actors fit: neither is chosen
        ("Zarqan fighters and Dalmi militants clashed near Tembe on Monday. The group said it had killed 9 men.",
         "The group"),
        # a nationality is no actor's name
        ("Chadian fighters stormed a police post in Tembe on Monday. The group said it had killed 9 policemen.",
         "The group"),
    ],
)
def test_anaphoric_speaker_is_the_named_attacker(text: str, speaker: str) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert [c.attributed_to.name for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number after a verb of checking, in a clause after a count, is a second claim of its kind
        ("Local leaders reported 40 dead; the monitors could verify 31.",
         [("Local leaders", "killed", 40), ("the monitors", "killed", 31)]),
        ("Villagers said 30 people were wounded, but the hospital was able to confirm 12.",
         [("Villagers", "injured", 30), ("the hospital", "injured", 12)]),
        # no verb of checking before the number, or no count before it: no figure
        ("Local leaders reported 40 dead; the monitors visited 31.", [("Local leaders", "killed", 40)]),
        ("The monitors could verify 31.", []),
    ],
)
def test_elliptic_count_after_a_clause_break(text: str, expected: list[tuple[str, str, int]]) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert [(c.attributed_to.name, f.kind, f.value) for c in claims for f in c.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle and its particle between the victims and the verb keep the verb's kind
        ("Three farmers passing by were also killed.", [("killed", 3)]),
        ("Two guards standing on were wounded.", [("injured", 2)]),
    ],
)
def test_participle_particle_keeps_the_verbs_kind(text: str, expected: list[tuple[str, int]]) -> None:
    claims = [c for c in _claims(text) if c.figures]
    assert [(f.kind, f.value) for c in claims for f in c.figures] == expected


_TRANSCRIPT = (
    "Transcript: the siege of Oru\n\n"
    "Interviewer: What did you see in March?\n\n"
    "Ana Rusu: In the first week of March we counted 20 people killed in the market.\n\n"
    "Interviewer: Were people taken?\n\n"
    "Ana Rusu: Yes. On 9 March gunmen abducted 6 teachers from the school.\n\n"
    "Interviewer: What do you need?\n\n"
    "Ana Rusu: Medicines.\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a transcript: every sentence of a labelled answer is the labelled speaker's
        (_TRANSCRIPT, ["Ana Rusu", "Ana Rusu"]),
        # a section's label names no one
        (_TRANSCRIPT.replace("Ana Rusu:", "Answer:"), ["Lake Weekly", "Lake Weekly"]),
        # a label in a document with no questions speaks for no one
        ("Live updates\n\nUpdate: Yes. On 9 March gunmen abducted 6 teachers from the school in Oru.\n", ["Lake Weekly"]),
    ],
)
def test_transcript_speaker_labels(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers


_DEBATE = (
    "Assembly record (extract)\n\n"
    "The Minister for Internal Affairs: I wish to make a statement about the attack on Varo.\n\n"
    "On Friday a bomb exploded at the depot. Seven people were killed and 40 were injured.\n\n"
    "Ms. Ilse Brandt (Varo, East): Is the Minister aware that the clinic in my district alone treated 55 people?\n\n"
    "The Minister: I have seen those figures.\n\n"
    "Mr. Oduya (Kessel): Will the Minister publish the list?\n\n"
    "The Minister: I will. So far 12 people remain missing.\n\n"
    "Mr. Oduya: Why so late?\n"
)


@pytest.mark.parametrize(
    ("probe", "speaker"),
    [
        # a turn of several paragraphs: the label of a title and "of"/"for" speaks for all of them
        ("Seven people were killed", "The Minister for Internal Affairs"),
        # a labelled question in a debate is its member's, not an interviewer's
        ("Is the Minister aware", "Ms. Ilse Brandt"),
        ("So far 12 people", "The Minister"),
    ],
)
def test_debate_speaker_labels(probe: str, speaker: str) -> None:
    claims = extract(SourceText(doc_id="t", text=_DEBATE, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    c = next(c for c in claims if probe in c.evidence.text)
    assert c.attributed_to.name == speaker


_BRIEFING = (
    "Press briefing of the border command (transcript)\n\n"
    "GEN. TOMAS ARVE (command spokesman): Good morning. A short summary of the week first.\n\n"
    "On Monday, a mortar round hit a market near Delo, killing four traders.\n\n"
    "On Friday, our units detained seven suspects in Maresh.\n\n"
    "Question (local radio): Is the market open again?\n\n"
    "GEN. ARVE: It is.\n\n"
    "Q: Was anyone else hurt?\n\n"
    "A nurse said later that 11 people had been wounded in Delo.\n\n"
    "Q: When is the next briefing?\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a speaker's turn goes on over paragraphs with no label, up to the next label or question
        (_BRIEFING, ["GEN. TOMAS ARVE", "GEN. TOMAS ARVE", "A nurse"]),
        # with no label on the opening turn, the paragraphs are the publisher's
        (_BRIEFING.replace("GEN. TOMAS ARVE (command spokesman): ", ""), ["Lake Weekly", "Lake Weekly", "A nurse"]),
    ],
)
def test_transcript_speaker_turn_spans_paragraphs(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no civilians were harmed" said by a speaker is that speaker's denial (no figures: harm is
        # neither a death nor an injury count), of the incident the text tells of (its denied_type)
        (("Rights groups said troops killed 9 villagers near Oru. The ministry said that the raid targeted "
         "gunmen and that no civilians were harmed."), ("attack_on_civilians", "rejects", "The ministry")),
        ("Rights groups said troops killed 9 villagers near Oru. No residents were harmed, the police said.",
         ("attack_on_civilians", "rejects", "the police")),
    ],
)
def test_no_one_harmed_is_a_denial(text: str, expected: tuple[str, str, str]) -> None:
    claims = _claims(text)
    assert expected in [(c.denied_type, c.stance, c.attributed_to.name) for c in claims if c.type == "denial"]
    assert [(f.kind, f.value) for c in claims for f in c.figures] == [("killed", 9)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quotation that ends its sentence is not spoken by the speaker of the next sentence
        ('The front claimed the raid on Velo, saying it had killed "more than 30". Officials said three people died.',
         ["The front", "Officials"]),
        ('The militia said it had shot "at least 12 guards" in Velo. The army said two soldiers were killed.',
         ["The militia", "The army"]),
        # a speaker after the quotation in its own sentence speaks for it
        ('"We lost 12 men in Velo," Colonel Ivo Marek said on Monday.', ["Colonel Ivo Marek"]),
    ],
)
def test_quotation_ending_a_sentence_keeps_its_speaker(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the writer's own body ("our network", "my team") is the publisher; others it cites are not
        ("Since June, our network has recorded 38 attacks on polling stations in Velo, with 3 deaths.", ["Lake Weekly"]),
        ("My team counted 12 bodies in Velo on Monday.", ["Lake Weekly"]),
        ("Our sources said 12 people were killed in Velo on Monday.", ["Our sources"]),
        ("The observatory said 12 people were killed in Velo on Monday.", ["The observatory"]),
    ],
)
def test_first_person_body_is_the_publisher(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a phrase between commas that tells how or when the speaker spoke is not part of its name
        ("The border guard, in a statement issued Tuesday night, said 40 soldiers died in Velo.", ["The border guard"]),
        ("The ministry, through its spokesman, said 12 people were hurt in Velo.", ["The ministry"]),
        ("Ivo Marek, head of the Velo council, said 40 soldiers died.", ["Ivo Marek, head of the Velo council"]),
        # "spoke of" a count, in words or quoted
        ('The command spoke of "about thirty martyrs" in Velo.', ["The command"]),
        # the writer's own figure after another speaker's is a claim of its own, not a continuation
        ('The command spoke of "about thirty martyrs" in Velo. According to our information, 17 of the wounded are '
         "in the capital.", ["The command", "Lake Weekly"]),
    ],
)
def test_speaker_phrases_and_own_voice(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers


@pytest.mark.parametrize(
    ("text", "speakers", "figures"),
    [
        # common nouns for people who speak ("a councillor", "a shopkeeper", "a family association", "a viral post")
        ("A municipal councillor told us that 19 people were killed in Velo.", ["A municipal councillor"], [("killed", 19)]),
        ("A shopkeeper said 11 people were wounded in Velo.", ["A shopkeeper"], [("injured", 11)]),
        ("A family association said that 30 servicemen were missing after the fighting in Velo.",
         ["A family association"], [("missing", 30)]),
        ('A viral post claims that "50 people were killed" in Velo.', ["A viral post"], [("killed", 50)]),
        # "put / placed its dead at N": the speaker and the count of the dead
        ("The border guard later put its military dead at 17, with 29 wounded.", ["The border guard"],
         [("killed", 17), ("injured", 29)]),
        ("Officials placed the civilian dead at 31 on Monday.", ["Officials"], [("killed", 31)]),
    ],
)
def test_more_speaker_nouns_and_put_the_dead_at(text: str, speakers: list[str], figures: list[tuple]) -> None:
    claims = [c for c in extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
              if c.figures]
    assert [c.attributed_to.name for c in claims] == speakers
    assert [(f.kind, f.value) for c in claims for f in c.figures] == figures


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # where the speaker is based, between the speaker and its verb
        ("A journalist based in Velo city wrote that a shell killed at least three people in Ariko.", ["A journalist"]),
        ("A monitoring group based abroad said that 37 civilians had been killed in Velo.", ["A monitoring group"]),
        # the writer's contact ("we spoke to")
        ("A family association we spoke to said that 30 servicemen were still missing in Velo.", ["A family association"]),
        # the owner of the figures speaks for them
        ("Security forces killed 41 militants in Velo this year, according to the command's figures.", ["the command"]),
        ("At least 30 people died in Velo, according to the ministry's latest tally.", ["the ministry"]),
    ],
)
def test_speaker_before_a_location_a_contact_clause_or_its_figures(text: str, speakers: list[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2024, 6, 5), publisher="Lake Weekly"))
    assert [c.attributed_to.name for c in claims if c.figures] == speakers
