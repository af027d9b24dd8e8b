"""A signature page's footer that names the page but no signer: "LOAN AGREEMENT" / "ACME
REALTY COMPANY" / "SIGNATURE PAGE 58". The company it names (the borrower, to tell the pages
apart) signs no block there; read as a company line it would take the caption above it
("BANKS:") as its role.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_FOOTER_LINE = rule(
    "signatures.page_footer_line",
    r"(?i)signature\s+page\s+(?:no\.?\s*)?\d+(?:\s+of\s+\d+)?[ \t]*",
    reads="the last line of a signature page's footer, numbered: 'SIGNATURE PAGE 58', 'Signature"
    " Page 2 of 4' (a 'Signature Page to ...' line heads a page as often as it ends one)",
    matches=[passage("SIGNATURE PAGE 58"), passage("Signature Page 2 of 4")],
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
