"""A guaranty a credit agreement's definition names by a term of its own and dates by the own
agreement ('"Subsidiary Guaranty" means that certain Guaranty, dated as of the date hereof,
duly executed and delivered by the Guarantors in favor of the Agent'): one agreement, the
dated "Guaranty" the text mentions, with the term as its other name; not a second agreement
titled by the term."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import EntityRecord, Extraction, SourceDocument

_OPENING = """CREDIT AGREEMENT

This Credit Agreement, dated as of January 31, 1997, is among HALVERSON FOODS, INC., a Missouri
corporation, the Lenders and THE FIRST NATIONAL BANK OF ELGIN, individually and as Agent.

"Guarantors" means Marlowe Bakeries, Inc., Pine Hollow Dairy Corporation and each other
Material Subsidiary.

"""

_SUBSIDIARY = """"Subsidiary Guaranty" means that certain Guaranty, dated as of the date
hereof, duly executed and delivered by the Guarantors in favor of the Agent, on
behalf of the Lenders, as the same may be amended, supplemented or otherwise
modified from time to time.

"""

_PARENT = """"Parent Guaranty" shall mean that certain Guaranty dated as of the date hereof
executed by Marlowe Bakeries, Inc. in favor of the Lenders.

"""

_EARLIER = """"Existing Guaranty" means that certain Guaranty, dated as of June 1, 1995,
executed by Pine Hollow Dairy Corporation in favor of the Agent.

"""


def _guaranties(text: str) -> list[EntityRecord]:
    x: Extraction = extract(SourceDocument(text=text, path="passage.txt"))
    return [e for e in x.entities if e.label == "Agreement" and e.props.get("kind") == "guaranty"]


def test_the_guaranty_a_term_names_is_the_dated_guaranty_mentioned() -> None:
    (guaranty,) = _guaranties(_OPENING + _SUBSIDIARY)
    assert guaranty.props.get("date") == "1997-01-31"
    assert "Subsidiary Guaranty" in {guaranty.props.get("title"), *guaranty.aliases}


def test_a_guaranty_executed_by_one_guarantor_is_one_agreement_too() -> None:
    (guaranty,) = _guaranties(_OPENING + _PARENT)
    assert "Parent Guaranty" in {guaranty.props.get("title"), *guaranty.aliases}


def test_a_guaranty_of_another_date_stays_an_agreement_of_its_own() -> None:
    guaranties = _guaranties(_OPENING + _SUBSIDIARY + _EARLIER)
    by_date = {g.props.get("date"): {g.props.get("title"), *g.aliases} for g in guaranties}
    assert set(by_date) == {"1997-01-31", "1995-06-01"}
    assert "Subsidiary Guaranty" in by_date["1997-01-31"]
    assert "Existing Guaranty" in by_date["1995-06-01"]
