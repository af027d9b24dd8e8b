"""Each party's roles in a document (its PARTY_TO roles, the role words of its defined terms,
the capacities it signs in) and whether the document is about credit.

Read once and shared by the readers that turn roles into edges (:mod:`.role_lending`,
:mod:`.role_guaranty`, :mod:`.instrument_roles`): the relations a pair of roles implies come
from one reading of the roles.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.names import looks_like_person, singular
from ingest.parties.role_words import role_of, role_parts
from ingest.records import Span
from ingest.relations.obligations import CREDIT_TITLE, secured_agreement
from ingest.relations.role_definitions import defined_roles
from ingest.relations.slots import labelled
from ingest.relations.stated_capacities import stated_capacities
from ingest.roles import Signing
from ingest.rules import passage, rule

#: Roles that extend credit, and roles that owe it, wherever the document is about credit.
LENDER_ROLES = frozenset({"lender", "senior lender", "bank", "holder", "noteholder", "payee"})


BORROWER_ROLES = frozenset({"borrower", "co-borrower", "maker"})


#: "Company" and "Issuer" owe only under a note (elsewhere a company sells shares or buys).
NOTE_ISSUER_ROLES = frozenset({"company", "issuer"})


#: Each party's roles and the spans that state them.
Roles = dict[str, tuple[set[str], list[Span]]]


def read_roles(ctx: DocContext, signed: list[Signing]) -> Roles:
    """Each party's roles in this document (its PARTY_TO roles, its role-word terms, the
    lending roles the definitions give it, a lending capacity stated beside an agent's and
    the capacities it signs in), with the spans that state them."""
    out: dict[str, tuple[set[str], list[Span]]] = {}
    others = other_deals(ctx)
    for r in ctx.collector.relations.values():
        role = r.props.get("role")
        if r.type == "PARTY_TO" and r.target in others:
            continue  # "... Stake Tech LP, as Borrowers, ... and Bank of Montreal as Lender"
        if r.type == "PARTY_TO" and isinstance(role, str) and named_party(ctx, r.source):
            slot = out.setdefault(r.source, (set(), []))
            # "German Borrower", "Swing Line Lender": the head word is the capacity
            parts = [norm_term(singular(p)) for p in role_parts(role)]
            slot[0].update(parts + [p.split()[-1] for p in parts if p])
            slot[1].extend(r.evidence[:1])
    for term, refs in ctx.terms.items():
        role = role_of(term)
        for ref in labelled(ctx, refs, "Party") if role else []:
            slot = out.setdefault(ref, (set(), []))
            slot[0].add(norm_term(singular(str(role))))
            slot[1].extend(ctx.collector.entities[ref].evidence[: 1 - len(slot[1][:1])])
    for ref, (rs, spans) in defined_roles(ctx).items():
        if named_party(ctx, ref):
            slot = out.setdefault(ref, (set(), []))
            slot[0].update(rs)
            slot[1].extend(spans[: 1 - len(slot[1][:1])])
    for ref, (rs, spans) in stated_capacities(ctx).items():
        if named_party(ctx, ref):
            slot = out.setdefault(ref, (set(), []))
            slot[0].update(rs)
            slot[1].extend(spans[: 1 - len(slot[1][:1])])
    for s in signed:
        parts = [norm_term(singular(r)) for r in s.roles]
        if parts and named_party(ctx, s.ref):
            slot = out.setdefault(s.ref, (set(), []))
            slot[0].update(parts + [p.split()[-1] for p in parts])
            slot[1].append(s.span)
    return out


#: A role of the agreement a document replaces, not of its own deal: "Existing Borrower",
#: "Existing Lenders", "Original Agent", "Prior Lender", "Former Borrower" (a restatement's
#: recital of the old agreement's parties).
PRIOR_DEAL_ROLE = rule(
    "relations.prior_deal_role",
    r"(?i)^(?:existing|original|prior|former|predecessor)\s+\S",
    reads="a party's role (normalised) that belongs to the agreement a document replaces",
    matches=[
        passage("existing borrower"),
        passage("existing lender"),
        passage("original agent"),
        passage("prior lender"),
    ],
    rejects=["borrower", "lender", "new lender", "existing", "term loan lender"],
)


def same_deal(roles: Roles, lender: str, borrower: str) -> bool:
    """Whether a lender and a borrower of one document are of the same deal: a restatement
    whose recital names the old agreement's parties as the "Existing Lenders" and the
    "Existing Borrower" lends its own Lenders' loans to its own Borrower, and the old loans
    ran from the Existing Lenders to the Existing Borrower, never across. Parties of neither
    side (no role of an old deal on either) are of one deal."""
    prior = [
        any(PRIOR_DEAL_ROLE.search(r) for r in roles.get(ref, (set(), []))[0])
        for ref in (lender, borrower)
    ]
    return prior[0] == prior[1]


def other_deals(ctx: DocContext) -> set[str]:
    """Dated agreements the document only mentions as other deals (a definition's "Credit
    Agreement dated as of February 28, 2000 among ... as Borrowers ... as Lender"): neither the
    own agreement nor one it amends, amends or stands behind, nor of the own agreement's date.
    The roles their parties hold there are no roles in this deal."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return set()
    tied = {ctx.self_ref, secured_agreement(ctx)}
    for kind, source, target in ctx.collector.relations:
        if kind == "AMENDS" and ctx.self_ref in (source, target):
            tied.update((source, target))
    return {
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement"
        and ref not in tied
        and isinstance(e.props.get("date"), str)
        and e.props.get("date") != own.props.get("date")
    }


_OFFICER_TITLE = re.compile(
    r"(?i)\b(?:officer|president|secretary|treasurer|director|signatory|chairman)\s*$"
)


#: a corporate form standing alone, never a party's whole name
_FORM_ONLY = re.compile(
    r"(?i)^\s*(?:(?:national\s+)?(?:banking\s+)?association|n\.?\s?a\.?|inc\.?|incorporated"
    r"|corporation|l\.?l\.?c\.?"
    r"|l\.?p\.?|ltd\.?|limited|company)\s*$"
)


def named_party(ctx: DocContext, ref: str) -> bool:
    """A company, or a person whose name reads as one (not an officer's title such as
    "Chief Financial Officer", nor a one-word defined term such as "Holdings", that a
    signature page put where a name goes, nor the corporate form a name's second line holds:
    "WELLS FARGO BANK, / NATIONAL ASSOCIATION" side by side with another block)."""
    e = ctx.collector.get(ref)
    name = e.props.get("name") if e else None
    if e is None or not isinstance(name, str) or _OFFICER_TITLE.search(name):
        return False
    if _FORM_ONLY.match(name):
        return False
    if len(name.split()) == 1 and ctx.lookup(name):
        return False
    return e.props.get("kind") != "person" or looks_like_person(name)


def own_parties(ctx: DocContext) -> set[str]:
    """The parties the document made party to its own agreement or instrument."""
    return {k[1] for k in ctx.collector.relations if k[0] == "PARTY_TO" and k[2] == ctx.self_ref}


#: the kinds of agreement that stand beside a credit agreement rather than amend it
_ANCILLARY_KINDS = frozenset(
    {"waiver", "consent", "guaranty", "pledge_agreement", "security_agreement", "joinder"}
)


def credit_subjects(ctx: DocContext) -> tuple[bool, list[str]]:
    """Whether the own agreement is about credit (a credit or loan agreement, a note, an
    amendment of one, or a waiver, consent, guaranty or security document of one), and the
    notes it is or amends (whose issuer and holder its roles name)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or ctx.self_ref is None:
        return False, []
    subjects = [ctx.self_ref] + [
        k[2] for k in ctx.collector.relations if k[0] == "AMENDS" and k[1] == ctx.self_ref
    ]
    # a waiver, consent, guaranty or grant of security stands beside the credit agreement
    # whose obligations it concerns ("Reference is made to the Credit Agreement ...")
    if own.label == "Agreement" and own.props.get("kind") in _ANCILLARY_KINDS:
        concerned = secured_agreement(ctx)
        subjects += [concerned] if concerned and concerned not in subjects else []
    credit, notes = False, []
    for ref in subjects:
        e = ctx.collector.get(ref)
        title = e.props.get("title") if e else None
        if e is None or not isinstance(title, str):
            continue
        kind = e.props.get("kind")
        credit = credit or bool(CREDIT_TITLE.search(title)) or kind in ("note", "debenture")
        if e.label == "Instrument" and kind in ("note", "debenture", "bond"):
            notes.append(ref)
    # a letter titled by no credit word ("Letter Agreement") that makes credit facilities
    # available ("The Bank is pleased to confirm ... the following credit facilities")
    credit = credit or any(
        k[0] == "ISSUED_UNDER"
        and k[2] == ctx.self_ref
        and (f := ctx.collector.get(k[1])) is not None
        and f.props.get("kind") == "credit_facility"
        for k in ctx.collector.relations
    )
    return credit, notes


def term_roles(ctx: DocContext) -> dict[str, set[str]]:
    """Each party's roles as the defined terms naming it state them ("Senior Managing Agent")."""
    out: dict[str, set[str]] = {}
    for term, refs in ctx.terms.items():
        role = role_of(term)
        for ref in labelled(ctx, refs, "Party") if role else []:
            out.setdefault(ref, set()).add(norm_term(singular(str(role))))
    return out
