"""A guaranty a credit agreement's closing conditions say its guarantors shall have executed,
written with no title of its own: "(ii) Guaranty. Guarantors shall have executed an
unconditional guaranty agreement of the Notes in form and substance satisfactory to Agent."

Exists because :mod:`ingest.relations.executed_documents` reads only a guaranty the document
already knows by a title ("The Guaranties duly executed by the Guarantors"), and
:mod:`ingest.relations.guaranty_from` one received from a company the clause names: here the
guarantors (named in a definition or on the signature pages) are the subject and the guaranty
is written in lower case. The guarantors are party to the guaranty and secure the obligations
of the agreement. Read only in the own agreement's text, before its signature pages.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.role_words import role_of
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_EXECUTED_GUARANTY = rule(
    "relations.executed_guaranties.guarantors_shall_have_executed",
    r"\b(?P<subj>(?:[Tt]he\s+|[Ee]ach\s+)?(?:[A-Z][\w-]*\s+){0,2}Guarantors?)\s+shall\s+have\s+"
    r"(?:duly\s+)?executed(?:\s+and\s+delivered)?(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"\s+(?:an?|its|their)\s+(?:(?:unconditional|continuing|absolute|irrevocable|joint\s+and\s+several)"
    r"\s+)*(?P<doc>(?i:guarant(?:y|ee)(?:\s+agreement)?))s?\b",
    reads="a closing condition that the guarantors shall have executed a guaranty (no title)",
    matches=[
        passage(
            "Guarantors shall have executed an unconditional guaranty agreement of the Notes in "
            "form and substance satisfactory to Agent.",
            subj="Guarantors",
            doc="guaranty agreement",
        ),
        passage(
            "Each Subsidiary Guarantor shall have executed and delivered to the Lender a "
            "continuing guaranty of the Obligations.",
            subj="Each Subsidiary Guarantor",
            doc="guaranty",
        ),
    ],
    rejects=[
        "the Guarantors shall have executed the Security Agreement",
        "Guarantors shall have executed such documents as Agent may request",
    ],
)


def extract_executed_guaranty(ctx: DocContext, lo: int, sentence: str) -> None:
    """Each guarantor the subject names is PARTY_TO the guaranty (role Guarantor) and SECURES
    the agreement it backs. Evidence: the sentence."""
    if not in_own_text(ctx, lo) or not ctx.self_ref:
        return
    for m in _EXECUTED_GUARANTY.finditer(sentence):
        guarantors = [
            r
            for r in parties_named(ctx, m["subj"])
            if (e := ctx.collector.get(r)) is not None and e.props.get("kind") != "person"
        ]
        if not guarantors or role_of(m["subj"].split()[-1]) is None:
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        title = " ".join(w.capitalize() for w in m["doc"].split())
        guaranty = add_mention(
            ctx, Mention(title, lo + m.start("doc"), lo + m.end("doc")), evidence
        )
        if guaranty == ctx.self_ref:
            continue
        secured = secured_agreement(ctx)
        for guarantor in guarantors:
            ctx.collector.relate("PARTY_TO", guarantor, guaranty, evidence, {"role": "Guarantor"})
            if secured is not None and secured != guaranty:
                ctx.collector.relate("SECURES", guarantor, secured, evidence)
