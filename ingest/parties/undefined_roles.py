"""The role word a commercial contract calls its counterparty by without ever defining it
("Distributor shall purchase ..."), as that party's alias.

Exists because a form contract may name its counterparty in the preamble with no defined term
("between Acme Corp. ("Acme"), and Widget Inc., 12 Main Street") and then call it throughout
by the capacity its title gives ("DISTRIBUTOR AGREEMENT": "Distributor will use best efforts
..."), a term no definition reader sees. The role the title names becomes the alias of the one
own party with no term, when the agreement has exactly two own parties, the other one's terms
are not that role, the role is defined nowhere, and the bare capitalised role word is the
subject of several of the body's sentences.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.parties.add import party_to
from ingest.relations.party_roles import own_parties
from ingest.rules import passage, rule
from ingest.term_keys import norm_term

_TITLE_ROLE = rule(
    "parties.undefined_role_title",
    r"(?i)\b(?P<word>distribut(?:or|ion)|resell(?:er|ing)|resale|dealer(?:ship)?|consult(?:ing|ant))\b"
    r"[\w\s,&-]{0,40}?\bagreement\b",
    reads="an agreement's title naming the capacity of one side ('Distributor Agreement')",
    matches=[
        passage("Exclusive Distribution Agreement", word="Distribution"),
        passage("RESELLER AGREEMENT", word="RESELLER"),
        passage("Dealer Sales and Service Agreement", word="Dealer"),
        passage("Consulting Agreement", word="Consulting"),
    ],
    rejects=["License Agreement", "Credit Agreement", "Agreement for Distribution of Profits"],
)

#: the role each title word names
_ROLE_OF = {
    "distributor": "Distributor",
    "distribution": "Distributor",
    "reseller": "Reseller",
    "reselling": "Reseller",
    "resale": "Reseller",
    "dealer": "Dealer",
    "dealership": "Dealer",
    "consulting": "Consultant",
    "consultant": "Consultant",
}

_SUBJECT = rule(
    "parties.undefined_role_subject",
    r"(?:^|(?<=[\s(]))(?P<role>Distributor|Reseller|Dealer|Consultant)[ \t]+"
    r"(?:shall|will|may|must|agrees|acknowledges|represents|warrants|is|has)\b",
    reads="the bare capitalised role word as the subject of a body sentence ('Distributor shall')",
    matches=[
        passage(
            "2.2 Distributor will use best efforts to promote the Products", role="Distributor"
        ),
        passage("Reseller shall not modify the Software.", role="Reseller"),
        passage("In that event Consultant agrees to return all materials", role="Consultant"),
    ],
    rejects=[
        "the distributor shall purchase",
        "Tripath appoints Distributor as a non-exclusive distributor",
        "a Distributorship will",
    ],
)

#: how many sentences must have the role word as their subject
_MIN_SUBJECTS = 3

_ARTICLES = frozenset({"a", "an", "the", "any", "each", "every", "such", "other", "no"})


def _subjects(text: str, role: str) -> tuple[list[re.Match[str]], int]:
    """The sentences with ``role`` as their subject, and how many of them have it bare (no
    article before it: "Distributor shall", not "the Distributor shall")."""
    found = [m for m in _SUBJECT.finditer(text) if m["role"] == role]
    bare = 0
    for m in found:
        before = text[max(0, m.start() - 12) : m.start()].split()
        if not (before and before[-1].lower() in _ARTICLES):
            bare += 1
    return found, bare


def extract_undefined_roles(ctx: DocContext) -> None:
    """The role the title names, as the alias of the one own party with no term."""
    if ctx.self_ref is None:
        return
    own = ctx.collector.entities.get(ctx.self_ref)
    title = str(own.props.get("title") or "") if own else ""
    m = _TITLE_ROLE.search(title)
    if m is None:
        return
    role = _ROLE_OF[m["word"].lower()]
    if ctx.lookup(role) or f'"{role}"' in ctx.text or f'"{role.upper()}"' in ctx.text:
        return
    parties = [e for ref in own_parties(ctx) if (e := ctx.collector.entities.get(ref))]
    if len(parties) != 2 or any(p.label != "Party" for p in parties):
        return
    bare = [p for p in parties if not p.aliases]
    if len(bare) != 1:
        return
    other = next(p for p in parties if p.aliases)
    if any(norm_term(a) in (norm_term(role), norm_term(role + "s")) for a in other.aliases):
        return
    subjects, bare_count = _subjects(ctx.text, role)
    if bare_count < _MIN_SUBJECTS:
        return
    first = subjects[0]
    party = bare[0]
    ctx.collector.add(
        party.ref, "Party", ctx.span(first.start("role"), first.end("role")), None, (role,)
    )
    ctx.define(role, party.ref)
    rel = ctx.collector.relations.get(("PARTY_TO", party.ref, ctx.self_ref))
    if rel is not None and not rel.props.get("role"):
        party_to(ctx, party.ref, role, first.start("role"), first.end("role"))
