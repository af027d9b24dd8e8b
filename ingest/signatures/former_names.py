"""A signature block's company given with its former name: "ACME LLC (f/k/a Beta LLC)", or on
the line under it, "ACME LLC" / "f/k/a Beta LLC"; or with the trade name it does business under
on the line under it, "ACME LLC, dba" / "ACME STORES". The former name is the same party, written so
that the page matches the name the parties' earlier papers carry; never a block of its own.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: The cue right before a former name: "(formerly known as ", "(f/k/a ", or "f/k/a " opening
#: the line under the company's name.
FORMER_NAME_CUE = rule(
    "signatures.former_name_cue",
    r"(?i)(?:\(\s*|(?:^|(?<=\n))[ \t]*)(?:formerly(?:\s+known\s+as)?|f/k/a|to\s+be\s+renamed)\s*$"
    # the trade name on the line under the company's: "OTTER RIVER CORPORATION, dba" / "OTTER
    # RIVER POWER COMPANY" is one company, the one named before the cue
    r"|[ \t]*,[ \t]*(?:d/?b/?a|doing\s+business\s+as)[ \t]*\n\s*$",
    reads="a signature block: the cue before the former name of the company named above it",
    matches=[
        passage("CHESAPEAKE PLC (FORMERLY KNOWN AS ", match="(FORMERLY KNOWN AS "),
        passage("ORCHARD VISUAL LLC\nf/k/a ", match="f/k/a "),
        passage("Harlow Tools, Inc. (f/k/a ", match="(f/k/a "),
        passage("HARLOW PLC (FORMERLY KNOWN\nAS\n", match="(FORMERLY KNOWN\nAS\n"),
        # the name the company is to take: still the company named before it
        passage("CALDER RIDGE COMPANY (to be renamed ", match="(to be renamed "),
        passage("HALVERN FOODS CORPORATION, dba\n", match=", dba\n"),
        passage("BRISTOW MILLS, INC. , d/b/a\n\n", match=" , d/b/a\n\n"),
    ],
    rejects=[
        "the Borrower formerly ",
        "ORCHARD VISUAL LLC f/k/a ",
        "By: f/k/a x",
        # the trade name on the company's own line: the line is one name
        "HALVERN FOODS CORPORATION, dba HALVERN MARKETS\n",
    ],
)

#: A company line that runs on inside a parenthesis opened before it on another name of the
#: company: "THE HALVERN COMPANY (to be renamed HALVERN" / "MEDIA, INC.)": the company is the
#: one named before the parenthesis, never the other name's wrapped remainder.
WRAPPED_OTHER_NAME = rule(
    "signatures.wrapped_other_name",
    r"(?i)\(\s*(?:formerly(?:\s+known\s+as)?|f/k/a|to\s+be\s+renamed)\s+[^()]{0,60}$",
    reads="a signature block: the company line runs on inside a parenthesis opened before it "
    "on the company's former or coming name",
    matches=[
        passage(
            "CALDER RIDGE COMPANY (to be renamed CALDER\n      ",
            match="(to be renamed CALDER\n      ",
        ),
        passage("HARLOW TOOLS, INC. (f/k/a HARLOW\n", match="(f/k/a HARLOW\n"),
        # the cue itself wrapped: "OSTROW MILLS, INC. (to be" / "renamed THE OSTROW COMPANY)"
        passage("OSTROW MILLS, INC. (to be\nrenamed THE ", match="(to be\nrenamed THE "),
    ],
    rejects=["CALDER RIDGE COMPANY (to be renamed CALDER HOLDINGS)\n", "(a Delaware\n"],
)

#: A line of a block opening with the company's other name in parentheses, "(f/k/a Pittsburgh
#: National Bank)" or "(now known as ...)": part of the company above it, unlike other
#: parenthesised notes under a block, whose company signs nothing.
FORMER_NAME_NOTE = rule(
    "signatures.former_name_note",
    r"(?i)\(\s*(?:f/k/a|formerly|n/k/a|now\s+known|to\s+be\s+renamed)\b",
    reads="a signature block: a line giving the company's former or later name in parentheses",
    matches=[
        passage("(f/k/a Granite State Bank)", match="(f/k/a"),
        passage("(Formerly Meridian Tool Company)", match="(Formerly"),
        passage("( now known as Cobalt Holdings LLC)", match="( now known"),
    ],
    rejects=["(successor by merger with", "(Oak Ridge Holdings, Inc.)", "Bank (f/k/a Granite)"],
    mode="match",
)
