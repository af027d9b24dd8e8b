"""The loans a syndicated agreement's lending sentence has each lender make severally, where no
definition or recital names the facility: "Each Bank severally agrees, on the terms and
conditions set forth herein, to make Syndicated Loans to the Borrower from time to time before
the Termination Date; provided that ... shall not exceed the amount of its Commitment". The
loans' term names the agreement's credit facility, ISSUED_UNDER it, with the total the
signature pages add the commitments up to ("TOTAL COMMITMENTS: $60,000,000"), else the figure
its cover heads the title with (:func:`.cover_amounts.cover_amount`), and the day the
termination or maturity definition opens on.

Exists because these forms define the loans only by their interest basis (""Syndicated Loan"
means a Base Rate Loan or a Euro-Dollar Loan") and each lender's commitment by the amount
"set forth opposite the name of such Bank on the signature pages": neither the definitions
(:mod:`.advance_definitions`) nor a recital (:mod:`.described_facilities`) names what is lent.
Read only where the own agreement (not an amendment) has no facility yet, where one term is
lent so (two, such as revolving and term loans, are left alone) and where the definitions
define it (quoted, or in a list whose quotes were lost: "Loan means a Loan by a Lender to the
Company under Section 2.1").

A class of lenders named for the loans it makes ("Each Revolving Credit Lender severally
agrees ... to make Revolving Credit Advances", "each Term Loan Bank ... to make Term Loans")
says itself which facility the sentence lends: each such facility is read beside the others,
whatever the agreement defines already (its term sentence, "to make advances (each, a "Term
Advance")", is read by :mod:`.lines_of_credit`), without an amount (the total is the
syndicate's, of every facility).
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.context import DocContext, norm_term
from ingest.defined_terms import find_definitions
from ingest.instruments.cover_amounts import cover_amount
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.rules import passage, rule

_SEVERAL_LENDING = rule(
    "instruments.several_lending_sentence",
    # "Each Revolving Credit Lender severally agrees": the class of lenders the loans are of
    r"\b[Ee]ach\s+(?P<lenders>(?:[A-Z][\w-]*\s+){0,3}?)(?P<head>Bank|Lender)\s*,?\s+severally"
    # "severally (and not jointly) agrees", "severally and not jointly, agrees"
    r"(?:\s*,?\s*\(?and\s+not\s+jointly\)?)?\s*,?\s+agrees\b[^.;]{0,120}?\bto\s+"
    # the first of the things each lender agrees to, labelled: "to (a) make Revolving Loans"
    r"(?:\((?:a|i|1)\)\s+)?(?:make|fund)\s+"
    # "to fund its Pro Rata Share of Advances to the Borrower"
    r"(?:its\s+(?:Pro\s+Rata|pro\s+rata|Ratable|ratable)\s+Share\s+of\s+)?"
    # "to make loans to the Borrower": the loans the definitions name ("Loans" means ...)
    r"(?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Loans|Advances)|loans|advances)\s+"
    # the currency they are lent in, between ("to make loans in Dollars to the Borrowers")
    r"(?:(?:denominated\s+)?in\s+(?:U\.S\.\s+)?Dollars\s+)?to\s+(?:the\s+)?"
    # "to any Borrower", "to each Borrower": one of several borrowers
    r"(?:(?:any|each)\s+(?:of\s+the\s+)?)?(?:Borrower|Company)s?\b",
    reads="the sentence by which each lender severally makes the loans a term names",
    matches=[
        passage(
            "Each Bank severally agrees, on the terms and conditions set forth herein, to make "
            "Committed Loans to the Borrower from time to time before the Termination Date",
            term="Committed Loans",
        ),
        passage(
            "Each Lender severally agrees to make Revolving Advances to the Company from time to "
            "time during the Availability Period",
            term="Revolving Advances",
        ),
        passage(
            "Each Bank severally agrees, on the terms and conditions set forth in this "
            "Agreement, to make loans to the Borrower pursuant to this Section",
            term="loans",
        ),
        passage(
            "each Lender severally (and not jointly) agrees, on the terms and conditions set "
            "forth in this Agreement, to make Loans to the Borrower from time to time",
            term="Loans",
        ),
        passage(
            "each Bank, severally and not jointly, agrees to make Revolving Advances to Borrower "
            "in an aggregate principal amount",
            term="Revolving Advances",
        ),
        passage(
            "each Lender severally agrees, on the terms and conditions set forth in this "
            "Agreement, to fund its Pro Rata Share of Advances to the Borrower in Agreed "
            "Currencies",
            term="Advances",
        ),
        passage(
            "each Lender severally agrees, on the terms and conditions set forth in this "
            "Agreement, to make loans in Dollars to the Borrowers pursuant to this Section 2.01",
            term="loans",
        ),
        passage(
            "Each Bank severally agrees to make Revolving Loans denominated in U.S. Dollars to "
            "the Company from time to time",
            term="Revolving Loans",
        ),
        # one of several borrowers; the lending listed first of what each lender agrees to
        passage(
            "Each Lender severally agrees, on the terms and conditions set forth in this "
            "Agreement, to make Loans to any Borrower, and to participate in Letters of Credit",
            term="Loans",
        ),
        passage(
            "Each Bank severally agrees, on the terms and conditions hereinafter set forth, to "
            "(a) make Revolving Loans to the Borrower, (b) participate in Swing Loans",
            term="Revolving Loans",
        ),
        passage(
            "each Lender severally agrees to make Advances to each of the Borrowers from time to "
            "time",
            term="Advances",
        ),
        # a class of lenders named for the loans they make
        passage(
            "Each Revolving Credit Lender severally agrees, on the terms and conditions "
            "hereinafter set forth, to make Revolving Credit Advances to the Borrower",
            term="Revolving Credit Advances",
            lenders="Revolving Credit ",
        ),
        passage(
            "each Term Loan Bank severally agrees, on the terms and conditions set forth in this "
            "Agreement, to make Term Loans to the Borrower from time to time",
            term="Term Loans",
            lenders="Term Loan ",
        ),
    ],
    rejects=[
        "each Bank severally agrees to make its ratable share of each Borrowing",
        "the Swing Line Lender agrees to make Swing Line Loans to the Borrower",
        "Each Lender severally agrees to make term loans to the Borrower",
        "each Lender severally and not jointly agrees to purchase participations in the Loans",
        "Each Lender severally agrees to make Loans in Sterling to the UK Borrower",
        "Each Revolving Credit Lender severally agrees to indemnify the Issuing Banks",
        "Each Lender severally agrees to (a) pay to the Agent its share, (b) make Loans to any "
        "Borrower",
        "each Lender severally agrees to make Loans to any Subsidiary of the Borrower",
    ],
)

#: what the signature pages add the lenders' commitments up to: "TOTAL COMMITMENTS:  $60,000,000"
_TOTAL_COMMITMENTS = rule(
    "instruments.total_commitments_line",
    r"(?i)\btotal\s+commitments\s*:?\s*(?=(?:U\.?S\.?\s*)?\$\s?\d)",
    reads="the total of the lenders' commitments a signature page or schedule states",
    matches=[
        passage("TOTAL COMMITMENTS:\n$75,000,000", match="TOTAL COMMITMENTS:\n"),
        passage("Total Commitments    $40,000,000", match="Total Commitments    "),
    ],
    rejects=["the Total Commitments then in effect", "total commitments of $5,000,000"],
)


def several_lending(ctx: DocContext) -> None:
    """The one facility each lender's several lending sentence names, ISSUED_UNDER the own
    agreement (not an amendment) that has no facility yet; and each facility a class of
    lenders named for it makes ("Each Revolving Credit Lender ... to make Revolving Credit
    Advances"), beside the facilities already found. Evidence: the sentence."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    if own_ref is None or own is None or own.label != "Agreement":
        return
    if own.props.get("kind") == "amendment":
        return
    text = ctx.text
    definitions = {norm_term(d.term): text[d.end : d.clause_end] for d in find_definitions(text)}
    found: dict[str, tuple[int, int]] = {}
    classed: dict[str, tuple[int, int]] = {}
    named_classes: set[str] = set()  # classes of lenders the definitions name
    for m in _SEVERAL_LENDING.finditer(text):
        term = " ".join(m["term"].split())
        term = term[:1].upper() + term[1:]  # "to make loans": the defined "Loans"
        if not {norm_term(term), norm_term(term[:-1])} & definitions.keys():
            continue
        span = clause_span(ctx, m.start(), m.end())
        lenders = " ".join(m["lenders"].split())
        if not lenders:
            found.setdefault(term, span)
        # "Each Revolving Credit Lender ... Revolving Credit Advances", "each Term Loan Bank
        # ... Term Loans": the class's words open the loans' term. Its evidence ends at the
        # borrower it lends to: the figures after it are the borrowings' minimums ("Each
        # Borrowing shall be in an aggregate amount of $1,000,000"), not the facility's amount
        elif (term.startswith(lenders + " ") or term[:-1] == lenders) and _made_by(
            definitions.get(norm_term(term[:-1]), definitions.get(norm_term(term), "")), lenders
        ):
            classed.setdefault(term, (span[0], m.end()))
            if {
                norm_term(f"{lenders} {m['head']}"),
                norm_term(f"{lenders} {m['head']}s"),
            } & definitions.keys():
                named_classes.add(term)
    if agreement_without_facility(ctx) == own_ref and len(found) == 1:
        ((term, (lo, hi)),) = found.items()
        if not _known(ctx, term):
            totals = {
                (a.value, a.currency): a
                for m in _TOTAL_COMMITMENTS.finditer(text)
                if (a := next(iter(find_amounts(text, m.end(), m.end() + 30)), None)) is not None
            }
            amount = next(iter(totals.values())) if len(totals) == 1 else cover_amount(text)
            maturity = facility_maturity(text, term)
            add_credit_facility(ctx, term, ctx.span(lo, hi), amount, maturity, own_ref)
    # each class of lenders lends its own facility: no one total or cover figure is its amount.
    # A lone class the definitions do not name ("Each Tranche A Bank ... Tranche A Loans" beside
    # a Tranche B whose loans are not defined) is left to the readers of classes of loans
    for term, (lo, hi) in classed.items():
        if (len(classed) > 1 or term in named_classes) and not _known(ctx, term):
            maturity = facility_maturity(text, term)
            add_credit_facility(ctx, term, ctx.span(lo, hi), None, maturity, own_ref)


def _known(ctx: DocContext, term: str) -> bool:
    """Whether a reader before this one made the loans ``term`` names (or its singular) an
    entity already."""
    return any(ctx.collector.get(r) for t in (term, term[:-1]) for r in ctx.lookup(t))


#: the lenders a loan's definition says make it ("means a loan made by a Tranche A Bank")
_MADE_BY = rule(
    "instruments.several_lending_made_by",
    r"\bmade\s+by\s+(?:a|an|the|each|any)\s+(?P<class>(?:[A-Z][\w-]*\s+){0,4}?)"
    r"(?:Bank|Lender)s?\b",
    reads="the class of lenders a loan's definition says makes the loans",
    matches=[
        passage(
            " means a loan made by a Tranche A Bank pursuant to Section 2.01(a).",
            **{"class": "Tranche A "},
        ),
        passage(" means a loan made by a Bank pursuant to Section 2.01(a).", **{"class": ""}),
    ],
    rejects=[" means a Prime Rate Loan or a LIBOR Loan.", " made by the Borrower to a Bank"],
)


def _made_by(definition: str, lenders: str) -> bool:
    """Whether the loans' definition leaves them to the class ``lenders`` ("Tranche A Loan"
    means a loan made by a Tranche A Bank, or says nothing of who makes them); a definition
    naming other lenders ("a loan made by a Bank") makes the sentence's class no facility's."""
    m = _MADE_BY.search(definition)
    return m is None or " ".join(m["class"].split()) == lenders
