"""Where the signature pages begin ("IN WITNESS WHEREOF", a "[Signature Page" caption,
a letter's close, or the signature lines themselves).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

SIGNATURE_START = rule(
    "structure.signature_start",
    r"\bIN\s+WITNESS\s+WHEREOF\b|\bIn\s+Witness\s+Whereof\b|\[\s*Signature\s+Page"
    # a note's or guaranty's closing: "WITNESS the due execution hereof", "WITNESS the following
    # signature", "IN TESTIMONY WHEREOF"; "WITNESS WHEREOF" whose "IN" a page break lost
    r"|\bWITNESS\s+the\s+(?:due\s+execution|following\s+signature)"
    r"|\bIN\s+(?:WITNESS\s+THEREOF|TESTIMONY\s+WHEREOF)\b|(?-i:\bWITNESS\s+WHEREOF\b)"
    # ("duly executed on behalf of the Borrower", "executed on or before the Closing Date", "the
    # Loan Documents executed on the Agreement Date", "the other agreements executed on the date
    # hereof" in the body are no closing)
    r"|\bEXECUTED\s+(?:AS\s+OF|ON(?!\s+(?:behalf|or|the\s+(?-i:[A-Z])\w*\s+(?-i:Date)"
    r"|the\s+date\s+hereof)\b))\b"
    # "EXECUTED to be effective as of the date first above written." on a line of its own
    r"|(?:(?<=\n)|\A)[ \t]*EXECUTED\s+(?:to\s+be\s+)?effective\s+(?:as\s+of|on)\b",
    re.IGNORECASE,
    reads="where the signature pages begin: the witness clause or a signature page footer",
    matches=[
        passage("IN WITNESS WHEREOF, the parties", match="IN WITNESS WHEREOF"),
        passage("WITNESS the due execution hereof", match="WITNESS the due execution"),
        passage("[Signature Page to Credit Agreement]", match="[Signature Page"),
        passage(
            "terms.\nEXECUTED to be effective as of the date",
            match=("EXECUTED to be effective as of"),
        ),
    ],
    rejects=[
        "executed in counterparts",
        "a witness whereof nothing is known",
        "(c) Term Note. The Term Note, properly executed on\nbehalf of the Borrower.",
        "each Mortgage executed on or before the Closing Date",
        "the other Loan Documents executed on the Agreement Date and related due diligence",
        "this Agreement and the other Loan Documents executed on the\ndate hereof will not",
    ],
)

#: The witness clause without its "IN WITNESS WHEREOF", opening its paragraph: "Each of the
#: parties hereto has caused a counterpart of this Amendment to be duly executed and delivered
#: as of the date first above written." Where the signature pages begin when the document has
#: no witness clause (a later "IN WITNESS WHEREOF" may be an attached form's, but where there
#: is one the pages are found as before); a body's "the parties hereto have caused" states no
#: execution "as of the date first written".
UNANNOUNCED_CLOSING = rule(
    "structure.unannounced_closing",
    r"(?i)(?:(?<=\n)|\A)[ \t]*(?:each\s+of\s+)?the\s+parties\s+hereto\s+(?:has|have)\s+"
    r"caused\s+(?=[^.]{0,200}?\bto\s+be\s+(?:duly\s+)?executed\b[^.]{0,200}?"
    r"\bfirst\s+(?:above\s+)?written)",
    reads="where the signature pages begin: a witness clause without 'IN WITNESS WHEREOF'",
    matches=[
        passage(
            "hereof.\n\nEach of the parties hereto has caused a counterpart of this Amendment to be"
            " duly executed and delivered\nas of the date first above written.\n\nBORROWER:",
            match="Each of the parties hereto has caused ",
        ),
        passage(
            "below.\n   The parties hereto have caused this Loan Agreement to be executed by their"
            " duly authorized officers as of the day and year first written above.",
            match="   The parties hereto have caused ",
        ),
    ],
    rejects=[
        "\nThe parties hereto have caused this Agreement to be executed in counterparts.",
        "\nThe Borrower has caused this Notice to be executed as of the date first written above.",
        "and the parties hereto have caused this Amendment to be executed as of the date first",
    ],
)


#: A signature page's label on a line of its own and without brackets ("Signature Page to
#: Credit Agreement"), which closes the page it foots: like a "[Signature Page to ...]" footer,
#: it tells where the signature pages are when the first witness clause of the document is a
#: form's (an exhibit's note, after blocks that no "IN WITNESS WHEREOF" announced).
SIGNATURE_PAGE_LABEL = rule(
    "structure.signature_page_label",
    r"(?im)^[ \t]*(?:counterpart\s+)?signature\s+pages?\s+(?:to|of|for)\s+[^\n]{0,150}?"
    r"\b(?:agreement|amendment|note|guarant(?:y|ee)|waiver|consent|indenture|supplement"
    r"|joinder)s?[ \t]*$",
    reads="a signature page's label on a line of its own, without brackets, that foots the page",
    matches=[
        passage(
            "E-Mail: a@b.com\nSignature Page to Credit Agreement\nBANK",
            match="Signature Page to Credit Agreement",
        ),
        passage("\nSIGNATURE PAGE TO LOAN AGREEMENT\n", match="SIGNATURE PAGE TO LOAN AGREEMENT"),
    ],
    rejects=[
        "The signature pages to this Agreement may be delivered by telecopy.",
        "Signature Page to Credit Agreement ACME BANK, as Lender",
        "SIGNATURE PAGE",
    ],
)


#: A letter's complimentary close, where its signatures begin when no witness clause does
#: (only in a letter: a form's "Very truly yours" above its signature lines is not one).
LETTER_CLOSE = rule(
    "structure.letter_close",
    r"(?im)^[ \t]*(?:very\s+truly\s+yours|sincerely(?:\s+yours)?|yours\s+(?:very\s+)?"
    r"(?:truly|sincerely|faithfully)|respectfully(?:\s+yours)?)[ \t]*,?[ \t]*$",
    reads="a letter's complimentary close on a line of its own, where its signatures begin",
    matches=[
        passage("terms.\n\nVery truly yours,\n\nACME CORP.", match="Very truly yours,"),
        passage("\n   Sincerely,\n", match="   Sincerely,"),
        passage("\nYours faithfully\n", match="Yours faithfully"),
    ],
    rejects=["We remain, very truly yours, the Bank.", "sincerely held beliefs"],
)


#: A signature block's first lines where no "IN WITNESS WHEREOF" announces it: "ATTEST:",
#: a signature line ("By: /s/ ...", "By: ______") under the company's name, or an English
#: execution clause opening its line ("SIGNED by ... for and on behalf of ...", "EXECUTED as
#: a DEED by ... acting by ...").
_SIGNATURE_LINE = rule(
    "structure.signature_line",
    # "/s/ James R. Oakley" alone on its line over a rule or the name in capitals: an
    # individual's block (a guarantor, a maker)
    r"(?m)^[ \t]*(?:ATTEST\s*:|Attest\s*:|By\s*:?[ \t\xa0]*(?:/[sS]/|_{3,})"
    r"|/[sS]/[ \t]*[A-Z][^\n]*\n[ \t]*(?=[-_]{6,}|[A-Z][A-Z.,' -]+$)"
    r"|(?:SIGNED|Signed|EXECUTED|Executed)(?:\s+(?:and|AND)\s+(?:delivered|DELIVERED))?"
    r"(?:\s+(?:as|AS)\s+(?:a|A)\s+(?:deed|DEED))?\s+(?:by|BY)\b)",
    reads="a signature block's first line where no witness clause announces it",
    matches=[
        passage("ACME CORP.\nBy: /s/ Jane Doe", match="By: /s/"),
        passage("\nATTEST:\n", match="ATTEST:"),
        passage("  By ______________", match="  By ______________"),
        passage("THE BORROWER\n\nSIGNED by PETER ASHCROFT   )", match="SIGNED by"),
        passage("\nEXECUTED as a DEED by LOWE HOLDINGS LIMITED", match="EXECUTED as a DEED by"),
        passage(
            "GUARANTORS:\n\n    /s/ Martha Lind\n    MARTHA LIND",
            match="    /s/ Martha Lind\n    ",
        ),
        passage("  /s/ Dale Ames\n  ----------\n  DALE AMES", match="  /s/ Dale Ames\n  "),
    ],
    rejects=[
        "signed By the Borrower",
        "By: the Company",
        "the Notes were signed by the Issuer",
        "ACME BANK N.V.\n/s/ C. Oosterman\n/s/ H. Dik",
    ],
)

#: How far above a "[Signature Page to ...]" footer its page's signature lines may begin.
FOOTER_REACH = 6_000


def signature_lines(text: str, start: int) -> re.Match[str] | None:
    """The first signature block of a document that has no witness clause (a note ending
    "ATTEST: ... By: /s/ ..."): the paragraph of its first signature line and the short
    paragraphs right above it (the company's name, a caption)."""
    line = _SIGNATURE_LINE.search(text, start)
    if line is None:
        return None
    top = text.rfind("\n\n", start, line.start())
    top = top + 2 if top >= 0 else line.start()
    for _ in range(3):
        end = top
        while end > start and text[end - 1].isspace():
            end -= 1
        above = text.rfind("\n\n", start, end)
        para = text[above + 2 if above >= 0 else start : end]
        lines = [ln for ln in para.splitlines() if ln.strip()]
        prose = len(para.split()) >= 8 and para.rstrip().endswith(".")
        if above < 0 or not lines or len(lines) > 4 or prose or any(len(ln) > 80 for ln in lines):
            break
        top = above + 2
    return re.compile(r"\S").search(text, top)
