"""The parties of the preamble (or of the first place that names them): each name
with its descriptor and defined term, a table of labelled parties ("Party A:"),
and the defined terms whose names the recitals give later.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import Definition, definitions_in, find_definitions
from ingest.names import NameRun, clean_name, name_runs, singular, words
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.descriptions import (
    AFTER_PLACE_CUE,
    DOCUMENT,
    Party,
    describe,
    end_of_address,
    in_role_list,
    strip_leading_roles,
)
from ingest.parties.forms import suffix_type
from ingest.parties.lender_class import names_class
from ingest.parties.not_names import (
    NO_PARTY_TERMS,
    PLACE_WORDS,
    name_after_term,
    only_roles,
    only_terms,
)
from ingest.parties.role_words import role_of
from ingest.parties.spellings import core_words, display_name
from ingest.parties.zones import HEAD_WINDOW, party_zones, undersigned_opening
from ingest.structure import analyze

#: What introduces another name of the party just named: a trade name or a former name.
_TRADE_NAME = re.compile(
    r"(?i)\b(?:d/?b/?a/?|doing\s+business\s+as|f/?k/?a/?|a/?k/?a/?|formerly\s+known\s+as"
    r"|also\s+known\s+as|trading\s+as|t/a)[\s,:]*$"
)
#: ", an SFJ Holdings Group company", ", a member institution of The Acme University System",
#: ", a wholly owned subsidiary of publicly traded company Acme, Inc.", "c/o Gaylord Sports
#: Management": a company named inside what describes the party before it (its group, its
#: parent, the address it is reached at), never a party itself.
_DESCRIBED_IN = re.compile(
    r"(?:,\s*(?:an?\s+|the\s+(?=[a-z]))(?:[a-z][\w\-]*\s+){0,6}"
    r"|\b(?:subsidiary|affiliate|division|member|institution|unit|part|parent)\s+of\s+"
    r"(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,4}|\b(?:c/o|care\s+of)\s+)$"
)
#: "offices at One Capital City Plaza", "1120 S Capital of Texas Highway": what a street
#: (never a party, though it may hold an org word) follows.
_ADDRESS_BEFORE = re.compile(r"(?:\bat|\b\d+[A-Za-z]?)[ \t]+$")
#: "Co. Dublin", "Inc. and ...": a run that starts with a corporate suffix is a place or a
#: name cut elsewhere, never a name.
_SUFFIX_FIRST = ("Co. ", "CO. ", "Inc.", "INC.", "Ltd.", "LTD.", "Corp.", "CORP.")
AGREEMENT_TERM = re.compile(r"\b(?:Agreement|Note|Notes|Indenture|Lease|Guaranty|Guarantee)\b")


def _names_pending(text: str, pending: list[Party], d: Definition) -> bool:
    """Whether a term the title block gave the agreement ("CNET" read as the title's
    alias) is in fact the alias of the party named just before it: no "this" in its
    parenthesis, no document word in it."""
    return bool(
        pending
        and not DOCUMENT.search(d.term)
        and not re.search(r"\bthis\b", text[d.clause_start : d.start], re.IGNORECASE)
    )


def _inside(pos: int, defs: list[Definition]) -> bool:
    return any(d.clause_start <= pos < d.clause_end for d in defs if d.style == "paren")


#: Between two quoted terms of one parenthesis that name the same party: ("Omega" or
#: "Operator"), ("REIT" or the "Company"), ("FTE" or "Subcontractor").
_ALTERNATIVE = re.compile(r"[\"\u201d]?\s*,?\s*(?:or|and/or)\s+(?:the\s+)?[\"\u201c]")


def extract_parties(ctx: DocContext) -> None:
    """Parties of the preamble (or of the first place that names them, see
    :func:`party_zones`), their defined terms and PARTY_TO the own agreement."""
    st = analyze(ctx.text)
    if undersigned_opening(ctx.text) is not None:
        return  # the parties are the signers (ingest.undersigned), not the names above them
    if _labelled_parties(ctx):
        return
    for start, end, strict in party_zones(ctx.text, st):
        if _parties_in(ctx, start, end, strict=strict or st.preamble is None):
            _terms_named_in_preamble(ctx, start, end)
            return


#: "Party A: People's Government of Fenyi County", "Party B: Xinyu New Energy Co., Ltd." at
#: the head of a contract drafted as a table of parties: a label, a colon, then the name.
_PARTY_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>Party\s+[A-F]|PARTY\s+[A-F])\s*[:：]\s*")


def _labelled_parties(ctx: DocContext) -> bool:
    """Parties of a contract that names them in a table at its head ("Party A: ...", "Party
    B: ..."): the label is the party's alias. Two labels at least."""
    text = ctx.text
    head = min(len(text), HEAD_WINDOW)
    hits: dict[str, NameRun] = {}
    labels = list(_PARTY_LABEL.finditer(text, 0, head))
    for i, m in enumerate(labels):
        label = "Party " + m["label"][-1].upper()
        stop = labels[i + 1].start() if i + 1 < len(labels) else head
        runs = name_runs(text, m.end(), min(stop, m.end() + 200))
        if not runs or runs[0].start != m.end() or label in hits:
            continue
        run = runs[0]
        if len(words(run.text)) >= 2 and not only_roles(run.text):
            hits[label] = run
    if len(hits) < 2:
        return False
    for label, run in hits.items():
        ref = add_party(ctx, run.text, run.start, run.end, aliases=(label,))
        ctx.define(label, ref)
        party_to(ctx, ref, None, run.start, run.end)
    return True


def _parties_in(ctx: DocContext, start: int, end: int, *, strict: bool = False) -> bool:
    """Read the parties named in ``text[start:end]``; whether there were any. Outside the
    preamble (``strict``) a name counts only with a defined term or a descriptor of its
    own: headings and statutes stand there too."""
    text = ctx.text
    defs = [d for d in definitions_in(text, start, end) if d.style == "paren"]
    self_terms = {norm_term(t) for t, refs in ctx.terms.items() if ctx.self_ref in refs}
    known_terms = {norm_term(d.term) for d in find_definitions(text)}
    found: list[Party] = []
    pending: list[Party] = []
    events: list[tuple[int, object]] = [(r.start, r) for r in name_runs(text, start, end)]
    events += [(d.clause_start, d) for d in defs]
    events.sort(key=lambda e: (e[0], isinstance(e[1], NameRun)))
    last_clause = -1
    address_end = -1
    named_last: list[Party] = []  # the parties the last term named
    last_term_end = -1
    for pos, ev in events:
        if isinstance(ev, NameRun):
            run = strip_leading_roles(text, ev)
            if run is not None and (cut := name_after_term(run.text, known_terms | self_terms)):
                run = NameRun(run.start + cut, run.end, run.text[cut:])
            if (
                run is None
                or in_role_list(text, run)
                or only_terms(run.text, known_terms)
                or only_roles(run.text)
                or _inside(pos, defs)
                or AFTER_PLACE_CUE.search(text[max(0, pos - 30) : pos])
                or _DESCRIBED_IN.search(text, max(0, pos - 80), pos)
                or _ADDRESS_BEFORE.search(text, max(0, pos - 20), pos)
                or run.text.startswith(_SUFFIX_FIRST)
                or all(w in PLACE_WORDS for w in words(run.text))
            ):
                continue
            if found and _TRADE_NAME.search(text, max(0, pos - 30), pos):
                # "Holiday RV Superstores, Inc., d/b/a Recreation USA": the same party
                found[-1].aliases.append(clean_name(run.text))
                found[-1].end = max(found[-1].end, run.end)
                continue
            if pos < address_end:
                continue  # "Dun Laoghaire, Co. Dublin": a place in the party's address
            party = describe(ctx, run, end)
            if party:
                found.append(party)
                pending.append(party)
                address_end = end_of_address(text, party.end, end)
            continue
        assert isinstance(ev, Definition)
        d = ev
        if norm_term(d.term) in self_terms and not _names_pending(text, pending, d):
            continue
        if words(d.term) and words(d.term)[-1] in NO_PARTY_TERMS:
            continue  # ("the "Effective Date"", "the "Territory"") after a name: no party's
        if AGREEMENT_TERM.search(d.term):
            if found and not pending:
                break  # names after another agreement's term are that agreement's parties
            continue
        if not pending and not strict and (blank := _blank_party(text, d)) is not None:
            found.append(blank)  # "and ____________, a ______ corporation ("Distributor")"
            ctx.define(d.term, party_ref(d.term))
            last_clause, last_term_end = d.clause_start, d.end
            continue
        if pending and names_class(text, pending[-1].end, d.clause_start):
            pending = []  # "A, the banks from time to time party hereto (the "Banks")"
            continue
        same_clause = d.clause_start == last_clause and not pending
        members = ctx.lookup(d.term) if same_clause else []
        if same_clause and named_last and _ALTERNATIVE.fullmatch(text, last_term_end, d.start):
            # ("Omega" or "Operator"), ("REIT" or the "Company"): two names of the same party
            pending = list(named_last)
        last_clause, last_term_end = d.clause_start, d.end
        plural = singular(d.term) != d.term
        # "A, a Maryland corporation, and B, as agent (the "Agent")": a singular term names
        # the last party only; "A, B and C (the "Borrowers")" names them all
        # "(on behalf of itself and its Affiliates, individually and collectively referred
        # to as "Bellicum")": a singular term after one name is that party's alias
        if pending and (len(pending) > 1 or plural) and (d.collective or plural):
            for p in pending:
                p.role = p.role or role_of(d.term)
                p.aliases.append(d.term)
            ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in pending])
            named_last = list(pending)
        elif pending:
            # the last name before the term, unless it is a stray suffix ("..., NA")
            p = next((q for q in reversed(pending) if core_words(q.run.text)), pending[-1])
            p.aliases.append(d.term)
            p.role = p.role or role_of(d.term)
            p.end = max(p.end, d.clause_end)
            ctx.define(d.term, party_ref(display_name(ctx, p.run.text)))
            named_last = [p]
        elif members:
            ctx.define(d.term, *members)
        if d.clause_end >= pos:
            pending = []
    if strict:
        found = [
            p
            for p in found
            if p.aliases or p.props.get("entity_type") or p.role or suffix_type(p.run.text)
        ]
    for p in found:
        kind = p.props.pop("kind", None)
        ref = add_party(
            ctx,
            p.run.text,
            p.run.start,
            p.end,
            kind=kind if isinstance(kind, str) else None,
            props=p.props,
            aliases=tuple(p.aliases),
        )
        party_to(ctx, ref, p.role, p.run.start, p.end)
    return bool(found)


#: A party's name left blank in a form of agreement: a line to fill in, "<<enter Company
#: Name>>", "[Name of Distributor]", "[●]".
_BLANK = re.compile(
    r"_{4,}|<<[^<>\n]{0,40}>>|\[\s*(?:[●•*]|(?i:name|insert|company|party)\b)[^\]\n]{0,40}\]"
)


#: A blank where the list of parties goes on: "between", "among" or "and" before it.
_LISTED_BLANK = re.compile(r"\b(?:between|among|and|AND)\b[ \t]*:?\s*(?=[_<\[])")


def _blank_party(text: str, d: Definition) -> Party | None:
    """A party a form of agreement leaves blank, known only by its role term: "and
    ______________, a corporation organized under the laws of ________ ("Distributor")".
    The term is the only name the party has, so it stands as its name. Only where the list
    of parties goes on ("between", "and" right before the blank: never "promises to pay to
    ________ (the "Holder")" or "for value received, ______ or its assigns (the "Holder")")
    and only a role word (never "Territory")
    after a clause with no name in it."""
    if d.style != "paren" or role_of(d.term) in (None, "Party"):
        return None
    antecedent = text[d.antecedent_start : d.clause_start]
    listed = _LISTED_BLANK.search(antecedent)
    if listed is None or not _BLANK.match(antecedent, listed.end()):
        return None
    if any(r.is_org for r in name_runs(antecedent)):
        return None
    run = NameRun(d.start, d.end, d.term)
    return Party(run, d.clause_end, {}, [], role_of(d.term))


def _terms_named_in_preamble(ctx: DocContext, start: int, end: int) -> None:
    """ "by and between Company and Holder (each as defined below)": the parties are the
    defined terms the recitals give names to; link them once those names are known."""
    text = ctx.text
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text[start:end]):
        term = m.group(1)
        if role_of(term) is None:
            continue
        for ref in ctx.lookup(term):
            e = ctx.collector.get(ref)
            if e is not None and e.label == "Party":
                party_to(ctx, ref, role_of(term), start + m.start(), start + m.end())
