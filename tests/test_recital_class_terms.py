"""A recital that lists the recited agreement's parties by the terms this document gives them
and a lenders' class between a term and the class's own term ("The Company, the several banks
and other financial institutions from time to time parties thereto (the "Lenders"), ... are
parties to the Term Loan Agreement"), round sixteen (h27-b): the term names the class, and the
word before it ("Company", "Trust") is this document's term for a party it already knows, never
a new party named "Company" that lends to the company.
"""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

_COMPANY = """CONSENT AGREEMENT

CONSENT AGREEMENT, dated as of May 2, 2016 (this "Consent"), among ORTON MILLS CORP., an
Ohio corporation (the "Company"), the Lenders signatory hereto and DARBY BANK, as agent (the
"Agent").

A. The Company, the several banks and other financial institutions from time to time parties
thereto (the "Lenders") and the Agent are parties to the Credit Agreement dated as of March 1,
2014 (the "Credit Agreement").

B. The Company has requested that the Lenders consent to the sale of its Dayton plant.

1. The Lenders consent to the sale of the Dayton plant.

2. This Consent shall be governed by the laws of the State of Ohio.
"""

_TRUST = """FIRST AMENDMENT TO LOAN AGREEMENT

This FIRST AMENDMENT TO LOAN AGREEMENT (this "Amendment") is entered into as of June 9, 2012
by and among HALLOWAY REALTY TRUST, a Maryland real estate investment trust (the "Trust"), the
Banks party hereto and MERCER BANK, N.A., as agent (the "Agent").

RECITALS

WHEREAS, the Trust, the banks listed on the signature pages thereto (the "Banks") and the Agent
have entered into the Loan Agreement dated as of April 2, 2010 (the "Loan Agreement").

NOW, THEREFORE, the parties agree as follows:

1. Section 6.1 of the Loan Agreement is amended by deleting "60%" and inserting "65%".
"""


def test_the_term_before_a_lenders_class_is_no_new_party() -> None:
    for text, term in ((_COMPANY, "Company"), (_TRUST, "Trust")):
        x = extract_text(text)
        assert term not in entity_names(x).values()
        assert not [e for e in edges(x, "LENDS_TO") if e[0] == term]


def test_the_party_the_term_names_is_party_to_the_recited_agreement() -> None:
    assert ("ORTON MILLS CORP.", "Credit Agreement") in edges(extract_text(_COMPANY), "PARTY_TO")
    assert ("HALLOWAY REALTY TRUST", "Loan Agreement") in edges(extract_text(_TRUST), "PARTY_TO")


def test_a_company_the_recitals_name_with_the_preambles_term_is_still_a_party() -> None:
    text = _COMPANY.replace(
        "A. The Company, the several banks and other financial institutions from time to time "
        'parties\nthereto (the "Lenders") and the Agent',
        'A. The Company, Westbury Savings Bank ("Lender") and the Agent',
    )
    assert "Westbury Savings Bank" in entity_names(extract_text(text)).values()
