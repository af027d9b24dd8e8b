"""Notes an amendment or credit agreement lists as delivered to several named lenders: "(c)
replacement Notes in substantially the form of Exhibit C to the Credit Agreement in favor of (i)
First Bank in the aggregate principal amount of $43,750,000 and (ii) Second Bank in the
aggregate principal amount of $26,250,000".

Vocabulary:
- *delivered notes*: new, replacement, amended or restated "Notes" the clause makes payable to
  (or in favour of) an enumerated list of parties; one instrument (the class of notes), as the
  clause names them.
- each enumerated party HOLDS the notes (with the principal its item states), the document's
  borrowers ISSUE them, and they are ISSUED_UNDER the agreement whose exhibit is their form
  ("Exhibit C to the Credit Agreement"), else the agreement the document is or amends.

Separate from :mod:`.evidencing_notes` because the clause names no debt it evidences and no
defined term: its payees are a list, which no role word stands in for.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.records import PropValue
from ingest.relations.extract import sentences
from ingest.relations.party_roles import (
    BORROWER_ROLES,
    LENDER_ROLES,
    named_party,
    read_roles,
    term_roles,
)
from ingest.relations.provided_under import delivered_notes_under
from ingest.relations.slots import amount_props, labelled, parties_named, trimmed
from ingest.roles import signings
from ingest.rules import passage, rule

_DELIVERED = rule(
    "relations.delivered_notes.in_favor_of_list",
    r"\b(?P<title>(?i:(?:new|replacement|amended|restated|substitute|and)\s+){1,4}Notes)\s+"
    r"(?:(?i:in\s+(?:substantially\s+)?the\s+form\s+of\s+)(?P<exhibit>Exhibit\s+[\w.-]+)"
    r"(?:\s+to\s+the\s+(?P<agreement>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}))?,?\s+)?"
    r"(?i:payable\s+to(?:\s+the\s+order\s+of)?|in\s+favou?r\s+of)\s+"
    r"(?P<items>\(i\)\s(?:[^;.]|\.\d|(?<=\b[A-Z])\.|\.(?=\s*[,)]))+)",
    reads="notes an amendment lists as delivered to enumerated lenders: each item's lender and "
    "principal, and the agreement whose exhibit is their form",
    matches=[
        passage(
            "(c) replacement Notes in substantially the form of Exhibit C to the Credit Agreement "
            "in favor of (i) First Lake Bank in the aggregate principal amount of $43,750,000 and "
            "(ii) River City Bank, N.A. in the aggregate principal amount of $26,250,000;",
            title="replacement Notes",
            agreement="Credit Agreement",
        ),
        passage(
            "the Borrower shall deliver new Notes payable to the order of (i) Alpha Bank in the "
            "principal amount of $10,000,000, (ii) Beta Bank in the principal amount of "
            "$5,000,000 and (iii) Gamma Bank in the principal amount of $5,000,000.",
            title="new Notes",
        ),
    ],
    rejects=[
        # one payee, no list: the note clause readers' business
        "replacement Notes in favor of the Agent in the principal amount of $12,000,000;",
        # no notes
        "replacement Guaranties in favor of (i) First Lake Bank and (ii) River City Bank;",
    ],
)

#: one enumerated item: "(ii) River City Bank, N.A. in the aggregate principal amount of $X"
_ITEM = re.compile(r"\((?:[ivx]+)\)\s+(?P<item>(?:(?!\((?:[ivx]+)\)\s).)+)", re.S)
_ITEM_NAME_END = re.compile(
    r"(?i)\s+in\s+(?:the\s+)?(?:aggregate\s+|original\s+)*principal\b|,?\s+and\s*$|[,;]\s*$"
)


def extract_delivered_notes(ctx: DocContext) -> None:
    """HOLDS, ISSUES and ISSUED_UNDER of the notes a clause delivers to enumerated lenders (see
    the module doc). Evidence: the clause."""
    if not _DELIVERED.search(ctx.text):
        return
    roles = read_roles(ctx, signings(ctx))
    # the borrowers the defined terms name (a signature block may add a role by mistake), else
    # those in a borrower role and no lender role
    by_term = [
        r
        for r, rs in term_roles(ctx).items()
        if rs & BORROWER_ROLES and not rs & LENDER_ROLES and r in roles and named_party(ctx, r)
    ]
    by_role = [r for r, (rs, _) in roles.items() if rs & BORROWER_ROLES and not rs & LENDER_ROLES]
    makers = [r for r in by_term if _whole(ctx, r)] or [r for r in by_role if _whole(ctx, r)]
    for lo, hi in sentences(ctx.text):
        sentence = ctx.text[lo:hi]
        for m in _DELIVERED.finditer(sentence):
            _relate(ctx, lo, sentence, m, makers)


def _whole(ctx: DocContext, ref: str) -> bool:
    """Whether a party's name is a whole name, not the tail of one cut at a line's end ("&
    Spirits, Inc.")."""
    e = ctx.collector.get(ref)
    return e is not None and bool(re.match(r"[A-Za-z0-9]", str(e.props.get("name") or "")))


def _name_of(ctx: DocContext, ref: str) -> str:
    e = ctx.collector.get(ref)
    return norm_term(str(e.props.get("name") or "")) if e else ""


def _holders(ctx: DocContext, items: str) -> list[tuple[str, str]]:
    """Each enumerated party the items name, with the item's text (for its principal)."""
    out: list[tuple[str, str]] = []
    for it in _ITEM.finditer(items):
        item = it["item"]
        cut = _ITEM_NAME_END.search(item)
        name = " ".join(item[: cut.start() if cut else len(item)].split())
        found = parties_named(ctx, name)
        if len(found) > 1:
            # "River City Bank" may also read as the class "Bank": the party so named
            found = [r for r in found if _name_of(ctx, r) == norm_term(name)]
        if len(found) == 1:
            out.append((found[0], item))
    return out


def _relate(ctx: DocContext, lo: int, sentence: str, m: re.Match[str], makers: list[str]) -> None:
    holders = _holders(ctx, m["items"])
    if len(holders) < 2:
        return  # a list of one is no list: the other readers name a single payee
    evidence = trimmed(ctx, lo, lo + len(sentence))
    title = " ".join(m["title"].split())
    props: dict[str, PropValue] = {"title": title, "kind": "note"}
    note = ctx.collector.add(f"instrument:{norm_term(title)}|", "Instrument", evidence, props)
    for holder, item in holders:
        ctx.collector.relate("HOLDS", holder, note, evidence, amount_props(item))
    for maker in makers:
        if maker not in {h for h, _ in holders}:
            ctx.collector.relate("ISSUES", maker, note, evidence)
    named = labelled(ctx, ctx.lookup(m["agreement"]), "Agreement") if m["agreement"] else []
    under = named[0] if named else delivered_notes_under(ctx)
    if under is not None:
        ctx.collector.relate("ISSUED_UNDER", note, under, evidence)
