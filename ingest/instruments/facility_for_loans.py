"""A definition that names the facility of the loans the agreement's own lending section
makes: ""Term Credit" means the credit facility for the Term Loans described in Section 1.1
hereof". The facility goes by the defined name; the loans' own term ("the "Term Loans"") names
its loans, no second facility.
"""

from __future__ import annotations

from ingest.names import singular
from ingest.rules import passage, rule

#: a definition that makes its term the facility of loans a section of the agreement itself
#: describes: ""Term Credit" means the credit facility for the Term Loans described in Section
#: 1.1 hereof"
FACILITY_FOR = rule(
    "instruments.facility_for_loans",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Credit|Facility))[\"\u201d]\s*(?:means|shall\s+mean)"
    r"\s+the\s+(?:(?:revolving|term)\s+)?(?:credit|loan)\s+facility\s+for\s+the\s+"
    r"(?P<loans>(?:[A-Z][\w-]*\s+){0,3}(?:Loans|Advances))\s+(?:described|provided\s+for)\s+in\s+"
    r"Section\s+[\d.]+(?:\([a-z]\))?\s+(?:hereof|of\s+this\s+Agreement)\b",
    reads="a definition that makes its term the facility of loans the agreement describes",
    matches=[
        passage(
            '"Term Credit" means the credit facility for the Term Loans described in Section 1.1 '
            "hereof.",
            term="Term Credit",
            loans="Term Loans",
        ),
    ],
    rejects=[
        '"Term Credit" means the credit facility for the Term Loans described in Section 2.1 of '
        "the Existing Credit Agreement.",
    ],
)


def names_facility_for(text: str, loans: str) -> bool:
    """Whether ``text`` defines a facility of its own by name for the loans termed ``loans``
    ("Term Loan" or "Term Loans")."""
    want = singular(" ".join(loans.split())).lower()
    return any(
        singular(" ".join(m["loans"].split())).lower() == want for m in FACILITY_FOR.finditer(text)
    )
