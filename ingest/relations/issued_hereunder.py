"""The document's own agreement named, with "this", as the one an instrument is issued under:
"an Amended and Restated Note issued by the Maker to the Investor pursuant to this Agreement",
"The Notes and the Warrants are issued under and pursuant to this Agreement", "will be issued
by the Company to the Subscriber under this Subscription Agreement".

An amendment or exchange agreement that issues a note of its own says so with "this": the note
is issued under that agreement, not under the one it amends (where the notes an amendment only
says evidence the loans belong, :func:`.provided_under.evidenced_notes_under`).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.slots import self_label
from ingest.rules import passage, rule

#: an issuing verb, then the own agreement after "pursuant to", "under" or "in accordance with"
_HEREUNDER = rule(
    "relations.issued_hereunder.this_agreement",
    r"(?i)\b(?:issued|sold|delivered)\b[^.;]{0,120}?\b(?:under\s+and\s+)?"
    r"(?:pursuant\s+to|under|in\s+accordance\s+with)\s+"
    r"(?P<agr>this\s+(?:[a-z][\w-]*\s+){0,3}?(?:agreement|amendment))\b",
    reads="an issuing clause that names the document's own agreement ('this Agreement') as the "
    "one the instrument is issued under",
    matches=[
        passage(
            "a Replacement Note issued by the Maker to the Investor pursuant to this Agreement",
            match="issued by the Maker to the Investor pursuant to this Agreement",
        ),
        passage(
            "The Debentures and the Warrants are issued under and pursuant to this Agreement",
            match="issued under and pursuant to this Agreement",
        ),
        passage(
            "will be sold to the Purchaser in accordance with this Note Purchase Agreement",
            match="sold to the Purchaser in accordance with this Note Purchase Agreement",
        ),
    ],
    rejects=[
        "the Notes issued pursuant to the Credit Agreement",
        "the Borrower shall comply with this Agreement",
        "the Note issued under the Agreement referred to in this Amendment",
    ],
)


def own_agreement(ctx: DocContext) -> str | None:
    """The document's own agreement, None when the document is not one (a note, a warrant)."""
    return ctx.self_ref if self_label(ctx) == "Agreement" else None


def issued_hereunder(ctx: DocContext, clause: str) -> str | None:
    """The own agreement when ``clause`` issues its instrument "pursuant to this Agreement"."""
    m = _HEREUNDER.search(clause)
    found = this_agreement(ctx, m["agr"]) if m else []
    return found[0] if found else None


def this_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """[the own agreement] when ``phrase`` (an agreement slot) is "this ... Agreement", and the
    term it ends on names no other agreement: an amendment's quoted new wording of the credit
    agreement ("... the Notes issued under this Agreement"), where "Agreement" is the amended
    one, is left to the readers of the agreement it amends."""
    own = own_agreement(ctx)
    words = phrase.split()
    if own is None or len(words) < 2 or words[0].lower() != "this":
        return []
    named = ctx.lookup(" ".join(words[1:])) or ctx.lookup(words[-1])
    return [own] if not named or own in named else []
