"""Guarantors an agreement names only in its body: "The payment of the Notes shall be ...
guaranteed by A, ... (the Subsidiary Guarantor)", where an unquoted "(the Notes)" bound no term,
SECURES the notes; and a parent that guarantees on the agreement itself, "Parent, by its
execution hereof, hereby guarantees ... the obligations of the Company under this Agreement",
SECURES that agreement (never the company its description ends on)."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_NPA = """VARNHOLT PUMPS, INC.

$60,000,000 5.12% Senior Notes due June 15, 2031

NOTE PURCHASE AGREEMENT

Dated as of June 15, 2021

To each of the Purchasers listed in Schedule A hereto:

Ladies and Gentlemen:

     Varnholt Pumps, Inc., a Minnesota corporation (herein called the Company), agrees with
each of the purchasers named in Schedule A (each a Purchaser) as follows:

     SECTION 1. AUTHORIZATION OF NOTES. The Company will authorize the issue and sale of
$60,000,000 aggregate principal amount of its 5.12% Senior Notes due June 15, 2031 (the
Notes).

     SECTION 3. GUARANTY. {guaranty}

     SECTION 20. GOVERNING LAW. This Agreement shall be governed by the law of the State of
New York.

VARNHOLT PUMPS, INC.

By: /s/ Linnea Marsh
Name: Linnea Marsh
Title: Treasurer
"""

_NOTE = "5.12% Senior Notes due June 15, 2031"


def _npa(guaranty: str) -> set[tuple[str, str]]:
    return edges(extract_text(_NPA.format(guaranty=guaranty)), "SECURES")


def test_payment_of_the_notes_guaranteed_by_a_described_subsidiary() -> None:
    found = _npa(
        "The payment of the Notes shall be fully and unconditionally guaranteed by Varnholt "
        "Controls, LLC, a Minnesota limited liability company (the Subsidiary Guarantor), "
        "pursuant to its Subsidiary Guaranty dated as of the date hereof."
    )
    assert ("Varnholt Controls, LLC", _NOTE) in found


def test_the_notes_will_be_guaranteed_by_two_companies() -> None:
    found = _npa(
        "The Notes will be unconditionally guaranteed by Ostrava Castings Corp., a Delaware "
        "corporation, and Brule Valve Company, an Ohio corporation, pursuant to a Guaranty "
        "Agreement."
    )
    assert ("Ostrava Castings Corp.", _NOTE) in found
    assert ("Brule Valve Company", _NOTE) in found


def test_another_companys_debt_guaranteed_secures_no_note() -> None:
    found = _npa(
        "The indebtedness of Marrowfield Leasing Corp. to Harbor State Bank is guaranteed by "
        "Tamsin Realty Co., a Minnesota corporation."
    )
    assert not any(g == "Tamsin Realty Co." for g, _ in found)


_REIMBURSEMENT = """LETTER OF CREDIT REIMBURSEMENT AGREEMENT

     THIS LETTER OF CREDIT REIMBURSEMENT AGREEMENT (this "Agreement") is dated as of March 3,
2009, between DUNMORE TEXTILES, INC., a Georgia corporation (the "Company"), and SAVANNAH
MERCHANTS BANK (the "Bank").

     SECTION 1. Reimbursement. The Company shall reimburse the Bank on demand for each drawing
under the Letter of Credit.

     SECTION 5. Guaranty. {guaranty}

     SECTION 6. Governing Law. This Agreement shall be governed by the laws of the State of
Georgia.

DUNMORE TEXTILES, INC.

By: /s/ Royce Abernathy
Name: Royce Abernathy
Title: President

SAVANNAH MERCHANTS BANK

By: /s/ Imelda Fairbairn
Name: Imelda Fairbairn
Title: Vice President

Agreed as to Section 5:

{signer}

By: /s/ Royce Abernathy
Name: Royce Abernathy
Title: President
"""

_AGREEMENT = "Letter of Credit Reimbursement Agreement"


def _reimbursement(guaranty: str, signer: str) -> set[tuple[str, str]]:
    text = _REIMBURSEMENT.format(guaranty=guaranty, signer=signer)
    return edges(extract_text(text), "SECURES")


def test_parent_by_its_execution_hereof_guarantees_the_agreement() -> None:
    found = _reimbursement(
        "Dunmore Holdings Corp., a Delaware corporation and the owner of all of the outstanding "
        'stock of the Company (the "Parent"), by its execution hereof, hereby unconditionally '
        "guarantees to the Bank the prompt payment when due of all obligations of the Company "
        "under this Agreement.",
        "DUNMORE HOLDINGS CORP.",
    )
    assert ("Dunmore Holdings Corp.", _AGREEMENT) in found
    # the company the parent's description ends on guarantees nothing here
    assert ("Dunmore Textiles, Inc.", _AGREEMENT) not in found


def test_guarantor_by_its_signature_below_guarantees() -> None:
    found = _reimbursement(
        'Pellard Industries, LLC, a Georgia limited liability company (the "Guarantor"), by '
        "its signature below, hereby irrevocably guarantees the payment of the obligations of "
        "the Company hereunder.",
        "PELLARD INDUSTRIES, LLC",
    )
    assert ("Pellard Industries, LLC", _AGREEMENT) in found


def test_execution_clause_without_a_guaranty_secures_nothing() -> None:
    found = _reimbursement(
        'Dunmore Holdings Corp., a Delaware corporation (the "Parent"), by its execution '
        "hereof, acknowledges the terms of this Agreement and agrees to deliver its financial "
        "statements to the Bank.",
        "DUNMORE HOLDINGS CORP.",
    )
    assert found == set()


def test_round_eight_documents_name_their_guarantors() -> None:
    npa = (_ROOT / "tests/gold_written/docs/r8sig_npa_veldmark.txt").read_text()
    assert (
        "Veldmark Sensors, LLC",
        "4.93% Senior Notes, Series 2022-A, due September 30, 2032",
    ) in edges(extract_text(npa), "SECURES")
    lc = (_ROOT / "tests/gold_written/docs/r8ins_lcreimb_calderwood.txt").read_text()
    found = {(s.lower(), t.lower()) for s, t in edges(extract_text(lc), "SECURES")}
    assert (
        "calderwood holdings corp.",
        "standby letter of credit reimbursement agreement",
    ) in found
