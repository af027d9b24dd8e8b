"""The security documents a credit agreement lists as securing it: "This Agreement and the
Note are secured by any and all security interests ... granted to the Bank ..., including
without limitation as described in the following documents: (a) The Security Agreement; (b)
The Stock Pledge Agreement; (c) The Guaranty; and (d) The Third Party Security Agreement" (a
bank's form of credit agreement, in its article on collateral and guaranties).

The graph's SECURES starts at the collateral or at the party that gives it, never at a
document, so each document listed becomes a mentioned agreement the own agreement REFERENCES
(the sentence and its list are the evidence): the readers that run after it find the
guaranty there and make its guarantor a party to it, and a user finds what secures the deal.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.obligations import secured_agreement
from ingest.relations.slots import labelled, name_key
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "This Agreement and the Note are secured by ... the following documents:", "The
#: Obligations shall be secured by the following:": the opening of a list of what secures the
#: own agreement.
_SECURED_BY_FOLLOWING = rule(
    "relations.secured_by_following",
    r"\b(?:This\s+Agreement|The\s+Obligations|The\s+Loans)(?:\s+and\s+the\s+(?:[A-Z][\w-]*\s+)?"
    r"Notes?)?\s+(?:is|are|shall\s+be)\s+(?:and\s+will\s+be\s+)?secured\s+by\b[^.;:]{0,400}?"
    r"\bthe\s+following(?:\s+documents)?\s*:",
    reads="a credit agreement's own text: the opening of the list of documents that secure it",
    matches=[
        passage(
            "This Agreement and the Note are secured by all security interests granted to the "
            "Bank, including as described in the following documents:"
        ),
        passage("The Obligations shall be secured by the following:"),
    ],
    rejects=[
        "This Agreement is secured by the Collateral.",
        "the Notes issued under the following documents:",
    ],
)
#: One item of the list: "(a) The Security Agreement;", "and (d) The Third Party Security
#: Agreement" (the title up to the item's end).
_ITEM = rule(
    "relations.secured_by_item",
    r"\s*(?:and\s+)?\(?[a-z0-9]{1,3}\)\s*(?:[Tt]he\s+|[Tt]hat\s+certain\s+)?"
    r"(?P<title>[A-Z][^;\n]{2,80}?)\s*(?:;|\.|\n|$)",
    reads="an item of a list of documents securing the agreement: the document's title",
    matches=[
        passage("(a)    The Security Agreement;", title="Security Agreement"),
        passage(
            " and (d) The Third Party Security Agreement\n", title="Third Party Security Agreement"
        ),
    ],
    rejects=["The Security Agreement;"],
    mode="match",
)
#: A title that names a security document: an agreement, a guaranty, a mortgage
_DOCUMENT_TITLE = re.compile(r"(?:Agreement|Guarant(?:y|ee)|Mortgage|Deed\s+of\s+Trust)$")
#: How far the list runs after its opening
_WINDOW = 800


def extract_listed_security_documents(ctx: DocContext) -> None:
    """REFERENCES from the own agreement to each document its list of security names."""
    own = secured_agreement(ctx)
    if own is None or own != ctx.self_ref:
        return
    text = ctx.text
    sig = analyze(text).signatures
    end = sig.start if sig else len(text)
    for m in _SECURED_BY_FOLLOWING.finditer(text, 0, end):
        pos, limit = m.end(), min(end, m.end() + _WINDOW)
        while (item := _ITEM.match(text, pos, limit)) is not None:
            pos = item.end()
            evidence = ctx.span(m.start(), item.end())
            refs = _named(ctx, " ".join(item["title"].split()))
            if not refs and _DOCUMENT_TITLE.search(item["title"]):
                # "(c) The Guaranty": a document the text defines in words no reader took
                title = " ".join(item["title"].split())
                refs = [
                    add_mention(
                        ctx, Mention(title, item.start("title"), item.end("title")), evidence
                    )
                ]
            for ref in refs:
                if ref != own:
                    ctx.collector.relate("REFERENCES", own, ref, evidence)
            if text[item.end() - 1 : item.end()] in (".", ""):
                break


def _named(ctx: DocContext, title: str) -> list[str]:
    """The agreement an item names: by its defined term or its title, else the one agreement
    whose title holds the item's words in order ("Third Party Security Agreement" for the
    "Third Party Business Security Agreement" its definition describes)."""
    refs = labelled(ctx, ctx.lookup(title), "Agreement")
    if refs:
        return refs[:1]
    want = name_key(title).split()
    exact, holding = [], []
    for ref, e in ctx.collector.entities.items():
        have = name_key(str(e.props.get("title") or "")).split()
        if e.label != "Agreement" or ref == ctx.self_ref or not have:
            continue
        if have == want:
            exact.append(ref)
        elif len(want) >= 3 and _in_order(want, have):
            holding.append(ref)
    return exact[:1] or (holding if len(holding) == 1 else [])


def _in_order(want: list[str], have: list[str]) -> bool:
    """Whether the words ``want`` occur in ``have`` in the same order."""
    it = iter(have)
    return all(w in it for w in want)
