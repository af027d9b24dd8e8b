"""A signer's title that says for which of the companies above it is held: "President of each
of the foregoing", "Vice President and Treasurer of each of the above". One officer signs once
for several companies of a block, and the tail names those companies, not the office: the
title is the office alone.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_FOR_EACH = rule(
    "signatures.title_for_each",
    r"(?i),?\s+(?:of|for|on\s+behalf\s+of)\s+each\s+(?:of\s+(?:the\s+)?)?(?:foregoing|above"
    r"|aforementioned|aforesaid)\b.*$"
    # "Treasurer of each" / "of the foregoing": the tail wrapped onto a line the title ends before
    r"|,?\s+(?:of|for)\s+each(?:\s+of(?:\s+the)?)?\s*$",
    reads="the end of a signer's title: the companies above it holds the office in",
    matches=[
        passage("President of each of the foregoing", match=" of each of the foregoing"),
        passage(
            "Vice President and Treasurer, of each of the above Guarantors",
            match=", of each of the above Guarantors",
        ),
        passage("Treasurer of each", match=" of each"),
        passage("Secretary, for each of the", match=", for each of the"),
    ],
    rejects=[
        "Vice President of Finance",
        "Secretary of each Lender's Affiliate",
        "Member of Each Class Committee",
    ],
)


def office_only(title: str | None) -> str | None:
    """The title without a tail naming the companies above it that hold the office."""
    if title is None:
        return None
    return _FOR_EACH.sub("", title).strip() or title
