"""An amendment filed after the agreement it amends, with its own signature blocks, is signed by
its own parties: each company of its blocks is PARTY_TO it (in the capacity it holds under the
agreement when its block states none), each signer SIGNED it, and a company that signs under a
new name with its former one noted below ("(f/k/a ...)"), or whose name the page wraps, stays
the party the agreement named; a company joining by the amendment is a party of its own."""

from __future__ import annotations

from tests.passages import OWN, entity_names, extract_text

_AGREEMENT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of March 3, 2001, by and between NORTHWIND TOOLS, INC. (the
"Company"), a Delaware corporation, and FIRST HARBOR BANK (the "Bank"), a Maine banking
corporation.

1. The Loans. The Bank will make loans to the Company from time to time up to $2,000,000.

2. Governing Law. This Agreement shall be governed by the laws of the State of Maine.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the day and
year first above written.

NORTHWIND TOOLS, INC.

By: /s/ Jane Roe
Title: President

FIRST HARBOR BANK

By: /s/ John Doe
Title: Vice President

<PAGE>

SCHEDULE 1

AMENDMENTS

SECOND AMENDMENT TO CREDIT AGREEMENT

This Second Amendment to Credit Agreement (the "Amendment") is made as of June 5, 2002 and
amends the Credit Agreement dated as of March 3, 2001 (the "Agreement") between NORTHWIND
TOOLS, INC. and FIRST HARBOR BANK.

1. Section 1 of the Agreement is hereby amended by deleting "$2,000,000" and substituting
"$3,000,000" therefor.

IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date
first above written.

{company}

By: /s/ Ann Poe
Title: Treasurer

FIRST HARBOR BANK

By: /s/ John Doe
Title: Vice President
"""

_LETTER = """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of June 9, 2004, is between ALDER MILLS CORPORATION, a Texas
corporation ("Borrower"), and PRAIRIE STATE BANK, N.A., a national banking association
("Lender").

Section 1. Advances. Lender will lend to Borrower from time to time up to $4,000,000.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement.

ALDER MILLS CORPORATION

By: /s/ Ann Poe
Title: President

PRAIRIE STATE BANK, N.A.

By: /s/ Ed Moe
Title: Senior Vice President

<PAGE>

Dated as of: February 2, 2005

Prairie State Bank, N.A.
100 Main Street
Austin, Texas 78701

Re: Amendment No. 1 to Loan Agreement

Ladies and Gentlemen:

We refer to the Loan Agreement, dated as of June 9, 2004 (the "Agreement"), between Alder
Mills Corporation and Prairie State Bank, N.A. Effective February 2, 2005, Section 1 of the
Agreement is amended by deleting "$4,000,000" and inserting "$5,000,000" in place thereof.

Very truly yours,

ALDER MILLS CORPORATION

By: /s/ Ann Poe
Title: President

The foregoing Amendment is hereby accepted by the undersigned as of February 2, 2005

PRAIRIE STATE BANK, N.A.

By: /s/ Ed Moe
Title: Senior Vice President
"""


def _amendment_facts(text: str) -> tuple[set[tuple[str, object]], set[str], str]:
    """(party, role) PARTY_TO the appended amendment, who SIGNED it, and its title."""
    x = extract_text(text)
    names = entity_names(x)
    amendments = [  # the dated amendment the document holds (a heading's mention has no date)
        e.ref
        for e in x.entities
        if e.props.get("kind") == "amendment" and e.ref != OWN and e.props.get("date")
    ]
    assert len(amendments) == 1
    ref = amendments[0]
    parties = {
        (names[r.source], r.props.get("role"))
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == ref
    }
    signers = {names[r.source] for r in x.relations if r.type == "SIGNED" and r.target == ref}
    return parties, signers, names[ref]


def test_an_appended_amendment_is_signed_by_its_own_parties() -> None:
    parties, signers, title = _amendment_facts(_AGREEMENT.format(company="NORTHWIND TOOLS, INC."))
    assert title == "Second Amendment to Credit Agreement"
    assert parties == {("NORTHWIND TOOLS, INC.", "Company"), ("FIRST HARBOR BANK", "Bank")}
    assert signers == {"Ann Poe", "John Doe"}


def test_an_amendment_letter_accepted_by_the_lender() -> None:
    parties, signers, _ = _amendment_facts(_LETTER)
    assert {p.upper() for p, _ in parties} == {
        "ALDER MILLS CORPORATION",
        "PRAIRIE STATE BANK, N.A.",
    }
    assert signers == {"Ann Poe", "Ed Moe"}


def test_a_company_signing_under_its_new_name_stays_the_party_renamed() -> None:
    renamed = _AGREEMENT.format(company="NORTHWIND INDUSTRIES CORP.\n(f/k/a NORTHWIND TOOLS, INC.)")
    parties, _, _ = _amendment_facts(renamed)
    assert parties == {("NORTHWIND TOOLS, INC.", "Company"), ("FIRST HARBOR BANK", "Bank")}
    company = next(
        e for e in extract_text(renamed).entities if e.ref == "party:northwind tools inc"
    )
    assert "NORTHWIND INDUSTRIES CORP." in company.aliases


def test_a_blank_form_of_amendment_names_no_party() -> None:
    blank = _AGREEMENT.format(company="[NAME OF BORROWER]")
    parties, _, _ = _amendment_facts(blank)
    assert "[NAME OF BORROWER]" not in {p for p, _ in parties}


def test_a_name_the_page_wraps_is_the_named_party() -> None:
    block = "FIRST HARBOR BANK\n\nBy: /s/ John Doe\nTitle: Vice President\n"
    agreement, amendment = _AGREEMENT.rsplit(block, 1)  # the amendment's own block wraps
    wrapped = agreement + "FIRST HARBOR\n\nBy: /s/ John Doe\nTitle: Vice President\n" + amendment
    parties, _, _ = _amendment_facts(wrapped.format(company="NORTHWIND TOOLS, INC."))
    assert parties == {("NORTHWIND TOOLS, INC.", "Company"), ("FIRST HARBOR BANK", "Bank")}


def test_a_new_company_joining_by_the_amendment_is_its_own_party() -> None:
    joined = _AGREEMENT.format(
        company="NORTHWIND TOOLS, INC.\n\nBy: /s/ Ann Poe\nTitle: Treasurer\n\nQUAY CAPITAL LLC"
    )
    parties, _, _ = _amendment_facts(joined)
    assert "QUAY CAPITAL LLC" in {p for p, _ in parties}
