"""A signing company's name with its descriptor, wrapped: "HARBOR REALTY, LP, A DELAWARE
LIMITED" at the end of one line and "PARTNERSHIP" alone on the next, right above the "By:"
line. The block reader takes the line nearest the signature for the company ("PARTNERSHIP");
the company is the name before ", a <place> <form>" on the line above ("HARBOR REALTY, LP").
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: the last words of a descriptor, alone on their line: the block reader's "company"
_TAIL = rule(
    "signatures.wrapped_descriptor_tail",
    r"(?i)^[ \t]*(?P<tail>(?:(?:limited|general)[ \t]+)?partnership|(?:limited[ \t]+)?liability"
    r"[ \t]+company|company|corporation|(?:investment[ \t]+)?trust)[ \t]*,?[ \t]*$",
    reads="a signature block's company line that is only the end of a wrapped descriptor",
    matches=[passage("PARTNERSHIP", tail="PARTNERSHIP"), passage("liability company")],
    rejects=["ACME PARTNERSHIP", "HARBOR REALTY, LP"],
    mode="match",
)
#: the line above: a name, then ", a <place> <first words of the form>"
_HEAD = rule(
    "signatures.wrapped_descriptor_head",
    r"^[ \t]*(?!(?i:by)\b)(?P<name>[A-Z][^\n]*?),[ \t]+(?i:an?)[ \t]+(?P<place>[A-Z][A-Za-z.]*"
    r"(?:[ \t]+[A-Z][A-Za-z.]*)?)(?P<form>(?:[ \t]+(?i:limited|general|real|estate|investment"
    r"|liability))*)[ \t]*$",
    reads="the line above a wrapped descriptor: the company's name and the descriptor's head",
    matches=[
        passage("HARBOR REALTY, LP, A DELAWARE LIMITED", name="HARBOR REALTY, LP"),
        passage("Linden Storage LLC, a Nevada limited", name="Linden Storage LLC"),
        passage("KESTREL HOLDINGS, INC., A TEXAS", name="KESTREL HOLDINGS, INC."),
    ],
    rejects=["By: Harbor Realty Trust, a Maryland", "the parties, a copy of which"],
    mode="match",
)


def described_name(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The company a block's company line that is only a descriptor's tail stands for, with
    its span: the name on the line above before ", a <place> ..."; unchanged otherwise."""
    if not _TAIL.match(name):
        return name, start, end
    line_start = text.rfind("\n", 0, start) + 1
    above_end = line_start - 1
    if above_end <= 0:
        return name, start, end
    above_start = text.rfind("\n", 0, above_end) + 1
    head = _HEAD.match(text[above_start:above_end])
    if head is None:
        return name, start, end
    return head["name"], above_start + head.start("name"), above_start + head.end("name")
