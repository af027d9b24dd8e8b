"""Credit facilities a definitions list names, one definition each, as the facility made
available "to the Borrower by the Banks" (``instruments.own_facility_definition``), with the
amount of their "Commitment Amount" definition and their maturity. Passages written for these
tests."""

from __future__ import annotations

from tests.passages import OWN, extract_text

_TWO_FACILITIES = """CREDIT AGREEMENT

This Credit Agreement is dated as of June 1, 2003, by and among PELLSTON MARINE, INC.,
a Michigan corporation (the "Borrower"), the banks party hereto (the "Banks") and
THIRD COAST BANK, as agent (the "Agent").

ARTICLE I

Section 1.1. Definitions.

"Maturity Date" means (a) June 1, 2007 with respect to the Revolving Facility and (b)
December 1, 2008 with respect to the Term Facility.

"Revolving Commitment Amount" shall mean Eight Million Dollars ($8,000,000), being the
maximum amount of the Revolving Commitments of all Banks.

"Revolving Facility" means the revolving credit facility being made available to the
Borrower by the Banks pursuant to Section 2.1.

"Term Commitment Amount" means Six Million Dollars ($6,000,000).

"Term Facility" means the term loan facility being made available to the Borrower by the
Banks pursuant to Section 2.2.

"Prior Facility" means the credit facility made available to the Borrower by Harbor Bank
under the agreement dated March 1, 1999.
"""

_ONE_LINE = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of April 2, 2004, by and between DRY CREEK ENERGY, INC., a
Texas corporation (the "Borrower"), and PLAINS STATE BANK (the "Lender").

"REVOLVING LINE OF CREDIT" shall mean a two (2) year revolving line of credit to the
Borrower pursuant to the Commitment by the Lender.

"TERMINATION DATE" shall mean the earlier to occur of (i) April 2, 2006 or (ii) the date
the Commitment terminates.
"""


def _facilities(text: str) -> dict[str, tuple[object, object]]:
    x = extract_text(text)
    under = {r.source for r in x.relations if r.type == "ISSUED_UNDER" and r.target == OWN}
    return {
        str(e.props["title"]): (e.props.get("amount"), e.props.get("maturity_date"))
        for e in x.entities
        if e.ref in under and e.props.get("kind") == "credit_facility"
    }


def test_each_facility_the_banks_make_available_is_issued_under_the_agreement() -> None:
    assert _facilities(_TWO_FACILITIES) == {
        "Revolving Facility": (8_000_000, "2007-06-01"),
        "Term Facility": (6_000_000, "2008-12-01"),
    }


def test_a_line_of_credit_defined_in_capitals_takes_the_termination_date() -> None:
    assert _facilities(_ONE_LINE) == {"REVOLVING LINE OF CREDIT": (None, "2006-04-02")}
