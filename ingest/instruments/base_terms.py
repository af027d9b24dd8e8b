"""The loans and notes of the amended agreement an amendment names only by that agreement's
defined terms: "The Revolving Loans shall be due and payable in full on July 31, 2011", "the
Borrower shall repay the Term Loan in consecutive quarterly installments", "to each Lender that
holds a Term Note an amended and restated Term Note", "the final maturity date stated in the
Term Note is changed to August 1, 2013".

Exists because every facility and note reader reads an instrument where a sentence defines or
describes it (a quoted term, a lending sentence, a note's own text), and an amendment defines
none of its base agreement's instruments again ("Capitalized terms used and not defined in this
Amendment have the meanings given to them in the Loan Agreement"): it changes their amounts,
maturities and payments by their capitalised names alone, so they were never found, nor their
ISSUED_UNDER, ISSUES and HOLDS. A term of a known loan or note class ("Term Loan", "Revolving
Loans", "Revolving Credit Note", "Tranche B Term Loans") the amendment uses with capitals but
never defines is an instrument of the one credit or loan agreement it AMENDS, ISSUED_UNDER it;
a note is issued by the borrowers that agreement lends to and, where one lender lends, held by
it. A class word before it ("Existing Term Loan", "New Term Loans") or after it ("Term Loan
Commitment", "Revolving Note Holder") makes another term, left alone.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.instruments.refs import clause_span, instrument_ref, instruments_titled
from ingest.rules import passage, rule

#: a loan or note class an amended credit or loan agreement defines, used with its capitals
_BASE_TERM = rule(
    "instruments.base_agreement_term",
    r"(?<![\w\"\u201c-])(?P<term>(?P<cls>Term(?:\s+[A-D]\d?)?|Revolving(?:\s+Credit)?"
    r"|Line\s+of\s+Credit|Swing\s*[Ll]ine|Tranche\s+[A-D]\d?(?:\s+Term)?"
    r"|(?:Incremental|Delayed\s+Draw)\s+Term|Working\s+Capital|Equipment|Acquisition)\s+"
    r"(?P<head>Loans?|Notes?|Advances?))(?![\w\"\u201d-]|\s+[A-Z0-9(])",
    reads="a loan or note class of an amended agreement an amendment uses by its term",
    matches=[
        passage(
            "The Revolving Loans shall be due and payable in full on July 31, 2011.",
            term="Revolving Loans",
        ),
        passage(
            "the Borrower shall repay the Term Loan in consecutive quarterly installments",
            term="Term Loan",
        ),
        passage(
            "deliver to each Lender that holds a Term Note an amended and restated Term Note",
            term="Term Note",
        ),
        passage(
            "all outstanding Tranche B Term Loans shall be repaid", term="Tranche B Term Loans"
        ),
        passage("the unpaid principal of the Revolving Credit Note", term="Revolving Credit Note"),
    ],
    rejects=[
        # another term the class words begin or end
        "the aggregate Term Loan Commitments of the Lenders",
        "the Revolving Loan Maturity Date",
        # lower case: running words, no term
        "the Lender made a term loan to the Borrowers and makes revolving loans",
        # the term defined in quotes (the defining readers' own)
        'the "Term Loan"',
    ],
)

#: a capitalised word right before a class term: a determiner, or a word of another term
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \t]+$")
_DETERMINERS = frozenset(
    {"the", "each", "any", "all", "such", "its", "their", "no", "a", "an", "of", "and", "or"}
)

#: the kinds of agreement whose loans and notes an amendment may name by their terms
_LENDING_KINDS = frozenset({"credit_agreement", "loan_agreement"})


def _amended_lending_agreement(ctx: DocContext) -> str | None:
    """The one credit or loan agreement the document's own amendment AMENDS, else None."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    if own_ref is None or own is None or own.props.get("kind") != "amendment":
        return None
    bases = {dst for (t, src, dst) in ctx.collector.relations if t == "AMENDS" and src == own_ref}
    lending = [
        b
        for b in bases
        if (e := ctx.collector.get(b)) is not None
        and e.label == "Agreement"
        and e.props.get("kind") in _LENDING_KINDS
    ]
    return lending[0] if len(lending) == 1 else None


def _singular(term: str) -> str:
    return term[:-1] if term.endswith("s") else term


def _defined_here(text: str, term: str) -> bool:
    """Whether the document defines the term (either number) in quotes itself."""
    stem = re.escape(_singular(term)).replace(r"\ ", r"\s+")
    return re.search(rf"[\"\u201c]{stem}s?[\"\u201d]", text) is not None


def extract_base_terms(ctx: DocContext) -> None:
    """The loan and note classes an amendment names by its base agreement's terms, each an
    instrument ISSUED_UNDER that agreement (a note also issued by its borrowers and held by
    its one lender); evidence: the first sentence that uses the term."""
    base = _amended_lending_agreement(ctx)
    if base is None:
        return
    text = ctx.text
    lends = [(src, dst) for (t, src, dst) in ctx.collector.relations if t == "LENDS_TO"]
    borrowers = sorted({dst for _, dst in lends})
    lenders = sorted({src for src, _ in lends})
    seen: set[str] = set()
    for m in _BASE_TERM.finditer(text):
        term = " ".join(m["term"].split())
        key = _singular(term)
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if key in seen or (before and before[1].lower() not in _DETERMINERS):
            continue  # "Existing Revolving Loans", "New Term Loan": another class's term
        seen.add(key)
        names = (term, key if term != key else key + "s")
        if _defined_here(text, term) or any(instruments_titled(ctx, t) for t in names):
            continue
        is_note = m["head"].startswith("Note")
        evidence = ctx.span(*clause_span(ctx, *m.span("term")))
        ref = instrument_ref(term)
        kind = "note" if is_note else "credit_facility"
        ctx.collector.add(ref, "Instrument", evidence, {"title": term, "kind": kind}, names)
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, base, evidence)
        if is_note:
            for b in borrowers:
                ctx.collector.relate("ISSUES", b, ref, evidence)
            if len(lenders) == 1:
                ctx.collector.relate("HOLDS", lenders[0], ref, evidence)
