"""Add a party (merged into the one already named under another spelling) and make
it PARTY_TO the own agreement in the roles it is stated in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.context import DocContext
from ingest.names import is_org_name, looks_like_person, name_pattern, words
from ingest.parties.cues import OTHER_NAME
from ingest.parties.forms import stated_form, suffix_type
from ingest.parties.role_words import merge_roles, one_capacity
from ingest.parties.spellings import (
    branchless,
    display_name,
    keep_spellings,
    merged_name,
    same_organization,
    unstyled,
)
from ingest.records import PropValue


def party_ref(name: str) -> str:
    """A document-local ref that merges repeated mentions ("ZOLTEK COMPANIES, INC." and
    "Zoltek Companies, Inc." are one party; "Dr. Jane Roe" in the preamble and "Jane Roe"
    under her signature are one person)."""
    return "party:" + " ".join(re.sub(r"[^\w\s]", " ", " ".join(words(unstyled(name)))).split())


def _described(ctx: DocContext, end: int) -> dict[str, PropValue]:
    """The form a descriptor right after a company's mention states ("THC-Chicago, Inc., an
    Illinois corporation" on a signature page or in a list of guarantors), wherever the
    mention is: what the caller read itself still comes first."""
    end = _past_other_name(ctx.text, end)
    return stated_form(ctx.text, end, min(len(ctx.text), end + 120))


def _past_other_name(text: str, end: int) -> int:
    """Where a company's descriptor may start after its mention ending at ``end``: past the
    parenthesis giving its coming or former name ("The Halvern Company (to be renamed Halvern
    Media, Inc.), a Wisconsin corporation")."""
    other = OTHER_NAME.match(text, end)
    return other.end() if other else end


def described_mention(text: str, name: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A mention of ``name`` in ``text[lo:hi]`` (any case, spacing and commas) that a
    descriptor follows ("executed by each of Acme (Ohio), Inc., an Ohio corporation, ..."): the
    place a company signing below is described."""
    pattern = name_pattern(name)
    for m in pattern.finditer(text, lo, hi) if pattern else ():
        after = _past_other_name(text, m.end())
        if stated_form(text, after, min(len(text), after + 120)):
            return m.start(), m.end()
    return None


def add_party(
    ctx: DocContext,
    name: str,
    start: int,
    end: int,
    *,
    kind: str | None = None,
    props: dict[str, PropValue] | None = None,
    aliases: tuple[str, ...] = (),
) -> str:
    """Add (or merge into) a Party; the ref is built from the name so mentions merge."""
    shown = display_name(ctx, name)
    if kind == "person" and is_org_name(shown) and not looks_like_person(shown):
        kind = "organization"  # "Superior Drilling Products, Inc." where a signer goes
    # a form stated for the name ("Sandpiper Machine, a Kansas general partnership") makes it
    # an organisation whatever words the name has
    has_form = bool((props or {}).get("entity_type"))
    kind = kind or ("organization" if has_form or is_org_name(shown) else "person")
    if kind == "organization" and (same := same_organization(ctx, shown)):
        same_ref, misspelt = same
        e = ctx.collector.get(same_ref)
        if e is not None and not misspelt:
            old = str(e.props.get("name", ""))
            e.props["name"] = merged_name(old, shown)
            keep_spellings(e.aliases, str(e.props["name"]), old, shown)
        merged = {**_described(ctx, end), **(props or {})}
        return ctx.collector.add(same_ref, "Party", ctx.span(start, end), merged, aliases)
    ref = party_ref(shown)
    if (known := ctx.collector.get(ref)) is not None:
        name_now = str(known.props.get("name", ""))
        keep_spellings(known.aliases, name_now, name_now, shown)
    p: dict[str, PropValue] = {"name": shown, "kind": kind}
    if kind == "organization":
        p["entity_type"] = suffix_type(shown)
        p.update(_described(ctx, end))
    for k, v in (props or {}).items():
        if v is not None:
            p[k] = v
    if kind == "organization" and (bank := branchless(shown)) != shown:
        aliases = (*aliases, bank)  # "Banco Austral, Miami Agency" goes by the bank's name too
    return ctx.collector.add(ref, "Party", ctx.span(start, end), p, aliases)


def party_to(ctx: DocContext, ref: str, role: str | None, start: int, end: int) -> None:
    """PARTY_TO the own agreement; a party stated in two capacities ("Parent" in one clause,
    one of the "Borrowers" in another; "AGENT AND LENDER:") keeps both roles."""
    if not ctx.self_ref:
        return
    role = one_capacity(role) if role else role
    key = ("PARTY_TO", ref, ctx.self_ref)
    old = ctx.collector.relations.get(key)
    had = old.props.get("role") if old else None
    ctx.collector.relate(
        "PARTY_TO", ref, ctx.self_ref, ctx.span(start, end), {"role": role} if role else {}
    )
    if isinstance(had, str) and role:
        both = merge_roles(had, role)
        rec = ctx.collector.relations[key]
        if both != rec.props.get("role"):
            ctx.collector.relations[key] = replace(rec, props={**rec.props, "role": both})
