"""Co-borrowers named only on the signature pages: "HARBORVIEW GRILLS, INC. ..., certain
Subsidiaries of Harborview listed on the signature pages hereto (the "Subsidiary Borrowers"
and, together with Harborview, the "Borrowers"), the Lenders who are or may become a party to
this Agreement, and SOUTHERN TRUST BANK OF TENNESSEE, as Agent".

- The parent the parenthesis joins ("together with Harborview") is one of the "Borrowers" as
  much as the subsidiaries signing below.
- A subsidiary signing without a caption is a borrower of that class, never one of the
  undefined class of "Lenders" the preamble also names.
- A block's capacity set in title case ("Agent And Lender") states two capacities.
- So every lender lends to every borrower, and the notes "made by the Borrowers payable to the
  order of each Lender" are issued by each borrower and held by each lender.
"""

from __future__ import annotations

from ingest.parties.role_words import role_parts
from tests.passages import edges, extract_text, own_roles

_AGREEMENT = (
    "CREDIT AGREEMENT\n\ndated as of May 9, 2002\n\nby and among\n\nHARBORVIEW GRILLS, INC.\n"
    "and certain Subsidiaries thereof\nlisted on the signature pages hereto,\nas Borrowers,\n\n"
    "the Lenders referred to herein,\n\nSOUTHERN TRUST BANK OF TENNESSEE,\nas Agent\n\n"
    "CREDIT AGREEMENT, dated as of the 9th day of May, 2002, by and among HARBORVIEW GRILLS, "
    'INC., a corporation organized under the laws of Tennessee ("Harborview"), certain '
    'Subsidiaries of Harborview listed on the signature pages hereto (the "Subsidiary '
    'Borrowers" and, together with Harborview, the "Borrowers"), the Lenders who are or may '
    "become a party to this Agreement, and SOUTHERN TRUST BANK OF TENNESSEE, as Agent for the "
    "Lenders.\n\n"
    "ARTICLE I\n\nDEFINITIONS\n\n"
    '"Lender" means each Person executing this Agreement as a Lender set forth on the '
    "signature pages hereto.\n\n"
    '"Notes" means the separate Revolving Credit Notes made by the Borrowers payable to the '
    "order of each Lender, substantially in the form of Exhibit A hereto, evidencing the Credit "
    'Facility; "Note" means any of such Notes.\n\n'
    "ARTICLE II\n\nSECTION 2.1 Loans. Subject to the terms and conditions of this Agreement, "
    "each Lender severally agrees to make Loans to the Borrowers from time to time through the "
    "Termination Date.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their "
    "duly authorized officers, all as of the day and year first written above.\n\n"
    "HARBORVIEW GRILLS, INC.\n\nBy:\nName:\nTitle:\n\n"
    "QUAYSIDE CHOPHOUSE, INC.\n\nBy:\nName:\nTitle:\n\n"
    "SOUTHERN TRUST BANK OF TENNESSEE, as Agent and Lender\n\nBy:\nName:\nTitle:\n\n"
    "PIEDMONT NATIONAL BANK, as Lender\n\nBy:\nName:\nTitle:\n"
)
_BORROWERS = ("HARBORVIEW GRILLS, INC.", "QUAYSIDE CHOPHOUSE, INC.")
_LENDERS = ("SOUTHERN TRUST BANK OF TENNESSEE", "PIEDMONT NATIONAL BANK")


def test_the_parent_and_the_signing_subsidiary_are_borrowers_and_no_lenders() -> None:
    roles = own_roles(extract_text(_AGREEMENT))
    assert roles["HARBORVIEW GRILLS, INC."] == "Borrower"
    assert roles["QUAYSIDE CHOPHOUSE, INC."] == "Subsidiary Borrower"
    assert roles["SOUTHERN TRUST BANK OF TENNESSEE"] == "Agent and Lender"
    assert roles["PIEDMONT NATIONAL BANK"] == "Lender"


def test_each_lender_lends_to_each_borrower() -> None:
    lends = edges(extract_text(_AGREEMENT), "LENDS_TO")
    assert {(lender, b) for lender in _LENDERS for b in _BORROWERS} == lends


def test_each_borrower_issues_and_each_lender_holds_the_notes() -> None:
    x = extract_text(_AGREEMENT)
    assert {(b, "Revolving Credit Notes") for b in _BORROWERS} == edges(x, "ISSUES")
    assert {(lender, "Revolving Credit Notes") for lender in _LENDERS} == edges(x, "HOLDS")
    assert ("Revolving Credit Notes", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_title_case_and_joins_two_capacities() -> None:
    assert role_parts("Agent And Lender") == ["Agent", "Lender"]
    assert role_parts("Agent and Lender") == ["Agent", "Lender"]
    assert role_parts("Andover Agent") == ["Andover Agent"]
