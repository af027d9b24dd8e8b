"""The party-model trial (``make party-ner-trial``) labels its training text the way the CUAD
scorer reads the lawyers' spans: a name wherever it stands, the longer of two overlapping
names, and the quoted terms of a sentence about the parties."""

from __future__ import annotations

from tests.evaluation.party_ner import _label_spans


def test_every_occurrence_and_the_longer_of_overlapping_names() -> None:
    text = 'Acme Widgets, Inc. ("Acme") and Bolt LLC ("Bolt"). Acme shall deliver to Bolt.'
    spans = _label_spans(text, ["Acme Widgets, Inc.", '"Acme"', "Acme", "Bolt LLC", "Bolt"])
    assert [text[a:b] for a, b in spans] == [
        "Acme Widgets, Inc.",
        "Acme",
        "Bolt LLC",
        "Bolt",
        "Acme",
        "Bolt",
    ]


def test_a_sentence_about_the_parties_gives_its_quoted_terms() -> None:
    sentence = (
        'Each of Acme and Bolt is referred to herein as a "Party" and together as the "Parties".'
    )
    spans = _label_spans(sentence, [sentence])
    assert [sentence[a:b] for a, b in spans] == ["Party", "Parties"]
