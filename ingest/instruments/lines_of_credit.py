"""Lines of credit an agreement establishes or makes available, and the last day they
are available.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.called_terms import CALLED
from ingest.instruments.commitment_totals import commitments_total
from ingest.instruments.facility_for_loans import names_facility_for
from ingest.instruments.refs import EACH_HOLDERS, add_credit_facility, clause_span
from ingest.instruments.restated_lending import in_restated_section
from ingest.instruments.term_days import term_last_day
from ingest.references.titles import DATE
from ingest.relations.obligations import secured_agreement
from ingest.relations.provided_under import facility_under
from ingest.rules import passage, rule

#: a line of credit an agreement defines: "Bank hereby agrees to make advances to Borrower from
#: time to time up to and including March 22, 2013, not to exceed ... Three Million Dollars
#: ($3,000,000) (the "Line of Credit")", "Lender agrees to make a credit facility available to
#: Borrower (the "Credit Facility")", "... not to exceed $15,000,000 (the "Line of Credit" or
#: the "Loan")"
_LINE_OF_CREDIT = rule(
    "instruments.line_of_credit",
    # "(the revolving line of credit described in this Section, the "Line of Credit")": the
    # parenthesis may first say again in running words what the term names
    # ("(collectively, the revolving credit facilities described in Sections 2 and 3, the
    # "Facilities")"), and so name it by a bare "Facility" or "Facilities"
    r"\(\s*(?P<lead>(?:(?:collectively|together),\s+)?(?:the|such)\s+(?:(?!of\b)[\w-]+\s+){0,3}?"
    r"(?:lines?\s+of\s+credit|credit\s+(?:lines?|facilit(?:y|ies))|revolving\s+facilit(?:y|ies))"
    r"\b[^()\"\u201c\u201d;]{0,60}?,\s*)?"
    r"(?:the\s+)?[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Line\s+of\s+Credit"
    r"(?:\s+Commitment)?|Credit\s+Facility|Revolving\s+Facility|LINE\s+OF\s+CREDIT"
    r"(?:\s+COMMITMENT)?|CREDIT\s+FACILITY|REVOLVING\s+FACILITY)"
    r"|(?(lead)(?:Facility|Facilities|FACILITY|FACILITIES)|(?!)))[\"\u201d]"
    r"(?:\s+or\s+the\s+[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d])?\s*\)",
    reads="a line of credit an agreement defines by its term",
    matches=[
        passage('not to exceed $3,000,000 (the "Line of Credit")', term="Line of Credit"),
        passage(
            "available to Borrower (the “Revolving Credit Facility”)",
            term=("Revolving Credit Facility"),
        ),
        passage('(the "Line of Credit" or the "Loan")', term="Line of Credit"),
        passage(
            '$2,000,000 (the revolving line of credit described in this Section 2, the "Line '
            'of Credit")',
            term="Line of Credit",
        ),
        passage(
            "(such revolving credit facility, as reduced from time to time, the \u201cCredit "
            "Facility\u201d)",
            term="Credit Facility",
        ),
        passage(
            "(collectively, the revolving credit facilities described in Section 2, the "
            '"Facilities")',
            term="Facilities",
        ),
        passage(
            'the sum of $5,000,000 (the "LINE OF CREDIT COMMITMENT")',
            term="LINE OF CREDIT COMMITMENT",
        ),
    ],
    rejects=[
        '(the "Loan")',
        "the Line of Credit described above",
        # a bare "Facility" the parenthesis does not say is a credit facility
        '(the "Facility")',
        # the lead-in names something else than the line the term names
        '(the guaranty of the line of credit described in Section 4, the "Line of Credit")',
    ],
)

#: loans an agreement defines in the sentence by which the lender makes them: "the Lender
#: agrees to make revolving credit loans (collectively, "Loans") to the Borrower", "the Bank
#: will make Fundings ... not to exceed ... $5,000,000 (the "Revolving Loan")", "agrees to make
#: Advances (collectively, the "Term Loan") under a term credit facility"; in capitals as
#: drafts that set every defined term in capitals write them ("make advances (the "LOANS")")
_LOAN_TERM = rule(
    "instruments.loan_term",
    # "(as such figure may be reduced from time to time, the ": the amount's changes first
    r"\(\s*(?:as\s+(?:such|the\s+same|it)\s+(?:figure\s+|amount\s+)?may\s+be\s+"
    r"(?:reduced|increased|adjusted)[^()\"\u201c\u201d;]{0,160}?,\s+)?"
    # "(individually a "Revolving Loan" and collectively ... the "Revolving Loans")"
    # "(collectively called the "Loans" ...)", "(herein called the "Loans")": a verb first;
    # "(each such loan, a "Loan")", "(each such advance being an "Advance")": the loan named first
    r"(?:collectively,?\s+|(?:each|individually),?\s+(?:" + CALLED + r")?an?\s+"
    r"|each\s+such\s+(?:[a-z][\w-]*\s+){0,2}?(?:loan|advance)s?,?\s+(?:being\s+)?an?\s+)?"
    r"(?:" + CALLED + r")?(?:the\s+|" + EACH_HOLDERS + r")?"
    # "(the "364-Day Facility Term Loans")": a term may open with the facility's tenor or year
    r"[\"\u201c](?P<term>(?:[A-Z0-9][\w-]*\s+){0,3}"
    r"(?:Loans?|Facility|LOANS?|FACILITY|(?:Term|Revolving|Credit|Loan)\s+Commitment"
    # "to make advances (each, an "Advance") to the Borrower": the advances alone
    r"|(?:(?:Revolving|Term|Credit)\s+)?Advances?))"
    # "(each, a "Revolving Loan," and collectively, the "Revolving Loans")": one and all
    # "and collectively for all the Lenders the "Revolving Loans"": all of them, of every lender
    r",?[\"\u201d](?:,?\s+and,?\s+collectively,?\s+(?:for\s+all\s+(?:of\s+)?the\s+[A-Z][\w-]*s,?\s+)?"
    r"the\s+[\"\u201c](?P<all>[^\"\u201c\u201d]{1,40})"
    r"[\"\u201d]"
    # "(collectively called the "Loans" and individually called a "Loan")": one of them
    r"|,?\s+and,?\s+(?:(?:each|individually),?\s+)?(?:" + CALLED + r")?an?\s+"
    r"[\"\u201c](?P<one>[^\"\u201c\u201d]{1,40})[\"\u201d])?\s*\)",
    reads="loans an agreement defines by a term in the sentence that makes them",
    matches=[
        passage('agrees to make revolving loans (collectively, "Loans") to', term="Loans"),
        passage("not to exceed $5,000,000 (the “Revolving Loan”).", term="Revolving Loan"),
        passage('(collectively, the "Term Loan Facility")', term="Term Loan Facility"),
        passage(
            '($4,000,000) ("Capital Expenditure Term Commitment")',
            term="Capital Expenditure Term Commitment",
        ),
        passage('agrees to make advances (the "ADVANCE LOANS") to', term="ADVANCE LOANS"),
        passage(
            'to make term loans (the "364-Day Tranche Loans") to', term="364-Day Tranche Loans"
        ),
        passage('of such advance (such Lender\'s "Loan"), together', term="Loan"),
        passage('to make advances ("Revolving Advances") to', term="Revolving Advances"),
        passage("to make advances (each, an \u201cAdvance\u201d) to the Borrower", term="Advance"),
        passage(
            "each Bank shall make term loans under Section 2.03 (each such loan, a \u201cTerm"
            " Loan\u201d) to the Company",
            term="Term Loan",
        ),
        passage('to make advances (each such term advance being an "Advance") to', term="Advance"),
        passage(
            'the Bank agrees to make loans (each such loan, a "Working Capital Loan") to the'
            " Company",
            term="Working Capital Loan",
        ),
        passage("to make advances (each such advance, an \u201cAdvance\u201d) to", term="Advance"),
        passage(
            "to make loans (each, a \u201cRevolving Loan,\u201d and collectively, the"
            " \u201cRevolving Loans\u201d) to",
            term="Revolving Loan",
        ),
        passage(
            'available as loans (each, a "Term Advance" and, collectively, the "Term Advances")',
            term="Term Advance",
        ),
        passage(
            "to make a loan or loans (individually a \u201cRevolving Loan\u201d and collectively"
            " for all the Lenders the \u201cRevolving Loans\u201d) in U.S. Dollars",
            term="Revolving Loan",
            all="Revolving Loans",
        ),
        passage(
            'make loans to the Company (individually, a "Swing Loan" and collectively the "Swing'
            ' Loans")',
            term="Swing Loan",
            all="Swing Loans",
        ),
        passage(
            '$6,000,000 (as such figure may be reduced from time to time, the "Revolving Credit'
            ' Commitment")',
            term="Revolving Credit Commitment",
        ),
        passage(
            'make revolving loans (collectively called the "Loans" and individually called a'
            ' "Loan") from time to time',
            term="Loans",
            one="Loan",
        ),
        passage(
            'to make term advances (herein called the "Term Advances") to', term="Term Advances"
        ),
        passage('agrees to make loans (collectively, the "Loans" and each, a "Loan")', one="Loan"),
    ],
    rejects=[
        '(the "Loan Documents")',
        '(the "LOAN DOCUMENTS")',
        '(the "Loans" and the "Notes")',
        "the Revolving Loan",
        '(the "Commitment")',
        '(as defined in the Security Agreement, the "Pledged Loans")',
    ],
)

#: the lending words that sentence must have: "agrees to make revolving credit loans", "will
#: make Fundings", "shall make Advances"
_MAKES_LOANS = rule(
    "instruments.makes_loans",
    r"(?i)\b(?:make|extend|lend)\b(?:\s+(?!payments?\b|on\b|of\b|to\b)[\w-]+){0,3}?"
    r"\s+(?:loans?|advances?|fundings)\b"
    # "agrees to make a revolving credit facility available as loans": the facility's loans
    r"|\bmake\s+an?\s+(?:[\w-]+\s+){0,3}?(?:credit|loan)\s+facility\s+available\s+"
    r"(?:to\s+(?:the\s+)?[A-Z][\w-]*\s+)?as\s+(?:loans?|advances?)\b"
    # "the Revolving Loans shall be converted into a term loan": the revolver's term-out
    r"|\bconvert(?:ed)?\s+(?:in)?to\s+(?:an?\s+|the\s+)?term\s+loans?\b",
    reads="the words by which a lender makes the loans a sentence defines",
    matches=[
        passage(
            "the Bank agrees to make a revolving credit facility available as loans",
            match="make a revolving credit facility available as loans",
        ),
        passage(
            "the outstanding Revolving Loans shall be converted into a term loan",
            match="converted into a term loan",
        ),
        passage(
            "the Lender agrees to make revolving credit loans", match="make revolving credit loans"
        ),
        passage("the Bank will make Fundings to Borrower", match="make Fundings"),
        passage("each Lender agrees to make a single advance to", match="make a single advance"),
    ],
    rejects=[
        "the Borrower shall repay the Loans",
        "to make payments on the loans",
        "Advances may be converted into Eurodollar Loans",
    ],
)

#: the limit of a loan stated right before the term that defines it, where the sentence that
#: defines the loans splits the lending into facilities: "The Loan shall consist of a Term Loan
#: up to $6,000,000 ("Term Loan") and a Revolving Loan up to $3,000,000 ("Revolving Loan")"
_LIMIT_BEFORE_TERM = rule(
    "instruments.limit_before_term",
    r"(?i)\b(?:up\s+to|not\s+to\s+exceed|in\s+the\s+(?:maximum|principal|aggregate)"
    r"(?:\s+principal)?\s+amount\s+of)\s+(?:the\s+amount\s+of\s+)?"
    # "Five Hundred Thousand Dollars ($500,000.00)": the amount in words, then in figures
    r"(?:(?:[a-z][\w-]*\s+){1,10}dollars\s+\(\s*)?\$\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s+(?:million|billion))?\s*\)?\s*(?:\(\s*[^()]{0,60}\)\s*)?$",
    reads="the limit of a loan stated right before the term that defines it",
    matches=[
        passage("a Term Loan up to $6,000,000 ", match="up to $6,000,000 "),
        passage("a Revolving Loan not to exceed $2.5 million", match="not to exceed $2.5 million"),
        passage(
            "a term facility in the principal amount of Five Hundred Dollars ($500.00) ",
            match="in the principal amount of Five Hundred Dollars ($500.00) ",
        ),
    ],
    rejects=["the Borrower repaid $400,000 ", "up to $6,000,000 of which was drawn"],
)

#: an amount the agreement defines by a term its lending sentence uses ("not to exceed the
#: Commitment"): ""Commitment" means $10 million", ""Committed Amount" means an aggregate
#: principal amount of $4,000,000"
_AMOUNT_TERM = rule(
    "instruments.amount_term",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Commitment|Amount|Limit|Sublimit))[\"\u201d]"
    # the colon style of the older bank forms: '"Commitment Amount": $15,000,000, as reduced'
    r"(?:[ \t]*:[ \t]*(?:\n[ \t]*)?|\s+"
    # "shall mean, on the Closing Date, One Million ...": the day the amount is the cap on
    r"(?:means|shall\s+mean)(?:,\s+(?:on|as\s+of)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},)?"
    r"\s+(?:an\s+aggregate\s+(?:principal\s+)?amount\s+(?:of|equal\s+to)"
    r"\s+"
    # "the obligation of the Bank to make the Loans ... in the aggregate outstanding principal
    # amount of up to $10,000,000": the one lender's obligation, its amount at the end
    r"|the\s+obligation\s+of\s+the\s+(?:Bank|Lender)\s+to\s+(?:make|extend)\s+[^$.;\"\u201c]{0,120}?"
    r"\bamount\s+(?:of\s+)?(?:up\s+to\s+|not\s+(?:to\s+)?exceed(?:ing)?\s+)?)?)"
    # "Five Million and 00/100 Dollars ($5,000,000.00)": the cents in a check writer's fraction
    # ("and No/100": none)
    r"(?=\$|(?:[A-Z][a-z]+[\s-]+){1,8}(?:and\s+)?(?:[A-Za-z]+[\s-]+){0,4}"
    r"(?:(?:\d{2}|No|NO|no)/100\s+)?"
    r"Dollars\s*\(\s*\$)",
    reads="an amount the agreement defines by a term (the term; the amount follows)",
    matches=[
        passage('"Commitment" means $10 million, as reduced', term="Commitment"),
        passage(
            '"Commitment Amount":  $9,000,000, as the same may be reduced', term="Commitment Amount"
        ),
        passage(
            "“Committed Amount” means an aggregate principal amount of $4,000,000.",
            term="Committed Amount",
        ),
        passage(
            '"Commitment" means the obligation of the Bank to make the Loans under this '
            "Agreement in the aggregate outstanding principal amount of up to $3,000,000, as "
            "such amount may be reduced",
            term="Commitment",
        ),
        passage(
            '"Maximum Commitment Amount" means Twenty\nFive Million Dollars ($25,000,000).',
            term="Maximum Commitment Amount",
        ),
        passage(
            '"Borrowing Limit" means Forty Million Dollars ($40,000,000); provided that',
            term="Borrowing Limit",
        ),
        passage('"Swing Line Sublimit" means $5,000,000, as reduced', term="Swing Line Sublimit"),
        passage(
            "\u201cLoan Limit Amount\u201d means Seven Million and 00/100 Dollars ($7,000,000.00).",
            term="Loan Limit Amount",
        ),
        # the cap as of the closing, before any increase the lender may agree to
        passage(
            "\u201cRevolving Loan Commitment\u201d shall mean, on the Closing Date, Two Million "
            "Five Hundred Thousand and No/100 Dollars ($2,500,000.00), and thereafter the amount",
            term="Revolving Loan Commitment",
        ),
        passage(
            '"Line Commitment" means, as of the Effective Date, $750,000, as increased',
            term="Line Commitment",
        ),
    ],
    rejects=[
        '"Commitment" means the obligation of the Lender',
        '"Commitment" means the obligation of each Lender to make Loans in an amount up to $5',
        '"Maximum Amount" means the lesser',
        '"Commitment" means, on any date, the lesser of $5,000,000 and the Borrowing Base',
    ],
)

#: the words by which the agreement itself makes the line available (not a prior line a recital
#: recalls): "hereby agrees to make advances", "shall make"
_ESTABLISHES = rule(
    "instruments.establishes",
    r"(?i)\b(?:hereby|agrees?\s+to|ha(?:s|ve)\s+agreed\s+to|shall|will"
    # "The Bank agrees, on the terms and conditions set forth herein, to make loans"
    r"|agrees?,\s+(?:on|upon|subject)\b"
    # "the Swing Line Lender may, in its discretion, make loans": a lender's discretionary line
    r"|\bmay,?\s+in\s+its\s+(?:sole\s+(?:and\s+absolute\s+)?)?discretion\b)",
    reads="the words by which the agreement itself makes a line of credit available",
    matches=[
        passage("Bank hereby agrees to make advances", match="hereby"),
        passage("The Bank agrees, on the terms hereof, to make loans", match="agrees, on"),
        passage("Lender agrees to make a credit facility available", match="agrees to"),
        passage("the Lenders have agreed to establish a credit facility", match="have agreed to"),
        passage(
            "the Swing Line Lender may, in its sole discretion, make loans",
            match="may, in its sole discretion",
        ),
    ],
    rejects=[
        "the Bank made advances under the prior line",
        "as previously agreed",
        "the Bank had agreed to make advances",
        "the Borrower may request advances",
    ],
)

#: a recital's description of the facility the agreement a guaranty, joinder or security
#: document concerns provides: "the Credit Agreement ..., providing for a revolving credit
#: facility in an aggregate principal amount of up to $75,000,000 (the "Revolving Facility")"
_PROVIDING_FOR = rule(
    "instruments.providing_for",
    r"(?i)\b(?:providing|(?:which|that)\s+provides)\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:[$\w.,-]+\s+){0,4}?(?:revolving|term|credit|loan)\b",
    reads="a recital's description of the facility the agreement it names provides",
    matches=[
        passage(
            "the Credit Agreement, providing for a revolving credit facility",
            match="providing for a revolving",
        ),
        passage(
            "the Loan Agreement, which provides for a $5,000,000 term loan",
            match="which provides for a $5,000,000 term",
        ),
    ],
    rejects=["providing for the payment of fees", "which provides for notices"],
)

#: the last day advances may be made: "up to and including March 22, 2013"
_AVAILABLE_UNTIL = rule(
    "instruments.available_until",
    rf"(?i)\b(?:up\s+to\s+and\s+including|during\s+the\s+period\s+ending\s+on)\s+"
    rf"(?P<date>{DATE})",
    reads="the last day advances may be made",
    matches=[
        passage("from time to time up to and including March 22, 2013", date=("March 22, 2013")),
        passage("from time to time during the period ending on May 3, 2009", date="May 3, 2009"),
    ],
    rejects=["up to and including the Maturity Date", "up to $3,000,000"],
)


#: the day an agreement defines as the last of its credit: "until the Expiration Date" with
#: ""Expiration Date" means June 30, 2009", "terminates on July 31, 2013 (the "Termination
#: Date")", "due and payable on July 31, 2013 (the "Maturity Date")", ""Maturity Date": April
#: 30, 2004" (a colon definition)
_LAST_DAY = rule(
    "instruments.last_day",
    rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c](?P<t>Maturity|Termination|Expiration)\s+Date"
    rf"[\"\u201d]\s*\)|[\"\u201c](?P<t2>Maturity|Termination|Expiration)\s+Date[\"\u201d]"
    # "“Maturity Date” means, October 31, 2016": a comma after the verb
    rf"(?:\s+(?:means|shall\s+mean|is),?|[ \t]*:(?:[ \t]*means)?)\s+(?P<date2>{DATE})",
    reads="the day an agreement defines as the last of its credit",
    matches=[
        passage(
            'terminates on July 31, 2013 (the "Termination Date")',
            date="July 31, 2013",
            t="Termination",
        ),
        passage('"Expiration Date" means June 30, 2009', t2="Expiration", date2="June 30, 2009"),
        passage('"Maturity Date": April 30, 2004.', t2="Maturity", date2="April 30, 2004"),
        passage(
            "\u201cMaturity Date\u201d means, June 15, 2019; provided, however, that",
            t2="Maturity",
            date2="June 15, 2019",
        ),
    ],
    rejects=['July 31, 2013 (the "Closing Date")', '"Maturity Date" means the earlier of'],
)


def last_day(text: str) -> str | None:
    """The one day the agreement defines as its maturity, termination or expiration date (none
    when it defines several different days)."""
    days = {parse_date(m["date"] or m["date2"]) for m in _LAST_DAY.finditer(text)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def lines_of_credit(ctx: DocContext) -> None:
    """The line of credit the document's own agreement makes available: a credit facility with
    its amount and last day, ISSUED_UNDER that agreement (evidence: the defining clause); and
    the loans its lending sentence defines ("agrees to make revolving loans (the "Loans")"); an
    amendment's loans are made under the agreement it amends, and are read only where they
    stand in a section of it the amendment restates."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    # an amendment's facility is its own; the loans a waiver, consent, security document or
    # guaranty recites are the agreement's it concerns (or nobody's, when it names none)
    under = facility_under(ctx)
    if under is None:
        return
    text = ctx.text
    lines: dict[int, str] = {}  # the clause each line of credit is defined in -> the line
    for m in _LINE_OF_CREDIT.finditer(text):
        lo, _ = clause_span(ctx, m.start(), m.end())
        established = _ESTABLISHES.search(text, lo, m.start()) or (
            under != ctx.self_ref and _PROVIDING_FOR.search(text, lo, m.start())
        )
        if established and (ref := _add_facility(ctx, m, lo, under)) is not None:
            lines.setdefault(lo, ref)
    amendment = own.props.get("kind") == "amendment"
    if amendment and (under := secured_agreement(ctx)) is None:
        return
    loans: dict[int, str] = {}  # the clause each facility of loans is defined in -> it
    for m in _LOAN_TERM.finditer(text):
        lo = _lending_start(ctx, m.start(), m.end())
        if not (
            _ESTABLISHES.search(text, lo, m.start())
            and (
                _MAKES_LOANS.search(text, lo, m.start())
                # a limit just before the term ("... not to exceed $5,000,000 (the "Loans")")
                or _LIMIT_BEFORE_TERM.search(text[max(lo, m.start() - 120) : m.start()])
            )
        ):
            continue
        if amendment and not in_restated_section(text, lo):
            continue
        term = " ".join(m["term"].split())
        if lo in lines or (lo in loans and _COMMITMENT.search(term)):
            # "make advances ("Revolving Loans") to Borrower ... not to exceed $3,000,000 (the
            # "Revolving Line of Credit")": the loans are the line's, one facility; so is the
            # commitment the sentence that makes the loans defines ("(i) $6,000,000 (..., the
            # "Revolving Credit Commitment")")
            line = lines.get(lo) or loans[lo]
            ctx.collector.add(line, "Instrument", ctx.span(lo, m.end()), None, (term,))
            ctx.define(term, line)
            continue
        if names_facility_for(text, term):
            continue  # ""Term Credit" means the credit facility for the Term Loans": that one
        if (ref := _add_facility(ctx, m, lo, under)) is not None:
            loans.setdefault(lo, ref)


#: "the amount of such advance (such Lender's "Loan")": a clause that names the advance the
#: sentence before it makes
_SUCH_ADVANCE = re.compile(r"(?i)\bsuch\s+(?:advances?|loans?|borrowings?)\b")


def _lending_start(ctx: DocContext, start: int, end: int) -> int:
    """Where the lending clause of the term at ``[start, end)`` starts: its own sentence, or
    the sentence before where its own only points back at the advance that one makes ("each
    Lender agrees to make a single advance to Borrower ... Borrower's obligation to repay to
    such Lender the amount of such advance (such Lender's "Loan") ...")."""
    lo, _ = clause_span(ctx, start, end)
    text = ctx.text
    if _MAKES_LOANS.search(text, lo, start) or not _SUCH_ADVANCE.search(text, lo, start):
        return lo
    before = text.rfind(".", 0, lo)
    return clause_span(ctx, before, before)[0] if before > 0 else lo


#: a full stop that ends a paragraph or an item: a blank line or the next item's label follows
#: ("... Borrowing Base.\n\n(ii) Each ..."), not a hard-wrapped line ("Acme Corp.\nin the")
_SENTENCE_END = re.compile(r"\.[ \t]*\n[ \t]*(?:\n|\()")


#: a term for the amount of loans, not for loans of their own
_COMMITMENT = re.compile(r"(?i)\bcommitment$")

#: Recitals joined into one sentence ("... the Lenders have agreed to make Revolving Loans and
#: Term Loans (collectively, the "Loans") to the Borrower; and WHEREAS, the Guarantor ...; NOW,
#: THEREFORE, ... the liability of the Guarantor shall not exceed $15,000,000"): an amount in a
#: later recital or in the operative words after them is that clause's, never the loans'.
_NEXT_RECITAL = rule(
    "instruments.next_recital",
    r"\b(?:WHEREAS|NOW,?\s+THEREFORE)\b",
    reads="where the clause that defines loans in a recital ends: the next recital or the"
    " operative words",
    matches=[
        passage(
            'Term Loans (collectively, the "Loans") to the Borrower; and\n\nWHEREAS, the Parent',
            match="WHEREAS",
        ),
        passage(
            '(the "Advances") to the Company;\nNOW, THEREFORE, the Guarantor agrees',
            match="NOW, THEREFORE",
        ),
    ],
    rejects=["whereas the Borrower may repay", "the Lenders now therefore agree"],
)


def _add_facility(ctx: DocContext, m: re.Match[str], lo: int, own: str | None) -> str | None:
    """The credit facility ``m`` defines in the clause starting at ``lo``, ISSUED_UNDER the
    agreement ``own`` (if any): its amount (stated in the clause or by a term the clause uses)
    and last day."""
    text = ctx.text
    term = " ".join(m["term"].split())
    if ctx.lookup(term) or re.match(r"(?i)existing|prior|former", term):
        return None
    # the amount before the term ("not to exceed ... ($3,000,000) (the "Line of
    # Credit")"), else the one its clause goes on to give ("(the "Credit Facility") in
    # the maximum amount of ... ($1,000,000)"), else the one a term it uses defines
    _, hi = clause_span(ctx, m.start(), m.end())
    # the clause's own sentence after the term: it ends at a full stop before a line break too
    # ("... not to exceed the Borrowing Base.\n(ii) Each Loan shall be in an amount of not less
    # than $200,000": the next item's minimum is no limit of the facility)
    stops = [_SENTENCE_END.search(text, m.end(), hi), _NEXT_RECITAL.search(text, m.end(), hi)]
    end = min((s.start() for s in stops if s), default=hi)
    amounts = (
        find_amounts(text[lo : m.start()])
        or find_amounts(text[m.end() : end])[:1]
        or term_amount(text, text[lo:hi])
        or commitments_total(text, text[lo:hi])
    )
    until = _AVAILABLE_UNTIL.search(text, lo, hi)
    maturity = (
        parse_date(until["date"]) if until else term_last_day(text, text[lo:hi]) or last_day(text)
    )
    amount = amounts[-1] if amounts else None
    span = ctx.span(lo, m.end())
    ref = add_credit_facility(ctx, term, span, amount, maturity, own)
    # "(each, a "Loan" and, collectively, the "Loans")": the collective term names it too
    # "(collectively called the "Loans" and individually called a "Loan")": so does the singular
    for every in (m.groupdict().get("all"), m.groupdict().get("one")):
        if every and not ctx.lookup(every):
            every = " ".join(every.split())
            ctx.collector.add(ref, "Instrument", span, None, (every,))
            ctx.define(every, ref)
    return ref


def term_amount(text: str, clause: str) -> list[Amount]:
    """The amount of the one defined term ("Commitment", "Committed Amount", "Borrowing Limit")
    the lending clause uses ("not to exceed the Commitment")."""
    for d in _AMOUNT_TERM.finditer(text):
        # "Maximum  Line  Amount" defined with a typewriter's double spaces, used with one
        term = r"\s+".join(map(re.escape, d["term"].split()))
        # "not to exceed the applicable Borrowing Limit"
        if re.search(rf"\bthe\s+(?:applicable\s+|then[\s-]+applicable\s+)?{term}\b", clause):
            # the amount right after the term's definition ("... shall mean $2,000,000")
            return find_amounts(text[d.end() : d.end() + 120])[:1]
    # "not to exceed ... the Revolving Commitment" with only "Revolving Commitment Amount"
    # defined: the commitment the clause names is the amount that term defines
    for d in _AMOUNT_TERM.finditer(text):
        words = d["term"].split()
        if len(words) < 2 or words[-1] != "Amount":
            continue
        stem = r"\s+".join(map(re.escape, words[:-1]))
        if re.search(rf"\bthe\s+{stem}\b(?!\s+Amount)", clause):
            return find_amounts(text[d.end() : d.end() + 120])[:1]
    return []
