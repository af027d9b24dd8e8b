"""A guarantor the definitions name by a short term another definition makes stand for a
company (""Guarantor" means Heron." and ""Heron" means Heron Capital Holdings, Inc., a Nevada
corporation."), :func:`ingest.relations.slots.party_or_company`: passages written for this
test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CHAINED = """LINE OF CREDIT AGREEMENT

THIS LINE OF CREDIT AGREEMENT dated as of April 4, 2001 is between OSPREY HOUSING PARTNERS, \
LLC, an Ohio limited liability company (the "Borrower"), and CEDAR STATE BANK, an Ohio banking \
corporation (the "Bank").

1.1 Defined Terms.

"Guarantor" means Heron.

"Guaranty" means the guaranty of the Obligations in the form of Exhibit C.

"Heron" means Heron Capital Holdings, Inc., a Nevada corporation.

2.1 Advances. The Bank agrees to make advances to the Borrower not to exceed $6,500,000.

4.1 Conditions. The Bank shall have received the Guaranty duly executed by Heron.
"""


def test_a_guarantor_named_by_a_defined_short_term_secures_the_credit_agreement() -> None:
    x = extract_text(_CHAINED)
    assert ("Heron Capital Holdings, Inc.", "Line of Credit Agreement") in edges(x, "SECURES")
    # the company stands behind the borrower; it is no party to the credit agreement itself
    assert ("Heron Capital Holdings, Inc.", "Line of Credit Agreement") not in edges(x, "PARTY_TO")


def test_a_short_term_no_definition_explains_names_no_company() -> None:
    x = extract_text(
        _CHAINED.replace('"Heron" means Heron Capital Holdings, Inc., a Nevada corporation.', "")
    )
    assert not any(s.startswith("Heron Capital") for s, _ in edges(x, "SECURES"))
