"""The loans a syndicated credit agreement defines as what each lender advances to the borrower:
""Advance" means an advance by a Lender to the Borrower as part of a Borrowing", ""Revolving
Loan" means a loan made by a Lender to the Company pursuant to Section 2.01". The term names
the agreement's credit facility, ISSUED_UNDER it, with the amount its recitals give the
facility ("a revolving credit facility in the amount of $250,000,000") and the day its
maturity or termination date definition opens on.

Exists because the lending sentence of these agreements ("each Lender severally agrees ... to
make Advances to the Borrower") defines no term, and their definitions list names no
"Facility": the definition of the advance is the one place that says what is lent, by whom and
to whom. Read only where the advance is made "by a Lender" (one of a syndicate; a single
bank's "Loan ... made by the Bank" is left to the single-lender readers), where the own
agreement (not an amendment) has no facility yet, and where one term is defined so (two, such
as revolving and competitive advances, are left alone).
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.rules import passage, rule

_ADVANCE_DEFINITION = rule(
    "instruments.advance_definition",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,2}(?:Advances?|Loans?|ADVANCES?|LOANS?))[\"\u201d]\s*"
    r"(?:means|shall\s+mean)\s+(?:(?:an?|each)\s+(?:(?:revolving|credit|term|cash)\s+){0,2}"
    r"(?:advance|loan)\s+(?:made\s+)?by\s+(?:a|each|any)\s+(?:Lender|Bank)"
    # the loans of the whole syndicate: "the loans made by the Lenders to the Borrower"
    r"|the\s+(?:advances|loans)\s+made\s+by\s+the\s+(?:Lenders|Banks))\s+to\s+"
    r"(?:or\s+for\s+the\s+(?:benefit|account)\s+of\s+)?(?:the|any)\s+(?:Borrower|Company)s?\b",
    reads="a definition of the advance (or loan) each lender makes to the borrower: the term "
    "that names the facility",
    matches=[
        passage(
            "\u201cAdvance\u201d means an advance by a Lender to the Borrower as part of a "
            "Borrowing and refers to a Base Rate Advance or a LIBOR Advance.",
            term="Advance",
        ),
        passage(
            '"Revolving Loan" means a loan made by a Lender to the Company pursuant to Section '
            "2.01.",
            term="Revolving Loan",
        ),
        passage(
            '"Advance" means an advance by a Bank to or for the benefit of the Borrower as part '
            "of a Borrowing.",
            term="Advance",
        ),
        # the syndicate's loans together, in a definitions article set in capitals or not
        passage(
            '"LOANS" means the loans made by the Lenders to the Borrower pursuant to this '
            "Agreement.",
            term="LOANS",
        ),
        passage(
            '"Advances" means the advances made by the Banks to the Company under Article II.',
            term="Advances",
        ),
    ],
    rejects=[
        # what the borrower lends, not what it borrows
        '"Intercompany Loan" means a loan by the Borrower to a Subsidiary.',
        # a lender's share of something else
        '"Swing Advance" means an advance by the Swing Bank to the Borrower.',
        '"Loan Documents" means this Agreement and the Notes.',
        # one bank's loans: the single-lender readers' business
        '"Loan" means a loan made by the Bank to the Borrower pursuant to this Agreement.',
        '"Loans" means the loans made by the Bank to the Borrower pursuant to this Agreement.',
        '"LOANS" means the loans made by the Borrower to its Subsidiaries.',
    ],
)

#: the facility the recitals establish and its amount: "the Lenders establish a revolving
#: credit and letter of credit facility in the amount of $180,000,000", "a credit facility in an
#: aggregate principal amount of up to $75,000,000"
_RECITED_FACILITY = rule(
    "instruments.recited_facility_amount",
    r"(?i)\b(?:credit|loan|lending)\s+facilit(?:y|ies)\s+(?:in\s+(?:the|an)\s+(?:aggregate\s+)?"
    r"(?:principal\s+)?amount\s+of\s+(?:up\s+to\s+)?|of\s+(?:up\s+to\s+)?)(?=\$|U\.?S\.?\s*\$)",
    reads="the facility the recitals establish, right before its amount",
    matches=[
        passage(
            "has requested that the Banks establish a revolving credit and letter of credit "
            "facility in the amount of $250,000,000 in favor of the Borrower",
            match="credit facility in the amount of ",
        ),
        passage(
            "to provide a credit facility in an aggregate principal amount of up to $75,000,000",
            match="credit facility in an aggregate principal amount of up to ",
        ),
    ],
    rejects=[
        "a credit facility in the amount set forth on Schedule I",
        "any credit facility of the Borrower with other lenders",
    ],
)


#: what the lenders commit in all on the first day, where a definition of the commitment
#: states it: "The initial aggregate amount of the Lenders' Commitments is $500,000,000"
_INITIAL_TOTAL = rule(
    "instruments.initial_commitments_total",
    r"(?i)\binitial\s+aggregate\s+amount\s+of\s+(?:the\s+)?(?:Lenders|Banks)['\u2019]\s+"
    r"Commitments\s+(?:is|shall\s+be|equals)\s+(?=\$|U\.?S\.?\s*\$)",
    reads="the lenders' commitments together on the first day, right before the amount",
    matches=[
        passage(
            "The initial aggregate amount of the Lenders' Commitments is $350,000,000.",
            match="initial aggregate amount of the Lenders' Commitments is ",
        ),
        passage(
            "the initial aggregate amount of the Banks\u2019 Commitments shall be $75,000,000",
            match="initial aggregate amount of the Banks\u2019 Commitments shall be ",
        ),
    ],
    rejects=[
        "The initial amount of each Lender's Commitment is set forth on the Commitment Schedule",
        "the initial aggregate amount of the Lenders' Term Loan Commitments is $100,000,000",
    ],
)


def advance_definitions(ctx: DocContext) -> None:
    """The one facility the definition of the lenders' advances names, ISSUED_UNDER the own
    agreement (not an amendment) that has no facility yet; evidence: the definition."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int]] = {}
    for m in _ADVANCE_DEFINITION.finditer(text):
        found.setdefault(" ".join(m["term"].split()), clause_span(ctx, m.start(), m.end()))
    if len(found) != 1:
        return
    ((term, (lo, hi)),) = found.items()
    term = term.title() if term.isupper() else term  # "LOANS": the facility's name is "Loans"
    if any(ctx.collector.get(r) for r in ctx.lookup(term)):
        return
    recited = [
        found_amounts[0]
        for m in _RECITED_FACILITY.finditer(text, 0, lo)
        if (found_amounts := find_amounts(text, m.end(), m.end() + 40))
    ]
    if not recited:
        # no recital sizes the facility: the commitments' first total does
        recited = [
            found_amounts[0]
            for m in _INITIAL_TOTAL.finditer(text)
            if (found_amounts := find_amounts(text, m.end(), m.end() + 40))
        ]
    one = len({(a.value, a.currency) for a in recited}) == 1
    amount = recited[0] if one else None
    add_credit_facility(ctx, term, ctx.span(lo, hi), amount, facility_maturity(text, term), own)
