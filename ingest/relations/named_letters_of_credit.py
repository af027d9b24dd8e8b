"""One letter of credit a credit agreement names apart, with its issuer and amount: "the Bank
has issued a separate letter of credit in the amount of $75,000 naming Elm Street Associates
as beneficiary (the "Lease Letter of Credit")", "the Lenders have agreed to issue a standby
letter of credit in the amount of $250,000 (the "Bond LC")".

It is an instrument of its own title (not the agreement's generic "Letters of Credit"), which
the one named before the verb ISSUES. One the agreement provides for ("have agreed to issue",
"shall issue") is ISSUED_UNDER it; one already issued ("has issued") was issued apart from it.
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.refs import instrument_ref
from ingest.records import PropValue
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_NAMED_LETTER = rule(
    "relations.named_letter_of_credit",
    r"(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4})\s+"
    r"(?:(?P<past>has|have)\s+(?:heretofore\s+)?issued|(?:has|have)\s+agreed,?\s+to\s+issue"
    r"|(?:shall|will|agrees?\s+to)\s+issue)\s+(?:an?|one)\s+"
    r"(?:(?:separate|irrevocable|standby|stand-by|direct\s+pay|commercial)\s+)*"
    r"letter\s+of\s+credit\b(?P<body>[^;()]{0,300}?(?:\([^()]{0,40}\)[^;()]{0,200}?)*)"
    r"\(\s*(?:[^()\"\u201c\u201d]{0,60}?\s)?(?:the\s+)?[\"\u201c]"
    r"(?P<term>(?:[A-Z][\w/-]*\s+){0,4}(?:Letter\s+of\s+Credit|LC|L/C))[\"\u201d]\s*\)",
    reads="one letter of credit named apart: its issuer, its amount and the term naming it",
    matches=[
        passage(
            "In connection with the Loan, the Bank has issued a separate letter of credit in the "
            "amount of Seventy-Five Thousand Dollars ($75,000) naming Elm Street Associates as "
            'beneficiary (as amended from time to time, the "Lease Letter of Credit").',
            by="the Bank",
            past="has",
            term="Lease Letter of Credit",
        ),
        passage(
            "The Borrower has requested, and the Lenders have agreed, to issue a standby letter "
            "of credit in the amount of $250,000 (the \u201cBond LC\u201d).",
            by="the Lenders",
            term="Bond LC",
        ),
    ],
    rejects=[
        "The Bank may issue letters of credit for the account of the Borrower (each a "
        '"Letter of Credit").',
        "the Bank has issued a letter of credit under the reimbursement agreement (the "
        '"Reimbursement Agreement")',
    ],
)


def extract_named_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """The letter of credit a sentence names apart, its issuer's ISSUES and, when the
    agreement provides for it, ISSUED_UNDER the agreement. Evidence: the sentence."""
    if not in_own_text(ctx, lo) or not ctx.self_ref:
        return
    for m in _NAMED_LETTER.finditer(sentence):
        issuers = parties_named(ctx, m["by"])
        term = " ".join(m["term"].split())
        if not issuers or ctx.lookup(term):
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        amounts = find_amounts(m["body"])
        props: dict[str, PropValue] = {
            "title": term,
            "kind": "letter_of_credit",
            "amount": amounts[0].plain if amounts else None,
            "currency": amounts[0].currency if amounts else None,
        }
        ref = instrument_ref(term)
        ctx.collector.add(ref, "Instrument", evidence, props, (term,))
        ctx.define(term, ref)
        for issuer in issuers:
            ctx.collector.relate("ISSUES", issuer, ref, evidence)
        own = ctx.collector.get(ctx.self_ref)
        if not m["past"] and own is not None and own.props.get("kind") != "amendment":
            ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
