"""Who makes and who holds a note, as a modification's recitals or an endorsement state it
rather than a promise to pay:

- *stated owner*: "Maker is the maker of that certain Promissory Note ...", "Holder is the
  owner and holder of the Note", "Bank is the legal and beneficial owner of the Note": the
  maker ISSUES the note, the holder HOLDS it;
- *endorsement*: an allonge's or a note's "PAY TO THE ORDER OF X, WITHOUT RECOURSE": X is the
  note's holder now (the payee it names HOLDS it too, as the note says).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.promises import written_payees
from ingest.relations.slots import (
    instruments_in,
    labelled,
    nearest_contained_instrument,
    parties_named,
    self_label,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

#: "X is the maker of", "Y is the owner and holder of", "Z is the legal and beneficial owner
#: of": the party before the verb and what it makes or holds
_STATED_OWNER = rule(
    "relations.note_owners.stated_owner",
    r"\b(?:is|are)\s+(?:now\s+)?the\s+(?:(?P<maker>maker|issuer)|(?:(?:sole\s+)?(?:legal\s+and\s+"
    r"beneficial\s+)?(?:owner|payee)\s+and\s+)?(?P<holder>holder|legal\s+and\s+beneficial\s+"
    r"owner))\s+of\s+(?P<what>(?:that\s+certain|the|a|an|said)\s+[^.;]{0,160})",
    reads="a recital stating who makes or holds a note: the role and the note",
    matches=[
        passage(
            "Maker is the maker of that certain Promissory Note dated May 1, 2015",
            maker="maker",
        ),
        passage("Holder is the owner and holder of the Note.", holder="holder"),
        passage(
            "Bank is the legal and beneficial owner of the Note",
            holder="legal and beneficial owner",
        ),
    ],
    rejects=["the holder of the Note may declare", "Borrower is the owner of the Property"],
)

#: "PAY TO THE ORDER OF X, WITHOUT RECOURSE": an endorsement opening its sentence
_ENDORSEMENT = rule(
    "relations.note_owners.endorsement",
    r"^\W*(?i:pay\s+to\s+the\s+order\s+of)\s+(?P<to>[A-Z](?:[^.;\n(]|\.(?=[A-Z,])|\n(?!\s*\n)){1,140}?)"
    r"(?=,?\s+(?i:without\s+recourse)|\s*\(|\s*(?:;|\.(?!\w))|\s*$)",
    reads="an endorsement of a note to a new holder: its name",
    matches=[
        passage(
            "PAY TO THE ORDER OF TIDEWATER FUND I, LLC, WITHOUT RECOURSE.",
            to="TIDEWATER FUND I, LLC",
        ),
        passage("Pay to the order of Harbor Bank, N.A.", to="Harbor Bank, N.A"),
    ],
    rejects=["Borrower shall pay to the order of the Bank", "Pay to the order of ____________"],
)


def _note(ctx: DocContext, lo: int, phrase: str) -> list[str]:
    """The note a phrase names (a defined term), else the document's own note or the note
    text around ``lo``."""
    named = instruments_in(ctx, phrase)
    if named:
        return named[:1]
    own = ctx.self_ref if self_label(ctx) == "Instrument" else None
    found = own or nearest_contained_instrument(ctx, lo)
    return [found] if found else []


def extract_stated_owners(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES or HOLDS from a stated maker or holder of a note (see the module doc)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _STATED_OWNER.finditer(sentence):
        notes = [
            n
            for n in instruments_in(ctx, m["what"])
            if ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
        ]
        parties = subject_before(ctx, sentence[: m.start()])
        if len(parties) != 1 or not notes:
            continue
        for note in notes[:1]:
            kind = "ISSUES" if m["maker"] else "HOLDS"
            ctx.collector.relate(kind, parties[0], note, evidence)


def extract_endorsement(ctx: DocContext, lo: int, sentence: str) -> None:
    """The endorsee of an endorsement HOLDS the note it endorses (see the module doc)."""
    m = _ENDORSEMENT.search(sentence)
    if m is None or re.search(r"_{3,}|\[", m["to"]):
        return
    name = " ".join(m["to"].split())
    holders = parties_named(ctx, name) or written_payees(ctx, m["to"], lo + m.start("to"))
    notes = [
        n
        for n in _note(ctx, lo, sentence)
        if labelled(ctx, [n], "Instrument")
        and ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
    ]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for note in notes:
        for holder in holders:
            ctx.collector.relate("HOLDS", holder, note, evidence)
