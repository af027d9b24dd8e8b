"""LENDS_TO, ISSUES, HOLDS and ISSUED_UNDER implied by the roles of a credit document: a
lender role lends to a borrower role, lenders named only as a class are those signing as
lenders, and the notes a credit agreement defines are issued by its borrowers and held by
its lenders.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.records import PropValue, Span
from ingest.relations.class_agreements import class_agreements, class_letter
from ingest.relations.designated_borrowers import borrowers_designated_later
from ingest.relations.issued_hereunder import issued_hereunder
from ingest.relations.lending import class_lends_to
from ingest.relations.listed_notes import CLASS_PAYEE, ONE_CAPACITY_PAYEE
from ingest.relations.obligations import secured_agreement
from ingest.relations.party_roles import (
    BORROWER_ROLES,
    LENDER_ROLES,
    NOTE_ISSUER_ROLES,
    Roles,
    credit_subjects,
    named_party,
    other_deals,
    own_parties,
    same_deal,
    term_roles,
)
from ingest.relations.signed_commitments import signed_commitment
from ingest.relations.slots import parties_named
from ingest.roles import Signing, names_lenders_as_class
from ingest.rules import passage, rule


def add_clause_borrowers(ctx: DocContext, roles: Roles, signed: list[Signing]) -> None:
    """The own parties the lenders' class agrees to lend to ("Each Bank severally agrees ... to
    make loans to Tamarack", "each Lender agrees to make Revolving Loans to the Company and the
    Canadian Borrower") borrow, whatever their role words ("Tamarack", "the Partnership", "the
    Company"); their borrower's role is stated by that clause."""
    credit, _ = credit_subjects(ctx)
    if not credit:
        return
    end = _signatures_start(ctx, signed)
    mine = own_parties(ctx)
    for ref, span in class_lends_to(ctx, end):
        if ref not in mine:
            continue
        rs, spans = roles.setdefault(ref, (set(), []))
        if not rs & LENDER_ROLES:
            rs.add("borrower")
            spans.append(span)


def add_signing_borrowers(ctx: DocContext, roles: Roles, signed: list[Signing]) -> None:
    """ "INMAC CORP., INMAC B.V., INMAC GMBH ... each a Borrower": a company whose block stands
    between two borrowers' blocks on the signature pages, signing in no capacity and under no
    caption of its own, with no role the text gives it, is one of those borrowers (a cover's
    list whose role binds to some names only), never one of the lenders signing below.
    Evidence: its block."""
    credit, _ = credit_subjects(ctx)
    if not credit:
        return
    heads = [s for s in signed if s.heads_block and not s.acknowledgment]

    def borrows(s: Signing) -> bool:
        rs = roles.get(s.ref, (set(), []))[0]
        return bool(rs & BORROWER_ROLES) and not rs & LENDER_ROLES

    for before, s, after in zip(heads, heads[1:], heads[2:], strict=False):
        if s.capacity or s.lends or roles.get(s.ref, (set(), []))[0]:
            continue
        if not (borrows(before) and borrows(after)) or not named_party(ctx, s.ref):
            continue
        if s.caption != before.caption or s.ref in (before.ref, after.ref):
            continue
        roles[s.ref] = ({"borrower"}, [s.span])


def _signatures_start(ctx: DocContext, signed: list[Signing]) -> int:
    """Where the first signature block begins (the text's end where none is read)."""
    return min(s.span.start for s in signed) if signed else len(ctx.text)


def extract_role_lending(ctx: DocContext, roles: Roles, signed: list[Signing]) -> None:
    """ "A ("Borrower") and B ("Lender") are parties to the Loan Agreement": in a document
    about credit, each party in a lender role LENDS_TO each party in a borrower role; under a
    note the borrower ISSUES it and the lender HOLDS it. Agents, guarantors and creditors of
    other kinds are not lenders, nor is a company that signs only under an acknowledgment
    below the parties' blocks; evidence is where each role is stated."""
    credit, notes = credit_subjects(ctx)
    if not credit:
        return
    owing = BORROWER_ROLES | (NOTE_ISSUER_ROLES if notes else frozenset())
    # a holder or lender the opening defines by its term ("in favor of Yakima Plains Bank
    # ("Holder")") that signs under "ACCEPTED AND AGREED" accepts as that party, not as a
    # company acknowledging from below
    stated = term_roles(ctx)
    acknowledging = {
        s.ref
        for s in signed
        if s.acknowledgment and not s.lends and not stated.get(s.ref, set()) & LENDER_ROLES
    }
    lenders = [
        r
        for r, (rs, _) in roles.items()
        if rs & LENDER_ROLES and not rs & owing and r not in acknowledging
    ]
    borrowers = [r for r, (rs, _) in roles.items() if rs & owing and not rs & LENDER_ROLES]
    if lenders and not borrowers:
        borrowers = company_borrowers(ctx, roles)
    own_lenders, borrowers = _parties_of_own_note(ctx, notes, lenders, borrowers)
    for lender in lenders:
        for borrower in (b for b in borrowers if same_deal(roles, lender, b)):
            props: dict[str, PropValue] = {}
            if len(notes) == 1 and lender in own_lenders:
                held = ctx.collector.entities[notes[0]].props
                props = {"instrument": notes[0], "amount": held.get("amount")}
                props["currency"] = held.get("currency")
            for ev in roles[lender][1][:1] + roles[borrower][1][:1]:
                ctx.collector.relate("LENDS_TO", lender, borrower, ev, props)
    for note in notes:
        pairs = [(b, "ISSUES") for b in borrowers] + [(h, "HOLDS") for h in own_lenders]
        for party, kind in pairs:
            for ev in roles[party][1][:1]:
                ctx.collector.relate(kind, party, note, ev)


def company_borrowers(ctx: DocContext, roles: Roles) -> list[str]:
    """The parties a credit document names "the Company" and no other role: where it names
    no borrower, "the Company" it lends to is the borrower ("among Corvell Industries, Inc.
    (the "Company") and the Lenders"), unless it defines its borrowers as subsidiaries the
    Company designates later. Where no defined term of the document names "the Company" (an
    amendment that borrows the term from the agreement it amends), the one party whose only
    role is the Company's (its signature caption "COMPANY:", its PARTY_TO role) is."""
    if borrowers_designated_later(ctx):
        return []
    termed = termed_company(term_roles(ctx), roles)
    if termed:
        return termed
    only = [r for r, (rs, _) in roles.items() if rs == {"company"} and named_party(ctx, r)]
    return only if len(only) == 1 else []


def termed_company(stated: dict[str, set[str]], roles: Roles) -> list[str]:
    """The parties whose only role term (``stated``, :func:`.party_roles.term_roles`) is
    "the Company"."""
    return [r for r, rs in stated.items() if rs == {"company"} and r in roles]


def _parties_of_own_note(
    ctx: DocContext, notes: list[str], lenders: list[str], borrowers: list[str]
) -> tuple[list[str], list[str]]:
    """In a note's own text whose promise makes a lender and a borrower parties to it, the
    lenders that hold the note and the borrowers that owe: those two sides only. The "Company"
    whose stock an acquisition note pays for owes nothing; the "Senior Lender" of a loan the
    note is subordinated to holds no note (it lends to the maker still, under its own loan)."""
    if ctx.self_ref not in notes:
        return lenders, borrowers
    to_note = own_parties(ctx)
    own_lenders = [r for r in lenders if r in to_note]
    own_borrowers = [r for r in borrowers if r in to_note]
    if own_lenders and own_borrowers:
        return own_lenders, own_borrowers
    return lenders, borrowers


def extract_signed_lending(ctx: DocContext, roles: Roles, signed: list[Signing]) -> list[str]:
    """ "among the Borrower, the Lenders party hereto and the Agent": in a credit agreement
    (or its amendment) lenders named only as a class are the companies signing as lenders
    ("individually and as Administrative Agent", "as a Lender") and, in that class, those
    signing in no capacity of their own that the text before gives no role but an agent's.
    Each LENDS_TO the borrowers; evidence: the signature block and the borrower's role."""
    credit, notes = credit_subjects(ctx)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    classed = names_lenders_as_class(ctx)
    if not (credit or classed) or notes or own is None or own.label != "Agreement":
        return []
    if own.props.get("kind") in _GIVEN_KINDS:
        return []  # its signers give a guaranty or security: none signs as one of the lenders
    stated = term_roles(ctx)
    borrowers = [r for r, (rs, _) in roles.items() if rs & BORROWER_ROLES and not rs & LENDER_ROLES]
    start = _signatures_start(ctx, signed)
    if not borrowers:
        borrowers = company_borrowers(ctx, roles)
    elif all(any("subsidiary" in x for x in roles[r][0]) for r in borrowers):
        # "the Company, the Foreign Subsidiary Borrowers ...": subsidiaries borrow beside the
        # Company, which borrows too
        borrowers += [r for r in termed_company(stated, roles) if r not in borrowers]
    if not borrowers:
        # no borrower known: nothing tells the lenders signing from the borrower signing
        return []
    found: list[str] = []
    role = _class_role(ctx.text[:start])
    # a letter to the lenders' class: the companies accepting it below are of that class
    accepting = class_letter(ctx)
    for s in signed:
        if (s.acknowledgment and not (s.lends or accepting)) or not s.heads_block:
            continue
        if s.ref in borrowers or not named_party(ctx, s.ref):
            continue
        # "ACKNOWLEDGED AND AGREED:" over the acceptances: the acceptance, no capacity's caption
        caption = "" if accepting and s.acknowledgment.upper().startswith(s.caption) else s.caption
        if s.lends:
            lender = True
        elif s.capacity or not classed or caption not in ("", "LENDER", "BANK"):
            lender = False
        elif roles.get(s.ref, (set(), []))[0] & _GIVER_ROLES:
            # "Existing Guarantors:" over its block, a caption in mixed case: it stands
            # behind the loans, and is none of the lenders' class
            lender = False
        elif stated.get(s.ref):  # named before in roles of its own: lends if only an agent
            lender = all("agent" in r for r in stated[s.ref])
        else:  # no capacity and no role: one of the class unless named before as no agent
            lender = (
                not _named_before(ctx, s.ref, start)
                or _named_as_agent(ctx, s.ref, start)
                or _named_as_lender(ctx, s.ref, start)
            )
        if not lender:
            continue
        found.append(s.ref)
        _carry_lender(ctx, s.ref, s.span, role)
        # "$20,000,000    MORGAN GUARANTY": the commitment beside its name, for one borrower
        money = signed_commitment(ctx, s.span) if len(borrowers) == 1 else {}
        for borrower in borrowers:
            if borrower != s.ref and same_deal(roles, s.ref, borrower):
                for ev in [s.span, *roles[borrower][1][:1]]:
                    ctx.collector.relate("LENDS_TO", s.ref, borrower, ev, money)
    return found


#: the roles of those who stand behind the loans (a caption above their blocks gives them)
_GIVER_ROLES = frozenset({"guarantor", "grantor", "pledgor"})


#: agreements that guarantors, grantors and pledgors give: their signers are no class lenders
_GIVEN_KINDS = frozenset({"guaranty", "pledge_agreement", "security_agreement"})


#: the term a credit agreement calls its lenders by when it is not "Lenders": "the financial
#: institutions signatory hereto (the "Banks")"
_BANKS_CLASS = re.compile(r"[\"“]Banks[\"”]")
_LENDERS_CLASS = re.compile(r"[\"“]Lenders[\"”]")


def _class_role(text: str) -> str:
    """The role a lender of the class signs in: "Bank" where the text before the signatures
    calls its lenders "Banks" and never "Lenders", else "Lender"."""
    return "Bank" if _BANKS_CLASS.search(text) and not _LENDERS_CLASS.search(text) else "Lender"


def _carry_lender(ctx: DocContext, ref: str, span: Span, role: str) -> None:
    """A lender of the class signs as one of the class (its role onto its PARTY_TO edge where
    the page gave it no role) and, as only the parties to an agreement amend it, is party to
    the agreements the own one amends, as it is to the one a waiver or consent names it the
    class of (:func:`.class_agreements.class_agreements`); evidence: its signature block."""
    own = ctx.self_ref or ""
    ctx.collector.relate("PARTY_TO", ref, own, span, {"role": role})
    for k in list(ctx.collector.relations):
        if k[0] == "AMENDS" and k[1] == own and not _lender_replaced(ctx, k[2]):
            ctx.collector.relate("PARTY_TO", ref, k[2], span, {"role": role})
    # a waiver or consent of an agreement whose lenders it names as a class: party to it too
    for concerned, statement in class_agreements(ctx):
        for ev in (span, statement):
            ctx.collector.relate("PARTY_TO", ref, concerned, ev, {"role": role})


_LENDING_ROLE = re.compile(r"(?i)\b(?:lender|bank)s?\b")


def _lender_replaced(ctx: DocContext, earlier: str) -> bool:
    """Whether the earlier agreement names a lender of its own that is no party to the own one:
    "amending and restating the Credit Agreement ... between the Borrower and First Bank (the
    "Existing Lender")" where a new lender signs: the new lender was never party to it."""
    own = ctx.self_ref or ""
    relations = ctx.collector.relations
    return any(
        k[0] == "PARTY_TO"
        and k[2] == earlier
        and _LENDING_ROLE.search(str(r.props.get("role") or ""))
        and ("PARTY_TO", k[1], own) not in relations
        for k, r in relations.items()
    )


#: notes a credit agreement's borrower gives its lenders ("Revolving Note", "Term Note",
#: "Line of Credit Note"), not securities sold under an indenture or between affiliates
_LOAN_NOTE = re.compile(
    r"(?i)\b(?:revolving|term|line\s+of\s+credit|swing\s*line|credit|loan|promissory|replacement)"
    r"\b.*\bnotes?$"
)


_DEFINED_AS_LOAN_NOTE = re.compile(
    r"(?i)\b(?:promissory|revolving|term|credit|loan)\s+notes?\s*\((?:each\s+|collectively\s+)?(?:the\s+)?[\"\u201c]"
)


_NOT_LOAN_NOTE = re.compile(r"(?i)\b(?:senior|subordinated|convertible|intercompany|exchange)\b")


def extract_loan_notes(ctx: DocContext, roles: Roles, signing_lenders: list[str]) -> None:
    """The notes a credit agreement (or its amendment) defines: its borrowers ISSUE them, its
    lenders HOLD them, and they are ISSUED_UNDER the credit agreement. Evidence: where the
    note is defined and where each role is stated."""
    credit, own_notes = credit_subjects(ctx)
    agreement = secured_agreement(ctx) if credit and not own_notes else None
    if agreement is None:
        return
    owing = [r for r, (rs, _) in roles.items() if rs & BORROWER_ROLES and not rs & LENDER_ROLES]
    if not owing:  # "the Company" of a credit agreement (one company alone) is its borrower
        owing = termed_company(term_roles(ctx), roles)
        owing = owing if len(owing) == 1 else []
    lenders = [r for r, (rs, _) in roles.items() if rs & LENDER_ROLES and not rs & BORROWER_ROLES]
    lenders += [r for r in signing_lenders if r not in lenders]
    # a defined term bound to a corporate form alone ("NATIONAL ASSOCIATION") holds nothing
    # nor does a borrower that makes the notes, whatever a misread role added to its own
    lenders = [r for r in lenders if named_party(ctx, r) and r not in owing]
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if e.label != "Instrument" or e.contained or not isinstance(title, str):
            continue
        # "new promissory notes (the "New Dollar Notes")": the defining words may say it
        defined_as = _DEFINED_AS_LOAN_NOTE.search(e.evidence[0].text) if e.evidence else None
        if e.props.get("kind") != "note" or not (_LOAN_NOTE.search(title) or defined_as):
            continue
        if _NOT_LOAN_NOTE.search(title) or not owing or _made_by_another(ctx, ref, owing):
            continue
        dated, since = e.props.get("date"), ctx.collector.entities[agreement].props.get("date")
        if isinstance(dated, str) and isinstance(since, str) and dated < since:
            continue  # a note older than the credit agreement was not issued under it
        ev = e.evidence[0]
        # "a Replacement Note issued ... pursuant to this Agreement": the amendment's own
        ctx.collector.relate("ISSUED_UNDER", ref, issued_hereunder(ctx, ev.text) or agreement, ev)
        issuers = _named_issuers(ctx, ev.text, owing) or owing
        holders = _one_capacity_payee(ctx, roles, _defining_sentence(ctx, ev))
        holders = lenders if holders is None else holders
        for party, kind in [(b, "ISSUES") for b in issuers] + [(h, "HOLDS") for h in holders]:
            for span in [ev, *roles.get(party, (set(), []))[1][:1]]:
                ctx.collector.relate(kind, party, ref, span)


def _defining_sentence(ctx: DocContext, ev: Span) -> str:
    """The note's defining evidence and the rest of its sentence, where the evidence stops at
    the note's name ("the Borrowers shall deliver to the Agent a duly executed Swingline Note"
    ... "and be payable to the order of the Agent")."""
    if ctx.text[ev.start : ev.end] != ev.text or re.search(r"[.;]\s|\n\s*\n", ev.text):
        return ev.text  # a span that ends its sentence (or is not the text's own): read as is
    rest = ctx.text[ev.end : ev.end + 600]
    stop = re.search(r"\.\s+(?=[A-Z(])|;|\n\s*\n", rest)
    return ev.text + (rest[: stop.start()] if stop else rest)


def _made_by_another(ctx: DocContext, note: str, owing: list[str]) -> bool:
    """Whether the text names a maker of the note that is none of the borrowers (a pledged
    note a schedule lists, "issued by Redmarsh Drayage LLC to Redmarsh Freight, Inc."): the
    note is that company's, not one the borrowers give the lenders."""
    return any(
        kind == "ISSUES" and target == note and source not in owing
        for kind, source, target in ctx.collector.relations
    )


#: a loan note made payable to the agent alone: "which shall evidence the Swingline Loans made by
#: the Agent and be payable to the order of the Agent", "payable to the order of the
#: Administrative Agent for the benefit of the Lenders": the agent holds it, not each lender
AGENT_PAYEE = rule(
    "relations.role_lending.agent_payee",
    r"\b(?:payable\s+to(?:\s+the\s+order\s+of)?|to\s+the\s+order\s+of|in\s+favou?r\s+of)"
    r"\s+the\s+(?P<term>(?:[A-Z][\w-]*\s+){0,2}Agent)\b(?!s|\s*,?\s*(?:or|and)\b|\s*/)",
    reads="a loan note's defining clause whose payee is the agent alone: 'payable to the order of"
    " the Agent'",
    matches=[
        passage(
            "which shall evidence the Swingline Loans made by the Agent and be payable to the"
            " order of the Agent in the principal amount of $25,000,000",
            term="Agent",
        ),
        passage(
            "dated the date hereof, payable to the order of the Administrative Agent for the"
            " benefit of the Lenders",
            term="Administrative Agent",
        ),
        passage("a promissory note made by the Borrower in favor of the Agent", term="Agent"),
    ],
    rejects=[
        "the amounts so payable to the Agent or such Bank shall be increased",
        "all amounts then due and payable to the Agent and the Banks under this Agreement",
        "payable to the order of such Bank",
        "payable to the Agents for the account of each Lender",
        "payable to the Swingline Lender",
    ],
)


def _one_capacity_payee(ctx: DocContext, roles: Roles, clause: str) -> list[str] | None:
    """The lender a loan note's defining clause makes it payable to in a capacity the class does
    not share ("the Swingline Note, payable to the order of the Swingline Lender"): the party
    that term names or that holds that role ("as administrative agent and as swingline lender
    (in such capacity, the "Swingline Lender")"), else nobody; None when the clause names no
    such payee (or also "such Lender": the class's notes), so that every lender holds one.
    A note payable to the agent (:data:`AGENT_PAYEE`) is the agent's alike."""
    if CLASS_PAYEE.search(clause):
        return None
    one = ONE_CAPACITY_PAYEE.search(clause) or AGENT_PAYEE.search(clause)
    if one is None:
        return None
    term = " ".join(one["term"].split())
    named = [r for r in ctx.lookup(term) if named_party(ctx, r)]
    return named or [r for r, (rs, _) in roles.items() if norm_term(term) in rs]


def _named_issuers(ctx: DocContext, clause: str, owing: list[str]) -> list[str]:
    """The borrowers a note's defining clause names as its maker ("received from the Company
    new promissory notes ... executed and delivered by the Company"); [] when it names none."""
    named: list[str] = []
    for m in re.finditer(
        r"\b(?:by|from|of)\s+(?:the\s+|each\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", clause
    ):
        # else a second term its definition gave it ("the "Borrower" and the "Company"")
        refs = parties_named(ctx, m.group(1)) or [r for r in owing if _quotes(ctx, r, m.group(1))]
        named += [r for r in refs if r in owing and r not in named]
    return named


def _quotes(ctx: DocContext, ref: str, term: str) -> bool:
    """Whether the party's PARTY_TO statement defines ``term`` for it ("(the "Borrower" and
    the "Company")"), where only its first term was bound."""
    rel = ctx.collector.relations.get(("PARTY_TO", ref, ctx.self_ref or ""))
    quoted = rf"[\"\u201c]{re.escape(term)}[\"\u201d]"
    return rel is not None and any(re.search(quoted, sp.text) for sp in rel.evidence)


#: "WELLS FARGO BANK, N.A., ... and KEY BANK, as Co-Agents (collectively, ...": the capacity
#: a list of names ends with, up to the parenthesis that defines its term; only the first
#: capacity after the name is its own ("MONSANTO COMPANY, as Guarantor, ... ACME BANK, as
#: Administrative Agent": a cover's list gives each name its capacity)
_AS_AGENT = re.compile(
    r"(?is)(?:(?!\bas\s)[^(;.]|\.(?=\S)){0,300}?\bas\s+(?:[\w-]+\s*){0,3}?agents?\b"
)


def _named_as_agent(ctx: DocContext, ref: str, pos: int) -> bool:
    """Whether the text before ``pos`` names the party as an agent of the lenders (an agent
    of a syndicate that signs in no other capacity is one of its lenders)."""
    e = ctx.collector.get(ref)
    spans = [sp for sp in e.evidence if sp.end <= pos] if e else []
    # from the name's start: its span may hold the capacity ("Morgan Guaranty Trust Company
    # of New York,\nas Agent")
    return any(_AS_AGENT.match(ctx.text, sp.start, min(pos, sp.end + 300)) for sp in spans[:3])


#: "... and Bank of Ontario as Lender": a lending capacity right after a name
_AS_LENDER = re.compile(r"\s*,?\s*as\s+(?:a\s+|the\s+)?(?:Lender|Bank)s?\b")


def _named_as_lender(ctx: DocContext, ref: str, pos: int) -> bool:
    """Whether the text before ``pos`` names the party as a lender right after its name (in
    the party list of another credit agreement the definitions mention): a bank, which signs
    under the lenders' caption as one of them."""
    e = ctx.collector.get(ref)
    spans = [sp for sp in e.evidence if sp.end <= pos] if e else []
    return any(_AS_LENDER.match(ctx.text, sp.end, pos) for sp in spans)


def _named_before(ctx: DocContext, ref: str, pos: int) -> bool:
    """Whether the party is named in the text before ``pos`` (the preamble, the recitals),
    other than as a party of another deal the text only mentions (the trustee of a mortgage
    "between the Borrower and Wachovia Bank, National Association" that signs as a lender)."""
    e = ctx.collector.get(ref)
    others = other_deals(ctx)
    elsewhere = [
        sp
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and r.source == ref and r.target in others
        for sp in r.evidence
    ]
    return e is not None and any(
        sp.start < pos and not any(o.start <= sp.start < o.end for o in elsewhere)
        for sp in e.evidence
    )
