"""A facility defined as the one the agreement's own lending section provides, its limit and
last day stated elsewhere (:mod:`ingest.instruments.defined_facilities`): passages written
for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_BANK_FORM = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, made as of the 3rd day of May, 1999, by and between ACME WIDGET \
CORPORATION, an Ohio corporation (herein called "Company"), and FIRST RIVER BANK, an Ohio \
banking corporation (herein called "Bank");

1. DEFINITIONS

"Revolving Credit" shall mean the revolving credit facility provided by Bank to Company under \
Section 2 of this Agreement.

"Revolving Credit Maturity Date" shall mean June 30, 2001.

2. REVOLVING CREDIT

2.1 Bank agrees to make Advances to Company at any time and from time to time until the \
Revolving Credit Maturity Date, not to exceed Seven Million Dollars ($7,000,000) in aggregate \
principal amount at any one time outstanding.

WITNESS the due execution hereof as of the day and year first above written.

ACME WIDGET CORPORATION
By: /s/ John Doe
Its: President

FIRST RIVER BANK
By: /s/ Jane Roe
Its: Vice President
"""


def test_the_facility_the_lending_section_provides_has_its_limit_and_last_day() -> None:
    x = extract_text(_BANK_FORM)
    facility = next(e for e in x.entities if e.props.get("kind") == "credit_facility")
    assert facility.props.get("title") == "Revolving Credit"
    assert facility.props.get("amount") == 7000000
    assert facility.props.get("maturity_date") == "2001-06-30"
    assert ("Revolving Credit", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_a_facility_provided_under_a_prior_agreement_is_not_the_own_one() -> None:
    text = _BANK_FORM.replace(
        "under Section 2 of this Agreement", "under the Prior Credit Agreement"
    )
    x = extract_text(text)
    assert not any(e.props.get("title") == "Revolving Credit" for e in x.entities)
