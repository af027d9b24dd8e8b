"""A document a credit agreement's closing conditions list with who executes it and then
define by a term: "(iii) the Pledge Agreement substantially in the form of Exhibit D, duly
executed by the Parent and the Collateral Agent (the "Pledge Agreement");", "(iv) the Deposit
Account Agreement, duly executed by the Depositary Bank, the Company and the Agent (the
"Control Agreement")".

Each party that executes it is party to it (in the role of the term it is named by); where
the document grants security (its title or term says so) the obligors among them (no agent,
lender, bank or trustee) SECURE the own credit agreement. Why a reader of its own:
:mod:`.executed_documents` reads one executing party and a document known before, and
:mod:`.defined_executed_documents` a term defined before "executed by"; here a list of
executing parties comes first and the term after it.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.defined_role_banks import bank_for_role
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_EXECUTED_THEN_DEFINED = rule(
    "relations.executed_then_defined.listed_executors_then_term",
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<doc>(?:[A-Z][\w-]*\s+){0,5}?(?:Agreement|Guarant(?:y|ee)"
    r"|Mortgage|Deed\s+of\s+Trust))\b(?P<body>[^;()\"\u201c]{0,160}?),?\s+"
    r"(?<!be\s)(?:duly\s+)?executed\s+(?:and\s+delivered\s+)?by\s+"
    r"(?P<by>(?:the\s+|each\s+)?[A-Z][\w'\u2019.&-]*(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+|each\s+)?"
    r"[A-Z][\w'\u2019.&-]*){0,11})\s*"
    r"\(\s*(?:the\s+|each\s+(?:a|an)\s+|herein\s+called\s+the\s+)?"
    r"[\"\u201c](?P<term>[A-Z][^\"\u201d]{1,60})[\"\u201d]\s*\)",
    reads="a document listed with the parties that execute it, then defined by a term",
    matches=[
        passage(
            "(iii) the Pledge Agreement substantially in the form of Exhibit D, duly executed "
            'by the Parent and the Collateral Agent (the "Pledge Agreement");',
            doc="Pledge Agreement",
            by="the Parent and the Collateral Agent",
            term="Pledge Agreement",
        ),
        passage(
            "(iv) the Deposit Account Agreement, duly executed by the Depositary Bank, the "
            'Company and the Agent (the "Control Agreement");',
            doc="Deposit Account Agreement",
            by="the Depositary Bank, the Company and the Agent",
            term="Control Agreement",
        ),
    ],
    rejects=[
        'a security agreement to be executed by each Subsidiary (the "Security Agreement")',
        'the Note duly executed by the Borrower (the "Note")',
        "the Security Agreement duly executed by the Borrower;",
    ],
)

#: a title or term of a document that grants security or guarantees
_SECURITY_TITLE = re.compile(
    r"(?i)\b(?:security|pledge|guarant|mortgage|deed\s+of\s+trust|collateral|assignment"
    r"|control)"
)
#: the role of a party on the secured side: never an obligor that secures
_SECURED_SIDE = re.compile(r"(?i)\b(?:agent|lender|bank|trustee|holder|purchaser|secured)")


def extract_executed_then_defined(ctx: DocContext, lo: int, sentence: str) -> None:
    """PARTY_TO of the document from each party that executes it and, for a security
    document in the own text of a credit agreement, SECURES of that agreement from the
    obligors among them. Evidence: the sentence."""
    if not in_own_text(ctx, lo):
        return
    for m in _EXECUTED_THEN_DEFINED.finditer(sentence):
        names = [
            n
            for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", m["by"])
            if n.strip() and n.strip() != "the"
        ]
        known = {n: labelled(ctx, parties_named(ctx, n), "Party") for n in names}
        if not any(known.values()):
            continue  # a list naming no one the document knows: no reading
        # "the Account Bank" where '"Account Bank" shall mean Harbor Street Bank.'
        executors = {n: refs or bank_for_role(ctx, n) for n, refs in known.items()}
        evidence = trimmed(ctx, lo, lo + len(sentence))
        term = m["term"]
        documents = labelled(ctx, ctx.lookup(term), "Agreement") or [
            add_mention(
                ctx, Mention(term, lo + m.start("term"), lo + m.end("term"), None), evidence
            )
        ]
        documents = labelled(ctx, documents, "Agreement")
        if not documents:
            continue
        secures = bool(_SECURITY_TITLE.search(f"{m['doc']} {term}"))
        own = secured_agreement(ctx)
        for name, parties in executors.items():
            term_of = re.sub(r"^(?:the|each)\s+", "", name.strip())
            # the term it executes by is its role there, where the document defines it (a
            # role read off a bank's definition alone would make it a "Bank", a lender)
            role = term_of if known[name] else None
            for party in parties[:1]:
                ctx.collector.relate("PARTY_TO", party, documents[0], evidence, {"role": role})
                if secures and own and own != documents[0] and not _SECURED_SIDE.search(term_of):
                    ctx.collector.relate("SECURES", party, own, evidence)
