"""Letters of credit listed below a lead-in that says who issued them and under what ("the
Issuing Bank has issued under the Credit Agreement, on the date hereof, two irrevocable standby
letters of credit for the account of the Account Party:" then "(i) its irrevocable standby
letter of credit No. SB-3076-15 in favor of ... (the "Brackenfield L/C"); and (ii) ..."): each
numbered letter is ISSUED by that bank, ISSUED_UNDER that agreement and named by its item's term
(rules ``relations.numbered_letter_of_credit_list_lead`` and
``relations.numbered_letter_of_credit_term`` of :mod:`ingest.relations.numbered_letters_of_credit`);
passages written for this test and round fourteen's reimbursement agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_REIMBURSEMENT = """REIMBURSEMENT AGREEMENT

This REIMBURSEMENT AGREEMENT (this "Agreement"), dated as of March 2, 2016, is made by \
CORRANT MINERALS CORP., a Nevada corporation (the "Applicant"), in favor of WESTRIDGE BANK, \
N.A. (the "Bank").

     The Applicant and the Bank are parties to a Loan Agreement dated as of May 1, 2014 (the \
"Loan Agreement"). {lead}

          (a) its irrevocable standby letter of credit No. WB-1101 in favor of Tallis \
Insurance Company, in a stated amount of $900,000 (the "Tallis Credit"); and

          (b) its irrevocable standby letter of credit No. WB-1102 in favor of Harrow County, \
in a stated amount of $300,000 (the "County Credit").

     1. The Applicant shall reimburse the Bank for each drawing on the day it is paid.

CORRANT MINERALS CORP.

By: /s/ Ada Quinn
Title: Treasurer
"""


def _facts(lead: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[str]]:
    x = extract_text(_REIMBURSEMENT.format(lead=lead))
    aliases = {a for e in x.entities if e.label == "Instrument" for a in e.aliases}
    return edges(x, "ISSUES"), edges(x, "ISSUED_UNDER"), aliases


def test_lead_in_names_issuer_and_agreement() -> None:
    issues, under, aliases = _facts(
        "At the request of the Applicant, the Bank has issued under the Loan Agreement, on the "
        "date hereof, two irrevocable standby letters of credit for the account of the Applicant:"
    )
    for number in ("WB-1101", "WB-1102"):
        title = f"irrevocable standby letter of credit No. {number}"
        assert ("WESTRIDGE BANK, N.A.", title) in issues
        assert (title, "Loan Agreement") in under
    assert {"Tallis Credit", "County Credit"} <= aliases


def test_lead_in_without_an_agreement() -> None:
    issues, under, _ = _facts("The Bank has issued the following letters of credit:")
    assert ("WESTRIDGE BANK, N.A.", "irrevocable standby letter of credit No. WB-1102") in issues
    assert not any(agr == "Loan Agreement" for _, agr in under)


def test_a_lead_in_of_something_else_names_no_issuer() -> None:
    issues, under, _ = _facts("The Applicant agrees as follows with respect to these letters:")
    assert not any(t.endswith("WB-1101") for _, t in issues)
    assert not any(agr == "Loan Agreement" for _, agr in under)


def test_round_fourteen_reimbursement_agreement() -> None:
    text = (_ROOT / "tests/gold_written/docs/r14fac_lcreimb_keswick.txt").read_text()
    x = extract_text(text)
    under = edges(x, "ISSUED_UNDER")
    issues = edges(x, "ISSUES")
    for number in ("SB-3076-15", "SB-3077-15"):
        title = f"irrevocable standby letter of credit No. {number}"
        assert (title, "Credit Agreement") in under
        assert ("MIDLAND VALLEY BANK, N.A.", title) in issues
