"""Lenders named only as the class of the credit agreement a waiver or consent letter
concerns: a letter addressed "To each of the Banks party to the Credit Agreement referred to
below", which the banks accept one by one below "ACKNOWLEDGED AND AGREED", makes each bank
accepting it one of that class: party to the credit agreement, lending to its borrower and
waiving with the class. A letter to one bank, countersigned by a guarantor, makes the guarantor
no lender. A letter that calls itself only "this letter" takes the name its signature pages'
footer gives it ("[Signature Page to Waiver Letter - ...]"). Passages written for this test in
the shape of a borrower's waiver request letter."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text

BANKS_LETTER = """                         ORMSBY TEXTILE MILLS, INC.
                            12 Cardigan Row
                       Greenville, South Carolina 29601

                                                             June 3, 2015

To each of the Banks party to the Credit Agreement
referred to below, and to Pellham Trust Company,
as Agent

Ladies and Gentlemen:

     Reference is made to the Credit Agreement dated as of April 9, 2012 (the
"Credit Agreement") among Ormsby Textile Mills, Inc., a South Carolina
corporation (the "Company"), the Banks from time to time party thereto (the
"Banks") and Pellham Trust Company, as agent for the Banks (the "Agent").

     The Company requests that the Banks waive compliance with Section 6.09 of
the Credit Agreement for the fiscal quarter ending June 30, 2015. By their
acceptance below, the Banks hereby waive compliance with Section 6.09 of the
Credit Agreement for such fiscal quarter.

     This letter shall be governed by the laws of the State of New York.

                                   Very truly yours,

                                   ORMSBY TEXTILE MILLS, INC.

                                   By: /s/ Dana K. Whitlow
                                      Dana K. Whitlow, Treasurer

ACKNOWLEDGED AND AGREED:

PELLHAM TRUST COMPANY, individually as a Bank and as Agent

By: /s/ Hugo Brandvold
Name: Hugo Brandvold
Title: Vice President

CAROLINA PIEDMONT BANK

By: /s/ Ines Marchbanks
Name: Ines Marchbanks
Title: Senior Vice President

FIRST SPARTANBURG NATIONAL BANK

By: /s/ Tomas Ekwueme
Name: Tomas Ekwueme
Title: Vice President
"""

LENDERS_LETTER = """                                                             March 20, 2019

TO THE LENDERS PARTIES TO THE CREDIT AGREEMENT
REFERRED TO BELOW AND TO QUINLAN BANK, N.A., AS ADMINISTRATIVE AGENT

Ladies and Gentlemen:

     We refer to the Revolving Credit Agreement dated as of August 1, 2017 (as
amended, the "Credit Agreement") among Brightwater Pumps LLC (the "Borrower"),
the Lenders party thereto (the "Lenders") and Quinlan Bank, N.A., as
administrative agent (the "Administrative Agent").

     The Borrower has asked the Lenders to waive the Event of Default arising
under Section 8.01(d) of the Credit Agreement from the late delivery of its
annual financial statements. Upon your acceptance of this letter agreement, the
Required Lenders hereby waive such Event of Default.

                                   BRIGHTWATER PUMPS LLC

                                   By: /s/ Felix Oduya
                                   Name: Felix Oduya
                                   Title: Chief Financial Officer

Accepted and agreed as of the date first written above:

QUINLAN BANK, N.A., as Administrative Agent and as a Lender

By: /s/ Renata Szabo
Name: Renata Szabo
Title: Director

HARTWELL SAVINGS BANK

By: /s/ Amos Lindgren
Name: Amos Lindgren
Title: Vice President
"""

#: near miss: a letter to one bank; the guarantor accepting below it lends nothing
ONE_BANK_LETTER = """                                                             May 5, 2016

Kestrel National Bank
40 Harbor Street
Portland, Maine 04101

Ladies and Gentlemen:

     Reference is made to the Loan Agreement dated as of January 4, 2014 (the
"Loan Agreement") between Moorcroft Boats, Inc. (the "Borrower") and Kestrel
National Bank (the "Bank"). The Borrower requests that the Bank waive
compliance with Section 5.2 of the Loan Agreement for the fiscal year 2015.
Upon your acceptance of this letter, the Bank hereby waives such compliance.

                                   MOORCROFT BOATS, INC.

                                   By: /s/ Lena Vasquez
                                   Name: Lena Vasquez
                                   Title: President

ACKNOWLEDGED AND AGREED:

KESTREL NATIONAL BANK

By: /s/ Owen Talbot
Name: Owen Talbot
Title: Vice President

MOORCROFT HOLDINGS LLC, as Guarantor

By: /s/ Lena Vasquez
Name: Lena Vasquez
Title: Manager
"""


def _roles_to(x: Extraction, target: str) -> dict[str, object]:
    """Each party of ``target`` and the role it is party in."""
    names = entity_names(x)
    return {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == target
    }


def test_the_banks_accepting_a_letter_to_their_class_are_parties_to_the_credit_agreement() -> None:
    x = extract_text(BANKS_LETTER)
    roles = _roles_to(x, "Credit Agreement")
    assert roles.get("CAROLINA PIEDMONT BANK") == "Bank"
    assert roles.get("FIRST SPARTANBURG NATIONAL BANK") == "Bank"
    lends = edges(x, "LENDS_TO")
    assert ("CAROLINA PIEDMONT BANK", "Ormsby Textile Mills, Inc.") in lends
    assert ("FIRST SPARTANBURG NATIONAL BANK", "Ormsby Textile Mills, Inc.") in lends
    waives = edges(x, "WAIVES")
    assert ("CAROLINA PIEDMONT BANK", "Credit Agreement") in waives
    assert ("FIRST SPARTANBURG NATIONAL BANK", "Credit Agreement") in waives


def test_the_lenders_accepting_a_letter_to_their_class_are_parties_to_the_credit_agreement() -> (
    None
):
    x = extract_text(LENDERS_LETTER)
    roles = _roles_to(x, "Revolving Credit Agreement")
    assert roles.get("HARTWELL SAVINGS BANK") == "Lender"
    assert ("HARTWELL SAVINGS BANK", "Brightwater Pumps LLC") in edges(x, "LENDS_TO")
    assert ("HARTWELL SAVINGS BANK", "Revolving Credit Agreement") in edges(x, "WAIVES")


def test_a_guarantor_accepting_a_letter_to_one_bank_is_no_lender() -> None:
    x = extract_text(ONE_BANK_LETTER)
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert "MOORCROFT HOLDINGS LLC" not in lenders
    assert "MOORCROFT HOLDINGS LLC" not in _roles_to(x, "Loan Agreement")
    assert ("MOORCROFT HOLDINGS LLC", "Loan Agreement") not in edges(x, "WAIVES")


def _footed(letter: str, footer: str) -> str:
    """The letter with its signature pages under a filer's footer."""
    return letter.rstrip() + f"\n\n          [{footer}]\n"


def test_a_letter_its_pages_footer_names_takes_that_title() -> None:
    x = extract_text(_footed(BANKS_LETTER, "Signature Page to Waiver Letter - Ormsby Textile"))
    assert ("CAROLINA PIEDMONT BANK", "Waiver Letter") in edges(x, "PARTY_TO")
    x = extract_text(_footed(ONE_BANK_LETTER, "Signature Pages to Covenant Waiver Letter"))
    assert ("Kestrel National Bank", "Covenant Waiver Letter") in edges(x, "PARTY_TO")


def test_a_footer_naming_another_agreement_leaves_the_letter_its_own_name() -> None:
    x = extract_text(_footed(BANKS_LETTER, "Signature Page to Credit Agreement"))
    titles = {str(e.props.get("title")) for e in x.entities if e.label == "Agreement"}
    assert "Letter Agreement" in titles
