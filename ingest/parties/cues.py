"""Cues around a name in the list of parties that say what the name is to the party before
it: another name of the same party (a trade name, a former name), or a company named only to
describe it (its parent, its group, its predecessor, the person whose services it lends).
"""

from __future__ import annotations

from ingest.rules import rule

#: What introduces another name of the party just named: a trade name or a former name.
TRADE_NAME = rule(
    "parties.trade_name_cue",
    r"(?i)\b(?:d/?b/?a/?|doing\s+business\s+as|f/?k/?a/?|a/?k/?a/?|formerly\s+known\s+as"
    r"|also\s+known\s+as|trading\s+as|t/a)[\s,:]*$",
    reads="the list of parties: the cue before another name of the party just named",
    matches=[
        "Tarrow Motorsports, LLC d/b/a ",
        "Halvern Foods, Inc., doing business as ",
        "Kinetic Data Services Pty Ltd, trading as ",
        "Pellam Outfitters, Inc. (formerly known as ",
    ],
    rejects=["Tarrow Motorsports, LLC, a North Carolina company, and ", "as agent for "],
)
#: ", an SFJ Holdings Group company", ", a member institution of The Acme University System",
#: ", a wholly owned subsidiary of publicly traded company Acme, Inc.", "c/o Gaylord Sports
#: Management", "as successor in interest to Brightline Power Company", "acting through its
#: Managed Services Division": a company named inside what describes the party before it,
#: never a party itself.
DESCRIBED_IN = rule(
    "parties.described_in",
    r"(?:,\s*(?:an?\s+|the\s+(?=[a-z]))(?:[a-z][\w\-]*\s+){0,6}"
    r"|\b(?:subsidiary|affiliate|division|member|institution|unit|part|parent)\s+of\s+"
    r"(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,4}|\b(?:c/o|care\s+of)\s+"
    r"|\bsuccessor\s+(?:in\s+interest\s+|by\s+(?:merger|conversion)\s+|in\s+title\s+)?to\s+"
    r"(?:the\s+)?|\bacting\s+(?:by\s+and\s+)?through\s+(?:its\s+|the\s+)?)$",
    reads="the list of parties: the words before a name that only describes the party before it",
    matches=[
        "Pallas Care LLC, a wholly owned subsidiary of ",
        "Quanta Grid Corp., as successor in interest to ",
        "Globix Data Corporation, acting through its ",
        "Norvik Sports LLC, c/o ",
    ],
    rejects=[
        "Quanta Grid Corp. and ",
        "by and between ",
        'Globix Data Corporation ("Globix"), and ',
    ],
)
