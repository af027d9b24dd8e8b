"""A class of lenders named in a preamble between the parties' names and a term: "A, B, the
financial institutions from time to time party hereto (the "Lenders") and C, as Agent".

Exists because the preamble reader binds a parenthesised term to the names before it; where
a class stands between them ("the banks listed on the signature pages hereof"), the term
names that class (whose members sign below), not the companies named before it. So where the
name stands inside the class's description ("each of the subsidiaries of Acme Holdings, Inc.
listed on Schedule I hereto (the "Guarantors")"): the term names the subsidiaries, and the
company they belong to is no party.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_CLASS = rule(
    "parties.lender_class",
    r"(?is)\b(?:the|each\s+of\s+the|such|certain)\s+(?:several\s+|various\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:financial\s+institutions?|institutions|banks|lenders)\b"
    r"[^()\"\u201c\u201d]{0,120}?"
    r"(?:part(?:y|ies)\s+(?:hereto|to\s+this\s+(?:agreement|amendment))|signator(?:y|ies)\s+"
    r"hereto|listed\s+on\s+(?:the\s+)?signature\s+pages?|from\s+time\s+to\s+time"
    r"|named\s+(?:on|in)\s+(?:the\s+)?(?:signature|schedule))",
    reads="a class of lenders named by description (no name) before the term that defines it",
    matches=[
        passage(
            "the financial institutions which are or who in the future become parties hereto",
        ),
        passage("each of the financial institutions from time to time party hereto"),
        passage("the BANKS listed on the signature pages hereof"),
        passage("the several banks and other financial institutions from time to time parties"),
    ],
    rejects=[
        "First Prairie Bank, an Illinois banking corporation",
        "the Borrower and the Guarantors party hereto",
        "the holders from time to time of the Notes",
    ],
)


def names_class(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between the last name and a term) names a class of
    lenders, so that the term defines the class."""
    return bool(_CLASS.search(text, start, end))


_MEMBERS_OF = rule(
    "parties.members_of",
    r"(?i)\b(?:subsidiaries|affiliates|(?:stock|share|unit)holders|holders\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:shares|stock|securities|units|interests))\s+of\s+(?:the\s+)?$",
    reads="a class of companies or persons described by the company they belong to or hold "
    "shares of, right before its name",
    matches=[
        passage("among each of the subsidiaries of ", match="subsidiaries of "),
        passage("and the Domestic Subsidiaries of the ", match="Subsidiaries of the "),
        passage("and the stockholders of ", match="stockholders of "),
        passage(
            "and the undersigned holders of shares of common stock of ",
            match="holders of shares of common stock of ",
        ),
        passage(
            "and certain holders of the outstanding units of ",
            match="holders of the outstanding units of ",
        ),
    ],
    rejects=[
        "Acme Corp., a subsidiary of ",
        "the subsidiaries of Parent and ",
        "Acme Corp., a stockholder of ",
        "the holders of the Notes and ",
    ],
)


def names_members_of(text: str, name_start: int) -> bool:
    """Whether the name at ``name_start`` is the company a class of its subsidiaries,
    affiliates or holders is described by ("the subsidiaries of Acme Holdings, Inc. listed on
    Schedule I", "the holders of shares of Target, Inc."): a term after it names the class."""
    return bool(_MEMBERS_OF.search(text, max(0, name_start - 80), name_start))


_CLASS_IN_CAPITALS = rule(
    "parties.class_in_capitals",
    r"(?i)\b(?:here(?:to|of|under)|signature\s+pages?)\W*$",
    reads="a preamble's run of capitals that describes a class of parties by this document "
    "('THE PERSONS IDENTIFIED AS THE LENDERS ON THE SIGNATURE PAGES HERETO'), no name",
    matches=[
        passage(
            "PERSONS IDENTIFIED AS THE LENDERS ON THE SIGNATURE PAGES HERETO",
            match="HERETO",
        ),
        passage("LENDERS FROM TIME TO TIME PARTY HERETO", match="HERETO"),
        passage("BANKS NAMED ON THE SIGNATURE PAGES", match="SIGNATURE PAGES"),
        passage("FINANCIAL INSTITUTIONS THAT ARE SIGNATORIES HEREOF,", match="HEREOF,"),
    ],
    rejects=[
        "HERETO HOLDINGS, INC.",
        "SIGNATURE PAGES PRINTING CORPORATION",
        "FIRST HERETOFORE BANK, N.A.",
    ],
)


def describes_class(run_text: str) -> bool:
    """Whether a run of capitalised words describes a class of parties by this document
    rather than naming one. An all-capitals preamble writes the class ("THE PERSONS
    IDENTIFIED AS THE LENDERS ON THE SIGNATURE PAGES HERETO (the "Lenders")") in the same
    capitals as the names around it; lower case would never read as a name, and its term
    is then resolved like the lower-case class's, to the companies signing below."""
    return bool(_CLASS_IN_CAPITALS.search(run_text))
