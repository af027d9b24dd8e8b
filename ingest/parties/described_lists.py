"""Companies a recital or the body lists, each with its descriptor, under one distributive
term: "guaranteed by Acme Feed Mills, Inc., a Nebraska corporation, and Redfield Storage,
LLC, a Missouri limited liability company (each a "Guarantor" and together, the
"Guarantors")".

Exists because the recital and body readers bind a parenthesised term to one described
company (the first or the only one); a list that a distributive term ("each", "together",
"collectively") closes names every company of it, and each company's own descriptor states
its jurisdiction and form.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.names import NameRun, singular
from ingest.parties.add import add_party
from ingest.parties.descriptions import describe
from ingest.parties.forms import DESCRIPTOR
from ingest.parties.role_words import role_of
from ingest.parties.runs import org_runs
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: what stands between one company's descriptor and the next company's name in a list
_JOINER = rule(
    "parties.described_list_joiner",
    r"\s*[,;]?\s*(?:and\s+|&\s+)?(?:each\s+of\s+)?",
    reads="the words joining one described company of a list to the next",
    matches=[passage(", and "), passage(", "), passage(" and "), passage("; and "), passage("; ")],
    rejects=[", as agent for ", " pursuant to "],
    mode="fullmatch",
)

#: a parenthesis that gives several companies one term: "(each a "Guarantor" ...)",
#: "(together, the "Guarantors")", "(collectively, the "Borrowers")"
_DISTRIBUTIVE = re.compile(r"\(\s*(?:each|together|collectively|individually|jointly)\b", re.I)


#: "Each of Tamarack Trucking, LLC, ... and ...": the list's opening words, no part of a name
_EACH_OF = re.compile(r"(?:(?:[Ee]ach|[Bb]oth|[Aa]ll)\s+)?of\s+(?=[A-Z])")


def _without_each_of(run: NameRun) -> NameRun:
    m = _EACH_OF.match(run.text)
    return NameRun(run.start + m.end(), run.end, run.text[m.end() :]) if m else run


def described_chain(ctx: DocContext, runs: list[NameRun], limit: int) -> list[tuple[NameRun, int]]:
    """The described companies that form one list ending at ``limit``: each run followed by
    its descriptor, joined to the next only by a comma or "and" ([] when the chain breaks)."""
    text = ctx.text
    chain: list[tuple[NameRun, int]] = []
    for i, run in enumerate(runs):
        desc = DESCRIPTOR.match(text, run.end, limit)
        if desc is None or not desc["art"]:
            chain = []
            continue
        nxt = runs[i + 1].start if i + 1 < len(runs) else limit
        between = text[desc.end() : nxt]
        chain.append((run, nxt))
        if i + 1 < len(runs) and not _JOINER.fullmatch(between):
            chain = []
    return chain


def extract_described_lists(ctx: DocContext) -> None:
    """Each company of a described list under a distributive term is a party of that term,
    with the jurisdiction and form its own descriptor states; the term names them all."""
    st = analyze(ctx.text)
    if st.preamble is None:
        return
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "paren" or not st.preamble.end <= d.clause_start < st.main_end:
            continue
        if not _DISTRIBUTIVE.match(text, d.clause_start) or role_of(d.term) is None:
            continue
        runs = [_without_each_of(r) for r in org_runs(ctx, d.antecedent_start, d.clause_start)]
        listed = described_chain(ctx, runs, d.clause_start)
        if len(listed) < 2:
            continue
        refs: list[str] = []
        for run, limit in listed:
            party = describe(ctx, run, limit)
            if party is None:
                continue
            refs.append(
                add_party(
                    ctx,
                    run.text,
                    run.start,
                    d.clause_end,
                    props=party.props,
                    aliases=(singular(d.term),),
                )
            )
        ctx.define(d.term, *refs)
        ctx.define(singular(d.term), *refs)
