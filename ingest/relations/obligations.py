"""Which agreement's obligations a guaranty, a grant of security or a waiver concerns: one the
phrase names, else the document's main credit or loan agreement (its own, or the one it
amends or refers to).

Shared by :mod:`.security`, :mod:`.waivers`, :mod:`.role_guaranty` and
:mod:`.role_lending`, so that they all agree on the agreement a deal's obligations are.
"""

from __future__ import annotations

import re

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext
from ingest.references.keys import norm_title
from ingest.relations.slots import agreements_in, labelled, title_of


def primary_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement whose obligations are secured: one the phrase names, else the document's
    main referenced credit/loan agreement."""
    named = agreements_in(ctx, phrase)
    if named:
        return named
    for term in ("Credit Agreement", "Loan Agreement", "Agreement", "Note Purchase Agreement"):
        refs = labelled(ctx, ctx.lookup(term), "Agreement")
        if refs and refs[0] != ctx.self_ref:
            return refs[:1]
    # else the one agreement this document amends, or the one its parties are stated to be
    # parties to ("the Company and the Investors are parties to that certain ... Agreement")
    for rel_type in ("AMENDS", "PARTY_TO"):
        targets = {
            k[2]
            for k in ctx.collector.relations
            if k[0] == rel_type and k[2] != ctx.self_ref and labelled(ctx, [k[2]], "Agreement")
        }
        if len(targets) == 1:
            return list(targets)
    return []


#: "the Credit Agreement", "that certain Loan Agreement": an agreement a clause names by title
NAMED_AGREEMENT = re.compile(
    r"\b(?:the|this|that\s+certain)\s+"
    r"(?P<title>(?:(?:[A-Z][\w'\u2019-]*|and|of|to|for)\s+){0,8}?Agreement)\b"
)


def guaranteed_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement whose obligations a guaranty or a security clause concerns: the one the
    phrase names (by defined term, title, or the short title of the one agreement whose title
    holds those words: "the Credit Agreement" for the "Senior Secured Revolving Credit
    Facility Agreement" a report defined it for). A phrase naming an agreement the document
    does not know secures nothing (no guess at another agreement); a phrase naming none
    concerns the document's main credit agreement (:func:`primary_agreement`)."""
    named = NAMED_AGREEMENT.search(phrase)
    if named is None or named["title"] == "Agreement":
        return primary_agreement(ctx, phrase)
    if named.group(0).startswith("this") and ctx.self_ref:
        return [ctx.self_ref]
    return agreements_in(ctx, named.group(0)) or _agreement_by_short_title(ctx, named["title"])


def _agreement_by_short_title(ctx: DocContext, title: str) -> list[str]:
    """The one agreement whose title holds the words of a short title in order, ending alike
    ("Credit Agreement" in "Senior Secured Revolving Credit Facility Agreement"); [] when
    none or several do. An amendment's own title ("Amendment No. 1 to Credit Agreement")
    holds the title of what it amends, so it is never the one meant."""
    want = norm_title(title).split()
    found = []
    for ref, e in ctx.collector.entities.items():
        t = e.props.get("title")
        if e.label != "Agreement" or not isinstance(t, str) or e.props.get("kind") == "amendment":
            continue
        have = norm_title(t).split()
        rest = iter(have)
        if have[-1:] == want[-1:] and all(w in rest for w in want):
            found.append(ref)
    return found if len(found) == 1 else []


#: A title about credit: "Credit Agreement", "Loan and Security Agreement", "Promissory Note",
#: "Facility Agreement" (English drafting), "Financing Agreement", "Borrowing Base Agreement".
CREDIT_TITLE = re.compile(
    r"(?i)\b(?:credit|loan|note|debenture|promissory|facility|financing|borrowing)\b"
)


def secured_agreement(ctx: DocContext) -> str | None:
    """The agreement whose obligations the document's guarantors secure: the own credit or
    loan agreement, else the credit agreement an amendment, consent or guaranty concerns (a
    waiver letter titled by its "Re:" line, "Waiver ... under Loan Agreement dated ...",
    concerns the loan agreement it names; it is none)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or ctx.self_ref is None:
        return None
    title = str(own.props.get("title") or "")
    if (
        own.label == "Agreement"
        and CREDIT_TITLE.search(title)
        and own.props.get("kind") not in AMENDING_KINDS
    ):
        return ctx.self_ref
    amended = [k[2] for k in ctx.collector.relations if k[0] == "AMENDS" and k[1] == ctx.self_ref]
    secured = [
        t
        for t in amended + primary_agreement(ctx, "")
        if labelled(ctx, [t], "Agreement") and CREDIT_TITLE.search(title_of(ctx, t))
    ]
    if secured:
        return secured[0]
    # a guaranty (or a credit agreement read under its "Guarantee" article's name) that refers
    # to "the Credit Agreement dated as of ..." under no defined term: the one credit or loan
    # agreement it names is the one guaranteed
    named = [
        (not e.props.get("date"), ref)
        for ref, e in ctx.collector.entities.items()
        if ref != ctx.self_ref
        and e.label == "Agreement"
        and _GUARANTEED_TITLE.search(str(e.props.get("title") or ""))
    ]
    # one agreement, though mentioned both with its date and without it
    titles = {title_of(ctx, ref).lower() for _, ref in named}
    return min(named)[1] if len(titles) == 1 else None


#: the title of an agreement whose obligations a guaranty stands behind
_GUARANTEED_TITLE = re.compile(r"(?i)\b(?:credit|loan)\b(?:\s+[\w&-]+){0,3}?\s+agreement\b")
