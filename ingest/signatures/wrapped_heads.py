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

import re

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
#: the block's company line is only a branch's designation ("CAYMAN ISLANDS BRANCH"), perhaps
#: under the last word of the bank's name ("GIROZENTRALE" / "CAYMAN ISLANDS BRANCH"): a bank
#: signs through its branch, and a branch is named after its bank, never on its own
_BRANCH_TAIL = rule(
    "signatures.wrapped_branch_tail",
    r"(?:[ \t]*[A-Z][A-Za-z-]+[ \t]*\n)?[ \t]*(?:[A-Z][A-Za-z.'-]*[ \t]+){1,3}"
    r"(?:BRANCH(?:ES)?|AGENCY|Branch(?:es)?|Agency)[ \t]*",
    reads="a signature block's company line that is only a branch or agency designation: the "
    "tail of the bank's name on the line above",
    matches=["CAYMAN ISLANDS BRANCH", "GIROZENTRALE\nCAYMAN ISLANDS BRANCH", "Houston Agency"],
    rejects=[
        "CREDIT LYONNAIS CAYMAN ISLAND\nBRANCH",
        "BANCO ATLANTICO S.A., NEW YORK BRANCH",
        "FIRST NATIONAL BANK OF CHICAGO",
        "Agency",
    ],
    mode="fullmatch",
)
#: the block's company line is only the generic words that end a bank's or company's name
#: ("TRUST COMPANY" under "BANK OF TOKYO-MITSUBISHI"): no company is named by them alone
_GENERIC_TAIL = rule(
    "signatures.wrapped_generic_tail",
    r"[ \t]*(?:(?:NATIONAL|SAVINGS|TRUST|BANKING)[ \t]+){0,2}"
    r"(?:TRUST[ \t]+COMPANY|COMPANY|CORPORATION|ASSOCIATION)[ \t]*",
    reads="a signature block's company line of nothing but the generic words a name ends in: "
    "the tail of the name on the line above",
    matches=["TRUST COMPANY", "NATIONAL ASSOCIATION", "CORPORATION", "SAVINGS ASSOCIATION"],
    rejects=["MERCANTILE TRUST COMPANY", "TRUST COMPANY, as Lender", "Trust Company", "COMPANY:"],
    mode="fullmatch",
)
#: a column of commitment amounts typed left of the bank's name ("$__________      BANK OF X")
_AMOUNT_COLUMN = rule(
    "signatures.amount_column_before_name",
    r"[ \t]*\$[ \t]*[_\d,.]*[ \t]{2,}(?=[A-Z])",
    reads="a commitment amount (or its blank) typed in a column left of a bank's name",
    matches=["$__________                 KESTREL LANDESBANK", "$25,000,000     NORDLAND BANK"],
    rejects=["$25,000,000 of which", "KESTREL LANDESBANK", "$ NORDLAND"],
    mode="match",
)
#: a run of spaces wide enough to part two signature columns on one line
_TWO_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")
#: How many blank lines may stand between the head and the tail.
_MAX_BLANK_LINES = 3


def joined_head(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The whole name of a block's company line that is only the tail of a name wrapped before
    its "of" ("OF CHINA LIMITED, NEW YORK BRANCH"), or after the "and" its head ends in, with
    its span from the head on the nearest line above with text (in the company's column: a
    label typed at the left of the names is no part of them); the name and span unchanged
    otherwise."""
    branch = bool(_BRANCH_TAIL.fullmatch(name))
    generic = bool(_GENERIC_TAIL.fullmatch(name))
    tail = branch or generic or bool(_TAIL.match(name))
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
            if branch and (amount := _AMOUNT_COLUMN.match(line, at)):
                at = amount.end()
            head = _HEAD.match(line[at:])
            if head is None or not (tail or JOINER_END.search(head["name"])):
                return name, start, end
            if (branch or generic) and _TWO_COLUMNS.search(head["name"]):
                # two names side by side above ("THE BANK OF NOVA SCOTIA      THE BANK OF
                # TOKYO"): whose tail the line is, the flattened columns no longer tell
                return name, start, end
            whole = " ".join(f"{head['name']} {name}".split())
            if branch:
                # the branch set off by a comma, as "..., New York Branch" is typed in a line
                *rest, office = name.strip().split("\n")
                whole = " ".join(" ".join([head["name"], *rest]).split()) + ", " + office.strip()
            return whole, line_start + at + head.start("name"), end
        line_end = line_start - 1
    return name, start, end
