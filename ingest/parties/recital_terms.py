"""A term the recitals give a party the preamble named bare: "This Supply Agreement is made
... by and between Carrow Industries, Inc. and Delfin Plastics Corp." and then "WHEREAS,
Carrow Industries, Inc. ("Carrow") manufactures containers". The preamble gave the party no
term; the recital that names it again, with its full name, gives the one it goes by in the
body.

A party the preamble gave a role term ('Alder Medical Devices, Inc. (the "Manufacturer")')
takes a second term only from the recitals (never from a clause of the body that names it
among others: 'the Town of Vinton ("Vinton")'), and only when that term is a short form of
its name: words of the name ('WHEREAS, Alder Medical Devices, Inc. ("Alder") designs ...') or
its initials ('Bank of South Pacific Limited ("BSP")'); any other term ("Carrow Group") may
name the party with others and is left to the definitions.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import definitions_in
from ingest.names import name_runs
from ingest.parties.add import party_ref
from ingest.parties.preamble import AGREEMENT_TERM
from ingest.parties.role_words import is_plural_term
from ingest.parties.spellings import display_name
from ingest.relations.party_roles import own_parties
from ingest.rules import rule
from ingest.structure.analysis import analyze
from ingest.structure.regions import Region

#: What may stand between a party's name and the parenthesis of its term: a comma at most
#: (never a descriptor, which may describe someone else's company).
_RIGHT_BEFORE = rule(
    "parties.recital_term_right_after_name",
    r"[ \t]*,?[ \t]*\(\s*(?:the\s+)?[\"\u201c]",
    reads="the recitals: a party's full name with its term in a parenthesis right after it",
    matches=[' ("Carrow")', ", (the \u201cCarrow\u201d", ' (the "Buyer"'],
    rejects=[', a Delaware corporation ("Carrow")', ' and Beta ("Carrow")'],
    mode="match",
)
#: Terms every contract gives every party: no one party's name.
_GENERIC = frozenset({"party", "parties"})
#: How far past the preamble the recitals may give the term.
_WINDOW = 3000


_WORD = re.compile(r"[A-Za-z0-9]+")


def is_short_form(term: str, name: str) -> bool:
    """Whether ``term`` is a short form of ``name``: every word of it a word of the name
    ("Alder" of "Alder Medical Devices, Inc."), or the initials of the name's capitalised words
    ("BSP" of "Bank of South Pacific Limited", "ACM" of "American Champion Media, Inc.")."""
    words = _WORD.findall(name)
    lower = {w.lower() for w in words}
    term_words = _WORD.findall(term)
    if term_words and all(w.lower() in lower for w in term_words):
        return True
    if len(term_words) != 1 or not term.isupper() or len(term) < 2:
        return False
    initials = "".join(w[0] for w in words if w[0].isupper())
    return term in initials


def _in_recitals(recitals: Region | None, pos: int) -> bool:
    return recitals is not None and recitals.start <= pos < recitals.end


def extract_recital_terms(ctx: DocContext) -> None:
    """Give a party of the own agreement the term a parenthesis right after its full name gives
    it in the recitals (the name as the preamble wrote it, not a term nor a part of it), when
    the term is singular and names no one else yet: any such term to a party that has none, a
    short form of its name (:func:`is_short_form`), given in the recitals, to one that has."""
    st = analyze(ctx.text)
    if st.preamble is None or ctx.self_ref is None:
        return
    text = ctx.text
    lo, hi = st.preamble.end, min(st.main_end, st.preamble.end + _WINDOW)
    own = own_parties(ctx)
    for d in definitions_in(text, lo, hi):
        term = d.term
        if d.style != "paren" or d.collective or is_plural_term(term):
            continue
        if norm_term(term) in _GENERIC or AGREEMENT_TERM.search(term) or ctx.lookup(term):
            continue
        runs = name_runs(text, d.antecedent_start, d.clause_start)
        if not runs or not _RIGHT_BEFORE.match(text, runs[-1].end, d.start):
            continue
        ref = party_ref(display_name(ctx, runs[-1].text))
        party = ctx.collector.get(ref)
        if ref not in own or party is None or party.label != "Party":
            continue
        name = str(party.props.get("name") or "")
        if norm_term(name) != norm_term(runs[-1].text):
            continue
        if party.aliases and not (_in_recitals(st.recitals, d.start) and is_short_form(term, name)):
            continue
        ctx.collector.add(ref, "Party", ctx.span(runs[-1].start, d.clause_end), aliases=(term,))
        ctx.define(term, ref)
