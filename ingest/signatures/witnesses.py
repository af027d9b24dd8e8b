"""Witnesses on a signature page: a person who signs "in the presence of" a party, or under
a "Witness:" or "Attest:" caption, attests a signature and is no party to the agreement."""

from __future__ import annotations

from ingest.rules import rule

#: The caption a witness's signature stands under, at the end of the text before it.
_WITNESS_CUE = rule(
    "signatures.witness_caption",
    r"(?i)\b(?:in\s+the\s+presence\s+of|witness(?:ed)?(?:\s+by)?|attest(?:ed)?(?:\s+by)?)"
    r"[ \t]*[:\-]?[ \t]*$",
    reads="the caption right above a witness's signature (the text before the block ends on it)",
    matches=[
        "SIGNED for and on behalf of Acme by: By: /s/ A. Reed\n\nin the presence of:",
        "Witness:",
        "ATTEST:",
        "Witnessed by",
    ],
    rejects=[
        "IN WITNESS WHEREOF, the parties have signed this Agreement.",
        "witness the signatures below of the parties",
    ],
)
#: How far before a block its caption may stand (a line or two).
_CUE_WINDOW = 120


def witnessing(text: str, start: int) -> bool:
    """Whether the signature that starts at ``start`` stands under a witness's caption."""
    before = text[max(0, start - _CUE_WINDOW) : start].rstrip()
    return bool(_WITNESS_CUE.search(before))
