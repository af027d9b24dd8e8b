"""Heading lines: the schedules, exhibits and annexes after the signatures start at
one, and the words under their label are their title.
"""

from __future__ import annotations

import re

from ingest.agreements.subject_lines import opens_subject
from ingest.rules import passage, rule
from ingest.structure.regions import Region, trim_span

_ATTACHMENT_HEADING = rule(
    "structure.attachment_heading",
    # a web page's no-break space (U+00A0) often stands between the kind and the label
    r"^[ \t]*(?P<kind>EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|Exhibit|Schedule|Annex|Appendix)"
    r"[ \t\u00a0]+(?P<id>[A-Z0-9][A-Za-z0-9.\-]{0,6}(?:\([A-Za-z0-9]{1,3}\))?)[ \t\u00a0]*"
    r"(?:[:.\-–—][ \t\u00a0]*(?P<rest>[^\n]{0,100}))?$",
    re.MULTILINE,
    reads="an attachment's heading on a line of its own: its kind, its label and a title",
    matches=[
        passage("\nEXHIBIT A\nFORM OF NOTE", kind="EXHIBIT", id="A"),
        passage("Schedule 2.1 - Commitments", kind="Schedule", id="2.1", rest="Commitments"),
        passage("  ANNEX I: Pricing Grid\n", kind="ANNEX", id="I", rest="Pricing Grid"),
        passage("\nSchedule\u00a0I\n\nCommitments\n", kind="Schedule", id="I"),
        passage("Exhibit\u00a0B\u00a0- Form of Note", kind="Exhibit", id="B", rest="Form of Note"),
        # a schedule numbered for its section's clause
        passage("\nSchedule\u00a02.1(a)\n\nCommitments\n", kind="Schedule", id="2.1(a)"),
        passage("SCHEDULE 5.4(B) - Liens", kind="SCHEDULE", id="5.4(B)", rest="Liens"),
        # an em dash between the label and the title: the label keeps its number
        passage("EXHIBIT A-1 — FORM OF", kind="EXHIBIT", id="A-1", rest="FORM OF"),
    ],
    rejects=[
        "as set forth in Exhibit A hereto",
        "EXHIBIT a",
        "on Schedule\u00a0I hereto",
        "set forth on Schedule 2.1(a) hereto",
    ],
)

#: The same heading an HTML conversion broke in two, a capitalised kind alone on its line and
#: its label alone on the next ("ANNEX\nI\n"). Read only where an amendment names the
#: attachment its new wording is ("as set forth in Annex I attached hereto"), not where the
#: document's own attachments are found.
_TWO_LINE_ATTACHMENT_HEADING = rule(
    "structure.attachment_heading_two_lines",
    r"^[ \t]*(?P<kind>EXHIBIT|SCHEDULE|ANNEX|APPENDIX)[ \t]*\n[ \t]*"
    r"(?P<id>[A-Z0-9][A-Za-z0-9.\-]{0,6})[ \t]*$",
    re.MULTILINE,
    reads="an attachment's heading broken over two lines: its capitalised kind, then its label",
    matches=[passage("\nANNEX\nIV\n\nFORM OF PLEDGE AGREEMENT", kind="ANNEX", id="IV")],
    rejects=["set forth in\nAnnex\nB attached hereto", "EXHIBIT\nB attached hereto sets forth"],
)

#: A schedule headed by what it lists, with no label ("COMMITMENT SCHEDULE", "PRICING
#: SCHEDULE"), in capitals on a line of its own after the signature pages: an attachment like a
#: numbered one (the lenders' commitments are read from it, not from the signature pages).
_NAMED_SCHEDULE_HEADING = rule(
    "structure.named_schedule_heading",
    r"^[ \t]*(?P<id>[A-Z]{3,}(?:[ \t]+(?:OF[ \t]+)?[A-Z]{3,}){0,2})[ \t]+(?P<kind>SCHEDULE)[ \t]*$",
    re.MULTILINE,
    reads="a schedule's heading naming what it lists, in capitals, with no number or letter",
    matches=[
        passage("\nCOMMITMENT SCHEDULE\nFirst Bank", kind="SCHEDULE", id="COMMITMENT"),
        passage("\n  PRICING SCHEDULE\n", kind="SCHEDULE", id="PRICING"),
    ],
    rejects=[
        "set forth on the Commitment Schedule",
        "Commitment Schedule",
        "SCHEDULE 2.01",
        "the COMMITMENT SCHEDULE attached hereto",
    ],
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
    r"|JOINT\s+FILING\s+STATEMENT|DEED\s+OF\s+TRUST|TRUST\s+DEED|DEED\s+TO\s+SECURE\s+DEBT)S?\b",
    re.IGNORECASE,
    reads="a heading line: the word that names a document",
    matches=[
        passage("REVOLVING CREDIT AGREEMENT", match="AGREEMENT"),
        passage("Memorandum of Understanding", match="Memorandum of Understanding"),
        passage("SUBSIDIARY GUARANTY", match="GUARANTY"),
        passage("SUBSIDIARY GUARANTIES", match="GUARANTIES"),
        passage("DEED OF TRUST", match="DEED OF TRUST"),
    ],
    rejects=["ARTICLE I DEFINITIONS", "Representations and Warranties"],
)


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


def _table_header(line: str) -> bool:
    """ "Purchaser          Principal Amount of Note": a schedule's column headings in mixed
    case, the document word in a later column than the first; no title of the attachment (a
    document's own title block is left alone: its lines may carry a page label beside them)."""
    cells = re.split(r"[ \t]{4,}", line.strip())
    return (
        len(cells) >= 2 and any(c.islower() for c in line) and not _HEADING_WORDS.search(cells[0])
    )


#: "[FORM OF NOTE]", "[Form of Guaranty]": a bracketed label saying what form the attachment is,
#: above the form's own heading ("PROMISSORY NOTE"), which titles it.
_FORM_LABEL = rule(
    "structure.form_label",
    r"\[[ \t]*(?:FORM|Form)[ \t]+(?:OF|of)\b[^\]\n]*\][ \t]*",
    reads="a bracketed label above a form's own heading, naming what form it is",
    matches=[passage("[FORM OF NOTE]"), passage("[Form of Subsidiary Guaranty]")],
    rejects=["FORM OF NOTE", "PROMISSORY NOTE", "[Reserved]"],
    mode="fullmatch",
)


#: the "to" between an attachment's label and the document it is attached to, each on its own
#: line ("EXHIBIT A\nTO\nTHIRD AMENDMENT")
_PARENT_NAMED = rule(
    "structure.attached_to_parent",
    r"\s*\n[ \t]*(?:TO|To|to)[ \t]*\n\s*",
    reads="between an attachment's label and a heading: the 'to' that makes it the parent's name",
    matches=["\nTO\n", "\n\n   to  \n\n"],
    rejects=["\n\n", "\nTO THE\n"],
    mode="fullmatch",
)


def heading_title(text: str, start: int, end: int, max_lines: int = 6) -> tuple[int, int] | None:
    """The span of the first heading after ``start`` (within ``3 * max_lines`` lines): one to
    four consecutive short lines that name a document ("AMENDED AND RESTATED REVOLVING CREDIT
    NOTE", "Amendment #4 / to / Convertible Promissory Note"); a longer block is prose (a
    legend), not a heading. A bracketed "[FORM OF NOTE]" gives way to the heading under it."""
    limit = start
    for _ in range(max_lines * 3):
        nl = text.find("\n", limit, end)
        if nl < 0:
            limit = end
            break
        limit = nl + 1
    spans = heading_spans(text, start, min(limit, end))
    own = [sp for sp in spans if not _FORM_LABEL.fullmatch(text, sp[0], sp[1])]
    return (own or spans)[0] if spans else None


#: a line whose first word is in lower case ("restated, or supplemented ..."): it continues the
#: sentence above it (a brand such as "eCommerce" or "e-business" is no such word)
_LOWER_OPENING = rule(
    "structure.lower_opening",
    r"[ \t]*[a-z]+(?![\w.-])",
    reads="a line's first word: in lower case, so the line continues the sentence above it",
    matches=['restated, or supplemented from time to time, the "Credit Agreement")', "and"],
    rejects=[
        "eCommerce Services Agreement",
        "e-business Hosting Agreement",
        "CREDIT AGREEMENT",
        "[FORM OF NOTE]",
    ],
    mode="match",
)


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
        # a line that opens in lower case continues the sentence above it ("... (as amended, /
        # restated, or supplemented from time to time, the "Credit Agreement")"): no heading
        opens = group is not None or not _LOWER_OPENING.match(line)
        if (
            not blank
            and opens
            and (_is_heading_line(line) or (group and _CONNECTOR_LINE.match(line)))
        ):
            s, e = trim_span(text, pos, nl)
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


#: a label line that ends on "FORM OF": the form's name runs on over the lines below it
#: ("EXHIBIT A-1 — FORM OF / FIVE MONTH REVOLVING CREDIT / PROMISSORY NOTE"), so a
#: capitalised line above the heading is the first part of its title, not a line apart
_DANGLING_FORM_OF = rule(
    "structure.dangling_form_of",
    r"(?i:\bform\s+of)[ \t\u00a0]*$",
    re.MULTILINE,
    reads="an attachment's label line that ends on 'FORM OF': its title wraps over the lines below",
    matches=["EXHIBIT A-1 — FORM OF", "Exhibit B - Form of  "],
    rejects=["EXHIBIT A - FORM OF NOTE", "EXHIBIT C", "FORM OF OPINION"],
)


#: a line in capitals continuing a title wrapped under a dangling "FORM OF" ("364-DAY
#: REVOLVING CREDIT"): short, no sentence punctuation at its end
_TITLE_PART = re.compile(r"[ \t]*[A-Z0-9][A-Z0-9 ,&'\u2019-]{2,60}?[ \t]*")


def _wrapped_title(text: str, after: int, heading: int, title: str) -> str:
    """The title of a form whose label ends on "FORM OF": the capitalised lines between the
    label and the heading found under it (one or two, blank lines between them), then that
    heading ("Five Month Revolving Credit" + "Promissory Note"); the heading alone otherwise."""
    lines = [ln for ln in text[after:heading].split("\n") if ln.strip()]
    if not lines or len(lines) > 2 or not all(_TITLE_PART.fullmatch(ln) for ln in lines):
        return title
    return " ".join(" ".join(ln.split()) for ln in (*lines, title))


def attachments_after(text: str, after: int, two_lines: bool = False) -> list[Region]:
    """The attachments whose headings stand after ``after``: the signature pages' end for the
    document's own, any point for an amendment whose own signature pages went unseen; with
    ``two_lines``, also those whose heading a conversion broke in two ("ANNEX\nI")."""
    heads = sorted(
        [
            *_ATTACHMENT_HEADING.finditer(text, after),
            *_NAMED_SCHEDULE_HEADING.finditer(text, after),
        ],
        key=lambda m: m.start(),
    )
    if two_lines:
        heads = sorted(
            [*heads, *_TWO_LINE_ATTACHMENT_HEADING.finditer(text, after)], key=lambda m: m.start()
        )
    out: list[Region] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        kind = m["kind"].lower()
        title = ""
        rest = m.groupdict().get("rest")  # a heading broken in two has no title on its line
        if m.re is _NAMED_SCHEDULE_HEADING:
            # "COMMITMENT SCHEDULE": its heading is its label and its title
            named = " ".join(m.group(0).split())
            out.append(Region(kind, m.start(), end, named, named.title()))
            continue
        if rest and _HEADING_WORDS.search(rest):
            title = rest.strip()
        else:
            ht = heading_title(text, m.end() + 1, min(end, m.end() + 800))
            if ht and _PARENT_NAMED.fullmatch(text, m.end(), ht[0]):
                # "EXHIBIT A / TO / THIRD AMENDMENT": the document it is attached to, not its
                # own title, which follows (if any)
                ht = heading_title(text, ht[1], min(end, ht[1] + 800))
            # "Re: Credit Agreement dated as of ...": the subject of a form of letter (a request
            # to the agent) names the agreement it concerns, not the attachment
            if ht and not _table_header(text[ht[0] : ht[1]]) and not opens_subject(text[ht[0] :]):
                title = " ".join(text[ht[0] : ht[1]].split())
                if _DANGLING_FORM_OF.search(text, m.start(), m.end()):
                    title = _wrapped_title(text, m.end(), ht[0], title)
        label = f"{m['kind'].upper()} {m['id']}"
        out.append(Region(kind, m.start(), end, label, title))
    return out
