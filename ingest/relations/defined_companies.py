"""The company a short term stands for where only a definition names it: ""Parent" shall mean
Pelican Energy Holdings, Inc., a Delaware corporation", ""HCo" means Harrow Coast Holdings LLC,
a Texas limited liability company", ""Maple" means Maple Ridge Foods Ltd., a corporation
organized under the laws of Ontario".

Exists because a credit agreement's guarantor or grantor is often such a company: no party to
the credit agreement, named nowhere but in its definition, and referred to by the term alone
where the definitions describe the guaranty or security it gave ("that certain Guaranty ...
executed by Parent").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.parties.add import add_party
from ingest.parties.forms import stated_form
from ingest.relations.passing_companies import company_defined_in_passing
from ingest.rules import passage, rule

_TERM_FOR_COMPANY = rule(
    "relations.defined_company",
    r"^[\"\u201c](?P<term>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})[\"\u201d]"
    # '"Parent" means ...', or the colon style of the New York bank forms ('"Parent": ...')
    r"(?:\s*:\s*|\s+(?:shall\s+)?means?\s+)"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:,?\s+(?:[A-Z][\w&'\u2019.-]*|of|and)){0,7}?)"
    r",\s+(?:an?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:corporation|limited\s+liability\s+company"
    r"|limited\s+partnership|general\s+partnership|company|banking\s+corporation)"
    # "..., a corporation organized under the laws of Canada": its place follows its form
    r"|an?\s+(?:corporation|limited\s+liability\s+company|limited\s+partnership|company)\s+"
    r"(?:duly\s+)?(?:(?:organized|incorporated|formed|existing)\s+under\s+the\s+laws\s+of"
    # "..., a company incorporated in the People's Republic of China"
    r"|(?:incorporated|organized|established)\s+in\s+(?:the\s+)?[A-Z]\w*)"
    # "..., the parent corporation of the Borrower": the company is described by its tie
    r"|the\s+(?:(?:direct|indirect|ultimate)\s+)?(?:parent(?:\s+(?:corporation|company))?"
    r"|sole\s+(?:shareholder|stockholder|member))\s+of\s+the\s+[A-Z][\w-]*)\b",
    reads="a definition that makes a short term stand for a company it describes: the company",
    mode="match",
    matches=[
        passage(
            '"Parent" shall mean Pelican Energy Holdings, Inc., a Delaware corporation.',
            term="Parent",
            name="Pelican Energy Holdings, Inc.",
        ),
        passage(
            "\u201cHCo\u201d means Harrow Coast Holdings LLC, a Texas limited liability company, "
            "and its successors.",
            term="HCo",
            name="Harrow Coast Holdings LLC",
        ),
        passage(
            '"Parentco" means Holloway Group, Inc., the parent corporation of the Borrower.',
            term="Parentco",
            name="Holloway Group, Inc.",
        ),
        passage(
            '"Maple" means Maple Ridge Foods Ltd., a corporation organized under the laws of '
            "Ontario.",
            term="Maple",
            name="Maple Ridge Foods Ltd.",
        ),
        passage(
            "\u201cSponsor\u201d means Ostvik Renewables Group Ltd., a company incorporated in "
            "the Kingdom of Norway, and its successors.",
            term="Sponsor",
            name="Ostvik Renewables Group Ltd.",
        ),
        passage(
            "\u201cHoldco\u201d: Larkspur Capital Holdings, LLC, a Nevada limited liability "
            "company.",
            term="Holdco",
            name="Larkspur Capital Holdings, LLC",
        ),
    ],
    rejects=[
        '"Subsidiary" means, as to any Person, a corporation of which shares are owned.',
        '"Borrower" means Pelican Drilling Company and its successors.',
        '"Rating Agency": Fitch, Inc., and its successors.',
        '"Parent Guaranty" means the guaranty of the parent of the Borrower.',
    ],
)


def company_for_term(ctx: DocContext, phrase: str) -> list[str]:
    """The company a definition makes the term ``phrase`` ("Parent", "the Parent") stand for,
    else the one whose name the term's passing definition follows, added as a party and bound
    to the term; [] when neither names one."""
    term = re.sub(r"^(?:the|each)\s+", "", phrase.strip())
    if not term:
        return []
    # '"AMERICAN SKI" shall mean ...' and "American Ski" in the text: the old capitals style
    for written in dict.fromkeys((term, term.upper())):
        ref = _defined_company(ctx, term, written)
        if ref is not None:
            return [ref]
    # '"Harbor" has the meaning specified in Section 4.01(e)': the name the term follows there
    return company_defined_in_passing(ctx, term)


def _defined_company(ctx: DocContext, term: str, written: str) -> str | None:
    """The company the definition of ``written`` (the term as the definitions write it) names,
    added as a party and bound to ``term``; None when no such definition names one."""
    text = ctx.text
    for q in re.finditer(rf"[\"\u201c]{re.escape(written)}[\"\u201d]", text):
        d = _TERM_FOR_COMPANY.match(text[q.start() : q.start() + 400])
        if d is not None and d["term"] == written:
            start, end = q.start() + d.start("name"), q.start() + d.end("name")
            # ", a Delaware corporation": the form and place the definition states
            form = stated_form(text, end, end + 120)
            ref = add_party(ctx, d["name"], start, end, kind="organization", props=form)
            ctx.define(term, ref)
            return ref
    return None
