"""ISSUES and HOLDS of a document that is itself an instrument (a warrant or a note): the party
in the issuer's role issues it, the one in the holder's role or the holder a warrant
certifies holds it.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import looks_like_person
from ingest.parties.add import add_party
from ingest.relations.party_roles import Roles, own_parties
from ingest.relations.slots import parties_named, trimmed

_ISSUER_ROLES = frozenset({"company", "issuer", "maker", "borrower", "corporation"})


_HOLDER_ROLES = frozenset({"holder", "registered holder", "warrantholder", "noteholder", "payee"})


def extract_instrument_roles(ctx: DocContext, roles: Roles) -> None:
    """ "purchase from Acme, Inc. (the "Company")", written in a warrant or a note: the party in
    the issuer's role ISSUES the document's own instrument and the one in the holder's role
    HOLDS it (credit documents get the same edges, with lending, from
    :func:`~ingest.relations.role_lending.extract_role_lending`)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or ctx.self_ref is None:
        return
    if any(k[0] == "AMENDS" and k[1] == ctx.self_ref for k in ctx.collector.relations):
        return  # an amendment of a note is signed by its parties, not issued or held
    # the note's own parties in a role: the "Company" of an agreement the note mentions (whose
    # stock the note pays for) issues nothing beside the maker, nor holds anything beside payee
    to_note = own_parties(ctx)
    own_issuer = any(roles[p][0] & _ISSUER_ROLES for p in to_note if p in roles)
    own_holder = any(roles[p][0] & _HOLDER_ROLES for p in to_note if p in roles)
    for party, (held, spans) in roles.items():
        issuer, holder = bool(held & _ISSUER_ROLES), bool(held & _HOLDER_ROLES)
        if party not in to_note and ((issuer and own_issuer) or (holder and own_holder)):
            continue
        if issuer != holder:
            for ev in spans[:1]:
                ctx.collector.relate("ISSUES" if issuer else "HOLDS", party, ctx.self_ref, ev)


#: "THIS CERTIFIES THAT, for value received, Bluestem Capital, L.P., or its registered assigns
#: (the "Holder"), is entitled to purchase from the Company up to 250,000 shares" (an older
#: warrant's "X, or registered assigns, is entitled"), "THIS COMMON
#: STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received, X (the "Holder")
#: is entitled, upon the terms ... set forth, at any time on or after ..., to subscribe for and
#: purchase from ...": the holder a warrant is made out to (a name a hard-wrapped line breaks
#: runs on across one line break, never a blank line)
_CERTIFIES = re.compile(
    r"(?s)\b(?:THIS\s+CERTIFIES\s+THAT|[Cc]ertifies\s+that),?\s+(?:for\s+value\s+received,?\s+)?"
    r"(?P<holder>[A-Z](?:[^,()\n]|\n(?![ \t]*\n)){2,100}?(?:,\s*(?:Inc|L\.?P|LLC|Ltd|N\.A)\.?)?)"
    r"(?:,\s*(?:a|an)\s+[^,()]{3,80})?,?\s+(?:or\s+(?:(?:its|his|her|their)\s+)?(?:registered\s+|permitted\s+)?"
    r"assigns\s*)?(?:\([^()]{0,60}\)\s*)?,?\s*(?:is|shall\s+be)\s+entitled"
    r"(?:,(?:(?!\.\s+[A-Z])[^;]){0,400}?,)?\s+to\s+(?:subscribe\s+for\s+and\s+)?(?:purchase|subscribe)"
)
#: how many shares the certified holder may buy: "up to 250,000 shares", "500,000 fully paid
#: and nonassessable shares"
_SHARES = re.compile(
    r"(?i)\b(?:up\s+to\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:\([^()]{0,40}\)\s+)?"
    r"(?:fully\s+paid\s+and\s+non-?assessable\s+)?shares\b"
)


def extract_certificate_holder(ctx: DocContext) -> None:
    """The holder a warrant certifies HOLDS it (the document's own warrant); evidence: the
    certifying sentence."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or ctx.self_ref is None:
        return
    m = _CERTIFIES.search(ctx.text, 0, 6000)
    if m is None or re.search(r"_{3,}|\[", m["holder"]):
        return
    name = " ".join(m["holder"].split())
    evidence = trimmed(ctx, m.start(), m.end())
    holders = parties_named(ctx, name)
    if not holders and re.search(
        r"(?i)\b(?:inc|l\.?p|llc|ltd|fund|trust|partners|corp\w*)\.?$", name
    ):
        holders = [add_party(ctx, name, m.start("holder"), m.end("holder"), kind="organization")]
    elif not holders and looks_like_person(name):
        holders = [add_party(ctx, name, m.start("holder"), m.end("holder"), kind="person")]
    shares = _SHARES.search(ctx.text, m.end(), m.end() + 400)
    props = {"quantity": int(shares["n"].replace(",", ""))} if shares else {}
    for h in holders:
        ctx.collector.relate("HOLDS", h, ctx.self_ref, evidence, props)
