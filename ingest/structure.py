"""The regions of an agreement's text, found by cheap compiled patterns.

Vocabulary:
- *title block*: the lines before the preamble (exhibit label, title, cover page).
- *preamble*: the paragraph that names the agreement, its date and its parties ("This
  AMENDMENT ... is made and entered into as of ... by and among ..."), or for a note the
  "FOR VALUE RECEIVED, ... promises to pay to the order of ..." paragraph.
- *recitals*: "RECITALS" / "W I T N E S S E T H" / "WHEREAS" clauses up to "NOW, THEREFORE".
- *signatures*: from "IN WITNESS WHEREOF" (or a "[Signature Page" caption) to the first
  attachment after it.
- *attachment*: a schedule, exhibit or annex appended after the signatures, starting at a
  heading line ("SCHEDULE A", "EXHIBIT B"); its *heading title* is the first words after it.
- *main end*: where the document's own agreement stops (the first attachment).
- *appended agreement*: an agreement written after the main one's signature pages and executed
  on its own ("ACKNOWLEDGMENT AND CONSENT", "CONSENT AND REAFFIRMATION OF GUARANTORS", "LIMITED
  JOINDER"): a heading naming it, a paragraph of its own ("each of the undersigned hereby
  consents to the foregoing Amendment") and signature lines under it; a note executed with it
  ("NOTE ... promises to pay to the order of ...") is appended the same way. The main
  signatures stop where the first one starts.
- *letter*: a salutation ("Dear ...:", "Ladies and Gentlemen:") stands where a preamble would;
  in an untitled letter the paragraph under it is the preamble, and its signatures begin at
  its close ("Very truly yours,").

Only the regions are computed here; extractors run spaCy and their rules on them alone.
:func:`analyze` is cached per text, so every extractor of a document shares one result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.readers.uuencoded import UUENCODE_HEADER
from ingest.reports import read_report, report_cover
from ingest.rules import passage, rule

_PARAGRAPH_BREAK = rule(
    "structure.paragraph_break",
    r"\n[ \t]*(?:(?:<PAGE>|-?\s*\d{1,3}\s*-?)?[ \t]*\n[ \t]*)+",
    reads="the layout: a blank line between paragraphs (a page marker or page number counts)",
    matches=[
        passage("the Lender.\n\nSection 2.", match="\n\n"),
        passage("the Lender.\n   \n<PAGE>\n\nSection 2.", match="\n   \n<PAGE>\n\n"),
        passage("the Lender.\n\n- 4 -\n\nSection 2.", match="\n\n- 4 -\n\n"),
    ],
    rejects=["the Lender and\nthe Borrower agree"],
)
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
    r"|reference\s+is\s+made|made\s+by|in\s+favor\s+of|is\s+dated)\b",
    re.IGNORECASE,
    reads="a paragraph that opens an agreement: the words only an opening uses",
    matches=[
        passage("is entered into by and among the Company", match="entered into"),
        passage("Reference is made to the Credit Agreement", match="Reference is made"),
        passage("this Guaranty made by the Parent in favor of the Bank", match="made by"),
    ],
    rejects=["a loan between the Company and the Bank", "The parties shall meet annually."],
)
_THIS = rule(
    "structure.this",
    r"^\s*(?:This|THIS)\b|\b(?:This|THIS)\s+[A-Z]",
    reads="an opening sentence: it starts with This, or names This Agreement",
    matches=[
        passage("THIS AGREEMENT is made", match="THIS"),
        passage("Exhibit 10.1 This Credit Agreement", match="This C"),
    ],
    rejects=["Under this agreement the parties agree", "as of this date"],
)
_TITLE_DATED = rule(
    "structure.title_dated",
    r"^\s*(?:THIS\s+|This\s+)?(?:[A-Z][\w ,.#&-]{0,120}?)?\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTEE"
    r"|GUARANTY|WAIVER|CONSENT|LEASE|DEBENTURE|WARRANT|Agreement|Amendment|Note|Guarantee"
    r"|Guaranty|Waiver|Consent|Lease|Debenture|Warrant)\b[^.]{0,60}?\bdated\b",
    reads="an opening that names its document and then its date: This Amendment, dated ...",
    matches=[
        passage(
            "THIS FIRST AMENDMENT, dated as of June 3, 2011", match="THIS FIRST AMENDMENT, dated"
        ),
        passage(
            "This Security Agreement (this Agreement) dated May 1",
            match=("This Security Agreement (this Agreement) dated"),
        ),
    ],
    rejects=["The Lender dated the notice", "Section 2. Amendment. The note is dated"],
    mode="match",
)
_NOT_PREAMBLE = rule(
    "structure.not_preamble",
    r"^\s*(?:<PAGE>\s*\d*\s*)?(?:[\"“(a-z]|WHEREAS|Whereas|\d+(?:\.\d+)*\.?\s|Section\s)",
    reads="a paragraph that cannot open an agreement: a definition, a recital, a numbered section",
    matches=[
        passage('"Agreement" means this Agreement.', match='"'),
        passage("WHEREAS, the Borrower has requested", match="WHEREAS"),
        passage("2.1 Loans. The Lender agrees", match="2.1 "),
        passage("<PAGE> 3 Section 4. Notices.", match="<PAGE> 3 Section "),
    ],
    rejects=["THIS AGREEMENT is made", "Loan Agreement dated as of May 1"],
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
_RECITALS_START = rule(
    "structure.recitals_start",
    r"^\s*(?:RECITALS|Recitals|W\s*I\s*T\s*N\s*E\s*S\s*S\s*E\s*T\s*H|WITNESSETH|Witnesseth"
    r"|BACKGROUND|Background|PRELIMINARY\s+STATEMENTS?|Preliminary\s+Statements?)\s*[:.\-]*\s*$"
    r"|\bWHEREAS\b|\bWhereas,",
    re.MULTILINE,
    reads="where the recitals begin: their heading on a line of its own, or the first WHEREAS",
    matches=[
        passage("the Bank.\n\nW I T N E S S E T H:\n\nthat", match="\nW I T N E S S E T H:\n"),
        passage("the Bank.\n\nRECITALS\n\nA. The", match="\nRECITALS\n"),
        passage("the Bank. WHEREAS, the Borrower", match="WHEREAS"),
        passage("the Bank.\nPRELIMINARY STATEMENTS.\n", match="PRELIMINARY STATEMENTS.\n"),
        passage("the Bank.\nPreliminary Statements.\n", match="Preliminary Statements.\n"),
    ],
    rejects=[
        "the Background Check described below",
        "whereas the Borrower",
        "the preliminary statements of the Borrower",
    ],
)
_RECITALS_END = rule(
    "structure.recitals_end",
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b",
    re.IGNORECASE,
    reads="where the recitals end: the operative words",
    matches=[
        passage("NOW, THEREFORE, in consideration", match="NOW, THEREFORE"),
        passage("the parties hereto agree as follows:", match="agree as follows"),
    ],
    rejects=["therefore the Borrower shall", "they agree to the following"],
)
_SIGNATURE_START = rule(
    "structure.signature_start",
    r"\bIN\s+WITNESS\s+WHEREOF\b|\bIn\s+Witness\s+Whereof\b|\[\s*Signature\s+Page"
    # a note's or guaranty's closing: "WITNESS the due execution hereof", "WITNESS the following
    # signature", "IN TESTIMONY WHEREOF"; "WITNESS WHEREOF" whose "IN" a page break lost
    r"|\bWITNESS\s+the\s+(?:due\s+execution|following\s+signature)"
    r"|\bIN\s+(?:WITNESS\s+THEREOF|TESTIMONY\s+WHEREOF)\b|(?-i:\bWITNESS\s+WHEREOF\b)"
    r"|\bEXECUTED\s+(?:AS\s+OF|ON)\b"
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
    rejects=["executed in counterparts", "a witness whereof nothing is known"],
)
_ATTACHMENT_HEADING = rule(
    "structure.attachment_heading",
    r"^[ \t]*(?P<kind>EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|Exhibit|Schedule|Annex|Appendix)"
    r"[ \t]+(?P<id>[A-Z0-9][A-Za-z0-9.\-]{0,6})[ \t]*(?:[:.\-–][ \t]*(?P<rest>[^\n]{0,100}))?$",
    re.MULTILINE,
    reads="an attachment's heading on a line of its own: its kind, its label and a title",
    matches=[
        passage("\nEXHIBIT A\nFORM OF NOTE", kind="EXHIBIT", id="A"),
        passage("Schedule 2.1 - Commitments", kind="Schedule", id="2.1", rest="Commitments"),
        passage("  ANNEX I: Pricing Grid\n", kind="ANNEX", id="I", rest="Pricing Grid"),
    ],
    rejects=["as set forth in Exhibit A hereto", "EXHIBIT a"],
)
_RULE_LINE = rule(
    "structure.rule_line",
    r"^[\s\-_=*]*$",
    reads="the layout: a line of dashes, underscores or stars between headings",
    matches=["----------", "  ___ ***", ""],
    rejects=["- 2 -", "ARTICLE I"],
    mode="match",
)
_HEADING_WORDS = rule(
    "structure.heading_words",
    r"\b(?:AGREEMENT|AMENDMENT|NOTE|WARRANT|DEBENTURE|LEASE|GUARANTY|GUARANTEE|GUARANTIE|WAIVER|CONSENT"
    r"|LICENSE|INDENTURE|SUPPLEMENT|PLAN|CERTIFICATE|LETTER|BOND|ASSIGNMENT|MORTGAGE|CONTRACT"
    r"|ADDENDUM|MEMORANDUM\s+OF\s+UNDERSTANDING|TERMS\s+AND\s+CONDITIONS"
    r"|JOINT\s+FILING\s+STATEMENT)S?\b",
    re.IGNORECASE,
    reads="a heading line: the word that names a document",
    matches=[
        passage("REVOLVING CREDIT AGREEMENT", match="AGREEMENT"),
        passage("Memorandum of Understanding", match="Memorandum of Understanding"),
        passage("SUBSIDIARY GUARANTY", match="GUARANTY"),
        passage("SUBSIDIARY GUARANTIES", match="GUARANTIES"),
    ],
    rejects=["ARTICLE I DEFINITIONS", "Representations and Warranties"],
)

#: How far into a document the preamble may start (cover pages and contents come first).
PREAMBLE_WINDOW = 80_000


@dataclass(frozen=True, slots=True)
class Region:
    kind: str  # title, preamble, recitals, signatures, schedule, exhibit, annex, ...
    start: int
    end: int
    #: attachments: "EXHIBIT A"; ``title``: the heading words that follow it
    label: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Structure:
    title_block: Region | None
    preamble: Region | None
    recitals: Region | None
    signatures: Region | None
    attachments: tuple[Region, ...]
    main_end: int
    #: agreements appended after the main signatures, each with its own signature block
    appended: tuple[Region, ...] = ()

    def schedules(self) -> tuple[Region, ...]:
        return tuple(a for a in self.attachments if a.kind in ("schedule", "annex", "appendix"))

    def exhibits(self) -> tuple[Region, ...]:
        return tuple(a for a in self.attachments if a.kind in ("exhibit", "attachment"))


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs of ``text[start:end]`` (page markers count as blank)."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        if m.start() > pos and text[pos : m.start()].strip():
            out.append(_strip(text, pos, m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append(_strip(text, pos, end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


def _preamble_score(par: str) -> int:
    head = par[:1500]
    if _TOC.search(head) or _NOT_PREAMBLE.match(head):
        return 0
    letters = [c for c in head[:300] if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.85 * len(letters) and '"' not in head:
        return 0
    score = 2 if _TITLE_DATED.match(head) else 0
    if _STRONG_CUE.search(head):
        score += 3
    elif _PREAMBLE_CUE.search(head):
        score += 1
    if _THIS.search(head[:400]):
        score += 2
    if _QUOTED.search(head):
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
#: A letter's complimentary close, where its signatures begin when no witness clause does
#: (only in a letter: a form's "Very truly yours" above its signature lines is not one).
_LETTER_CLOSE = rule(
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
    if salutation and not _titled(text, salutation.start()):
        first = paragraphs(text, salutation.end(), min(window, salutation.end() + 3000))
        opening = first[0][0] if first else -1
    for start, end in paragraphs(text, 0, window):
        bonus = _SALUTATION_BONUS if start == opening else 0
        if _preamble_score(text[start:end]) + bonus >= 5:
            stop = _RECITALS_START.search(text, start + 1, end)
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
    r"\b(?:This|THIS)\s+(?:[A-Z][\w&'’®\-]*,?\s+(?:(?:and|of|for|&)\s+)?){0,8}"
    r"(?:AGREEMENT|Agreement|agreement|CONTRACT|Contract|contract|AMENDMENT|Amendment|ADDENDUM"
    r"|Addendum|LICEN[CS]E|Licen[cs]e)\b",
    reads="an opening sentence inside a flattened paragraph: This ... Agreement",
    matches=[
        passage("LEGEND ... This License Agreement is made", match="This License Agreement"),
        passage("THIS AMENDED AND RESTATED AGREEMENT", match="THIS AMENDED AND RESTATED AGREEMENT"),
        passage(
            "This Supply and Distribution Contract", match="This Supply and Distribution Contract"
        ),
    ],
    rejects=["this Agreement shall terminate", "This Note is issued"],
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
    for m in _OPENING.finditer(text, start, min(end, start + _INNER_WINDOW)):
        if INSIDE_SENTENCE.search(text, max(start, m.start() - 12), m.start()):
            continue
        limit = min(end, m.start() + _INNER_LENGTH)
        if _preamble_score(text[m.start() : limit]) < 5:
            continue
        stop = _RECITALS_START.search(text, m.start() + 1, limit)
        close = _OPENING_END.search(text, m.start() + 40, limit)
        ends = [s.start() for s in (stop, close) if s and s.start() > m.start() + 40]
        return m.start(), min(ends, default=limit)
    return None


def _recitals(text: str, after: int, limit: int) -> Region | None:
    m = _RECITALS_START.search(text, after, min(limit, after + 20_000))
    if not m or m.start() - after > 3000:
        return None
    stop = _RECITALS_END.search(text, m.start(), limit)
    end = stop.start() if stop else min(limit, m.start() + 8000)
    return Region("recitals", m.start(), end)


#: A heading line ending in a connector goes on after a blank line ("ADDENDUM TO").
_OPEN_END = rule(
    "structure.open_end",
    r"\b(?:to|of|TO|OF)(?:[ \t]+(?:the|THE))?[ \t]*$",
    reads="a heading line that ends in a connector and goes on after a blank line",
    matches=[
        passage("ADDENDUM TO", match="TO"),
        passage("First Amendment to the ", match="to the "),
    ],
    rejects=["SECURITY AGREEMENT", "NOTICE TO LENDERS\n"],
)
_CONNECTOR_LINE = rule(
    "structure.connector_line",
    r"^\s*(?:to|of|and|between|for|among|TO|OF|AND|BETWEEN|FOR)\s*$",
    reads="a heading line that is only a connector (to, of, between) joining its lines",
    matches=[passage("  to\n", match="  to\n"), passage("BETWEEN", match="BETWEEN")],
    rejects=["to the Lenders", "Between"],
    mode="match",
)


#: A numbered section's heading ("19.13 Waiver", "§ 4 Independence") is no document title.
_SECTION_NUMBER = rule(
    "structure.section_number",
    r"^\s*(?:§|\d+\.\d+|\d+\.\s|\(\w\)\s)",
    reads="a numbered section's heading line, which is no document title",
    matches=[
        passage("19.13 Waiver", match="19.13"),
        passage("§ 4 Independence", match="§"),
        passage("3. Consent", match="3. "),
        passage("(b) Amendment", match="(b) "),
    ],
    rejects=["CONSENT AGREEMENT", "2010 AMENDMENT"],
    mode="match",
)


def _is_heading_line(line: str) -> bool:
    return (
        len(line.strip()) <= 90
        and len(line.split()) <= 12
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and not _SECTION_NUMBER.match(line)
        and bool(_HEADING_WORDS.search(line))
    )


def heading_title(text: str, start: int, end: int, max_lines: int = 6) -> tuple[int, int] | None:
    """The span of the first heading after ``start`` (within ``3 * max_lines`` lines): one to
    four consecutive short lines that name a document ("AMENDED AND RESTATED REVOLVING CREDIT
    NOTE", "Amendment #4 / to / Convertible Promissory Note"); a longer block is prose (a
    legend), not a heading."""
    limit = start
    for _ in range(max_lines * 3):
        nl = text.find("\n", limit, end)
        if nl < 0:
            limit = end
            break
        limit = nl + 1
    spans = heading_spans(text, start, min(limit, end))
    return spans[0] if spans else None


def heading_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every heading of ``text[start:end]``: groups of one to four consecutive short lines that
    name a document, wherever they stand (after a legend, a page number, an exhibit label)."""
    out: list[tuple[int, int]] = []
    group: tuple[int, int] | None = None
    count = 0
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        line = text[pos:nl]
        blank = not line.strip() or _RULE_LINE.match(line) or line.strip() == "<PAGE>"
        if not blank and (_is_heading_line(line) or (group and _CONNECTOR_LINE.match(line))):
            s, e = _strip(text, pos, nl)
            group = (group[0], e) if group else (s, e)
            count += 1
        elif blank and group and _OPEN_END.search(text, group[0], group[1]):
            pass  # "ADDENDUM TO" <blank line> "DISTRIBUTOR AGREEMENT": one heading
        else:
            # a heading stands alone: prose right after it makes it a legend's first line
            if group and count <= 4 and blank:
                out.append(group)
            group, count = None, 0
        pos = nl + 1
    if group and count <= 4:
        out.append(group)
    return out


def attachments_after(text: str, after: int) -> list[Region]:
    """The attachments whose headings stand after ``after``: the signature pages' end for the
    document's own, any point for an amendment whose own signature pages went unseen."""
    heads = list(_ATTACHMENT_HEADING.finditer(text, after))
    out: list[Region] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        kind = m["kind"].lower()
        title = ""
        if m["rest"] and _HEADING_WORDS.search(m["rest"]):
            title = m["rest"].strip()
        else:
            ht = heading_title(text, m.end() + 1, min(end, m.end() + 800))
            if ht:
                title = " ".join(text[ht[0] : ht[1]].split())
        label = f"{m['kind'].upper()} {m['id']}"
        out.append(Region(kind, m.start(), end, label, title))
    return out


#: A signature block's first lines where no "IN WITNESS WHEREOF" announces it: "ATTEST:",
#: or a signature line ("By: /s/ ...", "By: ______") under the company's name.
_SIGNATURE_LINE = rule(
    "structure.signature_line",
    r"(?m)^[ \t]*(?:ATTEST\s*:|Attest\s*:|By\s*:?[ \t\xa0]*(?:/[sS]/|_{3,}))",
    reads="a signature block's first line where no witness clause announces it",
    matches=[
        passage("ACME CORP.\nBy: /s/ Jane Doe", match="By: /s/"),
        passage("\nATTEST:\n", match="ATTEST:"),
        passage("  By ______________", match="  By ______________"),
    ],
    rejects=["signed By the Borrower", "By: the Company"],
)
#: How far above a "[Signature Page to ...]" footer its page's signature lines may begin.
_FOOTER_REACH = 6_000


def _signature_lines(text: str, start: int) -> re.Match[str] | None:
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


#: The words that name what a signatory appends to another's agreement (a consent, a
#: reaffirmation of its guaranty, a joinder, the note it issues under it): the heading of an
#: appended agreement holds one.
_APPENDED_WORD = rule(
    "structure.appended_word",
    r"\b(?:CONSENTS?|REAFFIRMATIONS?|RE-AFFIRMATIONS?|ACKNOWLEDG(?:E)?MENTS?|JOINDER|GUARANT(?:Y|EE)"
    r"|GUARANTIES|RATIFICATION|CONFIRMATION|NOTE|Consents?|Reaffirmations?"
    r"|Acknowledg(?:e)?ments?|Joinder|Guarant(?:y|ee)|Ratification|Confirmation|Note)\b",
    reads="the heading of an appended agreement: the word that names what a signatory appends",
    matches=[
        passage("CONSENT AND REAFFIRMATION", match="CONSENT"),
        passage("Acknowledgement of Guarantors", match="Acknowledgement"),
        passage("LIMITED JOINDER", match="JOINDER"),
    ],
    rejects=["SIGNATURE PAGES", "notes payable"],
)
#: A company's name ("MORGAN GUARANTY TRUST COMPANY"), a caption ("GUARANTORS:", "SIGNATURES
#: OF PARTIES TO THE GUARANTY", "Consented to by:"), a section's heading ("SECTION 2.
#: GUARANTY"), a notary's certificate or a page's footnote is no heading of an agreement.
_NOT_APPENDED_HEADING = rule(
    "structure.not_appended_heading",
    r"(?i)\b(?:BANK|COMPANY|TRUST|INC|CORP(?:ORATION)?|L\.?L\.?C|N\.A|LTD|L\.?P|PLC"
    r"|SIGNATURES?|PAGE|JURISDICTION|BY|OF\s+COUNSEL|FORM\s+OF|ACCEPTED|ACKNOWLEDGED|AGREED"
    r"|CONSENTED|SECTION|ARTICLE|CERTIFICATE|NOTARY)\b|[:;,.\]\[§\d]",
    reads="a short line that is no appended agreement's heading: a company, a caption",
    matches=[
        passage("MORGAN GUARANTY TRUST COMPANY", match="TRUST"),
        passage("GUARANTORS:", match=":"),
        passage("SECTION 2 GUARANTY", match="SECTION"),
    ],
    rejects=["CONSENT AND REAFFIRMATION", "Joinder Agreement"],
)
#: A notary's acknowledgment ("personally appeared ... Notary Public") is no agreement.
_NOTARIAL = rule(
    "structure.notarial",
    r"(?i)\bpersonally\s+(?:came|appeared)\b|\bnotary\s+public\b",
    reads="a notary's acknowledgment, which is no agreement",
    matches=[
        passage("before me personally appeared John Doe", match="personally appeared"),
        passage("Notary Public, State of Texas", match="Notary Public"),
    ],
    rejects=["the Guarantor appeared personally at the meeting", "public notice"],
)
#: The first paragraph of an appended agreement speaks for its signatories about the agreement
#: above it: "each of the undersigned", "the foregoing Amendment", "to which this ... is
#: appended"; a note's, for its maker: "promises to pay to the order of".
_APPENDED_VOICE = rule(
    "structure.appended_voice",
    r"(?i)\b(?:the\s+undersigned|foregoing|appended|attached\s+hereto|joins?\s+(?:herein|in)"
    r"|hereby\s+(?:consents?|acknowledges?|reaffirms?|ratifies|confirms?|agrees?|joins?)"
    r"|promises?\s+to\s+pay)\b",
    reads="the first paragraph of an appended agreement, in its signatories' voice",
    matches=[
        passage(
            "Each of the undersigned hereby consents to the foregoing", match="the undersigned"
        ),
        passage("The Guarantor hereby reaffirms its Guaranty", match="hereby reaffirms"),
        passage("the Borrower promises to pay to the order of", match="promises to pay"),
    ],
    rejects=["The Borrower shall pay the fees.", "the undersign ed"],
)
_EXECUTION = rule(
    "structure.execution",
    r"(?im)^[ \t]*(?:By\b\s*[:_/]|IN\s+WITNESS\s+WHEREOF|/s/)",
    reads="an execution line below an appended agreement: a signature line or witness clause",
    matches=[
        passage("\nBy: /s/ Jane Doe", match="By:"),
        passage("\n  IN WITNESS WHEREOF, the", match="  IN WITNESS WHEREOF"),
        passage("\n/s/ John Smith", match="/s/"),
    ],
    rejects=["signed by the Guarantor", "Byline: ACME"],
)
#: How far an appended agreement's first paragraph may stand below its heading.
_APPENDED_BODY_WINDOW = 1500


def _appended_heading(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    heading = " ".join(words)
    letters = [c for c in heading if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) > 0.8 * len(letters) if letters else False
    titled = all(w[:1].isupper() or w.lower() in ("and", "of", "to", "the") for w in words)
    return (
        1 <= len(words) <= 12
        and (capitals or titled)
        and bool(_APPENDED_WORD.search(heading))
        and not _NOT_APPENDED_HEADING.search(heading)
    )


def _heading_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of one to three short consecutive lines standing alone between blank lines."""
    out: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        line = text[pos:nl]
        if line.strip() and len(line.strip()) <= 70 and line.strip() != "<PAGE>":
            group.append(_strip(text, pos, nl))
        else:
            if 1 <= len(group) <= 3 and not line.strip():
                out.append((group[0][0], group[-1][1]))
            group = []
        if nl >= end:
            break
        pos = nl + 1
    return out


def _appended(text: str, after: int, end: int) -> list[Region]:
    """Agreements appended after the main signatures: a heading naming one, a paragraph in
    the voice of its signatories within :data:`_APPENDED_BODY_WINDOW`, signature lines below
    it. Each runs to the next one (or the main end)."""
    starts: list[tuple[int, int]] = []
    for h_start, h_end in _heading_groups(text, after, end):
        if not _appended_heading(text, h_start, h_end):
            continue
        if starts and h_start < starts[-1][1]:
            continue
        body_end = min(end, h_end + _APPENDED_BODY_WINDOW)
        voice = None
        for p_start, p_end in paragraphs(text, h_end, body_end):
            par = text[p_start:p_end]
            if _appended_heading(text, p_start, p_end):
                break  # this one was a page's running title above the real heading
            if len(par) >= 40 and sum(c.islower() for c in par) > 0.5 * len(par):
                voice = _APPENDED_VOICE.search(text, p_start, p_end)
                break
        if voice is None or _NOTARIAL.search(text, h_end, body_end):
            continue
        signed = _EXECUTION.search(text, voice.end(), end)
        if signed is None:
            continue
        starts.append((h_start, signed.start()))
    out: list[Region] = []
    for i, (h_start, _) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        h_end = next(e for s, e in _heading_groups(text, h_start, stop) if s == h_start)
        out.append(Region("appended", h_start, stop, title=" ".join(text[h_start:h_end].split())))
    return out


#: How far into a document the header of an encoded file is looked for.
_COVER_WINDOW = 3000


def not_an_agreement(text: str) -> str | None:
    """Why ``text`` holds no agreement to read, when its first page says so: an encoded
    (uuencoded PDF) file, or the cover of a report filed with the SEC ("FORM 8-K")."""
    head = text[:_COVER_WINDOW]
    if UUENCODE_HEADER.search(head):
        return "the document is an encoded file (a PDF), with no text to read"
    if m := report_cover(text):
        return f"the document is a Form {m['form'].upper()} report, not an agreement"
    return None


@lru_cache(maxsize=16)
def analyze(text: str) -> Structure:
    """Regions of one document text (cached: every extractor asks for the same text)."""
    report = read_report(text)
    if report is not None:
        return _report_structure(text, report.announcement)
    pre = find_preamble(text)
    preamble = Region("preamble", *pre) if pre else None
    body_start = preamble.end if preamble else 0
    letter = SALUTATION.search(text, 0, min(len(text), SALUTATION_WINDOW))
    closes = [_SIGNATURE_START.search(text, body_start)]
    if letter:  # a letter signs where it closes, before the notes or forms it attaches
        closes.append(_LETTER_CLOSE.search(text, body_start))
    found = [m for m in closes if m is not None]
    sig = min(found, key=lambda m: m.start()) if found else None
    if sig is None or sig.group().startswith("["):
        # no witness clause: the blocks start at their first signature line, which a
        # "[Signature Page to ...]" footer (when there is one) closes
        lines = _signature_lines(text, body_start)
        if sig is None or (lines and 0 < sig.start() - lines.start() < _FOOTER_REACH):
            sig = lines or sig
    attachments = attachments_after(text, sig.end()) if sig else []
    main_end = attachments[0].start if attachments else len(text)
    appended = _appended(text, sig.end(), main_end) if sig else []
    sig_end = appended[0].start if appended else main_end
    signatures = Region("signatures", sig.start(), sig_end) if sig else None
    recitals = _recitals(text, preamble.end, sig.start() if sig else main_end) if preamble else None
    title_end = preamble.start if preamble else min(len(text), 2000)
    title_block = Region("title", 0, title_end) if title_end > 0 else None
    return Structure(
        title_block, preamble, recitals, signatures, tuple(attachments), main_end, tuple(appended)
    )


def _report_structure(text: str, announcement: tuple[int, int] | None) -> Structure:
    """A report's regions: its announcement (:mod:`ingest.reports`) stands for the preamble of
    the agreement it announces; the report has no signature pages of that agreement (the
    registrant signs the report, not the agreement) and attaches none of its text."""
    preamble = Region("preamble", *announcement) if announcement else None
    title_end = preamble.start if preamble else min(len(text), 2000)
    return Structure(Region("title", 0, title_end), preamble, None, None, (), len(text))
