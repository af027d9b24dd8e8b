"""The collateral a grant or pledge names: the items of a pledged list, the defined
collateral ("the "Pledged Collateral""), and the assets granted after "a security
interest in", each an Asset node.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.records import Span
from ingest.relations.held_collateral import address_rest, held_with
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import secured_obligation
from ingest.relations.slots import (
    QUOTE,
    instruments_in,
    name_key,
    party_by_definition,
    subject_before,
)
from ingest.rules import passage, rule

_ITEM_MARK = re.compile(r"\(\s*(?:[ivx]{1,4}|[a-h])\s*\)")

_ITEM_TERM = re.compile(
    rf"\(\s*(?:the\s+)?{QUOTE}(?P<term>[A-Z][^\"\u201c\u201d]{{1,40}}){QUOTE}\s*\)"
)

_ITEM_NAMED = re.compile(
    r"^\s*(?:and\s+)?the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s*[.,]?\s*$"
)


def pledged_items(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], evidence: Span
) -> None:
    """Each item a pledge lists ("(i) ... (ii) ...") that it names by a term, the one it
    defines ("(the "Hale Shares")") or one the document quotes elsewhere ("the Hale
    Intercompany Note"), SECURES what the pledge secures (a stated "as security for", else
    the deal's credit agreement); so does the pledgor. Items it names by no term are
    left unread (their words run on to where the list ends)."""
    parts = _ITEM_MARK.split(m["items"])
    if len(parts) < 3:
        return
    terms: list[str] = []
    for item in parts[1:]:
        defined = _ITEM_TERM.search(item)
        named = _ITEM_NAMED.match(item)
        if defined:
            terms.append(defined["term"])
        elif named:
            quoted = r"\s+".join(map(re.escape, named["term"].split()))
            if re.search(rf"{QUOTE}{quoted}{QUOTE}", ctx.text):
                terms.append(named["term"])
    if not terms:
        return
    before = sentence[: m.start()]
    pledgors = subject_before(ctx, before) or party_by_definition(ctx, before, lo + m.start())
    targets = secured_obligation(ctx, before, lo + m.start())
    if not targets and (own := secured_agreement(ctx)):
        targets = [own]
    # a pledged note the document knows is that Instrument, not an Asset of its own
    pledged = [(instruments_in(ctx, term) or [add_asset(ctx, term, evidence)])[0] for term in terms]
    for t in targets:
        for ref in pledged:
            ctx.collector.relate("SECURES", ref, t, evidence)
        for g in pledgors:
            ctx.collector.relate("SECURES", g, t, evidence)


#: a collateral term the grant quotes ("in all of the "Collateral" under and as defined in")
_QUOTED_COLLATERAL = re.compile(rf"{QUOTE}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Collateral){QUOTE}")


#: "all of such Grantor's right, title, and interest in and to the following": the grant's
#: words, not its collateral (listed after it, and defined as the "Collateral")
_RIGHT_TITLE = re.compile(r"(?i)\bright,?\s+title,?\s+(?:and\s+)?interest\b")


def _collateral(ctx: DocContext, granted: str) -> str | None:
    """The collateral a grant's object names: the collateral term it quotes ("all of the
    "Collateral" under and as defined in ..."); for "its right, title and interest in the
    following", the "Collateral" the document defines (else none); else the words as written
    ("all of Borrower's accounts, inventory and equipment")."""
    quoted = _QUOTED_COLLATERAL.search(granted)
    if quoted:
        return quoted["term"]
    if _RIGHT_TITLE.search(granted):
        defined = any(d.term == "Collateral" for d in find_definitions(ctx.text))
        return "Collateral" if defined else None
    return granted


#: the term a grant defines for its collateral right after describing it ("in Borrower's
#: custody account number 22831700 maintained with ... ("Custody Account")", "..., and all
#: proceeds thereof (collectively, the "Collateral")")
_GRANT_TERM = re.compile(
    r"^[^;()]{0,80}?\(\s*(?:(?:collectively|together)\s*,?\s+)?(?:the\s+)?"
    rf"{QUOTE}(?P<term>[A-Z][^\"\u201c\u201d]{{1,40}}){QUOTE}\s*\)"
)

#: the term a longer grant gives its list in a parenthesis of its own: "... and all proceeds
#: thereof (all such assets on which a lien is granted to the Bank hereinafter collectively
#: referred to as the "Collateral")", "(all of which shall collectively be called the
#: "Intellectual Property Collateral")"
_REFERRED_TERM = re.compile(
    rf"^[^;]{{0,400}}?\([^()]{{0,200}}?\b(?:referred\s+to\s+(?:herein\s+)?as|called"
    rf"(?:\s+herein)?(?:\s+as)?)\s+"
    rf"(?:the\s+)?{QUOTE}(?P<term>[A-Z][^\"\u201c\u201d]{{1,40}}){QUOTE}\s*\)"
)

#: "... (the "Collateral") and the Mortgaged Property": one more collateral, by its term
_AND_TERM = re.compile(r"^\s+and\s+the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b")

#: "all accounts receivable and all inventory and equipment": an "and all" that goes on to
#: another class of collateral continues the list a grant names (one ending in "and all
#: proceeds thereof" or "and all other property" does not)
NOT_A_CLASS = (
    r"(?!\s+(?:of\s+)?(?:(?:its|their|such\s+[A-Z][\w-]*[\u2019']s|(?:the\s+)?[A-Z][\w-]*[\u2019']s)"
    r"\s+)?(?i:accounts|inventory|inventories|equipment|machinery|fixtures|general\s+intangibles"
    r"|receivables|goods|deposit\s+accounts|investment\s+property|chattel\s+paper"
    r"|contract\s+rights)\b)"
)

#: a description that only points back to an earlier sentence ("Any funds of Borrower held by
#: Lender ... Borrower grants Lender a security interest in all of said funds"): it names
#: nothing a reader of the graph could tell apart; the grant's grantor is still read
_ANAPHORIC = re.compile(r"(?i)^(?:all\s+(?:of\s+)?)?said\b")

_FOLLOWING_LIST = rule(
    "relations.collateral.following_list",
    r"(?i)^(?:all\s+(?:of\s+)?)?the\s+following(?:\s+described)?\s+(?:property|collateral"
    r"|assets)\s*:\s*(?P<list>[^.;:()\n]{3,160}?)\s*(?=\.(?:\s|$)|$)",
    reads="a grant of 'the following collateral:' and the short list after its colon, which is "
    "what it grants",
    matches=[
        passage(
            "the following collateral: all equipment and fixtures of Borrower.",
            list="all equipment and fixtures of Borrower",
        ),
        passage(
            "the following described property: Accounts and Inventory",
            list="Accounts and Inventory",
        ),
    ],
    rejects=[
        "the following collateral: (a) all Accounts; (b) all Inventory; and (c) all Equipment.",
        "the following collateral (the Collateral): accounts",
    ],
    mode="match",
)

_POINTS_TO_SECTION = rule(
    "relations.collateral.points_to_section",
    r"(?i)^(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:property|assets|collateral|items)\s+"
    r"(?:described|referred\s+to|listed|set\s+forth|identified)\s+in\s+"
    r"(?:Sections?|paragraphs?|clauses?|subsections?)\s+\d",
    reads="a granted description that only points to a section of the text (no collateral "
    "of its own: the section's own words are read where they stand)",
    matches=[
        "all of the property described in Section 2",
        "the assets referred to in paragraph 4(b) above",
    ],
    rejects=[
        "all of the property described in Exhibit A",
        "the real property described in the Mortgage",
        "all equipment described in Schedule 1",
    ],
)

#: a description cut off before the list it introduces ("all of the securities held in:") or
#: before a comma that ends a clause ("all deposits and accounts maintained with, and all ...")
_DANGLING = re.compile(r"(?i)(?:\b(?:in|of|on|to|by|with|from|under|following)|:)\s*$")


#: a grant of the shares or securities of companies, and the term a document defines for
#: them ('"Pledged Securities" means all securities of the Subsidiaries which are ... subject
#: to the Securities Pledge Agreement')
_SHARES = re.compile(
    r"(?i)(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?"
    r"(?:securities|shares|(?:capital\s+)?stock|equity\s+interests)\b"
)

_PLEDGED_TERM = re.compile(
    rf"{QUOTE}(?P<term>Pledged\s+(?:Securities|Shares|Stock|Equity(?:\s+Interests)?)){QUOTE}"
)


#: the collateral term a grant defines after naming the document that describes the collateral:
#: "in those of Borrower's assets provided in that certain Security Agreement of even date
#: herewith executed by Borrower for the benefit of Bank (the "Collateral")"
_DESCRIBED_TERM = re.compile(
    r"^\s+(?:provided|described)\s+in\s+(?:that\s+certain|the)\s+[^;()]{1,200}?\(\s*(?:the\s+)?"
    rf"{QUOTE}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Collateral){QUOTE}\s*\)"
)


def referred_term(after: str) -> str | None:
    """The term a parenthesis after a described collateral refers to it by ("(all such assets
    ... hereinafter collectively referred to as the "Collateral")")."""
    m = _REFERRED_TERM.match(after)
    return m["term"] if m else None


def defined_term(after: str) -> str | None:
    """The term a parenthesis right after a described collateral defines for it ("(the
    "Pledged Shares")"), or refers to it by."""
    m = _GRANT_TERM.match(after) or _REFERRED_TERM.match(after) or _DESCRIBED_TERM.match(after)
    return m["term"] if m else None


_RIGHT_TITLE_TO_TERM = rule(
    "relations.collateral.right_title_to_term",
    r"^(?:\s*,?\s*(?:in|to|and|under)\b)+,?\s+(?:all\s+(?:of\s+)?)?(?:its|their|the|such\s+[A-Z][\w-]*"
    r"[\u2019']s)\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}Collateral)\b"
    r"(?!['\u2019]|\s+(?:Agent|Trustee)\b)",
    reads="what a grant of 'all of its right, title and interest in, to and under' is in: the "
    "collateral term it names right after ('all of its Collateral (as defined in the Guarantee "
    "and Collateral Agreement)'), which the document need not define itself",
    mode="match",
    matches=[
        passage(
            ", to and under all of its Collateral (as defined in the Guarantee and Collateral "
            "Agreement)",
            term="Collateral",
        ),
        passage(
            " and to all of its Pledged Collateral, whether now owned", term="Pledged Collateral"
        ),
    ],
    rejects=[
        ", to and under all of its personal property and assets",
        ", to and under the Collateral Agent's account",
    ],
)


def granted_assets(ctx: DocContext, granted: str, after: str) -> list[str]:
    """The collateral a grant names: the term it defines for it ("(the "Collateral")", "(all
    such assets ... referred to as the "Collateral")"), else
    the words as written (see :func:`_collateral`); then a defined collateral the grant adds
    with "and the ..." ("(the "Collateral") and the Mortgaged Property"). A description that
    breaks off before a list ("the securities held in: (i) ...") names nothing whole, nor does
    one that points back ("all of said funds") or only to a section ("all of the property
    described in Section 2(b) above")."""
    defined = (
        _GRANT_TERM.match(after) or _REFERRED_TERM.match(after) or _DESCRIBED_TERM.match(after)
    )
    first = defined["term"] if defined else _collateral(ctx, granted)
    if not defined and not first and _RIGHT_TITLE.search(granted):
        # "all of its right, title and interest in, to and under all of its Collateral (as
        # defined in ...)": the term named after the grant's words
        named = _RIGHT_TITLE_TO_TERM.match(after)
        first = named["term"] if named else None
    if not defined and (following := _FOLLOWING_LIST.match(f"{granted}{after}")):
        first = following["list"]  # "the following collateral: all equipment and fixtures"
    if not defined and _SHARES.match(granted) and (pledged := _PLEDGED_TERM.search(ctx.text)):
        first = pledged["term"]  # "all of the securities held in: (i) ..." are those
    elif first and (
        _DANGLING.search(first) or _ANAPHORIC.match(first) or _POINTS_TO_SECTION.match(first)
    ):
        first = None
    place = None if defined or not first else held_with(after)
    if place:
        first = f"{first} {place}"  # "all funds of the Borrower on deposit with the Bank"
    elif first and not defined:
        first += address_rest(first, after)  # "located at 12 Main Street" + ", Dallas, Texas"
    assets = [first] if first else []
    if defined:
        more = _AND_TERM.match(after[defined.end() :])
        quoted = r"\s+".join(map(re.escape, more["term"].split())) if more else ""
        if more and re.search(rf"{QUOTE}{quoted}{QUOTE}", ctx.text):
            assets.append(more["term"])
    return assets


def add_asset(ctx: DocContext, description: str, evidence: Span) -> str:
    """The Asset a clause describes as collateral ("the Collateral", "all accounts")."""
    description = " ".join(description.split())
    ref = f"asset:{name_key(re.sub(r'^(?:the|all)\s+', '', description, flags=re.I))}"
    return ctx.collector.add(ref, "Asset", evidence, {"description": description})
