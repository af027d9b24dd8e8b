"""The credit facilities a bank's loan agreement names only by the headings of the sections that
make them: "2.1 Revolving Advances. (a) Bank will make advances to Borrower ... in an aggregate
outstanding amount not to exceed ... ($3,500,000)", "2.2 Equipment Term Loan. Bank will lend
Borrower ... up to $1,200,000". Each heading is a credit facility ISSUED_UNDER the own agreement,
with the first limit of its section and the day its own kind's maturity definition gives.

Exists because the readers of lending sentences take a facility's name from a term the sentence
defines (quoted or bare, :mod:`.lines_of_credit`, :mod:`.unquoted_facilities`) or from a
definitions list; bank forms that head each facility's section by its name and never define it
name it nowhere else. Read for one lender ("Bank will make", "Lender agrees to lend": a
syndicate's sections name classes its definitions define), for a heading a word qualifies
("Revolving Advances", not "Advances"), in the own agreement (not an amendment), and only where
no facility already found is defined inside the section (its term names the same facility).
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, clause_span
from ingest.relations.slots import own_base_agreement
from ingest.rules import passage, rule

_HEADING = rule(
    "instruments.facility_heading",
    r"(?m)^[ \t]*(?:Section[ \t]+)?\d{1,2}(?:\.\d{1,2})+\.?[ \t]+"
    r"(?P<title>(?!The\b)[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+"
    r"(?:Advances|Loans?|Line[ \t]+of[ \t]+Credit|Facility))\.?[ \t]*(?:\n|(?=\(\w\)))",
    reads="the heading of a section that names the facility the section makes",
    matches=[
        passage("2.1  Revolving Advances.\n", title="Revolving Advances"),
        passage("   2.2 Equipment Term Loan.\n", title="Equipment Term Loan"),
        passage(
            "Section 3.1 Working Capital Line of Credit (a) The Bank",
            title="Working Capital Line of Credit",
        ),
    ],
    rejects=[
        "2.1 Advances.\n",
        "2.01. The Advances.\n",
        "2.1 Revolving Loans........................15\n",
        "2.3 Repayment of Loans.\n",
    ],
)

#: the one lender's promise to lend, early in the section
_LENDS = rule(
    "instruments.headed_facility_lends",
    r"\b(?:Bank|Lender)\s+(?:hereby\s+)?(?:will|shall|agrees\s+to)\s+(?:make|lend|advance)\b",
    reads="the sentence by which the one lender lends what the section's heading names",
    matches=["Bank will make advances to Borrower", "the Lender agrees to lend to the Borrower"],
    rejects=["each Lender severally agrees to make", "Bank may make advances", "Banks will make"],
)

#: the words before the facility's limit
_LIMIT = rule(
    "instruments.headed_facility_limit",
    r"(?i)\b(?:not\s+to\s+exceed|shall\s+not\s+exceed|up\s+to|in\s+(?:an?|the)\s+"
    r"(?:(?:aggregate|original|maximum)\s+)*principal\s+amount\s+of)\s+",
    reads="the words before the limit of the facility a section makes",
    matches=[passage("outstanding amount not to exceed the lesser of", match="not to exceed ")],
    rejects=["in minimum amounts of $100,000"],
)

_NEXT_HEADING = re.compile(r"(?m)^[ \t]*(?:Section[ \t]+)?\d{1,2}(?:\.\d{1,2})+\.?[ \t]+[A-Z]")
#: how far into its section the lender's promise and the limit may stand
_REACH = 700


def headed_facilities(ctx: DocContext) -> None:
    """A credit facility for each section heading that names what the one lender makes in that
    section, ISSUED_UNDER the own agreement (not an amendment); evidence: the promise to lend."""
    own_ref = own_base_agreement(ctx)
    if own_ref is None:
        return
    text = ctx.text
    for m in _HEADING.finditer(text):
        title = " ".join(m["title"].split())
        nxt = _NEXT_HEADING.search(text, m.end())
        end = min(nxt.start() if nxt else len(text), m.end() + _REACH)
        lends = _LENDS.search(text, m.end(), end)
        if lends is None or ctx.lookup(title) or _facility_within(ctx, m.end(), end):
            continue
        amount = _limit(text, lends.end(), end)
        if amount is None:
            continue
        lo, hi = clause_span(ctx, lends.start(), lends.end())
        maturity = facility_maturity(text, title)
        add_credit_facility(ctx, title, ctx.span(lo, min(hi, end)), amount, maturity, own_ref)


def _facility_within(ctx: DocContext, start: int, end: int) -> bool:
    """Whether a facility already found is defined inside ``[start, end)`` (the section's own
    term for it: "(the Equipment Advance)")."""
    return any(
        e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and any(start <= s.start < end for s in e.evidence)
        for e in ctx.collector.entities.values()
    )


def _limit(text: str, start: int, end: int) -> Amount | None:
    """The amount right after the first limit words in ``text[start:end]``."""
    cue = _LIMIT.search(text, start, end)
    found = find_amounts(text, cue.end(), min(end, cue.end() + 160)) if cue else []
    return found[0] if found else None
