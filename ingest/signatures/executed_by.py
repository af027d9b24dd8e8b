"""English execution clauses: the signer and the company named in one sentence of the
signature page, not in "By: / Name: / Title:" fields.

Agreements drafted in England and in the legal systems that follow it (Hong Kong, Singapore,
the Channel Islands ...) sign in two shapes:

- "SIGNED by PETER ASHCROFT for and on behalf of HARTWELL MARINE LIMITED": a person signing
  for a company, often laid out in bracketed cells ("SIGNED by ... )" / "for and on behalf of
  )" / "HARTWELL MARINE LIMITED )   Director"), the signature and the signer's capacity in the
  right-hand cells;
- "EXECUTED as a DEED by HARTWELL MARINE LIMITED acting by PETER ASHCROFT, a director": the
  company executing, through a person.

The block reader (:mod:`ingest.signatures.extract`) reads fields ("By:", "Name:"), so these
clauses gave the company (:mod:`ingest.parties.behalf` reads the "for and on behalf of"
formula) but no signer. Here the clause is read whole: the person SIGNED the own agreement,
on behalf of the company, with the capacity written in the clause ("a director") or in the
bracketed cell beside it ("Director", "Authorised Signatory").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import looks_like_person, name_runs
from ingest.parties.add import add_party, party_ref, party_to
from ingest.records import PropValue
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: A bracket the layout draws after a cell ("SIGNED by PETER ASHCROFT    )   /s/ ..."): it and
#: the rest of its line are the right-hand cells.
_RIGHT_CELLS = re.compile(r"[ \t]*\)[^\n]*")

_PERSON_FOR_COMPANY = rule(
    "signatures.signed_by_for_and_on_behalf_of",
    r"(?i:\bsigned\s+(?:and\s+delivered\s+)?by)[ \t]+(?P<signer>[^\n,]{3,60}?)"
    r"(?:[ \t]*,[ \t]*(?P<capacity>[^\n,]{3,40}?)[ \t]*,?)?"
    r"\s+(?i:for\s+and\s+on\s+behalf\s+of)\s+(?P<company>[^\n]{3,100}?)"
    r"[ \t]*(?=\n|$|,[ \t]+(?:as|its)\b)",
    reads="an English execution clause: a person signing for a company",
    matches=[
        passage(
            "SIGNED by PETER ASHCROFT\nfor and on behalf of\nHARTWELL MARINE LIMITED\n",
            signer="PETER ASHCROFT",
            company="HARTWELL MARINE LIMITED",
        ),
        passage(
            "Signed by Ruth Okafor, Director, for and on behalf of Calder Shipping Pte. Ltd.\n",
            signer="Ruth Okafor",
            capacity="Director",
            company="Calder Shipping Pte. Ltd.",
        ),
    ],
    rejects=[
        "signed by the Borrower and delivered to the Agent",
        "for and on behalf of the Lenders",
    ],
)

_COMPANY_ACTING_BY = rule(
    "signatures.executed_by_acting_by",
    r"(?i:\b(?:signed|executed)(?:\s+and\s+delivered)?(?:\s+as\s+a\s+deed)?\s+by)[ \t\n]+"
    r"(?P<company>[^\n]{3,100}?)\s+(?i:acting\s+by)\s+(?P<signer>[^\n,]{3,60}?)"
    r"(?:[ \t]*,[ \t]*(?i:a|an|its)?[ \t]*(?P<capacity>[^\n,]{3,40}?))?[ \t]*(?=\n|$|,)",
    reads="an English execution clause: a company executing through a person",
    matches=[
        passage(
            "EXECUTED as a DEED by HARTWELL MARINE LIMITED acting by PETER ASHCROFT, a director\n",
            company="HARTWELL MARINE LIMITED",
            signer="PETER ASHCROFT",
            capacity="director",
        ),
        passage(
            "Signed by Nordvik Bank plc acting by Margaret Lowe\n",
            company="Nordvik Bank plc",
            signer="Margaret Lowe",
        ),
    ],
    rejects=["executed by the Borrower in favour of the Lender"],
)

#: A signer's capacity in the right-hand cells of the clause's lines: "Director", "Authorised
#: Signatory", "Attorney".
_CAPACITY_CELL = rule(
    "signatures.execution_capacity_cell",
    r"(?i)^[ \t]*\)?[ \t]*(?P<capacity>(?:(?:managing|executive|non-executive|alternate)\s+)?"
    r"director|company\s+secretary|secretary|authori[sz]ed\s+signatory|attorney(?:-in-fact)?"
    r"|partner|member|manager)[ \t]*$",
    reads="the signer's capacity in a cell beside an English execution clause",
    matches=[passage(")   Director", capacity="Director"), passage("Authorised Signatory")],
    rejects=["Directors' report", "the Manager shall"],
    mode="match",
)

#: How far into the signature pages the clauses are read.
_WINDOW = 40_000


def _left_column(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the right-hand cells of a bracketed layout blanked (same
    length, so offsets hold)."""
    return _RIGHT_CELLS.sub(lambda m: " " * len(m.group()), text[start:end])


def _cell_capacity(text: str, start: int, end: int) -> str | None:
    """The capacity written in a right-hand cell of the clause's lines (and the line below)."""
    stop = text.find("\n", text.find("\n", end) + 1)
    for line in text[start : len(text) if stop < 0 else stop].split("\n"):
        cells = line.split(")")
        for cell in cells[1:]:
            if m := _CAPACITY_CELL.match(cell.strip()):
                return m["capacity"]
    return None


def _one_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the single name written in ``text[start:end]`` (spaces of the layout
    collapsed), or None where the stretch is no single name."""
    runs = name_runs(text, start, end)
    if len(runs) != 1:
        return None
    return runs[0].start, runs[0].end


def extract_executed_by(ctx: DocContext) -> None:
    """Signers named by an English execution clause on the own agreement's signature pages
    (see the module docstring): each SIGNED the own agreement for the company the clause
    names, which is party to it."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return
    text = ctx.text
    lo = st.signatures.start
    hi = min(st.signatures.end, lo + _WINDOW)
    left = " " * lo + _left_column(text, lo, hi)
    for pattern in (_PERSON_FOR_COMPANY, _COMPANY_ACTING_BY):
        for m in pattern.finditer(left, lo, hi):
            signer = _one_name(text, *m.span("signer"))
            company = _one_name(text, *m.span("company"))
            if signer is None or company is None:
                continue
            person_name = text[signer[0] : signer[1]]
            company_name = " ".join(text[company[0] : company[1]].split())
            if not looks_like_person(person_name) or ctx.lookup(person_name):
                continue
            if m["company"].lower().startswith("the "):
                continue  # "for and on behalf of the Lenders": a term or a class, no name
            company_ref = party_ref(company_name)
            if ctx.collector.get(company_ref) is None:  # not named in the preamble
                company_ref = add_party(ctx, company_name, *company, kind="organization")
            party_to(ctx, company_ref, None, *company)
            capacity = m["capacity"] or _cell_capacity(text, m.start(), m.end())
            person = add_party(ctx, person_name, *signer, kind="person")
            props: dict[str, PropValue] = {
                "title": capacity.strip().title() if capacity else None,
                "on_behalf_of": company_ref,
            }
            ctx.collector.relate(
                "SIGNED", person, ctx.self_ref, ctx.span(m.start(), m.end()), props
            )
