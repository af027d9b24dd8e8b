"""The records of a signature block (a field, a block) and the few line shapes that the
column, block, company-line and title readers all test ("By"/"Name"/"Title" fields, page
marks, a trailing ", as Agent", a corporate suffix ending a line): one place so that every
reader cuts a line the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.names import TERMINAL_SUFFIXES
from ingest.rules import passage, rule

#: Where a field's label ends: at anything but a letter or digit, a rule to sign on too
#: ("By______" typed without a colon, where a word boundary finds none after "By").
LABEL_END = r"(?![^\W_])"

#: A field of a block ("By", "Name", "Title"), which no notice paragraph swallows.
#: ("BY AND AMONG" under "SIGNATURE PAGE TO CREDIT AGREEMENT" is a heading's line, no field)
FIELD = re.compile(
    r"^(?:(?:[Ee]ach\s+by(?=\s*(?::|$)|\s+[A-Z])|By|BY|by)"
    r"(?!\s+(?:and|AND)\s+(?:among|AMONG|between|BETWEEN)\b)"
    r"|(?:Per|PER)(?=\s*:)|(?:Print(?:ed)?\s+)?Name|Title|Its)" + LABEL_END
)


#: "Title: Treasurer", "Its  President", or a blank form's bare "Title" line with nothing after.
TITLE = re.compile(r"^(?:Title|Its)(?:\s*:|\t|\s{2,}(?=[A-Z])|\s*$)\s*(?P<v>.*)$", re.DOTALL)


@dataclass(slots=True)
class Field:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Block:
    company: str | None = None
    company_span: tuple[int, int] | None = None
    role: str | None = None
    signer: str | None = None
    title: str | None = None
    start: int = 0
    end: int = 0
    fields: list[Field] = field(default_factory=list)
    #: a line of the block says it is signed ("For and on behalf of", "/s/", a rule to sign on)
    signed: bool = False
    #: a "By:" line: the signer signs for someone (an individual signs "/s/ Name" alone)
    by: bool = False
    #: the role is the caption's ("BORROWER:" above), not one its own lines state
    captioned: bool = False
    #: signed under an acceptance ("ACKNOWLEDGED AND AGREED:"), outside the agreement's classes
    accepted: bool = False
    #: "Karl Halvorsen, individually": the signer signs for himself, a party of his own
    individual: bool = False


#: ", as Administrative Agent", ", as a Bank and as", ", as a" (its rest on the next line): the
#: capacity a company's line states after its name, which is no word of the name ("BNP PARIBAS,
#: as a Lender": a name no suffix closes is still the whole line before it)
_CAPACITY = r"(?:the\s+|an?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
ROLE_TAIL = re.compile(
    rf",?\s+as(?:\s+{_CAPACITY}(?:,?\s+and\s+as\s+{_CAPACITY})*(?:,?\s+and(?:\s+as)?)?"
    r"|\s+(?:the|an?))?\s*$"
)


#: "<PAGE>", "<PAGE> 14", "- 12 -": page marks between the lines of a block
PAGE_MARK = re.compile(r"^(?:<PAGE>|-?\s*\d+\s*-?$)")


def suffixed(line: str) -> bool:
    """Whether a line ends in a corporate suffix (a company's name, never a title's rest)."""
    ws = re.findall(r"[\w&]+", line.replace(".", "").lower())
    return bool(ws) and ws[-1] in TERMINAL_SUFFIXES


#: "/ s /": a conformed signature's mark typed with spaces inside it (a converted page spaces
#: the slashes off the letter: "by: / s / Alice T. Brandt"), read as "/s/".
SPACED_MARK = rule(
    "signatures.spaced_conformed_mark",
    r"/[ \t]+[sS][ \t]*/|/[sS][ \t]+/",
    reads="a signature block's By line: the conformed signature's mark typed with spaces",
    matches=[
        passage("by: / s / Alice T. Brandt", match="/ s /"),
        passage("By: /s /Ruth Albee", match="/s /"),
        passage("By: / S/ R. VANCE", match="/ S/"),
    ],
    rejects=["By: /s/ Ruth Albee", "and / or", "Form S/ 1", "A / B / s"],
)
#: a conformed signature's mark, spaced or not: "/s/", "/ s /"
CONFORMED_MARK = rf"(?:/[sS]/|{SPACED_MARK.pattern})"


#: "By: /s/ Dana Whitfield", "BY", "by /s/ ...": the line a block is signed on (a lower-case
#: "by" only before a colon, a signature or the line end;
#: "BY AND AMONG" under "SIGNATURE PAGE TO CREDIT AGREEMENT" is a heading's line). Under a
#: stack of funds or companies one manager or officer signs for, "each by" opens it: "each by
#: Harbor Crest Advisers, Inc., as attorney-in-fact", "each by" / "Name: ..." (never "each by
#: its duly authorized officer", a sentence's words).
BY_LINE = re.compile(
    r"^(?:(?:[Ee]ach|EACH)\s+(?:by|By|BY)(?=\s*(?::|/[sS]/|_|$)|\s+[A-Z])"
    rf"|By|BY|by(?=\s*(?::|{CONFORMED_MARK}|_|$))|(?:Per|PER)(?=\s*:))"
    + LABEL_END
    + r"(?!\s+(?:and|AND)\s+(?:among|AMONG|between|BETWEEN)\b)\s*[:_]*\s*(?P<rest>.*)$",
    re.DOTALL,
)
