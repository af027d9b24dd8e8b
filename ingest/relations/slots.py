"""The shared helpers of the relation readers: resolve the noun phrase in a verb's slot
("the Bank", "each Lender", a company's name, "the Credit Agreement", "the Notes") to the
refs of the document's parties, agreements and instruments, and cite a sentence.

One module so that every reader resolves a slot the same way; a slot that resolves to
nothing drops the relation (a wrong edge is worse than a missing one).
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import find_definitions
from ingest.instruments.terms import parse_amount
from ingest.names import is_org_name, name_runs
from ingest.parties.add import add_party
from ingest.parties.forms import stated_form
from ingest.parties.role_words import has_role, role_of
from ingest.records import PropValue, Span
from ingest.references.keys import norm_title
from ingest.references.titles import clean_title
from ingest.relations.defined_companies import company_for_term

QUOTE = '["\u201c\u201d]'


def trimmed(ctx: DocContext, start: int, end: int) -> Span:
    """The span of ``[start, end)`` without its surrounding whitespace (a sentence cited)."""
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return ctx.span(start, end)


def labelled(ctx: DocContext, refs: list[str], label: str) -> list[str]:
    """The refs of ``refs`` whose entity has this label (a term may name a party or a deal)."""
    return [r for r in refs if (e := ctx.collector.get(r)) is not None and e.label == label]


def name_key(name: str) -> str:
    """A name lower-cased, punctuation to spaces: the key names are compared and refs built by."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def parties_in_role(ctx: DocContext, term: str) -> list[str]:
    """Parties the text puts in the role a term names ("the Lenders" when no definition
    binds the word, but companies sign under "Lender:"); [] for a word that is no role."""
    role = role_of(term)
    if role is None:
        return []
    return [
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and has_role(r.props.get("role"), role)
    ]


def bears_name(ctx: DocContext, ref: str, name: str) -> bool:
    """Whether party ``ref`` bears the name ``name`` (a schedule row's), not only a role or
    term the name's last word gives."""
    e = ctx.collector.get(ref)
    return e is not None and norm_term(str(e.props.get("name") or "")) == norm_term(name)


def parties_named(ctx: DocContext, phrase: str) -> list[str]:
    """Party refs a noun phrase names: a defined term ("the Bank", "each Lender"), the role
    parties sign in, or a name."""
    p = re.sub(r"\s+", " ", phrase).strip(" ,;:().")
    p = re.sub(r"^(?:each\s+of\s+the|each|all\s+of\s+the|any|the|such|said)\s+", "", p, flags=re.I)
    words = p.split()
    for n in range(min(len(words), 6), 0, -1):
        tail = " ".join(words[-n:])
        refs = labelled(ctx, ctx.lookup(tail), "Party")
        if not refs and tail.endswith("s"):
            refs = labelled(ctx, ctx.lookup(tail[:-1]), "Party")
        if not refs and not tail.endswith("s"):
            refs = labelled(ctx, ctx.lookup(tail + "s"), "Party")
        if not refs and tail[:1].isupper():
            refs = list(dict.fromkeys(parties_in_role(ctx, tail)))
        if refs:
            return refs
    return named_only(ctx, p)


def stated_parties(ctx: DocContext, phrase: str) -> list[str]:
    """Parties a noun phrase names by a defined term or by name (``parties_named`` without its
    fallback to the role parties sign in)."""
    p = re.sub(r"\s+", " ", phrase).strip(" ,;:().")
    p = re.sub(r"^(?:each\s+of\s+the|each|all\s+of\s+the|any|the|such|said)\s+", "", p, flags=re.I)
    words = p.split()
    for n in range(min(len(words), 6), 0, -1):
        tail = " ".join(words[-n:])
        for variant in (tail, tail[:-1] if tail.endswith("s") else tail + "s"):
            refs = labelled(ctx, ctx.lookup(variant), "Party")
            if refs:
                return refs
    return named_only(ctx, p)


def instruments_in(ctx: DocContext, phrase: str) -> list[str]:
    """Instrument refs a phrase names through a defined term or a title."""
    out: list[str] = []
    for m in re.finditer(
        r"(?:[A-Z][\w-]*\s+){0,4}(?:Notes?|Warrants?|Debentures?|Bonds?)\b", phrase
    ):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            refs = labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Instrument")
            if not refs and n == 1 and not words[-1].endswith("s"):
                # "a Note" of the class the document defines as the "Notes"
                refs = labelled(ctx, ctx.lookup(words[-1] + "s"), "Instrument")
            if not refs and words[-1].endswith("s"):
                # "the Unit Notes" of a class defined by one of them ("each, a "Unit Note"")
                one = " ".join([*words[-n:-1], words[-1][:-1]])
                refs = labelled(ctx, ctx.lookup(one), "Instrument")
            if refs:
                out.extend(r for r in refs if r not in out)
                break
    return out


def agreements_in(ctx: DocContext, phrase: str) -> list[str]:
    """Agreement refs a phrase names, by defined term or by title (first one wins); a title may
    join its words with "and" or "of" ("Note and Warrant Purchase Agreement")."""
    for m in re.finditer(
        r"(?:[A-Z][\w'\u2019-]*\s+(?:(?:[A-Z][\w'\u2019-]*|and|of)\s+){0,5})?"
        r"(?:Agreement|Lease|Guaranty|Indenture)\b",
        phrase,
    ):
        words = m.group(0).split()
        # "the Stock Pledge Agreement" is never what a bare "Agreement" names ("this Agreement")
        shortest = 1 if len(words) == 1 else 2
        for n in range(len(words), shortest - 1, -1):
            refs = labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Agreement")
            if refs:
                return refs
        want = norm_title(clean_title(m.group(0)))
        for ref, e in ctx.collector.entities.items():
            t = e.props.get("title")
            if e.label == "Agreement" and isinstance(t, str) and norm_title(t) == want:
                return [ref]
    # a title joining words with "and" or "of" ("Mortgage and Security Agreement"), whole
    for m in _JOINED_TITLE.finditer(phrase):
        want = norm_title(clean_title(m.group(0)))
        for ref, e in ctx.collector.entities.items():
            t = e.props.get("title")
            if e.label == "Agreement" and isinstance(t, str) and norm_title(t) == want:
                return [ref]
    return []


#: an agreement's title whose words "and", "of" or "to" join ("Mortgage and Security Agreement",
#: "Assignment of Rents and Security Agreement")
_JOINED_TITLE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:,?\s+(?:(?:and|of|to|&)\s+)?[A-Z][\w'\u2019-]*){0,8}?\s+"
    r"(?:Agreement|Lease|Guaranty|Indenture|Mortgage|Deed\s+of\s+Trust)\b"
)


def self_label(ctx: DocContext) -> str | None:
    """The label of the document's own entity (Agreement, Instrument), None when unknown."""
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return e.label if e else None


def own_base_agreement(ctx: DocContext) -> str | None:
    """The document's own agreement unless it is an amendment (whose facilities, notes and
    payment terms are the amended agreement's, restated), None when the document is no
    agreement."""
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if e is None or e.label != "Agreement" or e.props.get("kind") == "amendment":
        return None
    return ctx.self_ref


def nearest_contained_instrument(ctx: DocContext, pos: int) -> str | None:
    """The instrument whose own text is around ``pos`` (the document's, or an exhibit's)."""
    if self_label(ctx) == "Instrument":
        return ctx.self_ref
    best: tuple[int, str] | None = None
    for ref, e in ctx.collector.entities.items():
        if e.label == "Instrument" and e.contained:
            d = min(abs(s.start - pos) for s in e.evidence)
            if d < 4000 and (best is None or d < best[0]):
                best = (d, ref)
    return best[1] if best else None


def amount_props(sentence: str) -> dict[str, PropValue]:
    """The amount ``parse_amount`` reads in a clause, as relation properties ({} when none)."""
    found = parse_amount(sentence)
    return {"amount": found[0], "currency": found[1]} if found else {}


QUOTED_TERM = re.compile(rf"{QUOTE}([^\"\u201c\u201d]{{1,60}}){QUOTE}")


def named_only(ctx: DocContext, chunk: str) -> list[str]:
    """Parties whose legal name a list item spells (not a defined term such as "Company")."""
    key = name_key(chunk)
    if len(key) < 4:
        return []
    out, exact = [], []
    for ref, e in ctx.collector.entities.items():
        name = e.props.get("name")
        if e.label == "Party" and isinstance(name, str):
            nk = name_key(name)
            if nk and (key == nk or (len(key) > 8 and (key in nk or nk in key))):
                out.append(ref)
                if nk == key:
                    exact.append(ref)
    # a party spelled exactly so is the one meant, not another whose name holds its name
    # ("Jose Castaneda and Energy Source Distributors, Inc." read as one name elsewhere)
    if exact:
        return exact
    # "American Skiing Company Resort Properties" names the subsidiary whose name holds the
    # words, not also its parent "American Skiing Company" whose whole name the chunk passes
    keys = {ref: name_key(str(ctx.collector.entities[ref].props.get("name"))) for ref in out}
    return [
        ref
        for ref in out
        if not any(
            other != ref and keys[ref] in keys[other] and len(keys[other]) > len(keys[ref])
            for other in out
        )
        or keys[ref] not in key
    ]


def party_by_definition(ctx: DocContext, text: str, pos: int) -> list[str]:
    """The company a term that ends ``text`` ("the Grantor", "each Guarantor") stands for when
    no reader linked the term yet: the one named right before the nearest parenthesised
    definition of the term before ``pos`` ("Halberd Instruments Inc. (the "Grantor")" in an
    attached security agreement, whose parties are read after the relations)."""
    m = re.search(r"\b(?:the|each|such)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$", text)
    if m is None:
        return []
    want = norm_term(m.group(1))
    defs = [
        d
        for d in find_definitions(ctx.text)
        if d.style == "paren" and d.start < pos and norm_term(d.term) in (want, want + "s")
    ]
    if not defs:
        return []
    d = defs[-1]
    # the name right before the parenthesis, or before its descriptor (", a Delaware
    # corporation", whose capitalised place is no name)
    for r in reversed(name_runs(ctx.text, max(0, d.clause_start - 200), d.clause_start)):
        if re.search(r"\ban?\s+$", ctx.text[max(0, r.start - 4) : r.start]):
            continue
        if r.is_org and _DESCRIBED.fullmatch(ctx.text[r.end : d.clause_start]):
            return party_or_company(ctx, r.text, ctx.span(r.start, r.end))
        break
    return []


_DESCRIBED = re.compile(r"[\s,]*(?:an?\s+[\w\s.-]{0,60}?)?[\s,]*")


def known_party(ctx: DocContext, name: str) -> list[str]:
    """The party a list names by a defined term, a party's name or a short term a definition
    makes stand for a company: :func:`party_or_company` without making a new one."""
    refs = labelled(ctx, ctx.lookup(name), "Party") or named_only(ctx, name)
    return (refs or company_for_term(ctx, name))[:1]


def party_or_company(ctx: DocContext, name: str, at: Span) -> list[str]:
    """The party a list of guarantors names: a defined term ("DPA"), a party's name, else a
    company made a party here, cited at ``at`` (a person or a bare word names no one new)."""
    refs = labelled(ctx, ctx.lookup(name), "Party") or named_only(ctx, name)
    # '"Guarantor" means Prism.' where '"Prism" means Prism Financial Corporation, a Delaware
    # corporation': a short term a definition makes stand for a company
    refs = refs or company_for_term(ctx, name)
    if refs or not is_org_name(name) or len(name.split()) < 2:
        return refs[:1]  # a bare "Company" is a term, no company's name
    # "ENGlobal Land, Inc., a Colorado corporation": the list states its form
    form = stated_form(ctx.text, at.end, at.end + 80)
    return [add_party(ctx, name, at.start, at.end, kind="organization", props=form)]


def subject_before(ctx: DocContext, text: str) -> list[str]:
    """The parties named by the noun phrase that ends ``text`` (the verb's subject)."""
    words = re.findall(r"[\w'\u2019.&,-]+", text[-120:])
    for n in range(min(len(words), 8), 0, -1):
        chunk = " ".join(words[-n:]).strip(",")
        if not re.match(r"(?:the\s+|each\s+|any\s+)?[A-Z]", chunk, re.I) or not chunk[0].isalpha():
            continue
        first_person = chunk.lower() in ("we", "us")  # a letter's writer (ingest.letters)
        if (
            chunk.split()[0].lower() not in ("the", "each", "any")
            and not chunk[0].isupper()
            and not first_person
        ):
            continue
        refs = parties_named(ctx, chunk)
        if refs:
            return refs
    return []


#: "the Lenders hereby", "the Investors have agreed to": what stands between subject and verb.
AUXILIARY_TAIL = re.compile(
    r"(?:\s*\b(?:hereby|have|has|shall|will|do|does|agree[sd]?\s+to)\b|\s*,)+\s*$"
)


def new_party(ctx: DocContext, name: str, evidence: Span) -> list[str]:
    """A holder named only in a schedule row becomes a Party (organisations only, by the last
    word of the name: "Tallgrass Insurance Co.", "Northern Beacon Fraternal Benefit Society")."""
    if not re.search(
        r"(?i)\b(?:inc|ltd|llc|l\.?p|lp|trust|fund|corp\w*|company|co|bank|partners|n\.a"
        r"|society|association)\b\.?$",
        name,
    ):
        return []
    ref = "party:" + name_key(name)
    ctx.collector.add(ref, "Party", evidence, {"name": name, "kind": "organization"})
    return [ref]


def title_of(ctx: DocContext, ref: str) -> str:
    """The title of an entity, "" when it has none."""
    e = ctx.collector.get(ref)
    return str(e.props.get("title") or "") if e else ""
