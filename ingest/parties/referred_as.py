"""A second name a sentence of the opening gives a party already named: "Jordan Ellery is
referred to herein as "Athlete"", "Harlow Mills, Inc. shall hereinafter be called the
"Supplier"". The preamble named the party (with its own term, or none); this sentence,
right after it or in the recitals, adds the term it goes by in the body; a sentence naming
several parties so ("Each of Harwick and Tomoe is hereinafter referred to as a "Shareholder"
and collectively as the "Shareholders"") gives each of them the class term and its singular.
The person whose
services a party furnishes ("Summit Nine LLC f/s/o Jordan Ellery ("Lender")") is no party
of the preamble; given a term of their own here, they are one.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.names import name_pattern, name_runs
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.cues import SERVICES_LENT
from ingest.parties.preamble import AGREEMENT_TERM
from ingest.parties.role_words import role_of
from ingest.parties.spellings import display_name
from ingest.relations.party_roles import own_parties
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

_REFERRED_AS = rule(
    "parties.referred_to_as",
    r"[ \t]*,?[ \t\n]+(?:is|shall|will)\s+(?:be\s+)?(?:(?:sometimes|hereinafter|herein|also|"
    r"individually|hereafter)\s+)*(?:be\s+)?(?:referred\s+to|called|designated)\s+"
    r"(?:(?:herein|hereinafter|in\s+this\s+Agreement|below)\s+)?(?:as\s+)?(?:the\s+)?"
    r"[\"\u201c](?:the\s+)?(?P<term>[A-Z][\w&.'\- ]{0,40}?)[\"\u201d]",
    reads="the opening: a sentence giving a party named before a term of its own",
    matches=[
        passage(' is referred to herein as "Athlete"', term="Athlete"),
        passage(' shall hereinafter be called the "Supplier"', term="Supplier"),
        passage(" is sometimes referred to as \u201cHolder\u201d", term="Holder"),
    ],
    rejects=[
        " and Beta are referred to herein as the \u201cParties\u201d",
        ' is referred to in Section 2 as the "Agent"',
    ],
    mode="match",
)
_TERM_Q = r"[\"\u201c](?P<{0}>[A-Z][\w&.'\-]*(?:[ \t]+[A-Z][\w&.'\-]*){{0,2}})[\"\u201d]"
#: "Each of Harwick and Tomoe is hereinafter referred to as a "Shareholder" and collectively
#: as the "Shareholders"", "Quarry and Lindell are sometimes referred to herein collectively as
#: the "Sellers" and each individually as a "Seller"": a sentence of the opening that gives
#: parties it lists (by their names or terms) a class term, and often its singular.
_CLASS_REFERRED_AS = rule(
    "parties.class_referred_to_as",
    r"(?:(?:(?<=[.;:]\s)|(?<=^)|(?<=\n))(?P<each>Each\s+of\s+)?"
    # a second class over the first, after a comma: ', each of the Shareholders and PDMC is
    # hereinafter referred to as a "Supplier"'
    r"|(?<=,\s)(?:and\s+)?(?P<each2>each\s+of\s+the\s+)(?=[A-Z]))"
    r"(?P<names>[A-Z][^.;:\"\u201c()\n]{1,160}?)\s+(?:is|are)\s+"
    r"(?:(?:sometimes|hereinafter|herein|also|hereafter)\s+)*"
    r"(?:(?:collectively|individually|together|jointly|each)\s+)?(?:referred\s+to|called)\s+"
    r"(?:(?:herein|hereinafter|in\s+this\s+Agreement)\s+)?"
    r"(?:(?:collectively|individually|together|jointly|each)\s+)?(?:as\s+)?(?:the|an?)\s+"
    + _TERM_Q.format("t1")
    + r"(?:[ \t]*,?[ \t]*and\s+(?:(?:each|collectively|individually|together|jointly)"
    r",?\s+){0,2}(?:(?:referred\s+to|called)\s+)?(?:as\s+)?(?:the|an?)\s+"
    + _TERM_Q.format("t2")
    + r")?",
    reads="the opening: a sentence giving parties it lists a class term and its singular",
    matches=[
        passage(
            'Each of Harwick and Tomoe is hereinafter referred to as a "Shareholder" and '
            'collectively as the "Shareholders".',
            names="Harwick and Tomoe",
            t1="Shareholder",
            t2="Shareholders",
        ),
        passage(
            'Quarry and Lindell are sometimes referred to herein collectively as the "Sellers" '
            'and each individually as a "Seller".',
            names="Quarry and Lindell",
            t1="Sellers",
            t2="Seller",
        ),
        passage(
            'Pinnacle and Redwater are referred to as the "Members".',
            names="Pinnacle and Redwater",
            t1="Members",
        ),
        passage(
            'Each of Orlov and Caldera is sometimes called a "Venturer" and together the '
            '"Venturers".',
            t1="Venturer",
            t2="Venturers",
        ),
        passage(
            '"Shareholders", each of the Shareholders and Lumen is hereinafter referred to as '
            'a "Supplier" and collectively as the "Suppliers"',
            names="Shareholders and Lumen",
            t1="Supplier",
            t2="Suppliers",
        ),
    ],
    rejects=[
        'Harwick and Tomoe are referred to in Schedule 2 as the "Holders".',
        'Each of Harwick and Tomoe shall deliver to the Company the "Shares".',
        'Harwick is referred to in Section 2 as the "Agent".',
        'the Shares, each of Harwick and Tomoe is referred to as a "Holder"',
        'the Shares, each of the Shares is referred to in Section 2 as a "Unit"',
    ],
)
#: Terms every contract gives every party: no one party's name.
_GENERIC = frozenset({"party", "parties"})
#: How far past the preamble the sentence may stand (in the recitals that follow it).
_WINDOW = 3000


def extract_referred_as(ctx: DocContext) -> None:
    """Give a party of the own agreement the term a sentence of the opening refers to it by,
    where the name right before the cue is that party's (by its name or its term) and the
    term names no one else yet."""
    st = analyze(ctx.text)
    if st.preamble is None or ctx.self_ref is None:
        return
    text = ctx.text
    end = min(st.main_end, st.preamble.end + _WINDOW)
    own = own_parties(ctx)
    for run in name_runs(text, st.preamble.start, end):
        m = _REFERRED_AS.match(text, run.end, end)
        if m is None:
            continue
        term = m["term"].strip()
        if norm_term(term) in _GENERIC or AGREEMENT_TERM.search(term) or ctx.lookup(term):
            continue
        refs = [party_ref(display_name(ctx, run.text)), *ctx.lookup(run.text)]
        ref = next((r for r in refs if r in own and r.startswith("party:")), None)
        if ref is None and _services_lent(text, run.text, st.preamble.start, run.start):
            ref = add_party(ctx, run.text, run.start, run.end, kind="person")
            party_to(ctx, ref, role_of(term), run.start, m.end())
            own.add(ref)
        if ref is None:
            continue
        ctx.collector.add(ref, "Party", ctx.span(run.start, m.end()), aliases=(term,))
        ctx.define(term, ref)


def _services_lent(text: str, name: str, lo: int, hi: int) -> bool:
    """Whether ``name`` is named in ``text[lo:hi]`` (in any case) as the person whose services
    a party furnishes ("FAIRWAY VENTURES, INC. f/s/o JORDAN TILLMAN")."""
    pattern = name_pattern(name)
    return pattern is not None and any(
        SERVICES_LENT.search(text, max(0, m.start() - 40), m.start())
        for m in pattern.finditer(text, lo, hi)
    )


def extract_class_referred_as(ctx: DocContext) -> None:
    """Give the parties a sentence of the opening lists the class term (and its singular) it
    refers to them by: only where every name listed is a party to the own agreement (by its
    name or its term), two at least, and the terms name no one else yet."""
    st = analyze(ctx.text)
    if st.preamble is None or ctx.self_ref is None:
        return
    own = own_parties(ctx)
    end = min(st.main_end, st.preamble.end + _WINDOW)
    for m in _CLASS_REFERRED_AS.finditer(ctx.text, st.preamble.start, end):
        terms = [t.strip().rstrip(".,;") for t in (m["t1"], m["t2"]) if t]  # "Party."
        if any(
            norm_term(t) in _GENERIC or AGREEMENT_TERM.search(t) or ctx.lookup(t) for t in terms
        ):
            continue
        listed = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"])]
        groups = [_own_parties(ctx, name, own) for name in listed if name]
        refs = list(dict.fromkeys(r for g in groups for r in g))
        if len(refs) < 2 or not all(groups):
            continue
        for ref in refs:
            ctx.collector.add(ref, "Party", ctx.span(m.start(), m.end()), aliases=tuple(terms))
        for t in terms:
            ctx.define(t, *refs)


def _own_parties(ctx: DocContext, name: str, own: set[str]) -> list[str]:
    """The parties to the own agreement ``name`` stands for: the one its name or its term
    names, or every member of a class term defined before ("the Shareholders and PDMC")."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    members = [r for r in ctx.lookup(bare) if r in own and r.startswith("party:")]
    if len(members) > 1:
        return list(dict.fromkeys(members))
    refs = [*ctx.lookup(name), *members, party_ref(display_name(ctx, name))]
    return [r for r in refs if r in own and r.startswith("party:")][:1]
