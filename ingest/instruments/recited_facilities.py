"""The credit facilities a document recites of another agreement: "Borrower and Lender are
parties to that certain Loan Agreement dated as of June 1, 2006 (the "Loan Agreement"),
pursuant to which Lender has made available to Borrower a revolving line of credit in the
maximum principal amount of $8,000,000 (the "Revolving Loans") and a term loan in the original
principal amount of $2,000,000 (the "Term Loan")".

Exists because the facility readers (:mod:`.lines_of_credit`, :mod:`.described_facilities`,
:mod:`.defined_facilities`) read the facilities the document's own agreement makes available;
a guaranty, a security agreement, a forbearance or a waiver recites the credit agreement it
supports and the loans made under it, in one sentence, each loan described with its limit
before the term that names it. Each facility is a credit facility ISSUED_UNDER the agreement
the clause before "pursuant to which" (or "under which") names.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.refs import add_credit_facility, clause_span
from ingest.relations.slots import agreements_in, labelled
from ingest.rules import passage, rule

#: "..., pursuant to which the Bank has agreed to extend to the Borrower": the clause that says
#: the agreement just named provides the loans that follow; or, after "pursuant to the Credit
#: Agreement ... among ...,", its lenders as the subject ("the Lenders have severally agreed to
#: make"), as a guarantee and collateral agreement recites the loans it secures
_PROVIDING_CLAUSE = rule(
    "instruments.recited_facility_clause",
    r"\b(?:pursuant\s+to\s+which|under\s+which|whereby)\s+(?:the\s+|each\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:(?:has|have|had)\s+(?:agreed|committed)\s+to\s+|agreed\s+to\s+"
    r"|(?:has|have|had)\s+|will\s+|shall\s+)?(?:make|made|extend(?:ed)?|provide[ds]?"
    r"|lend|lent|establish(?:ed)?)(?:\s+available)?\b"
    r"|(?<=,)\s+(?P<lenders>(?:the\s+)?(?:Lenders|Banks|Lender|Bank))\s+(?:has|have)\s+"
    r"(?:severally\s+)?agreed\s+to\s+(?:make|extend)(?:\s+available)?\b",
    reads="after a recited agreement: the clause saying its lenders make the loans that follow",
    matches=[
        passage(
            "pursuant to which the Bank has agreed to extend",
            match="pursuant to which the Bank has agreed to extend",
        ),
        passage(
            "under which the Lenders have agreed to make",
            match="under which the Lenders have agreed to make",
        ),
        passage(
            "pursuant to which Lender has made available",
            match="pursuant to which Lender has made available",
        ),
        passage(
            'pursuant to the Credit Agreement (the "Credit Agreement"), among the Borrower, the '
            "Lenders and the Agent, the Lenders have severally agreed to make",
            lenders="the Lenders",
        ),
    ],
    rejects=[
        "pursuant to which the Borrower has granted a security interest",
        "under which the Company is obligated to make contributions",
        "pursuant to which ITL and ETL agreed to form",
        "the Lenders have severally agreed to make Loans",
        "pursuant to the Credit Agreement, the Borrower has agreed to make payments",
    ],
)

#: one loan the clause lists: its noun, the description with its limit, and the term naming it,
#: quoted or not ("(the DDTL Facility)")
_RECITED_FACILITY = rule(
    "instruments.recited_facility",
    r"(?:\b(?:a|an)\s+(?P<noun>(?:(?:revolving|term|secured|unsecured|committed|reducing|"
    r"delayed[\s-]draw|non-revolving)[\s-]+){0,3}(?:line\s+of\s+credit|credit\s+line|"
    r"(?:credit|loan)\s+facility|loan|facility))|\b(?P<plural>(?:revolving(?:\s+credit)?|term)"
    r"\s+loans))"
    r"(?P<description>[^.;()\"\u201c\u201d]{5,200}?)"
    r"\(\s*(?:the\s+)?[\"\u201c]?(?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Loans?|Facility|Line"
    r"(?:\s+of\s+Credit)?))[\"\u201d]?\s*(?:\)|,|and\b)",
    reads="in the clause after a recited agreement: one loan, its limit and the term naming it",
    matches=[
        passage(
            "a revolving line of credit in a maximum principal amount of $7,500,000 (the "
            '"Revolving Loan")',
            term="Revolving Loan",
        ),
        passage(
            'a term loan in the original principal amount of $2,250,000 (the "Term Loan" and,',
            term="Term Loan",
        ),
        passage(
            "revolving loans to Borrower in an aggregate principal amount not to exceed "
            "$35,000,000 at any time outstanding (the Revolving Facility)",
            term="Revolving Facility",
        ),
        passage(
            "revolving credit loans in an aggregate principal amount not to exceed $9,000,000 "
            '(the "Revolving Loans" and,',
            term="Revolving Loans",
        ),
    ],
    rejects=[
        'a security interest in all of its inventory (the "Collateral")',
        'a term loan to the Borrower (the "Closing Date")',
    ],
)


#: right after the providing clause, a facility named by its common noun alone, once, with no
#: term: "pursuant to which the Bank extended to the Company the revolving credit facility
#: described therein", "under which the Lender has made available a line of credit to the
#: Borrower"
_UNNAMED_FACILITY = rule(
    "instruments.recited_unnamed_facility",
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+(?:a|an|the)\s+"
    r"(?P<noun>(?:(?:revolving|term|secured|unsecured|committed|reducing|working\s+capital)"
    r"[\s-]+){0,2}(?:line\s+of\s+credit|credit\s+line|(?:credit|loan)\s+facility))\b"
    # a term named after it is the named reader's ("... (the "Revolving Loan")")
    r"(?![^.;]{0,200}\(\s*(?:the\s+)?[\"\u201c]?[A-Z])",
    reads="after a recited agreement's providing clause: the one facility it names by its noun",
    matches=[
        passage(
            " to the Company the revolving credit facility described therein;",
            noun="revolving credit facility",
        ),
        passage(" a line of credit to the Borrower.", noun="line of credit"),
    ],
    rejects=[
        ' a revolving line of credit in the amount of $4,000,000 (the "Revolving Loan");',
        " certain loans and other financial accommodations to the Borrower;",
        " to the Borrower the Loans described therein;",
    ],
    mode="match",
)


#: right after a facility's noun: the words before its limit ("a revolving credit facility in
#: the aggregate amount of $40,000,000", "in the maximum principal amount of Seven Million ...
#: Dollars ($7,500,000)")
_NOUN_LIMIT = rule(
    "instruments.recited_unnamed_facility_limit",
    r"\s+in\s+(?:the|an?)\s+(?:(?:maximum|aggregate|original|principal)\s+){0,2}amount\s+of\s",
    reads="right after a recited facility's noun: the words before the limit it states",
    matches=[
        " in the aggregate amount of $40,000,000",
        " in a maximum principal amount of\n$12,000,000",
    ],
    rejects=[" in the aggregate", " to the Borrower in the amount of $5,000"],
    mode="match",
)


def recited_facilities(ctx: DocContext) -> None:
    """Each loan the clause after a recited agreement lists with its limit and its term, a
    credit facility ISSUED_UNDER that agreement (never the document's own: its facilities are
    its own readers'); evidence: the reciting sentence."""
    text = ctx.text
    for clause in _PROVIDING_CLAUSE.finditer(text):
        lo, hi = clause_span(ctx, clause.start(), clause.end())
        # the lenders as the subject: the words before them name the agreement ("pursuant to
        # the Credit Agreement ... among ..."), which must be named there
        agreement = _recited_agreement(ctx, text[lo : clause.start()])
        if clause["lenders"] and not re.search(
            r"(?i)\b(?:pursuant\s+to|under)\s+the\s", text[lo : clause.start()]
        ):
            continue
        if agreement is None:
            continue
        named = False
        for m in _RECITED_FACILITY.finditer(text, clause.end(), hi):
            named = True
            term = " ".join(m["term"].split())
            if _titled(ctx, term):
                continue
            amounts = find_amounts(text, m.start("description"), m.end("description"))
            if not amounts:
                continue
            add_credit_facility(ctx, term, ctx.span(lo, hi), amounts[0], None, agreement)
        unnamed = None if named else _UNNAMED_FACILITY.match(text, clause.end(), hi)
        if unnamed is not None and not _has_facility(ctx, agreement):
            noun = " ".join(unnamed["noun"].split())
            limit = _NOUN_LIMIT.match(text, unnamed.end("noun"))
            amounts = find_amounts(text, limit.end(), min(hi, limit.end() + 120)) if limit else []
            amount = amounts[0] if amounts else None
            add_credit_facility(ctx, noun, ctx.span(lo, hi), amount, None, agreement)


def _has_facility(ctx: DocContext, agreement: str) -> bool:
    """Whether a facility ISSUED_UNDER the agreement was read already (one named facility
    is the one the noun names)."""
    return any(
        t == "ISSUED_UNDER"
        and dst == agreement
        and (e := ctx.collector.get(src)) is not None
        and e.props.get("kind") == "credit_facility"
        for (t, src, dst) in ctx.collector.relations
    )


def _titled(ctx: DocContext, term: str) -> bool:
    """Whether an entity the term names is titled by it (a reader before made that facility);
    a term another line of credit took as a second name in the same sentence is not."""
    for ref in ctx.lookup(term):
        e = ctx.collector.get(ref)
        title = e.props.get("title") if e is not None else None
        if isinstance(title, str) and title.lower() == term.lower():
            return True
    return False


def _recited_agreement(ctx: DocContext, before: str) -> str | None:
    """The agreement the words before the providing clause name last (its defined term, else
    its title), unless it is the document's own."""
    for found in reversed(list(re.finditer(r"[\"\u201c]?([A-Z][\w'\u2019 -]*Agreement)", before))):
        refs = labelled(ctx, ctx.lookup(found.group(1)), "Agreement") or agreements_in(
            ctx, found.group(1)
        )
        if refs and refs[0] != ctx.self_ref:
            return refs[0]
    return None
