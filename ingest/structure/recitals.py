"""The recitals: from "RECITALS", "W I T N E S S E T H" or the first "WHEREAS" to
"NOW, THEREFORE"; their start also caps the preamble.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule
from ingest.structure.regions import Region

RECITALS_START = rule(
    "structure.recitals_start",
    r"^\s*(?:RECITALS|Recitals|W\s*I\s*T\s*N\s*E\s*S\s*S\s*E\s*T\s*H|WITNESSETH|Witnesseth"
    r"|BACKGROUND|Background|PRELIMINARY\s+STATEMENTS?|Preliminary\s+Statements?)\s*[:.\-]*\s*$"
    r"|\bWHEREAS\b|\bWhereas,",
    re.MULTILINE,
    reads="where the recitals begin: their heading on a line of its own, or the first WHEREAS",
    matches=[
        passage("the Bank.\n\nW I T N E S S E T H:\n\nthat", match="\nW I T N E S S E T H:\n"),
        passage("the Bank.\n\nRECITALS\n\nA. The", match="\nRECITALS\n"),
        passage("the Bank. WHEREAS, the Borrower", match="WHEREAS"),
        passage("the Bank.\nPRELIMINARY STATEMENTS.\n", match="PRELIMINARY STATEMENTS.\n"),
        passage("the Bank.\nPreliminary Statements.\n", match="Preliminary Statements.\n"),
    ],
    rejects=[
        "the Background Check described below",
        "whereas the Borrower",
        "the preliminary statements of the Borrower",
    ],
)

_RECITALS_END = rule(
    "structure.recitals_end",
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b",
    re.IGNORECASE,
    reads="where the recitals end: the operative words",
    matches=[
        passage("NOW, THEREFORE, in consideration", match="NOW, THEREFORE"),
        passage("the parties hereto agree as follows:", match="agree as follows"),
    ],
    rejects=["therefore the Borrower shall", "they agree to the following"],
)


def find_recitals(text: str, after: int, limit: int) -> Region | None:
    m = RECITALS_START.search(text, after, min(limit, after + 20_000))
    if not m or m.start() - after > 3000:
        return None
    stop = _RECITALS_END.search(text, m.start(), limit)
    end = stop.start() if stop else min(limit, m.start() + 8000)
    return Region("recitals", m.start(), end)
