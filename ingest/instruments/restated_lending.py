"""Whether a lending clause of an amendment stands in the new wording of a section of the
agreement it amends: "Section 2.1 of the Credit Agreement is amended and restated to read as
follows: 2.1 Revolving Credit Commitment. ... Bank will make loans (collectively, the
"Revolving Loans") ... not to exceed Forty Million Dollars ($40,000,000)".

Exists because an amendment's own lending words are read nowhere else: the loans it defines
are made under the agreement it amends, and where they stand in that agreement's restated
section, that section states their facility (its amount, its last day) as amended. A lending
clause elsewhere in an amendment (a recital of what the agreement provided, a condition) is
left to the agreement's own text.
"""

from __future__ import annotations

from ingest.rules import rule

#: an instruction that restates a part of the amended agreement, up to its colon
_RESTATING = rule(
    "instruments.restating_instruction",
    r"(?i)\b(?:amended\s+and\s+restated|amended|restated|deleted|replaced)\b[^.:;]{0,80}?"
    r"\b(?:(?:to\s+read\s+)?(?:in\s+(?:its|their)\s+entirety\s+)?as\s+follows"
    r"|(?:with|by)\s+the\s+following)\s*:",
    reads="an amendment's instruction that restates a section of the agreement it amends",
    matches=[
        "Section 2.1 of the Credit Agreement is amended and restated to read as follows:",
        "Section 2.01 of the Loan Agreement is hereby amended to read in its entirety as follows:",
        "Section 2.2 is hereby deleted in its entirety and replaced with the following:",
    ],
    rejects=[
        "Section 2.1 of the Credit Agreement is amended as set forth below.",
        "The Lender agrees to make loans as follows: first, a term loan; second, advances.",
    ],
)
#: how far before the lending clause the instruction's colon may stand: the clause opens the
#: restated section (its heading and first sentence), not a later part of it
_REACH = 600


def in_restated_section(text: str, clause_start: int) -> bool:
    """Whether the clause starting at ``clause_start`` opens the new wording an instruction
    of the amendment gives a section of the amended agreement."""
    return _RESTATING.search(text, max(0, clause_start - _REACH), clause_start) is not None
