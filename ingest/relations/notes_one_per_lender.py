"""Notes a credit agreement says evidence its debt "one payable to each Lender": "Principal Debt
under the Revolving Facility is evidenced by the Notes, one payable to each Lender in the stated
amount of its Commitment", "the Loans shall be evidenced by the Revolving Notes, one issued to
each Bank".

Exists because :mod:`.evidencing_notes` reads only a note the clause describes ("a promissory
note of the Borrower payable to such Lender"), never "the Notes", which points at a term the
document defines; syndicated bank forms define that term where the quotes of a bold heading were
lost ("NOTE means a promissory note substantially in the form of EXHIBIT A") and say in the
payment section that there is one note for each lender.

The notes (the instrument the term names, else one titled by the term) are ISSUED by the maker
the clause writes ("of the Borrower", "made by the Company") or else by the parties in the
borrower role, HELD by each party the class term names ("each Lender": the lenders signing as
such), and ISSUED_UNDER the document's own agreement (never an amendment's, which restates).
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.instruments.refs import clause_span
from ingest.names import singular
from ingest.records import PropValue
from ingest.relations.party_roles import BORROWER_ROLES, LENDER_ROLES, Roles, named_party
from ingest.relations.slots import labelled, own_base_agreement, parties_named
from ingest.rules import passage, rule

#: the class terms whose "each" is every lender of the agreement
_LENDER_CLASSES = frozenset({"lender", "bank", "purchaser", "holder"})

_ONE_PER_HOLDER = rule(
    "relations.notes_one_per_lender.one_payable_to_each",
    r"\bevidenced\s+by\s+(?:the|its|their)\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}NOTES|"
    r"(?:[A-Z][\w-]*\s+){0,3}Notes)"
    r"(?:\s+(?:of|made\s+by|executed\s+by)\s+(?:the\s+)?(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?"
    r"\s*,?\s+one\s+(?:(?:such\s+)?[Nn]ote\s+)?"
    r"(?:(?:made\s+)?payable\s+to(?:\s+the\s+order\s+of)?|issued\s+to|in\s+favou?r\s+of|to|for)"
    r"\s+each\s+(?P<to>[A-Z][\w-]*)",
    reads="a clause by which a document's debt is evidenced by its notes, one payable to each "
    "lender: the note class, its maker when written, and the class of its holders",
    matches=[
        passage(
            "Principal Debt under the Revolving Facility is evidenced by the Notes, one payable "
            "to each Lender in the stated amount of its Commitment.",
            term="Notes",
            to="Lender",
        ),
        passage(
            "The Advances shall be evidenced by the Term Notes of the Company, one payable to the"
            " order of each Bank.",
            term="Term Notes",
            by="Company",
            to="Bank",
        ),
        passage(
            "All Loans are evidenced by the Revolving Notes, one such note issued to each Lender.",
            term="Revolving Notes",
            to="Lender",
        ),
    ],
    rejects=[
        "The Loans are evidenced by the Notes.",
        "The Loans shall be evidenced by a Note payable to each Lender.",
        "The Loans are evidenced by the Notes, one of which is held by the Agent.",
        "evidenced by the Notes, one payable to Acme Bank",
    ],
)


def extract_notes_one_per_lender(ctx: DocContext, roles: Roles, signing_lenders: list[str]) -> None:
    """ISSUES, HOLDS and ISSUED_UNDER of the notes such a clause says evidence the debt: read
    after the roles, so that the lenders signing as a class are known (``signing_lenders``)."""
    if own_base_agreement(ctx) is None:
        return  # an amendment restates the amended agreement's payment terms
    for m in _ONE_PER_HOLDER.finditer(ctx.text):
        _record(ctx, m, roles, signing_lenders)


def _record(ctx: DocContext, m: re.Match[str], roles: Roles, signing_lenders: list[str]) -> None:
    owing = [r for r, (rs, _) in roles.items() if rs & BORROWER_ROLES and not rs & LENDER_ROLES]
    makers = parties_named(ctx, m["by"]) if m["by"] else owing
    holders = parties_named(ctx, m["to"])
    if norm_term(m["to"]) in _LENDER_CLASSES:
        # "each Lender": every lender, those signing as one of a class among them
        lending = [r for r, (rs, _) in roles.items() if rs & LENDER_ROLES]
        holders += [r for r in [*lending, *signing_lenders] if r not in holders]
    holders = [r for r in holders if named_party(ctx, r) and r not in makers]
    if not holders or not makers:
        return
    term = " ".join(m["term"].split())
    one = singular(term)
    known = labelled(ctx, ctx.lookup(term), "Instrument") or labelled(
        ctx, ctx.lookup(one), "Instrument"
    )
    evidence = ctx.span(*clause_span(ctx, m.start(), m.end()))
    if known:
        ref = known[0]
    else:
        props: dict[str, PropValue] = {"title": term, "kind": "note"}
        ref = ctx.collector.add(
            f"instrument:{norm_term(term)}|", "Instrument", evidence, props, (one,)
        )
        ctx.define(term, ref)
        ctx.define(one, ref)
    for maker in makers:
        ctx.collector.relate("ISSUES", maker, ref, evidence)
    for holder in holders:
        ctx.collector.relate("HOLDS", holder, ref, evidence)
    ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref or "", evidence)
