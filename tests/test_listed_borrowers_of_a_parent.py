"""A credit agreement among a parent and its subsidiaries whose joint borrowers' term lists,
inside its own parenthesis, the short names of the parties it is given to: `ARDWELL OFFSHORE
LOGISTICS, INC., a Texas corporation (Ardwell Offshore; Ardwell Marine and Ardwell Offshore
each a "Borrower" and together the "Borrowers")`. The parent named before them ("Holdings or
the Company", which only guarantees) is none of the Borrowers, and the banks lend to the two
subsidiaries only.

Passages written for the test in the shape of credit agreements of a holding company and its
operating subsidiaries (a preamble, the credit clause, the parent's guaranty and the signature
pages); never copied from a filing. Found by round 13 of the written documents (h24-c).
"""

from __future__ import annotations

from ingest.parties.listed_terms import LISTED_NAMES, listed_names
from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of {date} among {parties}, the banks listed on the
signature pages hereof (collectively, Lenders; individually, a Lender), and CALDER STATE
BANK, as administrative agent for the Lenders (in such capacity, Agent).

2.1 Loans. Each Lender severally agrees to make revolving loans to each Borrower from time to
time in an aggregate amount not exceeding its Commitment.

3.1 Guaranty. {parent} hereby unconditionally guarantees the payment of the Obligations of
the Borrowers.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

{signers}

CALDER STATE BANK,
as Agent and as a Lender

By: /s/ Martin Oakes
    Title: Vice President

PELHAM TRUST COMPANY

By: /s/ Greta Ivers
    Title: Assistant Vice President
"""

_BANKS = {"CALDER STATE BANK", "PELHAM TRUST COMPANY"}


def _block(name: str) -> str:
    return f"{name}\n\nBy: /s/ Nora Fiske\n    Title: Chief Financial Officer\n"


def _lent_to(parties: str, parent: str, names: list[str]) -> set[str]:
    text = _AGREEMENT.format(
        date="May 2, 2016",
        parties=parties,
        parent=parent,
        signers="\n".join(_block(n) for n in names),
    )
    return {to for bank, to in edges(extract_text(text), "LENDS_TO") if bank in _BANKS}


def test_the_subsidiaries_the_term_lists_borrow_not_the_parent_before_them() -> None:
    lent = _lent_to(
        "ARDWELL HOLDINGS, INC., a Delaware corporation (Holdings or the Company), ARDWELL"
        " MARINE SERVICES, LLC, a Louisiana limited liability company (Ardwell Marine),"
        " ARDWELL OFFSHORE LOGISTICS, INC., a Texas corporation (Ardwell Offshore; Ardwell"
        ' Marine and Ardwell Offshore each a "Borrower" and together the "Borrowers")',
        "The Company",
        [
            "ARDWELL HOLDINGS, INC.",
            "ARDWELL MARINE SERVICES, LLC",
            "ARDWELL OFFSHORE LOGISTICS, INC.",
        ],
    )
    assert lent == {"ARDWELL MARINE SERVICES, LLC", "ARDWELL OFFSHORE LOGISTICS, INC."}


def test_a_list_written_with_commas_and_collectively() -> None:
    lent = _lent_to(
        "KESTREL GROUP PLC, an English public limited company (Kestrel Group), KESTREL RAIL"
        " CORP., a Delaware corporation, KESTREL PORT SERVICES LLC, a Delaware limited"
        " liability company, and KESTREL YARDS, INC., an Ohio corporation (Kestrel Rail,"
        ' Kestrel Port and Kestrel Yards, collectively, the "Borrowers" and each a "Borrower")',
        "Kestrel Group",
        [
            "KESTREL GROUP PLC",
            "KESTREL RAIL CORP.",
            "KESTREL PORT SERVICES LLC",
            "KESTREL YARDS, INC.",
        ],
    )
    assert lent == {"KESTREL RAIL CORP.", "KESTREL PORT SERVICES LLC", "KESTREL YARDS, INC."}


def test_a_joint_term_listing_no_names_still_names_every_party_pending() -> None:
    # near miss: "A, B and C (each a "Borrower" ...)" lists no one: all three borrow
    lent = _lent_to(
        "ORRIN MILLS, INC., a Maine corporation, ORRIN FARMS LLC, a Maine limited liability"
        ' company (each a "Borrower" and together the "Borrowers")',
        "Nobody",
        ["ORRIN MILLS, INC.", "ORRIN FARMS LLC"],
    )
    assert lent == {"ORRIN MILLS, INC.", "ORRIN FARMS LLC"}


def test_a_list_naming_someone_not_pending_changes_nothing() -> None:
    # near miss: a short name that begins no party's name ("Northgate") leaves the term to
    # every party pending, as before
    assert listed_names('(Northgate and Ardwell Marine each a "', 0, 38) == [
        ["northgate"],
        ["ardwell", "marine"],
    ]
    lent = _lent_to(
        "ARDWELL MARINE SERVICES, LLC, a Louisiana limited liability company, ARDWELL OFFSHORE"
        " LOGISTICS, INC., a Texas corporation (Northgate and Ardwell Marine each a"
        ' "Borrower" and together the "Borrowers")',
        "Nobody",
        ["ARDWELL MARINE SERVICES, LLC", "ARDWELL OFFSHORE LOGISTICS, INC."],
    )
    assert lent == {"ARDWELL MARINE SERVICES, LLC", "ARDWELL OFFSHORE LOGISTICS, INC."}


def test_the_rule_reads_only_a_list_before_a_distributive_word() -> None:
    assert LISTED_NAMES.search('(Acme and Beta are the parties to the "') is None
    assert LISTED_NAMES.search('(each a "') is None
