"""The loans a credit agreement defines as what its lender or lenders extend to the borrower
under the agreement itself, by the bare term the agreement then calls its credit: ""Loans"
shall mean loans made by the Banks to the Borrower pursuant to this Agreement", ""Loan" means
an extension of credit to the Borrower by the Bank pursuant to section 2.1 and "Loans" means,
collectively, all such extensions of credit", ""Revolving Loan" and "Revolving Loans" shall
mean, respectively, each direct advance, and the aggregate of all such direct advances, made by
Lender to Borrowers under and pursuant to Section 2.1 of this Agreement", ""Advance" shall mean
a borrowing requested by Companies and funded by Bank under this Agreement".

The term names the agreement's credit facility, ISSUED_UNDER it (the way annotators name such
a facility: by the agreement's own term, "Loans", "Revolving Loans", "Advances").

Exists because the other definition readers each want more of the sentence:
:mod:`.advance_definitions` a syndicate's lender ("by a Lender") or "the loans made by the
Lenders" word for word, :mod:`.bank_loan_classes` a class a word names ("Term Loan", never the
bare "Loans") made "by the Bank to the Borrower", :mod:`.facility_definitions` a facility
noun. Agreements that define their credit only as "Loans" or "Advances" of the lender(s), in
any order of its parts, had no facility at all.

Read only in a definition (the defined-term table's "means" entries, never a term used in an
operative sentence), whose sentence says who lends (the Bank(s) or Lender(s), not a named
class such as "the Swing Line Lender") and that the loans are made under this agreement or one
of its sections; only where the own agreement is a credit or loan agreement (not an
amendment, guaranty or security document) that no reader before found a facility in; and
only for one term (a term and its plural are one; an umbrella "Loans" defined as "the
aggregate of all Revolving Loans" gives way to the class it names), never where two classes
or a bare "Loans" beside a class are so defined, nor for loans the definition makes a draw of
another facility ("an advance ... under the RLC") or a borrowing ("made at the same time").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.relations.provided_under import evidenced_notes_under
from ingest.rules import rule

#: the term of a class of loans or advances: "Loans", "Advance", "Revolving Loans", "TERM LOAN"
_LOANS_TERM = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,2}(?:Loans?|Advances?|LOANS?|ADVANCES?)",
)

#: the words that make a loan term one of interest type, an earlier or another party's loan,
#: or a class some other reader (swing line, bid) reads: never the agreement's facility
_NOT_FACILITY = re.compile(
    r"(?i)\b(?:existing|prior|original|former|intercompany|inter-company|subordinated|seller"
    r"|shareholder|stockholder|affiliate|permitted|eurodollar|euro-dollar|libor|sofr|base|prime"
    r"|floating|fixed|abr|cd|eurocurrency|alternate|reference|swing|swingline|bid|competitive"
    r"|caf|money|protective|overadvance|over-advance|agent|special|unrestricted|designated)\b"
)

_OWN_PLACE = (
    r"(?:\b(?:pursuant\s+to|under)\s+(?:this\s+(?:Credit\s+|Loan\s+)?Agreement\b"
    r"|(?:Sections?|Article|section|subsection|SECTION|ARTICLE)\s+(?:\d|[IVX]+\b)[\w.()]*"
    r"(?![\w.()]*\s+of\s+(?:the|any|such|that)\s+(?!Agreement\b))"
    r"|the\s+Commitments?\b)|\bhereunder\b)"
)

#: the definition's sentence after its quoted term: "means", what is lent (loans, advances,
#: extensions of credit, borrowings, amounts advanced), the lender(s) who lend it and that it
#: is lent under this agreement or a section of it, each within the sentence
_LENT_HEREUNDER = rule(
    "instruments.loans_lent_hereunder",
    r"[\"\u201d]\s*,?\s*(?:shall\s+)?means?,?\s+"
    r"(?=[^.;]{0,200}?\b(?i:loans?|advances?|extensions?\s+of\s+credit|borrowings?"
    r"|amounts?\s+advanced)\b)"
    r"(?=[^.;]{0,240}?\bby\s+(?:the\s+|a\s+|each\s+|any\s+)?(?:Banks?|Lenders?|BANKS?|LENDERS?)"
    r"\b(?![\w'\u2019-]))"
    r"(?=[^;]{0,300}?" + _OWN_PLACE + r")",
    reads="a definition of loans as what the lender(s) extend to the borrower under this "
    "agreement or a section of it",
    matches=[
        '" shall mean loans made by the Banks to the Borrower pursuant to this Agreement.',
        '" means an extension of credit to the Borrower by the Bank pursuant to section 2.1',
        '" shall mean, respectively, each direct advance, and the aggregate of all such direct '
        "advances, made by Lender to Borrowers under and pursuant to Section 2.1 of this "
        "Agreement.",
        '" shall mean a borrowing requested by Companies and funded by Bank under this Agreement.',
        "\u201d means the term loans made by the Lenders to the Borrowers pursuant to Section "
        "2.01 of this Agreement.",
        '" means any loan by the Bank made pursuant to Article II.',
    ],
    rejects=[
        # another agreement's loans
        '" means the loans made by the Lenders to the Borrower pursuant to the Credit Agreement.',
        '" means the loans made by the Banks under Section 2.1 of the Existing Agreement.',
        # the borrower lends
        '" means any loan made by the Borrower to a Subsidiary under Section 7.4.',
        # a class of lenders, another reader's
        '" means a loan made by the Swing Line Lender pursuant to Section 2.4.',
        # no lender said
        '" means a Base Rate Loan or a LIBOR Loan.',
        # documents, not loans
        '" means this Agreement, the Notes and each other document delivered by the Bank '
        "hereunder.",
    ],
    mode="match",
)

#: what makes the defined loans a part of something else than the agreement's credit: a draw
#: of another facility the definition names ("an advance by Lender to the Borrower under the
#: RLC", "a disbursement by Lender to Borrower of principal of the Loan"), or the loans made
#: together on one day ("the aggregate of the Advances made at the same time ... by the
#: Banks", a borrowing)
_PART_OF = rule(
    "instruments.loans_part_of_another",
    r"\b(?:under|of)\s+(?:principal\s+of\s+)?the\s+"
    r"(?!Commitments?\b|Lenders?\b|Banks?\b|Borrowers?\b|Company\b|Agreement\b)[A-Z]"
    r"|\bsame\s+(?:time|day|date|Borrowing\s+Date)\b|\bsingle\s+(?:Request|Notice|Borrowing)\b",
    reads="words of a loans definition that make them a draw of another facility or a borrowing",
    matches=[
        "an advance by Lender to the Borrower under the RLC pursuant to Section 3",
        "a disbursement by Lender to Borrower of principal of the Loan pursuant to Article 2",
        "the aggregate of the Advances made at the same time and of the same type by the Banks",
    ],
    rejects=[
        "loans made by the Banks to the Borrower pursuant to this Agreement",
        "amounts advanced by the Banks to the Borrower under the Commitment",
    ],
)

#: the term just before the defined one that the definition gives too: '"Revolving Loan" and
#: "Revolving Loans" shall mean, respectively, ...'
_PAIRED = re.compile(r"[\"\u201c](?P<t>[^\"\u201d]{1,40})[\"\u201d]\s+(?:and|or)\s+[\"\u201c]$")


def _stem(term: str) -> str:
    """A loan term without case and plural: "Loans" and "LOAN" are one term."""
    return re.sub(r"s$", "", " ".join(term.lower().split()))


def loan_definitions(ctx: DocContext) -> None:
    """A credit facility for each loan term a definition says the lender(s) extend under the
    own agreement (``_LENT_HEREUNDER``), ISSUED_UNDER it; see the module doc for where it is
    read. Evidence: the definition."""
    own = agreement_without_facility(ctx)
    if own is None or evidenced_notes_under(ctx) != own:
        return
    text = ctx.text
    found: dict[str, list[tuple[str, int, int]]] = {}
    for d in find_definitions(text):
        if d.style != "means" or not _LOANS_TERM.fullmatch(d.term) or _NOT_FACILITY.search(d.term):
            continue
        if _LENT_HEREUNDER.match(text, d.end) is None:
            continue
        end = re.search(r"[.;](?:\s|$)", text[d.end : d.end + 400])
        if _PART_OF.search(text, d.end, d.end + (end.start() if end else 400)):
            continue
        terms = [d.term]
        if (pair := _PAIRED.search(text, max(0, d.start - 60), d.start)) and _stem(
            pair["t"]
        ) == _stem(d.term):
            terms.insert(0, pair["t"])
        lo, hi = clause_span(ctx, d.start, d.end)
        for t in terms:
            found.setdefault(_stem(t), []).append((" ".join(t.split()), lo, hi))
    if not found:
        return
    classes = [s for s in found if len(s.split()) > 1]
    for s in [s for s in found if len(s.split()) == 1]:
        _, lo, hi = found[s][0]
        said = text[lo:hi].lower()
        if classes and all(re.search(rf"\b{re.escape(c)}", said) for c in classes):
            del found[s]  # ""Loans" shall mean the aggregate of all Revolving Loans": the class's
    if len(found) != 1:
        # "Loans" beside classes of loans, or two classes ("Dollar Loan", "Gold Loan": kinds of
        # one facility's loans, or two facilities): which is the facility is not said
        return
    for forms in found.values():
        names = list(dict.fromkeys(f[0] for f in forms))
        # the plural, when the definitions give both, names the class ("Loans")
        title = next((n for n in names if n.lower().endswith("s")), names[0])
        title = title.title() if title.isupper() else title
        if any(ctx.collector.get(r) for n in names for r in ctx.lookup(n)):
            continue
        _, lo, hi = forms[0]
        ref = add_credit_facility(
            ctx, title, ctx.span(lo, hi), None, facility_maturity(text, title), own
        )
        for n in names:
            n = n.title() if n.isupper() else n
            if n != title:
                ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), {}, (n,))
                ctx.define(n, ref)
