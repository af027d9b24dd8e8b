"""A capacity under a bank's name that the line leaves unfinished: "FIRST HARBOR BANK," /
"individually and" / "as Administrative Agent, Co-Lead Arranger and Joint" / "Bookrunner", or
"individually and as Administrative" / "Agent and Lead Arranger". Its first line states no whole
role yet ("Joint", "Administrative" alone are none), so it is kept open for the lines below
it, which finish it; read alone, it would end the block's company, and the last word on the next
line ("Bookrunner") would read as a caption that drops the first signer under it.

Exists because a signature column is narrower than the several capacities a lead bank takes on
a syndicated credit agreement's signature pages, and the word processor wraps them anywhere.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: "as Administrative Agent, Co-Lead Arranger and Joint": "as", then only capitalised words,
#: "and", "&" and commas to the line's end (never "as Agent for the Lenders", whose lower-case
#: words are no capacity's)
_OPEN = rule(
    "signatures.open_capacity_line",
    r"^(?:(?i:both)[ \t]+)?(?:(?i:individually[ \t]+and)[ \t]+)?(?i:as)[ \t]+"
    r"(?:(?:a|an|the)[ \t]+)?[A-Z][\w.\-]*(?:,?[ \t]+(?:and|&|as|[A-Z][\w.\-]*))*,?[ \t]*$",
    reads="a signature block's capacity line under the company's name, possibly unfinished",
    matches=[
        passage("as Administrative Agent, Co-Lead Arranger and Joint"),
        passage("individually and as Administrative"),
        passage("INDIVIDUALLY AND AS COLLATERAL AGENT AND"),
    ],
    rejects=["as Agent for the Lenders", "as of the date first written above", "Vice President"],
    mode="match",
)


def opens_capacity(line: str) -> bool:
    """Whether ``line`` is a capacity under a company's name ("as ..."), finished or not."""
    return _OPEN.match(line.strip()) is not None
