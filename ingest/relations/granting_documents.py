"""Collateral a note's "secured by" clause describes through the documents that grant it:
"This Note is secured by (a) a Security Agreement ... granting the Bank a security interest in
all of the Borrower's inventory, accounts and equipment (the "Collateral"); and (b) a Mortgage
... encumbering the Borrower's plant located at 12 River Road (the "Mortgaged Property")".

Why a reader of its own: the "secured by" readers take the words right after "by" as what
secures, and here those name a document; the collateral is what the document's participle
("granting ... a security interest in", "encumbering") describes, named by the term the
parenthesis after it defines (or, with no term, the document's defined "Collateral", else the
clause's description to its end). Each such collateral SECURES the note the clause's subject
names.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.slots import QUOTE, instruments_in, nearest_contained_instrument, trimmed
from ingest.rules import passage, rule

_TERM = (
    r"\s*\(\s*(?:(?:collectively|together)\s*,?\s+)?(?:the\s+)?[\"\u201c]"
    r"(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"\u201d]\s*\)"
)

#: "... is secured by", "are also secured by": the clause whose subject names what is secured
SECURED_BY = re.compile(
    r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:(?:also|further|additionally)\s+)?secured\s+by\b"
)

#: the participle of a securing document a clause lists, up to the collateral it describes:
#: "granting the Bank a security interest in", "encumbering", "covering"
_PARTICIPLE = (
    r"\b(?:(?:granting|creating|giving)\s+(?:to\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:a\s+|an\s+)?(?:(?:first|second)[-\s]priority\s+|continuing\s+|valid\s+)?"
    r"(?:security\s+interests?|liens?|mortgage\s+liens?)\s+(?:in|on|upon)"
    r"|encumbering|covering)\s+"
)

#: "granting the Bank a security interest in <collateral> (the "Collateral")", "encumbering
#: <property> (the "Mortgaged Property")": what a securing document the clause lists covers
_COVERED = rule(
    "relations.granting_documents.covered",
    _PARTICIPLE + r"(?P<desc>[^;()\"\u201c]{3,300}?)" + _TERM,
    reads="a securing document a 'secured by' clause lists: the collateral its participle "
    "describes, named by the term after it",
    matches=[
        passage(
            "executed by the Borrower in favor of the Bank, granting the Bank a security "
            'interest in all of the Borrower\'s inventory and accounts (the "Collateral")',
            term="Collateral",
        ),
        passage(
            'a Mortgage encumbering the plant at 12 River Road, Rumford, Maine (the "Premises")',
            term="Premises",
        ),
    ],
    rejects=[
        'a Guaranty of John Smith (the "Guaranty")',
        'granting the Bank a security interest in the Collateral; and (b) (the "Mortgage")',
    ],
)

#: "... and the Note is secured by a Deed of Trust dated May 1, 2020 encumbering the Borrower's
#: brewery at 2215 Main Road, Fort Collins, Colorado.": the collateral described to the end of
#: the clause, with no term for it (never across a second document the clause lists: "...
#: covering the Premises and the Security Agreement")
_COVERED_TO_END = rule(
    "relations.granting_documents.covered_to_end",
    _PARTICIPLE
    + r"(?P<desc>(?:(?!\s(?:and|or)\s+(?:an?|the|that|each|its)\s)[^;()\"\u201c]){3,200}?)"
    + r"(?=(?<!\bInc)(?<!\bCo)(?<!\bCorp)\.(?:\s|$)|;|$)",
    reads="a securing document a 'secured by' clause lists: the collateral its participle "
    "describes, to the end of the clause, where no term names it",
    matches=[
        passage(
            "secured by a Deed of Trust dated May 1, 2020 encumbering the Borrower's shop at 9"
            " Mill Lane, Dover, Delaware.",
            desc="the Borrower's shop at 9 Mill Lane, Dover, Delaware",
        ),
        passage(
            "secured by a Security Agreement granting the Holder a first priority lien on all"
            " of the Maker's trucks and trailers; and",
            desc="all of the Maker's trucks and trailers",
        ),
    ],
    rejects=[
        "secured by a Mortgage covering the Premises and the Security Agreement of even date.",
        "a Guaranty of John Smith.",
    ],
)


#: A document that defines its "Collateral" names the deal's collateral by that term: a
#: securing document "covering inventory, accounts, equipment and general intangibles" covers it.
_DEFINED_COLLATERAL = re.compile(rf"{QUOTE}Collateral{QUOTE}")


def secured_notes(ctx: DocContext, lo: int, subject: str) -> list[str]:
    """The notes the subject of a "... is secured by" clause names ("This Note", or a note by
    its term), the clause read at ``lo``."""
    targets = instruments_in(ctx, subject)
    if not targets and re.search(r"\b[Tt]his\s+(?:Note|Debenture|Bond)\b", subject):
        note = nearest_contained_instrument(ctx, lo)
        targets = [note] if note else []
    return targets


def extract_granting_documents(ctx: DocContext, lo: int, sentence: str) -> None:
    """Each collateral a listed securing document covers SECURES the note the subject of
    "... is secured by" names ("This Note", or a note by its term). Evidence: the sentence."""
    secured = SECURED_BY.search(sentence)
    targets = secured_notes(ctx, lo, sentence[: secured.start()]) if secured else []
    if secured is None or not targets:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    termed = list(_COVERED.finditer(sentence, secured.end()))
    for m in termed:
        asset = add_asset(ctx, m["term"], ctx.span(lo + m.start("term"), lo + m.end("term")))
        for target in targets:
            ctx.collector.relate("SECURES", asset, target, evidence)
    for m in _COVERED_TO_END.finditer(sentence, secured.end()):
        if any(t.start() <= m.start() < t.end() for t in termed):
            continue  # the collateral a term names, read above
        described = "Collateral" if _DEFINED_COLLATERAL.search(ctx.text) else m["desc"]
        asset = add_asset(ctx, described, ctx.span(lo + m.start("desc"), lo + m.end("desc")))
        for target in targets:
            ctx.collector.relate("SECURES", asset, target, evidence)
