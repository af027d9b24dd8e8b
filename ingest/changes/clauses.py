"""Where an operative clause begins and ends: after a sentence end, a colon, a semicolon or a
list label, over the underline rules and page breaks a typewritten filing puts inside a
sentence (masked to blanks of the same length so that offsets stay the text's); a colon or
semicolon that is itself the quoted new words ("inserting "; and"") ends nothing.
"""

from __future__ import annotations

import re

from ingest.rules import rule

#: (the stop of an abbreviation, "No." or "Sec.", ends no clause, nor does the colon of a ratio
#: or a time between two digits: 'deleting "1.20:1.00"', "not later than 11:00 a.m.")
_CLAUSE_END = re.compile(
    r";|(?<!\d):|:(?!\d)"
    r"|\.(?=\s|$)(?<!\bNo\.)(?<!\bno\.)(?<!\bSec\.)(?<!\bSecs\.)(?<!\.[A-Z]\.)|\n[ \t]*\n"
)
_UNDERLINE = re.compile(r"(?m)^[ \t]*[-_=]{3,}[ \t]*\n")
#: A page break between the words of one sentence: blank lines, a page marker or number, blank
#: lines, then the sentence going on in lower case after a word that ends no sentence.
_PAGE_IN_SENTENCE = re.compile(
    r"(?<=[a-z,])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*\n"
    r"(?:[ \t]*\n)*(?=[ \t]*[a-z])"
)


#: A page break an HTML conversion left as a long run of blank lines, with no page number,
#: inside a sentence: a line that ends on a word ("... appearing in Article I of the Credit"),
#: four blank lines or more, then the sentence going on ("Agreement is amended to ...", "and
#: to replace ..."), never a heading or a new item.
_BLANK_PAGE_IN_SENTENCE = rule(
    "changes.blank_page_in_sentence",
    r"(?<=[a-z,])[ \t\xa0]*\n(?:[ \t\xa0]*\n){4,}[ \t\xa0]*"
    r"(?=[a-z]|[A-Z][a-z]+[ \t]+[a-z])",
    reads="an operative sentence: a page break left as blank lines between two of its words",
    matches=[
        "definition of “Net Worth” appearing in Article I of the Credit\n\n\n\n\n\n"
        "Agreement is amended to read",
        "is amended by deleting the words\n\n\n\n\n\nand inserting",
    ],
    rejects=[
        "Amendments to the Credit Agreement\n\n\n\n\nSection 6.1 is amended",
        "of the Credit\n\n\nAgreement is amended",
        "is amended as follows:\n\n\n\n\n(a) The definition",
    ],
)

_LOOKBACK = 500


def mask(text: str) -> str:
    """The text with underline rules blanked (same length): they sit inside operative sentences
    of typewritten filings ("Section 3.02 ... is hereby deleted in its\\n ----- \\n entirety");
    so is a page break inside a sentence ("deleting "X" and\\n\\n<PAGE> 30\\n\\nreplacing it")."""
    masked = _UNDERLINE.sub(lambda m: " " * len(m.group()), text)
    masked = _BLANK_PAGE_IN_SENTENCE.sub(lambda m: " " * len(m.group()), masked)
    return _PAGE_IN_SENTENCE.sub(lambda m: " " * len(m.group()), masked)


#: Where a clause begins: after a sentence end, a blank line, or a list label that opens a line
#: or follows a sentence end ("3.03(a) of" holds no label).
_CLAUSE_BREAK = re.compile(
    # the stop after a section number ("Section 1.1. of the Agreement") ends no sentence
    r"[.;:](?=\s)(?<!\bNo\.)(?<!\bSec\.)(?<!\bSecs\.)(?<!\.[A-Z]\.)(?<!\d\.\d\.)(?<!\d\.\d\d\.)"
    r"|\n[ \t]*\n"
    r"|(?:(?<=\n)|(?<=[.;:] )|(?<=[.;:]  ))[ \t]*\([a-z0-9]{1,4}\)\s(?!\s*of\b)"
)


#: "... (i) clause\n(a) is amended by ...": a line that ends on the word naming a part, so that
#: the part's letter opening the next line is no list label.
_PART_WORD_AT_LINE_END = rule(
    "changes.part_word_at_line_end",
    r"\b(?:sub)?(?:clauses?|sections?|paragraphs?|subparagraphs?)[ \t]*\n[ \t]*\Z",
    re.IGNORECASE,
    reads="an operative sentence wrapped before a part's letter: the word naming the part, at "
    "the end of the line before it",
    matches=["(i) clause\n", "Section 7.1 is amended by deleting subsection\n"],
    rejects=["Section 7.1 is amended as follows:\n", "the following clauses\n\n"],
)


def clause_start(masked: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins: after the last sentence end, colon, semicolon
    or list label before it (never before ``floor``); a semicolon inside a parenthesis
    (Schedule A ("Commitments; Addresses")) ends nothing, nor does a part's letter that a
    line wrap put at the start of a line ("clause\n(a) is amended")."""
    lo = max(floor, pos - _LOOKBACK)
    start = lo
    for m in _CLAUSE_BREAK.finditer(masked[lo:pos]):
        rest = masked[lo + m.end() : pos]
        if rest.count(")") > rest.count("("):
            continue
        if m.group().lstrip().startswith("(") and _PART_WORD_AT_LINE_END.search(
            masked, max(lo, lo + m.start() - 40), lo + m.start()
        ):
            continue
        start = lo + m.end()
    return start


#: "... is hereby amended and replaced by Exhibit A hereto and Schedule 3.06 of the Credit
#: Agreement is hereby amended ...": a second operation joined by "and" ends the first; so
#: does one joined by ", and that" in a letter ("we agree that ... shall be extended to ...,
#: and that Section 2.1 ... shall be amended"), or a new part joined by ", and a new"
#: ("Exhibit C is hereby deleted, and a new Schedule 2.4 ... is hereby added").
_AND_NEXT = rule(
    "changes.and_next_operation",
    r",?\s+and\s+(?:that\s+)?(?=(?:the\s+|an?\s+new\s+)?(?:Sections?|Schedule|Exhibit|Annex"
    r"|Article|definition)\s[^;:]{0,150}?\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
    r"(?:amended|deleted|replaced|restated|added|inserted)\b"
    # ", and the Expiration Date is accordingly changed to July 31, 2029": a term of the
    # agreement set to a value of its own
    # (", and the Escrow Amount set forth in Section 2.4 of the Agreement is hereby reduced
    # to $750,000": with the provision that holds it)
    r"|the\s+(?:[A-Z][a-z]+\s+){1,3}(?:(?:set\s+forth\s+|stated\s+|specified\s+)?(?:in|under|of)"
    r"\s+[^;:]{1,80}?\s+)?(?:is|are|shall\s+be)\s+(?:hereby\s+|accordingly\s+"
    r"|correspondingly\s+)?(?:changed|extended|increased|reduced)\s+(?:to|until|through)\s+"
    r"(?:\$|\d|[A-Z][a-z]+\s+\d))",
    reads="an operative clause: a second operation joined to it by 'and', which ends it",
    matches=[
        " is replaced by Exhibit A hereto and Schedule 3.06 of the Credit Agreement is hereby "
        "amended",
        " and Section 7.4 is deleted",
        ", and that Section 2.1 of the Consulting Agreement shall be amended",
        ", and a new Schedule 2.4 in the form attached hereto is hereby added",
        ", and the Expiration Date is accordingly changed to July 31, 2029",
        ", and the Escrow Amount set forth in Section 2.4 of the Agreement is hereby reduced "
        "to $750,000",
    ],
    rejects=[
        " and the Borrower shall deliver Schedule 3.06",
        " and Section 7.4 remains",
        ", and that the Borrower shall deliver Schedule 3.06 as amended",
        " and the Base Rent is payable monthly",
    ],
)
#: Straight and curly quotes, counted to tell punctuation inside quoted words.
_QUOTES = re.compile(r"[\"“”]")


def _quoted_punctuation(masked: str, pos: int, at: int) -> bool:
    """Whether the mark at ``at`` opens quoted words that are punctuation themselves (the
    new words "; and" of "inserting "; and" in lieu thereof"): right after an opening quote
    (one opened after ``pos``), with its closing quote a few characters on."""
    marks = _QUOTES.findall(masked, pos, at)
    opened = marks.count('"') % 2 == 1 or marks.count("“") > marks.count("”")
    return (
        opened
        and masked[:at].rstrip()[-1:] in ('"', "“")
        and _QUOTES.search(masked, at, min(len(masked), at + 8)) is not None
    )


#: A few quoted words on one line with a colon among them: 'deleting "Attention: Controller"
#: and inserting "Attention: General Counsel"', 'replacing "Ratio: 3.00" with ...'.
_QUOTED_WORDS_WITH_COLON = rule(
    "changes.quoted_words_with_colon",
    r"[\"“][^\"“”\n:;]{1,40}:[ \t][^\"“”\n:;]{1,60}[\"”]",
    reads="an operative clause: short quoted words (an address line, a label) that hold a "
    "colon, which ends no clause",
    matches=['"Attention: Controller"', "“Fax: (212) 555-0100”"],
    rejects=['"Section 4.1:\n\n(a) The', '"as follows:"\n\n"4.1'],
    mode="match",
)


def _colon_in_quoted_words(masked: str, pos: int, at: int) -> bool:
    """Whether the colon at ``at`` sits inside a few quoted words opened after ``pos`` (an
    address line 'deleting "Attention: Controller"'), not after the clause's lead-in."""
    marks = list(_QUOTES.finditer(masked, pos, at))
    if not marks:
        return False
    text = "".join(q.group() for q in marks)
    opened = text.count('"') % 2 == 1 or text.count("“") > text.count("”")
    if not opened:
        return False
    m = _QUOTED_WORDS_WITH_COLON.match(masked, marks[-1].start())
    return m is not None and m.end() > at


def closes_quoted_place(masked: str, start: int, colon: int) -> bool:
    """Whether the colon at ``colon`` ends the quoted words of a place, its closing quote right
    after it ("inserting the following after "due and payable, forthwith:"" then the new
    words): the wording starts past that quote."""
    marks = _QUOTES.findall(masked, start, colon)
    opened = marks.count('"') % 2 == 1 or marks.count("“") > marks.count("”")
    return opened and masked[colon + 1 : colon + 2] in ('"', "”")


def clause_end(masked: str, pos: int, limit: int) -> int:
    """Where the clause from ``pos`` ends: its sentence end, colon or semicolon (not one
    inside quoted words), or an "and" that joins the next operation."""
    m = _CLAUSE_END.search(masked, pos, limit)
    while m is not None and (
        (m.group() == ";" and _quoted_punctuation(masked, pos, m.start()))
        or (m.group() == ":" and _colon_in_quoted_words(masked, pos, m.start()))
    ):
        m = _CLAUSE_END.search(masked, m.end(), limit)
    end = m.end() if m else limit
    joined = _AND_NEXT.search(masked, pos, end)
    return joined.start() if joined else end
