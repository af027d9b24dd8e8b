"""LENDS_TO from sentences that say credit is extended: "has agreed to make loans to",
"to induce the Lender to make advances to", "has obtained debt from", "borrowings by X from Y".

One module for the lending verbs so that a new drafting shape of lending is one more
pattern here, read with the same subject and object slots.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.records import Span
from ingest.relations.slots import (
    AUXILIARY_TAIL,
    amount_props,
    parties_named,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

_LEND = rule(
    "relations.lend_verb",
    r"\b(?:(?:has|have|had|shall|will|agrees?\s+to|agreed\s+to|(?:has|have)\s+(?:severally\s+)?agreed\s+to"
    # "agrees, on the terms and subject to the conditions hereinafter set forth, to make"
    r"|agrees?,\s+(?:on|upon|subject)\s+[^,;.]{0,120}?,\s+to)\s+"
    r"(?:severally\s+)?(?:make|made|extend(?:ed)?|lend|lent|advance[d]?|provide[d]?)"
    # a past tense needs no auxiliary ("under which the Lender made a term loan to the
    # Borrower"); a passive ("loans made to") or a negation is no lending
    r"|(?<!\bnot\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?:made|extended|lent|advanced))\s+"
    r"(?P<what>(?:a|an|the|certain|one\s+or\s+more)?\s*(?:[\w-]+\s+){0,4}?"
    r"(?i:loans?|advances?|credit|extensions\s+of\s+credit|credit\s+facilit(?:y|ies)))"
    # a whole word ("the Loaned Items", "the Creditors" lend nothing), never an adjective
    # ("advance written notice", "advance payment": a notice or a prepayment)
    r"\b(?!\s+(?i:(?:written|prior)\s+)?(?i:notices?|notifications?|warnings?|approvals?"
    r"|consents?|payments?|copies|copy)\b)"
    r"(?:[^.;]{0,120}?)\bto\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,6})",
    reads="a sentence saying a party lends: the verb, what is lent and to whom",
    matches=[
        passage(
            "pursuant to which Lender has agreed to make a term loan to Borrower", to="Borrower"
        ),
        passage(
            "the Lenders have severally agreed to make Revolving Loans to the Borrower",
            to="the Borrower",
        ),
        passage(
            "under which the Lender made a term loan to the Company in the amount of $5,000,000",
            to="the Company",
        ),
        passage("the Bank extended a line of credit to Acme Foods, Inc.", to="Acme Foods, Inc."),
        passage(
            "The Bank agrees, on the terms and subject to the conditions hereinafter set forth, "
            "to make loans to the Company from time to time",
            to="the Company",
        ),
        passage(
            "Each Lender severally agrees, upon the terms of this Agreement, to make Term Loans "
            "to the Borrower",
            to="the Borrower",
        ),
    ],
    rejects=[
        "the Borrower shall not make loans to any Person",
        "all loans made to the Borrower",
        "advances were made to the Borrower",
        "the Borrower has not made advances to Affiliates",
        "the Borrower agrees, on demand, to pay the Bank",
        "the Supplier shall provide reasonable advance written notice to the Customer",
        "the Company will provide the Loaned Equipment to the Contractor",
        "the Distributor shall make advance payments to the Manufacturer",
        "the Agent shall provide the Creditors to the Borrower",
    ],
)


#: the one the lender lends to, named before what is lent ("agrees to lend to the Customer up
#: to $2,000,000", "shall advance to the Company the principal sum of ...", "has agreed to loan
#: the Company the sum of ..."): the recipient's slot, then money or credit must follow
_PARTY = r"(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,6}?)"
_LENT_SUM = (
    r"\s*,?\s+(?:from\s+time\s+to\s+time\s+)?(?:up\s+to\b|the\s+(?:aggregate\s+)?(?:principal\s+)?"
    r"(?:sum|amount)|an?\s+(?:aggregate\s+)?(?:principal\s+)?(?:sum|amount)|sums\b|amounts\b|\$"
    r"|(?:a|an|the|such)\s+(?:[\w-]+\s+){0,3}?(?:loans?|advances?|line\s+of\s+credit|credit\s+facility"
    r"|loan\s+facility)\b)"
)
_LEND_TO = rule(
    "relations.lend_to_recipient",
    r"\b(?<!\bnot\s)(?:has|have|had|shall|will|hereby|(?:hereby\s+)?agrees?\s+to|agreed\s+to"
    r"|(?:has|have)\s+(?:severally\s+)?agreed\s+to|(?:is|are)\s+willing\s+to)\s+(?:severally\s+)?"
    r"(?:lend|loan|advance|extend)\s+(?:to\s+)?"
    + _PARTY
    + _LENT_SUM
    # sums paid ahead on account of the price of goods or services: a prepayment, no loan
    + r"(?![^.;]{0,60}?\bon\s+account\s+of\b)",
    reads="a lending verb whose recipient comes before the money or credit lent",
    matches=[
        passage("The Bank agrees to lend to the Customer up to $2,000,000", to="the Customer"),
        passage(
            "The Investor shall advance to the Company the principal sum of $750,000",
            to="the Company",
        ),
        passage("the Holder has agreed to loan the Company the sum of $400,000", to="the Company"),
        passage(
            "Harbor Bank will extend to Pell Tools, Inc. a term loan in the amount of $3,000,000",
            to="Pell Tools, Inc.",
        ),
    ],
    rejects=[
        "the Borrower shall not lend to any Subsidiary amounts in excess of $100,000",
        "the Borrower shall advance to the Agent the fees",
        "the Lender will extend to the Borrower the benefit of any waiver",
        "the Customer shall advance to the Supplier sums on account of future deliveries",
    ],
)

#: "the Bank hereby establishes in favor of the Company a revolving line of credit"
_OPENED = rule(
    "relations.credit_opened_for",
    r"\b(?<!\bnot\s)(?:establish(?:es|ed)?|open(?:s|ed)?|makes?\s+available|made\s+available"
    r"|(?:agrees?|agreed)\s+to\s+(?:establish|open|make\s+available))\s+(?:to|in\s+favou?r\s+of|for)\s+"
    + _PARTY
    + r"\s*,?\s+(?:an?|the)\s+(?:[\w$,.-]+\s+){0,4}?(?:line\s+of\s+credit|credit\s+facility"
    r"|loan\s+facility|term\s+loan|revolving\s+(?:loan|credit))\b",
    reads="a lender that opens a line of credit or a facility for a party",
    matches=[
        passage(
            "The Bank hereby establishes in favor of the Company a revolving line of credit",
            to="the Company",
        ),
        passage(
            "the Lender agrees to make available to Borrower a $5,000,000 credit facility",
            to="Borrower",
        ),
    ],
    rejects=["the Borrower shall make available to the Agent the books and records"],
)


#: "In order to induce the Senior Lender to make the loans ... to Borrower"
_INDUCED = rule(
    "relations.induce_to_lend",
    r"\binduce\s+(?P<lender>(?:the\s+|each\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})"
    r"\s+to\s+(?:make|extend|lend|advance|provide)\s+(?P<what>(?:a|an|the|certain)?\s*"
    r"(?:[\w-]+\s+){0,4}?(?:loans?|advances?|credit|extensions\s+of\s+credit))"
    r"(?:[^.;]{0,120}?)\bto\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,6})",
    reads="an inducement to lend: who is induced to lend, and to whom",
    matches=[
        passage(
            "In order to induce the Senior Lender to make the loans described herein to Borrower",
            lender="the Senior Lender",
            to="Borrower",
        )
    ],
    rejects=["to induce the Lender to enter into this Agreement"],
)


#: "Borrower has obtained certain unsecured debt from Junior Creditor"
_OBTAINED = rule(
    "relations.obtained_from",
    r"\b(?:has|have|had)\s+(?:obtained|received|borrowed)\s+(?:certain\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:loans?|debt|advances?|indebtedness|financing)\s+from\s+"
    r"(?P<from>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,5})",
    reads="a borrower that obtained debt: from whom",
    matches=[
        passage(
            "Borrower has obtained certain unsecured debt from Junior Creditor",
            **{"from": "Junior Creditor"},
        )
    ],
    rejects=["Borrower has obtained all consents from the Lenders"],
)


_BORROWING = rule(
    "relations.borrowing_by_from",
    r"\bborrow(?:ings?|ed)\s+(?:of\s+funds\s+)?by\s+(?P<to>[A-Z][\w\s.,'-]{0,60}?)\s+from\s+"
    r"(?P<from>[A-Z][\w\s.,'-]{0,60}?)\s+(?:in\s+the\s+(?:aggregate\s+)?amount\s+of)",
    reads="a borrowing by one party from another, with its amount",
    matches=[
        passage(
            "borrowings by Acme Corp. from First Bank in the aggregate amount of $5,000,000",
            to="Acme Corp.",
        )
    ],
    rejects=["borrowings by the Borrower under the Revolving Credit Facility"],
)


#: the lenders as a class, just before a lending verb: "Each Bank severally agrees", "the
#: Lenders have agreed", "each of the Revolving Lenders, severally and not jointly, agrees"
_CLASS_SUBJECT = re.compile(
    r"\b(?:[Ee]ach(?:\s+of\s+the)?|[Tt]he)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Bank|Lender)s?"
    r"(?:\s*,|\s+(?:hereby|severally|individually|and|not|jointly))*\s+$"
)


def class_lends_to(ctx: DocContext, end: int) -> list[tuple[str, Span]]:
    """The parties the lenders' class lends to in the text before ``end``, each with the
    lending clause: "Each Bank severally agrees ... to make loans to Orchid" names the borrower
    of an agreement that gives it no role word ("Orchid", "the Partnership")."""
    found: dict[str, Span] = {}
    for m in _LEND.finditer(ctx.text, 0, end):
        if _CLASS_SUBJECT.search(ctx.text, max(0, m.start() - 80), m.start()):
            for ref in _borrowers(ctx, m["to"]):
                found.setdefault(ref, ctx.span(m.start(), m.end()))
    return list(found.items())


#: "Each Bank shall make such Loan available to the Servicing Agent": the lenders fund their
#: share through the agent, who passes it on; an agent of the lenders is never the borrower
_AGENT_RECIPIENT = rule(
    "relations.agent_recipient",
    r"(?:(?:the|each|any|such)\s+)?(?:[A-Z][\w-]*\s+){0,3}Agents?",
    reads="the recipient slot of a lending verb: an agent of the lenders (funds pass through it)",
    matches=[
        passage("the Servicing Agent", match="the Servicing Agent"),
        passage("the Administrative Agent", match="the Administrative Agent"),
        passage("the Agent", match="the Agent"),
    ],
    rejects=["the Borrower", "Agent Holdings, Inc.", "the Company"],
    mode="fullmatch",
)


def _borrowers(ctx: DocContext, phrase: str) -> list[str]:
    """The parties a lending verb's recipient names, none when it is the lenders' agent."""
    if _AGENT_RECIPIENT.fullmatch(re.sub(r"\s+", " ", phrase).strip(" ,;:().")):
        return []
    return parties_named(ctx, phrase)


def extract_lending(ctx: DocContext, lo: int, sentence: str) -> None:
    """LENDS_TO from one sentence (at ``lo``) in any of the lending shapes above."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _LEND.finditer(sentence):
        lenders = subject_before(ctx, sentence[: m.start()])
        borrowers = _borrowers(ctx, m["to"])
        for lender in lenders:
            for borrower in borrowers:
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in (*_LEND_TO.finditer(sentence), *_OPENED.finditer(sentence)):
        lenders = subject_before(ctx, AUXILIARY_TAIL.sub("", sentence[: m.start()]))
        for lender in lenders:
            for borrower in _borrowers(ctx, m["to"]):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _INDUCED.finditer(sentence):
        for lender in parties_named(ctx, m["lender"]):
            for borrower in _borrowers(ctx, m["to"]):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _OBTAINED.finditer(sentence):
        for lender in parties_named(ctx, m["from"]):
            for borrower in subject_before(ctx, re.sub(r"[\s,]+$", "", sentence[: m.start()])):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _BORROWING.finditer(sentence):
        money = amount_props(sentence[m.end() : m.end() + 80])
        for lender in parties_named(ctx, m["from"]):
            for borrower in _borrowers(ctx, m["to"]):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence, money)
