"""The loan documents a credit agreement defines by who gives them to whom: '"Indemnity
Agreements" shall mean the Hazardous Materials Indemnification Agreements of even date herewith
from Borrower to the Agent', and the items of a definition that lists the security documents:
'"Security Agreements" shall mean: (a) the Mortgages; (b) the Assignment of Trademarks
("Trademark Security Agreements") from Borrower to the Agent; (c) ...'.

Exists because the readers of defined documents want "that certain", "executed by" or "in
favor of" (:mod:`ingest.references.defined_security_documents`,
:mod:`ingest.relations.agreement_makers`), and a list item is no definition of its own; "from
<giver> to <receiver>" after a document's title is the other common way to say who gives it.
Both parties are party to the document; where the document is one of the security documents
(its kind says so, or it is an item of the definition of the security documents) its giver
also SECURES the credit agreement. Both parties must be ones the document knows (a term or a
name), so a title followed by "from time to time" or by an unknown name gives nothing.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.defined_terms import find_definitions
from ingest.parties.role_words import role_of
from ingest.references.add import add_mention
from ingest.references.kinds import title_kind
from ingest.references.mentions import Mention
from ingest.relations.defined_companies import company_for_term
from ingest.relations.obligations import secured_agreement
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: The noun a document's title is headed by ("Assignment of Trademarks", "Pledge Agreement").
_HEAD = (
    r"(?:Agreements?|Assignments?|Guarant(?:y|ies|ees?)|Mortgages?|Deeds?\s+of\s+Trust"
    r"|Pledges?|Indemnit(?:y|ies))"
)
#: One party: a capitalised term or name ("Borrower", "the Agent", "Holloway Group, Inc.").
_PARTY = r"[A-Z][\w'\u2019&.-]*(?:,?\s+[A-Z][\w'\u2019&.-]*){0,5}"

_GIVEN_FROM_TO = rule(
    "relations.document_given_from_to",
    r"\b(?:[Tt]he|[Tt]hat\s+certain)\s+(?P<title>(?:[A-Z][\w-]*\s+){0,5}" + _HEAD + r"\b"
    # "Assignment of Licenses, Contracts and Permits": what an assignment assigns
    r"(?:\s+of\s+[A-Z][\w-]*(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,4})?)"
    r"\s*(?:\(\s*[\"\u201c](?P<alias>[A-Z][^\"\u201d]{1,60})[\"\u201d]\s*\)\s*)?"
    r"(?:,?\s*(?:of\s+even\s+date(?:\s+here\s*with)?|dated\s+(?:as\s+of\s+)?"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s*\d{4})),?)?"
    r"\s+from\s+(?:the\s+)?(?P<by>" + _PARTY + r")\s+to\s+(?:the\s+)?(?P<to>" + _PARTY + r")"
    r"(?=\s*[.,;:()]|\s+(?:and|or|as|for|in|of|dated|pursuant)\b|\s*$)",
    reads="a document's title, its term, its date, then 'from' its giver 'to' its receiver",
    matches=[
        passage(
            "the Environmental Indemnity Agreement of even date herewith from Borrower to the "
            "Agent, as amended.",
            title="Environmental Indemnity Agreement",
            by="Borrower",
            to="Agent",
        ),
        passage(
            '(b) The Assignment of Patents ("Patent Security Agreement") from Borrower to the '
            "Agent;",
            title="Assignment of Patents",
            alias="Patent Security Agreement",
            by="Borrower",
            to="Agent",
        ),
        passage(
            "(c) the Assignment of Leases, Rents and Profits dated as of May 4, 2001 from "
            "Harbor Lane Holdings, LLC to the Collateral Agent; and",
            title="Assignment of Leases, Rents and Profits",
            date="May 4, 2001",
            by="Harbor Lane Holdings, LLC",
            to="Collateral Agent",
        ),
    ],
    rejects=[
        "the Pledge Agreement as amended from time to time",
        "the Assignment and Acceptance from the assigning Lender to the Eligible Assignee",
        "the Notes from Borrower to each Lender",
    ],
)

#: A term that names the security documents as a class ("Security Agreements", "Collateral
#: Documents"): the documents its definition lists secure the loan.
_SECURITY_TERM = rule(
    "relations.security_documents_term",
    r"^(?:Security|Collateral|Pledge|Mortgage)\s+(?:Agreements|Documents|Instruments)$",
    re.IGNORECASE,
    reads="a defined term that names the security documents as a class",
    matches=["Security Agreements", "COLLATERAL DOCUMENTS", "Security Instruments"],
    rejects=["Security Agreement", "Loan Documents", "Securities"],
)
#: A name's last word whose full stop is its own ("Inc.", "N.A."), not the sentence's.
_ABBREVIATED = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|L\.P|N\.A|L\.L\.C)|\b[A-Z]\.[A-Z])\.$")
#: How far a definition of the security documents lists its items.
_LIST_REACH = 1500
#: The kinds of documents given to secure a loan.
_SECURITY_KINDS = frozenset({"guaranty", "security_agreement", "pledge_agreement", "mortgage"})


def extract_documents_given_from_to(ctx: DocContext) -> None:
    """PARTY_TO of each document the text says is given from one known party to another (in
    the body, before the signatures); a security document's giver SECURES the own credit
    agreement. Evidence: the title through the receiver."""
    text = ctx.text
    sig = analyze(text).signatures
    end = sig.start if sig else len(text)
    lists = [
        (d.end, d.end + _LIST_REACH)
        for d in find_definitions(text)
        if d.style == "means" and _SECURITY_TERM.match(d.term)
    ]
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_date = own.props.get("date") if own is not None else None
    for m in _GIVEN_FROM_TO.finditer(text, 0, end):
        givers = _known(ctx, m["by"])
        receivers = _known(ctx, m["to"])
        if not givers or not receivers:
            continue
        title = " ".join(m["title"].split())
        dated = find_dates(m["date"]) if m["date"] else ()
        date = dated[0].iso if dated else (own_date if "even" in m[0] else None)
        evidence = trimmed(ctx, m.start("title"), m.end())
        alias = " ".join(m["alias"].split()) if m["alias"] else None
        doc = add_mention(
            ctx,
            Mention(title, m.start("title"), m.end("title"), str(date) if date else None, alias),
            evidence,
        )
        listed = any(lo <= m.start() < hi for lo, hi in lists)
        entity = ctx.collector.get(doc)
        kind = entity.props.get("kind") if entity is not None else None
        if listed and kind not in _SECURITY_KINDS and entity is not None:
            entity.props["kind"] = "security_agreement"
        # a guaranty's beneficiary seldom signs it: only the guarantor is its party (as in
        # ingest.relations.given_security_documents)
        guaranty = kind == "guaranty" or title_kind(title) == "guaranty"
        sides = ((m["by"], givers),) if guaranty else ((m["by"], givers), (m["to"], receivers))
        for phrase, parties in sides:
            # "from the Guarantor to the Lender": each in the role its term names
            role = role_of(_cut(phrase)) if ctx.lookup(_cut(phrase)) else None
            for party in parties:
                ctx.collector.relate("PARTY_TO", party, doc, evidence, {"role": role})
        secured = secured_agreement(ctx)
        if secured is not None and (listed or title_kind(title) in _SECURITY_KINDS):
            for party in givers:
                ctx.collector.relate("SECURES", party, secured, evidence)


def _known(ctx: DocContext, phrase: str) -> list[str]:
    """The parties a phrase names by a term or a name the document knows, or the company a
    definition makes the term stand for."""
    phrase = _cut(phrase)
    return parties_named(ctx, phrase) or company_for_term(ctx, phrase)


def _cut(phrase: str) -> str:
    """A party's phrase without its commas and the full stop of the sentence it ends."""
    phrase = " ".join(phrase.split()).strip(" ,")
    if phrase.endswith(".") and not _ABBREVIATED.search(phrase):
        phrase = phrase[:-1]
    return phrase
