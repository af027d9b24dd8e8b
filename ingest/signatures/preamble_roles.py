"""Reconciles a signing company with the parties the preamble names: the role the preamble
(or a defined term aliasing the company) gives a company signing without a caption, whether
a caption's role already belongs to the preamble's parties, whether individuals may sign
for themselves. Apart from the layout readers: these consult the document's parties.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import definitions_in
from ingest.names import clean_name, name_runs, singular
from ingest.parties.lender_class import names_class
from ingest.parties.role_words import role_of, role_parts
from ingest.structure.analysis import analyze


def others_hold(ctx: DocContext, role: str | None, ref: str) -> bool:
    """Whether the parties a caption's role names ("BORROWER:" -> the "U.S. Borrower" and
    the "Canadian Borrower" the preamble defined) are others: the caption heads their blocks,
    and a company listed below them signs in another capacity."""
    holders: set[str] = set()
    for part in role_parts(role or ""):
        for term, refs in ctx.terms.items():
            if term.lower().rstrip("s").endswith(part.lower().rstrip("s")):
                holders.update(refs)
    return bool(holders) and ref not in holders


def individuals_may_sign(ctx: DocContext, named: set[str]) -> bool:
    """Whether the preamble leaves room for individuals signing for themselves: it names a
    person, or a class of parties by a plural term ("the Majority Investors", "the
    Holders"). Where it names only companies, a conformed "/s/ Name" with no company beside
    it signs for one of them (the columns flattened), not for himself."""
    for ref in named:
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Party" and e.props.get("kind") == "person":
            return True
    st = analyze(ctx.text)
    if st.preamble is None:
        return False
    lo = st.preamble.start
    return any(
        singular(d.term) != d.term and role_of(d.term) not in (None, "Party")
        for d in definitions_in(ctx.text, lo, min(lo + OPENING, len(ctx.text)))
    )


#: "Borrower:" / "Bank:" just before a party's name in a preamble laid out as a form
_LABEL_BEFORE = re.compile(r"(?P<label>[A-Z][A-Za-z ]{2,30}?)\s*:\s*$")
#: How far after a party's name its defined term may follow ("..., an Alberta corporation
#: having its office at ... (the "Borrower")").
_TERM_REACH = 400
#: The opening of a document where its parties are introduced (a preamble laid out as a
#: list of parties runs past the first paragraph the preamble region holds).
OPENING = 3_000


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def preamble_role(ctx: DocContext, name: str) -> str | None:
    """The role the preamble gives a company signing without a caption: the defined term
    right after its name there ("TRANSATLANTIC PETROLEUM CORP., ... (the "Borrower")") or the
    label right before it ("Bank: MANUFACTURERS AND TRADERS TRUST COMPANY")."""
    st, text = analyze(ctx.text), ctx.text
    lo = st.preamble.start if st.preamble else 0
    hi = min(lo + OPENING, st.signatures.start if st.signatures else len(text))
    pattern = r"\s+".join(re.escape(w) for w in clean_name(name).split())
    m = re.search(pattern, text[lo:hi], re.IGNORECASE)
    if m is None:
        return None
    at, end = lo + m.start(), lo + m.end()
    head = text[text.rfind("\n", 0, at) + 1 : at]
    if (label := _LABEL_BEFORE.search(head)) and (role := role_of(label["label"])):
        return role
    for d in definitions_in(text, end, min(hi, end + _TERM_REACH)):
        # the first term after the name, in its paragraph ('"Borrower" means Acme Corp.' and,
        # below it, '"Lender" means ...': the next definition's term is not Acme's), with no
        # other company named between them
        if _PARAGRAPH_BREAK.search(text, end, d.clause_start):
            return None
        between = [r for r in name_runs(text, end, d.clause_start) if r.is_org]
        # "..., the banks from time to time party hereto (the "Lenders")": a class's term
        return (
            role_of(d.term) if not between and not names_class(text, end, d.clause_start) else None
        )
    return None


def alias_role(ctx: DocContext, ref: str, besides: str = "") -> str | None:
    """The role a term of the party's names; never ``besides``, another name of the company the
    block gives beside it ("ACME CORPORATION, dba" / "ACME POWER COMPANY": "Company" heads a
    name there, not a role)."""
    e = ctx.collector.get(ref)
    if e is None:
        return None
    for a in e.aliases:
        if besides and norm_term(a) == norm_term(besides):
            continue
        if role := role_of(a):
            return role
    return None


def has_own_term(ctx: DocContext, ref: str) -> bool:
    """Whether the document gave the party a defined term of its own ("Holdings")."""
    e = ctx.collector.get(ref)
    return e is not None and bool(e.aliases)


def held_by_one(ctx: DocContext, role: str | None) -> bool:
    """Whether the document defines the role's term for one party and no plural of it ("the
    "Borrower"", never "the "Borrowers""): a caption of that role heads that party's block."""
    if not role:
        return False
    return len(ctx.lookup(role)) == 1 and not ctx.lookup(role + "s")


#: the head words of a creditor's term: who extends or administers the credit
CREDITOR_HEADS = frozenset({"lender", "bank", "agent", "holder", "noteholder", "payee"})


def creditor_alias(ctx: DocContext, ref: str) -> str | None:
    """The creditor's role a defined term of the party gives it ("the "Lender"" -> "Lender"),
    or None."""
    e = ctx.collector.get(ref)
    for alias in e.aliases if e is not None else ():
        role = role_of(alias)
        if role and singular(role).split()[-1].lower() in CREDITOR_HEADS:
            return role
    return None
