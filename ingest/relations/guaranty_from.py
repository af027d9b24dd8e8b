"""A guaranty a credit agreement's conditions say the lender shall have received from a company
it names there: "the Lender shall have received ... from Halvern Group, Inc. ("Parent" or the
"Guarantor") a guaranty of the Borrower's obligations under this Agreement (the "Guaranty")".

Exists because such a guarantor is often no party to the credit agreement and signs nothing in
it: this clause is the one place that names it and its guaranty. The guarantor is party to the
guaranty and secures the obligations of the credit agreement. Read only where a term the
clause gives the company names it a guarantor, and the guaranty is defined by a term.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.add import add_party
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

_Q = '["\u201c]'
_UNQ = '["\u201d]'
_GUARANTY_FROM = rule(
    "relations.guaranty_received_from",
    r"\bfrom\s+(?P<name>[A-Z][\w&'\u2019.-]*(?:,?\s+[A-Z][\w&'\u2019.-]*){0,5})\s*\((?=[^)]{0,60}Guarantor)(?:the\s+)?"
    + _Q
    + r"(?P<t1>[A-Z][\w\s-]{0,30}?)"
    + _UNQ
    + r"(?:,?\s+(?:or|and)\s+(?:the\s+)?"
    + _Q
    + r"(?P<t2>[A-Z][\w\s-]{0,30}?)"
    + _UNQ
    + r")?\)\s+an?\s+(?:guaranty|guarantee)\s+of\b[^.;()]{0,200}?\((?:the\s+)?"
    + _Q
    + r"(?P<doc>(?:[A-Z][\w-]*\s+){0,2}Guarant(?:y|ee))"
    + _UNQ
    + r"\)",
    reads="a guaranty the conditions say is received from a company they name a guarantor",
    matches=[
        passage(
            "the Bank shall have received from Halvern Group, Inc. (\u201cParent\u201d or the "
            "\u201cGuarantor\u201d) a guaranty of the Borrower\u2019s obligations under this "
            "Agreement in form satisfactory to the Bank (the \u201cGuaranty\u201d)",
            name="Halvern Group, Inc.",
            t1="Parent",
            t2="Guarantor",
            doc="Guaranty",
        ),
        passage(
            'from Ostrander Holdings LLC (the "Guarantor") a guarantee of the Obligations '
            '(the "Parent Guarantee")',
            name="Ostrander Holdings LLC",
            t1="Guarantor",
            doc="Parent Guarantee",
        ),
    ],
    rejects=[
        'from Halvern Group, Inc. (the "Seller") a guaranty of the leases (the "Guaranty")',
        "from the Borrower a certificate of its Secretary (the \u201cCertificate\u201d)",
    ],
)


def extract_guaranty_from(ctx: DocContext, lo: int, sentence: str) -> None:
    """The guarantor, its PARTY_TO the guaranty (role Guarantor) and its SECURES of the own
    credit agreement (see the module doc). Evidence: the sentence."""
    if not in_own_text(ctx, lo) or not ctx.self_ref:
        return
    for m in _GUARANTY_FROM.finditer(sentence):
        terms = [" ".join(t.split()) for t in (m["t1"], m["t2"]) if t]
        evidence = trimmed(ctx, lo, lo + len(sentence))
        guarantor = add_party(
            ctx,
            m["name"],
            lo + m.start("name"),
            lo + m.end("name"),
            kind="organization",
            aliases=tuple(terms),
        )
        for term in terms:
            if not ctx.lookup(term):
                ctx.define(term, guarantor)
        mention = Mention(m["doc"], lo + m.start("doc"), lo + m.end("doc"))
        guaranty = add_mention(ctx, mention, evidence)
        if guaranty == ctx.self_ref:
            continue
        ctx.collector.relate("PARTY_TO", guarantor, guaranty, evidence, {"role": "Guarantor"})
        if (secured := secured_agreement(ctx)) is not None:
            ctx.collector.relate("SECURES", guarantor, secured, evidence)
