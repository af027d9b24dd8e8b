"""An agreement titled after the letters of credit it governs ("Standby Letter of Credit
Reimbursement Agreement", "Letter of Credit Master Agreement") is an agreement the issuer and the
account party sign, not a letter of credit; a letter of credit's own title stays an instrument.
Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

import pytest

from ingest.agreements.kinds import classify
from tests.passages import edges, extract_text


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("STANDBY LETTER OF CREDIT REIMBURSEMENT AGREEMENT", "reimbursement_agreement"),
        ("Letter of Credit and Reimbursement Agreement", "reimbursement_agreement"),
        ("Reimbursement Agreement", "reimbursement_agreement"),
        ("Commercial Letter of Credit Master Agreement", "letter_of_credit_agreement"),
        ("Standby Letter of Credit Master Agreement", "letter_of_credit_agreement"),
    ],
)
def test_an_agreement_named_for_letters_of_credit(title: str, kind: str) -> None:
    assert classify(title) == ("Agreement", kind)


@pytest.mark.parametrize(
    "title",
    ["Irrevocable Standby Letter of Credit", "Letter of Credit No. 7731"],
)
def test_a_letter_of_credit_stays_an_instrument(title: str) -> None:
    assert classify(title) == ("Instrument", "letter_of_credit")


def test_an_amendment_of_such_an_agreement_is_an_amendment() -> None:
    assert classify("First Amendment to Letter of Credit Reimbursement Agreement") == (
        "Agreement",
        "amendment",
    )


_REIMBURSEMENT = """\
              LETTER OF CREDIT REIMBURSEMENT AGREEMENT

This Letter of Credit Reimbursement Agreement (this "Agreement") is made as of
March 4, 2011 between OSPREY RIDGE BANK, an Oregon state bank (the "Bank"), and
TALLMAST LOGISTICS, INC., a Washington corporation (the "Applicant").

1. The Bank will issue standby letters of credit (each, a "Letter of Credit")
for the account of the Applicant in an aggregate face amount not to exceed
$1,000,000.

2. The Applicant shall reimburse the Bank on demand for each drawing.

OSPREY RIDGE BANK                        TALLMAST LOGISTICS, INC.

By: /s/ Wendell Marr                     By: /s/ Priya Olander
Name: Wendell Marr                       Name: Priya Olander
Title: Vice President                    Title: Treasurer
"""


def test_the_parties_sign_the_agreement_not_a_letter_of_credit() -> None:
    x = extract_text(_REIMBURSEMENT)
    agreement = "Letter of Credit Reimbursement Agreement"
    assert {
        ("OSPREY RIDGE BANK", agreement),
        ("TALLMAST LOGISTICS, INC.", agreement),
    } <= set(edges(x, "PARTY_TO"))
    assert ("TALLMAST LOGISTICS, INC.", agreement) not in set(edges(x, "ISSUES"))
    kinds = {str(e.props.get("title")): e.label for e in x.entities}
    assert kinds[agreement] == "Agreement"
