"""A company that signs for the block's company as its member, manager or general partner.

An LLC or a partnership signs through the company that manages it: under the block's company a
bare "By:" line, then that company's name with its capacity ("HALDEN HOLDINGS, INC., as Sole
Member", or the capacity on a line of its own below the name, as pages converted from tables
set it), then the "By:", "Name:" and "Title:" of the person who signs for it. The capacity
line names neither a signer (it is a company) nor a block of its own (it signs for the block
above, whose party it is not).
"""

from __future__ import annotations

import re

from ingest.names import is_org_name
from ingest.rules import passage, rule

#: the capacity a company signs in for the company above it: "as Sole Member", "its Managing
#: Member", "as general partner"
_CAPACITY = (
    r"(?:as[ \t]+(?:(?:its|the)[ \t]+)?|its[ \t]+)"
    r"(?:sole[ \t]+|managing[ \t]+|general[ \t]+)?(?:member|manager|general[ \t]+partner)"
    r"[ \t]*[,.]?[ \t]*"
)

#: "HALDEN HOLDINGS, INC., as Sole Member", "Brightwater Partners LLC, its Managing Member",
#: "Corvel Capital GP, LLC, as general partner": a company and the capacity it signs in.
_SIGNING_MEMBER = rule(
    "signatures.signing_member",
    r"(?i)[ \t]*(?P<company>\S.*?),?[ \t]+" + _CAPACITY,
    reads="a signature block: the line of a company that signs for the block's company as its "
    "member, manager or general partner",
    matches=[
        passage("HALDEN HOLDINGS, INC., as Sole Member", company="HALDEN HOLDINGS, INC."),
        passage(
            "Brightwater Partners LLC, its Managing Member", company="Brightwater Partners LLC"
        ),
        passage("Corvel Capital GP, LLC, as general partner", company="Corvel Capital GP, LLC"),
    ],
    rejects=["ACME BANK, N.A., as Agent", "Dana Whitfield, Managing Director", "Member"],
    mode="fullmatch",
)


def signing_member(line: str) -> bool:
    """Whether ``line`` names a company signing as the member, manager or general partner of
    the company above it."""
    m = _SIGNING_MEMBER.fullmatch(line)
    return m is not None and is_org_name(m["company"])


#: the capacity alone on a line right under the company's name (blank lines between, as converted
#: tables leave them):
#: "Bramble Partners III, LLC," / "its General Partner"
_CAPACITY_BELOW = rule(
    "signatures.member_capacity_below",
    r"[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*" + _CAPACITY + r"(?=\n|$)",
    reads="a signature block: the capacity line under the name of a company that signs for "
    "the block's company as its member, manager or general partner",
    matches=["\n\nits General Partner", "\n  as Managing Member\n"],
    rejects=["\n\nBy: /s/ Carl Webb", "\nits General Partner and Chief Executive Officer"],
    flags=re.IGNORECASE,
    mode="match",
)


def member_capacity_below(text: str, end: int) -> int | None:
    """Where the capacity line under a company's name ending at ``end`` ends, if the line
    says the company signs as the member, manager or general partner of the one above."""
    m = _CAPACITY_BELOW.match(text, end)
    return m.end() if m else None
