"""Signature pages filed unsigned: "By:", "Name:", "Title:" left empty (or a bare "Title" with
no colon) and the next block's company right under them, its role on the line below. Each
company is a party in the role its block states, never the title or the signer of the block
above; a title an HTML conversion spreads over lines after an empty "Title:" is still read.
Passages written for these tests; names made up."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

PREAMBLE = (
    "CREDIT AGREEMENT\n\n"
    'This Agreement, dated as of June 3, 1999, is among Larchmont Mills, Inc. (the "Borrower"), '
    'Banque Meridionale Cressy ("Cressy") and the other lending institutions listed in '
    'Schedule A (each a "Bank"), and Cressy, as agent for the Banks (the "Agent").\n\n'
    "SECTION 2.1. Loans. Each Bank agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement.\n\n"
)

BLANK_FORM = PREAMBLE + (
    "LARCHMONT MILLS, INC.\nBy:\nTitle\n\n"
    "BANQUE MERIDIONALE CRESSY\nas a Bank and as Agent\n\nBy:\nName:\nTitle:\n\n"
    "NORTHFIELD SAVINGS BANK\nas a Bank\n\nBy: ______________________\nName:\nTitle:\n"
)


def test_each_company_of_a_blank_form_is_a_party_in_its_own_role() -> None:
    ex = extract_text(BLANK_FORM)
    # a party of two capacities keeps both, in the order they were read (the preamble's "and
    # Cressy, as agent for the Banks (the "Agent")" is read before the block's "as a Bank")
    capacities = {name: set(str(role).split(" and ")) for name, role in own_roles(ex).items()}
    assert capacities == {
        "Larchmont Mills, Inc.": {"Borrower"},
        "Banque Meridionale Cressy": {"Bank", "Agent"},
        "NORTHFIELD SAVINGS BANK": {"Bank"},
    }
    assert edges(ex, "LENDS_TO") == {
        ("Banque Meridionale Cressy", "Larchmont Mills, Inc."),
        ("NORTHFIELD SAVINGS BANK", "Larchmont Mills, Inc."),
    }
    assert edges(ex, "SIGNED") == set()  # nobody's name is typed in


#: A conversion from HTML: each cell of the signature table on a line of its own, blank lines
#: between, the title's two words in two cells.
SPREAD_TITLE = PREAMBLE + (
    "LARCHMONT MILLS, INC.\n\nBy:\n\n/s/\nTomas Ferreira\n\nName:\n\nTomas Ferreira\n\n"
    "Title:\n\n\nAuthorized\n\n\nSignatory\n"
)


def test_a_title_spread_over_cells_after_an_empty_title_field_is_read() -> None:
    ex = extract_text(SPREAD_TITLE)
    titles = {r.props.get("title") for r in ex.relations if r.type == "SIGNED"}
    assert titles == {"Authorized Signatory"}
