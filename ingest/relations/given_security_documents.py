"""A guaranty or security document named in a sentence with who gives it to whom: "the Loan
Agreement is secured by a Security Agreement dated as of June 1, 2009 made by the Borrower in
favor of the Lender", "the Notes are guaranteed pursuant to that certain Guaranty dated May 2,
2014 executed by Parent to the Agent", "a Mortgage and Security Agreement given by Tri-County
Realty, LLC for the benefit of the Bank"; or between its giver and a creditor, in either order
("a Pledge Agreement between Thomas Reyes and the Bank dated June 1, 2009").

Its giver and the one it is given to are its parties (of a guaranty only the giver, its
guarantor: the beneficiary seldom signs one), and the giver SECURES the agreement the
document's obligations arise under (in a note that names its security documents, the note).
Why a reader of its own: :mod:`.agreement_makers` reads this shape only inside a definition
('"Security Agreement" means ...'), and the grant readers need a grant verb; amendments,
consents and notes name their security documents in recitals and covenants this way instead.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.names import looks_like_person
from ingest.parties.add import add_party
from ingest.parties.role_words import role_of
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

#: one party by term or name ("the Borrower", "Tri-County Realty, LLC")
_PARTY = r"(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,5}"

#: the document, its date and its defined term before the words that say who gives it
_DOCUMENT = (
    r"\b(?:an?|the|that\s+certain)\s+"
    r"(?P<doc>(?:[A-Z][\w-]*\s+){0,4}?(?:(?:Pledge\s+and\s+)?Security\s+Agreement"
    r"|(?:Stock\s+|Equity\s+)?Pledge\s+Agreement|Guarant(?:y|ee)(?:\s+Agreement)?"
    r"|Mortgage(?:\s+and\s+Security\s+Agreement)?|Deed\s+of\s+Trust|Hypothecation\s+Agreement))"
    r"(?P<dated>\s*,?\s+dated\s+(?:as\s+of\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
    r"\s*,?\s*(?:\((?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,60})[\"\u201d]\)\s*,?\s*)?"
)
#: its date and defined term after the parties
_AFTER = (
    r"(?P<dated_after>\s*,?\s+dated\s+(?:as\s+of\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
    r"(?:\s*,?\s*\((?:the\s+)?[\"\u201c](?P<term_after>[^\"\u201d]{2,60})[\"\u201d]\))?"
)

_GIVEN_BY_TO = rule(
    "relations.given_security_documents.given_by_to",
    _DOCUMENT + r"(?:made|executed|given|granted|delivered)(?:\s+and\s+delivered)?\s+by\s+"
    rf"(?P<by>{_PARTY}(?:\s+and\s+{_PARTY})?)"
    r",?\s+(?:to|in\s+favou?r\s+of|for\s+the\s+(?:ratable\s+)?benefit\s+of)\s+"
    rf"(?P<to>{_PARTY})" + _AFTER,
    reads="a guaranty or security document named with who gives it and to whom",
    matches=[
        passage(
            "the Loan Agreement is secured by a Security Agreement dated as of June 1, 2009 made "
            'by the Borrower in favor of the Lender (the "Security Agreement")',
            doc="Security Agreement",
            by="the Borrower",
            to="the Lender",
            term_after="Security Agreement",
        ),
        passage(
            "the Notes are guaranteed pursuant to that certain Guaranty dated May 2, 2014 "
            "executed by Parent to the Agent",
            doc="Guaranty",
            by="Parent",
            to="the Agent",
        ),
        passage(
            "a Mortgage and Security Agreement given by Tri-County Realty, LLC for the benefit "
            "of the Bank",
            by="Tri-County Realty, LLC",
            to="the Bank",
        ),
    ],
    rejects=[
        "any Mortgage executed by a Subsidiary in favor of the Agent",
        "each Guaranty executed by a Guarantor to the Agent",
        "a Note made by the Borrower to the Lender",
    ],
)

#: "a Pledge Agreement between Thomas Reyes and the Bank dated June 1, 2009": the document
#: between its giver and the creditor it is given to, in either order
_BETWEEN = rule(
    "relations.given_security_documents.between",
    _DOCUMENT + rf"(?:by\s+and\s+)?between\s+(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})" + _AFTER,
    reads="a guaranty or security document named with the two it is made between",
    matches=[
        passage(
            "secured by a Pledge Agreement between Thomas Reyes and the Bank dated June 1, 2009",
            doc="Pledge Agreement",
            a="Thomas Reyes",
            b="the Bank",
        ),
        passage(
            "a Security Agreement dated as of May 3, 2012 by and between the Lender and Ardent "
            'Tool Co. (the "Security Agreement")',
            a="the Lender",
            b="Ardent Tool Co.",
        ),
    ],
    rejects=["a Credit Agreement between the Borrower and the Bank"],
)
#: the side a security document is given to: a creditor's defined term
_CREDITOR = re.compile(
    r"(?i)\b(?:bank|lender|agent|secured\s+part(?:y|ies)|trustee|holder|noteholder|purchaser"
    r"|beneficiary|mortgagee|pledgee|creditor)s?$"
)


def extract_given_security_documents(ctx: DocContext, lo: int, sentence: str) -> None:
    """The document named, its two parties, and the giver's SECURES of the agreement the
    document's obligations arise under (see the module doc). Evidence: the sentence."""
    if not in_own_text(ctx, lo):
        return
    for m in _GIVEN_BY_TO.finditer(sentence):
        _given(ctx, lo, sentence, m, m["by"], m["to"])
    for m in _BETWEEN.finditer(sentence):
        a, b = m["a"].strip(" ,"), m["b"].strip(" ,")
        if _CREDITOR.search(b) and not _CREDITOR.search(a):
            _given(ctx, lo, sentence, m, a, b, person_at=m.start("a"))
        elif _CREDITOR.search(a) and not _CREDITOR.search(b):
            _given(ctx, lo, sentence, m, b, a, person_at=m.start("b"))


def _given(
    ctx: DocContext,
    lo: int,
    sentence: str,
    m: re.Match[str],
    by: str,
    to: str,
    person_at: int | None = None,
) -> None:
    """The document ``m`` names, given by ``by`` to ``to``: its parties and the giver's
    SECURES. A giver named only here by a person's name ("between Thomas Reyes and the
    Bank") is a party of his own (``person_at``: where the name stands in the sentence)."""
    givers = parties_named(ctx, by)
    if not givers and person_at is not None and looks_like_person(by):
        givers = [add_party(ctx, by, lo + person_at, lo + person_at + len(by), kind="person")]
    receivers = parties_named(ctx, to)
    if not givers or not receivers:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    mention = Mention(
        " ".join(m["doc"].split()),
        lo + m.start("doc"),
        lo + m.end("doc"),
        parse_date((m["dated"] or m["dated_after"]).strip(" ,"))
        if m["dated"] or m["dated_after"]
        else None,
        m["term"] or m["term_after"],
    )
    document = add_mention(ctx, mention, evidence)
    if document == ctx.self_ref:
        return
    # a guaranty's beneficiary seldom signs it: only the guarantor is its party
    guaranty = re.search(r"Guarant", m["doc"]) is not None
    sides = [(by, givers)] if guaranty else [(by, givers), (to, receivers)]
    for who, parties in sides:
        role = role_of(re.sub(r"^the\s+", "", who)) or ("Guarantor" if guaranty else None)
        for party in parties:
            ctx.collector.relate(
                "PARTY_TO", party, document, evidence, {"role": role} if role else {}
            )
    # a note that names its security documents is what they secure, not the credit
    # agreement it mentions
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    secured = ctx.self_ref if own and own.label == "Instrument" else secured_agreement(ctx)
    if secured is not None and secured != document:
        for party in givers:
            if party not in receivers:
                ctx.collector.relate("SECURES", party, secured, evidence)
