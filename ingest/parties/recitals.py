"""Parties named in the recitals or the body: those a short preamble leaves to the
recitals, and a company described with its relation to a party (a guarantor, a
parent).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import definitions_in, find_definitions
from ingest.names import TERMINAL_SUFFIXES, singular
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.descriptions import describe
from ingest.parties.forms import DESCRIPTOR, stated_form
from ingest.parties.lender_class import names_class
from ingest.parties.preamble import AGREEMENT_TERM
from ingest.parties.role_words import role_of
from ingest.parties.runs import org_runs
from ingest.parties.spellings import display_name
from ingest.structure.analysis import analyze
from ingest.structure.regions import Region

#: words a company's initials leave out: corporate suffixes and small words
_NOT_INITIALS = TERMINAL_SUFFIXES | {"of", "and", "the", "de"}


def extract_recital_parties(ctx: DocContext) -> None:
    """Parties a short preamble leaves to the recitals ("Odyssey Group Intl, Inc.
    ("Company") and LGH Investments, LLC ("Holder") entered into ..."): a name followed by
    a role term the preamble used, or the company's initials ("Green Breeze Energy Inc.
    ("GBE")"). A collective term ("... and, together with Marlin Growth, the "Investors"")
    names several parties: :func:`ingest.defined_terms.extract_joint_terms` reads it."""
    st = analyze(ctx.text)
    if st.preamble is None or st.recitals is None:
        return
    text = ctx.text
    pre = text[st.preamble.start : st.preamble.end]
    for d in definitions_in(text, st.recitals.start, st.recitals.end):
        role = role_of(d.term)
        if ctx.lookup(d.term) or (d.collective and singular(d.term) != d.term):
            continue
        runs = org_runs(ctx, d.antecedent_start, d.clause_start)
        if role is None:
            # "Green Breeze Energy Inc. ("GBE")": a company the recitals give its initials
            runs = [r for r in runs[-1:] if _initials(r.text) == d.term]
        in_preamble = re.search(rf"\b{re.escape(d.term)}\b", pre)
        if not in_preamble:
            # "A. Acme, Inc., a Nevada corporation ("Borrower"), has obtained ...": a party of
            # the deal the recitals tell, not of this agreement; its descriptor says so, or a
            # company's name right before its role ("The Borrower, Oneworld Power Inc. (the
            # "Guarantor") and the Lender entered into ...")
            runs = [
                r
                for r in runs
                if DESCRIPTOR.match(text, r.end, d.clause_start)
                or (r is runs[-1] and not text[r.end : d.clause_start].strip(" ,"))
            ][:1]
        if not runs:
            continue
        run = runs[-1]
        if names_class(text, run.end, d.clause_start) and ctx.lookup(run.text):
            # "The Company, the several banks and other financial institutions from time to time
            # parties thereto (the "Lenders")": the term names the class, and the name before it
            # is a term of this document for a party it already knows
            continue
        # "Acme, Inc., a Nevada corporation ("Borrower")": the form its descriptor states
        described = stated_form(text, run.end, d.clause_start)
        ref = add_party(ctx, run.text, run.start, d.clause_end, props=described, aliases=(d.term,))
        ctx.define(d.term, ref)
        if in_preamble and role is not None:
            party_to(ctx, ref, role, run.start, d.clause_end)


def _initials(name: str) -> str | None:
    """The initials a company's name abbreviates to ("Green Breeze Energy Inc." -> "GBE"):
    the first letters of its words without the corporate suffix and small words; None for a
    name of fewer than two such words."""
    ws = [w for w in re.findall(r"[A-Za-z][\w'-]*", name) if w.lower() not in _NOT_INITIALS]
    return "".join(w[0].upper() for w in ws) if len(ws) >= 2 else None


def extract_described_parties(ctx: DocContext) -> None:
    """ "Harrowgate Holdings Corp., a Washington corporation and the sole member of Licensee
    ("Parent")", written in the recitals or the body (a guarantor, a parent, an agent): a
    company described by its jurisdiction and type and given a defined term is a party the
    document names, though not necessarily a party to it."""
    st = analyze(ctx.text)
    if st.preamble is None:
        return
    text = ctx.text
    # the opening up to the first party it names ("FOR VALUE RECEIVED, and to induce First
    # Bank ("Lender") to make a loan to Acme, Inc. ("Borrower"), the undersigned, A and B,
    # residents of ... (each a "Guarantor")", all of it where it names none) is read like the
    # recitals: the companies it describes are the deal's
    opening = (st.preamble.start, _first_party_at(ctx, st.preamble))
    for d in find_definitions(text):
        if d.style != "paren" or ctx.lookup(d.term):
            continue
        if not (
            opening[0] <= d.clause_start < opening[1]
            or st.preamble.end <= d.clause_start < st.main_end
        ):
            continue
        if AGREEMENT_TERM.search(d.term):
            continue
        runs = org_runs(ctx, d.antecedent_start, d.clause_start)
        described = [r for r in runs if DESCRIPTOR.match(text, r.end, d.clause_start)]
        if len(described) != 1:
            continue
        run = described[0]
        party = describe(ctx, run, d.clause_start)
        if party is None:
            continue
        # a party of the own agreement, known by the preamble's term, described again in the
        # body or a form attached to it ("... (the "Assignor")"): the term is that passage's
        # name for it, not one more name it goes by
        own = _own_party(ctx, run.text)
        ref = add_party(
            ctx,
            run.text,
            run.start,
            d.clause_end,
            props=party.props,
            aliases=() if own else (d.term,),
        )
        ctx.define(d.term, ref)


def _first_party_at(ctx: DocContext, preamble: Region) -> int:
    """Where the preamble names the first party any reader found so far (its end where it
    names none)."""
    return min(
        (
            sp.start
            for e in ctx.collector.entities.values()
            if e.label == "Party"
            for sp in e.evidence
            if preamble.start <= sp.start < preamble.end
        ),
        default=preamble.end,
    )


def _own_party(ctx: DocContext, name: str) -> bool:
    """Whether ``name`` is a party of the own agreement that the preamble gave a term."""
    ref = party_ref(display_name(ctx, name))
    e = ctx.collector.get(ref)
    return (
        e is not None
        and bool(e.aliases)
        and any(
            r.type == "PARTY_TO" and r.source == ref and r.target == ctx.self_ref
            for r in ctx.collector.relations.values()
        )
    )
