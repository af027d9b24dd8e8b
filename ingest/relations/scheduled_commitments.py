"""Each lender's commitment on the schedule that lists them: "Schedule 2.01 - Commitments",
"Names, Commitments and Addresses of Lenders", "Annex I - Lenders and Commitments".

A syndicated credit agreement states each lender's share once, in that schedule: the lender's
name (with its address, in a converted table often one cell per line) and, before the next
lender's name, its commitment ("$60,156,250"). Read for the lenders already known (the
signature pages and the preamble name them), so a row of the schedule is never a new party:
the first money amount after a lender's name and before the next lender's is its commitment,
the amount its LENDS_TO extends. A total row names no lender and is never read. Some agreements
list the same in a section of their own text headed "Commitments" ("2.05 Commitments. ... the
Commitment hereunder with respect to each Lender is as follows:" and a row per lender): read
alike, after the schedules.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.names import name_pattern
from ingest.parties.short_forms import short_form_pattern
from ingest.records import PropValue
from ingest.rules import passage, rule
from ingest.sections import section_spans
from ingest.structure.analysis import analyze

#: The schedule's heading or column header: it lists commitments.
_COMMITMENTS = rule(
    "relations.commitments_schedule",
    r"(?i)\bcommitments?\b|\bcommitted\s+amounts?\b|\ballocations?\b",
    reads="the first lines of a schedule that lists each lender's commitment",
    matches=[
        passage("SCHEDULE 2.01\n\nCommitments", match="Commitments"),
        passage("Names, Commitments and Addresses of Lenders", match="Commitments"),
        passage("Lender    Revolving Commitment", match="Commitment"),
    ],
    rejects=["SCHEDULE 5.08 Subsidiaries", "Pricing Grid"],
)
#: A section of the agreement's own text that lists each lender's commitment: its heading.
_COMMITMENTS_SECTION = rule(
    "relations.commitments_section",
    r"(?i)(?:the\s+)?(?:lenders'?\s+)?commitments(?:\s+of\s+(?:the\s+)?lenders)?",
    reads="the heading of an agreement's own section that lists each lender's commitment",
    matches=[
        passage("Commitments", match="Commitments"),
        passage("The Commitments", match="The Commitments"),
        passage("Commitments of the Lenders", match="Commitments of the Lenders"),
    ],
    rejects=["Commitment Fee", "Reduction of Commitments", "Increase in Commitments"],
    mode="fullmatch",
)
#: A figure in a column of commitments whose "$" only the first row (or the total) writes:
#: "FIRST UNION NATIONAL BANK      35,500,000.00".
_BARE_FIGURE = rule(
    "relations.commitment_figure",
    r"(?<![\w.,$])\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![\d,]|\.\d)",
    reads="a row of a list of commitments: the lender's amount written without its currency",
    matches=[
        passage("HARBOR BANK        35,500,000.00", match="35,500,000.00"),
        passage("Nordic Bank Limited 7,250,000", match="7,250,000"),
    ],
    rejects=["Section 2.05", "$12,000,000", "1.5%"],
)
#: A converted table's row, one cell a line: the "$" cell, then the figure's ("Harbor Bank" /
#: "$" / "35,000,000.00"), right after the lender's name.
_DOLLAR_CELL = rule(
    "relations.commitment_dollar_cell",
    r"[ \t]*\n\s*\$[ \t]*\n\s*(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d{2})?)(?![\d,]|\.\d)",
    reads="a row of a converted commitments table: the '$' cell and the lender's figure under it",
    matches=[passage("\n\n$\n\n35,000,000.00\n", figure="35,000,000.00")],
    rejects=["\n\n$35,000,000.00", "\n\n41.17%", "\n\n$\n\nSection 2.01"],
    mode="match",
)
#: How far into a schedule its heading and column header stand.
_HEAD = 400
#: How far after a lender's name its commitment may stand (an address between them).
_REACH = 600
#: Smaller figures are no commitment (a suite number, a percentage's digits).
_MIN_COMMITMENT = 10_000


def _mention(text: str, name: str, lo: int, hi: int) -> re.Match[str] | None:
    """The name written in ``text[lo:hi]`` in any case and spacing, else its head where the
    table wraps the rest of it under the row (:func:`_wrapped_mention`), else the shorter
    form a schedule's row may give it (:func:`_short_mention`)."""
    pattern = name_pattern(name)
    found = pattern.search(text, lo, hi) if pattern else None
    return found or _wrapped_mention(text, name, lo, hi) or _short_mention(text, name, lo, hi)


#: a bank's form as the signature pages and the schedule may write it differently
_NATIONAL_ASSOCIATION = rule(
    "relations.commitments.national_association",
    r"(?i)\bnational\s+association\b|\bN\.\s?A\.(?=\W|$)",
    reads="a national bank's form, written out or abbreviated",
    matches=["WACHOVIA BANK, NATIONAL ASSOCIATION", "Harbor Bank, N.A."],
    rejects=["National Australia Bank Limited", "NAB Holdings"],
)
#: a row's cell that holds the name alone: its line (or its table cell) ends right after it
_CELL_END = rule(
    "relations.commitments.cell_end",
    r"[ \t,]*(?:\n|\t|\$|\d|$)",
    reads="the end of a schedule's name cell, right after a lender's name",
    matches=["\n$\t25,909,090.91", "\t$35,000,000", "   25,000,000"],
    rejects=[" Holdings, Inc.\n", " and Trust Company\n"],
    mode="match",
)


def _short_mention(text: str, name: str, lo: int, hi: int) -> re.Match[str] | None:
    """The lender's name as a commitments schedule may shorten or respell what its signature
    block writes: "Wachovia Bank, N.A." for "WACHOVIA BANK, NATIONAL ASSOCIATION", "Lehman
    Brothers Bank" for "LEHMAN BROTHERS BANK, FSB", "Dresdner Bank AG" for "DRESDNER BANK AG,
    NEW YORK AND GRAND CAYMAN BRANCHES" (the branch or form after its last comma left out),
    "Wells Fargo" for "WELLS FARGO BANK, NATIONAL ASSOCIATION" (its generic tail left out).
    A shortened name counts only where it fills its cell: the row's line ends right after it
    or its figure follows."""
    forms = [name]
    if m := _NATIONAL_ASSOCIATION.search(name):
        other = "N.A." if m.group().lower().startswith("national") else "National Association"
        forms.append(name[: m.start()] + other + name[m.end() :])
    for form in list(forms):
        head = form
        while "," in head:
            head = head.rsplit(",", 1)[0].rstrip()
            if len(head.split()) >= 2:
                forms.append(head)
    patterns = [name_pattern(form) for form in forms[1:]]
    # "Wells Fargo" for "WELLS FARGO BANK, NATIONAL ASSOCIATION": without its generic tail
    patterns.append(short_form_pattern(name))
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi) if pattern else ():
            if _CELL_END.match(text, m.end()):
                return m
    return None


#: The fewest words of a name a wrapped row writes on its first line.
_MIN_HEAD_WORDS = 3


def _wrapped_mention(text: str, name: str, lo: int, hi: int) -> re.Match[str] | None:
    """A lender's name whose cell the table wraps, the amount column standing on the first
    line: "First Union National Bank      $30,000,000" / "of Georgia       50%". The head
    (at least three words) is the mention where the next line opens on the rest of the name."""
    words = name.split()
    for k in range(len(words) - 1, _MIN_HEAD_WORDS - 1, -1):
        head, tail = name_pattern(" ".join(words[:k])), name_pattern(" ".join(words[k:]))
        if head is None or tail is None:
            continue
        for m in head.finditer(text, lo, hi):
            line_end = text.find("\n", m.end(), hi)
            if line_end < 0:
                break
            # the rest of the name opens the next line
            if tail.match(text, line_end + 1 + _indent(text, line_end + 1)):
                return m
    return None


def _indent(text: str, pos: int) -> int:
    """The spaces a line starting at ``pos`` opens with."""
    return len(text[pos : pos + 80]) - len(text[pos : pos + 80].lstrip(" \t"))


def scheduled_commitments(
    ctx: DocContext, lenders: list[str]
) -> dict[str, tuple[dict[str, PropValue], int, int]]:
    """lender ref -> (amount and currency, the span from its name to its commitment) for the
    lenders a commitments schedule lists; {} where no schedule lists them."""
    text = ctx.text
    names = {
        ref: str(e.props.get("name"))
        for ref in lenders
        if (e := ctx.collector.get(ref)) is not None and e.props.get("name")
    }
    st = analyze(text)
    regions = [
        (sch.start, sch.end)
        for sch in st.attachments
        if sch.kind in ("schedule", "annex", "exhibit", "appendix")
        and _COMMITMENTS.search(text, sch.start, min(sch.end, sch.start + _HEAD))
    ]
    body_start = st.preamble.end if st.preamble else 0
    body_end = st.signatures.start if st.signatures else st.main_end
    regions += [
        (s, e)
        for _, heading, s, e in section_spans(text, body_start, body_end)
        if _COMMITMENTS_SECTION.fullmatch(heading)
    ]
    for start, end in regions:
        found = {ref: m for ref, name in names.items() if (m := _mention(text, name, start, end))}
        if len(found) < 2 and len(names) > 1:
            continue  # not the list of these lenders
        starts = sorted(m.start() for m in found.values())
        # the currency a row of the list writes ("$35,750,000.00"), for the rows that do not
        written = [a for a in find_amounts(text, start, end) if a.value >= _MIN_COMMITMENT]
        out: dict[str, tuple[dict[str, PropValue], int, int]] = {}
        for ref, m in sorted(found.items(), key=lambda item: item[1].start()):
            following = [s for s in starts if s > m.start()]
            stop = min([*following[:1], m.end() + _REACH, end])
            amounts = [a for a in find_amounts(text, m.end(), stop) if a.value >= _MIN_COMMITMENT]
            row = _bare_row(text, m.end(), stop) if written else None
            if row and (not amounts or row[1] <= amounts[0].start):
                # the row's own figure, written without its currency, before the next amount
                # written with one (the total row under the last lender: "TOTAL $500,000,000")
                out[ref] = ({"amount": row[0], "currency": written[0].currency}, m.start(), row[1])
            elif amounts:
                a = amounts[0]
                out[ref] = ({"amount": a.plain, "currency": a.currency}, m.start(), a.end)
            elif cell := _DOLLAR_CELL.match(text, m.end(), stop):
                value = float(cell["figure"].replace(",", ""))
                amount = int(value) if value.is_integer() else value
                out[ref] = ({"amount": amount, "currency": "USD"}, m.start(), cell.end())
        if out:
            return out
    return {}


def _bare_row(text: str, start: int, stop: int) -> tuple[int | float, int] | None:
    """The figure written without currency on the line of a lender's name, and its end."""
    line_end = text.find("\n", start, stop)
    m = _BARE_FIGURE.search(text, start, line_end if line_end >= 0 else stop)
    if m is None:
        return None
    value = float(m.group().replace(",", ""))
    if value < _MIN_COMMITMENT:
        return None
    return (int(value) if value.is_integer() else value), m.end()
