"""Witnesses on a signature page: a person who signs "in the presence of" a party, or under
a "Witness:" or "Attest:" caption, attests a signature and is no party to the agreement."""

from __future__ import annotations

import re

#: The caption a witness's signature stands under, at the end of the text before it.
_WITNESS_CUE = re.compile(
    r"(?i)\b(?:in\s+the\s+presence\s+of|witness(?:ed)?(?:\s+by)?|attest(?:ed)?(?:\s+by)?)"
    r"[ \t]*[:\-]?[ \t]*$"
)
#: How far before a block its caption may stand (a line or two).
_CUE_WINDOW = 120


def witnessing(text: str, start: int) -> bool:
    """Whether the signature that starts at ``start`` stands under a witness's caption."""
    before = text[max(0, start - _CUE_WINDOW) : start].rstrip()
    return bool(_WITNESS_CUE.search(before))
