"""A note payable to several lenders named in a list: "promises to pay to the order of HARBOR
BANK, a New York banking corporation, NORDIC BANK LIMITED, Tampa Agency (collectively,
"Existing Lenders") and PELICAN SAVINGS BANK, a federal savings bank (the "New Lender") ... the
principal sum of ...". Each lender the list names holds the note; the note's principal is
theirs together, so no one of them holds (or lends) that amount alone.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import name_runs
from ingest.relations.slots import named_only
from ingest.rules import passage, rule

#: the payees' list opens after "promise(s) to pay to (the order of)"
_OPENS = rule(
    "relations.payee_list_opens",
    r"(?i)\bpromises?\s+to\s+pay\s+to\s+(?:or\s+to\s+)?(?:the\s+order\s+of\s+)?",
    reads="a note's promise: where the list of its payees opens",
    matches=[
        passage(
            "promises to pay to the order of HARBOR BANK",
            match="promises to pay to the order of ",
        ),
        passage("promise to pay to Alder Fund", match="promise to pay to "),
    ],
    rejects=["promises to pay the principal sum"],
)
#: and closes at the principal, the place of payment or the currency
_CLOSES = rule(
    "relations.payee_list_closes",
    r"(?i)\b(?:the\s+)?principal\s+(?:sum|amount)\b|\bthe\s+sum\s+of\b|\bat\s+(?:P\.?\s*O\.?\s+Box"
    r"|\d)|\bin\s+lawful\s+money\b|\bat\s+(?:its|their|such)\s+(?:office|offices|address)\b"
    # "... (the "Lender") at the office of Delta Bank, located at ...": the place of payment,
    # the office of an agent, never another payee
    r"|\bat\s+the\s+(?:principal\s+|main\s+|head\s+)?(?:office|offices)\s+of\b",
    reads="a note's promise: where the list of its payees closes",
    matches=[
        passage("and lawful assigns, the principal sum of", match="the principal sum"),
        passage("and its successors, at P.O. Box 12", match="at P.O. Box"),
        passage("at 801 Main Street", match="at 8"),
        passage(
            'HARBOR BANK (the "Lender") at the office of Delta Bank, as agent',
            match="at the office of",
        ),
    ],
    rejects=["HARBOR BANK, a New York banking corporation, and NORDIC BANK LIMITED"],
)
#: the longest list read
_LIST_WINDOW = 1500


def listed_payees(ctx: DocContext, clause: str) -> list[str]:
    """The parties a note's promise lists as its payees, by their legal names, when it lists two
    or more (one payee is read as before); in the order written."""
    opens = _OPENS.search(clause)
    if opens is None:
        return []
    start = opens.end()
    closes = _CLOSES.search(clause, start, start + _LIST_WINDOW)
    if closes is None:
        return []
    found: list[str] = []
    for run in name_runs(clause, start, closes.start()):
        if not run.is_org:
            continue
        name = re.sub(r"^(?i:the)\s+", "", run.text)
        for ref in named_only(ctx, name):
            if ref not in found:
                found.append(ref)
    return found if len(found) > 1 else []
