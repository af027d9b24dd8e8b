"""The amount on a HOLDS edge where the document states it once for that holder: the principal
of a note one party alone holds ("a Revolving Promissory Note ... payable to the order of the
Bank in the principal amount of $7,500,000"), or, for a note each lender holds "in the amount of
such Lender's Commitment", the commitment the lender's LENDS_TO edge carries (a schedule of
commitments beside the notes).

Exists because the readers of holders find who holds a note, not how much of it: the amount is
the note's own (read with the note) or the lender's commitment (read by
:mod:`ingest.relations.lent_amounts` after them). A note several parties hold with no such
clause is left alone: its principal is none of theirs alone.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.records import PropValue
from ingest.relations.slots import instruments_in, parties_named
from ingest.rules import passage, rule

#: "a replacement Revolving Note in the amount of that Lender's Revolving Commitment", "a Note
#: payable to the order of such Lender in a principal amount equal to its Commitment"
_COMMITMENT_NOTE = rule(
    "relations.held_amounts.commitment_note",
    r"\b(?P<note>(?:[A-Z][\w-]*\s+){0,3}Notes?)\b[^.;]{0,200}?\bin\s+(?:a|an|the)\s+"
    r"(?:(?:original|aggregate|maximum)\s+)?(?:principal\s+)?amount\s+(?:equal\s+to|of)\s+"
    r"(?:(?:such|that|each|the\s+applicable)\s+(?:Lender|Bank)['\u2019]s|its|his|her)\s+"
    r"(?P<commitment>(?:[A-Z][\w-]*\s+){0,2})Commitments?\b",
    reads="a note each lender holds: stated to be in the amount of that lender's commitment",
    matches=[
        passage(
            "a replacement Revolving Note in the amount of that Lender's Revolving Commitment",
            note="Revolving Note",
        ),
        passage(
            "a Term Note payable to the order of such Bank in a principal amount equal to its "
            "Term Commitment",
            note="Term Note",
            commitment="Term ",
        ),
    ],
    rejects=[
        "the Revolving Note in the amount of $5,000,000",
        "a Note in the amount of the Loans outstanding",
    ],
)


def extract_held_amounts(ctx: DocContext) -> None:
    """Fill the amount of HOLDS edges that have none (see the module doc); evidence: the note's
    or the commitment's."""
    relations = ctx.collector.relations
    holds = [
        key for key in relations if key[0] == "HOLDS" and relations[key].props.get("amount") is None
    ]
    by_commitment = _commitment_notes(ctx)
    for key in holds:
        _, holder, note = key
        e = ctx.collector.get(note)
        if e is None or e.label != "Instrument" or e.props.get("kind") != "note":
            continue
        if note in by_commitment:
            if (column := _class_column(ctx, holder, by_commitment[note])) is not None:
                amount, span = column
                ctx.collector.relate("HOLDS", holder, note, ctx.span(*span), {"amount": amount})
                continue
            lent = [
                relations[k]
                for k in relations
                if k[0] == "LENDS_TO" and k[1] == holder and relations[k].props.get("amount")
            ]
            if len(lent) == 1:
                props: dict[str, PropValue] = {"amount": lent[0].props["amount"]}
                ctx.collector.relate("HOLDS", holder, note, lent[0].evidence[0], props)
            continue
        holders = sum(1 for k in relations if k[0] == "HOLDS" and k[2] == note)
        if holders == 1 and e.props.get("amount") is not None:
            ctx.collector.relate(
                "HOLDS", holder, note, e.evidence[0], {"amount": e.props["amount"]}
            )


#: the term the clause then gives the notes: "... Revolving Commitment shown on Schedule 2.1
#: (each a "Replacement Note")"
_TERM_AFTER = re.compile(
    r"(?:[^.;()]|\.(?=\d)){0,80}?\(\s*(?:(?:each|individually)\s+(?:a|an)\s+|(?:collectively,?\s+)?the\s+)?"
    r"[\"\u201c](?P<term>[^\"\u201d]{1,40}Notes?)[\"\u201d]"
)


def _commitment_notes(ctx: DocContext) -> dict[str, str]:
    """The notes a clause says each lender holds in the amount of its commitment (by the title
    it writes, or the term it then gives them), each with the class of commitment it names
    ("Term Loan" of "its Term Loan Commitment"; "" for "its Commitment")."""
    found: dict[str, str] = {}
    for m in _COMMITMENT_NOTE.finditer(ctx.text):
        term = _TERM_AFTER.match(ctx.text, m.end())
        for note in instruments_in(ctx, term["term"] if term else m["note"]):
            found.setdefault(note, " ".join(m["commitment"].split()))
    return found


#: a table's cells, two spaces or more apart
_CELL = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")


def _class_column(
    ctx: DocContext, holder: str, klass: str
) -> tuple[int | float, tuple[int, int]] | None:
    """A lender's commitment of one class where a schedule gives each class a column of its own
    ("Lender   Revolving Commitment   Term Loan Commitment" over "Acme Bank   $6,000,000
    $4,000,000"): the figure under the column the class heads on the lender's row, and the row's
    span. None when the class is unnamed or no such header and row are found (the lender's one
    commitment is then its LENDS_TO amount)."""
    if not klass:
        return None
    text = ctx.text
    want = re.compile(rf"(?i)^{re.escape(klass)}\s+commitments?$")
    for header in re.finditer(r"(?im)^.*\bcommitment.*\bcommitment.*$", text):
        heads = [c.group() for c in _CELL.finditer(header.group())]
        column = next((i for i, h in enumerate(heads) if want.match(" ".join(h.split()))), None)
        if column is None or column == 0:
            continue
        for row in re.finditer(r"(?m)^.+$", text[header.end() : header.end() + 3000]):
            cells = [c.group() for c in _CELL.finditer(row.group())]
            if len(cells) != len(heads) or parties_named(ctx, cells[0]) != [holder]:
                continue
            amounts = find_amounts(cells[column])
            if len(amounts) == 1:
                start = header.end() + row.start()
                return amounts[0].plain, (start, start + len(row.group()))
    return None
