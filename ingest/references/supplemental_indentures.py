"""A supplemental indenture the document mentions AMENDS the indenture it mentions: "the
Indenture, dated as of May 1, 2009, between the Company and the Trustee, as amended and
supplemented by that certain First Supplemental Indenture, dated as of May 1, 2009". A
supplemental indenture supplements an indenture by what it is, whatever the words between the
two mentions (a parties clause with its own defined terms breaks the chain reader).

The document may be the supplemental indenture itself ("FIRST SUPPLEMENTAL INDENTURE ... The
Company and the Trustee are parties to an Indenture, dated as of March 2, 2015"): it supplements
the base it recites as much as one it mentions does. Only where the document mentions one
indenture that is not itself supplemental (and not the document's own), so that the base is
not a guess.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.rules import rule

#: "First Supplemental Indenture", "Second Supplemental Indenture", "Supplemental Indenture No. 3"
_SUPPLEMENTAL = rule(
    "references.supplemental_indenture_title",
    r"(?i)^(?:(?:[a-z]+(?:[\s-][a-z]+)?|\d+(?:st|nd|rd|th))\s+)?supplemental\s+indenture"
    r"(?:\s+no\.?\s*\d+)?$",
    reads="an agreement's title: a supplemental indenture",
    matches=[
        "First Supplemental Indenture",
        "Twenty-Third Supplemental Indenture",
        "Supplemental Indenture No. 3",
        "SECOND SUPPLEMENTAL INDENTURE",
    ],
    rejects=[
        "Indenture",
        "Form of Supplemental Indenture for Additional Guarantors",
        "Supplemental Indenture Agreement and Guaranty",
    ],
)
#: a base indenture's title: "Indenture", "Senior Indenture", "Base Indenture"
_BASE_INDENTURE = rule(
    "references.base_indenture_title",
    r"(?i)^(?:(?!supplemental\b)[a-z]+\s+){0,2}indenture$",
    reads="an agreement's title: an indenture that is not a supplemental one",
    matches=["Indenture", "Senior Indenture", "Base Indenture"],
    rejects=["First Supplemental Indenture", "Indenture Supplement No. 1"],
)


def extract_supplemented_indentures(ctx: DocContext) -> None:
    """Each supplemental indenture, the document's own or one it mentions, AMENDS the one
    base indenture mentioned here (evidence: the supplemental indenture's mention or title)."""
    titled = [
        (ref, str(e.props.get("title") or ""), e)
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement"
    ]
    bases = [
        ref
        for ref, title, _ in titled
        if _BASE_INDENTURE.match(title.strip()) and ref != ctx.self_ref
    ]
    if len(bases) != 1:
        return
    for ref, title, e in titled:
        if _SUPPLEMENTAL.match(title.strip()) and e.evidence:
            ctx.collector.relate("AMENDS", ref, bases[0], e.evidence[0])
