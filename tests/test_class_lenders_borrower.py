"""Credit agreements whose lenders are a class signing below ("the banks listed on the
signature pages hereof (the "Banks")") and whose borrower is not "the Borrower":

- a borrower that goes by its own short name ("Tamarack") or by its form ("the Partnership"):
  the one the class agrees to lend to ("Each Bank severally agrees ... to make loans to
  Tamarack") is the borrower, and each bank signing below lends to it;
- two borrowers joined by a joint term (`(the "Subsidiary Borrower" and, together with the
  Parent, the "Borrowers")`): both borrow, and the banks signing below are lenders, never
  members of "the Borrowers".

Passages written for the test in the shape of 1990s syndicated credit agreements (a preamble,
the credits article, signature pages of the borrower, the agent and each bank); never copied
from a filing. The lead found the shapes probing the roles held-out documents' lenders lacked.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_AGREEMENT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of March 3, 1997 among {parties}, the financial institutions
listed on the signature pages hereof (the "{klass}s") and CALDER STATE BANK, as agent for
the {klass}s (in such capacity, the "Agent").

ARTICLE II

THE CREDITS

SECTION 2.1. Revolving Loans. Each {klass} severally agrees, on the terms and conditions set
forth herein, to make revolving loans to {borrower} from time to time during the
Availability Period in an aggregate amount not exceeding its Commitment.

SECTION 2.2. Fees. {borrower} shall pay to the Agent for the account of each {klass} a
commitment fee.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their
duly authorized officers as of the day and year first above written.

{signers}

CALDER STATE BANK,
  as Agent and as a {klass}

By: /s/ Martin Oakes
    Title: Vice President

PELHAM TRUST COMPANY

By: /s/ Greta Ivers
    Title: Assistant Vice President

WESTFIELD NATIONAL BANK

By: /s/ Hugo Brandt
    Title: Senior Vice President
"""

_BANKS = {"PELHAM TRUST COMPANY", "WESTFIELD NATIONAL BANK"}


def _credit_agreement(parties: str, borrower: str, signers: str, klass: str = "Bank") -> str:
    return _AGREEMENT.format(parties=parties, borrower=borrower, signers=signers, klass=klass)


def _block(name: str) -> str:
    return f"{name}\n\nBy: /s/ Nora Fiske\n    Title: Chief Financial Officer\n"


def test_a_borrower_going_by_its_short_name_is_lent_to_by_each_bank() -> None:
    # two companies in no role: the lending clause says which one borrows
    text = _credit_agreement(
        'TAMARACK MILLS, INC., a Georgia corporation ("Tamarack"), PINE RIDGE CORP. ("Pine")',
        "Tamarack",
        _block("TAMARACK MILLS, INC.") + "\n" + _block("PINE RIDGE CORP."),
    )
    x = extract_text(text)
    lent = edges(x, "LENDS_TO")
    assert {(b, "TAMARACK MILLS, INC.") for b in _BANKS} <= lent
    assert not {to for _, to in lent} & {"PINE RIDGE CORP."}
    roles = own_roles(x)
    assert {roles[b] for b in _BANKS} == {"Bank"}


def test_a_partnership_borrower_is_lent_to_by_each_lender() -> None:
    text = _credit_agreement(
        'KESTREL PIPELINE PARTNERS, L.P., a Delaware limited partnership (the "Partnership")',
        "the Partnership",
        _block("KESTREL PIPELINE PARTNERS, L.P."),
        klass="Lender",
    )
    x = extract_text(text)
    assert {(b, "KESTREL PIPELINE PARTNERS, L.P.") for b in _BANKS} <= edges(x, "LENDS_TO")
    assert {own_roles(x)[b] for b in _BANKS} == {"Lender"}


def test_borrowers_of_a_joint_term_borrow_and_the_banks_are_not_borrowers() -> None:
    text = _credit_agreement(
        'TAMARACK MILLS, INC. (the "Parent") and TAMARACK FINANCE CORP. (the "Subsidiary '
        'Borrower" and, together with the Parent, the "Borrowers")',
        "the Borrowers",
        _block("TAMARACK MILLS, INC.") + "\n" + _block("TAMARACK FINANCE CORP."),
    )
    x = extract_text(text)
    roles = own_roles(x)
    assert {roles[b] for b in _BANKS} == {"Bank"}
    assert "Borrower" in str(roles["TAMARACK MILLS, INC."])
    borrowers = {"TAMARACK MILLS, INC.", "TAMARACK FINANCE CORP."}
    assert {(b, o) for b in _BANKS for o in borrowers} <= edges(x, "LENDS_TO")
    assert not {lender for lender, _ in edges(x, "LENDS_TO")} & borrowers


_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

THIS SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") dated as of August 1, 2003 is
among {party}, the banks party to the Credit Agreement referred to below (the "Banks") and
LINDEN NATIONAL BANK, as agent for the Banks (the "Agent").

A. {term}, the Banks and the Agent are parties to a Credit Agreement dated as of June 1,
2001 (as amended, the "Credit Agreement").

1. Amendment. Section 6.1 of the Credit Agreement is amended by deleting "3.00 to 1.00" and
inserting "3.50 to 1.00".

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be executed as of the
date first above written.

{signer}

By: /s/ Gil Marsh
Title: Treasurer

LINDEN NATIONAL BANK, as Agent and as a Bank

By: /s/ Ona Pike
Title: Vice President

COPPER STATE BANK

By: /s/ Ike Dunn
Title: Vice President
"""


def test_an_amendment_naming_no_borrower_makes_no_lending() -> None:
    # no role word and no lending clause names the borrower: nothing tells the banks signing
    # from the borrower signing, so nobody is lent to rather than a guess
    text = _AMENDMENT.format(
        party='QUILL ENERGY PARTNERS, L.P., a Delaware limited partnership ("Quill")',
        term="Quill",
        signer="QUILL ENERGY PARTNERS, L.P.",
    )
    x = extract_text(text)
    assert not edges(x, "LENDS_TO")
    assert own_roles(x).get("QUILL ENERGY PARTNERS, L.P.") is None


def test_the_company_of_an_amendment_borrows_from_the_banks_signing() -> None:
    text = _AMENDMENT.format(
        party='QUILL INDUSTRIES, INC., a Texas corporation (the "Company")',
        term="The Company",
        signer="QUILL INDUSTRIES, INC.",
    )
    lent = edges(extract_text(text), "LENDS_TO")
    banks = {"LINDEN NATIONAL BANK", "COPPER STATE BANK"}
    assert lent == {(b, "QUILL INDUSTRIES, INC.") for b in banks}


def test_each_of_the_lenders_severally_and_not_jointly_lends_to_the_partnership() -> None:
    text = _credit_agreement(
        'KESTREL PIPELINE PARTNERS, L.P., a Delaware limited partnership (the "Partnership")',
        "the Partnership",
        _block("KESTREL PIPELINE PARTNERS, L.P."),
        klass="Lender",
    ).replace(
        "Each Lender severally agrees, on the terms and conditions set\nforth herein, to make",
        "Each of the Revolving Lenders, severally and not jointly, agrees to make",
    )
    lent = edges(extract_text(text), "LENDS_TO")
    assert {(b, "KESTREL PIPELINE PARTNERS, L.P.") for b in _BANKS} <= lent


def test_the_company_the_lenders_lend_to_borrows_beside_a_named_borrower() -> None:
    # "the Company" and "the Canadian Borrower": the lending clause names both as borrowers
    text = _credit_agreement(
        'TAMARACK MILLS, INC. (the "Company"), TAMARACK CANADA LTD., an Ontario corporation '
        '(the "Canadian Borrower")',
        "the Company and the Canadian Borrower",
        _block("TAMARACK MILLS, INC.") + "\n" + _block("TAMARACK CANADA LTD."),
    )
    lent = edges(extract_text(text), "LENDS_TO")
    borrowers = {"TAMARACK MILLS, INC.", "TAMARACK CANADA LTD."}
    assert {(b, o) for b in _BANKS | {"CALDER STATE BANK"} for o in borrowers} <= lent
