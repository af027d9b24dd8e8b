"""The bare dated opening of a syndicated credit agreement: "AGREEMENT dated as of June 30, 1995
among ACME CAPITAL CORPORATION, the BANKS party hereto and FIRST BANK, as Agent." No "This",
no quoted terms (the definitions name the parties' roles), only the document's word, its date
and the parties it is among: the form many agent banks' counsel used for decades.
"""

from __future__ import annotations

from ingest.rules import passage, rule

DATED_AMONG = rule(
    "structure.dated_among",
    r"^\s*(?!(?:The|THE|That|Such|Said|Each)\b)(?:[A-Z][\w,.&'-]*[ \t]+){0,8}?"
    # the document may name itself in a parenthesis before its date ("CREDIT AGREEMENT (as
    # amended ... from time to time, herein called this "Agreement") dated as of ...")
    r"(?:AGREEMENT|Agreement)(?:[ \t]+\([^()]{1,200}\))?[ \t]+dated[ \t]+(?:as[ \t]+of[ \t]+)?"
    # a page converted from HTML ties the month to its day with a no-break space
    r"(?:[A-Z][a-z]+\.?[ \t\xa0]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \t\xa0]+[A-Z][a-z]+),?[ \t\xa0]+"
    r"\d{4},?\s{1,40}?(?:by\s+and\s+)?(?:among|between)\b",
    reads="an opening that is only the document's word, its date and 'among' its parties,"
    " written on one line (a cover page sets the same words on lines of their own)",
    matches=[
        passage(
            "AGREEMENT dated as of March 3, 1997 among HALCYON LEASING CORP., the BANKS listed"
            " on the signature pages hereof and FIRST BANK OF OHIO, as Agent.",
            match="AGREEMENT dated as of March 3, 1997 among",
        ),
        passage(
            "CREDIT AGREEMENT dated as of 1 April 1998, between Norvale plc and Estuary Bank",
            match="CREDIT AGREEMENT dated as of 1 April 1998, between",
        ),
        passage(
            "CREDIT AGREEMENT (as amended and in effect from time to time, herein called this\n"
            "\u201cAgreement\u201d) dated as of August\xa020, 2008, among NORDALE TOOLS, INC.",
            match="CREDIT AGREEMENT (as amended and in effect from time to time, herein called"
            " this\n\u201cAgreement\u201d) dated as of August\xa020, 2008, among",
        ),
    ],
    rejects=[
        "CREDIT AGREEMENT\n\ndated as of\n\nMarch 3, 1997\n\namong\n\nHALCYON LEASING CORP.",
        "The Agreement dated as of March 3, 1997 among the Company and the Banks is amended.",
        "Reference is made to the Agreement dated May 1, 1996 between the Company and the Bank.",
        "CREDIT AGREEMENT (as amended)\n\ndated as of\n\nMarch 3, 1997\n\namong",
    ],
    mode="match",
)
