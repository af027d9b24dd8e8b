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

#: The same opening run into the page above it: a converted filing that flattens the end of its
#: contents, the exhibit label and the title into the paragraph of the preamble ("... Exhibit I -
#: Form of Opinion 6 EXHIBIT 4.5 CREDIT AGREEMENT CREDIT AGREEMENT dated as of April 10, 2001
#: among ..."). The title is in capitals and no word leads into it on its line but the heading's
#: own title ("CREDIT AGREEMENT CREDIT AGREEMENT dated": the opening is the second): "the parties
#: to the CREDIT AGREEMENT dated ... among" mentions an agreement, it does not open one.
INNER_DATED_AMONG = rule(
    "structure.inner_dated_among",
    r"(?<![\w,])(?:(?<![A-Za-z,][ \t])|(?<=AGREEMENT[ \t]))(?<![a-z]\n)"
    r"(?!(?:THE|THIS|THAT|SUCH|SAID|EACH)\b)"
    r"(?:(?!AGREEMENT\b)[A-Z][A-Z0-9&'.-]*[ \t]+){0,6}?AGREEMENT,?[ \t]+dated[ \t]+"
    r"(?:as[ \t]+of[ \t]+)?"
    r"(?:[A-Z][a-z]+\.?[ \t\xa0]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \t\xa0]+[A-Z][a-z]+),?"
    r"[ \t\xa0]+\d{4},?\s{1,40}?(?:by\s+and\s+)?(?:among|between)\b",
    reads="a flattened page: the dated opening of an agreement in capitals, run into the"
    " contents and exhibit label above it",
    matches=[
        passage(
            "Exhibit H - Form of Pledge 7 EXHIBIT 10.2 LOAN AGREEMENT dated as of June 2, 1999"
            " among ORVAL PUMPS, INC.",
            match="LOAN AGREEMENT dated as of June 2, 1999 among",
        ),
        passage(
            "Exhibit F - Form of Note 3 TERM LOAN\nAGREEMENT TERM LOAN AGREEMENT dated as of May 5,"
            " 2003 between Pellworth Mills Corp.",
            match="TERM LOAN AGREEMENT dated as of May 5, 2003 between",
        ),
        passage(
            "Schedule III - Liens 2 AMENDED AND RESTATED CREDIT AGREEMENT, dated as of 3 March"
            " 2004, by and between Kellan Foods plc",
            match="AMENDED AND RESTATED CREDIT AGREEMENT, dated as of 3 March 2004, by and between",
        ),
    ],
    rejects=[
        "the Company is a party to the CREDIT AGREEMENT dated as of May 1, 2000 among the Banks",
        "THE CREDIT AGREEMENT dated as of May 1, 2000 among the Banks",
        "Credit Agreement dated as of May 1, 2000 among the Company and the Banks",
    ],
)

#: The same opening with no date, the title in capitals and the parties right after it, each
#: with its term in the paragraph: "AMENDMENT NO. 2 TO THE CREDIT AGREEMENT among Wexley Paper,
#: Inc., a Delaware corporation (the "Borrower"), the banks ... (collectively, the "Lenders")";
#: the date stands on a line of the heading above. A cover page sets "among" on a line of its
#: own and names no term; a sentence that mentions the agreement opens on another word.
TITLED_AMONG = rule(
    "structure.titled_among",
    # the title may wrap over lines, and name itself in a parenthesis after its first words
    # ("AMENDMENT\nNO. 6 (this "Amendment") TO THE\nSECOND AMENDED AND RESTATED CREDIT
    # AGREEMENT among ...")
    r"^\s*(?!(?:THE|THIS|THAT|SUCH|SAID|EACH)\b)(?:(?:[A-Z0-9][A-Z0-9,.&'-]*"
    r"|\((?:this|THIS)[ \t]+[\"\u201c][\w ]{1,40}[\"\u201d]\))(?:[ \t]+|[ \t]*\n[ \t]*)){0,12}?"
    r"(?:AGREEMENT|AMENDMENT|WAIVER|CONSENT)[ \t]+(?:by[ \t]+and[ \t]+)?(?:among|between)[ \t]"
    r"(?:(?!\n[ \t]*\n)[^\"\u201c]){0,400}[\"\u201c]",
    reads="an opening that is the document's title in capitals, then 'among' its parties and"
    " their quoted terms, with no date or verb",
    matches=[
        passage(
            "AMENDMENT NO. 2 TO THE CREDIT AGREEMENT among Wexley Paper, Inc., a Delaware"
            ' corporation (the "Borrower"), the banks',
            match="AMENDMENT NO. 2 TO THE CREDIT AGREEMENT among Wexley Paper, Inc., a Delaware"
            ' corporation (the "',
        ),
        passage(
            'FIRST AMENDMENT TO LOAN AGREEMENT between Castellan Minerals Corp. ("Castellan") and',
            match='FIRST AMENDMENT TO LOAN AGREEMENT between Castellan Minerals Corp. ("',
        ),
        passage(
            'SECURITY AGREEMENT by and between ORVAL PUMPS, INC. (the "Debtor") and',
            match='SECURITY AGREEMENT by and between ORVAL PUMPS, INC. (the "',
        ),
        passage(
            'AMENDMENT\nNO. 4 (this "Amendment") TO THE\nSECOND AMENDED AND RESTATED CREDIT'
            ' AGREEMENT among Harwick Mills, Inc., a Delaware corporation (the "Borrower")',
            match='AMENDMENT\nNO. 4 (this "Amendment") TO THE\nSECOND AMENDED AND RESTATED CREDIT'
            ' AGREEMENT among Harwick Mills, Inc., a Delaware corporation (the "',
        ),
        passage(
            "WAIVER AND\nFIRST AMENDMENT (this \u201cAmendment\u201d) TO LOAN AGREEMENT between"
            " Ostler Foods, LLC (\u201cBorrower\u201d)",
            match="WAIVER AND\nFIRST AMENDMENT (this \u201cAmendment\u201d) TO LOAN AGREEMENT"
            " between Ostler Foods, LLC (\u201c",
        ),
    ],
    rejects=[
        "CREDIT AGREEMENT\namong\nHALCYON LEASING CORP.",
        'ARTICLE II\nAMENDMENTS TO CREDIT AGREEMENT\n\namong the Borrower and the Lenders ("',
        "CREDIT AGREEMENT among HALCYON LEASING CORP. and THE BANKS NAMED HEREIN",
        'THE CREDIT AGREEMENT among the Company and the Banks (the "Agreement")',
        'The Credit Agreement among the Company and the Banks (the "Agreement") is amended',
    ],
    mode="match",
)
