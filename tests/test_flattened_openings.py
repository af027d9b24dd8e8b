"""A syndicated credit agreement whose converted first pages run the end of the contents, the
exhibit label, the title and the preamble into one paragraph ("... Exhibit H - Form of Guaranty
Supplement 6 EXHIBIT 10.1 CREDIT AGREEMENT CREDIT AGREEMENT dated as of ... among ..."), its
preliminary statements run in after the parties, a Luxembourg borrower typed "S.A.R.L.", notes
defined as "of the U.S. Borrower", and a guaranty whose recitals name the loans before its cap.

Every passage is written for these tests in the shapes such filings use.
"""

from __future__ import annotations

from ingest.names import name_runs
from ingest.structure.preamble import find_preamble
from tests.passages import edges, entity_names, extract_text, own_parties

#: the contents' tail a converted filing runs into its opening (long enough to be read as a
#: flattened page, not a paragraph of its own)
_CONTENTS = (
    "TABLE OF CONTENTS SECTION 9.14. Judgment.........................................88\n"
    + "".join(
        f"Schedule {n}.01 - Disclosure of matters of the Borrower {n} Exhibit {chr(64 + n)} - "
        f"Form of Certificate of the Borrower under Section {n}.02\n"
        for n in range(1, 13)
    )
    + "Exhibit M - Form of Guaranty Supplement 6 EXHIBIT 10.1 "
)


def _names(text: str) -> set[str]:
    return set(own_parties(text))


def test_dated_opening_run_into_the_contents_names_the_parties() -> None:
    text = (
        _CONTENTS + "CREDIT\nAGREEMENT CREDIT AGREEMENT dated as of March 2, 2004 among "
        'HALVERN PUMPS, INC., a\nDelaware corporation (the "BORROWER"), the banks listed on '
        'the signature pages hereof (the "LENDERS") and NORTHGATE BANK, N.A., as '
        'administrative agent (the "AGENT"). PRELIMINARY STATEMENTS: 1. Pursuant to the Stock '
        "Purchase Agreement among Ridley Holdings Company, a Texas corporation, and the "
        "Borrower, the Borrower has agreed to acquire the shares of Ridley. NOW, THEREFORE, the "
        "parties hereto agree as follows: ARTICLE I DEFINITIONS\n"
    )
    names = _names(text)
    assert {"HALVERN PUMPS, INC.", "NORTHGATE BANK, N.A."} <= names
    # the preliminary statements name another agreement's parties, not this one's
    assert not any("Ridley" in n for n in names)
    span = find_preamble(text)
    assert span is not None and text[span[0] :].startswith("CREDIT AGREEMENT dated")


def test_between_opening_with_a_luxembourg_borrower_in_capitals() -> None:
    text = (
        _CONTENTS + "TERM LOAN AGREEMENT dated as of 5 June 1998 between KESTREL MILLS "
        "S.A.R.L., a company organized under the laws of Luxembourg (the "
        '"COMPANY"), and BRANDT & COLE BANK PLC (the "BANK"). PRELIMINARY STATEMENT: The '
        "Company has asked the Bank for a term loan. NOW, THEREFORE, the parties agree as "
        "follows:\n"
    )
    names = _names(text)
    assert "KESTREL MILLS S.A.R.L." in names
    assert "BRANDT & COLE BANK PLC" in names
    assert not any(n.startswith("R.L") for n in names)


def test_capital_sarl_is_one_name_and_a_bare_sa_still_ends_one() -> None:
    runs = [r.text for r in name_runs("among ORIEL FINANCE S.A.R.L. and the Bank")]
    assert "ORIEL FINANCE S.A.R.L." in runs
    assert "Mirelle Holdings S.A." in [
        r.text for r in name_runs("between Mirelle Holdings S.A. and Renwick Bank")
    ]


def test_an_agreement_mentioned_in_a_flattened_page_opens_nothing() -> None:
    text = (
        _CONTENTS + "The Company is a party to the CREDIT AGREEMENT dated as of May 1, 2000 "
        "among the Company and the Banks, which this report describes. " * 3
    )
    span = find_preamble(text)
    assert span is None or "CREDIT AGREEMENT dated" not in text[span[0] : span[0] + 40]


_TWO_BORROWERS = (
    "CREDIT AGREEMENT dated as of May 1, 2003 among ACME TOOLS, INC., a Delaware corporation "
    '(the "U.S. BORROWER"), ACME TOOLS LIMITED, a company organized under the laws of England '
    '(the "U.K. BORROWER", and together with the U.S. Borrower, the "BORROWERS"), the lenders '
    'party hereto (the "LENDERS") and FIRST ORCHARD BANK, as agent (the "AGENT").\n\n'
    "ARTICLE I DEFINITIONS\n\n"
)


def test_a_note_of_the_dotted_borrower_is_that_borrowers_alone() -> None:
    text = _TWO_BORROWERS + (
        '"TERM NOTE" means a promissory note of the U.S. Borrower payable to the order of any '
        "Term Lender, in substantially the form of Exhibit A hereto, evidencing the indebtedness "
        "of the U.S. Borrower to such Lender resulting from the Term Advance made by such "
        'Lender.\n\n"STERLING NOTE" means a promissory note of the U.K. Borrower payable to the '
        "order of any Sterling Lender, in substantially the form of Exhibit B hereto, evidencing "
        "the Sterling Advances made by such Lender.\n"
    )
    issues = edges(extract_text(text), "ISSUES")
    assert ("ACME TOOLS, INC.", "TERM NOTE") in issues
    assert ("ACME TOOLS LIMITED", "STERLING NOTE") in issues
    assert ("ACME TOOLS LIMITED", "TERM NOTE") not in issues
    assert ("ACME TOOLS, INC.", "STERLING NOTE") not in issues


def test_a_note_of_the_borrowers_is_every_borrowers() -> None:
    text = _TWO_BORROWERS + (
        '"REVOLVING NOTE" means a promissory note of the Borrowers payable to the order of any '
        "Lender, in substantially the form of Exhibit A hereto, evidencing the Revolving "
        "Advances made by such Lender.\n"
    )
    issues = edges(extract_text(text), "ISSUES")
    assert {("ACME TOOLS, INC.", "REVOLVING NOTE"), ("ACME TOOLS LIMITED", "REVOLVING NOTE")} <= (
        issues
    )


#: a credit agreement whose exhibit holds the form of the guaranty
_WITH_GUARANTY = (
    'CREDIT AGREEMENT, dated as of June 3, 2005, between Marlow Freight, Inc., (the "BORROWER") '
    "the Lenders named herein and Harbor National Bank, as Administrative Agent.\n\n"
    "1. The Lenders agree to make loans to the Borrower up to $40,000,000.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nMARLOW FREIGHT, INC.\n\n"
    "By: ____\nTitle: President\n\nHARBOR NATIONAL BANK\n\nBy: ____\nTitle: Vice President\n\n"
    'EXHIBIT "C"\n\nGUARANTY\n\n'
)


def _guaranty(loans: str, cap: str) -> str:
    return _WITH_GUARANTY + (
        'THIS GUARANTY (this "Guaranty"), dated as of June 3, 2005, is made by MARLOW '
        'INDUSTRIES CORPORATION, a Delaware corporation (the "Guarantor"), in favor of '
        "HARBOR NATIONAL BANK, as agent, and the Lenders. WHEREAS, pursuant to that certain "
        "Credit Agreement, dated as of June 3, 2005, among Marlow Freight, Inc. "
        '("Borrower"), the Lenders and Harbor National Bank, as agent, the Lenders have agreed '
        f"to make {loans} to the Borrower; and\n\nWHEREAS, the Guarantor will benefit from the "
        "Loans; NOW, THEREFORE, the Guarantor hereby guarantees the payment of all obligations "
        "of the Borrower under the Credit Agreement; provided that the liability of the "
        f"Guarantor hereunder shall not exceed {cap}.\n"
    )


def _loans_amount(text: str) -> object:
    x = extract_text(text)
    names = entity_names(x)
    found = [e for e in x.entities if e.label == "Instrument" and names[e.ref] == "Loans"]
    assert len(found) == 1
    return found[0].props.get("amount")


def test_a_guarantys_cap_in_a_later_clause_is_not_the_loans_amount() -> None:
    for loans, cap, wrong in (
        ('Revolving Loans and Term Loans (collectively, the "Loans")', "$15,000,000", 15_000_000),
        ('advances (the "Loans")', "Ten Million Dollars ($10,000,000)", 10_000_000),
    ):
        assert _loans_amount(_guaranty(loans, cap)) != wrong


def test_an_amount_in_the_loans_own_recital_is_theirs() -> None:
    text = _guaranty('loans in an aggregate amount up to $40,000,000 (the "Loans")', "$15,000,000")
    assert _loans_amount(text) == 40_000_000


def _syndicated(bank: str, term: str, note: str, lender_class: str) -> str:
    return (
        "CREDIT AGREEMENT dated as of May 1, 2003 among ACME TOOLS, INC., a Delaware corporation "
        '(the "BORROWER"), the banks listed on the signature pages hereof as the Initial Lenders '
        f'(the "INITIAL LENDERS") and {bank}, as {term.lower()} (the "{term.upper()}").\n\n'
        f'ARTICLE I DEFINITIONS\n\n"{note}" means a promissory note of the Borrower payable to '
        f"the order of any {lender_class}, in substantially the form of Exhibit A hereto, "
        f"evidencing the indebtedness of the Borrower to such Lender resulting from the "
        "Advances made by such Lender.\n"
    )


def test_a_bank_named_only_in_its_own_capacity_holds_no_note_of_a_lender_class() -> None:
    for bank, term, note, lender_class in (
        ("LAKESIDE BANK, N.A.", "Swing Line Bank", "TERM A NOTE", "Term A Lender"),
        ("CORVID TRUST COMPANY", "Issuing Bank", "REVOLVING NOTE", "Revolving Lender"),
    ):
        holds = edges(extract_text(_syndicated(bank, term, note, lender_class)), "HOLDS")
        assert (bank, note) not in holds


def test_a_bank_defined_as_the_lender_holds_the_note_of_its_class() -> None:
    holds = edges(
        extract_text(_syndicated("LAKESIDE BANK, N.A.", "Lender", "TERM A NOTE", "Term A Lender")),
        "HOLDS",
    )
    assert ("LAKESIDE BANK, N.A.", "TERM A NOTE") in holds
