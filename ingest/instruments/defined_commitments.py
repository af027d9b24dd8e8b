"""A credit facility an agreement defines as its lender's obligation to lend: ""Revolving
Commitment" means the obligation hereunder of Lender, during the Commitment Period, to make
Revolving Loans up to the Maximum Amount", ""Loan Commitment" shall mean the commitment of
Lender under the Agreement to extend a senior secured revolving line of credit to Borrower in
the total amount of ...", "The obligation of the Bank to make Advances
hereunder up to such limit is hereinafter referred to as the "Commitment"".

The commitment is the facility the agreement makes available (a credit facility ISSUED_UNDER
it). Read only where one lender (or the lenders together, "the Banks") is named: a
syndicated agreement's "Commitment" ("as to each Lender, its obligation ...") is each
lender's share, not one facility.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.lines_of_credit import last_day, term_amount
from ingest.instruments.refs import add_credit_facility, clause_span
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.rules import passage, rule

#: the lender whose obligation it is: the one lender, or the lenders together ("the Banks")
_LENDER = r"Lenders?|Banks?|LENDERS?|BANKS?"
#: the loans the obligation is to make, and where it may go before them ("Section 2.7(b)");
#: or the line of credit it is to extend ("to extend a senior secured revolving line of credit"),
#: or the funds it is to advance ("to advance to the Borrower funds")
_TO_MAKE = (
    r"(?:[^.;]|\.\d)*?\b(?:make\s+(?:[\w-]+\s+){0,2}(?:Loans?|Advances?)\b"
    r"|extend\s+(?:to\s+(?:the\s+)?[A-Z][\w-]*\s+)?an?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:line\s+of\s+credit|credit\s+facility)\b"
    # "to advance to the Borrower funds in an amount not to exceed ..."
    r"|advance\s+(?:to\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?:funds|monies|money)\b)"
)

_MEANS_OBLIGATION = rule(
    "instruments.commitment_means_obligation",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Commitment|COMMITMENT))[\"\u201d]\s+"
    r"(?:shall\s+)?means?\s+"
    r"the\s+(?:obligation|commitment)\s+(?:hereunder\s+)?of\s+(?:the\s+)?(?P<lender>"
    + _LENDER
    + r")\b"
    + _TO_MAKE,
    reads="a definition of a commitment as the lender's obligation to make loans",
    matches=[
        passage(
            '"Revolving Commitment" means the obligation hereunder of Lender, during the '
            "Commitment Period, to make Revolving Loans up to the Maximum Amount.",
            term="Revolving Commitment",
            lender="Lender",
        ),
        passage(
            '"Commitment" means the commitment of the Bank to make Advances. The initial amount',
            term="Commitment",
            lender="Bank",
        ),
        passage(
            '"TRANCHE B COMMITMENT" shall mean the obligation of the Lender to make Tranche B'
            " Loans to the Company in an aggregate principal amount up to $2,750,000.",
            term="TRANCHE B COMMITMENT",
            lender="Lender",
        ),
        passage(
            '"Credit Commitment" shall mean the commitment of Bank under this Agreement to extend '
            "a secured revolving line of credit to Borrower in the amount of $9,000,000.",
            term="Credit Commitment",
            lender="Bank",
        ),
        passage(
            '"REVOLVING COMMITMENT" means the obligation of the Bank, subject to the provisions '
            "of this Agreement, to advance to the Borrower funds in an amount not to exceed the "
            "Borrowing Base.",
            term="REVOLVING COMMITMENT",
            lender="Bank",
        ),
    ],
    rejects=[
        '"Commitment" means, as to each Lender, its obligation to make Loans to the Borrower.',
        '"Commitment" means, as to each Lender, its commitment to make Loans to the Borrower.',
        '"Commitment Fee" means the fee payable under Section 2.5.',
        '"Commitment" means the commitment of the Bank to extend the maturity of the Loans.',
    ],
)
_REFERRED_TO_AS = rule(
    "instruments.obligation_referred_to_as_commitment",
    r"\b[Tt]he\s+obligation\s+of\s+(?:the\s+)?(?P<lender>"
    + _LENDER
    + r")\s+to\b"
    + _TO_MAKE
    + r"(?:[^.;]|\.\d){0,200}?\bis\s+(?:hereinafter\s+|herein\s+)?referred\s+to\s+(?:herein\s+)?"
    r"as\s+the\s+[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}Commitment)[\"\u201d]",
    reads="a sentence that names the lender's obligation to make loans a commitment",
    matches=[
        passage(
            "The obligation of the Bank to make Advances hereunder up to such limit, as it may be "
            'reduced under Section 2.7(b), is hereinafter referred to as the "Commitment".',
            lender="Bank",
            term="Commitment",
        ),
    ],
    rejects=[
        "The obligation of the Bank to make Advances is subject to the conditions of Article IV.",
    ],
)
#: the last day of the commitment, where the text gives it by the term: "the Commitment shall
#: expire ... on June 30, 2001", ""Revolving Commitment Period" means the period from the
#: Closing Date to October 24, 2008", ""Commitment Termination Date" shall mean March 31, 2007"
_EXPIRES = rule(
    "instruments.commitment_expires_on",
    r"\b[Tt]he\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}Commitment)\s+(?:shall|will)\s+(?:expire|terminate)"
    rf"\b[^.;]{{0,80}}?\bon\s+(?P<date>{DATE})"
    r"|[\"\u201c](?P<term2>(?:[A-Z][\w-]*\s+){0,3}Commitment)\s+Period[\"\u201d]\s+(?:shall\s+)?"
    rf"means?\s+the\s+period\s+from\s+[^.;]{{0,60}}?\bto\s+(?:and\s+including\s+)?(?P<date2>{DATE})"
    r"|[\"\u201c](?P<term3>(?:[A-Z][\w-]*\s+){0,3}Commitment)\s+(?:Termination|Expiration)\s+Date"
    rf"[\"\u201d]\s+(?:shall\s+)?means?\s+(?P<date3>{DATE})",
    reads="the day a commitment the agreement names ends",
    matches=[
        passage(
            "the Commitment shall expire of its own term, and without the necessity of action by "
            "the Bank, on June 30, 2001.",
            term="Commitment",
            date="June 30, 2001",
        ),
        passage(
            '"Revolving Commitment Period" means the period from the Closing Date to October 24, '
            "2008, or such earlier date",
            term2="Revolving Commitment",
            date2="October 24, 2008",
        ),
        passage(
            '"Commitment Termination Date" shall mean March 31, 2007.',
            term3="Commitment",
            date3="March 31, 2007",
        ),
    ],
    rejects=[
        "the Commitment shall not expire before the Maturity Date",
        '"Commitment Fee" means the fee payable on June 30, 2001',
    ],
)
#: the amount a sentence after the definition states: "The initial amount of the Lender's
#: Commitment is $300,000,000", "The aggregate amount of the Commitment shall be $5,000,000"
_AMOUNT_IS = rule(
    "instruments.commitment_amount_is",
    r"\s*[Tt]he\s+(?:(?:initial|aggregate|maximum|total)\s+){0,2}(?:principal\s+)?amount\s+of\s+"
    r"(?:the\s+)?(?:(?:Lender|Bank)[\u2019']s\s+)?(?P<term>(?:[A-Z][\w-]*\s+){0,3}Commitment)\s+"
    r"(?:is|shall\s+be|equals)\s+(?P<amount>\$\s?[\d,]+(?:\.\d+)?)",
    reads="the sentence after a commitment's definition that states its amount",
    matches=[
        passage(
            "The initial amount of the Bank\u2019s Commitment is $45,000,000.",
            term="Commitment",
            amount="$45,000,000",
        ),
        passage(
            " The aggregate amount of the Revolving Commitment shall be $8,250,000 on the",
            term="Revolving Commitment",
            amount="$8,250,000",
        ),
    ],
    rejects=["The amount of each Lender\u2019s Commitment is set forth on Schedule 2.01."],
)
#: "up to such limits": the amount is the one the paragraph stated before
_SUCH_LIMIT = re.compile(r"\bsuch\s+(?:limits?|amount|maximum)\b", re.I)


def defined_commitments(ctx: DocContext) -> None:
    """The commitment the own agreement defines as its lender's obligation to lend: a credit
    facility with its amount and last day, ISSUED_UNDER the agreement (evidence: the clause)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or own.props.get("kind") == "amendment":
        return
    text = ctx.text
    for pattern in (_MEANS_OBLIGATION, _REFERRED_TO_AS):
        for m in pattern.finditer(text):
            term = " ".join(m["term"].split())
            if ctx.lookup(term):
                continue
            lo, hi = clause_span(ctx, m.start(), m.end())
            stops = [i for i in (text.find(s, m.end()) for s in (". ", ".\n", "\n\n")) if i >= 0]
            clause = text[m.start() : min(stops, default=len(text))]
            amounts = find_amounts(clause) or term_amount(text, clause)
            if not amounts:
                amounts = _stated_amount(text, min(stops, default=len(text)), term)
            if not amounts and _SUCH_LIMIT.search(clause):
                paragraph = max(0, text.rfind("\n\n", 0, m.start()))
                amounts = find_amounts(text, paragraph, m.start())[-1:]
            if amounts and (same := _same_facility(ctx, amounts[-1].plain)):
                # "the Loans ... not exceeding the amount of the Commitment": one facility
                ctx.collector.add(same, "Instrument", ctx.span(m.start(), m.end()), {}, (term,))
                ctx.define(term, same)
                continue
            evidence = ctx.span(min(lo, m.start()), max(hi, m.end()))
            amount = amounts[-1] if amounts else None
            maturity = _expiry(text, term) or last_day(text)
            add_credit_facility(ctx, term, evidence, amount, maturity, str(ctx.self_ref))


def _same_facility(ctx: DocContext, amount: PropValue) -> str | None:
    """The facility already read from the lending clause with the commitment's amount (the
    loans that clause caps by the commitment): the commitment is that facility's other name."""
    return next(
        (
            ref
            for ref, e in ctx.collector.entities.items()
            if e.label == "Instrument"
            and e.props.get("kind") == "credit_facility"
            and e.props.get("amount") == amount
        ),
        None,
    )


def _stated_amount(text: str, end: int, term: str) -> list[Amount]:
    """The amount the sentence right after the definition states for ``term`` (``_AMOUNT_IS``)."""
    m = _AMOUNT_IS.match(text, end + 1, end + 200)  # the amount stands early in that sentence
    if m is None or " ".join(m["term"].split()) != term:
        return []
    return find_amounts(m["amount"])[:1]


def _expiry(text: str, term: str) -> str | None:
    """The one day the text says the commitment ``term`` ends on (see ``_EXPIRES``)."""
    days = {
        parse_date(m["date"] or m["date2"] or m["date3"])
        for m in _EXPIRES.finditer(text)
        if " ".join((m["term"] or m["term2"] or m["term3"]).split()) == term
    }
    days.discard(None)
    return days.pop() if len(days) == 1 else None
