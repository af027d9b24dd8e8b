"""SECURES from every item of an enumerated list of what the deal's debt "shall be secured by":
"The Indebtedness shall be secured by (i) the Mortgage ...; and (ii) a continuing first priority
security interest affecting all of Borrower's assets granted under the Security Agreement",
"The Obligations shall be secured by (a) valid, perfected, and enforceable Liens on all right,
title, and interest of the Borrower in all capital stock held by the Borrower in the Target ...,
and (b) ... Liens on all right, title, and interest of the Parent in substantially all personal
property ...".

Vocabulary:
- *item*: the words between two list marks ("(a)", "(ii)"). An item is a *lien item* when it
  states a lien or security interest "in", "on" or "affecting" collateral; else its head (up to
  a comma) may name a security document ("the Mortgage"), read as ``secured_by`` reads one.
- *owner*: whose "right, title, and interest" the lien is on: that party secures the debt too,
  as a grantor does.

Why a reader of its own: ``relations.security_grants.secured_by`` reads only what comes right
after "secured by", the first item of a list at most, and no lien described by its adjectives
and its owner's interest before the collateral.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset, granted_assets
from ingest.relations.collateral_owner import collateral_owners
from ingest.relations.headed_clauses import after_heading
from ingest.relations.security_grants import (
    _DEAL_DEBT,
    _LIST_GOES_ON,
    _NOT_DEAL,
    _OWN_PAPERS,
    _papers_named,
    _secured,
    _secured_by_one,
    grant_subjects,
)
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

_SECURED_BY_LIST = rule(
    "relations.secured_by_lists.list",
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?"
    r"(?P<subj>(?:The|All|Each|Payment|Repayment)\b[^.;()]{0,160}?)\s+"
    r"(?:is|are|shall\s+(?:at\s+all\s+times\s+)?be|will\s+be)\s+"
    r"(?:(?:fully|additionally|equally\s+and\s+ratably)\s+)?secured\s+by\s*"
    r"(?:,?\s*among\s+other\s+things,?\s*)?(?=\(\s*(?:a|i|1)\s*\))",
    reads="the deal's debt stated to be secured by an enumerated list of security",
    mode="match",
    matches=[
        passage(
            "The Indebtedness shall be secured by (i) the Deed of Trust and (ii) a security "
            "interest in all of the Borrower's inventory.",
            subj="The Indebtedness",
        ),
        passage(
            "The Obligations shall at all times be secured by (a) Liens on the Pledged Shares.",
            subj="The Obligations",
        ),
    ],
    rejects=[
        "The Obligations shall be secured by a first priority lien on all assets.",
        "Any Debt secured by (a) a Lien on any asset of such Person.",
    ],
)

#: an item's head that names a security document rather than collateral
_DOCUMENT = re.compile(
    r"(?i)\bguarant(?:y|ies|ee|ees)\b|\bagreements?\b|\bmortgages?\b|deeds?\s+of\s+trust"
)

#: the list marks that separate the items
_MARK = re.compile(r"\(\s*(?:[a-h]|[ivx]{1,4}|\d{1,2})\s*\)\s*")

_LIEN_ITEM = rule(
    "relations.secured_by_lists.lien_item",
    r"^\s*(?:(?:and|or)\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?i:valid|perfected|enforceable|continuing|first|second|prior|senior|priority|exclusive)"
    r"(?:,\s+and\s+|\s+and\s+|[\s,-]+))*"
    r"(?i:security\s+interests?|liens?|mortgages?|pledges?)"
    r"(?:\s+(?:in|on)\s+and\s+(?i:liens?|security\s+interests?))?"
    r"\s+(?:in|on|upon|affecting|over)\s+"
    r"(?:all\s+(?:of\s+)?(?:the\s+)?right,?\s+title,?\s+and\s+interest\s+of\s+"
    r"(?P<owner>[^;,()]{2,80}?)\s+in\s+(?:and\s+to\s+)?)?"
    r"(?P<asset>(?:all\s+of\s+|all\s+|the\s+|its\s+|their\s+|substantially\s+all\s+(?:of\s+)?"
    r"|[A-Z][\w-]*[\u2019']s\s+)[^.;,()]{2,100}?" + _LIST_GOES_ON + r")"
    r"(?=,|\s*[()]|\s+(?:now|whether|granted|pursuant|under|created|evidenced|in\s+favou?r"
    r"|and\s+all|as\s+(?:set|more|described|provided))\b|\s*;|\s*\.|\s+and\s*$|\s*$)",
    reads="an item of such a list that states a lien or security interest on collateral",
    mode="match",
    matches=[
        passage(
            "a continuing first priority security interest affecting all of the Borrower's "
            "assets granted under the Security Agreement; and ",
            asset="all of the Borrower's assets",
        ),
        passage(
            "valid, perfected, and enforceable Liens on all right, title, and interest of the "
            "Parent in substantially all personal property, fixtures, and real estate, whether "
            "now owned or hereafter acquired, and ",
            owner="the Parent",
            asset="substantially all personal property, fixtures, and real estate",
        ),
        passage("a first lien on the Pledged Shares.", asset="the Pledged Shares"),
    ],
    rejects=["the Mortgage, which shall at all times constitute a first priority mortgage"],
)


def extract_secured_by_lists(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES of the deal's agreement from each item of a "shall be secured by (a) ... and
    (b) ..." list (at ``lo``): the collateral a lien item describes and its owner, and the
    security document an item names."""
    if skip := after_heading(sentence):  # "B. The Notes are secured by (i) ..."
        lo, sentence = lo + skip, sentence[skip:]
    m = _SECURED_BY_LIST.match(sentence)
    if m is None or _NOT_DEAL.search(m["subj"]):
        return
    # "The Notes are secured by (i) ...": the deal's own papers, as secured_by reads them
    papers = not _DEAL_DEBT.search(m["subj"]) and _OWN_PAPERS.match(m["subj"])
    if not papers and not _DEAL_DEBT.search(m["subj"]):
        return
    targets = _papers_named(ctx, lo, m["subj"]) if papers else _secured(ctx, lo, m["subj"])
    if not targets:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    rest = sentence[m.end() :]
    marks = list(_MARK.finditer(rest))
    for i, mark in enumerate(marks):
        item = rest[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(rest)]
        lien = _LIEN_ITEM.match(item)
        for own in targets:
            if lien is None:
                # "the Mortgage, which shall ...": a security document, read as secured_by does
                head = item.split(",")[0]
                if _DOCUMENT.search(head):
                    _secured_by_one(ctx, own, head, "", evidence)
                continue
            after = item[lien.end() :]
            for described in granted_assets(ctx, lien["asset"], after):
                ctx.collector.relate("SECURES", add_asset(ctx, described, evidence), own, evidence)
            owners = grant_subjects(ctx, lien["owner"], lo) if lien["owner"] else []
            for party in [*owners, *collateral_owners(ctx, lien["asset"], own)]:
                if party != own:
                    ctx.collector.relate("SECURES", party, own, evidence)
