"""An agreement a credit agreement's conditions say a party shall have executed and delivered:
"it shall be a condition precedent that the Borrower shall have executed and delivered to the
Bank the Master Reimbursement Agreement in the form of Exhibit D", "the Company has executed
and delivered to the Agent the Pledge Agreement".

The one who executes the agreement is party to it. Read only for a titled agreement (never
"this Agreement", a note or the "Loan Documents") and a party the document names by a term.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.role_words import role_of
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_EXECUTED_AND_DELIVERED = rule(
    "relations.executed_and_delivered_agreement",
    r"(?:^|[,;]\s+|\bthat\s+)(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3})"
    r"\s+(?:shall\s+have|has|have)\s+(?:duly\s+)?executed\s+and\s+delivered\s+to\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:the|a|an)\s+"
    r"(?P<doc>[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|of|and)\s+){0,5}Agreement)\b(?!\s+(?:of|to)\s+[A-Z])",
    reads="a party that shall have executed and delivered a titled agreement (a condition)",
    matches=[
        passage(
            "it shall be a condition precedent that the Borrower shall have executed and "
            "delivered to the Bank the Master Letter of Credit Agreement in the form of Exhibit D.",
            by="the Borrower",
            doc="Master Letter of Credit Agreement",
        ),
        passage(
            "The Company has executed and delivered to the Agent the Stock Pledge Agreement.",
            by="The Company",
            doc="Stock Pledge Agreement",
        ),
    ],
    rejects=[
        "the Borrower shall have executed and delivered to the Bank the Note.",
        "the Borrower shall have executed and delivered to the Bank this Agreement.",
        "the Borrower shall have executed and delivered to the Bank the Loan Documents.",
    ],
)


def extract_delivered_agreements(ctx: DocContext, lo: int, sentence: str) -> None:
    """PARTY_TO of the titled agreement a party shall have executed and delivered (see the
    module doc), in the role of the term that names it. Evidence: the sentence."""
    if not in_own_text(ctx, lo) or not ctx.self_ref:
        return
    for m in _EXECUTED_AND_DELIVERED.finditer(sentence):
        parties = parties_named(ctx, m["by"])
        title = " ".join(m["doc"].split())
        if not parties or title.lower().startswith(("this ", "loan ", "credit ")):
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        mention = Mention(title, lo + m.start("doc"), lo + m.end("doc"))
        document = add_mention(ctx, mention, evidence)
        if document == ctx.self_ref:
            continue
        role = role_of(m["by"].split()[-1])
        for party in parties:
            ctx.collector.relate(
                "PARTY_TO", party, document, evidence, {"role": role} if role else {}
            )
