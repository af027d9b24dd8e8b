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

from ingest.reports import read_report, report_cover

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:(?:<PAGE>|-?\s*\d{1,3}\s*-?)?[ \t]*\n[ \t]*)+")
_PREAMBLE_CUE = re.compile(
    r"\b(?:by\s+and\s+(?:among|between)|is\s+(?:made|entered|dated|executed)|are\s+entered"
    r"|made\s+and\s+entered|entered\s+into|is\s+among|is\s+between|among|between"
    r"|for\s+value\s+received|promises?\s+to\s+pay|reference\s+is\s+made)\b",
    re.IGNORECASE,
)
_STRONG_CUE = re.compile(
    r"\b(?:by\s+and\s+(?:among|between)|made\s+and\s+entered|entered\s+into|is\s+made"
    r"|for\s+value\s+received|promises?\s+to\s+pay|is\s+(?:among|between)"
    r"|reference\s+is\s+made|made\s+by|in\s+favor\s+of|is\s+dated)\b",
    re.IGNORECASE,
)
_THIS = re.compile(r"^\s*(?:This|THIS)\b|\b(?:This|THIS)\s+[A-Z]")
_TITLE_DATED = re.compile(
    r"^\s*(?:THIS\s+|This\s+)?(?:[A-Z][\w ,.#&-]{0,120}?)?\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTEE"
    r"|GUARANTY|WAIVER|CONSENT|LEASE|DEBENTURE|WARRANT|Agreement|Amendment|Note|Guarantee"
    r"|Guaranty|Waiver|Consent|Lease|Debenture|Warrant)\b[^.]{0,60}?\bdated\b"
)
_NOT_PREAMBLE = re.compile(
    r"^\s*(?:<PAGE>\s*\d*\s*)?(?:[\"“(a-z]|WHEREAS|Whereas|\d+(?:\.\d+)*\.?\s|Section\s)"
)
_QUOTED = re.compile(r"[\"“][A-Z][^\"”\n]{0,60}[\"”]")
_TOC = re.compile(r"\.{4,}|\bTABLE\s+OF\s+CONTENTS\b", re.IGNORECASE)
_RECITALS_START = re.compile(
    r"^\s*(?:RECITALS|Recitals|W\s*I\s*T\s*N\s*E\s*S\s*S\s*E\s*T\s*H|WITNESSETH|Witnesseth"
    r"|BACKGROUND|Background|PRELIMINARY\s+STATEMENTS?)\s*[:.\-]*\s*$|\bWHEREAS\b|\bWhereas,",
    re.MULTILINE,
)
_RECITALS_END = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b", re.IGNORECASE
)
_SIGNATURE_START = re.compile(
    r"\bIN\s+WITNESS\s+WHEREOF\b|\bIn\s+Witness\s+Whereof\b|\[\s*Signature\s+Page"
    # a note's or guaranty's closing: "WITNESS the due execution hereof", "WITNESS the following
    # signature", "IN TESTIMONY WHEREOF"; "WITNESS WHEREOF" whose "IN" a page break lost
    r"|\bWITNESS\s+the\s+(?:due\s+execution|following\s+signature)"
    r"|\bIN\s+(?:WITNESS\s+THEREOF|TESTIMONY\s+WHEREOF)\b|(?-i:\bWITNESS\s+WHEREOF\b)"
    r"|\bEXECUTED\s+(?:AS\s+OF|ON)\b"
    # "EXECUTED to be effective as of the date first above written." on a line of its own
    r"|(?:(?<=\n)|\A)[ \t]*EXECUTED\s+(?:to\s+be\s+)?effective\s+(?:as\s+of|on)\b",
    re.IGNORECASE,
)
_ATTACHMENT_HEADING = re.compile(
    r"^[ \t]*(?P<kind>EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|Exhibit|Schedule|Annex|Appendix)"
    r"[ \t]+(?P<id>[A-Z0-9][A-Za-z0-9.\-]{0,6})[ \t]*(?:[:.\-–][ \t]*(?P<rest>[^\n]{0,100}))?$",
    re.MULTILINE,
)
_RULE_LINE = re.compile(r"^[\s\-_=*]*$")
_HEADING_WORDS = re.compile(
    r"\b(?:AGREEMENT|AMENDMENT|NOTE|WARRANT|DEBENTURE|LEASE|GUARANTY|GUARANTEE|WAIVER|CONSENT"
    r"|LICENSE|INDENTURE|SUPPLEMENT|PLAN|CERTIFICATE|LETTER|BOND|ASSIGNMENT|MORTGAGE|CONTRACT"
    r"|ADDENDUM|MEMORANDUM\s+OF\s+UNDERSTANDING|TERMS\s+AND\s+CONDITIONS"
    r"|JOINT\s+FILING\s+STATEMENT)S?\b",
    re.IGNORECASE,
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
    if re.search(r"\b(?:dated|as\s+of|effective)\b", head, re.IGNORECASE):
        score += 1
    return score


#: A letter's salutation ("Dear Mr. Deaner:", "Gentlemen:", "Ladies and Gentlemen:") on a
#: line of its own: the paragraph under it opens the letter as a preamble opens an agreement.
SALUTATION = re.compile(
    r"(?m)^[ \t]*(?:Dear\s+[^\n:;,]{1,60}|Gentlemen|GENTLEMEN|Ladies\s+and\s+Gentlemen"
    r"|LADIES\s+AND\s+GENTLEMEN|Dear\s+Sirs?(?:\s+and\s+Madams?)?)[ \t]*[:,]?[ \t]*$"
)
#: A letter's complimentary close, where its signatures begin when no witness clause does
#: (only in a letter: a form's "Very truly yours" above its signature lines is not one).
_LETTER_CLOSE = re.compile(
    r"(?im)^[ \t]*(?:very\s+truly\s+yours|sincerely(?:\s+yours)?|yours\s+(?:very\s+)?"
    r"(?:truly|sincerely|faithfully)|respectfully(?:\s+yours)?)[ \t]*,?[ \t]*$"
)
#: How far into a document a letter's salutation stands (under a cover, a letterhead).
SALUTATION_WINDOW = 6000
#: What the salutation adds to the score of the paragraph under it.
_SALUTATION_BONUS = 3


_AGREEMENT_HEADING = re.compile(
    r"(?i)\b(?:agreement|amendment|note|guarant(?:y|ee)|waiver|consent|indenture|debenture)s?\b"
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
_OPENING = re.compile(
    r"\b(?:This|THIS)\s+(?:[A-Z][\w&'’®\-]*,?\s+(?:(?:and|of|for|&)\s+)?){0,8}"
    r"(?:AGREEMENT|Agreement|agreement|CONTRACT|Contract|contract|AMENDMENT|Amendment|ADDENDUM"
    r"|Addendum|LICEN[CS]E|Licen[cs]e)\b"
)
#: A word after which "this" is inside a sentence ("PORTIONS OF THIS AGREEMENT HAVE BEEN
#: OMITTED"), not opening one.
INSIDE_SENTENCE = re.compile(
    r"(?i)\b(?:of|to|in|under|with|for|from|on|and|or|that|upon|into|as|at)\s+$"
)
#: Where a flattened opening paragraph stops: the recitals, the operative words or the first
#: numbered section or article.
_OPENING_END = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b"
    r"|\s(?:1\.\s+[A-Z]|1\.1\s|ARTICLE\s+(?:1|I)\b|Article\s+(?:1|I)\b|SECTION\s+1\b)"
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
_OPEN_END = re.compile(r"\b(?:to|of|TO|OF)(?:[ \t]+(?:the|THE))?[ \t]*$")
_CONNECTOR_LINE = re.compile(r"^\s*(?:to|of|and|between|for|among|TO|OF|AND|BETWEEN|FOR)\s*$")


#: A numbered section's heading ("19.13 Waiver", "§ 4 Independence") is no document title.
_SECTION_NUMBER = re.compile(r"^\s*(?:§|\d+\.\d+|\d+\.\s|\(\w\)\s)")


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
_SIGNATURE_LINE = re.compile(
    r"(?m)^[ \t]*(?:ATTEST\s*:|Attest\s*:|By\s*:?[ \t\xa0]*(?:/[sS]/|_{3,}))"
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
_APPENDED_WORD = re.compile(
    r"\b(?:CONSENTS?|REAFFIRMATIONS?|RE-AFFIRMATIONS?|ACKNOWLEDG(?:E)?MENTS?|JOINDER|GUARANT(?:Y|EE)"
    r"|GUARANTIES|RATIFICATION|CONFIRMATION|NOTE|Consents?|Reaffirmations?"
    r"|Acknowledg(?:e)?ments?|Joinder|Guarant(?:y|ee)|Ratification|Confirmation|Note)\b"
)
#: A company's name ("MORGAN GUARANTY TRUST COMPANY"), a caption ("GUARANTORS:", "SIGNATURES
#: OF PARTIES TO THE GUARANTY", "Consented to by:"), a section's heading ("SECTION 2.
#: GUARANTY"), a notary's certificate or a page's footnote is no heading of an agreement.
_NOT_APPENDED_HEADING = re.compile(
    r"(?i)\b(?:BANK|COMPANY|TRUST|INC|CORP(?:ORATION)?|L\.?L\.?C|N\.A|LTD|L\.?P|PLC"
    r"|SIGNATURES?|PAGE|JURISDICTION|BY|OF\s+COUNSEL|FORM\s+OF|ACCEPTED|ACKNOWLEDGED|AGREED"
    r"|CONSENTED|SECTION|ARTICLE|CERTIFICATE|NOTARY)\b|[:;,.\]\[§\d]"
)
#: A notary's acknowledgment ("personally appeared ... Notary Public") is no agreement.
_NOTARIAL = re.compile(r"(?i)\bpersonally\s+(?:came|appeared)\b|\bnotary\s+public\b")
#: The first paragraph of an appended agreement speaks for its signatories about the agreement
#: above it: "each of the undersigned", "the foregoing Amendment", "to which this ... is
#: appended"; a note's, for its maker: "promises to pay to the order of".
_APPENDED_VOICE = re.compile(
    r"(?i)\b(?:the\s+undersigned|foregoing|appended|attached\s+hereto|joins?\s+(?:herein|in)"
    r"|hereby\s+(?:consents?|acknowledges?|reaffirms?|ratifies|confirms?|agrees?|joins?)"
    r"|promises?\s+to\s+pay)\b"
)
_EXECUTION = re.compile(r"(?im)^[ \t]*(?:By\b\s*[:_/]|IN\s+WITNESS\s+WHEREOF|/s/)")
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


#: What a document is when it is no agreement at all: an encoded file (a report's cover:
#: :mod:`ingest.reports`).
_ENCODED = re.compile(r"^\s*(?:<PDF>|begin\s+6[0-7]{2}\s+\S+)", re.MULTILINE)
#: How far into a document those shapes are looked for.
_COVER_WINDOW = 3000


def not_an_agreement(text: str) -> str | None:
    """Why ``text`` holds no agreement to read, when its first page says so: an encoded
    (uuencoded PDF) file, or the cover of a report filed with the SEC ("FORM 8-K")."""
    head = text[:_COVER_WINDOW]
    if _ENCODED.search(head):
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
