"""Each lender's commitment read from the schedule that lists the lenders, onto its LENDS_TO:
passages written in the general shape of syndicated credit agreements (a one-line column
table with a total row; a table converted from a web page, one cell per line with the
lender's address between its name and its commitment); names and figures invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_BODY = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 5, 2010 among Halvorsen Industries, Inc., a Delaware
corporation (the "Borrower"), the lenders party hereto (the "Lenders") and Merriam Bank,
N.A., as administrative agent (the "Agent").

2.01 Commitments. Each Lender severally agrees to make Revolving Loans to the Borrower in an
aggregate principal amount not to exceed its Commitment set forth on Schedule 2.01.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the date first
written above.

HALVORSEN INDUSTRIES, INC.

By: /s/ Carla Nyberg
Name: Carla Nyberg
Title: Treasurer

MERRIAM BANK, N.A., as Agent and as a Lender

By: /s/ Paul Okoro
Name: Paul Okoro
Title: Vice President

TALLIS TRUST COMPANY, as a Lender

By: /s/ Irene Vos
Name: Irene Vos
Title: Director

"""


def _amounts(x: Extraction) -> dict[str, object]:
    """lender (in capitals: one party however spelt) -> the amount its LENDS_TO extends"""
    names = {e.ref: str(e.props["name"]).upper() for e in x.entities if e.label == "Party"}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def _x(schedule: str) -> Extraction:
    return extract(SourceDocument(text=_BODY + schedule, path="credit.txt"))


def test_a_one_line_table_with_a_total_row() -> None:
    x = _x(
        "SCHEDULE 2.01\n\nCOMMITMENTS\n\n"
        "Lender                                   Commitment\n"
        "Merriam Bank, N.A.                       $40,000,000\n"
        "Tallis Trust Company                     $15,000,000\n"
        "Total                                    $55,000,000\n"
    )
    assert _amounts(x) == {"MERRIAM BANK, N.A.": 40_000_000, "TALLIS TRUST COMPANY": 15_000_000}


def test_a_converted_table_with_addresses_between_name_and_commitment() -> None:
    x = _x(
        "SCHEDULE 2.01\n\nNames, Commitments and Addresses of Lenders\n\n\nLender\n\n\n"
        "Commitment\n\nTallis Trust Company\n77 Harbor Street, Suite 1200\nBoston, MA 02110\n"
        "Attention: Irene Vos\n\n\n$12,500,000\n\nMerriam Bank, N.A.\n400 Main Street\n"
        "Hartford, CT 06103\n\n\n$37,500,000\n"
    )
    assert _amounts(x) == {"MERRIAM BANK, N.A.": 37_500_000, "TALLIS TRUST COMPANY": 12_500_000}


def test_a_schedule_of_something_else_gives_no_commitment() -> None:
    x = _x(
        "SCHEDULE 5.08\n\nSUBSIDIARIES\n\n"
        "Halvorsen Logistics LLC            Delaware          100%\n"
        "Merriam Bank, N.A. account no.     $40,000,000\n"
    )
    assert _amounts(x) == {"MERRIAM BANK, N.A.": None, "TALLIS TRUST COMPANY": None}
