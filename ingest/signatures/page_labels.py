"""The marks a signature page carries at its foot or head, never a block of their own:
- a label on a line of its own and without brackets, "Signature Page to Acme Tool, Inc.
  Credit Agreement", which names the document (often by its borrower's name), never a company
  that signs a block there (a label in brackets or in a parenthesis is read where the block
  reader meets "[" and "(");
- a footer that names the page but no signer ("LOAN AGREEMENT" / "ACME REALTY COMPANY" /
  "SIGNATURE PAGE 58", or "Acme Realty Company" / "First Amendment to Credit Agreement" /
  "Signature Page"): the company it names (the borrower, to tell the pages apart) signs no
  block there; read as a company line it would take the caption above it ("BANKS:") as its
  role.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

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


_FOOTER_LINE = rule(
    "signatures.page_footer_line",
    r"(?i)signature\s+page(?:\s+(?:no\.?\s*)?\d+(?:\s+of\s+\d+)?)?[ \t]*",
    reads="the last line of a signature page's footer, numbered or not: 'SIGNATURE PAGE 58',"
    " 'Signature Page 2 of 4', the 'Signature Page' under 'Acme Holdings, Inc.' / 'First"
    " Amendment to Credit Agreement' (a 'Signature Page to ...' line heads a page as often as"
    " it ends one)",
    matches=[
        passage("SIGNATURE PAGE 58"),
        passage("Signature Page 2 of 4"),
        passage("Signature Page"),
    ],
    rejects=[
        "SIGNATURE PAGES FOLLOW",
        "the signature page of each Lender",
        "SIGNATURES",
        "Signature Page to Loan Agreement",
    ],
    mode="fullmatch",
)


def footer_line(line: str) -> bool:
    """Whether a line of the signature pages closes a page's footer ("SIGNATURE PAGE 58")."""
    return _FOOTER_LINE.fullmatch(line.strip()) is not None


#: The heading of the page listing the schedules or exhibits that follows the signature pages
#: ("LIST OF SCHEDULES", "Index of Exhibits"): the blocks have ended there, and its lines
#: ("Schedule I  Commitment Percentages, Designated Lenders") are no signer's name and title.
_ATTACHMENT_LIST = rule(
    "signatures.attachment_list_heading",
    r"(?i)(?:list|index|table)\s+of\s+(?:schedules|exhibits|annexes|attachments)"
    r"(?:\s+and\s+(?:schedules|exhibits|annexes))?\s*:?$",
    reads="a line of its own after the signature blocks: the list of schedules or exhibits",
    mode="match",
    matches=["LIST OF SCHEDULES", "Index of Exhibits", "LIST OF EXHIBITS AND SCHEDULES"],
    rejects=["List of Lenders", "Schedule I  Commitment Percentages", "LIST OF SCHEDULES TO BE"],
)


def attachment_list_heading(line: str) -> bool:
    """Whether a signature page's line is the heading of the list of schedules or exhibits."""
    return bool(_ATTACHMENT_LIST.match(line.strip()))
