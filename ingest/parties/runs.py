"""Name runs as the party readers take them: a name that drafting joins to a party the
document already calls by its defined term ("Lender and Acme LLC are parties to ...") is
the name alone.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import NameRun, name_runs
from ingest.rules import rule

#: "Lender and Northwind Operating LLC, a Texas limited liability company ("Borrower"), are
#: parties to ...": a term the document already defined, joined to the name that follows.
_TERM_AND = rule(
    "parties.term_and_name",
    r"(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:and|&)\s+",
    reads="a name run in the recitals: a defined term joined by 'and' to the name after it",
    matches=[
        'Lender and Acme Operating LLC, a Texas limited liability company ("Borrower")',
        "Administrative Agent and Pacific Mills, Inc.",
    ],
    rejects=["the Lender, and the Borrower"],
    mode="match",
)


def _without_term(ctx: DocContext, run: NameRun) -> NameRun:
    """The run without a leading defined term and its "and" ("Lender and Acme LLC" ->
    "Acme LLC"): a name is never joined to a party the document already calls by its term."""
    m = _TERM_AND.match(run.text)
    if m is None or not ctx.lookup(m["term"]):
        return run
    return NameRun(run.start + m.end(), run.end, run.text[m.end() :])


def org_runs(ctx: DocContext, start: int, end: int) -> list[NameRun]:
    """The organisation names of ``text[start:end]``, each without a defined term joined to it."""
    runs = (_without_term(ctx, r) for r in name_runs(ctx.text, start, end))
    return [r for r in runs if r.is_org]
