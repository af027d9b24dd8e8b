"""PARTY_TO from each guarantor to the guaranty it gives.

An amendment, consent or credit agreement names its guarantors (a "GUARANTORS:" caption, a
definition of the "Guarantors", "each Subsidiary ... (each, a "Guarantor") is party to a
Guarantee Agreement") and refers to the guaranty they gave by its title or term ("the
Guaranty", "the Subsidiary Guaranty", '"Guaranty" means each guaranty executed by a
Guarantor'). The guaranty is one more agreement, and each guarantor is a party to it.

Which guaranty: the one the document names (an agreement already read, else the term it
defines, else the first titled mention after an article). Where it names several ("Parent
Guaranty", "Subsidiary Guaranty"), a guarantor goes to the one its role names ("Subsidiary
Guarantor"), and to none when nothing decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.records import Span
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.party_roles import LENDER_ROLES
from ingest.relations.slots import labelled, title_of

#: a guaranty's own title: "Guaranty", "Subsidiary Guaranty", "Continuing Guaranty",
#: "Guarantee Agreement" (not "Credit and Guaranty Agreement", not "Guaranty Fee")
_GUARANTY_TITLE = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*\s+){0,3}?Guarant(?:y|ee|ies|ees)(?:\s+Agreements?)?$", re.IGNORECASE
)
#: words of a title that make it something else than the guaranty: an amendment of it, a
#: consent to it, a document of which a guaranty is one part
_NOT_GUARANTY = re.compile(
    r"(?i)\b(?:and|amendment|amended|consent|reaffirmation|supplement|joinder|release|fee|"
    r"termination|waiver|performance|completion|limited|validity)\b"
)
#: a titled guaranty in running text after an article: "is party to a Guarantee Agreement",
#: "under the Continuing Guaranty"; after the guarantor's "its" where a date names one
#: agreement, as a reaffirmation below an amendment names the guaranty its signers gave
#: ("reaffirms that its Guaranty dated as of May 1, 2019 remains in full force"; a bare "its
#: Guaranty" is each guarantor's own, no agreement of them all) (not a heading "7. Guaranty.",
#: nor "the Guaranty of ...", nor the first words of "the Guaranty and Security Agreement")
_MENTION = re.compile(
    r"\b(?:the|a|that\s+certain|its(?=\s+(?:[A-Z][a-z'\u2019-]+\s+){0,2}?Guarant(?:y|ee)"
    r"(?:\s+Agreement)?,?\s+dated\b))\s+"
    r"(?P<title>(?:[A-Z][a-z'\u2019-]+\s+){0,2}?Guarant(?:y|ee)(?:\s+Agreement)?)\b"
    r"(?!\s+(?:of|by|from|to)\b|\s+[A-Z]|\s+(?:and|&)\s+[A-Z]|[\w-])"
)
#: the guaranties in the plural, where the text names no single one: "as Guarantors under
#: Guarantees executed in favor of the Bank", "with respect to the Guaranties" (one agreement
#: for the set, as a singular mention would be)
_PLURAL_MENTION = re.compile(
    r"(?:\b(?:the|their|under)\s+)"
    r"(?P<title>(?:[A-Z][a-z'\u2019-]+\s+){0,2}?Guarant(?:ies|ees)(?:\s+Agreements)?)\b"
    r"(?!\s+(?:of|by|from|to)\b|\s+[A-Z]|\s+(?:and|&)\s+[A-Z]|[\w-])"
)
#: the head of a definition of guaranteeing itself, not of a document: ""Guarantee" means, as to
#: any Person, (a) any obligation ... of such Person guaranteeing", ""Guaranty" by any Person
#: means any obligation"
_CONCEPT = re.compile(
    r"[\"\u201d]?\s*(?:(?:as\s+to|of|by|with\s+respect\s+to)\s+any\s+Person\b"
    r"|(?:means|shall\s+mean)\s*,?\s*(?:(?:as\s+to|with\s+respect\s+to)\s+any\s+Person\b"
    r"|any\s+obligation))"
)
#: a capitalised title before a parenthesised term: the term names that agreement
_TITLED = re.compile(r"\b[A-Z][\w-]*\s+(?:Guarant(?:y|ee)|Agreement)\b")
#: roles of those a guaranty is given to
_LENDING_ROLES = LENDER_ROLES | {"agent", "administrative agent", "collateral agent"}
#: the qualifier a guarantor's role and its guaranty's title share
_QUALIFIERS = ("subsidiary", "parent", "holdings", "company", "corporate")


def extract_guaranty_parties(
    ctx: DocContext, guarantors: Mapping[str, Span], roles: Mapping[str, set[str]]
) -> None:
    """Each guarantor PARTY_TO the guaranty it gives (role "Guarantor"), citing where the
    guaranty is named."""
    if not guarantors:
        return
    guaranties = _guaranties(ctx)
    if not guaranties:
        return
    for party, span in guarantors.items():
        # a lender or agent a caption put among the guarantors gives no guaranty
        if roles.get(party, set()) & _LENDING_ROLES:
            continue
        if _gives_a_guaranty(ctx, party):
            continue  # a reader named the guaranty it gives ("... (the "Guaranties")")
        chosen = _guaranty_of(ctx, guaranties, roles.get(party, set()))
        if chosen is None:
            continue
        ref, named = chosen
        for ev in (named, span):
            ctx.collector.relate("PARTY_TO", party, ref, ev, {"role": "Guarantor"})


def _gives_a_guaranty(ctx: DocContext, party: str) -> bool:
    """Whether a reader already made ``party`` a guarantor party to a guaranty."""
    return any(
        kind == "PARTY_TO"
        and source == party
        and (e := ctx.collector.get(target)) is not None
        and e.props.get("kind") == "guaranty"
        for kind, source, target in ctx.collector.relations
    )


def guaranty_named_in(ctx: DocContext, start: int, end: int) -> tuple[str, Span] | None:
    """The one guaranty ``text[start:end]`` names by title ("reaffirms its obligations under
    the Guaranty dated as of ..."), with the span naming it; None when it names none, or
    several ("the Parent Guaranty" and "the Subsidiary Guaranty": who gave which, a caption
    tells). A short term the document defines for a guaranty it titles ("the Guaranty
    Agreement dated as of ... (the "Guaranty") ... its guaranty under the Guaranty") names
    that same guaranty, not a second one."""
    text = ctx.text
    named = [m for m in _MENTION.finditer(text, start, end) if _is_guaranty_title(m["title"])]
    titles = {_named_guaranty(ctx, m["title"]) for m in named}
    if len(titles) != 1:
        return None
    m = named[0]
    span = ctx.span(m.start("title"), m.end("title"))
    title = " ".join(m["title"].split())
    known = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and title_of(ctx, ref).lower() == title.lower()
    ]
    ref = (
        known[0]
        if known
        else add_mention(ctx, Mention(title, m.start("title"), m.end("title")), span)
    )
    return (ref, span) if labelled(ctx, [ref], "Agreement") else None


def _named_guaranty(ctx: DocContext, title: str) -> str:
    """What a guaranty's mention names: the one agreement its words are a defined term of or
    the title of, else its title in lower case."""
    plain = " ".join(title.lower().split())
    named = labelled(ctx, ctx.lookup(title), "Agreement") or [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and title_of(ctx, ref).lower() == plain
    ]
    return named[0] if len(named) == 1 else plain


def _is_guaranty_title(title: str) -> bool:
    return bool(_GUARANTY_TITLE.match(title.strip())) and not _NOT_GUARANTY.search(title)


def _guaranties(ctx: DocContext) -> dict[str, Span]:
    """The guaranties the document names, each with the span naming it: the agreements read
    already, else those its definitions name, else its first titled mention."""
    skip = {ctx.self_ref}
    found: dict[str, Span] = {}
    for ref, e in ctx.collector.entities.items():
        if ref in skip or e.label != "Agreement" or e.props.get("kind") == "amendment":
            continue
        if _is_guaranty_title(title_of(ctx, ref)) and e.evidence:
            found[ref] = e.evidence[0]
    if found:
        return found
    text = ctx.text
    for d in find_definitions(text):
        if not _is_guaranty_title(d.term) or d.term in {title_of(ctx, r) for r in found}:
            continue
        if d.style != "paren" and _CONCEPT.match(text, d.end):
            continue  # what guaranteeing is, not a guaranty given
        # a term that already names an agreement, or one a title before it names ('the
        # Subsidiary Guaranty Agreement (the "Guaranty")'): the references read those
        known = labelled(ctx, ctx.lookup(d.term), "Agreement")
        if known or (d.style == "paren" and _TITLED.search(text, d.antecedent_start, d.start)):
            # only a guaranty by its own title ("EMEA Guaranty" may name a guaranty and pledge)
            span = ctx.span(d.clause_start, d.clause_end)
            found.update({r: span for r in known if _is_guaranty_title(title_of(ctx, r))})
            continue
        span = ctx.span(d.clause_start, d.clause_end)
        ref = add_mention(ctx, Mention(d.term, d.start, d.end), span)
        if labelled(ctx, [ref], "Agreement"):
            found[ref] = span
    if found:
        return found
    for pattern in (_MENTION, _PLURAL_MENTION):
        # a single guaranty's title first: the plural names the set only where none is named
        for m in pattern.finditer(text):
            if _is_guaranty_title(m["title"]):
                span = ctx.span(m.start("title"), m.end("title"))
                ref = add_mention(ctx, Mention(m["title"], m.start("title"), m.end("title")), span)
                if labelled(ctx, [ref], "Agreement"):
                    found[ref] = span
                return found
    return found


def _guaranty_of(
    ctx: DocContext, guaranties: Mapping[str, Span], held: set[str]
) -> tuple[str, Span] | None:
    """The guaranty a guarantor gives: the only one, else the one whose qualifier its role
    states."""
    if len(guaranties) == 1:
        ref, named = next(iter(guaranties.items()))
        return ref, named
    words = " ".join(held).lower()
    matches = [
        (ref, named)
        for ref, named in guaranties.items()
        if any(q in title_of(ctx, ref).lower() and q + " guarantor" in words for q in _QUALIFIERS)
    ]
    return matches[0] if len(matches) == 1 else None
