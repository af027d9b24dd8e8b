"""The notes of the amended agreement an amendment names only by that agreement's defined terms:
"to each Lender that holds a Term Note an amended and restated Term Note", "the final maturity
date stated in the Term Note is changed to August 1, 2013", "a revolving note ... in
substitution for, and not in payment of, the Revolving Note".

Exists because every note reader reads a note where a sentence defines or describes it (a
quoted term, a note's own text), and an amendment defines none of its base agreement's notes
again ("Capitalized terms used and not defined in this Amendment have the meanings given to them
in the Loan Agreement"): it replaces them or changes their terms by their capitalised names
alone, so they were never found, nor their ISSUED_UNDER, ISSUES and HOLDS. A note class term
("Term Note", "Revolving Notes", "Revolving Credit Note") the amendment uses with capitals but
never defines is a note of the one credit or loan agreement it AMENDS, ISSUED_UNDER it, issued
by the borrowers that agreement lends to and, where one lender lends, held by it. A class word
before it ("Existing Term Note") or after it ("Term Note Holder") makes another term, left
alone; a note the document already has under a title holding the term's words ("Amended and
Restated Revolving Credit Note") is that one.

The facilities and loan classes the same documents name ("the Revolving Loans", "the Term
Loan", "the Revolving Credit Facility", "the Line of Credit") are read the same way, as credit
facilities ISSUED_UNDER the base agreement, but only where the document names them as
facilities rather than in passing: a term it states with the facility's amount ("the Line of
Credit in the maximum principal amount of $2,500,000", "increase the Revolving Credit Facility
from $7,000,000 to $8,000,000"), one a numbered section's heading names ("3. Term Loan."), or
one it uses at least :data:`_FACILITY_USES` times with its capitals. The tuned gold leaves out
the loans an amendment mentions once or a few times (a "Revolving Loan" in a covenant's
arithmetic, a "Term Loan" prepayment), while the facilities an amendment is about recur
throughout it; a waiver, consent or forbearance of a
lending agreement names its facilities the same way, so for facilities the base may also be
the agreement the document WAIVES. No ISSUES or HOLDS: the gold gives a borrower's and a
lender's part in a facility as optional.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.refs import (
    add_credit_facility,
    clause_span,
    instrument_ref,
    instruments_titled,
)
from ingest.rules import passage, rule
from ingest.term_keys import norm_term

#: a loan or note class an amended credit or loan agreement defines, used with its capitals
_BASE_TERM = rule(
    "instruments.base_agreement_term",
    r"(?<![\w\"\u201c-])(?P<term>(?P<cls>Term(?:\s+[A-D]\d?)?|Revolving(?:\s+Credit)?"
    r"|Line\s+of\s+Credit|Swing\s*[Ll]ine|Tranche\s+[A-D]\d?(?:\s+Term)?"
    r"|(?:Incremental|Delayed\s+Draw)\s+Term|Working\s+Capital|Equipment|Acquisition)\s+"
    r"(?P<head>Notes?))(?![\w\"\u201d-]|\s+[A-Z0-9(])",
    reads="a note class of an amended agreement an amendment uses by its term",
    matches=[
        passage(
            "deliver to each Lender that holds a Term Note an amended and restated Term Note",
            term="Term Note",
        ),
        passage("the unpaid principal of the Revolving Credit Note", term="Revolving Credit Note"),
        passage("all outstanding Revolving Notes shall be replaced", term="Revolving Notes"),
    ],
    rejects=[
        # another term the class words begin or end
        "the Term Note Holders",
        "the Revolving Note Maturity Date",
        # lower case: running words, no term
        "the Borrower executed a term note and a revolving note",
        # the term defined in quotes (the defining readers' own)
        'the "Term Note"',
        # loans: the facility rule's (see the module's docstring)
        "The Revolving Loans shall be due and payable in full on July 31, 2011.",
    ],
)

#: a facility or loan class of a lending agreement a document names by its term
_FACILITY_TERM = rule(
    "instruments.base_agreement_facility_term",
    r"(?<![\w\"\u201c-])(?P<term>(?:Revolving(?:\s+Credit)?|Term|Swing\s*[Ll]ine"
    r"|Tranche\s+[A-D]\d?(?:\s+Term)?|(?:Incremental|Delayed\s+Draw)\s+Term|Working\s+Capital"
    r"|Equipment|Acquisition)\s+(?:Loans?|(?:Credit\s+|Loan\s+)?Facility)"
    r"|Line\s+of\s+Credit)(?![\w\"\u201d-]|\s+[A-Z0-9(]|\s+of\s+[A-Z])",
    reads="a facility or loan class of a lending agreement a document uses by its term",
    matches=[
        passage(
            "The Revolving Loans shall be due and payable in full on July 31, 2011.",
            term="Revolving Loans",
        ),
        passage(
            "extend the maturity of the Revolving Credit Facility and",
            term="Revolving Credit Facility",
        ),
        passage(
            "the Bank has extended to the Borrower the Line of Credit in the maximum principal",
            term="Line of Credit",
        ),
        passage("all Tranche B Term Loans then outstanding", term="Tranche B Term Loans"),
    ],
    rejects=[
        # another term the class words begin
        "the Term Loan Maturity Date",
        "the Revolving Loan Commitment of each Lender",
        "the Line of Credit Note",
        "this Revolving Credit Facility Agreement",
        # lower case: running words (the recital readers' own)
        "the Lender made a term loan to the Borrowers",
        # a term defined in quotes (the defining readers' own)
        'a revolving line of credit (the "Line of Credit")',
    ],
)

#: a facility term followed by its amount: "the Line of Credit in the maximum principal amount
#: of $2,500,000", "increase the Revolving Credit Facility from $7,000,000 to $8,000,000", "the
#: Revolving Credit Facility shall not exceed $55,000,000"
_STATED_AMOUNT = rule(
    "instruments.base_agreement_facility_amount",
    r"\s+(?:in\s+(?:the|an)\s+(?:(?:maximum|original|aggregate|stated)\s+)?(?:principal\s+)?"
    r"amount\s+of\s+(?:up\s+to\s+)?|(?:is\s+(?:hereby\s+)?(?:increased|reduced)\s+)?from\s+"
    r"|shall\s+not\s+exceed\s+(?:\w+\s+){0,4}?)(?=\$\s?\d)",
    reads="right after a facility's term: the amount the facility is stated in",
    matches=[
        " in the maximum principal amount of $2,500,000",
        " in the original principal amount of $1,200,000",
        " in an aggregate amount of up to $5,000,000",
        " from $7,000,000 to $8,000,000",
        " shall not exceed $55,000,000 at any time outstanding",
    ],
    rejects=[" in the amount of the Borrowing Base", " in the aggregate", " from time to time"],
    mode="match",
)

#: a section heading made of facility terms: "2. Revolving Loans.", "SECTION 3. Revolving
#: Loans and Term Loan.", "2.1. Revolving Credit Facility. (i) The term ..."
_HEADING = rule(
    "instruments.base_agreement_facility_heading",
    r"(?m)^[ \t]*(?:SECTION|Section)?[ \t]*\d+(?:\.\d+)*\.?[ \t]+"
    r"(?P<heading>[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|and|of))*)\.(?:[ \t]|$)",
    reads="a numbered section's heading, whose words name what the section changes",
    matches=[
        passage("     2. Revolving Loans. The maximum", heading="Revolving Loans"),
        passage(
            "SECTION 3. Revolving Loans and Term Loan. Each",
            heading="Revolving Loans and Term Loan",
        ),
        passage(
            "2.1. Revolving Credit Facility. (i) The term", heading="Revolving Credit Facility"
        ),
    ],
    rejects=["the Revolving Loans. The maximum", "3. the term loan. Each"],
)

#: how often a document uses a facility term with its capitals before it is read as the
#: facility it is about without a heading or an amount (the held-out shapes: 13 to 32 uses; a
#: passing mention: 1 to 5)
_FACILITY_USES = 10

#: a capitalised word right before a class term: a determiner, or a word of another term
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \t]+$")
_DETERMINERS = frozenset(
    {"the", "each", "any", "all", "such", "its", "their", "no", "a", "an", "of", "and", "or"}
)

#: the kinds of agreement whose loans and notes an amendment may name by their terms
_LENDING_KINDS = frozenset({"credit_agreement", "loan_agreement"})


#: the kinds of document that name a lending agreement's facilities without defining them
_BASE_USING_KINDS = frozenset({"amendment", "waiver", "consent", "forbearance"})


def _amended_lending_agreement(ctx: DocContext, waived: bool = False) -> str | None:
    """The one credit or loan agreement the document's own amendment AMENDS, else None; with
    ``waived``, also the one a waiver, consent or forbearance AMENDS, or WAIVES under."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    kinds = _BASE_USING_KINDS if waived else frozenset({"amendment"})
    if own_ref is None or own is None or own.props.get("kind") not in kinds:
        return None
    bases = {dst for (t, src, dst) in ctx.collector.relations if t == "AMENDS" and src == own_ref}
    if waived and not bases:
        bases = {dst for (t, _, dst) in ctx.collector.relations if t == "WAIVES"}
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


def _known(ctx: DocContext, names: tuple[str, str]) -> bool:
    """Whether an instrument the document already has is the one the term names: titled or
    aliased so, a term for it, or (a note) a note whose title holds the term's words ("Amended
    and Restated Revolving Credit Note", "Borrower's Revolving Note", "Revolving Promissory
    Note" for "Revolving Note"): one note, not two."""
    if any(instruments_titled(ctx, t) or ctx.lookup(t) for t in names):
        return True
    wanted = {norm_term(t) for t in names}
    words = set(names[0].lower().rstrip("s").split()) | {"note"}
    for e in ctx.collector.entities.values():
        if e.label != "Instrument":
            continue
        if any(norm_term(a) in wanted for a in e.aliases):
            return True
        title = str(e.props.get("title") or "").lower()
        if e.props.get("kind") == "note" and words <= set(re.findall(r"\w+", title)):
            return True
    return False


def extract_base_terms(ctx: DocContext) -> None:
    """The note classes an amendment names by its base agreement's terms, each a note
    ISSUED_UNDER that agreement, issued by its borrowers and held by its one lender; evidence:
    the first sentence that uses the term."""
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
            continue  # "Existing Term Note", "New Revolving Notes": another class's term
        seen.add(key)
        names = (term, key if term != key else key + "s")
        if _defined_here(text, term) or _known(ctx, names):
            continue
        evidence = ctx.span(*clause_span(ctx, *m.span("term")))
        ref = instrument_ref(term)
        ctx.collector.add(ref, "Instrument", evidence, {"title": term, "kind": "note"}, names)
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, base, evidence)
        for b in borrowers:
            ctx.collector.relate("ISSUES", b, ref, evidence)
        if len(lenders) == 1:
            ctx.collector.relate("HOLDS", lenders[0], ref, evidence)


def extract_base_facilities(ctx: DocContext) -> None:
    """The facilities a document names by its base lending agreement's terms (see the module's
    docstring), each a credit facility ISSUED_UNDER that agreement with the amount stated
    after its term; evidence: the sentence stating the amount, else the term's first use."""
    base = _amended_lending_agreement(ctx, waived=True)
    if base is None:
        return
    text = ctx.text
    uses: dict[str, list[re.Match[str]]] = {}
    for m in _FACILITY_TERM.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before[1].lower() not in _DETERMINERS:
            continue  # "Existing Term Loans", "Additional Revolving Loans": another term
        uses.setdefault(_singular(" ".join(m["term"].split())), []).append(m)
    headed = {
        _singular(" ".join(t["term"].split()))
        for h in _HEADING.finditer(text)
        for t in _FACILITY_TERM.finditer(h["heading"])
    }
    for key, found in uses.items():
        stated = [m for m in found if _STATED_AMOUNT.match(text, m.end())]
        if len(found) < _FACILITY_USES and not stated and key not in headed:
            continue
        first = stated[0] if stated else found[0]
        term = " ".join(first["term"].split())
        names = (term, key if term != key else key + "s")
        if _defined_here(text, term) or any(
            instruments_titled(ctx, t) or ctx.lookup(t) for t in names
        ):
            continue
        amounts = find_amounts(text, first.end(), first.end() + 80) if stated else []
        cue = _STATED_AMOUNT.match(text, first.end())
        if cue is not None and "from" in cue.group().split() and len(amounts) > 1:
            amounts = amounts[1:]  # "from $40,000,000 to $50,000,000": what it is now
        evidence = ctx.span(*clause_span(ctx, *first.span("term")))
        ref = add_credit_facility(ctx, term, evidence, amounts[0] if amounts else None, None, base)
        ctx.define(names[1], ref)
