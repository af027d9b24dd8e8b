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
