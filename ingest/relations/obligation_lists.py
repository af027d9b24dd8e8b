"""The notes and agreements a term for the secured obligations lists: "This Deed of Trust
secures the following (collectively, the "Secured Obligations"): (a) payment of the
indebtedness evidenced by that certain Promissory Note of even date herewith ...; (b)
performance of each obligation of Trustor under the Loan Agreement ...".

Why a reader of its own: a mortgage's or deed of trust's granting clause secures "the Secured
Obligations (as defined in Section 1.2)", a term the next section defines by a list of the
debts and agreements; the grant secures each of them.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.relations.slots import agreements_in, instruments_in
from ingest.rules import passage, rule

_OBLIGATIONS_NAMED = rule(
    "relations.obligation_lists.obligations_term",
    r"\b(?P<term>(?:Secured\s+|Guaranteed\s+)?(?:Obligations|Indebtedness))\b",
    reads="the term a grant uses for what it secures: 'the Secured Obligations'",
    matches=[
        passage("the Secured Obligations (as defined in Section 1.2)", term="Secured Obligations"),
        passage("payment of the Indebtedness", term="Indebtedness"),
    ],
    rejects=["the obligations of the Borrower", "secured obligations"],
)

#: where one item of a list of obligations ends and the next begins: "(a)", "(ii)", ";"
_ITEM_BREAK = re.compile(r"\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)|;")
#: the first word naming an instrument or an agreement in an item
_INSTRUMENT_WORD = re.compile(r"\b(?:Notes?|Debentures?|Bonds?)\b")
_AGREEMENT_WORD = re.compile(r"\b(?:Agreement|Lease|Guaranty|Indenture)\b")


def listed_obligations(ctx: DocContext, what: str) -> list[str]:
    """The notes and agreements (not the document itself) that the definition of the
    obligations term ``what`` names lists, item by item: a parenthesis opening a list
    ('(collectively, the "Secured Obligations"): (a) ...') or a "means" definition."""
    named = _OBLIGATIONS_NAMED.search(what)
    if named is None:
        return []
    term = " ".join(named["term"].split())
    text = ctx.text
    for d in find_definitions(text):
        if d.term != term:
            continue
        if d.style == "means":
            chunk = text[d.end : d.clause_end]
        elif d.style == "paren" and text[d.clause_end : d.clause_end + 3].lstrip().startswith(":"):
            end = text.find("\n\n", d.clause_end)
            chunk = text[d.clause_end : end if end >= 0 else len(text)]
        else:
            continue
        found: list[str] = []
        for item in _ITEM_BREAK.split(chunk):
            for ref in _first_named(ctx, item):
                if ref != ctx.self_ref and ref not in found:
                    found.append(ref)
        if found:
            return found
    return []


def _titled_before(ctx: DocContext, term: str) -> list[str]:
    """The instrument a parenthesis defining ``term`` follows by its title ("a Term Loan Note
    dated as of the date hereof ... (the "Note")"), before any reader linked the term to it."""
    text = ctx.text
    for d in find_definitions(text):
        if d.term != term or d.style != "paren":
            continue
        before = " ".join(text[d.antecedent_start : d.clause_start].split()).lower()
        head = term.lower().rstrip("s")
        titled = [
            (len(title), ref)
            for ref, e in ctx.collector.entities.items()
            if e.label == "Instrument"
            and (title := str(e.props.get("title") or "").lower())
            and title != term.lower()
            and title.split()[-1].startswith(head)
            and title in before
        ]
        if titled:
            return [max(titled)[1]]
    return []


def _first_named(ctx: DocContext, item: str) -> list[str]:
    """The instrument or agreement an item names first ("the Loan Agreement ... in the amount
    of the Note" names the agreement)."""
    note, agreement = _INSTRUMENT_WORD.search(item), _AGREEMENT_WORD.search(item)
    by_note = (instruments_in(ctx, item)[:1] or _titled_before(ctx, note.group(0))) if note else []
    by_agreement = agreements_in(ctx, item)[:1] if agreement else []
    if note and agreement and agreement.start() < note.start():
        return by_agreement or by_note
    return by_note or by_agreement
