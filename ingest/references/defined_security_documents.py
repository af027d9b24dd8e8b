"""The security documents a credit agreement's definitions name by a title of their own and no
date of their own: ""SECURITY AGREEMENT" shall mean that certain Stock Pledge and Security
Agreement executed by the Borrower in favor of the Lender of even date with the Agreement",
""GUARANTY" means that certain Commercial Guaranty of even date with the Agreement by the
Guarantor in favor of the Lender".

Exists because the readers of mentions keep an undated "that certain ..." only where the term
it defines is its own title (:mod:`ingest.references.renamed` wants a dated mention); the
guaranties, pledges, security agreements and mortgages of a loan are defined "of even date" or
"executed by" their giver, and are what the agreement's parties give (PARTY_TO, read by
:mod:`ingest.relations.agreement_makers`). The document is an Agreement with the title as
written, the term as its alias, and the own agreement's date where it is "of even date".
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.references.add import add_mention, sentence_span
from ingest.references.kinds import title_kind
from ingest.references.mentions import Mention, read_mention
from ingest.references.titles import TITLE
from ingest.rules import passage, rule

_MEANS_THAT_CERTAIN = rule(
    "references.defined_security_document",
    r"[\"\u201d]?\s*(?:shall\s+)?means?\s*[,:]?\s+that\s+certain\s+(?=[A-Z])",
    reads="right after a quoted defined term: 'means that certain' before the title it names",
    matches=[
        passage('" shall mean that certain Stock Pledge', match='" shall mean that certain '),
        passage("\u201d means that certain Commercial", match="\u201d means that certain "),
    ],
    rejects=['" means the Credit Agreement dated', '" means that certain of the Loans'],
    mode="match",
)

#: what follows the title of a document the agreement's parties give: its giver or its date
_GIVEN = rule(
    "references.defined_security_document_giver",
    r"\s*,?\s*(?:(?:executed|made|given|granted|delivered)\s+)?(?:by|of|from)\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w-]*)|\s*,?\s*(?:dated\s+)?of\s+even\s+date\b",
    reads="after a defined security document's title: who gives it, or 'of even date'",
    matches=[
        passage(" executed by the Borrower in favor of the Lender", by="Borrower"),
        passage(" of even date with the Agreement by the Guarantor", match=" of even date"),
    ],
    rejects=[" to be delivered pursuant to Section 4.1", " described in Schedule 2"],
    mode="match",
)

#: "of even date with the Agreement", "of even date herewith": the own agreement's date
_EVEN_DATE = rule(
    "references.defined_security_document_even_date",
    r"\bof\s+even\s+date\b",
    reads="near a defined security document's title: it bears the own agreement's date",
    matches=["in favor of the Lender of even date with the Agreement"],
    rejects=["dated as of the Closing Date"],
)
#: how far after the title "of even date" may stand (past its giver and beneficiary)
_EVEN_REACH = 120

#: the kinds of documents a loan's parties give to secure it
_SECURITY_KINDS = frozenset({"guaranty", "security_agreement", "pledge_agreement", "mortgage"})


def defined_security_documents(ctx: DocContext, self_date: str | None) -> None:
    """An Agreement for each security document a definition names "that certain <title>" and
    by its giver or as "of even date" (the own agreement's date then), aliased by the term."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "means" or ctx.lookup(d.term):
            continue
        m = _MEANS_THAT_CERTAIN.match(text, d.end)
        t = TITLE.match(text, m.end()) if m else None
        mention, _ = read_mention(text, t, self_date) if t else (None, 0)
        if mention is None or title_kind(mention.title) not in _SECURITY_KINDS:
            continue
        given = _GIVEN.match(text, mention.end)
        if given is None:
            continue
        even = _EVEN_DATE.search(text, mention.end, mention.end + _EVEN_REACH)
        date = mention.date or (self_date if even else None)
        found = Mention(mention.title, mention.start, mention.end, date, d.term)
        add_mention(ctx, found, sentence_span(ctx, d.start, given.end()))
