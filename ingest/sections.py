"""The numbered sections of an agreement whose own text this document holds, as Provisions.

An amendment's CHANGES point at "Section 3.02" of the agreement it amends; where the graph
also holds that agreement's own text (this document CONTAINS it), its sections are the
original wording in the provision's history. Vocabulary:
- *section heading*: a line opening with a section number and a heading ("3.02 TERM OF
  REVOLVING CREDIT FACILITY.", "Section 6.14. Minimum EBITDA."); a section runs to the next
  heading, the signatures or the first attachment.
- The Provision's evidence is the whole section: its text is the original wording.

Bounded: only numbered sections (not their lettered subsections nor definitions), at most
``MAX_SECTIONS`` per agreement, and only for an agreement that is not itself an amendment.
"""

from __future__ import annotations

import re

from ingest.amended_agreements import AMENDING_KINDS
from ingest.changes.provisions import provision_ref
from ingest.context import DocContext
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

MAX_SECTIONS = 400
_HEADING = rule(
    "sections.heading",
    r"(?m)^[ \t]*(?:SECTION|Section)?[ \t]*(?P<num>\d{1,2}\.\d{1,3}[A-Z]?)\.?[ \t]+"
    r"(?P<head>[A-Z][A-Za-z0-9 ,;&'/()\-]{1,100}?)(?:\.(?=\s)|[ \t]*$)",
    reads="an agreement's own text: a numbered section's heading line",
    matches=[
        passage(
            "3.02 TERM OF REVOLVING CREDIT FACILITY. The Bank",
            num="3.02",
            head="TERM OF REVOLVING CREDIT FACILITY",
        ),
        passage(
            "Section 6.14. Minimum EBITDA. The Borrower shall", num="6.14", head="Minimum EBITDA"
        ),
        passage(
            "  SECTION 2.1A  Incremental Commitments\n", num="2.1A", head="Incremental Commitments"
        ),
    ],
    rejects=["as set forth in Section 2.01 hereof", "1.5 million shares", "2021.12 Payments"],
)


def section_spans(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(number, heading, start, end) of each numbered section between ``start`` and ``end``,
    in increasing order of number (a cross-reference line that goes back is no heading)."""
    heads = [m for m in _HEADING.finditer(text, start, end)]
    out: list[tuple[str, str, int, int]] = []
    seen: set[str] = set()
    last: tuple[int, ...] = ()
    for i, m in enumerate(heads):
        number = tuple(int(x) for x in re.findall(r"\d+", m["num"]))
        if m["num"] in seen or number < last:
            continue
        stop = heads[i + 1].start() if i + 1 < len(heads) else end
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        e = stop
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((m["num"], " ".join(m["head"].split()), s, e))
        seen.add(m["num"])
        last = number
    return out


def extract_own_sections(ctx: DocContext) -> None:
    """Add the numbered sections of the agreement this document is, with their wording."""
    own = ctx.self_ref
    entity = ctx.collector.get(own) if own else None
    if own is None or entity is None or not entity.contained:
        return
    if entity.props.get("kind") in AMENDING_KINDS:
        return
    st = analyze(ctx.text)
    start = st.recitals.end if st.recitals else (st.preamble.end if st.preamble else 0)
    end = st.signatures.start if st.signatures else st.main_end
    for number, heading, s, e in section_spans(ctx.text, start, end)[:MAX_SECTIONS]:
        ref = provision_ref(own, number, None)
        span = ctx.span(s, e)
        props = {"agreement": own, "section": number, "term": None, "heading": heading}
        ctx.collector.add(ref, "Provision", span, props)
        ctx.collector.relate("PROVISION_OF", ref, own, span)
