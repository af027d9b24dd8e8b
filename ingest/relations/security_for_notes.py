"""The collateral a credit agreement says is security for its notes: "all of the Collateral
shall be security for the Notes and for the performance of all obligations of the Borrower to
the Bank", "the Pledged Shares shall constitute security for the Term Note".

The collateral (a term the agreement defines) SECURES each note the sentence names. Why a
reader of its own: the grant readers start from who grants a security interest; this sentence
has no grantor, only the collateral and what it stands for.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import instruments_in, trimmed
from ingest.rules import passage, rule

_SECURITY_FOR = rule(
    "relations.collateral_security_for_notes",
    r"\b(?:all\s+(?:of\s+)?)?the\s+(?P<asset>(?:[A-Z][\w-]*\s+){0,2}(?:Collateral|Shares|Property))"
    r"\s+(?:shall|will)\s+(?:be|constitute|serve\s+as)\s+(?:the\s+)?(?:collateral\s+)?"
    r"security\s+for\s+(?P<what>[^;.]{3,200})",
    reads="collateral the agreement defines and the notes it is security for",
    matches=[
        passage(
            "all of the Collateral shall be security for the Notes and for the performance of all "
            "obligations of the Borrower to the Bank.",
            asset="Collateral",
        ),
        passage(
            "the Pledged Shares shall constitute security for the Term Note.",
            asset="Pledged Shares",
            what="the Term Note",
        ),
    ],
    rejects=[
        "the Collateral shall not be security for any other indebtedness",
        "the collateral shall be security for the Notes",
    ],
)


def extract_security_for_notes(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES from the collateral to each note the sentence says it is security for (see the
    module doc). Evidence: the sentence."""
    if not in_own_text(ctx, lo):
        return
    for m in _SECURITY_FOR.finditer(sentence):
        term = " ".join(m["asset"].split())
        if not re.search(rf"[\"\u201c]{re.escape(term)}[\"\u201d]", ctx.text):
            continue  # a term the agreement defines, never a loose noun
        notes = instruments_in(ctx, m["what"])
        if not notes:
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        asset = add_asset(ctx, term, evidence)
        for note in notes:
            ctx.collector.relate("SECURES", asset, note, evidence)
