"""Letters of credit named by their number, with issuer, beneficiary, amount and expiry
(:mod:`ingest.relations.numbered_letters_of_credit`): passages written for this test, and
round eight's written reimbursement agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edge_amounts, edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_REIMBURSEMENT = """LETTER OF CREDIT REIMBURSEMENT AGREEMENT

THIS REIMBURSEMENT AGREEMENT dated March 4, 2003 is between KESTREL FOUNDRY CO., a Maine \
corporation (the "Borrower"), and PENOBSCOT MERCHANTS BANK, a Maine banking corporation (the \
"Bank").

WHEREAS, the Bank has issued or will issue (i) its Irrevocable Standby Letter of Credit No. \
PMB-2210 in favor of Coastal Gas Transmission LLC in the stated amount of $410,000, expiring \
March 31, 2005, and (ii) its Standby Letter of Credit No. PMB-2211 in favor of Northern Surety \
Company of America in the amount of $95,000, expiring December 31, 2004.

1. The Borrower shall reimburse the Bank on demand for each drawing under either letter of \
credit.

KESTREL FOUNDRY CO.
By: /s/ Ruth Alder
Title: President
"""

_ISSUED_BY = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated June 1, 2012 is between BRAMBLE MEDICAL, INC., a Texas corporation \
(the "Borrower"), and LONE STAR CAPITAL BANK (the "Bank").

"Existing LC" means that certain standby letter of credit bearing letter of credit number \
HX40077 in the initial face amount of $120,000.00, dated April 2, 2010, and issued by Gulf \
Coast Savings Bank for the account of the Borrower.

BRAMBLE MEDICAL, INC.
By: /s/ Omar Reyes
Title: Chief Financial Officer
"""


def test_a_reimbursement_agreements_numbered_letters_with_issuer_beneficiary_and_terms() -> None:
    x = extract_text(_REIMBURSEMENT)
    first = "Irrevocable Standby Letter of Credit No. PMB-2210"
    second = "Standby Letter of Credit No. PMB-2211"
    assert {
        ("Coastal Gas Transmission LLC", first),
        ("Northern Surety Company of America", second),
    } <= edges(x, "HOLDS")
    assert {("PENOBSCOT MERCHANTS BANK", first), ("PENOBSCOT MERCHANTS BANK", second)} <= edges(
        x, "ISSUES"
    )
    under = edges(x, "ISSUED_UNDER")
    assert {(first, "Letter of Credit Reimbursement Agreement")} <= under
    letters = {e.props["title"]: e.props for e in x.entities if e.label == "Instrument"}
    assert letters[first]["amount"] == 410000
    assert letters[first]["maturity_date"] == "2005-03-31"
    assert letters[second]["amount"] == 95000
    assert edge_amounts(x, "HOLDS")[("Northern Surety Company of America", second)] == 95000


def test_a_numbered_letter_issued_by_another_bank_is_not_the_defined_banks() -> None:
    x = extract_text(_ISSUED_BY)
    title = "letter of credit number HX40077"
    assert ("Gulf Coast Savings Bank", title) in edges(x, "ISSUES")
    assert not any(i == "LONE STAR CAPITAL BANK" for i, _ in edges(x, "ISSUES"))
    # a loan agreement is not the one the letter was issued on
    assert not any(s == title for s, _ in edges(x, "ISSUED_UNDER"))


def test_a_blank_number_names_no_letter() -> None:
    text = _REIMBURSEMENT.replace("No. PMB-2210", "No. ________").replace(
        "No. PMB-2211", "No. ________"
    )
    x = extract_text(text)
    assert not any("No." in str(e.props.get("title", "")) for e in x.entities)


def test_round_eight_reimbursement_agreement_names_both_letters() -> None:
    path = _ROOT / "tests/gold_written/docs/r8ins_lcreimb_calderwood.txt"
    x = extract_text(path.read_text())
    first = "Irrevocable Standby Letter of Credit No. SB-40917"
    second = "Irrevocable Standby Letter of Credit No. SB-40918"
    assert {
        ("Ashbury County Industrial Development Authority", first),
        ("Meridian Casualty Insurance Company", second),
    } <= edges(x, "HOLDS")
    assert {("FIRST TIDEMARK BANK", first), ("FIRST TIDEMARK BANK", second)} <= edges(x, "ISSUES")
