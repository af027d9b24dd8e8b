"""Round eleven's facilities and letters of credit outside a credit agreement's definitions: an
amendment's new definition of the facility it adds, ISSUED_UNDER the agreement it amends
(:mod:`ingest.instruments.facility_definitions`); a bridge loan named only in the sentence that
makes it (:mod:`ingest.instruments.single_loans`) and its note, "a promissory note" the
definitions name (:mod:`ingest.relations.evidencing_notes`); a bank form's facility named only
by the heading of its section (:mod:`ingest.instruments.headed_facilities`); and a reimbursement
agreement's letter of credit whose form is its annex
(:mod:`ingest.relations.letters_of_credit`): passages written for this test, and the round's
written documents."""

from __future__ import annotations

from pathlib import Path

from tests.passages import credit_facilities, edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_AMENDMENT = """SECOND AMENDMENT TO LOAN AGREEMENT

This SECOND AMENDMENT TO LOAN AGREEMENT (this "Amendment") is dated as of June 1, 2013 among \
TARNWELL FOODS CO., a Vermont corporation (the "Borrower"), the Lenders party hereto and \
GREENLEAF BANK, as agent (the "Agent").

The Borrower, the Lenders and the Agent are parties to a Loan Agreement dated as of April 2, \
2011 (the "Loan Agreement").

1. Section 1.1 of the Loan Agreement is hereby amended by adding the following definition:

{definition}

2. This Amendment shall be governed by the laws of the State of Vermont.

TARNWELL FOODS CO.
By: /s/ Neil Ward
Title: President
"""


def test_an_amendments_new_facility_is_the_amended_agreements() -> None:
    definition = """\u201cDelayed Draw Term Facility\u201d means the term loan facility made \
available by the Delayed Draw Lenders under Section 2.14 in the aggregate principal amount of \
$9,000,000."""
    x = extract_text(_AMENDMENT.format(definition=definition))
    assert credit_facilities(x)["Delayed Draw Term Facility"]["amount"] == 9000000
    assert ("Delayed Draw Term Facility", "Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_an_amendments_definition_of_another_agreements_facility_adds_none() -> None:
    definition = """"Seller Facility" means the term loan facility made available by the Seller \
Lenders under Section 3 of the Seller Credit Agreement."""
    x = extract_text(_AMENDMENT.format(definition=definition))
    assert "Seller Facility" not in credit_facilities(x)


_BRIDGE = """BRIDGE LOAN AGREEMENT

This Bridge Loan Agreement is made as of May 5, 2010 between ORLAND MINING CORP., a Nevada \
corporation (the "Borrower"), and STILLWATER PARTNERS LLC (the "Lender").

"Maturity Date" means the earlier of (a) November 5, 2010 and (b) the closing of the Offering.

{lending}

ORLAND MINING CORP.
By: /s/ Peter Gale
Title: Chief Executive Officer
"""


def test_a_bridge_loan_named_only_in_the_sentence_that_makes_it() -> None:
    lending = """2.1 The Lender agrees to make a bridge loan to the Borrower on the Closing Date \
in the principal amount of Two Million Dollars ($2,000,000)."""
    x = extract_text(_BRIDGE.format(lending=lending))
    facility = credit_facilities(x)["Bridge Loan"]
    assert (facility["amount"], facility["maturity_date"]) == (2000000, "2010-11-05")
    assert ("Bridge Loan", "Bridge Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_a_bridge_loan_the_lender_may_arrange_elsewhere_is_no_loan_made() -> None:
    lending = """2.1 The Lender may assist the Borrower in arranging a bridge loan from a third \
party in the principal amount of $2,000,000."""
    assert credit_facilities(extract_text(_BRIDGE.format(lending=lending))) == {}


_REIMBURSEMENT = """REIMBURSEMENT AGREEMENT

This REIMBURSEMENT AGREEMENT dated as of March 3, 2011 is between WHITCOMB ENERGY, INC., a Utah \
corporation (the "Applicant"), and FIRST MESA BANK (the "Issuer").

{definition}

WHITCOMB ENERGY, INC.
By: /s/ Lena Park
Title: Treasurer
"""


def test_a_letter_of_credit_whose_form_is_the_agreements_annex_is_issued_under_it() -> None:
    definition = """"Letter of Credit" means the irrevocable standby letter of credit issued by \
the Issuer for the account of the Applicant in favor of the Beneficiary, in a stated amount of \
$1,500,000, substantially in the form of Annex A hereto."""
    x = extract_text(_REIMBURSEMENT.format(definition=definition))
    assert ("Letters of Credit", "Reimbursement Agreement") in edges(x, "ISSUED_UNDER")
    assert ("FIRST MESA BANK", "Letters of Credit") in edges(x, "ISSUES")


def test_a_letter_of_credit_in_the_form_of_another_agreements_exhibit_is_not_its_own() -> None:
    definition = """"Letter of Credit" means the irrevocable standby letter of credit issued by \
the Issuer for the account of the Applicant, substantially in the form of Exhibit C to the \
Lease."""
    x = extract_text(_REIMBURSEMENT.format(definition=definition))
    assert not {t for t, _ in edges(x, "ISSUED_UNDER") if "Letter" in t}


def test_round_eleven_bridge_loan_and_letter_of_credit() -> None:
    bridge = extract_text(
        (_ROOT / "tests/gold_written/docs/r11fac_bridge_carrowmoor.txt").read_text()
    )
    assert credit_facilities(bridge)["Bridge Loan"]["amount"] == 4500000
    lc = extract_text((_ROOT / "tests/gold_written/docs/r11fac_lcreimb_pendleford.txt").read_text())
    assert ("Letters of Credit", "Letter of Credit and Reimbursement Agreement") in edges(
        lc, "ISSUED_UNDER"
    )
    amended = extract_text(
        (_ROOT / "tests/gold_written/docs/r11fac_amend_brisbourne.txt").read_text()
    )
    assert ("Incremental Term Loan Facility", "Credit Agreement") in edges(amended, "ISSUED_UNDER")


_HEADED = """LOAN AND SECURITY AGREEMENT

THIS LOAN AND SECURITY AGREEMENT is made as of March 1, 2012 between CEDAR RIVER BANK ("Bank") \
and KILLDEER PRECISION, INC., an Iowa corporation ("Borrower").

"Revolving Maturity Date" means February 28, 2014.

2. LOAN AND TERMS OF PAYMENT

{sections}

3. SECURITY INTEREST

3.1 Grant. Borrower grants Bank a security interest in the Collateral.

KILLDEER PRECISION, INC.
By: /s/ Carl Dunn
Title: President
"""


def test_facilities_named_only_by_the_headings_of_their_sections() -> None:
    sections = """2.1 Revolving Advances.

(a) Bank will make advances to Borrower from time to time before the Revolving Maturity Date \
in an aggregate amount not to exceed the lesser of $2,500,000 and the Borrowing Base.

2.2 Capital Expenditure Loan.

(a) Bank agrees to lend Borrower up to $600,000 to buy equipment, repaid in 36 installments."""
    x = extract_text(_HEADED.format(sections=sections))
    found = credit_facilities(x)
    assert (
        found["Revolving Advances"]["amount"],
        found["Revolving Advances"]["maturity_date"],
    ) == (
        2500000,
        "2014-02-28",
    )
    assert found["Capital Expenditure Loan"]["amount"] == 600000
    assert ("Revolving Advances", "Loan and Security Agreement") in edges(x, "ISSUED_UNDER")


def test_a_heading_over_a_borrowers_request_or_a_syndicates_lending_adds_none() -> None:
    sections = """2.1 Revolving Advances.

(a) Borrower may request advances in amounts not to exceed $2,500,000.

2.2 Equipment Term Loan.

(a) Each of the Banks severally agrees to lend Borrower up to $600,000 to buy equipment."""
    found = credit_facilities(extract_text(_HEADED.format(sections=sections)))
    assert "Revolving Advances" not in found
    assert "Equipment Term Loan" not in found


def test_round_eleven_loan_and_security_agreement_has_its_revolving_advances() -> None:
    path = _ROOT / "tests/gold_written/docs/r11fac_lsa_ravensmoor.txt"
    found = credit_facilities(extract_text(path.read_text()))
    assert found["Revolving Advances"]["amount"] == 3500000
    assert "Equipment Term Loan" not in found  # the section's own term names it


def _loan_note(definition: str) -> str:
    return _BRIDGE.format(
        lending=f"""{definition}

2.1 The Lender agrees to make a bridge loan to the Borrower on the Closing Date in the principal \
amount of $2,000,000.

2.2 The bridge loan shall be evidenced by a promissory note made by the Borrower payable to the \
order of the Lender in the principal amount of $2,000,000."""
    )


def test_a_clauses_promissory_note_is_the_one_note_the_definitions_name() -> None:
    for definition in (
        '"Note" means the promissory note of the Borrower described in Section 2.2.',
        "\u201cNote\u201d shall mean the promissory note of the Borrower delivered under this "
        "Agreement.",
    ):
        x = extract_text(_loan_note(definition))
        assert ("STILLWATER PARTNERS LLC", "Promissory Note") in edges(x, "HOLDS")
        assert ("Promissory Note", "Bridge Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_a_clauses_promissory_note_where_none_is_defined_is_no_defined_note() -> None:
    x = extract_text(_loan_note('"Offering" means the public offering of the Borrower.'))
    assert ("STILLWATER PARTNERS LLC", "Promissory Note") not in edges(x, "HOLDS")
