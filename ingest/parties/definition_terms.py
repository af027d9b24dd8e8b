"""The terms a definitions article gives the parties: '"Distributor" means Coastline Sound
Distributors Pty Ltd (ACN 123 456 789), whose registered office is at ...', '"Brenner" or
"Supplier" means Brenner Audio GmbH, a company registered in Germany'. Counsel who name the
parties bare in the preamble or on a cover page ("between Brenner Audio GmbH and Coastline Sound
Distributors Pty Ltd") define what the body calls them pages later, among the other
definitions; a preamble that calls them by those terms only ("between the Customer and the
Supplier (each as defined below)") names them there for the first time.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.names import name_runs
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.preamble import AGREEMENT_TERM
from ingest.parties.role_words import role_of
from ingest.parties.spellings import display_name
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

_TERM = r"[\"\u201c](?:the\s+)?[A-Z][\w&.'\-]*(?:[ \t]+[A-Z][\w&.'\-]*){0,3}[\"\u201d]"
#: One or more quoted terms (joined by "or", "and/or" or a comma), then "means" and the name.
_MEANS_NAME = rule(
    "parties.definition_names_party",
    rf"(?:^|(?<=[\s(]))(?P<terms>{_TERM}(?:[ \t]*,?[ \t]*(?:(?:or|and/or)[ \t]+)?(?:the[ \t]+)?"
    rf"{_TERM}){{0,2}})[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:shall[ \t]+mean|means|shall[ \t]+refer[ \t]+to|refers[ \t]+to)[ \t]+(?=[A-Z])",
    reads="a definitions article: the terms a definition gives the company named after 'means'",
    matches=[
        passage(
            '"Distributor" means Coastline Sound Distributors Pty Ltd (ACN 123 456 789)',
            terms='"Distributor"',
        ),
        passage(
            "\u201cHalvern\u201d or \u201cSupplier\u201d shall mean Halvern Audio GmbH, a company",
            terms="\u201cHalvern\u201d or \u201cSupplier\u201d",
        ),
        # a filing converted from HTML breaks the line after the quoted term
        passage(
            '"Borrower"\nmeans Hurco Tooling, Inc., an Indiana corporation', terms='"Borrower"'
        ),
    ],
    rejects=[
        '"Affiliate" means any entity that controls',
        '"Borrower"\n\nmeans Hurco Tooling, Inc.',
        '"Products" means the goods listed in Schedule 1',
        'the term "Supplier" means',
    ],
)
#: "(3) \u201cGuarantor\u201d Ashcroft Holdings Limited.": an English deed's numbered list of
#: definitions writes each term at the head of its item and the meaning straight after it, no
#: "means" between (the parties, named in the preamble only as "the Borrower, the Guarantor and
#: the Security Trustee (each as defined in clause 1)", are named there and nowhere else).
_TERM_THEN_NAME = rule(
    "parties.definition_term_then_name",
    rf"(?m)^[ \t]*(?:\(\d{{1,3}}\)|\([a-z]{{1,3}}\)|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\.?)?[ \t]*"
    rf"(?P<terms>{_TERM})[ \t]+(?=[A-Z])"
    r"(?!(?:means|shall|has|have|is|are|or|and|A|An|The|Any|Each|All)\b)",
    reads="a numbered definitions list: a term heading its item, then the company it names",
    matches=[
        passage(
            "     (3)  \u201cGuarantor\u201d Ashcroft Holdings Limited.",
            terms="\u201cGuarantor\u201d",
        ),
        passage(
            '1.4 "Lender" Pellbrook Finance Limited, a company incorporated in Jersey',
            terms='"Lender"',
        ),
    ],
    rejects=[
        '"Guarantor" means Ashcroft Holdings Limited.',
        'the "Guarantor" Ashcroft Holdings Limited',
        '(a) "Business Day" A day on which banks are open',
    ],
)
#: What follows the company's name in such a definition: its descriptor, its register number
#: in a parenthesis, or the clause's end; never a list going on ('"Biocept Marks" shall mean
#: Biocept, Inc., "OncoCEE" ...': the marks, no party).
_DESCRIBED_AFTER = rule(
    "parties.definition_name_described",
    r"[ \t]*(?:[.;]|\n|\(|$|,?[ \t\n]+(?:an?|the|whose|with|having|which|incorporated|registered"
    r"|organi[sz]ed|established|located|its|any)\b)",
    reads="a definition naming a party: what follows the name (a descriptor or the end)",
    matches=[
        passage(", an Arizona corporation"),
        passage(" (ACN 123 456 789)"),
        passage(", whose registered office is at"),
        passage(";"),
        passage(", any of its Lending Installations, and its successors"),
    ],
    rejects=[', "OncoCEE", "CEE-Sure"', " Products and all related marks"],
    mode="match",
)
_QUOTED = re.compile(r"[\"\u201c](?:the\s+)?([^\"\u201d]+)[\"\u201d]")
#: Terms every contract gives every party, and what a definition never names a party by.
_GENERIC = frozenset({"party", "parties", "we", "us", "you"})
#: Where a preamble names a party by its term alone: "between the Customer and the Supplier".
_TERM_AS_PARTY = r"(?i:\b(?:between|among|by|and|with)\s+)(?:the\s+)?{term}\b"


def extract_definition_terms(ctx: DocContext) -> None:
    """Give a party of the own agreement named bare (with no term) the terms a definition
    names it by (where no one else goes by them); where the preamble names the parties by
    those terms alone and no party was read from it, the company the definition names is the
    party."""
    st = analyze(ctx.text)
    if ctx.self_ref is None:
        return
    text = ctx.text
    own = {
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and r.target == ctx.self_ref
    }
    preamble = text[st.preamble.start : st.preamble.end] if st.preamble else ""
    heads = [*_MEANS_NAME.finditer(text, 0, st.main_end)]
    heads += _TERM_THEN_NAME.finditer(text, 0, st.main_end)
    for m in heads:
        terms = [
            t.group(1).strip()
            for t in _QUOTED.finditer(m["terms"])
            if norm_term(t.group(1)) not in _GENERIC and not AGREEMENT_TERM.search(t.group(1))
        ]
        runs = name_runs(text, m.end(), min(len(text), m.end() + 200))
        if not terms or not runs or runs[0].start != m.end() or not runs[0].is_org:
            continue
        run = runs[0]
        if not _DESCRIBED_AFTER.match(text, run.end):
            continue
        ref = party_ref(display_name(ctx, run.text))
        if ref not in own:
            if not preamble or len(own) > 1 or not _named_by_term(preamble, terms):
                continue
            ref = add_party(ctx, run.text, run.start, run.end)
            party_to(ctx, ref, role_of(terms[-1]), run.start, run.end)
            own.add(ref)
        party = ctx.collector.get(ref)
        if party is None or party.aliases:
            continue  # a term of its own already (a definition's other one may be a typo)
        free = [t for t in terms if set(ctx.lookup(t)) <= {ref}]
        if not free:
            continue
        ctx.collector.add(ref, "Party", ctx.span(m.start(), run.end), aliases=tuple(free))
        for term in free:
            ctx.define(term, ref)


def _named_by_term(preamble: str, terms: list[str]) -> bool:
    """Whether the preamble names a party by one of ``terms``: "between the Customer and"."""
    return any(re.search(_TERM_AS_PARTY.format(term=re.escape(t)), preamble) for t in terms)
