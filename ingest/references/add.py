"""The entity a mention names: the own agreement or an exhibit when it is the same,
else the dated agreement an undated mention repeats, else a new entity; and the
sentence cited for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ingest.context import DocContext
from ingest.names import singular
from ingest.records import PropValue, Span
from ingest.references.keys import mention_ref, norm_title
from ingest.references.kinds import title_kind
from ingest.references.mentions import Mention
from ingest.references.titles import (
    amended_base,
    amendment_number,
    is_amendment_title,
    is_instrument_title,
)
from ingest.rules import rule


def entity_title(ctx: DocContext, ref: str) -> str | None:
    e = ctx.collector.get(ref)
    t = e.props.get("title") if e else None
    return t if isinstance(t, str) else None


def own_agreement_date(ctx: DocContext) -> str | None:
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    d = e.props.get("date") if e else None
    return d if isinstance(d, str) else None


def sentence_span(ctx: DocContext, start: int, end: int) -> Span:
    """Evidence for a mention: the text from the clause start to the mention's end."""
    text = ctx.text
    lo = max(text.rfind(". ", 0, start), text.rfind(";", 0, start), text.rfind("\n\n", 0, start))
    lo = lo + 1 if lo >= 0 else 0
    while lo < start and text[lo].isspace():
        lo += 1
    hi = min(len(text), max(end, start))
    return ctx.span(lo, hi)


def _contained_same(ctx: DocContext, mention: Mention) -> str | None:
    """The document's own agreement or an exhibit, when the mention names it ("this Note",
    "Second Amendment to Credit Agreement of even date herewith")."""
    # "replacement notes" and the attached "Form of Replacement Note" are one instrument
    want = norm_title(singular(mention.title))
    for ref, e in ctx.collector.entities.items():
        title, date = e.props.get("title"), e.props.get("date")
        # ... by its title or the shorter name its preamble gives it under a fuller heading
        names = (title, *e.aliases) if e.ref == ctx.self_ref else (title,)
        same = e.contained and any(
            isinstance(n, str) and norm_title(singular(n)) == want for n in names
        )
        # "the foregoing Amendment No. 6 to the Credit Agreement dated as of March 31, 2003":
        # the date is the amended agreement's; a numbered amendment is one document
        numbered = is_amendment_title(mention.title) and amendment_number(mention.title)
        if same and (mention.date is None or date in (None, mention.date) or numbered):
            return ref
        # "This Amendment No. 2 (this "Amendment") to the Distribution Agreement": the bare
        # numbered amendment the preamble names is the document's own "Amendment No. 2 to ..."
        if (
            numbered
            and e.contained
            and isinstance(title, str)
            and not amended_base(mention.title)
            and is_amendment_title(title)
            and amendment_number(title) == numbered
        ):
            return ref
    return None


#: The bare name of a lending contract: "Credit Agreement" and "Loan Agreement" name one kind
#: of contract, and a later letter of the bank may call the borrower's "Credit Agreement dated
#: as of March 3, 2001" its "Loan Agreement, dated as of March 3, 2001".
_BARE_LENDING_TITLE = rule(
    "references.bare_lending_title",
    r"(?i)(?:credit|loan)\s+agreement",
    reads="a title, whole: the bare name of a credit or loan agreement, which either word gives",
    matches=["Loan Agreement", "CREDIT AGREEMENT", "credit\nagreement"],
    rejects=["Term Loan Agreement", "Revolving Credit Agreement", "Loan and Security Agreement"],
    mode="fullmatch",
)
#: The kinds of own agreement the other bare name may stand for.
_LENDING_KINDS = frozenset({"credit_agreement", "loan_agreement"})


def _own_by_other_name(ctx: DocContext, mention: Mention) -> str | None:
    """The document's own credit agreement, when a mention gives it the other bare name with
    its very date ("We refer to the Loan Agreement, dated as of March 3, 2001" appended to the
    "Credit Agreement" made as of March 3, 2001; a quoted form's "the Loan Agreement between
    Issuer and Applicant dated as of" that date): one contract, not a second one of the same
    day. A fuller title ("Term Loan Agreement") names another contract and is left alone."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = own.props.get("title") if own else None
    if (
        own is None
        or mention.date is None
        or own.props.get("date") != mention.date
        or own.props.get("kind") not in _LENDING_KINDS
        or not isinstance(title, str)
        or not _BARE_LENDING_TITLE.fullmatch(title.strip())
        or not _BARE_LENDING_TITLE.fullmatch(mention.title.strip())
    ):
        return None
    return ctx.self_ref


_RESTATED_WORD = rule(
    "references.restated_word",
    r"(?i)\brestated\b",
    reads="a mentioned title: whether it restates an agreement of the same title",
    matches=["Amended and Restated Note", "SECOND AMENDED AND RESTATED CREDIT AGREEMENT"],
    rejects=["Restatement Agreement", "Amended Note"],
)


def _restated(title: str) -> bool:
    """An amended and restated X replaces an X of the same title: an undated one is not the
    dated one ("This Amended and Restated Note" restating the "Amended and Restated Note
    dated February 13, 2003")."""
    return bool(_RESTATED_WORD.search(title))


def dated_names(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Normalised title or term -> the one dated mention it names in the document (a name
    two dated mentions share names neither)."""
    by_name: dict[str, set[tuple[str, str]]] = {}
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.date is None:
            continue
        first.setdefault((m.title, m.date), m)
        for name in (m.title, m.term):
            if name:
                by_name.setdefault(norm_title(name), set()).add((m.title, m.date))
    return {n: first[next(iter(ks))] for n, ks in by_name.items() if len(ks) == 1}


def identified(mention: Mention, named: Mapping[str, Mention]) -> Mention:
    """An undated mention ("to the Existing Credit Agreement (as defined below)") of what the
    document mentions once with its date ("the Second Amended and Restated Credit Agreement,
    dated as of December 19, 1997 (..., the "Existing Credit Agreement")") is that one."""
    if mention.date is not None or _restated(mention.title):
        return mention
    same = named.get(norm_title(mention.title))
    if same is None:
        return mention
    return Mention(same.title, mention.start, mention.end, same.date, mention.term)


def _names(title: PropValue | None, aliases: Iterable[str]) -> set[str]:
    """An agreement's title and aliases, normalised for comparison."""
    return {norm_title(n) for n in (title, *aliases) if isinstance(n, str)}


def _dated_same(ctx: DocContext, mention: Mention) -> str | None:
    """The one dated agreement or instrument already found whose title or term an undated
    mention repeats; not where the document itself restates an agreement of that title
    (then the undated mention may be either)."""
    if mention.date is not None:
        return None
    want = norm_title(mention.title)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_names = _names(own.props.get("title"), own.aliases) if own else set()
    if _restated(mention.title) and (own is None or want in own_names):
        return None
    refs = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label in ("Agreement", "Instrument")
        and not e.contained
        and isinstance(e.props.get("date"), str)
        and want in _names(e.props.get("title"), e.aliases)
    ]
    return refs[0] if len(refs) == 1 else None


def same_numbered_amendment(ctx: DocContext, title: str, date: str | None) -> str | None:
    """The one amendment already read of the same number and date as ``title``, when one of
    the two names it bare ("First Amendment", "Amendment No. 1") and the other with what it
    amends ("First Amendment to Loan Agreement"), or both with the same: one attached
    amendment that its witness clause ("executed this First Amendment as of March 1, 2009"),
    or the recital of the amendment it is attached to, names short. Two amendments of one day
    and number that amend different agreements (an omnibus set) are not merged."""
    number = amendment_number(title) if is_amendment_title(title) else None
    if number is None or date is None:
        return None
    base = norm_title(amended_base(title))
    hits = []
    for ref, e in ctx.collector.entities.items():
        other = e.props.get("title")
        if (
            e.label != "Agreement"
            or e.props.get("date") != date
            or not isinstance(other, str)
            or not is_amendment_title(other)
            or amendment_number(other) != number
        ):
            continue
        o_base = norm_title(amended_base(other))
        if not base or not o_base or base == o_base:
            hits.append(ref)
    return hits[0] if len(hits) == 1 else None


def add_mention(ctx: DocContext, mention: Mention, evidence: Span) -> str:
    """Add (or merge into) the entity a mention names; the self entity when it is the same."""
    ref = (
        _contained_same(ctx, mention)
        or _own_by_other_name(ctx, mention)
        or _dated_same(ctx, mention)
        or same_numbered_amendment(ctx, mention.title, mention.date)
        or mention_ref(mention.title, mention.date)
    )
    label = "Instrument" if is_instrument_title(mention.title) else "Agreement"
    existing = ctx.collector.get(ref)
    if existing is not None:
        label = existing.label
    props: dict[str, PropValue] = {
        "title": mention.title,
        "kind": title_kind(mention.title),
        "date": mention.date,
    }
    if existing is not None and existing.props.get("title"):
        props = {}  # a later mention only adds its term and evidence
    aliases = (mention.term,) if mention.term else ()
    ctx.collector.add(ref, label, evidence, props, aliases)
    if mention.term and not ctx.lookup(mention.term):
        ctx.define(mention.term, ref)
    return ref
