"""A security document a credit agreement's closing conditions describe by what it grants,
define by a term, and then say who executes: "(iv) A security agreement in form and substance
satisfactory to Lender granting Lender a security interest in the Collateral described therein
(such agreement, as amended from time to time, the "Security Agreement"), duly executed by
Borrower", "a guaranty of the Obligations (the "Parent Guaranty") duly executed by Parent".

The one who executes it is party to it and, as the document grants security or guarantees,
SECURES the own credit agreement. Why a reader of its own: :mod:`.delivered_grants` reads the
executing party before the grant, :mod:`.executed_documents` a titled document followed by
"executed by"; here a lower-case description and its defining parenthesis stand between.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import labelled, party_or_company, trimmed
from ingest.rules import passage, rule

_DESCRIBED_THEN_EXECUTED = rule(
    "relations.defined_executed_documents.described_then_executed",
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<kind>(?:(?:stock|membership\s+interest)\s+)?pledge\s+agreement"
    r"|(?:pledge\s+and\s+)?security\s+agreement|guarant(?:y|ee)(?:\s+agreement)?|mortgage)\b"
    r"(?P<body>[^;()]{0,300}?)\(\s*(?:(?:such|which)\s+[a-z]+\b[^()\"\u201c]{0,160}?,\s+)?"
    r"(?:the\s+|herein\s+called\s+the\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201d]{1,60})[\"\u201d]\s*\)"
    r"\s*,?\s+(?:duly\s+)?executed\s+(?:and\s+delivered\s+)?by\s+"
    r"(?P<by>(?:the\s+|each\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,4})",
    reads="a security document or guaranty described, defined by a term, then who executes it",
    matches=[
        passage(
            "(iv) A security agreement in form and substance satisfactory to Lender granting "
            "Lender a security interest in the Collateral described therein (such agreement, as "
            'amended from time to time, the "Security Agreement"), duly executed by Borrower, '
            "together with financing statements.",
            kind="security agreement",
            term="Security Agreement",
            by="Borrower",
        ),
        passage(
            "(c) a guaranty of the Obligations in form satisfactory to the Bank (the "
            "\u201cParent Guaranty\u201d) duly executed by Kestrel Holdings, Inc.;",
            kind="guaranty",
            term="Parent Guaranty",
            by="Kestrel Holdings, Inc.",
        ),
        passage(
            'a pledge agreement covering the stock of each Subsidiary (the "Pledge Agreement"), '
            "executed and delivered by the Company",
            kind="pledge agreement",
            term="Pledge Agreement",
            by="the Company",
        ),
    ],
    rejects=[
        'a security agreement (the "Security Agreement") to be executed by each Subsidiary '
        "that becomes a Guarantor",
        'the Note (the "Note") duly executed by Borrower',
        'a certificate of the Borrower (the "Certificate"), executed by its Secretary',
    ],
)


def extract_defined_executed_documents(ctx: DocContext, lo: int, sentence: str) -> None:
    """PARTY_TO of the document from the party that executes it and, in the own text of a
    credit agreement, SECURES of that agreement from the same party. Evidence: the sentence."""
    if not in_own_text(ctx, lo):
        return
    for m in _DESCRIBED_THEN_EXECUTED.finditer(sentence):
        evidence = trimmed(ctx, lo, lo + len(sentence))
        by = ctx.span(lo + m.start("by"), lo + m.end("by"))
        # "duly executed by Borrower.": the sentence's period is no part of the name
        executors = labelled(ctx, party_or_company(ctx, m["by"], by), "Party") or labelled(
            ctx, party_or_company(ctx, m["by"].rstrip("."), by), "Party"
        )
        if not executors:
            continue
        term = m["term"]
        documents = labelled(ctx, ctx.lookup(term), "Agreement") or [
            add_mention(
                ctx, Mention(term, lo + m.start("term"), lo + m.end("term"), None), evidence
            )
        ]
        documents = labelled(ctx, documents, "Agreement")
        role = {"role": "Guarantor"} if "guarant" in m["kind"].lower() else {}
        for document in documents:
            for party in executors:
                ctx.collector.relate("PARTY_TO", party, document, evidence, role)
        own = secured_agreement(ctx)
        if own is None or own in documents:
            continue
        for party in executors:
            ctx.collector.relate("SECURES", party, own, evidence)
