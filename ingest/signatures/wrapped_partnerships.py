"""A partnership's name wrapped on a signature page: "HARBOR CARE OF DAYTON LIMITED" on one
line and "PARTNERSHIP" alone on the next ("HARBOR CARE ADVISORS" / "LIMITED PARTNERSHIP"),
right above the general partner's "By:" line. The block reader takes the line nearest the
signature for the company ("PARTNERSHIP"); the company is the two lines joined.

Exists because a group of co-borrowers that signs one block each (a parent, its
subsidiaries, the limited partnerships they are general partners of) often has names longer
than the signature column, and the form is what wraps. The descriptor's tail ("..., A
DELAWARE LIMITED" / "PARTNERSHIP") is :mod:`ingest.signatures.wrapped_descriptors`'s.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: the form alone on its line: the block reader's "company"
_TAIL = rule(
    "signatures.wrapped_partnership_tail",
    r"(?i)^[ \t]*(?P<tail>(?:(?:limited|general)[ \t]+)?partnership)[ \t]*,?[ \t]*$",
    reads="a signature block's company line that is only the end of a partnership's name",
    matches=[passage("PARTNERSHIP", tail="PARTNERSHIP"), passage("LIMITED PARTNERSHIP")],
    rejects=["ACME CARE PARTNERSHIP", "a limited partnership"],
    mode="match",
)
#: the line right above: the head of the name, every word capitalised, no descriptor
_HEAD = rule(
    "signatures.wrapped_partnership_head",
    r"^[ \t]*(?!(?i:by|its|as|name|title)\b)(?P<name>[A-Z0-9][A-Za-z0-9&'.-]*"
    r"(?:[ \t]+(?:[A-Z0-9&][A-Za-z0-9&'.-]*|of|and|the))*)[ \t]*$",
    reads="the line above a partnership's wrapped form: the head of its name",
    matches=[
        passage("HARBOR CARE OF DAYTON LIMITED", name="HARBOR CARE OF DAYTON LIMITED"),
        passage("Linden Ridge Healthcare Advisors", name="Linden Ridge Healthcare Advisors"),
    ],
    rejects=["By: Harbor Care I Corporation", "Its General Partner", "HARBOR REALTY, LP, A"],
    mode="match",
)


def wrapped_partnership(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The partnership a block's company line that is only its form stands for, with its span:
    the head on the line right above joined with the form; unchanged otherwise."""
    tail = _TAIL.match(name)
    if tail is None:
        return name, start, end
    line_start = text.rfind("\n", 0, start) + 1
    above_end = line_start - 1
    if above_end <= 0 or text[line_start:start].strip():
        return name, start, end
    above_start = text.rfind("\n", 0, above_end) + 1
    head = _HEAD.match(text[above_start:above_end])
    if head is None:
        return name, start, end
    whole = " ".join(f"{head['name']} {tail['tail']}".split())
    return whole, above_start + head.start("name"), end
