"""New-wording boundaries: where the words an operation says a provision now reads begin and
end (the block after its colon up to the next item or operation, past page numbers and
footers; the quoted words it inserts; the schedule it attaches), and those words without the
quotes the amendment wraps them in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.changes.new_part_wording import NEW_PART_QUOTED
from ingest.changes.quotes import DEFINITION_START, Q_CLOSE, Q_OPEN
from ingest.changes.unquoted_values import unquoted_value
from ingest.list_labels import WORD_NUMBERS, Label, Paragraphs, is_successor
from ingest.rules import rule
from ingest.structure.headings import attachments_after
from ingest.structure.regions import Region

_INSERTED = re.compile(
    # ('the words "X" in Section 12.3 shall read "Y"': the words that read anew)
    r"\b(?:with|inserting|insert|substituting|substitute|adding|add|to\s+mean|to\s+read"
    r"|shall\s+read)\b"
    # a few words or a list label ("adding (A) "X" after ...") before the quoted words
    r"(?:[\s,]+(?:\([A-Za-z0-9]{1,4}\)|(?!after\b|before\b|following\b|preceding\b|immediately\b)"
    r"\w+)){0,6}?[\s:,]*(?=[\"“])"
    # "deleted in its entirety and "[Reserved]" is substituted therefor": the words first
    r"|\bdelet(?:ed|ing)\b[^\"“;:]{0,40}?\band\s+(?=[\"“][^\"”\n]{1,200}[\"”]\s+(?:is|shall\s+be)\s+"
    r"(?:hereby\s+)?(?:substituted|inserted)\b)"
    # "replacing it with the following text "X"": the words name what follows
    r"|\bwith\s+the\s+following\s+(?:new\s+)?(?:text|words?|phrase|language|sentence|proviso)"
    r"[\s:,]*(?=[\"“])"
    # "deleting "X" ... and replacing in lieu thereof the amount "Y""
    r"|\bin\s+lieu\s+thereof\s+(?:the\s+|a\s+)?(?:new\s+)?(?:amount|date|number|figure|words?"
    r"|phrase|percentage|text)?[\s:,]*(?=[\"“])"
    # "changing the reference ... from "2.20(a)" to "2.02(a)"", "by changing "ten" to "fifteen""
    # ("by changing the reference to "twelve (12) months" to "eighteen (18) months"")
    r"|\b(?:from|changing)\s+(?:the\s+(?:words?|number|figure|amount|date|percentage"
    r"|references?\s+to)\s+)?"
    # ("changing the amount "$14,250,000" appearing therein to "$13,600,000"": words between)
    # (the old words may wrap to the next line: "March 31,\n2007")
    r"[\"“](?:[^\"”\n]|\n(?![ \t]*\n)){1,200}[\"”][^\"“”;:]{0,60}?\s+to\s+(?:read\s+)?(?=[\"“])"
    # "the reference to "$5,000,000" ... is changed to "$7,500,000"", ("the figure "$250,000"
    # is replaced by "$400,000"")
    r"|\b(?:changed|increased|reduced|decreased|extended)\s+to\s+(?=[\"“])"
    r"|\breplaced\s+by\s+(?=[\"“])"
    # "inserting immediately after the words "X" in the fifth line the phrase "Y"": the
    # quoted place is not the wording
    r"|\b(?:inserting|insert|adding|add)\s+(?:immediately\s+)?(?:after|before|following|preceding)"
    r"\s+(?:the\s+)?(?:(?:words?|phrase|figure|number|amount|date|reference\s+to)\s+)?"
    r"[\"“][^\"”\n]{1,200}[\"”][^\"“;:]{0,80}?(?=[\"“])",
    re.IGNORECASE,
)
_ATTACHED = re.compile(
    # ("Schedule 1.1(a) attached hereto": a label with its lettered part)
    r"\b(?:Schedule|Exhibit|Annex|Appendix|Attachment)\s+([A-Z0-9][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*"
    r"(?:\([a-z0-9]{1,3}\))?)"
    # (and its heading: "Exhibit F (Form of Borrowing Base Certificate) in the form attached")
    r"(?=(?:\s*\([^()]{0,80}\))?[^.;]{0,40}?\b(?:attached|annexed|hereto))"
    # "to be in the form attached hereto as Schedule 2.01": the label comes after
    r"|\b(?:attached|annexed)\s+hereto\s+as\s+(?:Schedule|Exhibit|Annex|Appendix|Attachment)\s+"
    r"([A-Z0-9][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*)",
    re.IGNORECASE,
)


_MAX_NEW_TEXT = 40_000


#: A line holding only a page number or marker, with the blank lines before it.
_LAYOUT_LINE = re.compile(r"\s*\n[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*(?=\n)")


def _skip_layout(text: str, pos: int, stop: int) -> int:
    """``pos`` moved past the page numbers and markers that follow it."""
    while (m := _LAYOUT_LINE.match(text, pos, stop)) is not None and m.end() > pos:
        pos = m.end()
    return pos


def whole_or_part(text: str, colon: int, stop: int, section: str | None) -> str:
    """After "amended as follows:", a quoted wording or one that opens with the provision's
    own number ("Section 2.2 ... as follows: 2.2 The Term Loans.") is the whole new provision
    (replace); anything else changes it in part (amend)."""
    pos = _skip_layout(text, colon + 1, stop)  # a page number before the wording
    m = re.compile(r"\s*(?P<c>\S)").match(text, pos, stop)
    if m and m["c"] in Q_OPEN:
        return "replace"
    if section and m:
        own = re.escape(section) + "|" + re.escape(re.sub(r"^.*?(?=\([^()]+\)$)", "", section))
        if re.match(rf"(?:Section\s+)?(?:{own})(?![\d.]\d|\()", text[m.start("c") : stop]):
            return "replace"
    return "amend"


#: A page marker or a page number alone on its line ("<PAGE>   3", "- 2 -", "2").
_PAGE_BREAK = re.compile(r"(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*(?=\n)")
#: Page numbers and markers on the lines that open a paragraph ("5\n<PAGE>   6\n").
PAGE_LINES = re.compile(r"(?:[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*\n)*")
#: A running page footer or header ("AMENDMENT TO CREDIT AGREEMENT – PAGE 1", "- 3 -").
PAGE_FOOTER = re.compile(
    r"(?is)(?:(?:[^\n]{0,120}\n){0,2}[^\n]{0,120}\bpage\s+\d+|\s*-?\s*\d{1,3}\s*-?|\s*<PAGE>\s*\d*)\s*$"
)


def block_after_colon(
    pars: Paragraphs,
    masked: str,
    colon: int,
    at: int,
    stop_at: int,
    whole: bool = False,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The new wording after the colon at ``colon``: the rest of its paragraph and the
    paragraphs after it, up to the next item of any list the operation sits in, the next
    operation, or ``stop_at``."""
    text = pars.text
    start = colon + 1
    while start < stop_at and (text[start].isspace() or text[start] == "`"):
        start += 1
        page = _PAGE_BREAK.match(text, start, stop_at)
        if page:  # a page break between the colon and the wording is layout
            start = page.end()
    if start >= stop_at:
        return None
    i = pars.index_of(at)
    if i is None:
        return None
    if text[start] in Q_OPEN and not whole:
        quoted = _quoted_after(text, start, min(stop_at, start + _MAX_NEW_TEXT))
        # (its item's joiner after the closing quote: '... hereto."; and' then the next item)
        if quoted and _AFTER_QUOTED_BLOCK.match(text, quoted[1] + 1):
            return quoted
    stops = pars.enclosing_labels(i, skip)
    # lists the wording holds itself: opened by a first label ("(i)", "(a)", "1.") right after
    # a line of it ending in a colon (""Interest Payment Date" means:" then "(i) ...")
    nested: list[Label] = []
    # (in a block of definitions a first label opens a definition's own list wherever the
    # words before it run on: "the sum of" then "(a) Interest Expense, plus" and "(b) ...")
    definitions = DEFINITION_START.match(text, start, stop_at) is not None
    end = start
    first = True
    for j in range(i, len(pars.spans)):
        s, e = pars.spans[j]
        if e <= start:
            continue
        if s >= stop_at:
            break
        if not first and s > start:
            lab = pars.labels[j]
            if (
                _opens_operation(masked, s, e)
                or (_OWN_HEADING.match(text, s, e) and not _OWN_HEADING.match(text, start, stop_at))
                or _RATIFYING.match(text, s, e)
                or (
                    AMENDMENT_SPEAKS.match(text, s, e)
                    and not (definitions and _inside_definitions(pars, j, stop_at))
                )
            ):
                break
            k = next((n for n, lst in enumerate(nested) if lab and is_successor(lab, lst)), None)
            if k is not None:
                nested[k] = lab
            elif any(r[1] == 1 for r in lab) and (
                text[start:s].rstrip().endswith((":", ","))
                or (definitions and not text[start:s].rstrip().endswith((".", ";")))
            ):
                nested.append(tuple(r for r in lab if r[1] == 1))  # "(i)": the first numeral
            elif (
                lab
                and any(is_successor(lab, st) for st in stops)
                and not _MID_SENTENCE.search(text, max(start, s - 200), s)
            ):
                break
        if first or not PAGE_FOOTER.match(text, s, e):
            end = min(e, stop_at)  # a running footer is kept only inside the wording
        first = False
        if end - start > _MAX_NEW_TEXT:
            break
    if end <= start:
        return None
    return unquote(text, start, end)


#: What may follow the closing quote of a quoted block that ends its paragraph: a stop, or an
#: item's joiner ('"; and', '"; or') before the next item of a list.
_AFTER_QUOTED_BLOCK = re.compile(r"[.;,]?(?:[ \t]*(?:and|or))?[ \t]*(?:\n[ \t]*\n|\Z)")


#: What stands right before an attachment's heading: a blank line or a page break (a line
#: "Exhibit A." that ends a wrapped sentence, "... in the form of\nExhibit A.", is none).
_STANDS_ALONE = re.compile(r"(?:\A|\n[ \t]*\n|<PAGE>[^\n]*\n)[ \t]*\Z")
#: A heading of the amendment's own outline, which no new wording runs into: an article
#: heading alone on its line ("ARTICLE III"), or a section numbered the amendment's way
#: ("SECTION III.1.", a roman article and its section).
_OWN_HEADING = re.compile(
    r"\s*(?:(?:ARTICLE|Article)[ \t]+(?:[IVXL]+|\d{1,2}"
    # ("ARTICLE TWO" of a supplemental indenture)
    rf"|{'|'.join(w for w in WORD_NUMBERS if not w.endswith(('ST', 'ND', 'RD', 'TH')))})"
    # (alone on its line, or a paragraph of its own)
    r"\.?[ \t]*(?:\n|\Z)|SECTION[ \t]+[IVXL]+\.\d)"
)


#: The amendment's own closing words after its last change, which no new wording runs into:
#: "Except as amended hereby, the Warrants remain unchanged.", "All other terms of the Lease
#: remain in full force and effect." (what an agreement itself says: "Except as otherwise
#: provided herein, ..." goes on).
_RATIFYING = rule(
    "changes.ratifying_paragraph",
    r"[ \t]*(?:Except\s+as\s+(?:expressly\s+|specifically\s+|otherwise\s+)?(?:amended|modified"
    r"|supplemented|changed|set\s+forth|provided)\s+(?:hereby|above|herein\s+above"
    r"|in\s+this\s+(?:Amendment|letter|Agreement\s+to\s+Amend))\b"
    r"|(?:All|Each\s+of\s+the)\s+other\s+(?:terms|provisions)(?:\s+and\s+conditions)?\s+of\s+the\s+"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:remain|shall\s+remain|are\s+(?:hereby\s+)?ratified)"
    r"|In\s+all\s+other\s+respects,?\s+the\s+[A-Z])",
    reads="an amendment's body after an operation: the paragraph that closes its changes",
    matches=[
        "Except as amended hereby, the Warrants remain unchanged.",
        "Except as set forth above, the Agreement remains unchanged.",
        "All other terms and conditions of the Lease remain in full force and effect.",
        "In all other respects, the Employment Agreement remains in effect.",
    ],
    rejects=[
        "Except as otherwise provided herein, the Borrower shall pay",
        "Except as set forth in Section 4.2, the Tenant shall",
        "All other terms used herein have the meanings given",
    ],
    mode="match",
)

#: A paragraph of the amendment speaking of itself ("This Amendment shall become effective
#: ...", "The Borrower shall pay the Agent's costs of this Amendment."), which no wording of the
#: amended agreement holds: an unquoted new wording ends before it (a new definition that
#: names this amendment opens with its term, and is no such paragraph).
AMENDMENT_SPEAKS = rule(
    "changes.amendment_speaks",
    r"(?!\s*(?:\((?:[a-z]{1,3}|\d{1,2})\)\s+)?[\"“‘])[^\n]*?(?:\n(?![ \t]*\n)[^\n]*?)*?"
    r"\b(?:this|the\s+date\s+of\s+this)\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?-i:Amendment|Consent|Waiver)\b",
    re.IGNORECASE,
    reads="an amendment's body after an operation's unquoted wording: a paragraph about the "
    "amendment itself, which ends the wording",
    matches=[
        "This Amendment shall become effective upon its execution by the Borrower.",
        "The Borrower shall pay the Agent's costs in connection with this First Amendment.",
    ],
    rejects=[
        '"Fourth Amendment" means this Amendment.',
        "(b) the Borrower shall deliver the reports required by Section 6.1.",
        "the Amendment Effective Date",
    ],
    mode="match",
)


#: A paragraph that stops mid-sentence ("... the excess, if any, of" then "(x) ..."): the
#: labelled paragraph after it goes on with its sentence, it opens no item of a list.
_MID_SENTENCE = re.compile(
    r"\b(?:(?!and\b|or\b|plus\b|minus\b)[a-z]+"
    # "... under this Section" then "16. The obligation ...": the number is the section's
    r"|Sections?|Articles?|Clauses?|Paragraphs?|Schedules?|Exhibits?)\s*\Z"
)


def _inside_definitions(pars: Paragraphs, j: int, stop_at: int) -> bool:
    """Whether paragraph ``j`` of a block of definitions, though it speaks of "this
    Amendment", is a paragraph of the definition before it: unlabelled, no lead-in of its own,
    and another definition right after it ("Notwithstanding the foregoing, from the date of
    this Amendment until ..., Level III shall apply." between two restated definitions)."""
    text = pars.text
    s, e = pars.spans[j]
    if pars.labels[j] or text[s:e].rstrip().endswith(":") or j + 1 >= len(pars.spans):
        return False
    after = pars.spans[j + 1][0]
    return after < stop_at and DEFINITION_START.match(text, after, stop_at) is not None


def _opens_operation(masked: str, s: int, e: int) -> bool:
    head = masked[s : min(e, s + 400)]
    return bool(
        re.search(
            # a numbered item: "(b) ", "2. ", "b. ", "SECTION II.1.2. "
            r"^\s*(?:\([a-z0-9]{1,4}\)\s*|\d+(?:\.\d+)*\.?\s+|[a-zA-Z]{1,2}\.\s+"
            r"|SECTION\s+[IVX\d][\w.]*\.?\s+)?"
            # a heading before it: "3. AMENDMENT TO SECTION 2.05. Section 2.05 of ..."
            r"(?:\.\s+)?(?:[A-Z][A-Za-z0-9 ,;&()\-]{2,60}?(?:\d[\d.()a-z]*)?\.\s+)?(?:the\s+)?"
            r"(?:Sections?\s+\d|Article\s"
            r"|definition|Schedule\s|Exhibit\s|Annex\s)[^;:]{0,200}?\b(?:is|are)\s+(?:hereby\s+)?"
            # ("(b) Schedule A is further amended by adding ...": the next instruction)
            r"(?:further\s+)?(?:amended|deleted|replaced|restated)",
            head,
            re.IGNORECASE,
        )
    )


def unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """The wording inside a quoted block: the quotation marks that open and close the
    insertion are not part of it (a definition keeps the quotes around its term), nor are
    trailing markup lines ("</TABLE>") or blanks."""
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        tail = _TRAILING_MARKUP.search(text, start, end)
        if not tail or tail.start() <= start:
            break
        end = tail.start()
    if end <= start:
        return start, end
    if DEFINITION_START.match(text, start, end):
        lead = _INSERTION_QUOTES.match(text, start, end)
        if lead:
            # the insertion's own quotes before the term's: "““Borrower”: ... .”", and its
            # item's stop after the closing one: '""Maturity Date" means June 30, 2010.";'
            closed = _balanced(text[lead.start() : end])  # the insertion's quote closes it
            start = lead.end()
            if closed and end - 1 > start and text[end - 1] in ".;," and text[end - 2] in Q_CLOSE:
                end -= 2
            elif text[end - 1] in Q_CLOSE:
                end -= 1
            return start, end
        block = text[start:end]
        unbalanced = block.count('"') % 2 == 1 or block.count("“") < block.count("”")
        if unbalanced and text[end - 1] in Q_CLOSE:
            end -= 1
        return start, end
    if text[start] in Q_OPEN:
        start += 1
        if end - 1 > start and text[end - 1] in ".;" and text[end - 2] in Q_CLOSE:
            end -= 2
        elif end - 1 > start and text[end - 1] in Q_CLOSE:
            end -= 1
    return start, end


def _balanced(block: str) -> bool:
    """Whether every quotation mark the block opens is closed in it."""
    return block.count('"') % 2 == 0 and block.count("“") == block.count("”")


#: The quotes that open an inserted definition before the quote of its term ("““X”: ...”",
#: "“ ‘X’ means ...”").
_INSERTION_QUOTES = re.compile(r"[\"“]+[ \t]?(?=[\"“‘`'])")
#: An SGML tag alone on the last line of a block ("</TABLE>", "<PAGE>"): layout, not wording.
_TRAILING_MARKUP = re.compile(r"\n[ \t]*</?[A-Za-z]+[^>\n]{0,40}>[ \t]*\Z")


#: An attachment that is only its heading, and maybe what it is attached to ("EXHIBIT A\nTO\n
#: THIRD AMENDMENT"), with page marks: the cover of the attachment that follows it.
_COVER_ONLY = re.compile(
    r"[^\n]{0,40}(?:\s+(?i:to)\s+(?:(?i:the)\s+)?[^\n]{0,60}?(?i:amendment|agreement))?\s*"
    r"(?:<PAGE>[^\n]*\s*)?"
)
#: An attachment's label alone over the heading of the provision it holds ("ANNEX I" then
#: "ARTICLE VIII / The Agent" for "Article VIII ... restated as set forth in Annex I"): the
#: label names the attachment, the provision's wording starts at its own heading.
_LABEL_OVER_PROVISION = re.compile(
    r"[ \t]*(?:ANNEX|EXHIBIT|SCHEDULE|APPENDIX|ATTACHMENT"
    r"|Annex|Exhibit|Schedule|Appendix|Attachment)\s+"
    r"[A-Z0-9][A-Za-z0-9.\-]{0,6}[ \t]*\n\s*(?=(?:ARTICLE|SECTION)\s+(?:[IVXL]+|\d[\d.]*)\b)"
)
#: A substitute of one word ("$17,000,000.", "12,450,000;"): the stop American style puts
#: inside the closing quote ends the amendment's sentence, not the substitute.
_ONE_WORD_STOP = re.compile(r"\S*?[\d%](?P<stop>[.;,])")


def _quoted_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The quoted words that follow ``pos`` ("... and inserting "X" in lieu thereof")."""
    if pos >= limit or text[pos] not in Q_OPEN:
        return None
    opener = text[pos]
    depth = 0
    for k in range(pos, limit):
        ch = text[k]
        if opener == "“":
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth -= 1
                if depth == 0:
                    return (pos + 1, k) if k > pos + 1 else None
        elif ch == '"' and k > pos:
            return (pos + 1, k) if k > pos + 1 else None
    return None


def _labelled(text: str, region: Region, label: str) -> bool:
    """Whether the attachment is the one the label names: by its label, or by its heading
    line where the label has a lettered part ("SCHEDULE 1.1(a)")."""
    label = label.rstrip(".")
    if region.label.upper().rstrip(".") == label:
        return True
    line_end = text.find("\n", region.start)
    heading = " ".join(text[region.start : line_end if line_end >= 0 else None].split())
    return "(" in label and re.match(re.escape(label) + r"(?![\w(])", heading.upper()) is not None


def attached_wording(text: str, predicate: str, clause_to: int) -> tuple[int, int] | None:
    """The attachment an operation names as its new wording ("replaced with Schedule 2.01
    attached hereto", "by adding Exhibit B in the form attached to this Amendment"): its
    region after the clause, found by its label."""
    attached = _ATTACHED.search(predicate)
    if attached is None:
        return None
    word = re.search(
        r"(?i)(?:Schedule|Exhibit|Annex|Appendix|Attachment)(?=\s+\S+$)", attached.group(0)
    )
    number = attached.group(1) or attached.group(2)
    return attachment_labelled(text, (word.group(0) if word else "") + " " + number, clause_to)


def attachment_labelled(text: str, label: str, clause_to: int) -> tuple[int, int] | None:
    """The attachment labelled ``label`` ("Exhibit B") after the clause that ends at
    ``clause_to``, its wording without page marker or tag."""
    label = label.upper()
    regions = attachments_after(text, clause_to, two_lines=True)
    for k, region in enumerate(regions):
        if _labelled(text, region, label) and _STANDS_ALONE.search(
            text, max(0, region.start - 200), region.start
        ):
            start, end = region.start, region.end
            same = [r for r in regions[k + 1 :] if r.label.upper() == region.label.upper()]
            if same and same[0] is regions[k + 1]:
                end = same[0].end  # its heading again over its body: one attachment
            elif _COVER_ONLY.fullmatch(text, start, end) and k + 1 < len(regions):
                # "EXHIBIT A\nTO\nTHIRD AMENDMENT" then "SCHEDULE 2.01 ...": a cover
                # page holds no wording, the attachment it covers does
                start, end = regions[k + 1].start, regions[k + 1].end
            elif provision := _LABEL_OVER_PROVISION.match(text, start, end):
                start = provision.end()  # "ANNEX I" over "ARTICLE VIII ...": the article
            return unquote(text, start, end)  # no page marker, no tag
    return None


def new_wording(
    pars: Paragraphs,
    masked: str,
    text: str,
    action: str,
    predicate: str,
    a_start: int,
    clause_to: int,
    colon: int | None,
    body_end: int,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The new wording an operation states: the attached schedule it names, the quoted
    words it inserts, or the block after its colon; none for a deletion."""
    if action == "delete":
        return None
    if action == "replace" and (span := attached_wording(text, predicate, clause_to)):
        return span
    ins = _INSERTED.search(masked, a_start, clause_to + 2)
    part = NEW_PART_QUOTED.search(masked, a_start, (colon or clause_to) + 6)
    if ins is not None and part is not None and action == "amend" and ins.end() < part.end():
        # "(i) by deleting "and" ... (iii) by adding a new clause (h): "(h) ..."": the clause
        ins = part
    if ins is not None and (action == "amend" or (action == "replace" and colon is None)):
        # "... replaced with "[Intentionally omitted]"", "amended in its entirety to mean "X""
        quoted = _quoted_after(text, ins.end(), min(len(text), ins.end() + _MAX_NEW_TEXT))
        if quoted:
            one = _ONE_WORD_STOP.fullmatch(text, *quoted)
            return (quoted[0], one.start("stop")) if one else quoted
    if ins is None and action == "amend" and (value := unquoted_value(text, a_start, clause_to)):
        return value  # "is increased from $10,000,000 to $15,000,000"
    if colon is not None and action in ("replace", "add", "amend"):
        if action == "amend" and not re.search(
            r"\b(?:follows|following|read)\b", predicate, re.IGNORECASE
        ):
            return None
        return block_after_colon(pars, masked, colon, a_start, body_end, skip=skip)
    return None
