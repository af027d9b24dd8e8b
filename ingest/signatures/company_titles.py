"""A bank form's signer line that names the company after the title and wraps it: "Renata L.
Szabo, President of Tamarack" / "Precision Instruments, Inc." (the typed line under a "By:"
of a commercial lender's loan forms). The title ends before "of"; the next line is the rest of
the company's name, no company of a block of its own.
"""

from __future__ import annotations

import re

from ingest.names import name_runs
from ingest.rules import passage, rule

#: "President of Tamarack", "Secretary of Tamarack Precision": a title, "of" and a name's start
TITLE_OF = rule(
    "signatures.title_of_company",
    r"(?P<title>[A-Z][\w.&\-]*(?:[ \t]+[\w.&\-]+){0,5}?)[ \t]+of[ \t]+"
    r"(?P<head>[A-Z][\w.&'\-]*(?:[ \t]+[A-Z][\w.&'\-]*){0,4}),?[ \t]*",
    reads="a signer's title followed by the company's name, cut at the line end",
    matches=[
        passage("President of Tamarack", title="President", head="Tamarack"),
        passage("Chief Financial Officer of Alder Creek", title="Chief Financial Officer"),
    ],
    rejects=["President", "Vice President, Finance"],
    mode="fullmatch",
)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", name.lower()).strip()


def company_title(title: str, company: str | None, next_line: str) -> tuple[str, str] | None:
    """(the title, the company's whole name) when ``title`` ("President of Tamarack") names
    the company after "of" and ``next_line`` ("Precision Instruments, Inc.") completes it:
    the company the block signs for where it names one, else any company's name the two
    lines make; None otherwise."""
    m = TITLE_OF.fullmatch(title.strip())
    if m is None:
        return None
    whole = f"{m['head']} {next_line.strip()}"
    if company is not None:
        return (m["title"], company) if _key(whole) == _key(company) else None
    runs = name_runs(whole, 0, len(whole))
    if len(runs) == 1 and runs[0].is_org and runs[0].start == 0 and runs[0].end >= len(whole) - 1:
        return m["title"], runs[0].text
    return None
