"""A seal mark set beside a signature block: "ACME CORP.          (SEAL)", "By: ______  [SEAL]",
"(Corporate Seal)". Agreements executed under seal print it at the right margin of the
company's line or of a line under it; it is no column of its own, nor part of a name.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

SEAL_MARK = rule(
    "signatures.seal_mark",
    r"[(\[][ \t]*(?:corporate[ \t]+)?seal[ \t]*[)\]]",
    re.IGNORECASE,
    reads="a cell that is only a seal mark, printed beside a block's company or signature line",
    matches=[
        passage("(SEAL)", match="(SEAL)"),
        passage("[Seal]", match="[Seal]"),
        passage("(Corporate Seal)", match="(Corporate Seal)"),
    ],
    rejects=["SEAL HOLDINGS, INC.", "(the Seal Company)", "L.S."],
    mode="fullmatch",
)
