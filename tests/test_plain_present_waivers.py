"""Waivers stated in the plain present tense after an introductory phrase ("Subject to the
conditions set forth herein, the Lender waives any Default ...", "Effective as of the date
hereof, the Bank waives ...") and with the verb said twice ("agrees to waive, and does hereby
waive, the requirements of Section 6.3"), with no "hereby" before the verb the lender is
named by (:mod:`ingest.relations.waivers`). Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_WAIVER = """                         LIMITED WAIVER AGREEMENT

     THIS LIMITED WAIVER AGREEMENT (this "Waiver") is made as of April 9, 2008 between \
SILVER LAKE PAVING CO., a Minnesota corporation (the "Borrower"), and NORTH STAR COMMUNITY \
BANK (the "Lender").

     WHEREAS, the Borrower and the Lender are parties to a Loan Agreement dated as of \
May 1, 2006 (the "Loan Agreement");

     {sentence}

SILVER LAKE PAVING CO.
By: /s/ Rosa Ibarra, President

NORTH STAR COMMUNITY BANK
By: /s/ Karl Lindqvist, Vice President
"""


def _waives(sentence: str) -> list[tuple[str, str]]:
    x = extract_text(_WAIVER.format(sentence=sentence))
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return [(names[r.source], str(r.props.get("what"))) for r in x.relations if r.type == "WAIVES"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "Subject to the conditions set forth herein, the Lender waives any Event of Default "
            "resulting from the Borrower's failure to deliver its audited financial statements "
            "for fiscal year 2007.",
            "any Event of Default resulting from the Borrower's failure",
        ),
        (
            "Effective as of the date hereof, the Lender waives the covenant violation described "
            "on Schedule 1 hereto.",
            "the covenant violation described on Schedule 1 hereto",
        ),
        (
            "The Lender agrees to waive, and does hereby waive, the requirements of Section 6.3 "
            "of the Loan Agreement for the period ending June 30, 2008.",
            "the requirements of Section 6.3",
        ),
    ],
)
def test_the_lender_waives(sentence: str, what: str) -> None:
    waives = _waives(sentence)
    assert [w for w, _ in waives] == ["NORTH STAR COMMUNITY BANK"]
    assert waives[0][1].startswith(what)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the Lender waives any Event of Default, such waiver shall be effective only in the "
        "specific instance.",
        "The Borrower agrees that the Lender waives no Default by accepting any payment.",
        "No failure by the Lender to exercise any right shall operate as a waiver thereof.",
    ],
)
def test_no_waiver_in_a_condition_or_a_boilerplate(sentence: str) -> None:
    assert _waives(sentence) == []
