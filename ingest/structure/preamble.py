"""The preamble: the first paragraph that reads like one (scored on its cues), the
paragraph under a letter's salutation, or the opening sentence inside a page
flattened into one paragraph.
"""

from __future__ import annotations

import re

from ingest.name_words import BRAND_PREFIX
from ingest.rules import passage, rule
from ingest.structure.dated_openings import DATED_AMONG, INNER_DATED_AMONG, TITLED_AMONG
from ingest.structure.headings import heading_spans
from ingest.structure.letter_openings import LETTER_OPENING
from ingest.structure.listed_opening import lists_parties_then_agrees
from ingest.structure.page_heads import past_page_head
from ingest.structure.recitals import RECITALS_START
from ingest.structure.regions import paragraphs, trim_span

_PREAMBLE_CUE = rule(
    "structure.preamble_cue",
    r"\b(?:by\s+and\s+(?:among|between)|is\s+(?:made|entered|dated|executed)|are\s+entered"
    r"|made\s+and\s+entered|entered\s+into|is\s+among|is\s+between|among|between"
    r"|for\s+value\s+received|promises?\s+to\s+pay|reference\s+is\s+made)\b",
    re.IGNORECASE,
    reads="a paragraph that may open an agreement: the words that bring in its parties",
    matches=[
        passage("This Agreement is dated as of May 1, 2010", match="is dated"),
        passage("a lease between the Landlord and the Tenant", match="between"),
        passage("FOR VALUE RECEIVED, the undersigned", match="FOR VALUE RECEIVED"),
    ],
    rejects=["The Borrower shall deliver the reports monthly."],
)

_STRONG_CUE = rule(
    "structure.strong_cue",
    r"\b(?:by\s+and\s+(?:among|between)|made\s+and\s+entered|entered\s+into|is\s+made"
    r"|for\s+value\s+received|promises?\s+to\s+pay|is\s+(?:among|between)"
    r"|reference\s+is\s+made|made\s+by|in\s+favor\s+of|is\s+dated)\b"
    # "Acme, Inc. (the "Company"), and Beta Bank (the "Bank"), agree as follows": the parties
    # with their terms are the subject of the opening sentence
    r"|\)\s*,?\s+(?:hereby\s+)?agree\s+as\s+follows\b"
    # "... Beta Bank (the "Lender") acting through its Business Credit division, hereby agree
    # as follows": the same, with a capacity of the last party between its term and the verb
    r"|\)[^().;:\"\u201c\u201d]{1,150}?,\s*hereby\s+agree\s+as\s+follows\b"
    # "... and Beta LLC ("Beta") hereby enter into this Reseller Agreement": the parties with
    # their terms entering into the document, the opening's sentence said the other way round
    r"|\)\s*,?\s+(?:hereby\s+)?(?:enter\s+into|make|execute)\s+this\b"
    # "The parties to this Joint Venture Agreement are ...": the plain-language opening that
    # names the document and then its parties (never "The parties to this Agreement are
    # independent contractors", which names no document)
    r"|^\s*the\s+parties\s+to\s+this\s+(?:(?-i:[A-Z])[\w&\-]*\s+){1,6}(?:agreement|contract)"
    r"\s+are\b"
    # "AGREEMENT made this 5th day of May, 2003", "AN AGREEMENT made the 1st day of June 1998",
    # "MEMORANDUM OF AGREEMENT made on ...": the English opening that puts "made" right after
    # the document's name and its parties in the paragraphs below ("BETWEEN" / ...)
    r"|^\s*(?:an?\s+)?(?:(?-i:[A-Z])[\w&\-]*\s+){0,5}?(?:agreement|contract|deed)\s+made"
    r"\s+(?:this|the|on|as\s+of)\b",
    re.IGNORECASE,
    reads="a paragraph that opens an agreement: the words only an opening uses",
    matches=[
        passage("is entered into by and among the Company", match="entered into"),
        passage('and Beta Bank (the "Bank"), agree as follows.', match="), agree as follows"),
        passage(
            '(the "Lender") acting through its Business Credit division, hereby agree as follows:',
            match=") acting through its Business Credit division, hereby agree as follows",
        ),
        passage("Reference is made to the Credit Agreement", match="Reference is made"),
        passage("this Guaranty made by the Parent in favor of the Bank", match="made by"),
        passage(
            'and Beta LLC ("Beta") hereby enter into this Reseller Agreement',
            match=") hereby enter into this",
        ),
        passage(
            "The parties to this Joint Venture Agreement are Acme Corp. and Beta LLC.",
            match="The parties to this Joint Venture Agreement are",
        ),
        passage("AGREEMENT made this 5th day of May, 2003", match="AGREEMENT made this"),
        passage(
            "AN AGENCY AGREEMENT made the 1st day of June 1998",
            match="AN AGENCY AGREEMENT made the",
        ),
    ],
    rejects=[
        "a loan between the Company and the Bank",
        "The parties shall meet annually.",
        "NOW, THEREFORE, the parties agree as follows:",
        "NOW, THEREFORE, in consideration of the Loans (as defined), the parties hereto hereby"
        " agree as follows:",
        "Each party has full power to enter into this Agreement.",
        "The parties to this Agreement are independent contractors.",
        "Payments under the Agreement made this year are due.",
    ],
)

_THIS = rule(
    "structure.this",
    rf"^\s*(?:This|THIS)\b|\b(?:This|THIS)\s+(?:[A-Z]|{BRAND_PREFIX})"
    # "NOTE PURCHASE AGREEMENT, dated as of June 28, 2019 (this Agreement), among": the
    # document names itself in a parenthesis, its term written without quotation marks
    r"|\(\s*this\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Amendment|Guaranty|Note|Lease|Waiver)\s*\)",
    reads="an opening sentence: it starts with This, or names This Agreement, or names itself"
    " '(this Agreement)'",
    matches=[
        passage("THIS AGREEMENT is made", match="THIS"),
        passage("Exhibit 10.1 This Credit Agreement", match="This C"),
        passage("Exhibit 10.6 This e-Hosting Agreement", match="This e-H"),
        passage(
            "LOAN AGREEMENT, dated as of May 1, 2015 (this Agreement), between",
            match="(this Agreement)",
        ),
    ],
    rejects=[
        "Under this agreement the parties agree",
        "as of this date",
        "the Borrower (under this Agreement) shall pay",
    ],
)

_TITLE_DATED = rule(
    "structure.title_dated",
    # the title may wrap right before its head noun ("CREDIT\nAGREEMENT, dated as of ..."): a
    # paragraph converted from a page breaks its lines where the page did; it may open on a
    # term of days or years ("364-DAY CREDIT AGREEMENT, dated", "5-Year Credit Agreement")
    r"^\s*(?:THIS\s+|This\s+)?(?:(?:[A-Z]|\d{1,3}-[A-Za-z])[\w ,.#&-]{0,120}?(?:[ \t]*\n[ \t]*)?)?"
    r"\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTEE|GUARANTY|WAIVER|CONSENT|LEASE|DEBENTURE|WARRANT"
    r"|Agreement|Amendment|Note|Guarantee|Guaranty|Waiver|Consent|Lease|Debenture|Warrant)\b"
    # its number may follow the name ("AMENDMENT NO. 2, dated as of ...": the heading above
    # it names no agreement, so the opening alone says it is one)
    r"(?:[ \t]+(?:NO|No)\.[ \t]*\d{1,3}\b)?[^.]{0,60}?\b(?:dated|made)\b",
    reads="an opening that names its document and then its date, or says it is made: This"
    " Amendment, dated ...; AGREEMENT made this 5th day of June, 1995, between ...",
    matches=[
        passage(
            "THIS FIRST AMENDMENT, dated as of June 3, 2011", match="THIS FIRST AMENDMENT, dated"
        ),
        passage("AGREEMENT made this 5th day of June", match="AGREEMENT made"),
        passage(
            "This Security Agreement (this Agreement) dated May 1",
            match=("This Security Agreement (this Agreement) dated"),
        ),
        passage(
            "TERM LOAN\nAGREEMENT, dated as of May 2, 2008", match="TERM LOAN\nAGREEMENT, dated"
        ),
        passage(
            "364-DAY CREDIT AGREEMENT, dated as of April 30, 1999 among",
            match="364-DAY CREDIT AGREEMENT, dated",
        ),
        passage(
            "5-Year Revolving Credit Agreement dated as of June 1, 2004, between",
            match="5-Year Revolving Credit Agreement dated",
        ),
        passage(
            'AMENDMENT NO. 2, dated as of May 8, 2015 (this "Amendment"), to the',
            match="AMENDMENT NO. 2, dated",
        ),
        passage(
            'Amendment No. 14 made as of June 3, 2009 (the "Amendment") by and among',
            match="Amendment No. 14 made",
        ),
    ],
    rejects=[
        "30 days after the Agreement dated as of May 1",
        "2.05 Notes. The Note issued under the Agreement dated",
        "The Lender dated the notice",
        "Section 2. Amendment. The note is dated",
        "The payments made under the Agreement",
        "Amendment No. 2. The Borrower dated the notice",
    ],
    mode="match",
)

_NOT_PREAMBLE = rule(
    "structure.not_preamble",
    r"^\s*(?:<PAGE>\s*\d*\s*)?(?:[\"“(]|WHEREAS|Whereas|\d+(?:\.\d+)*\.?\s|Section\s"
    # lower case, unless a brand's word opens a title there ("e-Hosting Agreement This ...")
    rf"|(?!{BRAND_PREFIX})[a-z])",
    reads="a paragraph that cannot open an agreement: a definition, a recital, a numbered section",
    matches=[
        passage('"Agreement" means this Agreement.', match='"'),
        passage("WHEREAS, the Borrower has requested", match="WHEREAS"),
        passage("2.1 Loans. The Lender agrees", match="2.1 "),
        passage("<PAGE> 3 Section 4. Notices.", match="<PAGE> 3 Section "),
    ],
    rejects=[
        "THIS AGREEMENT is made",
        "Loan Agreement dated as of May 1",
        "eHosting Agreement dated as of May 1",
    ],
    mode="match",
)

_QUOTED = rule(
    "structure.quoted",
    r"[\"“][A-Z][^\"”\n]{0,60}[\"”]",
    reads="a defined term in quotation marks, as an opening gives its parties",
    matches=[
        passage('Acme Corp. (the "Borrower")', match='"Borrower"'),
        passage("Beta LLC (“Seller”)", match="“Seller”"),
    ],
    rejects=['the word "hereof" in lower case', "no quoted term here"],
)

#: a party's term given in no quotes after a "hereinafter" cue, as an older note or agreement
#: opens: "DUNMORE CO., an Oregon corporation (hereinafter called Maker)", "(together with any
#: later holder, hereinafter referred to as the Holder)"
_HEREINAFTER_TERM = rule(
    "structure.hereinafter_term",
    r"\((?:[^()\n]{0,80}?,\s*)?(?:hereinafter|hereafter)\s+(?:called|referred\s+to\s+as"
    r"|designated\s+as|known\s+as|named)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\)",
    reads="an opening's term for a party in no quotes, after a 'hereinafter' cue",
    matches=[
        passage(
            "an Oregon corporation (hereinafter called Maker), promises",
            match="(hereinafter called Maker)",
        ),
        passage(
            "(together with any subsequent holder hereof, hereinafter called Holder)",
            match="(together with any subsequent holder hereof, hereinafter called Holder)",
        ),
        passage(
            "(hereinafter referred to as the Lessee)",
            match="(hereinafter referred to as the Lessee)",
        ),
    ],
    rejects=[
        "(hereinafter called the note)",
        '(hereinafter called the "Maker")',
        "(as hereinafter defined)",
    ],
)

_TOC = rule(
    "structure.toc",
    r"\.{4,}|\bTABLE\s+OF\s+CONTENTS\b",
    re.IGNORECASE,
    reads="a table of contents: its heading or its dot leaders",
    matches=[
        passage("Table of Contents", match="Table of Contents"),
        passage("Section 1.1 Definitions ........ 1", match="........"),
    ],
    rejects=["the contents of the table...", "Contents of Notices"],
)


#: How far into a document the preamble may start (cover pages and contents come first).
PREAMBLE_WINDOW = 80_000


#: An opening's date words: "dated", "as of", "effective".
_DATE_WORD = rule(
    "structure.date_word",
    r"\b(?:dated|as\s+of|effective)\b",
    re.IGNORECASE,
    reads="a paragraph that may open an agreement: the words that bring in its date",
    matches=[
        passage("made and entered into as of May 1, 2010", match="as of"),
        passage("This Amendment, DATED June 3", match="DATED"),
        passage("effective on the Closing Date", match="effective"),
    ],
    rejects=["undated copies", "as often as needed"],
)


#: A restrictive legend in capitals above a note's or a warrant's heading: "NEITHER THIS NOTE NOR
#: THE SECURITIES INTO WHICH IT IS CONVERTIBLE HAVE BEEN REGISTERED ... (THE "SECURITIES ACT")";
#: its "THIS NOTE", quoted term and "EFFECTIVE" are not an opening's.
_LEGEND = rule(
    "structure.securities_legend",
    r"\b(?:(?:HAVE|HAS)\s+NOT\s+BEEN|HAVE\s+BEEN|HAS\s+BEEN)\s+REGISTERED\b",
    reads="a paragraph in capitals: a securities legend, not the opening of the document",
    matches=[
        passage(
            "NEITHER THIS NOTE NOR THE SECURITIES INTO WHICH IT IS CONVERTIBLE HAVE BEEN "
            "REGISTERED UNDER THE SECURITIES ACT",
            match="HAVE BEEN REGISTERED",
        ),
        passage(
            "THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933",
            match="HAS NOT BEEN REGISTERED",
        ),
    ],
    rejects=["the Shares have been registered under the Securities Act", "THIS AGREEMENT is made"],
)


#: A subordination legend: "The indebtedness evidenced by this instrument is subordinated to
#: the Senior Debt ...", "THIS NOTE IS SUBORDINATED IN RIGHT OF PAYMENT TO ...".
_SUBORDINATION_LEGEND = rule(
    "structure.subordination_legend",
    r"(?i)\b(?:is|are|shall\s+be|has\s+been|will\s+be)\s+(?:expressly\s+)?(?:subordinated\b"
    # "... is subject to the Subordination and Intercreditor Agreement", "... subject to the
    # terms of the Intercreditor Agreement"
    r"|subject\s+to\s+the\s+(?:terms\s+(?:and\s+(?:conditions|provisions)\s+)?of\s+(?:the|that)\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:subordination|intercreditor)\b)",
    reads="a legend saying the debt the document evidences is subordinated to other debt, or"
    " subject to the subordination or intercreditor agreement that says so",
    matches=[
        passage(
            "The indebtedness evidenced by this instrument is subordinated to the Senior Debt",
            match="is subordinated",
        ),
        passage(
            "THIS NOTE IS EXPRESSLY SUBORDINATED IN RIGHT OF PAYMENT",
            match="IS EXPRESSLY SUBORDINATED",
        ),
        passage(
            "The indebtedness evidenced by this instrument is subject to the Subordination and "
            "Intercreditor Agreement",
            match="is subject to the Subordination",
        ),
        passage(
            "this Note are subject to the terms of the Intercreditor Agreement",
            match="are subject to the terms of the Intercreditor",
        ),
    ],
    rejects=[
        "the Subordinated Debt shall be paid",
        "subordination of the Liens",
        "the Liens are subject to the Permitted Encumbrances",
    ],
)


def _past_legend_line(text: str, start: int, end: int) -> int:
    """Where a paragraph begins once a legend standing whole on its first line is passed: a
    converted page keeps no blank line between the legend and the opening under it ("The
    indebtedness evidenced by this instrument is subordinated to ... LLC." / "GUARANTY This
    GUARANTY (the "Guaranty"), dated as of ..."; a cover's "Execution Version" may close the
    legend's line). ``start`` when the first line is no legend (an opening that speaks of
    subordination defines its terms in quotes) or is all the paragraph holds."""
    line_end = text.find("\n", start, end)
    if line_end < 0:
        return start
    line = text[start:line_end]
    rest = trim_span(text, line_end, end)[0]
    if (
        rest < end
        and (_LEGEND.search(line) or _SUBORDINATION_LEGEND.search(line))
        and not _QUOTED.search(line)  # an opening defines its terms; a legend defines none
    ):
        return rest
    return start


#: The score of an opening that lists its parties in capitals and closes with "agree as
#: follows" (:mod:`ingest.structure.listed_opening`): enough to open the document.
_LISTED_OPENING_SCORE = 5


def _preamble_score(par: str) -> int:
    head = par[:1500]
    if _TOC.search(head) or _NOT_PREAMBLE.match(head):
        return 0
    if lists_parties_then_agrees(head):
        return _LISTED_OPENING_SCORE
    letters = [c for c in head[:300] if c.isalpha()]
    capitals = bool(letters) and sum(c.isupper() for c in letters) > 0.85 * len(letters)
    if capitals and ('"' not in head or (_LEGEND.search(head) and not _STRONG_CUE.search(head))):
        return 0
    score = 2 if _TITLE_DATED.match(head) else 0
    if _STRONG_CUE.search(head) or DATED_AMONG.match(head) or TITLED_AMONG.match(head):
        score += 3
    elif _PREAMBLE_CUE.search(head):
        score += 1
    if _THIS.search(head[:400]):
        score += 2
    if _QUOTED.search(head) or _HEREINAFTER_TERM.search(head):
        score += 2
    if _DATE_WORD.search(head):
        score += 1
    return score


#: A letter's salutation ("Dear Mr. Deaner:", "Gentlemen:", "Ladies and Gentlemen:") on a
#: line of its own: the paragraph under it opens the letter as a preamble opens an agreement.
SALUTATION = rule(
    "structure.salutation",
    r"(?m)^[ \t]*(?:Dear\s+[^\n:;,]{1,60}|Gentlemen|GENTLEMEN|Ladies\s+and\s+Gentlemen"
    r"|LADIES\s+AND\s+GENTLEMEN|Dear\s+Sirs?(?:\s+and\s+Madams?)?)[ \t]*[:,]?[ \t]*$",
    reads="a letter's salutation on a line of its own: the letter opens under it",
    matches=[
        passage("June 1, 2012\n\nDear Mr. Smith:\n\nThis letter", match="Dear Mr. Smith:"),
        passage("\nLadies and Gentlemen:\n", match="Ladies and Gentlemen:"),
        passage("Gentlemen,\n", match="Gentlemen,"),
    ],
    rejects=["Dear Mr. Smith, we write to confirm our agreement.", "To the Lenders:"],
)


#: How far into a document a letter's salutation stands (under a cover, a letterhead).
SALUTATION_WINDOW = 6000

#: What the salutation adds to the score of the paragraph under it.
_SALUTATION_BONUS = 3


_AGREEMENT_HEADING = rule(
    "structure.agreement_heading",
    r"(?i)\b(?:agreement|amendment|note|guarant(?:y|ee)|waiver|consent|indenture|debenture)s?\b",
    reads="a heading above a salutation that names an agreement (the letter is its layout)",
    matches=[
        passage("UNDERWRITING AGREEMENT", match="AGREEMENT"),
        passage("Limited Waiver and Consent", match="Waiver"),
    ],
    rejects=["ACME CORPORATION", "Re: Credit Facility"],
)


def _titled(text: str, end: int) -> bool:
    """Whether a heading above ``end`` names an agreement ("UNDERWRITING AGREEMENT" above
    "Ladies and Gentlemen:"): the document is titled, its letter form is only its layout."""
    return any(_AGREEMENT_HEADING.search(text[s:e]) for s, e in heading_spans(text, 0, end))


def find_preamble(text: str) -> tuple[int, int] | None:
    """The first paragraph that reads like a preamble, capped where the recitals begin (in an
    untitled letter, the paragraph under the salutation counts more)."""
    window = min(len(text), PREAMBLE_WINDOW)
    salutation = SALUTATION.search(text, 0, min(window, SALUTATION_WINDOW))
    opening = -1
    letter = -1
    if salutation:
        first = paragraphs(text, salutation.end(), min(window, salutation.end() + 3000))
        if first and LETTER_OPENING.search(text, *first[0]):
            letter = first[0][0]  # it opens the agreement as a letter does, even under a title
        elif first and not _titled(text, salutation.start()):
            opening = first[0][0]
    for start, end in paragraphs(text, 0, window):
        if start == letter:
            return start, end
        bonus = _SALUTATION_BONUS if start == opening else 0
        start = past_page_head(text, start, end)  # "iv\n<PAGE> 7\n" above the opening
        start = _past_legend_line(text, start, end)
        if _preamble_score(text[start:end]) + bonus >= 5:
            stop = RECITALS_START.search(text, start + 1, end)
            return start, stop.start() if stop and stop.start() > start + 40 else end
        if end - start > _LONG_PARAGRAPH and start < _INNER_REACH:
            inner = _inner_preamble(text, start, end)
            if inner:
                return inner
    return None


#: A paragraph longer than this may be a whole page (or document) flattened into one line.
_LONG_PARAGRAPH = 1500

#: Where an opening sentence may start inside such a paragraph: "This License Agreement",
#: "THIS AGREEMENT", "This agreement ("Agreement")".
_OPENING = rule(
    "structure.opening",
    rf"\b(?:This|THIS)\s+(?:(?:[A-Z]|{BRAND_PREFIX})[\w&'’®\-]*,?\s+(?:(?:and|of|for|&)\s+)?){{0,8}}"
    r"(?:AGREEMENT|Agreement|agreement|CONTRACT|Contract|contract|AMENDMENT|Amendment|ADDENDUM"
    r"|Addendum|LICEN[CS]E|Licen[cs]e)\b",
    reads="an opening sentence inside a flattened paragraph: This ... Agreement",
    matches=[
        passage("LEGEND ... This License Agreement is made", match="This License Agreement"),
        passage("THIS AMENDED AND RESTATED AGREEMENT", match="THIS AMENDED AND RESTATED AGREEMENT"),
        passage(
            "This Supply and Distribution Contract", match="This Supply and Distribution Contract"
        ),
        passage(
            "1. Parties This iPhone Developer Agreement", match="This iPhone Developer Agreement"
        ),
    ],
    rejects=["this Agreement shall terminate", "This Note is issued", "This e-mail is sent"],
)

#: A word after which "this" is inside a sentence ("PORTIONS OF THIS AGREEMENT HAVE BEEN
#: OMITTED"), not opening one.
INSIDE_SENTENCE = rule(
    "structure.inside_sentence",
    r"(?i)\b(?:of|to|in|under|with|for|from|on|and|or|that|upon|into|as|at)\s+$",
    reads="the word before This that puts it inside a sentence (PORTIONS OF THIS ...)",
    matches=[
        passage("PORTIONS OF ", match="OF "),
        passage("pursuant to ", match="to "),
    ],
    rejects=["Exhibit 10.1 ", "AGREEMENT "],
)

#: Where a flattened opening paragraph stops: the recitals, the operative words or the first
#: numbered section or article.
_OPENING_END = rule(
    "structure.opening_end",
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b"
    r"|\s(?:1\.\s+[A-Z]|1\.1\s|ARTICLE\s+(?:1|I)\b|Article\s+(?:1|I)\b|SECTION\s+1\b)",
    reads="where a flattened opening stops: the operative words or the first section",
    matches=[
        passage("the Licensee. NOW THEREFORE the parties", match="NOW THEREFORE"),
        passage("the Licensee. 1. Definitions", match=" 1. D"),
        passage("the Licensee. ARTICLE I GRANT", match=" ARTICLE I"),
    ],
    rejects=["the Licensee, 12. Grant", "the Licensee. Article II"],
)

#: How far into a flattened paragraph its opening sentence is looked for, and how long it
#: runs.
_INNER_WINDOW = 8000

#: Only a paragraph starting this early may hide the opening (a cover, a legend and the
#: contents come before it; a long clause of the body is no opening).
_INNER_REACH = 25_000

_INNER_LENGTH = 2500


def _inner_preamble(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The opening sentence of an agreement inside a paragraph that holds more than it (a
    converted page flattened into one line: "Exhibit 10.5 LEGEND ... LICENSE AGREEMENT This
    License Agreement is made ... between ..."), cut where its recitals or first section
    begin."""
    window = min(end, start + _INNER_WINDOW)
    # "This ... Agreement", or a syndicated credit agreement's bare "CREDIT AGREEMENT dated as
    # of ... among" run into the contents above it
    openings = sorted(
        m.start()
        for pattern in (_OPENING, INNER_DATED_AMONG)
        for m in pattern.finditer(text, start, window)
    )
    for at in openings:
        if INSIDE_SENTENCE.search(text, max(start, at - 12), at):
            continue
        limit = min(end, at + _INNER_LENGTH)
        if _preamble_score(text[at:limit]) < 5:
            continue
        stop = RECITALS_START.search(text, at + 1, limit)
        close = _OPENING_END.search(text, at + 40, limit)
        ends = [s.start() for s in (stop, close) if s and s.start() > at + 40]
        return at, min(ends, default=limit)
    return None
