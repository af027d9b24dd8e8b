"""A bank that extends credit only by issuing letters of credit under a cap ("to extend credit
to Borrower in the form of standby letters of credit not to exceed $3,000,000") lends that cap:
the LENDS_TO edge takes it. Beside loans, the letters' cap is a sublimit of the facility and
the edge is left without it."""

from __future__ import annotations

from tests.passages import entity_names, extract_text

_LC_AGREEMENT = """LETTER OF CREDIT AGREEMENT

THIS LETTER OF CREDIT AGREEMENT, dated as of April 2, 2003, is between KESTREL DRILLING
COMPANY, an Oklahoma corporation ("Borrower"), and CIMARRON NATIONAL BANK, a national banking
association ("Lender").

Borrower has requested Lender to extend credit to Borrower in the form of standby letters of
credit not to exceed an aggregate amount of Three Million and No/100 Dollars ($3,000,000.00)
at any time outstanding.

"Commitment" means the obligation of Lender to issue Letters of Credit hereunder in an
aggregate amount at any time outstanding up to but not exceeding Three Million and No/100
Dollars ($3,000,000.00).

"Letter of Credit" means a standby letter of credit issued by Lender for the account of
Borrower pursuant to Article II.

IN WITNESS WHEREOF, the parties hereto have duly executed this Agreement.

KESTREL DRILLING COMPANY

By: /s/ Mary Poe
Title: President
"""

_LC_FACILITY = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of August 14, 2002 by and between HERON PIPE SUPPLY CO., a
Louisiana corporation (the "Company"), and DELTA BANK AND TRUST (the "Bank").

WHEREAS, the Company has asked the Bank to make available a facility for the issuance of
letters of credit, and the Bank has agreed to extend credit to the Company in the form of
letters of credit on the terms of this Agreement.

Section 2.1. Letters of Credit. The Bank agrees to issue irrevocable standby letters of credit
(each a "Letter of Credit") for the account of the Company, provided that the aggregate face
amount of all outstanding Letters of Credit shall not exceed Two Million Two Hundred Fifty
Thousand Dollars ($2,250,000).

IN WITNESS WHEREOF, the parties have executed this Agreement.

HERON PIPE SUPPLY CO.

By: /s/ Lee Moe
Title: Treasurer

DELTA BANK AND TRUST

By: /s/ Kim Doe
Title: Vice President
"""

_LOANS_AND_SUBLIMIT = """CREDIT AGREEMENT

This Credit Agreement dated as of May 5, 2006 is made between OSPREY MARINE, INC., a Florida
corporation (the "Company"), and GULF COAST BANK (the "Bank").

Section 2.1. Revolving Loans. The Bank agrees to make revolving loans (the "Revolving Loans")
to the Company from time to time.

Section 2.2. Letters of Credit. Subject to the terms hereof, the Bank agrees to issue letters
of credit (each a "Letter of Credit") for the account of the Company from time to time,
provided that the aggregate face amount of all outstanding Letters of Credit shall not exceed
$1,500,000.

IN WITNESS WHEREOF, the parties have executed this Agreement.

OSPREY MARINE, INC.

By: /s/ Tom Roe
Title: Treasurer
"""


def _lent(text: str) -> dict[tuple[str, str], object]:
    x = extract_text(text)
    names = entity_names(x)
    return {
        (names[r.source], names[r.target]): r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO"
    }


def test_a_bank_issuing_only_letters_of_credit_lends_their_cap() -> None:
    assert _lent(_LC_AGREEMENT) == {("CIMARRON NATIONAL BANK", "KESTREL DRILLING COMPANY"): 3e6}


def test_a_letter_of_credit_facility_of_another_wording() -> None:
    assert _lent(_LC_FACILITY) == {("DELTA BANK AND TRUST", "HERON PIPE SUPPLY CO."): 2.25e6}


def test_beside_loans_the_letters_cap_is_no_amount_lent() -> None:
    assert _lent(_LOANS_AND_SUBLIMIT) == {("GULF COAST BANK", "OSPREY MARINE, INC."): None}
