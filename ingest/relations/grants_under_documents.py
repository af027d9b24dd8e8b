"""Collateral a security document is described by, in a relative clause stating its grant:
"a Security Agreement of even date herewith ..., under which the Maker grants to the Holder a
security interest in all of the Maker's equipment, inventory and accounts receivable", "the
Pledge Agreement pursuant to which the Company shall grant to the Agent a first priority lien
on ...", "(b) a general security agreement under which the Borrower will grant to the Lender a
first priority security interest over all of its present and after-acquired property".

Why a reader of its own: the grant readers of :mod:`.security` read an operative grant
("hereby grants", "shall grant ..." after the grantor's own name), while here the grant is a
clause of the document's description, its verb after "which" and its grantor, and what the
collateral secures is not written after it: it is the note a "This Note is secured by" before
it names, else the own credit or loan agreement the description belongs to (a definition of
the "Security Agreement" in the credit agreement).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.collateral import add_asset, granted_assets
from ingest.relations.granting_documents import SECURED_BY, secured_notes
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

#: "under which the Maker grants to the Holder a security interest in <collateral>": the
#: grant a security document is described by; the collateral ends where a qualifier ("whether
#: now owned", "to secure ...", a parenthesis) or the clause ends.
WHICH_GRANTS = rule(
    "relations.grants_under_documents.which_grants",
    r"\b(?:under|pursuant\s+to|by)\s+which\s+"
    # the grantor: any words but a negation ("pursuant to which the Borrower shall not grant")
    r"(?:(?!\b(?:not|no)\b)[^;()]){1,60}?\s+"
    r"(?:(?:shall|will|hereby)\s+)?(?:pledges?|grants?)(?:\s+and\s+(?:pledges?|grants?))?,?\s+"
    # the secured party, then what the grant is "as security for", set off by commas
    r"(?:to\s+)?(?:(?:the|each)\s+)?(?:[A-Z][\w'\u2019.&-]*\s+){0,4}[A-Z][\w'\u2019.&-]*,?\s+"
    r"(?:as\s+(?:collateral\s+)?security\s+for\s+[^,;()]{1,80},\s*)?"
    r"(?:an?\s+)?(?:(?:continuing|first|second|prior|valid|perfected|priority"
    r"|(?:first|second)[\s-]priority)\s+)*"
    r"(?:security\s+interests?|liens?)(?:\s+and\s+(?:a\s+)?liens?)?\s+(?:in|over|on|upon)\s*,?\s+"
    r"(?:among\s+other\s+things,\s+)?"
    # never a list of the kinds of lien ("a lien on, security interest in, or pledge of ...")
    r"(?!\s*(?:an?\s+)?(?:security\s+interests?|liens?|pledges?|mortgages?)\b)"
    r"(?P<asset>[^;()]{3,200}?)"
    r"(?=\s*[(;]|,\s+(?:whether|now|wherever|except|including|together|as\s+the\s+same|which)\b"
    r"|\s+(?:to\s+secure|as\s+(?:collateral\s+)?security|now\s+owned|whether|wherever)\b"
    # a full stop, not a company's "Inc."
    r"|(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)\.(?:\s|$)|$)",
    reads="a security document's description (a note's 'secured by' clause, a credit "
    "agreement's definition): the collateral the grant in its 'under which' clause names",
    matches=[
        passage(
            "a Pledge and Security Agreement dated as of the Closing Date under which the Company"
            " grants to the Agent a continuing security interest in all of its inventory,"
            " equipment and receivables, whether now owned or hereafter acquired.",
            asset="all of its inventory, equipment and receivables",
        ),
        passage(
            "the Mortgage by which Harbor Mills LLC shall grant to the Lender, as security for"
            " the Loans, a first priority lien on the mill property at 40 Canal Street.",
            asset="the mill property at 40 Canal Street",
        ),
        passage(
            "the Stock Pledge pursuant to which Parent will pledge and grant to Bank a security"
            " interest over all shares of Tidewell Pumps, Inc. to secure the Obligations",
            asset="all shares of Tidewell Pumps, Inc.",
        ),
    ],
    rejects=[
        "the Security Agreement, under which the Lender may sell the Collateral at auction",
        "the Loan Agreement, pursuant to which the Borrower shall not grant any security interest"
        " in its assets",
        "a Guaranty by which the Parent guarantees the Obligations",
        "the instruments by which the Company grants to the Trustee a lien on, security interest"
        " in, or mortgage of any of its assets",
    ],
)


def _secured(ctx: DocContext, lo: int, before: str) -> list[str]:
    """What a described grant secures: the notes a "... is secured by" before it names, else
    (in the own text) the own credit or loan agreement."""
    said = [*SECURED_BY.finditer(before)]
    if said:
        return secured_notes(ctx, lo, before[: said[-1].start()])
    own = secured_agreement(ctx) if in_own_text(ctx, lo) else None
    return [own] if own else []


def extract_grants_under_documents(ctx: DocContext, lo: int, sentence: str) -> None:
    """The collateral of each described grant SECURES what it secures (see :func:`_secured`).
    Evidence: the sentence."""
    for m in WHICH_GRANTS.finditer(sentence):
        targets = _secured(ctx, lo, sentence[: m.start()])
        assets = granted_assets(ctx, m["asset"], sentence[m.end() :]) if targets else []
        if not assets:
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        for asset in assets:
            ref = add_asset(ctx, asset, evidence)
            for target in targets:
                ctx.collector.relate("SECURES", ref, target, evidence)
