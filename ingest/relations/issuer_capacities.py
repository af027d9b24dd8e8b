"""The bank a credit agreement defines as its issuer of letters of credit by capacity: ""Issuing
Bank" means Acme Bank, in its capacity as the issuer of Letters of Credit hereunder". The bank
ISSUES the agreement's "Letters of Credit", ISSUED_UNDER it.

Exists because agreements of this form define the letters of credit without an issuer
(""Letter of Credit" means any letter of credit issued pursuant to this Agreement") and
provide for them by request ("the Borrower may request the issuance of Letters of Credit"):
the issuer is named only in its role's definition, which
:mod:`ingest.relations.letters_of_credit` and :mod:`.defined_letters_of_credit` do not read.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.letters_of_credit import relate_letters_of_credit
from ingest.relations.slots import parties_named
from ingest.rules import passage, rule

_CAPACITY = rule(
    "relations.issuer_capacity",
    r"^\W*[\"\u201c](?i:issuing\s+(?:bank|lender)|(?:l/?c|lc)\s+issuer|issuer)[\"\u201d]\s+"
    r"(?:shall\s+)?means?\s+(?:(?i:the)\s+)?"
    r"(?P<by>[A-Z][\w&'\u2019.-]*(?:,?\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'\u2019.-]*){0,8}),?\s+"
    r"(?:in\s+its\s+capacity\s+)?as\s+(?:the\s+)?issuer\s+of\s+(?:the\s+|any\s+)?"
    r"(?i:letters?\s+of\s+credit)\b",
    reads="a definition of the issuing bank by its capacity: the issuer of the letters of credit",
    matches=[
        passage(
            '"Issuing Bank" means Larkspur National Bank, in its capacity as the issuer of '
            "Letters of Credit hereunder, and its successors in such capacity.",
            by="Larkspur National Bank",
        ),
        passage(
            '"ISSUING BANK" means The Fenwick Trust Company, in its capacity as issuer of the '
            "Letters of Credit.",
            by="Fenwick Trust Company",
        ),
        passage(
            "\u201cL/C Issuer\u201d means Orrin Bank, N.A., as issuer of Letters of Credit.",
            by="Orrin Bank, N.A.",
        ),
    ],
    rejects=[
        '"Issuing Bank" means any Lender that issues a Letter of Credit at the request of the '
        "Borrower.",
        '"Letter of Credit" means any letter of credit issued pursuant to this Agreement.',
        '"Swingline Lender" means Larkspur National Bank, in its capacity as lender of '
        "Swingline Loans hereunder.",
    ],
    mode="search",
)


def extract_issuer_capacity(ctx: DocContext, lo: int, sentence: str) -> None:
    """The issuing bank a definition names by its capacity ISSUES the agreement's letters of
    credit, ISSUED_UNDER it. Evidence: the definition."""
    m = _CAPACITY.search(sentence)
    if m is None:
        return
    issuers = parties_named(ctx, m["by"].rstrip(",."))
    if len(issuers) == 1:
        relate_letters_of_credit(ctx, lo, sentence, issuers[0], True)
