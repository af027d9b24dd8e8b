"""Which agreement an amendment operation changes: the one its words name ("of the Credit
Agreement", a term the document defines, a title it gives), else the one the document amends.

Vocabulary:
- *default*: the agreement the document AMENDS (the base one where it names an amendment of
  it), else the one most agreements mentioned here amend, else one found by its title, else
  the one agreement the amendment mentions.
- *only referenced*: an agreement the operation names that nothing else in the document
  introduced ("the Letter of Credit Master Agreements" a credit agreement modifies): added as a
  referenced agreement of that title.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import title_case
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.references.add import add_mention
from ingest.references.mentions import Mention


def target_ref(ctx: DocContext, name: str | None, default: str | None) -> str | None:
    """The agreement an operation changes: the one its words name, else the default."""
    if name:
        if norm_term(name) in ("amendment", "waiver", "consent"):
            return None  # "Section 3 of this Amendment": the amendment's own text
        refs = [r for r in ctx.lookup(name) if r != ctx.self_ref and _is_agreement(ctx, r)]
        if refs:
            return _base_first(ctx, refs)
        if not ctx.lookup(name):
            return _by_title(ctx, name) or _defined_here(ctx, name) or default
    return default


#: A title and its date right before the parenthesis that defines a term for it: "the FOURTH
#: AMENDED AND RESTATED CREDIT AGREEMENT, dated as of August 23, 2006, as amended ... (the
#: "Existing Credit Agreement" ...)".
_TITLE_DATED = re.compile(
    r"(?P<title>[A-Z][A-Za-z\-]*(?:\s+(?:[A-Z][A-Za-z\-]*|of|and)){0,8}?\s+(?:AGREEMENT|Agreement))"
    r"\s*,?\s+dated\s+(?:as\s+of\s+)?"
)
#: How far before its defining parenthesis a title may stand (a chain of "as amended ... on
#: DATE" between them).
_TITLE_REACH = 700


def _defined_here(ctx: DocContext, name: str) -> str | None:
    """The agreement a term the operation names was defined for, where no mention was read for
    it: the dated title before '(the "Existing Credit Agreement"' (the long chain of
    restatements between them hid it), added as a referenced agreement of that title."""
    q = '["\u201c]'
    words = r"\s+".join(map(re.escape, name.split()))
    term = re.search(rf"\((?:[^()]{{0,200}}?,\s*)?(?:the\s+)?{q}{words}[\"\u201d]", ctx.text)
    if term is None:
        return None
    found = list(_TITLE_DATED.finditer(ctx.text, max(0, term.start() - _TITLE_REACH), term.start()))
    if not found:
        return None
    t = found[-1]
    dates = find_dates(ctx.text, t.end(), t.end() + 40)
    if not dates or dates[0].start != t.end():
        return None
    title = title_case(" ".join(t["title"].split()))
    mention = Mention(title, t.start("title"), t.end("title"), dates[0].iso, term=name)
    ref = add_mention(ctx, mention, ctx.span(t.start("title"), t.end("title")))
    return None if ref == ctx.self_ref else ref


#: The title of an agreement or instrument an operation may name without the document
#: mentioning it anywhere else: "the Letter of Credit Master Agreements", "the Warrant".
_AGREEMENT_TITLE = re.compile(
    r"(?:[A-Z][\w\-]*\s+(?:(?:[A-Z][\w\-]*|of|and)\s+){0,6})?"
    r"(?:Agreements?|Notes?|Indentures?|Warrants?|Debentures?)"
)


def only_referenced(ctx: DocContext, name: str, before: int) -> str | None:
    """The agreement an operation names that nothing else in the document introduced (a
    credit agreement that modifies the bank's letter of credit master agreements): a
    referenced agreement of that title, cited where the text last names it."""
    title = " ".join(name.split())
    if not _AGREEMENT_TITLE.fullmatch(title) or len(title.split()) < 2:
        return None
    at = None
    for m in re.finditer(r"\s+".join(map(re.escape, title.split())), ctx.text[:before]):
        at = m
    if at is None:
        return None
    mention = Mention(title, at.start(), at.end())
    return add_mention(ctx, mention, ctx.span(at.start(), at.end()))


#: Words that qualify which version of an agreement a phrase means, not its title.
_VERSION_WORDS = re.compile(r"^(?:(?:existing|original|current|said|such|prior)\s+)+")


def _by_title(ctx: DocContext, name: str) -> str | None:
    """The agreement (not an amendment) whose title ends with the name an operation gives
    ("of the Existing Credit Agreement" -> "Amended and Restated Credit Agreement"), the
    latest one dated before the amendment where several are: the version it amends."""
    key = _VERSION_WORDS.sub("", norm_term(name))
    if len(key.split()) < 2 or not key.endswith(("agreement", "note", "indenture", "notes")):
        return None
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_date = str(own.props.get("date") or "9999") if own else "9999"
    found = sorted(
        (str(e.props.get("date") or ""), e.ref)
        for e in ctx.collector.entities.values()
        if e.label in ("Agreement", "Instrument")
        and e.ref != ctx.self_ref
        and e.props.get("kind") not in AMENDING_KINDS
        and norm_term(str(e.props.get("title") or "")).endswith(key)
        and str(e.props.get("date") or "") < own_date
    )
    return found[-1][1] if found else None


def _is_agreement(ctx: DocContext, ref: str) -> bool:
    e = ctx.collector.get(ref)
    return e is not None and e.label in ("Agreement", "Instrument")


def _amended_targets(ctx: DocContext) -> list[str]:
    own = ctx.self_ref
    return [
        r.target
        for r in ctx.collector.relations.values()
        if r.type == "AMENDS" and r.source == own and _is_agreement(ctx, r.target)
    ]


#: Kinds of agreement that change another one: never the base a provision belongs to.
AMENDING_KINDS = frozenset({"amendment", "waiver", "consent"})


def _base_first(ctx: DocContext, refs: list[str]) -> str:
    """Of the agreements a phrase names ("the Credit Agreement", as amended by ...), the
    amended one: not itself an amendment or waiver, else the base that one amends."""
    for r in refs:
        e = ctx.collector.get(r)
        if e is not None and e.props.get("kind") not in AMENDING_KINDS:
            return r
    for r in refs:
        for rel in ctx.collector.relations.values():
            if rel.type == "AMENDS" and rel.source == r and _is_agreement(ctx, rel.target):
                base = ctx.collector.get(rel.target)
                if base is not None and base.props.get("kind") not in AMENDING_KINDS:
                    return rel.target
    return _most_amended(ctx) or refs[0]


def _most_amended(ctx: DocContext) -> str | None:
    """The agreement (not an amendment) that the most agreements mentioned here amend: the
    base of a chain listed as "X, as amended by A, B and C (the "Credit Agreement")"."""
    count: dict[str, int] = {}
    for rel in ctx.collector.relations.values():
        e = ctx.collector.get(rel.target) if rel.type == "AMENDS" else None
        if e is not None and e.label == "Agreement" and e.props.get("kind") not in AMENDING_KINDS:
            count[rel.target] = count.get(rel.target, 0) + 1
    return max(count, key=lambda r: count[r]) if count else None


def default_target(ctx: DocContext, names: list[str]) -> str | None:
    """The agreement the document amends (the base one where it names an amendment)."""
    targets = _amended_targets(ctx)
    if targets:
        return _base_first(ctx, targets)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = str(own.props.get("title") or "") if own else ""
    named = re.search(r"\bto\s+(?:the\s+)?(?P<name>[A-Z][\w\- ]+)$", title)
    by_title = _by_title(ctx, named["name"]) if named else None
    for name in sorted(set(names), key=names.count, reverse=True):
        by_title = by_title or _by_title(ctx, name)  # the name the operations give most
    return _most_amended(ctx) or by_title or _earlier_agreement(ctx)


def _earlier_agreement(ctx: DocContext) -> str | None:
    """Where no AMENDS was read: the one agreement mentioned here, else the earliest one dated
    before the amendment itself (an amendment changes an agreement that existed before it)."""
    others = [
        e
        for e in ctx.collector.entities.values()
        if e.label in ("Agreement", "Instrument")
        and e.ref != ctx.self_ref
        and not e.contained
        and e.props.get("kind") not in AMENDING_KINDS
    ]
    if len(others) == 1:
        return others[0].ref  # the one agreement the amendment mentions, dated or not
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_date = str(own.props.get("date") or "9999") if own else "9999"
    found = sorted(
        (str(e.props["date"]), e.ref)
        for e in ctx.collector.entities.values()
        if e.label in ("Agreement", "Instrument")
        and e.ref != ctx.self_ref
        and not e.contained
        and e.props.get("kind") not in AMENDING_KINDS
        and isinstance(e.props.get("date"), str)
        and str(e.props["date"]) < own_date
    )
    return found[0][1] if found else None
