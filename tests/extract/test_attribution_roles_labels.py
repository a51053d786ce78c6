"""Speakers named by what they do for others ("rights defenders", "campaigners"), reports in the
present perfect ("the papers have written that ..."), and transcript labels with initials
("Gen. K. OBI (Chief of Staff): ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _attributed(text: str) -> list[tuple[str, str]]:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2011, 3, 9), publisher="Desk"))
    return [(c.attributed_to.name, c.attributed_to.rule) for c in claims if c.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Human rights defenders say 20 people were abducted in the valley.", ("Human rights defenders", "attr.say")),
        ("Rights advocates said 20 villagers were abducted.", ("Rights advocates", "attr.said")),
        ("Campaigners say 300 homes were demolished in the old town.", ("Campaigners", "attr.say")),
        ("Local newspapers have written that 12 people were killed in the riot.", ("Local newspapers", "attr.have")),
        ("The agency has written that 7 people were killed at the checkpoint.", ("The agency", "attr.has")),
    ],
)
def test_attribution_roles_and_written_reports(text: str, expected: tuple[str, str]) -> None:
    assert _attributed(text) == [expected]


HEARING = (
    "SELECT COMMITTEE ON SECURITY\nTranscript\n\n"
    "The CHAIR: We resume. Colonel, can you brief us on the first week?\n\n"
    "{label}: Thank you. In the first week our unit lost four members and nine were wounded near the river.\n\n"
    "Ms R. ADEYEMI: How many civilians were hurt?\n\n"
    "{label2}: We know of none. Three drivers were injured at the depot.\n\n"
    "Mr T. BANDA: Were any of our people taken?\n\n"
    "{label2}: Two were held overnight and released.\n\n"
    "Ms R. ADEYEMI: And the bridge?\n\n"
    "{label2}: It was not damaged.\n\n"
    "The CHAIR: Thank you.\n"
)


@pytest.mark.parametrize(
    ("label", "label2", "speaker"),
    [
        ("Col. K. OBI (Chief of Staff)", "Col. K. OBI", "Col. K. OBI"),
        ("Dr J. P. MWALE (Director of Health)", "Dr J. P. MWALE", "Dr J. P. MWALE"),
    ],
)
def test_attribution_transcript_label_with_initials(label: str, label2: str, speaker: str) -> None:
    got = _attributed(HEARING.format(label=label, label2=label2))
    assert got[0] == (speaker, "default.speaker_label")
