"""The labelled paragraph of a sentence a clause stands in: "(a) The Loans of each Bank shall
be evidenced by a single Note payable to the order of such Bank. (b) Each Bank may ... request
that its Loans of a particular Class be evidenced by a separate Note".

Exists because :func:`ingest.relations.extract.sentences` ends a sentence only at a period
before a capital, so a paragraph opening on a lower-case label ("(b)", "(ii)") runs on in the
sentence before it; a reader that asks what its clause's sentence says (a note given "upon
request") then reads the next paragraph's words as its own. Syndicated bank forms write each
lender's note this way: the note every lender receives in (a), a separate note on request in
(b).
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: a lower-case paragraph label opening a line or following a sentence's period: "\n(b) ",
#: ".  (ii) "
PARAGRAPH_LABEL = rule(
    "relations.labelled_paragraphs.paragraph_label",
    r"(?:\n[ \t]*|(?<=[.;:])[ \t]+)\((?:[a-z]|[ivx]{1,4})\)(?=[ \t\n])",
    reads="a lower-case paragraph label ((b), (ii)) opening a line or following a period, "
    "which starts a paragraph of its own",
    matches=[
        passage("such Bank's Loans.\n(b) Each Bank may request", match="\n(b)"),
        passage("such Lender's Loans.  (ii) Each Lender may", match="  (ii)"),
        passage("the Notes;\n   (c) the Agent", match="\n   (c)"),
    ],
    rejects=[
        "as set forth in Section 2.05(b) hereof",
        "clause (b) above",
        "the Loans (a) bear interest",
        "(B) Each Bank",
    ],
)


def own_paragraph(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The offsets in ``sentence`` of the labelled paragraph that holds ``sentence[start:end]``:
    from the last paragraph label at or before ``start`` to the first after ``end`` (the whole
    sentence where it has no label)."""
    lo, hi = 0, len(sentence)
    for m in PARAGRAPH_LABEL.finditer(sentence):
        if m.start() <= start:
            lo = m.start()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi
