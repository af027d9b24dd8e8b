"""The notes a credit agreement appends one to each lender: several note texts of one form
("REVOLVING CREDIT NOTE", "$30,000,000 ... to the order of Beta Bank"; "$20,000,000 ... to the
order of Gamma Bank"), each its own instrument (:func:`ingest.notes.extract.extract_note_texts`
keeps apart the texts whose principals differ, :mod:`ingest.appended` makes one of each text
with its own signature block).

Vocabulary:
- *written notes*: the notes of one form (one title) whose texts the document writes out, each
  with its principal and one *own holder*: the payee its text names, whose HOLDS carries the
  principal the note states.
- *the form*: the instrument the body defines for every lender at once ("the Borrower will
  execute and deliver to each Lender a promissory note ... (a "Revolving Credit Note")"), no
  principal of its own; its wording reads as each lender holding that one instrument.

Once two or more written notes of a form each have their own holder, the form is the written
notes: its edges other than HOLDS pass to each of them (the borrower ISSUES each, each is
ISSUED_UNDER the agreement), its term names them, and it goes; and a lender that is the own
holder of one written note holds no other note of the form by the body's wording (its HOLDS
into a fellow lender's note, which a note text the form's instrument absorbed inherited, is
dropped).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ingest.context import DocContext
from ingest.names import singular
from ingest.references.keys import norm_title


def _own_holders(ctx: DocContext, note: str, amount: object) -> set[str]:
    return {
        source
        for (type_, source, target), r in ctx.collector.relations.items()
        if type_ == "HOLDS" and target == note and r.props.get("amount") == amount
    }


def _fold_form(ctx: DocContext, form: str, owners: dict[str, set[str]]) -> None:
    """The form's edges pass to each written note (HOLDS aside), its term names them, and the
    form's instrument goes (a loan made under it is made under the lender's own note)."""
    rels = ctx.collector.relations
    notes = list(owners)
    for key, r in list(rels.items()):
        if r.props.get("instrument") == form:
            own = [n for n in notes if r.source in owners[n]]
            props = {k: v for k, v in r.props.items() if k != "instrument"}
            rels[key] = replace(r, props={**props, "instrument": own[0]} if own else props)
    for key in [k for k in rels if form in (k[1], k[2])]:
        r = rels.pop(key)
        if r.type == "HOLDS":
            continue
        for note in notes:
            source = note if r.source == form else r.source
            target = note if r.target == form else r.target
            for ev in r.evidence:
                ctx.collector.relate(r.type, source, target, ev, r.props)
    aliases = ctx.collector.entities.pop(form).aliases
    for note in notes:
        for a in aliases:
            if a not in ctx.collector.entities[note].aliases:
                ctx.collector.entities[note].aliases.append(a)
    for refs in ctx.terms.values():
        if form in refs:
            at = refs.index(form)
            refs[at : at + 1] = [n for n in notes if n not in refs]


def extract_lender_notes(ctx: DocContext) -> None:
    """Each lender's written note of a form: the form folds into them, and no lender holds a
    fellow lender's (see the module docstring)."""
    written: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, list[str]] = defaultdict(list)
    for ref, e in ctx.collector.entities.items():
        title = e.props.get("title")
        if e.label != "Instrument" or e.props.get("kind") != "note" or not isinstance(title, str):
            continue
        key = norm_title(singular(title))
        if isinstance(e.props.get("amount"), int | float):
            written[key].append(ref)
        elif ref != ctx.self_ref:
            forms[key].append(ref)
    for key, notes in written.items():
        if len(notes) < 2:
            continue
        owners = {n: _own_holders(ctx, n, ctx.collector.entities[n].props["amount"]) for n in notes}
        if any(len(o) != 1 for o in owners.values()) or len(set().union(*owners.values())) < 2:
            continue  # not one payee to each note: not the per-lender shape
        for form in forms.get(key, []):
            _fold_form(ctx, form, owners)
        for note in notes:
            others = set().union(*(owners[n] for n in notes if n != note)) - owners[note]
            for k in [k for k in ctx.collector.relations if k[0] == "HOLDS" and k[2] == note]:
                if k[1] in others:
                    del ctx.collector.relations[k]
