"""Captions of co-titles on a syndicate's signature pages: "CO-ARRANGERS", "CO-AGENTS:" over
the blocks of the banks a credit agreement honours so, after an "AGENT" caption over the
agent's own block.

Exists because such a caption names no capacity the banks below sign in (they sign as banks
of the syndicate), yet must end the caption above it, which would otherwise give the agent's
role to every bank below.
"""

from __future__ import annotations

import re

from ingest.parties.role_words import role_of
from ingest.rules import passage, rule

_CO_TITLE = rule(
    "signatures.co_title_caption",
    r"[ \t]*(?P<title>CO-[A-Z]+(?:[ \t]+AND[ \t]+CO-[A-Z]+)?|Co-[A-Z][a-z]+)[ \t]*:?[ \t]*",
    reads="a caption of co-titles (co-arrangers, co-agents) over signature blocks",
    matches=[
        passage("CO-ARRANGERS", title="CO-ARRANGERS"),
        passage("CO-AGENTS:", title="CO-AGENTS"),
        passage("CO-ARRANGERS AND CO-AGENTS"),
    ],
    rejects=["CO-OP BANK, N.A.", "CO-BORROWER: ACME, INC.", "AGENT"],
    mode="fullmatch",
)


#: co-titles that are capacities: the co-borrowers owe as the borrowers do
_OWING = rule(
    "signatures.co_title_owing",
    r"(?i)\bco-(?:borrower|obligor|maker|issuer|guarantor)s?\b",
    reads="a co-title that is a capacity the blocks below sign in (co-borrowers)",
    matches=["CO-BORROWERS", "Co-Obligor"],
    rejects=["CO-ARRANGERS", "CO-AGENTS"],
)


def co_title_caption(t: str) -> bool:
    """Whether a line is a caption of co-titles of role words ("CO-ARRANGERS"), which ends
    the caption above and gives the blocks below no role."""
    m = _CO_TITLE.fullmatch(t)
    if m is None or _OWING.search(m["title"]):
        return False  # "CO-BORROWERS:" is a capacity the blocks below sign in
    return role_of(re.sub(r"(?i)co-", "", m["title"]).title()) is not None
