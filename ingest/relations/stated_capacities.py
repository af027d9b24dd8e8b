"""The lending capacity a party is named in beside its agent's role: "Granite State Bank, as a
Lender and as administrative agent for the Lenders (in such capacity, the "Agent")",
"Front Range National Bank, as Issuing Bank, as a Lender and as Agent".

Exists because the defined term such a description closes with names only the agent's role
("Agent"), so a party that lends as well would read as an agent alone, and agents do not lend.
Only a capacity stated together with another ("as a Lender and as ...", "as Agent and as a
Lender") counts: a bare "as Lender" is the role the term already gives.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import name_runs
from ingest.records import Span
from ingest.relations.slots import labelled, named_only
from ingest.rules import passage, rule

_CAPACITIES = rule(
    "relations.stated_lending_capacity",
    r",?\s*(?:(?:as|in\s+its\s+capacity\s+as)\s+(?:an?\s+|the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"\s*,\s*)?(?:and\s+)?(?:as|in\s+its\s+(?:individual\s+)?capacity\s+as)\s+(?:an?\s+|the\s+)?"
    r"(?P<role>Lender|Bank|Purchaser|Noteholder)\b(?=\s*,?\s+(?:and\s+)?(?:as|in\s+its)\b)"
    r"|,?\s*as\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[Aa]gent(?:\s+for\s+the\s+\w+)?"
    r"\s*,?\s+and\s+as\s+(?:an?\s+|the\s+)?(?P<role2>Lender|Bank|Purchaser|Noteholder)\b",
    reads="right after a party's name: a lending capacity stated beside an agent's",
    matches=[
        passage(", as a Lender and as administrative agent", role="Lender"),
        passage(", as Issuing Bank, as a Lender and as Agent", role="Lender"),
        passage(", as Administrative Agent and as a Lender", role2="Lender"),
        passage(" as agent for the Banks and as a Bank", role2="Bank"),
        passage(", in its individual capacity as a Bank and in its capacity as agent", role="Bank"),
    ],
    rejects=[
        ", as Lender",
        ", as Administrative Agent",
        ", as Administrative Agent for the Lenders",
        ", as a Guarantor and as a Lender's affiliate",
    ],
)
#: how far before a capacity the name it follows may start
_NAME_WINDOW = 150


def stated_capacities(ctx: DocContext) -> dict[str, tuple[set[str], list[Span]]]:
    """Each party (by name) that a description names in a lending capacity beside an agent's,
    with that capacity (lower case) and the span that states it."""
    out: dict[str, tuple[set[str], list[Span]]] = {}
    text = ctx.text
    for m in _CAPACITIES.finditer(text):
        runs = [
            r
            for r in name_runs(text, max(0, m.start() - _NAME_WINDOW), m.start())
            if r.is_org and not text[r.end : m.start()].strip()
        ]
        if not runs:
            continue
        run = runs[-1]
        refs = labelled(ctx, ctx.lookup(run.text), "Party") or named_only(ctx, run.text)
        for ref in refs[:1]:
            slot = out.setdefault(ref, (set(), []))
            slot[0].add((m["role"] or m["role2"]).lower())
            slot[1].append(ctx.span(run.start, m.end()))
    return out
