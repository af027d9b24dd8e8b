"""The label a signature page carries at its foot or head, on a line of its own and without
brackets: "Signature Page to Acme Tool, Inc. Credit Agreement". It names the document (often
by its borrower's name), never a company that signs a block there. (A label in brackets or in
a parenthesis is read where the block reader meets "[" and "(".)
"""

from __future__ import annotations

import re

from ingest.rules import rule

PAGE_LABEL = rule(
    "signatures.page_label",
    r"(?:counterpart\s+)?signature\s+pages?\s+(?:to|of|for)\s+[^\n]{0,150}?"
    r"\b(?:agreement|amendment|note|guarant(?:y|ee)|waiver|consent|indenture|supplement"
    r"|joinder)s?\s*$",
    re.IGNORECASE,
    reads="a line of the signature pages: the page's label, which names the document",
    matches=[
        "Signature Page to Larkspur Systems, Inc. Credit Agreement",
        "SIGNATURE PAGE TO FIRST AMENDMENT TO LOAN AGREEMENT",
        "Counterpart Signature Page to Halvern Foods, LLC Guaranty",
    ],
    rejects=[
        "Signature Page to Credit Agreement ACME BANK, as Lender",
        "The signature pages to this Agreement may be delivered by telecopy.",
        "SIGNATURE PAGE",
    ],
    mode="match",
)


def page_label(line: str) -> bool:
    """Whether a line of the signature pages (stripped) is only a page's label."""
    return PAGE_LABEL.match(line) is not None
