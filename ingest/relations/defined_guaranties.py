"""A guaranty a credit agreement's definitions describe by the company that executed it:
""Parent Guaranty" shall mean that certain Guaranty of even date herewith executed by Parent in
favor of the Bank", ""Holdings Guarantee" means the Guarantee Agreement dated as of May 1, 2001
made by Holdings in favor of the Agent". The guaranty is an agreement of its own; the company
that executed it is a party to it and SECURES the credit agreement it stands behind.

Why a reader of its own: such a guarantor is often named only in the definitions (""Parent"
shall mean Pelican Energy Holdings, Inc., a Delaware corporation"), is no party to the credit
agreement and holds no role the role readers see, and the guaranty is mentioned nowhere else by
a title the reference readers take for an agreement. A guaranty "to be executed by a
Guarantor" (a role, not a company) is left to :mod:`.guaranty_parties`.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.parties.add import add_party
from ingest.records import PropValue, Span
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_GUARANTY = r"Guarant(?:y|ee)(?:\s+Agreement)?"

_DEFINED_GUARANTY = rule(
    "relations.defined_guaranty.executed_by",
    r"^\W*[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}" + _GUARANTY + r")[\"\u201d]\s+"
    r"(?:shall\s+)?means?\s+(?:that\s+certain|the)\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}" + _GUARANTY + r")\b"
    r"(?P<between>[^.;()\"\u201c]{0,100}?)\b(?:executed|made|given)(?:\s+and\s+delivered)?\s+by\s+"
    r"(?:the\s+)?(?P<by>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,5})",
    reads="a definition of a guaranty as the one a named company (or its term) executed: the "
    "guaranty and its guarantor",
    mode="match",
    matches=[
        passage(
            '"Parent Guaranty" shall mean that certain Guaranty of even date herewith executed '
            "by Parent in favor of the Bank.",
            term="Parent Guaranty",
            title="Guaranty",
            by="Parent",
        ),
        passage(
            "\u201cHoldings Guarantee\u201d means the Guarantee Agreement dated as of May 1, 2001 "
            "made by Alder Creek Holdings LLC in favor of the Agent.",
            term="Holdings Guarantee",
            title="Guarantee Agreement",
            by="Alder Creek Holdings LLC",
        ),
    ],
    rejects=[
        # a role, not a company: the guaranty parties reader's business
        '"Guaranty" means, collectively, each guaranty to be executed by a Guarantor on or '
        "about the Closing Date.",
        '"Guaranty Fee" means the fee payable by the Borrower under Section 2.7.',
        'The "Parent Guaranty" shall be executed by Parent on the Closing Date.',
    ],
)

_TERM_FOR_COMPANY = rule(
    "relations.defined_guaranty.term_for_company",
    r"^\W*[\"\u201c](?P<term>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})[\"\u201d]\s+(?:shall\s+)?"
    r"means?\s+(?P<name>[A-Z][\w&'\u2019.-]*(?:,?\s+(?:[A-Z][\w&'\u2019.-]*|of|and)){0,7}?)"
    r",\s+an?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:corporation|limited\s+liability\s+company"
    r"|limited\s+partnership|general\s+partnership|company|banking\s+corporation)\b",
    reads="a definition that makes a short term stand for a company it describes: the company",
    mode="match",
    matches=[
        passage(
            '"Parent" shall mean Pelican Energy Holdings, Inc., a Delaware corporation.',
            term="Parent",
            name="Pelican Energy Holdings, Inc.",
        ),
        passage(
            "\u201cHCo\u201d means Harrow Coast Holdings LLC, a Texas limited liability company, "
            "and its successors.",
            term="HCo",
            name="Harrow Coast Holdings LLC",
        ),
    ],
    rejects=[
        '"Subsidiary" means, as to any Person, a corporation of which shares are owned.',
        '"Borrower" means Pelican Drilling Company and its successors.',
    ],
)

#: "of even date herewith", "dated as of the date hereof": the own agreement's date
_EVEN_DATE = rule(
    "relations.defined_guaranty.even_date",
    r"(?i)\bof\s+even\s+date\s+herewith\b|\bdated\s+(?:as\s+of\s+)?the\s+date\s+hereof\b",
    reads="the words that date a guaranty by the agreement defining it",
    matches=["Guaranty of even date herewith", "Guarantee dated as of the date hereof"],
    rejects=["Guaranty dated as of May 1, 2001"],
)


def _guarantors(ctx: DocContext, by: str) -> list[str]:
    """The companies ``by`` names: the parties already known by that name or term (one for a
    singular term), else the company a definition makes the term stand for (added as a
    party)."""
    known = parties_named(ctx, by)
    if known:
        return known if by.endswith("s") else known[:1]
    text = ctx.text
    for q in re.finditer(rf"[\"\u201c]{re.escape(by)}[\"\u201d]", text):
        d = _TERM_FOR_COMPANY.match(text[q.start() : q.start() + 400])
        if d is not None and d["term"] == by:
            start, end = q.start() + d.start("name"), q.start() + d.end("name")
            ref = add_party(ctx, d["name"], start, end, kind="organization")
            ctx.define(by, ref)
            return [ref]
    return []


#: a guaranty's generic title, which says nothing of which guaranty it is
_BARE = re.compile(_GUARANTY)


def _known(ctx: DocContext, title: str, date: PropValue) -> list[str]:
    """The agreements another reader already made of this title: the one of the same date
    first, else one undated."""
    want = norm_term(title)
    same = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and norm_term(str(e.props.get("title") or "")) == want
    ]
    dated = [r for r in same if ctx.collector.entities[r].props.get("date") == date]
    return dated or [r for r in same if ctx.collector.entities[r].props.get("date") is None]


def _date(ctx: DocContext, between: str) -> PropValue:
    """The guaranty's date: one written after "dated", else the own agreement's for "of even
    date herewith"."""
    if _EVEN_DATE.search(between):
        own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
        return own.props.get("date") if own is not None else None
    dates = find_dates(between, 0, len(between))
    return dates[0].iso if dates else None


def extract_defined_guaranty(ctx: DocContext, lo: int, sentence: str) -> None:
    """The guaranty one definition (``sentence`` at ``lo``) describes: an Agreement of the
    term's title, the guarantor PARTY_TO it and SECURES the deal's credit agreement."""
    m = _DEFINED_GUARANTY.match(sentence)
    if m is None or not in_own_text(ctx, lo):
        return
    guarantors = _guarantors(ctx, m["by"])
    if not guarantors:
        return
    evidence: Span = trimmed(ctx, lo, lo + len(sentence))
    term = " ".join(m["term"].split())
    title = " ".join(m["title"].split())
    if _BARE.fullmatch(term):
        term, title = title, term  # ""Guaranty" means that certain Commercial Guaranty"
    date = _date(ctx, m["between"])
    found = labelled(ctx, ctx.lookup(term), "Agreement") or _known(ctx, term, date)
    if found:
        guaranty = found[0]
    else:
        props: dict[str, PropValue] = {"title": term, "kind": "guaranty"}
        if date is not None:
            props["date"] = date
        aliases = (title,) if norm_term(title) != norm_term(term) else ()
        guaranty = ctx.collector.add(
            f"agreement:{norm_term(term)}|{date or ''}", "Agreement", evidence, props, aliases
        )
    ctx.define(term, guaranty)
    ctx.define(title, guaranty)
    secured = secured_agreement(ctx)
    for g in guarantors:
        ctx.collector.relate("PARTY_TO", g, guaranty, evidence)
        if secured is not None and secured != g:
            ctx.collector.relate("SECURES", g, secured, evidence)
