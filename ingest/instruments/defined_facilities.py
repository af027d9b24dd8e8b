"""The credit facility an agreement names by a term that no lending sentence defines: the
definition that says what the term is (""Facility" means a credit facility in the aggregate
principal amount of CAD 7,305,471 to be extended to the Borrower by the Lender"), or the
sentence that provides "a credit facility (the "Loan")" and states its limit further on in
its paragraph ("... shall not exceed ... ($2,000,000.00)").

Exists because :mod:`ingest.instruments.lines_of_credit` reads a facility only where the
term itself says "Line of Credit" or "Credit Facility", or where the sentence defining a
"Loan" has lending words ("agrees to make advances"); project-finance and bank-form
agreements write the facility as a definition or as "provide ... a credit facility" and put
the amount elsewhere. The facility is a credit facility ISSUED_UNDER the own agreement, read
only where that agreement (not an amendment) has no facility yet.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.commitment_totals import COMMITMENTS_AGGREGATE
from ingest.instruments.facility_for_loans import FACILITY_FOR
from ingest.instruments.lines_of_credit import last_day, term_amount
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.references.titles import DATE
from ingest.rules import passage, rule

_FACILITY_NOUN = (
    r"(?:a|an)\s+(?:(?:non-)?(?:revolving|term|secured|unsecured|committed|demand|single|"
    r"multiple|draw|advance|construction|project)[\s-]+){0,3}(?:credit|loan|lending)\s+facility"
)
_TERM = r"(?:[A-Z][\w-]*\s+){0,3}(?:Facility|Loans?|FACILITY|LOANS?)"

#: a definition that makes its term a credit facility: ""Facility" means a credit facility in
#: the aggregate principal amount of ...", "“Term Facility” shall mean a term loan facility of
#: up to $8,000,000"
_DEFINITION = rule(
    "instruments.facility_definition",
    rf"[\"\u201c](?P<term>{_TERM})[\"\u201d]\s*(?:means|shall\s+mean|is)\s+{_FACILITY_NOUN}\b",
    reads="a definition that makes its term a credit facility (its amount follows)",
    matches=[
        passage(
            '"Facility" means a credit facility in the aggregate principal amount of '
            "CAD 4,250,000 to be made available to the Borrower",
            term="Facility",
        ),
        passage(
            "“Term Facility” shall mean a term loan facility of up to $8,000,000",
            term="Term Facility",
        ),
    ],
    rejects=[
        '"Facility Office" means the office of a Lender',
        '"Loans" means the loans made under any credit facility',
        '"Facility" means the credit facility described in the Existing Agreement',
    ],
)

#: the sentence that provides the facility and defines it by a loan term: "Bank hereby agrees
#: to provide to Borrower a credit facility (the "Loan")", "the Lender shall make available a
#: revolving credit facility (the "Revolving Loans")"
_PROVIDED = rule(
    "instruments.provided_facility",
    rf"\b(?:provide|make\s+available|extend|establish)\b(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*)?\s+"
    rf"(?:{_FACILITY_NOUN}|a\s+revolving\s+credit)"
    rf"(?:\s+(?:available\s+)?to\s+(?:the\s+)?[A-Z][\w-]*)?\s*\(\s*(?:the\s+)?"
    rf"[\"\u201c](?P<term>{_TERM}|Revolving\s+Credit)[\"\u201d]\s*\)",
    reads="the sentence that provides a credit facility and defines it by a loan term",
    matches=[
        passage(
            'Bank hereby agrees to provide to Borrower a credit facility (the "Loan").',
            term="Loan",
        ),
        passage(
            "the Lender shall make available a revolving credit facility (the “Revolving Loans”)",
            term="Revolving Loans",
        ),
        passage(
            'the Bank will extend a term loan facility to Borrower ("Term Loan")',
            term="Term Loan",
        ),
        passage(
            "the Lender agrees to extend a revolving credit (the “Revolving Credit”) to the",
            term="Revolving Credit",
        ),
    ],
    rejects=[
        'Bank hereby agrees to provide to Borrower a credit facility (the "Loan Documents")',
        'the prior lender provided the facility (the "Loan")',
        'the Bank may extend a revolving credit (the "Credit Documents")',
    ],
)

#: a definition that makes its term the facility the agreement itself provides, its limit in
#: the lending section: ""Revolving Credit" shall mean the revolving credit facility provided
#: by Bank to Company under Section 2 of this Agreement"
_PROVIDED_DEFINITION = rule(
    "instruments.provided_facility_definition",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Credit|Facility|Loans?)"
    r"|(?:[A-Z][\w-]*\s+){0,2}Line\s+of\s+Credit)[\"\u201d]\s*"
    # "the revolving/term credit facility": a facility revolving, then termed out
    r"(?:means|shall\s+mean)\s+the\s+(?:(?:revolving|term|secured|unsecured|committed)[\s/-]+){0,3}"
    # a bank form's "line of credit established by Lender for Borrower under Section 2"
    r"(?:(?:credit|loan|lending)\s+facility|line\s+of\s+credit|credit\s+line)\s+"
    r"(?:provided|made\s+available|extended|established)"
    # "established pursuant to Article II hereof": the parties may go unsaid
    r"\s+(?:(?:by|to|for)\s+(?:the\s+)?[A-Z][\w-]*\s+){0,2}(?:under|pursuant\s+to)\s+"
    r"(?:(?:Section|Article)\s+[\w()]+(?:\.[\w()]+)*(?![\w(]|\.\w)(?!\s+of\s+(?:the|that)\s)"
    r"|this\s+Agreement)",
    reads="a definition that makes its term the facility the agreement's own lending section "
    "provides (its limit stands there)",
    matches=[
        passage(
            '"Revolving Credit" shall mean the revolving credit facility provided by Bank to '
            "Company under Section 2 of this Agreement.",
            term="Revolving Credit",
        ),
        passage(
            "\u201cTerm Facility\u201d means the term loan facility extended by the Lender to "
            "the Borrower pursuant to Article II.",
            term="Term Facility",
        ),
        passage(
            '"Loan Facility" means the revolving/term credit facility established pursuant to '
            "Article III hereof.",
            term="Loan Facility",
        ),
        passage(
            '"Line of Credit" means the revolving line of credit established by Lender for '
            "Borrower under Section 2 of this Agreement.",
            term="Line of Credit",
        ),
        passage(
            "“Revolving Line of Credit” shall mean the line of credit made available "
            "to the Company pursuant to Section 2.1.",
            term="Revolving Line of Credit",
        ),
    ],
    rejects=[
        '"Revolving Credit" shall mean the revolving credit facility provided by Bank to '
        "Company under the Prior Credit Agreement.",
        '"Prior Facility" means the credit facility established pursuant to Section 2.1 of the '
        "Existing Credit Agreement.",
        '"Facility" means the credit facility described in the Existing Agreement',
        '"Line of Credit" means the line of credit established by Lender for Borrower under '
        "the Prior Loan Agreement.",
        '"Line of Credit Note" means the promissory note evidencing the line of credit',
    ],
)

#: the lending sentence whose paragraph states the limit of a facility defined elsewhere
_AGREES_TO_LEND = rule(
    "instruments.agrees_to_lend",
    r"\b(?:agrees|shall|will)\s+(?:to\s+)?make\s+(?:[\w-]+\s+){0,2}?(?:Advances|[Ll]oans)\s+to\b",
    reads="the sentence by which the lender agrees to make the advances or loans",
    matches=["2.1 Bank agrees to make Advances to Company at any time"],
    rejects=["Company may request Advances", "the Bank shall make payments to Company"],
)


def _own_maturity(text: str, term: str) -> str | None:
    """The last day the agreement defines for the facility by its own term: '"Revolving Credit
    Maturity Date" shall mean July 31, 2003' (a pattern built from the document's term)."""
    words = r"\s+".join(map(re.escape, term.split()))
    m = re.search(
        rf"[\"\u201c]{words}\s+(?:Maturity|Termination|Expiration)\s+Date[\"\u201d]\s*"
        rf"(?:means|shall\s+mean|is)\s+(?P<date>{DATE})",
        text,
    )
    return parse_date(m["date"]) if m else None


#: what a definition sets the lenders' commitments at when the lending paragraph gives no limit:
#: "On the Closing Date, the Aggregate Commitment shall be sixty million dollars ($60,000,000)"
_AGGREGATE_SET = rule(
    "instruments.aggregate_commitment_set",
    r"\b(?:the\s+)?(?:Aggregate|Total)\s+(?:(?:Revolving|Credit|Term|Loan)\s+)?"
    r"Commitments?\s+(?:shall\s+be|is|will\s+be|equals?)\s+"
    # "sixty million dollars ($60,000,000)": the amount, in words first or not (never "shall be
    # reduced by $5,000,000")
    r"(?!(?:reduced|increased|decreased|adjusted|limited)\b)"
    r"(?=(?:[A-Za-z-]+\s+){0,6}?\(?\$\s?\d)",
    reads="the amount a definition sets the lenders' aggregate commitment at",
    matches=[
        passage(
            "On the Closing Date, the Aggregate Commitment shall be forty million dollars "
            "($40,000,000).",
            match="the Aggregate Commitment shall be ",
        ),
        "the Total Commitments is $25,000,000 on the date hereof",
    ],
    rejects=[
        "the Aggregate Commitment shall be reduced by $5,000,000",
        "the Aggregate Commitment shall be reduced to zero",
    ],
)

#: the words before a facility's limit: "in the aggregate principal amount of", "shall not
#: exceed", "of up to"
_LIMIT = rule(
    "instruments.facility_limit",
    r"(?i)\b(?:in\s+(?:the|an)\s+(?:aggregate\s+|maximum\s+|original\s+)*(?:principal\s+)?"
    r"amount\s+(?:of|not\s+to\s+exceed)|(?:shall\s+not|not\s+to)\s+exceed|(?:of\s+)?up\s+to)\s+",
    reads="the words before the limit of a credit facility",
    matches=[
        passage(
            "in the aggregate principal amount of CAD 4,250,000",
            match="in the aggregate principal amount of ",
        ),
        passage(
            "the total principal amount outstanding shall not exceed $2,000,000.00",
            match="shall not exceed ",
        ),
    ],
    rejects=["in amounts of not less than $100,000", "upon thirty days' notice"],
)

#: the last day of a revolving facility its paragraph gives: "from time to time ... continuing
#: through July 31, 2000"
_THROUGH = rule(
    "instruments.facility_through",
    rf"(?i)\b(?:continuing\s+through|until\s+and\s+including|through\s+and\s+including)\s+"
    rf"(?P<date>{DATE})",
    reads="the last day a facility's paragraph makes it available",
    matches=[
        passage(
            "commencing on the date hereof and continuing through July 31, 2000",
            date="July 31, 2000",
        ),
        passage("from time to time until and including March 1, 2012", date="March 1, 2012"),
    ],
    rejects=["through the Maturity Date", "until July 31, 2000"],
)

#: how far a paragraph that provides a facility may state its limit after the defining term
_PARAGRAPH_REACH = 1200
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def defined_facilities(ctx: DocContext) -> None:
    """The one credit facility a definition or a providing sentence names, ISSUED_UNDER the own
    agreement (not an amendment) that has no facility yet: its amount (the definition's, else
    the first limit of the providing paragraph) and last day; evidence: the defining clause."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int, list[Amount], str | None]] = {}
    for m in _DEFINITION.finditer(text):
        lo, hi = clause_span(ctx, m.start(), m.end())
        found.setdefault(" ".join(m["term"].split()), (lo, hi, _limit(text, m.end(), hi), None))
    for m in _PROVIDED_DEFINITION.finditer(text):
        lo, hi = clause_span(ctx, m.start(), m.end())
        term = " ".join(m["term"].split())
        lends = _AGREES_TO_LEND.search(text, m.end())
        amounts = _limit(text, lends.end(), _paragraph_end(text, lends.end())) if lends else []
        if not amounts and (set_at := _AGGREGATE_SET.search(text)):
            amounts = find_amounts(text, set_at.end(), set_at.end() + 80)[:1]
        found.setdefault(term, (lo, hi, amounts, _own_maturity(text, term)))
    for m in _PROVIDED.finditer(text):
        lo, hi = clause_span(ctx, m.start(), m.end())
        para = _paragraph_end(text, m.end())
        through = _THROUGH.search(text, m.end(), para)
        last = parse_date(through["date"]) if through else None
        found.setdefault(" ".join(m["term"].split()), (lo, hi, _limit(text, m.end(), para), last))
    for m in FACILITY_FOR.finditer(text):
        lo, hi = clause_span(ctx, m.start(), m.end())
        total = COMMITMENTS_AGGREGATE.search(text)
        amounts = find_amounts(total["amount"]) if total else []
        found.setdefault(" ".join(m["term"].split()), (lo, hi, amounts[:1], None))
    if len(found) != 1:
        return
    [(term, (lo, hi, amounts, until))] = found.items()
    if any(ctx.collector.get(r) for r in ctx.lookup(term)):
        return
    amount = amounts[0] if amounts else None
    add_credit_facility(ctx, term, ctx.span(lo, hi), amount, until or last_day(text), own)


def _limit(text: str, start: int, end: int) -> list[Amount]:
    """The amount right after the first limit words in ``text[start:end]``, else the amount
    the defined term standing there is defined as ('"Maximum Line Amount" means $900,000')."""
    cue = _LIMIT.search(text, start, end)
    if cue is None:
        return []
    # the amount follows its limit words closely ("not to exceed the principal sum of ...")
    window = min(end, cue.end() + 120)
    return find_amounts(text, cue.end(), window)[:1] or term_amount(text, text[cue.end() : window])


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` ends (a blank line), at most a reach away."""
    blank = _BLANK_LINE.search(text, start, start + _PARAGRAPH_REACH)
    return blank.start() if blank else min(len(text), start + _PARAGRAPH_REACH)
