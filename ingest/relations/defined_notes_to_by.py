"""Notes a credit agreement defines by whom they are issued to before who issues them:
""Notes" shall mean those certain promissory notes in the aggregate principal amount of up to
$60,000,000; one such note issued to each of the Banks by the Borrower, ...", ""Term Notes"
means the promissory notes made and delivered to the Lenders by the Company".

The issuer ISSUES the notes, each holder HOLDS them and they are ISSUED_UNDER the agreement
that defines them (as :func:`.issuance.extract_defined_issued` reads the other order, "issued
by the Borrower to each Bank"); the aggregate principal amount the definition states is the
notes' amount where they are issued to one holder (one note to each of several banks makes the
aggregate no note's amount).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.instruments.terms import parse_amount
from ingest.records import PropValue
from ingest.relations.issuance import record_defined_issue
from ingest.relations.slots import parties_named
from ingest.rules import passage, rule

_DEFINED_TO_BY = rule(
    "relations.defined_notes.issued_to_by",
    r"^\W*[\"\u201c](?P<term>[^\"\u201c\u201d]{0,40}?(?P<noun>Note|Debenture|Bond)s?)[\"\u201d]"
    r"\s+(?:shall\s+)?means?\b(?P<body>[^.]{0,300}?)\b(?:issued|made|executed)"
    r"(?:\s+and\s+delivered)?\s+to\s+(?:each\s+of\s+the\s+|each\s+|the\s+)?"
    r"(?P<to>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    # "delivered to the Agent by the Borrower for the account of each Lender" (or "... and
    # payable to the order of a Lender"): the agent takes delivery for the lenders, it holds no
    # note (the clause's payee does)
    r"(?![\w-]*\s+(?:for\s+the\s+(?:account|benefit)\s+of|and\s+payable\s+to)\b)",
    reads="a definition of notes that names their holders, then their issuer: 'issued to each"
    " of the Banks by the Borrower'",
    matches=[
        passage(
            '"Notes" shall mean those certain promissory notes in the aggregate principal amount'
            " of up to $60,000,000; one such note issued to each of the Banks by the Borrower,"
            " each one in substantially the form of Exhibit A.",
            term="Notes",
            to="Banks",
            by="Borrower",
        ),
        passage(
            '"Term Notes" means the promissory notes made and delivered to the Lenders by the'
            " Company under Section 2.3.",
            term="Term Notes",
            to="Lenders",
            by="Company",
        ),
    ],
    rejects=[
        '"Notes" means the notes issued by the Borrower to the Banks.',
        '"Notes" means the notes referred to in Section 2.8, and any note delivered to an'
        " assignee.",
        '"Guaranty" means the guaranty issued to the Bank by the Parent.',
        '"Term Note" means a promissory note duly executed and delivered to the Agent by the'
        " Borrower for the account of each Lender and payable to the order of a Lender.",
        '"Note" means a promissory note, with appropriate insertions, duly executed and delivered'
        " to the Agent by the Company and payable to the order of a Bank in the amount of its"
        " Commitment.",
    ],
    mode="match",
)

#: "in the aggregate principal amount of up to $60,000,000": what the notes add up to.
_AGGREGATE = rule(
    "relations.defined_notes.aggregate_amount",
    r"\baggregate\s+(?:original\s+)?principal\s+amount\s+of\s+(?:up\s+to\s+)?(?P<amount>\$\s?\d[\d,.]*)",
    reads="the aggregate principal amount a definition of notes states",
    matches=[
        passage("in the aggregate principal amount of up to $60,000,000;", amount="$60,000,000")
    ],
    rejects=["the principal amount of each Advance"],
)


def extract_defined_notes_to_by(ctx: DocContext, lo: int, sentence: str) -> None:
    """The notes such a definition names, their issuer, holders and aggregate amount."""
    m = _DEFINED_TO_BY.match(sentence)
    if m is None:
        return
    extra: dict[str, PropValue] = {}
    total = _AGGREGATE.search(m["body"])
    found = parse_amount(total["amount"]) if total else None
    if found and len(parties_named(ctx, m["to"])) == 1:
        # one note to each of several banks: the aggregate is none of the notes' amount
        extra = {"amount": found[0], "currency": found[1]}
    record_defined_issue(ctx, lo, sentence, m, extra)
