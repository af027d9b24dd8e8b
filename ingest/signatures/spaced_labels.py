"""A signer's title under a label typed with one space and no colon: "Title Secretary",
"Title President/CEO" (older filings set "Name" and "Title" as bare words before the value).

Exists because such a line reads as a title line, but the label is no part of the title: the
signer is the "Secretary", not the "Title Secretary".
"""

from __future__ import annotations

from ingest.rules import passage, rule

_SPACED_TITLE = rule(
    "signatures.spaced_title_label",
    r"(?:Title|TITLE|Its|ITS)[ ](?P<v>[A-Z].*)",
    reads="a title line of a signature block whose label is followed by one space, no colon",
    matches=[
        passage("Title Secretary", v="Secretary"),
        passage("Title President/CEO", v="President/CEO"),
        passage("Its Vice President", v="Vice President"),
    ],
    rejects=["Title: Secretary", "Titled Secretary", "Title insurance"],
    mode="fullmatch",
)


def spaced_title(line: str) -> str | None:
    """The title a "Title Secretary" line gives, without its label; None for any other line."""
    m = _SPACED_TITLE.fullmatch(line.strip())
    return m["v"] if m else None
