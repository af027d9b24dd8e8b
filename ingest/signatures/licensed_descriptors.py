"""A description under a signing company's name that says where it is licensed or organized,
in words no description rule reads and often wrapped before the place: "BANCO AUSTRAL, Tampa
Agency," / "an international bank agency licensed by the State of" / "Florida". Both lines
describe the company above; neither is a company, and the place alone ("Florida") must not
become the block's company when the name above is in words no name rule reads.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: "an international bank agency licensed by the State of", "a corporation organized under
#: the laws of the State of New York": a description line naming where the company stands
DESCRIPTION = rule(
    "signatures.licensed_description",
    r"(?i)^an?[ \t]+(?:[\w.-]+[ \t]+){0,6}?(?:licensed|organized|organised|chartered"
    r"|incorporated|existing|formed|registered)[ \t]+(?:by|under|in|and)\b[^\n]*$",
    reads="a signature block's line describing the company above: where it is licensed or "
    "organized",
    matches=[
        passage("an international bank agency licensed by the State of"),
        passage("a corporation organized under the laws of the State of New York"),
        passage("a banking corporation chartered under the laws of Japan,"),
    ],
    rejects=["a Delaware corporation", "ACME BANK, a corporation organized under the laws of"],
    mode="match",
)
#: the description cut before its place: it ends in "of", "the", "by", "under", "in", "laws"
OPEN_DESCRIPTION = rule(
    "signatures.licensed_description_open",
    r"(?i)\b(?:of|the|by|under|in|laws)[ \t]*$",
    reads="a description line cut before the place it names",
    matches=[passage("an international bank agency licensed by the State of", match="of")],
    rejects=["a corporation organized under the laws of the State of New York"],
)
#: "Florida", "State of Florida", "the Commonwealth of Massachusetts": the place alone, the end
#: of a description cut on the line above
PLACE_TAIL = rule(
    "signatures.licensed_description_place",
    r"^(?:the[ \t]+)?(?:(?:State|Commonwealth|Republic|Province|Kingdom|District)[ \t]+of"
    r"[ \t]+)?(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}[ \t]*[.,;]?$",
    reads="the place that ends a description cut on the line above",
    matches=[
        passage("Florida"),
        passage("State of Florida"),
        passage("the Commonwealth of Massachusetts,"),
        passage("NEW YORK"),
    ],
    rejects=["By: /s/ Ann Smith", "Title: Vice President", "Florida Power & Light Company"],
    mode="match",
)


#: the line a description goes on from: a name in capitals closed by a comma ("SOL Y MAR, Miami
#: Agency,"), whose description follows on the next line
NAME_ABOVE = rule(
    "signatures.licensed_description_name_above",
    r"^[ \t]*(?!(?i:by|name|title)\b)[A-Z][A-Z0-9&.'\-]*(?:[ \t]+[A-Z][A-Za-z0-9&.'\-]*){0,6}"
    r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,3})?[ \t]*,[ \t]*$",
    reads="the line above a signature block's description: a name closed by a comma",
    matches=[passage("SOL Y MAR, Miami Agency,"), passage("HALCYON TRUST,")],
    rejects=["By: /s/ Ann Smith,", "Title: Vice President,", "the parties hereto,"],
    mode="match",
)


def describes_above(line: str) -> bool:
    """Whether ``line`` is a name closed by a comma, which the description below goes on."""
    return bool(NAME_ABOVE.match(line))


def describes(line: str, after_open: bool) -> bool:
    """Whether ``line`` describes the company above: a licensed/organized description, or
    (``after_open``: the line above was such a description cut before its place) the place."""
    if DESCRIPTION.match(line):
        return True
    return after_open and bool(PLACE_TAIL.match(line))


def left_open(line: str) -> bool:
    """Whether a description line was cut before the place it names."""
    return bool(DESCRIPTION.match(line) and OPEN_DESCRIPTION.search(line))
