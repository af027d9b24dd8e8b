"""SECURES from a conveyance of land as security, the granting clause of a mortgage or a deed
of trust: "Trustor hereby irrevocably grants, bargains, sells and conveys to Trustee, in trust,
with power of sale, the real property ... (the "Property"), to secure the payment of the
indebtedness evidenced by the Promissory Note ...", "Mortgagor does hereby mortgage, grant and
convey unto Mortgagee the Mortgaged Property, as security for the Obligations".

Why a reader of its own: a conveyance is no "security interest" or "lien", the words the
grant readers look for; what it secures follows the land, after a long description of it.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.obligation_lists import listed_obligations
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.security_grants import grant_subjects
from ingest.relations.slots import agreements_in, instruments_in, parties_named, trimmed
from ingest.rules import passage, rule

_CONVEYS = rule(
    "relations.conveyances.conveys_to_secure",
    # a list label or a section number ("(a)", "2.1") may open the clause
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*|\d{1,2}\.\d{1,2}\.?\s+)?(?:(?:NOW,?\s+)?THEREFORE,?\s+)?"
    r"(?:(?i:to\s+secure|in\s+order\s+to\s+secure|as\s+security\s+for"
    r"|for\s+the\s+purpose\s+of\s+securing)\b(?P<first>[^;]{3,300}?),\s+)?"
    r"(?P<subj>(?:(?i:the)\s+)?[A-Z][\w'\u2019.&-]*(?:(?:\s+|,\s+)[A-Z][\w'\u2019.&-]*){0,6})"
    r",?\s+(?:(?i:does|do)\s+)?(?i:hereby\s+)?(?i:irrevocably\s+)?"
    r"(?P<verbs>(?i:(?:grants?|bargains?|sells?|conveys?|mortgages?|warrants?|assigns?|transfers?"
    r"|remises?|releases?|pledges?|sets?\s+over|confirms?)(?:,?\s+and\s+|,\s+|\s+)){1,9})"
    r"(?i:to|unto)\s+(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5})"
    r"(?P<body>[^;]{3,900}?)(?:\b(?i:to\s+secure|as\s+security\s+for|for\s+the\s+purpose\s+of"
    r"\s+securing|in\s+order\s+to\s+secure)\b(?P<what>[^;]{0,300})"
    # with what it secures stated first, the land runs to the sentence's end
    r"|(?(first)[.;]?\s*$|(?!)))",
    reads="the granting clause of a mortgage or deed of trust: grantor, the land, what it secures",
    mode="match",
    matches=[
        passage(
            "Trustor hereby irrevocably grants, bargains, sells and conveys to Trustee, in trust, "
            'with power of sale, the real property described in Exhibit A (the "Property"), to '
            "secure the payment of the indebtedness evidenced by the Note.",
            subj="Trustor",
            to="Trustee",
        ),
        passage(
            "Mortgagor does hereby mortgage, grant and convey unto Mortgagee the Mortgaged "
            "Property, as security for the Obligations.",
            subj="Mortgagor",
        ),
        passage(
            "NOW, THEREFORE, to secure the payment of the Note, Mortgagor hereby mortgages, grants "
            'and conveys to Mortgagee the land described in Exhibit A (the "Premises").',
            first=" the payment of the Note",
            subj="Mortgagor",
        ),
        passage(
            "For the purpose of securing the Secured Obligations, Grantor hereby grants, bargains, "
            "sells and conveys to Trustee, in trust, the land described in Exhibit A (the land "
            'and all improvements being collectively referred to as the "Mortgaged Estate").',
            first=" the Secured Obligations",
            subj="Grantor",
        ),
    ],
    rejects=[
        "The Borrower shall not sell, convey or mortgage to any Person any of its real property.",
        "Seller hereby sells and conveys to Buyer the Property for the Purchase Price",
    ],
)
#: the verbs that make a grant a conveyance of land (not "grants a security interest")
LAND_VERBS = re.compile(r"(?i)\b(?:bargains?|conveys?|mortgages?)\b")
#: the last term a description of the land defines before what it secures ("(the
#: "Property")", "(the Land, the Improvements and all of the foregoing being collectively
#: referred to as the "Property")")
_LAND_TERM = re.compile(
    r"\((?:[^()]{0,300}?\b(?:referred\s+to|called)\s+(?:herein\s+)?as\s+)?\s*"
    r"(?:collectively,?\s+)?(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]\s*\)"
)
#: a grant written in a covenant or a condition is none
_NOT_GRANT = re.compile(r"(?i)\b(?:shall\s+not|will\s+not|may\s+not|if|unless|no)\b")


def extract_conveyances(ctx: DocContext, lo: int, sentence: str) -> None:
    """The grantor of a conveyance as security, and the land it conveys, SECURE the note or
    agreement it names after "to secure" (else, in the own text, the deal's agreement)."""
    m = _CONVEYS.match(sentence)
    if m is None or not LAND_VERBS.search(m["verbs"]) or _NOT_GRANT.search(m["subj"]):
        return
    what = m["what"] or m["first"]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    secured = (
        instruments_in(ctx, what)[:1]
        or agreements_in(ctx, what)[:1]
        or listed_obligations(ctx, what)
    )
    if not secured and (own := secured_agreement(ctx)) and in_own_text(ctx, lo):
        secured = [own]
    terms = list(_LAND_TERM.finditer(m["body"]))
    land = terms[-1]["term"] if terms else None
    grantees = set(parties_named(ctx, m["to"]))
    for target in secured:
        if land:
            ctx.collector.relate("SECURES", add_asset(ctx, land, evidence), target, evidence)
        for grantor in grant_subjects(ctx, m["subj"], lo):
            if grantor not in grantees:
                ctx.collector.relate("SECURES", grantor, target, evidence)
