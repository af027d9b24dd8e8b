"""SECURES implied by guarantor roles: a party named or signing as a guarantor, listed by the
definition of the guarantors ('"Guarantors" means A, B and C'), or signing an acknowledgment
that keeps a guaranty in force, secures the obligations of the credit agreement the document
is or concerns.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import singular
from ingest.records import Span
from ingest.relations.individual_guarantors import individual_guarantor
from ingest.relations.obligations import secured_agreement
from ingest.relations.party_roles import LENDER_ROLES, Roles, named_party
from ingest.relations.scheduled_guarantors import scheduled_guarantors
from ingest.relations.slots import known_party, new_party, party_or_company
from ingest.roles import Signing, defined_guarantors, guarantor_blocks, listed_guarantors
from ingest.rules import passage, rule
from ingest.signatures.preamble_roles import creditor_alias
from ingest.structure.analysis import analyze

#: Roles that stand behind another's obligations: guarantors, grantors and pledgors of
#: security ("among Bird Canada Inc. and ... (collectively, the "Grantors")"), and a company
#: signing "as a Credit Support Party" (its guaranty or security supports the credit).
_GUARANTOR_ROLES = frozenset(
    {
        "guarantor",
        "subsidiary guarantor",
        "parent guarantor",
        "grantor",
        "pledgor",
        "credit support party",
    }
)


_GUARANTOR_CAPTIONS = frozenset({"GUARANTOR", "SUBSIDIARY GUARANTOR", "PARENT GUARANTOR"})

#: the roles of those who give a guaranty (grantors and pledgors give security instead)
_GUARANTY_GIVERS = frozenset({"guarantor", "subsidiary guarantor", "parent guarantor"})


def extract_role_guaranty(ctx: DocContext, roles: Roles, signed: list[Signing]) -> dict[str, Span]:
    """A party the document names as a guarantor SECURES the obligations it guarantees: under
    a credit or loan agreement those of that agreement, under an amendment, consent or
    guaranty those of the credit agreement they concern. So does a company signing under an
    acknowledgment that keeps a guaranty in force ("The undersigned ... agree that the
    Guaranty Agreement ... shall remain in full force"). Evidence: where the role is stated.
    Returns the parties found giving a guaranty (not grantors or pledgors), each with the span
    that says so, for :mod:`.guaranty_parties`."""
    givers: dict[str, Span] = {}
    secured = secured_agreement(ctx)
    if secured is None:
        return givers
    # "GUARANTORS:" over blocks that state no capacity of their own: each signs as a guarantor
    captioned = {
        s.ref: s.span
        for s in signed
        if s.caption in _GUARANTOR_CAPTIONS
        and not s.capacity
        and not s.acknowledgment
        and not s.lends
        and s.heads_block
        and named_party(ctx, s.ref)
        and not creditor_alias(ctx, s.ref)
    }
    for party, (held, spans) in roles.items():
        # "as Borrower and Guarantor": a co-borrower guarantees the others' obligations too
        if held & _GUARANTOR_ROLES and (not held & LENDER_ROLES or party in captioned):
            for ev in spans[:1]:
                ctx.collector.relate("SECURES", party, secured, ev)
                if held & _GUARANTY_GIVERS:
                    givers.setdefault(party, ev)
    for party, span in captioned.items():
        ctx.collector.relate("SECURES", party, secured, span)
        givers.setdefault(party, span)
    # blocks under "GUARANTORS:" that no reader made a party (unsigned, or named nowhere else)
    known = {
        re.sub(r"[^a-z0-9]", "", str(e.props.get("name")).lower()): ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party"
    }
    for name, span in guarantor_blocks(ctx):
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        for party in [known[key]] if key in known else new_party(ctx, name, span):
            if creditor_alias(ctx, party):
                continue  # a lender's block after the guarantors', with no caption of its own
            ctx.collector.relate("SECURES", party, secured, span)
            givers.setdefault(party, span)
    # '"Guarantors" means A, B and C': each name the definition lists, by its term ("DPA"),
    # its name, or (a company no reader named) a new party; the edge cites the definition
    named: dict[str, list[str]] = {}
    # and the companies a list makes guarantors each ("each of A, B and C (each a "Guarantor")"),
    # or a schedule lists ("the subsidiaries listed on Schedule I (the "Guarantors")")
    scheduled = scheduled_guarantors(ctx)
    defined = defined_guarantors(ctx)
    listed = [*defined, *listed_guarantors(ctx), *scheduled]
    for i, (term, name, at, definition) in enumerate(listed):
        # a mortgagor is a company the document names elsewhere (a borrower, a subsidiary
        # party to it): a definition that names it otherwise ("Countryside Nursing Center
        # Corporation" for "Countryside Care Center Corp.") makes no second company of it
        mortgagor = "mortgagor" in term.lower()
        parties = known_party(ctx, name) if mortgagor else party_or_company(ctx, name, at)
        if not parties and i < len(defined) and not mortgagor:
            # a person only where a definition of the guarantors names one ("(b) Mara Quell")
            parties = individual_guarantor(ctx, name, at)
        for party in parties:
            if not roles.get(party, (set(), []))[0] & LENDER_ROLES:
                ctx.collector.relate("SECURES", party, secured, definition)
                named.setdefault(term, []).append(party)
                if "guarantor" in term.lower():
                    givers.setdefault(party, definition)
    # a class the own agreement's preamble defines is party to it, each member its schedule
    # lists ("GUARANTEE AGREEMENT ... among each of the subsidiaries ... listed on Schedule I")
    preamble = analyze(ctx.text).preamble
    for term, name, at, definition in scheduled:
        if ctx.self_ref and preamble and preamble.start <= definition.start < preamble.end:
            for party in party_or_company(ctx, name, at):
                ctx.collector.relate("PARTY_TO", party, ctx.self_ref, at, {"role": singular(term)})
    # the term now names them ("the guaranty of the Guarantor")
    for term, parties in named.items():
        if not ctx.lookup(term):
            ctx.define(term, *parties)
    first = min((s.span.start for s in signed), default=0)
    _class_reaffirms(ctx, roles, secured, first, givers)
    consent = _GUARANTORS_CONSENT.search(ctx.text, 0, first) if signed else None
    for s in signed:
        if s.lends or not s.acknowledgment or not named_party(ctx, s.ref):
            continue
        # the acknowledgment says in what capacity its signers sign, whatever a caption said;
        # "consented to and accepted" below a clause in which "each Guarantor hereby consents"
        # is the guarantors' consent
        if _GUARANTY_ACK.search(s.acknowledgment):
            ctx.collector.relate("SECURES", s.ref, secured, s.span)
            givers.setdefault(s.ref, s.span)
        elif consent and _CONSENTING.search(s.acknowledgment):
            for ev in (s.span, ctx.span(consent.start(), consent.end())):
                ctx.collector.relate("SECURES", s.ref, secured, ev)
            givers.setdefault(s.ref, s.span)
    return givers


#: "each Guarantor ... hereby consents to the terms of this Amendment": the guarantors are
#: asked to consent, and whoever signs the consent below the parties is one of them
_GUARANTORS_CONSENT = re.compile(
    r"(?is)\b(?:each\s+(?:of\s+the\s+)?|the\s+)(?:subsidiary\s+)?guarantors?\b[^.;]{0,200}?"
    r"\bhereby\s+(?:consents?|acknowledges?|confirms?|reaffirms?|ratif(?:y|ies))"
)


#: ("agree" but not "Agreement": "the undersigned has executed this Agreement" consents to nothing)
_CONSENTING = re.compile(r"(?i)\b(?:consent|accept|acknowledg|agree(?!ment)|reaffirm|ratif)")


#: an acknowledgment whose signers stand behind a guaranty of the deal
_GUARANTY_ACK = re.compile(r"(?i)\bguarant(?:y|ee|ies|ees|ors?)\b")


#: "Each Loan Party hereby (a) consents to this Amendment; (b) reaffirms its obligations under
#: the Guaranty ...": a class of the document's own parties (its members named only where they
#: sign, under "LOAN PARTIES:") that stands behind the guaranty it reaffirms
_CLASS_REAFFIRMS = rule(
    "relations.role_guaranty.class_reaffirms",
    r"\b(?:[Ee]ach|EACH)\s+(?:of\s+the\s+)?(?P<term>(?:[A-Z][\w-]*\s+)?(?:Party|Obligor))\b"
    r"[^.;]{0,80}?\bhereby\b[^.]{0,160}?\b(?:reaffirms?|ratifies|confirms?)\b[^.]{0,80}?"
    r"\bGuarant(?:y|ee)\b",
    reads="a class of the document's parties reaffirming the guaranty: the class's term",
    matches=[
        passage(
            "Each Loan Party hereby (a) acknowledges and consents to this Amendment; (b) "
            "reaffirms its obligations under the Guaranty, the Security Agreement",
            term="Loan Party",
        ),
        passage(
            "Each Credit Party hereby ratifies and confirms the Subsidiary Guaranty",
            term="Credit Party",
        ),
    ],
    rejects=[
        "Each Loan Party hereby represents that no Default exists.",
        "Each Lender hereby confirms the release of the Guaranty",
        "Each Loan Party hereby reaffirms the Security Agreement.",
    ],
)


def _class_reaffirms(
    ctx: DocContext, roles: Roles, secured: str, end: int, givers: dict[str, Span]
) -> None:
    """The members of a class that reaffirms the guaranty (the parties the document makes
    party to it in the class's role) SECURE the guaranteed agreement, each as a guarantor;
    neither a borrower (a loan party too, whose own debt it is) nor a lender."""
    for m in _CLASS_REAFFIRMS.finditer(ctx.text, 0, end):
        role = " ".join(m["term"].split()).lower()
        span = ctx.span(m.start(), m.end())
        for party, (held, _) in roles.items():
            if role in held and not held & LENDER_ROLES and "borrower" not in held:
                ctx.collector.relate("SECURES", party, secured, span)
                givers.setdefault(party, span)
