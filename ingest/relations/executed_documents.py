"""PARTY_TO of the security documents a credit agreement's closing conditions list with who
executes them: "(iv) The Security Agreement executed by the Company.", "(iii) The Guaranties
duly executed by the Guarantors.", "a Pledge Agreement duly executed by Holdings". The one who
executes a guaranty, security agreement, pledge agreement or mortgage is party to it.

Read only where the document already knows the agreement (a defined term or a title another
reader found) and the executing party by its term or name, so that a document never named
elsewhere ("any mortgage executed by a Subsidiary") adds nothing.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.keys import norm_title
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_EXECUTED_BY = rule(
    "relations.executed_documents.executed_by",
    r"\b(?:[Tt]he|[Ee]ach|[Aa]n?|[Ii]ts|[Tt]hat\s+certain)\s+"
    r"(?P<doc>(?:[A-Z][\w-]*\s+){0,5}?(?:Security\s+Agreements?"
    r"|Guarant(?:y|ies|ee)(?:\s+Agreements?)?|Guaranties|Pledge\s+Agreements?|Mortgages?))"
    r"(?:\s+(?:of|dated(?:\s+as\s+of)?)\s+(?:even\s+date(?:\s+herewith)?|the\s+date\s+hereof"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}))?"
    r"\s+(?:(?:duly|each)\s+)?executed\s+(?:and\s+delivered\s+)?by\s+(?:the\s+|each\s+)?"
    r"(?P<by>[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})"
    r"(?:\s+(?:for\s+the\s+(?:ratable\s+)?benefit\s+of|in\s+favou?r\s+of)\s+(?:the\s+)?"
    r"(?P<to>[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4}))?"
    r"(?=[\s.,;:()]|$)",
    reads="a security document with the party that executes it (a closing condition's item)",
    matches=[
        passage(
            "(iv) The Security Agreement executed by the Company.",
            doc="Security Agreement",
            by="Company",
        ),
        passage("(iii) The Guaranties duly executed by the Guarantors.", doc="Guaranties"),
        passage(
            "in that certain Security Agreement of even date herewith executed by Borrower for "
            "the benefit of Lender (the",
            doc="Security Agreement",
            by="Borrower",
            to="Lender",
        ),
        passage(
            "the Pledge Agreement dated as of May 4, 2009 executed by Holdings in favor of the "
            "Agent.",
            doc="Pledge Agreement",
            by="Holdings",
            to="Agent",
        ),
    ],
    rejects=[
        "any mortgage executed by a Subsidiary",
        "The Security Agreement shall have been executed by the Company",
    ],
)


def extract_executed_documents(ctx: DocContext) -> None:
    """Each party that executes a known security document, and the one it is executed for the
    benefit of, is party to it, in the role of the term it is named by. Evidence: the item."""
    text = ctx.text
    for m in _EXECUTED_BY.finditer(text):
        documents = _known(ctx, " ".join(m["doc"].split()))
        if not documents:
            continue
        evidence = trimmed(ctx, m.start(), m.end())
        # the term it executes by is its role there ("the Guarantors": each a Guarantor)
        # the one it is executed for the benefit of is party to it too ("executed by Borrower
        # for the benefit of Bank")
        for who in filter(None, (m["by"], m["to"])):
            role = _singular(who) if ctx.lookup(who) else None
            for party in parties_named(ctx, who):
                ctx.collector.relate("PARTY_TO", party, documents[0], evidence, {"role": role})


def _known(ctx: DocContext, title: str) -> list[str]:
    """The agreement the document knows by exactly this title or term, or its singular (the
    "Guarantor Security Agreements" are not the "Security Agreement")."""
    for t in (title, _singular(title)):
        refs = labelled(ctx, ctx.lookup(t), "Agreement")
        if refs:
            return refs[:1]
        want = norm_title(t)
        for ref, e in ctx.collector.entities.items():
            if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want:
                return [ref]
    return []


def _singular(title: str) -> str:
    """ "Guaranties" -> "Guaranty", "Security Agreements" -> "Security Agreement"."""
    if title.endswith("ies"):
        return title[:-3] + "y"
    return title[:-1] if title.endswith("s") else title
