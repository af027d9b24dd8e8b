"""A party the recitals name and describe ("Ridgeback Tool Co., a Kansas corporation (the
"Borrower")") has the jurisdiction and entity type its descriptor states, as a party the
preamble describes has."""

from __future__ import annotations

from tests.passages import extract_text

_GUARANTY = """GUARANTY

THIS GUARANTY is made as of July 8, 2003 by PRAIRIE HOLDINGS CORP., a Kansas corporation
("Guarantor"), in favor of CENTENNIAL BANK OF WICHITA ("Lender").

RECITALS

A. Ridgeback Tool Co., an Oklahoma corporation and a subsidiary of Guarantor (the
"Borrower"), and Lender are parties to a Loan Agreement dated as of July 8, 2003.

B. Sumner Valley Leasing, LLC, a Kansas limited liability company ("Lessor"), has leased
equipment to the Borrower.

NOW, THEREFORE, Guarantor agrees as follows:

1. Guarantor guarantees the payment of the obligations of the Borrower under the Loan
Agreement.
"""


def _party(name: str) -> dict[str, object]:
    x = extract_text(_GUARANTY)
    return next(dict(e.props) for e in x.entities if e.props.get("name") == name)


def test_a_borrower_the_recitals_describe_has_its_jurisdiction() -> None:
    props = _party("Ridgeback Tool Co.")
    assert props["jurisdiction"] == "Oklahoma"
    assert props["entity_type"] == "corporation"
