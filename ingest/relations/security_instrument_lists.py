"""The security documents an agreement lists by what each one covers or grants: "The Security
Instruments securing the Borrower's Obligations and Indebtedness to the Bank shall include the
following: 1. ACT OF MORTGAGE, SECURITY AGREEMENT, FIXTURE FILING AND ASSIGNMENT OF PRODUCTION
covering Borrower's Borrowing Base Oil and Gas Properties. 2. SECURITY AGREEMENT granting the
Bank a first priority security interest in all of the Borrower's personal property assets ..."
(a bank's form, most often in an exhibit after the signatures).

Exists because :mod:`ingest.relations.listed_security_documents` reads a list of bare titles in
the body ("(a) The Security Agreement;"), and the grant readers read a sentence in which a party
grants: here each item names its document, then the collateral it covers, and the party whose
collateral it is gives it. So each item is a security document (a mentioned agreement the own
agreement REFERENCES), the collateral's owner is a party to it, and the collateral and its owner
secure the own agreement.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.collateral import add_asset, granted_assets
from ingest.relations.collateral_owner import collateral_owners
from ingest.relations.obligations import secured_agreement
from ingest.rules import passage, rule

#: "The Security Instruments securing the Borrower's Obligations ... shall include the
#: following, each in form and substance satisfactory to the Bank:", "The Collateral Documents
#: shall consist of the following:"
_OPENING = rule(
    "relations.security_instruments_include",
    r"\b(?:Security|Collateral)\s+(?:Instruments|Documents)\b[^.:;]{0,200}?"
    r"\b(?:include|consist\s+of)\s+the\s+following\b[^.:;]{0,120}:",
    reads="the opening of a list of the security documents that secure the agreement",
    matches=[
        passage(
            "The Security Instruments securing the Borrower's Obligations to the Bank shall "
            "include the following, each in form and substance satisfactory to the Bank:"
        ),
        passage("The Collateral Documents shall consist of the following:"),
    ],
    rejects=[
        "The Security Documents include the Pledge Agreement.",
        "the Security Documents and the following documents: (a)",
    ],
)
#: one item: its number, the document's title, then what it covers or grants up to the item's
#: end ("2. SECURITY AGREEMENT granting the Bank a first priority security interest in all of
#: the Borrower's personal property assets, including ...")
_ITEM = rule(
    "relations.security_instrument_item",
    r"^[ \t]*(?:\d{1,2}\.|\(?[a-z0-9]{1,3}\))[ \t]+(?P<title>[A-Z][A-Za-z ,&'\n-]{3,140}?"
    r"(?:AGREEMENT|MORTGAGE|DEED\s+OF\s+TRUST|PLEDGE|GUARANTY|PRODUCTION|Agreement|Mortgage"
    r"|Deed\s+of\s+Trust|Pledge|Guaranty))\s+(?P<verb>covering|granting|creating|pledging)\s+"
    r"(?P<rest>[^.]{2,400})\.",
    re.MULTILINE,
    reads="an item of such a list: the document's title and what it covers or grants",
    matches=[
        passage(
            "1.     DEED OF TRUST AND SECURITY AGREEMENT covering Borrower's Mineral Properties.",
            title="DEED OF TRUST AND SECURITY AGREEMENT",
            verb="covering",
        ),
        passage(
            "(b) Pledge Agreement pledging all of the capital stock of each Subsidiary.",
            title="Pledge Agreement",
            verb="pledging",
        ),
    ],
    rejects=["1. FINANCING STATEMENTS in connection with the Security Instruments."],
)
#: what an item gives as collateral: after "covering", or after "security interest in"
_COVERED = re.compile(
    r"^(?:(?:the\s+)?[A-Z][\w-]*\s+(?:a|an)\s+[^.;]{0,60}?(?:security\s+interest|lien)s?\s+"
    r"(?:in|on)\s+)?(?P<asset>[^,;:]{3,120}?)(?=,|;|:|\s+(?:whether|now|and\s+all|together)\b|$)"
)
#: collateral named by its owner and a defined term: "Borrower's Borrowing Base Properties"
_OWNED_TERM = re.compile(
    r"^[A-Z][\w-]*['\u2019]s\s+(?P<term>[A-Z][\w-]*(?:\s+(?:[A-Z][\w&-]*|and|of))*)$"
)
#: how far the list runs after its opening, and how much text may stand between two items (an
#: item that is no document, "3. FINANCING STATEMENTS in connection with ...")
_WINDOW = 3000
_GAP = 600


def extract_security_instrument_lists(ctx: DocContext) -> None:
    """For each item of a list of security documents: the document (REFERENCES from the own
    agreement), its collateral and the collateral's owner (SECURES the own agreement), and the
    owner's PARTY_TO the document; evidence: the item (the list's opening says they secure)."""
    own = secured_agreement(ctx)
    if own is None or own != ctx.self_ref:
        return
    text = ctx.text
    for m in _OPENING.finditer(text):
        last = m.end()
        for item in _ITEM.finditer(text, m.end(), min(len(text), m.end() + _WINDOW)):
            if len(text[last : item.start()].strip()) > _GAP:
                break  # the list ended before: other text stands between
            last = item.end()
            evidence = ctx.span(item.start(), item.end())
            title = " ".join(item["title"].split())
            doc = add_mention(ctx, Mention(title, item.start("title"), item.end("title")), evidence)
            ctx.collector.relate("REFERENCES", own, doc, evidence)
            covered = _COVERED.match(" ".join(item["rest"].split()))
            if covered is None:
                continue
            asset = covered["asset"]
            # "Borrower's Borrowing Base Oil and Gas Properties": the owner's defined collateral
            defined = _OWNED_TERM.match(asset)
            for described in granted_assets(ctx, defined["term"] if defined else asset, ""):
                ctx.collector.relate("SECURES", add_asset(ctx, described, evidence), own, evidence)
            for party in collateral_owners(ctx, asset, own):
                ctx.collector.relate("SECURES", party, own, evidence)
                ctx.collector.relate("PARTY_TO", party, doc, evidence)
