"""Amendments appended after another agreement's signature pages, each read on its own.

A base agreement is often filed "as amended": its text, its signatures, then each amendment
that followed it (a note, exhibits and a letter amendment may stand in between). What each of
those amendments changes is stated in its own text and belongs to it, not to the base.

Vocabulary:
- *opening*: the paragraph in an amendment's own voice that starts it ("This First Amendment
  ("First Amendment") amends that certain Credit Agreement ...", "This Amendment ... is made
  as of May 24, 1996 and amends ..."), or a letter's subject line ("Re: Amendment No. 1 to
  Loan Agreement") under which a letter amends the agreement it refers to, or the first
  recital right under a heading and a date line ("AMENDMENT TO SUPPLY AGREEMENT / June 1,
  2015 / WHEREAS, ...": an amendment that never names itself in its own voice).
- *title*: the heading lines right above the opening ("AMENDMENT TO CREDIT AGREEMENT / AND
  PROMISSORY NOTE"), else the subject line, else the name the opening gives itself.
- *body*: from the opening to where the amendment is signed ("IN WITNESS WHEREOF", a letter's
  "Very truly yours", its first signature line); its operations are read there.
- *date*: the one its opening gives ("made as of", "dated as of" after the amendment's name,
  a "Dated as of:" line of a letter, a date alone on the line between its heading and its
  opening), else the one its body makes it effective on ("This First
  Amendment is effective as of February 3, 2000").

Only text after the main signatures is searched, and an amendment with no date (a blank form
of amendment in an exhibit: "dated as of ________") is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import find_dates
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.structure.regions import paragraphs

#: The opening of an amendment: "This|The <its name> ... amends / is made / dated as of" (the
#: name's words capitalised: "The undersigned hereby consents to the foregoing Amendment" is
#: a consent's voice, not an amendment's).
_OPENING = rule(
    "amendment_regions.opening",
    r"\s*(?:(?:This|THIS|The|THE)\s+(?:(?:[A-Z0-9#][^\s;]*|to|the|and|of)\s+){0,8}?"
    r"(?:AMENDMENT|Amendment)\b(?i:[^;]{0,400}?\b(?:amends|is\s+(?:made|entered|dated|executed)"
    r"|made\s+(?:and\s+entered\s+into\s+)?as\s+of|entered\s+into\s+as\s+of|dated\s+as\s+of)\b)"
    # "AMENDMENT NO. 1 (this "Amendment") dated as of ...", "FIRST AMENDMENT, dated as of June
    # 1, 1998 (this "Amendment"), to ...": the amendment's name in capitals opens the
    # paragraph and defines itself
    r"|(?:[A-Z0-9#][A-Z0-9#.,\-]*\s+){0,6}?AMENDMENT\b[^;()\n]{0,80}?\(\s*(?:this|the)\s+"
    r"[\"\u201c](?=[^\"\u201d]{0,40}?(?i:amendment))[^\"\u201d]{1,40}[\"\u201d]\s*\))",
    re.DOTALL,
    reads="a paragraph after the main signatures: the opening of an amendment in its own voice",
    matches=[
        'This First Amendment (this "Amendment") amends that certain Credit Agreement dated',
        "THIS AMENDMENT NO. 2 TO LOAN AGREEMENT is made as of May 24, 1996, by and between",
        "The Second Amendment to the Supply Agreement, dated as of June 1, 2001, between",
        "  This Amendment is entered into as of March 3, 2010 by",
        'AMENDMENT NO. 1 (this "Amendment") dated as of September 30, 1997 to the Credit',
        'FIRST AMENDMENT, dated as of June 1, 1998 (this "Amendment"), to the Loan Agreement',
    ],
    rejects=[
        "The undersigned hereby consents to the foregoing Amendment and is made a party",
        "This Agreement amends the Lease dated as of May 1, 2000.",
        "Each party to this Amendment is made whole.",
        'Section 4. AMENDMENT. The parties may amend this Agreement (the "Agreement") by',
        'AMENDMENT NO. 1 TO CREDIT AGREEMENT (the "Credit Agreement")',
    ],
    mode="match",
)
#: A letter's subject line naming an amendment: "Re:  Amendment No. 1 to Loan Agreement".
_SUBJECT = rule(
    "amendment_regions.subject_line",
    r"(?im)^[ \t]*re\s*:[ \t]*(?P<t>[^\n]*\bamendment\b[^\n]*?)[ \t]*$",
    reads="a letter after the main signatures: its subject line naming an amendment",
    matches=[
        passage(
            "Dear Sirs:\n\nRe:  Amendment No. 1 to Loan Agreement  \n\nReference is made",
            t="Amendment No. 1 to Loan Agreement",
        ),
        passage(
            "RE: Letter Amendment to Credit Agreement", t="Letter Amendment to Credit Agreement"
        ),
    ],
    rejects=["Re: Waiver under Credit Agreement", "We refer to the Amendment, re: pricing."],
)
#: Where an amendment is signed: its witness clause, a letter's close, its first signature line.
_SIGNED = rule(
    "amendment_regions.signed",
    r"(?im)\bIN\s+WITNESS\s+WHEREOF\b|^[ \t]*(?:very\s+truly\s+yours|sincerely(?:\s+yours)?)\b"
    r"|^[ \t]*By\s*[:_/]",
    reads="an amendment's body: where it is signed",
    matches=[
        passage("IN WITNESS WHEREOF, the parties have", match="IN WITNESS WHEREOF"),
        passage("as set forth above.\n\nVery truly yours,", match="Very truly yours"),
        passage("Sincerely,\n", match="Sincerely"),
        passage("ACME CORP.\nBy: ________", match="By:"),
    ],
    rejects=["By and between the parties", "executed by the Borrower in witness of"],
)
#: The cue before the amendment's own date in its opening.
_OWN_DATE_CUE = rule(
    "amendment_regions.own_date_cue",
    r"(?is)\b(?:made|entered\s+into|executed|is\s+dated)(?:\s+and\s+(?:entered\s+into|effective))?"
    r"\s+(?:as\s+of|on)?\s*(?:this\s+)?$",
    reads="an amendment's opening, right before a date: the cue that makes it its own date",
    matches=[
        "This Amendment No. 3 is made and entered into as of ",
        "THIS AMENDMENT is executed on ",
        "This First Amendment is dated ",
        "made and effective as of this ",
    ],
    rejects=["amends the Credit Agreement dated as of ", "made as of March 1, 2001 and amends "],
)
#: "Amendment No. 3, dated as of": "dated" after the amendment's own name, no agreement between.
_NAMED_DATED = rule(
    "amendment_regions.named_dated",
    r"(?is)\bamendment\b(?:(?!\bagreement\b|\bnote\b)[^;])*?\bdated\s+(?:as\s+of\s+)?$",
    reads="an amendment's opening, right before a date: 'dated' after the amendment's own name",
    matches=["This Amendment No. 3, dated as of ", "THIS FIRST AMENDMENT, dated "],
    rejects=["This Amendment amends the Credit Agreement dated as of ", "Amendment; dated "],
)
#: A date line above a letter: "Dated as of:  December 19, 1997", "as of March 20, 1997".
_DATE_LINE = rule(
    "amendment_regions.date_line",
    r"(?im)^[ \t]*(?:dated\s+)?(?:as\s+of|dated)\s*:?\s*",
    reads="the lines above a letter amendment's opening: its date line",
    matches=[
        passage("Dated as of:  December 19, 1997", match="Dated as of:  "),
        passage("ACME BANK\nas of March 20, 1997", match="as of "),
        passage("  DATED: June 1, 2004", match="  DATED: "),
    ],
    rejects=["the Loan Agreement dated as of March 20, 1997"],
)
#: "AMENDMENT NO. 1 TO CREDIT AGREEMENT, dated as of": an opening that starts with the
#: amendment's whole name in capitals (the agreement it amends among its words) and gives its
#: date right after it; the date is the amendment's, not the agreement's it names.
_CAPS_NAME_DATED = rule(
    "amendment_regions.caps_name_dated",
    r"\s*(?:THIS\s+)?(?:[A-Z0-9#][A-Z0-9#.'&\-]*,?\s+){0,10}?AMENDMENT"
    r"(?:\s+[A-Z0-9#][A-Z0-9#.'&\-]*){0,10}?,?\s+dated\s+(?:as\s+of\s+)?",
    reads="an amendment's opening up to a date: its whole name in capitals, then 'dated'",
    matches=[
        "AMENDMENT NO. 1 TO CREDIT AGREEMENT, dated as of ",
        "     THIS FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT dated ",
    ],
    rejects=[
        "AMENDMENT NO. 1 TO the Credit Agreement dated as of ",
        'AMENDMENT NO. 2 (this "Amendment") to the CREDIT AGREEMENT dated as of ',
    ],
    mode="fullmatch",
)
#: "Dated as of" ending a line of a letter's heading that names no agreement (not "Re: Note
#: Agreements dated as of ...": that date is the agreements').
_DATED_CUE = rule(
    "amendment_regions.dated_cue",
    r"(?im)^(?:(?!agreement|\bnotes?\b)[^\n])*?\bdated\s+as\s+of[ \t]*:?[ \t]*$",
    reads="a letter amendment's heading: 'Dated as of' ending a line, its date below or beside",
    matches=[
        "To the Noteholders listed below      Dated as of\nNovember 15, 1996",
        passage("ACME CORP.\n   Dated as of:  \n", match="   Dated as of:  "),
    ],
    rejects=[
        "Re: Note Agreements dated as of\n",
        "the Credit Agreement dated as of\n",
        "Dated as of March 1, 2001",
    ],
)
#: "is effective as of February 3, 2000", "Effective December 19, 1997, the Agreement ...".
_EFFECTIVE = rule(
    "amendment_regions.effective",
    r"(?i)\beffective\s+(?:as\s+of\s+|on\s+)?",
    reads="an amendment's body: the cue before the date it takes effect",
    matches=[
        passage(
            "This First Amendment is effective as of February 3, 2000.", match="effective as of "
        ),
        passage("Effective December 19, 1997, the Agreement is amended", match="Effective "),
    ],
    rejects=["the effectiveness of this Amendment", "in full force and effect"],
)
#: An own date left blank in the opening: "dated as of November , 1995", "as of ______".
_BLANK_DATE = rule(
    "amendment_regions.blank_date",
    r"(?i)\b(?:dated|made|entered\s+into)\s+(?:and\s+effective\s+)?(?:as\s+of|on)\s+"
    r"(?:[A-Z][a-z]+\s*,|_{2,}|\[)",
    reads="an amendment's opening: an own date left blank (a form, not an executed amendment)",
    matches=[
        "This Amendment is dated as of November , 1995",
        "made and entered into as of ____________, 2004",
        "dated as of [\u25cf], 2019",
    ],
    rejects=["This Amendment is dated as of November 1, 1995"],
)
#: A letter's salutation, below which the letter's first paragraph is its opening.
_SALUTATION = rule(
    "amendment_regions.salutation",
    r"(?m)^[ \t]*(?:Ladies\s+and\s+Gentlemen|Dear\s+[^\n:]{1,60})\s*:[ \t]*$",
    reads="a letter after the main signatures: its salutation, above the letter's opening",
    matches=["Re: Credit Agreement\n\nLadies and Gentlemen:\n", "  Dear Mr. Roe:"],
    rejects=["Dear Sirs, we refer to", "Ladies and Gentlemen: we refer to the Agreement"],
)
#: A heading line in capitals that names an amendment ("SECOND AMENDMENT TO NOTE AGREEMENTS").
_CAPS_AMENDMENT = rule(
    "amendment_regions.caps_amendment",
    r"(?m)^[ \t]*(?P<t>(?:[A-Z0-9][A-Z0-9.,'&\-]*[ \t]+){0,8}AMENDMENT"
    r"(?:[ \t]+[A-Z0-9.,'&\-]+){0,8})[ \t]*$",
    reads="the lines above a letter's salutation: a heading in capitals naming an amendment",
    matches=[
        passage(
            "THIRD LIMITED WAIVER AND\nSECOND AMENDMENT TO NOTE AGREEMENTS\n",
            t="SECOND AMENDMENT TO NOTE AGREEMENTS",
        ),
        passage("   LETTER AMENDMENT NO. 2", t="LETTER AMENDMENT NO. 2"),
    ],
    rejects=["Second Amendment to Note Agreements", "AMENDMENTS AND WAIVERS"],
)
#: The first recital of an amendment that opens with its recitals, under its heading and date.
_RECITAL_OPENING = rule(
    "amendment_regions.recital_opening",
    r"[ \t]*(?:WHEREAS|Whereas)\b[,:]?\s+(?:[^\n]|\n(?![ \t]*\n))+?"
    r"\b(?:entered\s+into|are\s+parties|is\s+a\s+party|executed)\b",
    reads="a paragraph after the main signatures, under an amendment's heading and date line: "
    "the recital that opens it",
    matches=[
        'WHEREAS, Acme Inc. ("Acme") and Roe Ltd. ("Roe") have entered into a Supply Agreement',
        "Whereas the parties are parties to a License Agreement dated May 1, 2012;",
    ],
    rejects=[
        "WHEREAS, the parties wish to amend the Agreement as set forth below;",
        "NOW, THEREFORE, the parties entered into this Amendment",
    ],
    mode="match",
)
#: A line that holds nothing but a date (the amendment's date under its heading).
_LONE_DATE = rule(
    "amendment_regions.lone_date",
    r"\s*(?:(?:Dated|Effective)(?:\s+as\s+of)?\s*:?\s*)?(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*",
    reads="the lines between an amendment's heading and its opening: a date standing alone",
    matches=[
        passage("\n\nSeptember 24, 2014\n\n", date="September 24, 2014"),
        passage("  Effective: 1 June 2015", date="1 June 2015"),
    ],
    rejects=["the Agreement dated September 24, 2014", "September 24, 2014 and thereafter"],
    mode="fullmatch",
)
#: How far above its salutation a letter's heading may stand.
_LETTER_REACH = 1_200
#: A page's running footer above an opening, not its title.
_NOT_TITLE = rule(
    "amendment_regions.not_title",
    r"(?i)\bsignature|\bpage\b|\bdated\b",
    reads="the lines above an amendment's opening: a page's running footer, not its title",
    matches=[
        "Signature Page to Fourth Amendment",
        "Fourth Amendment to Credit Agreement dated as of May 1, 2003 - Page 7",
    ],
    rejects=["FOURTH AMENDMENT TO CREDIT AGREEMENT", "AMENDMENT TO PAGING SERVICES AGREEMENT"],
)
#: A blank form, not an executed amendment.
_FORM = rule(
    "amendment_regions.form_of",
    r"(?i)\bform\s+of\b",
    reads="an amendment's title: a blank form of amendment, not an executed one",
    matches=["FORM OF AMENDMENT TO LOAN AGREEMENT", "Exhibit C - Form of Joinder Amendment"],
    rejects=["AMENDMENT TO PLATFORM OF SERVICES AGREEMENT", "Uniform Amendment"],
)
#: How far above an opening its heading (or a letter's date line) may stand.
_HEAD_REACH = 600
_HEAD_LINE_MAX = 90
_HEAD_WORDS = 16
#: How far into a paragraph its opening words stand, and below a subject line its opening.
_OPENING_REACH = 600
#: How far below its opening an amendment is signed.
_BODY_MAX = 100_000
#: The name an opening gives itself: "This <name> (the "Amendment")".
_SELF_NAMED = rule(
    "amendment_regions.self_named",
    r"\s*(?:This|THIS|The|THE)\s+(?P<t>[^(\"“]{3,120}?)\s*[(\"“,]",
    reads="an amendment's opening: the name it gives itself, before its defined term",
    matches=[
        passage(
            'This Amendment to Credit Agreement and Promissory Note (the "Amendment") is made',
            t="Amendment to Credit Agreement and Promissory Note",
        ),
        passage("THIS SECOND AMENDMENT, dated as of", t="SECOND AMENDMENT"),
    ],
    rejects=["Reference is made to the Credit Agreement (the Agreement)", "This (the"],
    mode="match",
)
#: The word an amendment's heading or self-given name holds.
_AMENDMENT_WORD = rule(
    "amendment_regions.amendment_word",
    r"(?i)\bamendment\b",
    reads="an amendment's heading or the name its opening gives: the word 'amendment'",
    matches=["AMENDMENT TO CREDIT AGREEMENT", "Second Amendment"],
    rejects=["AMENDMENTS AND WAIVERS", "Amended and Restated Note"],
)


@dataclass(frozen=True, slots=True)
class AppendedAmendment:
    title: str
    title_span: tuple[int, int]
    body: tuple[int, int]  # opening to signatures: where its operations are read
    date: str


def _heading_above(text: str, pos: int) -> tuple[int, int] | None:
    """The short lines right above ``pos`` (blank lines between them and it allowed) when they
    name an amendment: "AMENDMENT TO CREDIT AGREEMENT / AND PROMISSORY NOTE"."""
    floor = max(0, pos - _HEAD_REACH)
    lines: list[tuple[int, int]] = []
    at = floor
    for line in text[floor:pos].split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    group: list[tuple[int, int]] = []
    for s, e in reversed(lines):
        line = text[s:e].strip()
        if not line or line == "<PAGE>":
            if group:
                break
            continue
        if len(line) > _HEAD_LINE_MAX or (group and line.endswith((".", ",", ";", ":"))):
            break
        group.append((s, e))
    if not group:
        return None
    s, e = group[-1][0], group[0][1]
    words = text[s:e]
    if not _AMENDMENT_WORD.search(words) or len(words.split()) > _HEAD_WORDS:
        return None
    if _NOT_TITLE.search(words):
        return None  # "Signature page of Fourth Amendment / to Credit Agreement dated as of ..."
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _own_date(text: str, opening: tuple[int, int], body: tuple[int, int]) -> str | None:
    o_start, o_end = opening
    for d in find_dates(text, o_start, o_end):
        before = text[max(o_start, d.start - 200) : d.start]
        if (
            _OWN_DATE_CUE.search(before[-60:])
            or _NAMED_DATED.search(before)
            or _CAPS_NAME_DATED.fullmatch(text, o_start, d.start)
        ):
            return d.iso
    if _BLANK_DATE.search(text, o_start, o_end):
        return None  # "dated as of November , 1995": its date was left blank, none other is it
    lone = _lone_date_above(text, o_start)
    if lone is not None:
        return lone[1]
    line = None
    for m in _DATE_LINE.finditer(text, max(0, o_start - _HEAD_REACH), o_start):
        line = m
    if line is not None:
        dates = find_dates(text, line.end(), min(o_start, line.end() + 40))
        if dates and dates[0].start == line.end():
            return dates[0].iso
    cue = None
    for m in _DATED_CUE.finditer(text, max(0, o_start - _HEAD_REACH), o_start):
        cue = m
    if cue is not None:
        # a letter's heading set in two columns: "To the Noteholders ...      Dated as of"
        # over "... November 15, 1996"
        dates = find_dates(text, cue.end(), min(o_start, cue.end() + 120))
        if dates:
            return dates[0].iso
    for m in _EFFECTIVE.finditer(text, *body):
        dates = find_dates(text, m.end(), min(body[1], m.end() + 40))
        if dates and dates[0].start == m.end():
            return dates[0].iso
    return None


def _openings(text: str, start: int) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, subject line) of each opening paragraph after ``start``; under a letter's
    subject line the opening is the paragraph right below it."""
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    for s, e in paragraphs(text, start):
        if _OPENING.match(text, s, min(e, s + _OPENING_REACH)):
            out.append((s, e, None))
    for m in _SUBJECT.finditer(text, start):
        below = paragraphs(text, m.end(), min(len(text), m.end() + _OPENING_REACH))
        if below:
            out.append((below[0][0], below[0][1], (m.start("t"), m.end("t"))))
    for s, e in paragraphs(text, start):
        if _RECITAL_OPENING.match(text, s, min(e, s + _OPENING_REACH)):
            lone = _lone_date_above(text, s)
            head = _heading_above(text, lone[0]) if lone else None
            if head is not None:
                out.append((s, e, head))
    for m in _SALUTATION.finditer(text, start):
        head = _letter_heading(text, max(start, m.start() - _LETTER_REACH), m.start())
        below = paragraphs(text, m.end(), min(len(text), m.end() + _OPENING_REACH))
        if head is not None and below:
            out.append((below[0][0], below[0][1], head))
    out.sort()
    return out


def _lone_date_above(text: str, pos: int) -> tuple[int, str] | None:
    """The date standing alone in the paragraph right above ``pos`` (where that paragraph
    starts, and the date), as an amendment that opens with its recitals puts its date under
    its heading."""
    above = paragraphs(text, max(0, pos - _HEAD_REACH), pos)
    if not above:
        return None
    s, e = above[-1]
    if not _LONE_DATE.fullmatch(text, s, e):
        return None
    dates = find_dates(text, s, e)
    return (s, dates[0].iso) if dates else None


def _letter_heading(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The capitalised heading that names the amendment a letter is ("THIRD LIMITED WAIVER
    AND / SECOND AMENDMENT TO NOTE AGREEMENTS" above "Re: ..." and "Ladies and Gentlemen:"),
    the line that says AMENDMENT with the heading lines above it."""
    line = _CAPS_AMENDMENT.search(text, lo, hi)
    if line is None:
        return None
    s, e = line.start("t"), line.end("t")
    above = text.rfind("\n", lo, s - 1)
    prev = text[above + 1 : s - 1] if above >= lo else ""
    if prev.strip() and prev.strip().isupper() and prev.rstrip().endswith(" AND"):
        s = above + 1 + len(prev) - len(prev.lstrip())  # "THIRD LIMITED WAIVER AND"
    return s, e


def _title(text: str, o_start: int, o_end: int) -> tuple[int, int] | None:
    """The heading above an opening, else the name the opening gives ("This Amendment to
    Credit Agreement and Promissory Note (the "Amendment")")."""
    head = _heading_above(text, o_start)
    if head is not None:
        return head
    named = _SELF_NAMED.match(text, o_start, o_end)
    if named is None or not _AMENDMENT_WORD.search(named["t"]):
        return None
    return named.start("t"), named.end("t")


def appended_amendments(text: str) -> list[AppendedAmendment]:
    """Every dated amendment written after the main agreement's signatures, in order."""
    st = analyze(text)
    if st.signatures is None:
        return []
    found: list[tuple[tuple[int, int], tuple[int, int], int]] = []
    for o_start, o_end, subject in _openings(text, st.signatures.start):
        if found and o_start < found[-1][2]:
            continue  # inside the body of the one before
        span = subject or _title(text, o_start, o_end)
        if span is None or _FORM.search(text, *span):
            continue
        signed = _SIGNED.search(text, o_end, o_end + _BODY_MAX)
        if signed is None:
            continue  # never signed: a quotation or a form, not an amendment
        found.append((span, (o_start, o_end), signed.start()))
    out: list[AppendedAmendment] = []
    for i, (span, opening, body_end) in enumerate(found):
        # up to the next one's heading at most
        end = min(found[i + 1][0][0], found[i + 1][1][0]) if i + 1 < len(found) else len(text)
        body = (opening[0], min(body_end, end))
        date = _own_date(text, opening, body)
        if date is not None:
            title = " ".join(text[span[0] : span[1]].split())
            out.append(AppendedAmendment(title, span, body, date))
    return out
