"""The shared helpers of the relation readers: resolve the noun phrase in a verb's slot
("the Bank", "each Lender", a company's name, "the Credit Agreement", "the Notes") to the
refs of the document's parties, agreements and instruments, and cite a sentence.

One module so that every reader resolves a slot the same way; a slot that resolves to
nothing drops the relation (a wrong edge is worse than a missing one).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.instruments import parse_amount
from ingest.parties import has_role, role_of
from ingest.records import PropValue, Span
from ingest.references import clean_title, norm_title

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
            if refs:
                out.extend(r for r in refs if r not in out)
                break
    return out


def agreements_in(ctx: DocContext, phrase: str) -> list[str]:
    """Agreement refs a phrase names, by defined term or by title (first one wins)."""
    for m in re.finditer(
        r"(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Lease|Guaranty|Indenture)\b", phrase
    ):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            refs = labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Agreement")
            if refs:
                return refs
        want = norm_title(clean_title(m.group(0)))
        for ref, e in ctx.collector.entities.items():
            t = e.props.get("title")
            if e.label == "Agreement" and isinstance(t, str) and norm_title(t) == want:
                return [ref]
    return []


def self_label(ctx: DocContext) -> str | None:
    """The label of the document's own entity (Agreement, Instrument), None when unknown."""
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return e.label if e else None


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
    out = []
    for ref, e in ctx.collector.entities.items():
        name = e.props.get("name")
        if e.label == "Party" and isinstance(name, str):
            nk = name_key(name)
            if nk and (key == nk or (len(key) > 8 and (key in nk or nk in key))):
                out.append(ref)
    return out


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
    """A holder named only in a schedule row becomes a Party (organisations only)."""
    if not re.search(
        r"(?i)\b(?:inc|ltd|llc|l\.?p|lp|trust|fund|corp\w*|company|bank|partners|n\.a)\b\.?$", name
    ):
        return []
    ref = "party:" + name_key(name)
    ctx.collector.add(ref, "Party", evidence, {"name": name, "kind": "organization"})
    return [ref]


def title_of(ctx: DocContext, ref: str) -> str:
    """The title of an entity, "" when it has none."""
    e = ctx.collector.get(ref)
    return str(e.props.get("title") or "") if e else ""
