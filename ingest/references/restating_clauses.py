"""AMENDS from the clause in which the parties restate an earlier agreement: "the Borrower and
the Lender hereby agree as follows, amending and restating in its entirety the Credit Agreement
dated as of ...", "the parties hereby agree to amend and restate the Existing Credit Agreement
in its entirety as follows".

An amended and restated credit agreement often carries a plain title ("Credit Agreement") and
says only in this clause that it replaces the earlier one; no title-based reading sees it. The
own agreement AMENDS the agreement the clause names (by defined term, else by title and the
date that follows), with ``restates``.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.add import sentence_span
from ingest.references.amends import matches_near, resolve_title_at
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: the cue every restating clause holds
_RESTATE_CUE = rule(
    "references.restate_cue",
    r"\b(?:amending\s+and\s+restating|amend\s+and\s+restate)\b",
    reads="any text: the words every clause that restates an earlier agreement holds",
    matches=["amending and restating in its entirety", "to amend and restate the Loan Agreement"],
    rejects=["amended and restated", "amends and restates"],
)

#: "hereby agree as follows, amending and restating in its entirety the Credit Agreement",
#: "agree to amend and restate the Existing Loan Agreement", "hereby amend and restate the
#: Original Agreement": the parties' own act, in the present, on an agreement named after it
_RESTATING_CLAUSE = rule(
    "references.restating_clause",
    r"\b(?:(?:hereby\s+)?(?:agree|desire|wish)\s+(?:as\s+follows\s*,?\s+)?(?:to\s+)?|hereby\s+)"
    r"(?:amending\s+and\s+restating|amend\s+and\s+restate)\s+"
    r"(?:in\s+(?:its|their)\s+entirety\s+)?(?:that\s+certain\s+|the\s+)?(?=[A-Z])",
    reads="the document's own text: the earlier agreement the parties say they restate",
    matches=[
        passage(
            "the Company and the Bank hereby agree as follows, amending and restating in its "
            "entirety the Loan Agreement dated as of May 3, 1999",
            match="hereby agree as follows, amending and restating in its entirety the ",
        ),
        passage(
            "the parties hereto agree to amend and restate the Existing Credit Agreement in its "
            "entirety as follows",
            match="agree to amend and restate the ",
        ),
        passage(
            "Borrower and Lender hereby amend and restate that certain Revolving Credit Agreement",
            match="hereby amend and restate that certain ",
        ),
    ],
    rejects=[
        "the Lender may amend and restate the Note from time to time",
        "the Agent is authorized to amend and restate the Security Agreement",
        "hereby agree to amend and restate provisions of the schedules",
    ],
)


def self_restates_by_clause(ctx: DocContext) -> None:
    """The own agreement AMENDS (restates) the agreement its restating clause names."""
    own = ctx.self_ref
    own_entity = ctx.collector.get(own) if own else None
    if own is None or own_entity is None or own_entity.label != "Agreement":
        return
    body_end = analyze(ctx.text).main_end
    for m in matches_near(_RESTATING_CLAUSE, ctx.text, _RESTATE_CUE, 80):
        if m.start() >= body_end:
            break  # an attached document's own clause
        found = resolve_title_at(ctx, own, m.end())
        if found is None:
            continue
        target, end = found
        evidence = sentence_span(ctx, m.start(), end)
        ctx.collector.relate("AMENDS", own, target, evidence, {"restates": True})
