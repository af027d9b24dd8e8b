"""New values stated without quotes: "the Revolving Commitment ... is increased from
$10,000,000 to $15,000,000", "The Exercise Price ... is hereby reduced to $1.50 per share",
"the Maturity Date is extended to June 30, 2024". The new wording is the value after "to": an
amount, a rate or a date, exactly as written.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)

#: The value itself: an amount (per unit of what it prices), a rate, a date.
_VALUE = (
    r"(?P<value>\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+per\s+(?:share|annum|month|year|unit))?"
    r"|\d{1,3}(?:\.\d+)?\s?%(?:\s+per\s+annum)?"
    rf"|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}})(?![\d,]*\d)"
)

UNQUOTED_VALUE = rule(
    "changes.unquoted_value",
    r"\b(?:increased|reduced|decreased|changed|extended|amended|lowered|raised)"
    r"(?:\s+from\s+[^;\"“”]{1,40}?)?\s+(?:to|until|through)\s+" + _VALUE,
    reads="an operation that sets a provision to a value it does not quote: the new value",
    matches=[
        passage("is increased from $10,000,000 to $15,000,000.", value="$15,000,000"),
        passage("is hereby reduced to $1.50 per share.", value="$1.50 per share"),
        passage("shall be extended to June 30, 2024, and", value="June 30, 2024"),
        passage("is changed from 6.50% to 7.25% per annum", value="7.25% per annum"),
        passage("is hereby increased to $275,000, effective as of", value="$275,000"),
    ],
    rejects=[
        "is extended to the next Business Day",
        'is changed to "$5,000,000"',
        "increased by $500,000",
    ],
)

#: A commercial contract's amendment often states the new value of a term a provision holds
#: without a verb of amending: "The Purchase Price in Exhibit A shall be $12.50 per unit",
#: "the Royalty Rate under Section 4.2 shall hereafter be 6%". The phrase is operative only
#: after the provision it names (see :func:`ingest.changes.operations`' passive subjects).
VALUE_STATED = rule(
    "changes.value_stated",
    r"\b(?:shall|will)\s+(?:hereafter\s+|henceforth\s+|now\s+|thereafter\s+)?be\s+" + _VALUE,
    reads="an amendment's sentence about a provision named before it: the value the term it "
    "holds shall have from now on",
    matches=[
        passage("shall be $12.50 per unit for all Products", value="$12.50 per unit"),
        passage("shall hereafter be 6.5% of Net Sales", value="6.5%"),
        passage("will now be March 31, 2019.", value="March 31, 2019"),
    ],
    rejects=[
        "shall be payable in arrears",
        "shall be deemed to be $5,000",
        "shall be the greater of $1.00 and",
        "shall be 30 days after",
    ],
)


#: A section amended "so that" (or "to provide that") a term it holds "is" a value: "shall be
#: amended ... so that the Minimum Annual Purchase for each year is $2,000,000".
VALUE_PROVIDED = rule(
    "changes.value_provided",
    # (the value may stand in quotes: 'so that the Exercise Price stated therein is "$0.85"')
    r"\b(?:so\s+that|to\s+provide\s+that)\s[^;:]{0,150}?\b(?:is|are)\s+[\"“]?" + _VALUE,
    reads="an operation that amends a provision so that a term it holds has a value: the value",
    matches=[
        passage(
            "amended so that the Minimum Annual Purchase for each year is $2,000,000.",
            value="$2,000,000",
        ),
        passage("amended to provide that the Royalty Rate is 4.5% of Net Sales", value="4.5%"),
        passage('so that the Exercise Price stated therein is "$0.85" per share', value="$0.85"),
    ],
    rejects=[
        "amended so that the Minimum Annual Purchase is reduced by $500",
        "amended so that the Borrower is a guarantor",
    ],
)


def unquoted_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the unquoted value an operation between ``start`` and ``end`` sets."""
    m = (
        UNQUOTED_VALUE.search(text, start, end)
        or VALUE_STATED.search(text, start, end)
        or VALUE_PROVIDED.search(text, start, end)
    )
    return m.span("value") if m else None
