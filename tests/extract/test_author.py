"""The author/publisher name a claim falls back to when its text names no source."""

from __future__ import annotations

import pytest

from claimledger.extract.author import author_name
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


@pytest.mark.parametrize(
    "author,publisher,expected",
    [
        (None, "Harbour Gazette (harbourgazette.example)", "Harbour Gazette"),
        (None, "Harbour Gazette (www.harbourgazette.example/)", "Harbour Gazette"),
        (None, "Hill Radio (relay of a wire copy)", "Hill Radio (relay of a wire copy)"),
        (None, "Hill Radio (Wire Agency)", "Hill Radio (Wire Agency)"),
        (None, "Valley Post (valleypost.example), relaying the regional police", "Valley Post, relaying the regional police"),
        (None, "Rights Digest, reprinting a Northern Monitor special report", "Northern Monitor"),
        (None, "Rights Digest, republishing a Field Aid Network release", "Field Aid Network"),
        (None, "Rights Digest, relaying a Northern Monitor statement", "Rights Digest, relaying a Northern Monitor statement"),
        (None, "Rights Digest, reprinting a report", "Rights Digest, reprinting a report"),
        (None, "a blog (interview with Dr. Ana Rusu)", "Ana Rusu"),
        (None, "a blog (an interview with Prof. Jan Novak)", "Jan Novak"),
        (None, "a blog (interview with local residents)", "a blog (interview with local residents)"),
        ("Mira Holm", "Harbour Gazette (harbourgazette.example)", "Mira Holm"),
        (None, None, "the author"),
        (None, "  ", "the author"),
    ],
)
def test_author_name_cleans_what_names_no_one(author, publisher, expected):
    assert author_name(author, publisher) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It is known that at least 12 people were killed in the blast at the depot.", "Harbour Gazette"),
        ("According to one claim, 12 people were killed at the depot, according to another 20.", "Harbour Gazette"),
        ("According to some accounts, 12 people were killed at the depot.", "Harbour Gazette"),
        ("According to the port authority, 12 people were killed at the depot.", "the port authority"),
    ],
)
def test_author_fallback_of_an_unattributed_claim(text, expected):
    claims = extract(SourceText(doc_id="t", text=text, publisher="Harbour Gazette (harbourgazette.example)"))
    assert claims
    assert claims[0].attributed_to.name == expected
