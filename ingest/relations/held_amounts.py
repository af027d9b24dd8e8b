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

from ingest.context import DocContext
from ingest.records import PropValue
from ingest.relations.slots import instruments_in
from ingest.rules import passage, rule

#: "a replacement Revolving Note in the amount of that Lender's Revolving Commitment", "a Note
#: payable to the order of such Lender in a principal amount equal to its Commitment"
_COMMITMENT_NOTE = rule(
    "relations.held_amounts.commitment_note",
    r"\b(?P<note>(?:[A-Z][\w-]*\s+){0,3}Notes?)\b[^.;]{0,200}?\bin\s+(?:a|an|the)\s+"
    r"(?:(?:original|aggregate|maximum)\s+)?(?:principal\s+)?amount\s+(?:equal\s+to|of)\s+"
    r"(?:(?:such|that|each|the\s+applicable)\s+(?:Lender|Bank)['\u2019]s|its|his|her)\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}Commitments?\b",
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


def _commitment_notes(ctx: DocContext) -> set[str]:
    """The notes a clause says each lender holds in the amount of its commitment (by the title
    it writes, or the term it then gives them)."""
    found: set[str] = set()
    for m in _COMMITMENT_NOTE.finditer(ctx.text):
        term = _TERM_AFTER.match(ctx.text, m.end())
        found.update(instruments_in(ctx, term["term"] if term else m["note"]))
    return found
