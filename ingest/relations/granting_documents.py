"""Collateral a note's "secured by" clause describes through the documents that grant it:
"This Note is secured by (a) a Security Agreement ... granting the Bank a security interest in
all of the Borrower's inventory, accounts and equipment (the "Collateral"); and (b) a Mortgage
... encumbering the Borrower's plant located at 12 River Road (the "Mortgaged Property")".

Why a reader of its own: the "secured by" readers take the words right after "by" as what
secures, and here those name a document; the collateral is what the document's participle
("granting ... a security interest in", "encumbering") describes, named by the term the
parenthesis after it defines. Each such collateral SECURES the note the clause's subject names.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.slots import instruments_in, nearest_contained_instrument, trimmed
from ingest.rules import passage, rule

_TERM = (
    r"\s*\(\s*(?:(?:collectively|together)\s*,?\s+)?(?:the\s+)?[\"\u201c]"
    r"(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"\u201d]\s*\)"
)

#: "... is secured by", "are also secured by": the clause whose subject names what is secured
SECURED_BY = re.compile(
    r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:(?:also|further|additionally)\s+)?secured\s+by\b"
)

#: "granting the Bank a security interest in <collateral> (the "Collateral")", "encumbering
#: <property> (the "Mortgaged Property")": what a securing document the clause lists covers
_COVERED = rule(
    "relations.granting_documents.covered",
    r"\b(?:(?:granting|creating|giving)\s+(?:to\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:a\s+|an\s+)?(?:(?:first|second)[-\s]priority\s+|continuing\s+|valid\s+)?"
    r"(?:security\s+interests?|liens?|mortgage\s+liens?)\s+(?:in|on|upon)"
    r"|encumbering|covering)\s+(?P<desc>[^;()\"\u201c]{3,300}?)" + _TERM,
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
    for m in _COVERED.finditer(sentence, secured.end()):
        asset = add_asset(ctx, m["term"], ctx.span(lo + m.start("term"), lo + m.end("term")))
        for target in targets:
            ctx.collector.relate("SECURES", asset, target, evidence)
