"""A signer's title across lines: "Senior Vice President and" / "Chief Financial Officer"
is one title, a running page title or the next company's line is not. Apart from the block
reader so that a title cut by a converted page is rejoined by one rule.
"""

from __future__ import annotations

import re

from ingest.names import is_org_name
from ingest.signatures.captions import caption_role
from ingest.signatures.fields import PAGE_MARK, ROLE_TAIL, suffixed

#: The second line of a signature page's running head: the agreement's title in capitals.
RUNNING_TITLE = re.compile(
    r"^[A-Z0-9][A-Z0-9 ,.&'\-]*\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTY|INDENTURE|WAIVER)\s*$"
)


#: The end of a title cut at a line end: "Vice President and", "Chief Financial", "Senior Vice"
_OPEN_TITLE = re.compile(
    r"(?:[,&\-]|\b(?:and|of|the|for|Chief|Financial|Executive|Operating|Accounting|Vice|Senior"
    r"|Assistant|Managing|General|Investment|Legal|Authorized))\s*$",
    re.IGNORECASE,
)
#: "CFO and Chief Strategy" / "Officer": a chief of anything cut before the "Officer" on the
#: next line (only that line: "Chief Manager" is a whole title)
_CHIEF_CUT = re.compile(r"\bChief\s+[A-Za-z]+\s*$", re.IGNORECASE)
_OFFICER_LINE = re.compile(r"(?i)officer")


#: A title cut inside a phrase ("Executive Vice President--", "Vice President and"): the next
#: line goes on with it even where its words ("Finance and Administration") could name a firm.
_CUT_TITLE = re.compile(r"(?:[-,]|\b(?:and|of|&))\s*$", re.IGNORECASE)


#: "and Assistant Secretary" under "Vice President, Treasurer": a line that can only go on
#: with the title above it.
_JOINED_TITLE = re.compile(r"(?:and|&)\s+[A-Z]")


#: A line that begins with an officer's title ("Senior Vice President, Chief Financial"), even
#: where a word of it ("Financial") makes it read as a company's name.
OFFICER_START = re.compile(
    r"(?i)(?:senior\s+|executive\s+|assistant\s+|first\s+)?(?:vice\s+president|president"
    r"|chief\s|managing\s+(?:director|member|partner)|director|officer|treasurer|secretary"
    r"|manager|general\s+partner|authorized\s+(?:officer|signatory))"
)


def continues_title(title: str, line: str) -> bool:
    """Whether ``line`` is the rest of a title the line above cut ("Officer", "Chief Financial
    Officer"): the title ends open, and the line is a few words, no field and no company."""
    return (
        (
            bool(_OPEN_TITLE.search(title) or _JOINED_TITLE.match(line))
            or bool(_CHIEF_CUT.search(title) and _OFFICER_LINE.fullmatch(line.strip()))
        )
        and len(line.split()) <= 6
        and not re.match(r"(?:By|Name|Title|Its|Date)(?![^\W_])", line)
        and not line.endswith(":")
        and (
            OFFICER_START.match(line)
            or not is_org_name(ROLE_TAIL.sub("", line))
            or bool(_CUT_TITLE.search(title) and not line.isupper() and not suffixed(line))
        )
        and not PAGE_MARK.match(line)
        # "General Manager" under "... and Assistant": role words, yet no caption in capitals
        and (caption_role(line) is None or not line.isupper())
    )
