"""A bank's name wrapped before its "of" on a signature page: "INDUSTRIAL AND COMMERCIAL BANK"
on one line and "OF CHINA LIMITED, NEW YORK BRANCH" on the next, right above the capacity or
the "By:" line ("FIRST NATIONAL BANK" / "OF HARLAN COUNTY"), or after the "AND" its first line
ends in ("BANK OF AMERICA NATIONAL TRUST AND" / "SAVINGS ASSOCIATION"). The block reader takes
the line nearest the signature for the company, which then opens with "of" (or is a name's
tail); the company is the line above and that line joined.

Exists because a signature column is narrower than a long bank name, and the line breaks where
the drafter's word processor wrapped it, often before the "of" of "Bank of ...". A company's
name never opens with "of" or "and", so such a line is always the tail of the name above.
"""

from __future__ import annotations

from ingest.rules import passage, rule
from ingest.signatures.name_ends import JOINER_END

#: the block's company line opens with a joining word no name opens with
_TAIL = rule(
    "signatures.wrapped_name_tail",
    r"(?i)^[ \t]*(?:of|and|&)[ \t]+(?-i:[A-Z])",
    reads="a signature block's company line that opens with 'of' or 'and': a name's tail",
    matches=["OF CHINA LIMITED, NEW YORK BRANCH", "of Harlan County", "AND TRUST COMPANY"],
    rejects=["BANK OF HARLAN COUNTY", "of the Borrower", "Officer"],
    mode="match",
)
#: the line above: the head of the name, every word capitalised, no comma at its end
_HEAD = rule(
    "signatures.wrapped_name_head",
    r"^[ \t]*(?!(?i:by|its|as|name|title|borrower|lender|agent|to)\b)(?P<name>[A-Z][A-Za-z0-9&'.-]*"
    r"(?:[ \t]+(?:[A-Z0-9&][A-Za-z0-9&'.-]*|of|and|the))*)[ \t]*$",
    reads="the line above a name's tail that opens with 'of': the head of the name",
    matches=[
        passage("INDUSTRIAL AND COMMERCIAL BANK", name="INDUSTRIAL AND COMMERCIAL BANK"),
        passage("First National Bank", name="First National Bank"),
    ],
    # "SCHEDULE OF LOANS" / "TO" / "NOTE ... OF TORCHMARK CORPORATION": a heading's word
    rejects=["By: /s/ Orla Penn", "LENDER:", "HARBOR REALTY, LP,", "the bank signs below", "TO"],
    mode="match",
)
#: How many blank lines may stand between the head and the tail.
_MAX_BLANK_LINES = 3


def joined_head(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The whole name of a block's company line that is only the tail of a name wrapped before
    its "of" ("OF CHINA LIMITED, NEW YORK BRANCH"), or after the "and" its head ends in, with
    its span from the head on the nearest line above with text (in the company's column: a
    label typed at the left of the names is no part of them); the name and span unchanged
    otherwise."""
    tail = bool(_TAIL.match(name))
    line_end = text.rfind("\n", 0, start)
    col = start - (line_end + 1)
    for _ in range(_MAX_BLANK_LINES + 1):
        if line_end <= 0:
            return name, start, end
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip():
            # the company's column of the line above, where the line is typed in two
            at = col if 0 < col < len(line) and line[col - 1] in " \t" else 0
            head = _HEAD.match(line[at:])
            if head is None or not (tail or JOINER_END.search(head["name"])):
                return name, start, end
            whole = " ".join(f"{head['name']} {name}".split())
            return whole, line_start + at + head.start("name"), end
        line_end = line_start - 1
    return name, start, end
