"""A signature block's company given with its former name: "ACME LLC (f/k/a Beta LLC)", or on
the line under it, "ACME LLC" / "f/k/a Beta LLC". The former name is the same party, written so
that the page matches the name the parties' earlier papers carry; never a block of its own.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: The cue right before a former name: "(formerly known as ", "(f/k/a ", or "f/k/a " opening
#: the line under the company's name.
FORMER_NAME_CUE = rule(
    "signatures.former_name_cue",
    r"(?i)(?:\(\s*|(?:^|(?<=\n))[ \t]*)(?:formerly(?:\s+known\s+as)?|f/k/a)\s*$",
    reads="a signature block: the cue before the former name of the company named above it",
    matches=[
        passage("CHESAPEAKE PLC (FORMERLY KNOWN AS ", match="(FORMERLY KNOWN AS "),
        passage("ORCHARD VISUAL LLC\nf/k/a ", match="f/k/a "),
        passage("Harlow Tools, Inc. (f/k/a ", match="(f/k/a "),
        passage("HARLOW PLC (FORMERLY KNOWN\nAS\n", match="(FORMERLY KNOWN\nAS\n"),
    ],
    rejects=["the Borrower formerly ", "ORCHARD VISUAL LLC f/k/a ", "By: f/k/a x"],
)

#: A line of a block opening with the company's other name in parentheses, "(f/k/a Pittsburgh
#: National Bank)" or "(now known as ...)": part of the company above it, unlike other
#: parenthesised notes under a block, whose company signs nothing.
FORMER_NAME_NOTE = rule(
    "signatures.former_name_note",
    r"(?i)\(\s*(?:f/k/a|formerly|n/k/a|now\s+known)\b",
    reads="a signature block: a line giving the company's former or later name in parentheses",
    matches=[
        passage("(f/k/a Granite State Bank)", match="(f/k/a"),
        passage("(Formerly Meridian Tool Company)", match="(Formerly"),
        passage("( now known as Cobalt Holdings LLC)", match="( now known"),
    ],
    rejects=["(successor by merger with", "(Oak Ridge Holdings, Inc.)", "Bank (f/k/a Granite)"],
    mode="match",
)
