"""Collective terms and classes resolved to the signing companies: "the lenders identified on
the signature pages" (each a "Lender"), a class the preamble names without members ("among
the Borrower, the Lenders and the Agent"), a class the text before the signatures defines,
a single party named only on the signature page ("the investor signatory below").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import Definition, definitions_in, joined_with, joins_named_parties
from ingest.names import singular
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.role_words import ROLE_WORDS, has_role, role_of, role_parts
from ingest.parties.short_forms import short_form_party
from ingest.rules import passage, rule
from ingest.schedules import party_rows
from ingest.signatures.preamble_roles import CREDITOR_HEADS, OPENING, alias_role
from ingest.signatures.scheduled_obligors import scheduled_obligors
from ingest.signatures.wrapped_rows import wrapped_row_party
from ingest.structure.analysis import analyze

#: "among the Borrower, the Lenders (as defined in the Credit Agreement) and the Agent": a
#: class of lenders the preamble names without listing or defining its members.
_UNDEFINED_CLASS = re.compile(
    r"(?:\b(?:among|between|and)|,)\s+(?:each\s+of\s+)?the\s+(?:several\s+|various\s+)?"
    r"(?P<term>Lenders|Banks|LENDERS|BANKS)\b(?!\s*[\"\u201c)])"
)
#: The agreements whose uncaptioned signing companies such a class takes in.
_CLASS_KINDS = frozenset(["credit_agreement", "loan_agreement", "amendment", "waiver", "consent"])


def resolve_undefined_class(
    ctx: DocContext, signed: list[tuple[str, str | None, int, int]]
) -> None:
    """The companies signing a credit agreement or its amendment in no role, named nowhere
    before the signatures, are the members of the lenders' class its preamble names but does
    not define ("the Lenders (as defined in the Credit Agreement)"): their blocks are the
    lenders' signature pages. A company a schedule lists among the borrowers or guarantors is
    not one of them (co-borrowers named only on a schedule sign without captions too)."""
    st = analyze(ctx.text)
    own = ctx.collector.get(ctx.self_ref or "")
    if st.signatures is None or own is None or own.props.get("kind") not in _CLASS_KINDS:
        return
    # the preamble, or the document's opening where no preamble region was recognised
    lo, hi = (st.preamble.start, st.preamble.end) if st.preamble else (0, OPENING)
    m = _UNDEFINED_CLASS.search(ctx.text, lo, min(hi, st.signatures.start))
    if m is None or ctx.lookup(m["term"]) or ctx.lookup(m["term"].title()):
        return
    role = role_of(m["term"].title())
    obligors = scheduled_obligors(ctx.text)
    for ref, b_role, s, e in signed:
        if (
            role
            and b_role is None
            and not alias_role(ctx, ref)
            and ref not in obligors
            and not _obligor_role(ctx, ref)
            and not defined_as_obligor(ctx.text, ctx.collector.get(ref), st.signatures.start)
        ):
            party_to(ctx, ref, role, s, e)


#: a definition that names a company for a term: '"Swedish Borrower" means Valdren Nordic AB, a
#: ...', '"Dutch Subsidiary" shall mean Kessel Europe B.V.' (the company is the term's party)
_TERM_NAMING = rule(
    "signatures.term_naming_company",
    r"(?m)^[ \t]*(?:\(?[\w.]{1,4}\)\s*)?[\"\u201c](?P<term>[A-Z][\w&'\u2019-]*"
    r"(?:\s+[A-Z][\w&'\u2019-]*){0,4})[\"\u201d]\s*(?:(?:shall\s+)?means?\s+|:\s*)"
    r"(?P<name>[A-Z][^\n,;()]{1,80})",
    reads="a definition at the head of a line that names a company for its term: the term "
    "and the name that opens its body",
    matches=[
        passage(
            '"Swedish Borrower" means Valdren Nordic AB, a limited liability company',
            term="Swedish Borrower",
            name="Valdren Nordic AB",
        ),
        passage(
            "\u201cDutch Subsidiary\u201d shall mean Kessel Europe B.V., a private company",
            term="Dutch Subsidiary",
            name="Kessel Europe B.V.",
        ),
        passage(
            '  (b) "Canadian Borrower": Hartfell Canada Ltd., an Ontario corporation',
            term="Canadian Borrower",
            name="Hartfell Canada Ltd.",
        ),
    ],
    rejects=[
        'the "Swedish Borrower" means nothing here',
        '"Borrowing" means a borrowing of Loans of one Type.',
    ],
)


def defined_as_obligor(text: str, party: object, end: int) -> bool:
    """Whether a definition before ``end`` names the company for a term whose role is no
    creditor's ('"Swedish Borrower" means Valdren Nordic AB', '"Dutch Subsidiary" means ...').

    A credit agreement's foreign subsidiary borrowers are often introduced in the preamble only
    by a class ("the Foreign Subsidiary Borrowers") and named only in the definitions, which
    the signature pages are read before: signing with no caption beside the lenders, they
    would be taken into the preamble's undefined class of lenders and lend to their parent."""
    name = getattr(party, "props", {}).get("name")
    if not isinstance(name, str) or len(name) < 4:
        return False
    key = " ".join(name.lower().split())
    for m in _TERM_NAMING.finditer(text, 0, end):
        if not " ".join(m["name"].lower().split()).startswith(key):
            continue
        role = role_of(m["term"])
        head = singular(role).split()[-1].lower() if role else ""
        if head in ROLE_WORDS and head not in CREDITOR_HEADS:
            return True
    return False


#: "Each Subsidiary ... listed on the signature pages to this Amendment (each, a "Guarantor")":
#: a class of parties the text defines as the companies its signature pages list.
_LISTED_CLASS = re.compile(
    r"(?i)\b(?:listed|named|identified|set\s+forth)\s+on\s+the\s+signature\s+pages?\b[^.;()]{0,80}"
    r"\((?:each|collectively|individually)\b[^)\"\u201c]{0,12}[\"\u201c](?P<term>[^\"\u201d]{2,40})"
)


def listed_class(ctx: DocContext, end: int) -> str | None:
    """The role of a class the text before the signatures defines by the signature pages (a
    guarantor's or grantor's: a lender's class is resolved with the preamble's terms)."""
    for m in _LISTED_CLASS.finditer(ctx.text, 0, end):
        role = role_of(m["term"])
        if role and re.search(r"(?i)\b(?:guarantor|grantor|pledgor)s?$", role):
            return role
    return None


def join_collective(ctx: DocContext, role: str, ref: str) -> None:
    """A company signing under the caption "BORROWERS:" is one of the "Borrowers"."""
    for part in role_parts(role):
        for term in (part + "s", part):
            if len(ctx.lookup(term)) > 1:
                ctx.define(term, ref)


def resolve_deferred_collectives(
    ctx: DocContext, signed: list[tuple[str, str | None, int, int]]
) -> None:
    st = analyze(ctx.text)
    if st.preamble is None:
        return
    text = ctx.text
    defs = definitions_in(text, st.preamble.start, st.preamble.end)
    resolved: dict[int, list[str]] = {}
    for d in defs:
        role = role_of(d.term)
        if role is None or ctx.lookup(d.term) or _joins_named_only(text, d):
            continue
        # a company signing in no role joins the class unless a term of its own gives it
        # one; a block signed in the class's role ("LENDERS:" over the agent's second block)
        # joins it whatever other term the company has
        candidates = [
            (ref, s, e)
            for ref, b_role, s, e in signed
            if (has_role(b_role, role) if b_role else not alias_role(ctx, ref))
        ]
        if not d.collective:
            _bind_signatory(ctx, d, role, candidates)
            continue
        members: list[str] = []
        for ref, s, e in candidates:
            if ref not in members:
                members.append(ref)
                party_to(ctx, ref, role, s, e)
        for sch in st.schedules():
            # only a list of this role's parties: never a pricing grid or other roles' list
            for row in party_rows(text, sch, role.lower().split()[-1]):
                if _has_other_role(ctx, party_ref(row.name), role):
                    continue  # a schedule row already in another role is not in this one
                ref = (
                    wrapped_row_party(ctx, row.name)
                    or short_form_party(ctx, row.name)
                    or add_party(ctx, row.name, row.start, row.end)
                )
                if ref not in members:
                    members.append(ref)
                party_to(ctx, ref, role, row.start, row.end)
        if members:
            # "certain Subsidiaries ... listed on the signature pages hereto (the "Subsidiary
            # Borrowers" and, together with Longford, the "Borrowers")": the parties the
            # parenthesis joins to the signing members are members too
            for ref in joined_with(ctx, d):
                if ref not in members:
                    members.append(ref)
                    party_to(ctx, ref, role, d.start, d.end)
        members = [m for m in members if m != party_ref(text[d.start : d.end])]
        if members:
            ctx.define(d.term, *members)
            ctx.define(singular(d.term), *members)
            resolved[d.clause_start] = members
    _group_terms(ctx, defs, resolved)


#: A term that names a group of parties: "the "Investor Group"", "the "Harbor Rock Parties"".
_GROUP_TERM = re.compile(r"\s(?:Group|GROUP|Parties|PARTIES)$")


def _group_terms(ctx: DocContext, defs: list[Definition], resolved: dict[int, list[str]]) -> None:
    """ "(each, an "Investor" and collectively, the "Investors" or, with their respective
    affiliates and associates, the "Investor Group")": a group's term in the parenthesis of a
    class resolved to the companies signing names those companies too, though it is no role."""
    for d in defs:
        members = resolved.get(d.clause_start)
        if members and _GROUP_TERM.search(d.term) and not ctx.lookup(d.term):
            ctx.define(d.term, *members)


_SIGNATORY = re.compile(r"\b(?:signator(?:y|ies)|undersigned|signature\s+pages?)\b", re.I)


def _bind_signatory(
    ctx: DocContext, d: Definition, role: str, candidates: list[tuple[str, int, int]]
) -> None:
    """ "the investor signatory below (the "Holder")": a single party named only on the
    signature page; bound when exactly one signing company has no role of its own."""
    if not _SIGNATORY.search(ctx.text, d.antecedent_start, d.clause_start):
        return
    refs = {ref for ref, _, _ in candidates}
    if len(refs) != 1:
        return
    ref, s, e = candidates[0]
    party_to(ctx, ref, role, s, e)
    ctx.define(d.term, ref)
    # the description names the party too: "the investor signatory below" is "the Investor"
    for w in re.findall(r"[a-z]+", ctx.text[d.antecedent_start : d.clause_start]):
        if w in ROLE_WORDS and w != "party" and not ctx.lookup(w):
            ctx.define(w, ref)


#: words by which a parenthesis's antecedent is a class of parties named elsewhere: "certain
#: Subsidiaries ... listed on the signature pages hereto", "the banks from time to time party
#: hereto"
_CLASS_ANTECEDENT = re.compile(
    r"(?i)\b(?:signator(?:y|ies)|undersigned|signature\s+pages?|part(?:y|ies)\s+hereto"
    r"|from\s+time\s+to\s+time|listed)\b"
)


def _joins_named_only(text: str, d: Definition) -> bool:
    """A joint term ("the "Subsidiary Borrower" and, together with the Parent, the
    "Borrowers"") whose parenthesis follows a party the preamble names, not a class: its
    members are named, never the companies signing below with no role."""
    return joins_named_parties(text, d) and not _CLASS_ANTECEDENT.search(
        text, d.antecedent_start, d.clause_start
    )


def _obligor_role(ctx: DocContext, ref: str) -> bool:
    """Whether the party is already PARTY_TO the own agreement in a role that is no creditor's
    ("Subsidiary Borrower": a subsidiary the preamble's class of borrowers "listed on the
    signature pages" took in signs without a caption too, and is no lender)."""
    rel = ctx.collector.relations.get(("PARTY_TO", ref, ctx.self_ref or ""))
    stated = rel.props.get("role") if rel else None
    return isinstance(stated, str) and not any(
        singular(p).split()[-1].lower() in CREDITOR_HEADS for p in role_parts(stated) if p.split()
    )


def _has_other_role(ctx: DocContext, ref: str, role: str) -> bool:
    """Whether the party is already PARTY_TO the own agreement in a role other than ``role``."""
    rel = ctx.collector.relations.get(("PARTY_TO", ref, ctx.self_ref or ""))
    stated = rel.props.get("role") if rel else None
    return isinstance(stated, str) and not has_role(stated, role)
