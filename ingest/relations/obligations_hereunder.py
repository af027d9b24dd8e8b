"""A grant that secures both a named instrument and the grantor's obligations under the
agreement it stands in: "To secure the payment of the Note and the performance of the
Borrower's obligations hereunder, the Borrower hereby grants to the Authority a security
interest in ...". The Note is named; "hereunder" is the agreement itself, secured too.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: "the Borrower's obligations hereunder", "all liabilities of the Company under this
#: Agreement": the own agreement's obligations, beside a named note
OBLIGATIONS_HEREUNDER = rule(
    "relations.obligations_hereunder",
    r"(?i)\b(?:obligations|indebtedness|liabilities)\s+(?:(?:of|owing\s+by)\s+(?:the\s+)?"
    r"[A-Z][\w-]*\s+)?(?:hereunder|under\s+this\s+(?:Loan\s+|Credit\s+)?Agreement)\b",
    reads="the part of a grant's purpose clause that names the own agreement's obligations",
    matches=[
        passage(
            "the performance of the Borrower's obligations hereunder",
            match="obligations hereunder",
        ),
        passage(
            "all liabilities of the Company under this Agreement and the Notes",
            match="liabilities of the Company under this Agreement",
        ),
    ],
    rejects=["the obligations under the Note", "its obligations thereunder"],
)
