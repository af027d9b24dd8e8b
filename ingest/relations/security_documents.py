"""PARTY_TO of the guaranties, security agreements and mortgages a credit agreement defines by
who gives them to whom: '"Mortgage" shall mean that certain deed to secure debt and security
agreement executed and delivered by Borrower to Lender', '"Guaranty" shall mean that certain
Commercial Guaranty dated of even date herewith given by CRC as guarantor of the Loan',
'"Security Agreement" means (a) the Security Agreement ... executed by Borrower in favor of
Bank; (b) the Third Party Security Agreement ... executed by each Subsidiary Guarantor in
favor of Bank', '"Guaranty" means the guaranty of the Guarantor in the form of Exhibit B'.

The giver and the one it is given to are parties to the document; the giver of a guaranty is
its guarantor. A document the definition names only in lower case ("assignment of leases and
rents") goes by the term defined for it ("ALR"). Notes are instruments (issued, not signed by
parties) and are left to :mod:`.promises` and :mod:`.instrument_roles`.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.defined_terms import find_definitions
from ingest.parties.role_words import has_role
from ingest.records import PropValue
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.references.titles import is_instrument_title
from ingest.relations.collateral import add_asset
from ingest.relations.defined_companies import company_for_term
from ingest.relations.documents_of import documents_of
from ingest.relations.obligations import secured_agreement
from ingest.relations.slots import labelled, parties_named
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: '"Guaranty" means' / 'shall mean' right after the quoted term
_MEANS = re.compile(
    r"[\"\u201d]\s*(?:shall\s+)?(?:means?|mean,)(?:,\s+(?:collectively|jointly)\b,?)?\s+"
)
#: '"Mortgage": A deed of trust ...' (:mod:`ingest.colon_definitions`), the line perhaps broken
#: after the colon
_COLON = re.compile(r"[\"\u201d][ \t]*:[ \t]*(?:\n[ \t]*)?(?:(?:shall\s+)?means?\s+)?")
#: How far a definition's items run (several documents: "(a) ...; (b) ...")
_WINDOW = 900
#: the end of the definition: a blank line or the next quoted term opening a definition
_END = re.compile(
    r"\n\s*\n|[.;]\s*[\"\u201c][A-Z][^\"\u201d]{0,60}[\"\u201d]\s*(?:shall\s+)?(?:means?|has)\b"
    r"|\n[ \t]*[\"\u201c][A-Z][^\"\u201d\n]{0,60}[\"\u201d][ \t]*:"  # the next colon definition
)
#: the next definition: a quoted term opening a paragraph, then "means" or "has"
_NEXT_DEFINITION = re.compile(
    r"\n\s*[\"\u201c][A-Z][^\"\u201d]{0,60}[\"\u201d]\s*(?:shall\s+)?(?:means?|has|refers)\b"
    r"|\n[ \t]*[\"\u201c][A-Z][^\"\u201d\n]{0,60}[\"\u201d][ \t]*:"  # or a colon definition
)
_ITEM = re.compile(r";\s*(?:and\s+|or\s+)?(?:\([a-z]{1,3}\)\s*)?|^\s*\([a-z]{1,3}\)\s*")
#: the document an item describes: "(that certain) Commercial Guaranty", "the Third Party
#: Security Agreement", "deed to secure debt and security agreement", "that Security Agreement
#: of even date herewith", "the Collateral Assignment of Trademarks"
_DOCUMENT = re.compile(
    r"^\s*(?:(?:that\s+certain|that|the|a|an|each|The|An?|Each)\s+)?"
    r"(?P<title>(?:[A-Z][\w'\u2019&-]*\s+){0,6}?"
    # ("the Guarantee Agreement to be executed ...": the whole title, not its first word)
    r"(?:Guarant(?:y|ee)(?!\s+Agreement)|(?:[A-Z][\w-]*\s+)?Agreements?|Mortgage|Deed\s+of\s+Trust"
    # "the Collateral Assignment of Trademarks of the Borrower", "Assignment of Leases and Rents"
    r"|Assignment\s+of\s+[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?)"
    r"|(?:(?:unconditional|continuing|absolute)\s+guarant(?:y|ee)|guarant(?:y|ee)"
    r"|deed\s+to\s+secure\s+debt|deed\s+of\s+trust|mortgage|assignment\s+of"
    r"\s+leases\s+and\s+rents|(?:[a-z]+\s+){0,3}security\s+agreement|pledge\s+agreement)"
    r"(?:\s+and\s+security\s+agreement)?)\b"
)
#: who gives it: "executed and delivered by Borrower to Lender", "given by the Borrower in
#: favor of Lender", "given by CRC as guarantor", "the guaranty of the Guarantor", "executed by
#: the Borrower, as debtor, in favor of the Bank" (the giver's capacity under it)
_GIVEN = re.compile(
    r"\b(?:(?:executed|given|made|granted|delivered)(?:\s+and\s+delivered)?\s+by|^\s*(?:the|a)"
    r"\s+guarant(?:y|ee)\s+(?:of|by|from))\s+(?P<giver>(?:the\s+|each\s+)?[A-Z][\w'\u2019.&-]*"
    r"(?:\s+[A-Z][\w'\u2019.&-]*){0,4})(?:,\s+as\s+(?P<capacity>[a-z]+(?:\s+[a-z]+)?),)?"
    r"(?:,?\s+(?:to|in\s+favou?r\s+of|for\s+the\s+benefit\s+of)"
    r"\s+(?P<taker>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4}))?"
)
#: "of even date herewith", "dated as of the date hereof": the defining agreement's date
_EVEN_DATE = re.compile(
    r"(?i)\bof\s+even\s+date\s+herewith\b|\bdated\s+(?:as\s+of\s+)?the\s+date\s+hereof\b"
)
#: the documents whose giver is a guarantor, and the role words for the others' givers
_GUARANTY = re.compile(r"(?i)\bguarant(?:y|ee)\b")


def extract_security_documents(ctx: DocContext) -> None:
    """PARTY_TO from each definition of a security document that says who gives it to whom;
    SECURES from the collateral a credit agreement defines."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style not in ("means", "colon"):
            continue
        head = (_MEANS if d.style == "means" else _COLON).match(text, d.end)
        if head is None and _COLLATERAL_TERM.fullmatch(" ".join(d.term.split())):
            head = _COLLATERAL_HEAD.match(text, d.end)
        if head is None:
            continue
        window = text[head.end() : head.end() + _WINDOW]
        if _COLLATERAL_TERM.fullmatch(" ".join(d.term.split())):
            # '"COLLATERAL" means' in older forms too; its items may stand in paragraphs of
            # their own: up to the next definition
            stop = _NEXT_DEFINITION.search(window)
            _defined_collateral(
                ctx, d.term, d.start, head.end(), window[: stop.start() if stop else None]
            )
            continue
        stop = _END.search(window)
        body = window[: stop.start() if stop else len(window)]
        starts = [0] + [m.end() for m in _ITEM.finditer(body) if m.end() > 0]
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(body)
            _document(ctx, d.term, head.end() + start, body[start:end])


#: a document that secures or supports the deal: the definitions read are of these
_SECURING = re.compile(
    r"(?i)guarant|security|pledge|mortgage|deed|collateral|assignment|lien|indemn|subordinat"
)


def _document(ctx: DocContext, term: str, at: int, item: str) -> None:
    """One item of a definition: the document it describes and its giver and taker."""
    doc = _DOCUMENT.match(item)
    if doc is None:
        return
    title = " ".join(doc["title"].split())  # a typewritten "Security   Agreements"
    if is_instrument_title(title) or not (_SECURING.search(term) or _SECURING.search(title)):
        return
    given = _GIVEN.search(item)
    capacity: str | None = None
    takers: list[str] = []
    if given is not None:
        # "each Subsidiary Guarantor": those who sign in that role; "Parent": the company a
        # definition alone names
        givers = parties_named(ctx, given["giver"]) or company_for_term(ctx, given["giver"])
        takers = parties_named(ctx, given["taker"]) if given["taker"] else []
        capacity, head_end, given_end = given["capacity"], given.start(), given.end()
    else:
        # "The Security Agreements of the Borrower, PAII and PASI, all dated ...": whose they
        # are, the date after them
        givers, given_end = documents_of(ctx, item)
        head_end = len(item)
    if not givers:
        return
    named = title[0].isupper()
    # ""NIP Pledge Agreement" means the Pledge Agreement executed by NIP": the term tells this
    # pledge agreement from the others of the generic title, which names none of them
    specific = named and norm_term(term).endswith(" " + norm_term(title))
    if specific:
        title = " ".join(term.split())
    # a document written in lower case goes by its term; the item's own term ("(..., the
    # "Borrower Security Agreement")") is one more name for a titled one
    # (not the term the item gives its giver: '... by Acme Storage, LLC (the "Subsidiary
    # Guarantor")')
    own_term = next(
        (
            m
            for m in re.finditer(r"[\"\u201c](?P<t>[A-Z][^\"\u201d]{1,60})[\"\u201d]", item)
            if not labelled(ctx, ctx.lookup(m["t"]), "Party")
        ),
        None,
    )
    aliases = (
        own_term["t"] if own_term else (term if named and term != title and not specific else None)
    )
    dates = find_dates(item[:head_end])
    date = dates[0].iso if dates else None
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    # "of even date herewith" before the giver, or after it: "the Guaranty made by Harbor in
    # favor of the Lender ..., dated as of the date hereof"
    if date is None and own is not None and _EVEN_DATE.search(item):
        own_date = own.props.get("date")
        date = own_date if isinstance(own_date, str) else None
    mention = Mention(
        title if named else term,
        at + doc.start("title"),
        at + doc.end("title"),
        date,
        aliases,
    )
    evidence = ctx.span(at + doc.start("title"), at + given_end)
    ref = _known_document(ctx, term, date) if specific else None
    ref = ref or add_mention(ctx, mention, evidence)
    if not labelled(ctx, [ref], "Agreement"):
        return
    role: dict[str, PropValue] = {"role": "Guarantor"} if _GUARANTY.search(title) else {}
    if capacity and not role:
        role = {"role": capacity.title()}  # "as debtor", "as pledgor"
    for party in givers:
        ctx.collector.relate("PARTY_TO", party, ref, evidence, role)
    for party in takers:
        if party not in givers:
            ctx.collector.relate("PARTY_TO", party, ref, evidence)
    # the giver of a guaranty, or of security in favor of another ("executed by the Borrower
    # in favor of the Bank", not "executed by the Owner and the Trustee"), or the borrowers
    # that give it ("to be delivered by each Borrower"), stands behind the deal's credit
    # agreement
    secured = secured_agreement(ctx)
    sig = analyze(ctx.text).signatures
    if secured is None or not _BEHIND.search(f"{title} {term}") or (sig and at > sig.start):
        return
    # (a document "of" its givers, as the older forms define them, is given to the lender)
    by_borrowers = (
        given is not None
        and _borrowers_of(ctx, givers, secured)
        and _only_obligors_after(item, given.end())
    )
    if not (_GUARANTY.search(title) or takers or given is None or by_borrowers):
        return
    for party in givers:
        if party not in takers:
            ctx.collector.relate("SECURES", party, secured, evidence)


def _borrowers_of(ctx: DocContext, givers: list[str], secured: str) -> bool:
    """Whether every giver borrows under the secured agreement (PARTY_TO it as "Borrower"): a
    borrower that delivers a security agreement or pledge is its grantor, with no taker named
    ("the Security Agreement ... to be delivered by each Borrower")."""
    return all(
        (r := ctx.collector.relations.get(("PARTY_TO", g, secured))) is not None
        and has_role(r.props.get("role"), "Borrower")
        for g in givers
    )


#: the next one a list of givers names: "each Borrower, each Guarantor and each Subsidiary"
_NEXT_GIVER = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|each\s+|any\s+)?(?P<word>[A-Z][\w-]*)"
)
#: the ones that give security for their own or a borrower's debt, never take it
_OBLIGOR = re.compile(
    r"(?i)(?:guarantors?|subsidiar(?:y|ies)|grantors?|pledgors?|obligors?|debtors?|borrowers?"
    r"|loan|credit)$"
)


def _only_obligors_after(item: str, at: int) -> bool:
    """Whether the givers listed after the first (at ``at``) are all obligors, not a secured
    party executing with it ("executed by the Borrower and the Trustee")."""
    while (m := _NEXT_GIVER.match(item, at)) is not None:
        if not _OBLIGOR.search(m["word"]):
            return False
        at = m.end()
    return True


def _known_document(ctx: DocContext, term: str, date: str | None) -> str | None:
    """The agreement another reader already made of this definition ('"Investor Guaranty" means
    that certain Guaranty dated as of May 1, 1995': the "Guaranty" of that date, the term its
    alias), so that the term does not become a second agreement of its own."""
    for ref in ctx.lookup(term):
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Agreement" and e.props.get("date") in (None, date):
            return ref
    return None


#: the documents by which their giver stands behind the deal's obligations
_BEHIND = re.compile(
    r"(?i)\bguarant(?:y|ee)\b|\bsecurity\s+agreement|\bpledge\s+agreement|\bmortgage\b"
    r"|\bdeed\s+(?:of\s+trust|to\s+secure)"
)


#: the defined terms that name the deal's collateral: "Collateral", "Mortgaged Properties",
#: "First Mortgaged Properties", "Pledged Shares", "Pledged Collateral"
_COLLATERAL_TERM = rule(
    "relations.defined_collateral_term",
    r"(?i)collateral|(?:first\s+)?mortgaged\s+(?:real\s+)?propert(?:y|ies)"
    r"|pledged\s+(?:collateral|shares|stock|equity(?:\s+interests)?|securities)",
    reads="a defined term: one that names the collateral of the deal",
    mode="fullmatch",
    matches=[
        "Collateral",
        "MORTGAGED PROPERTIES",
        "Mortgaged Property",
        "First Mortgaged Properties",
        "Mortgaged Real Property",
        "Pledged Shares",
        "Pledged Collateral",
        "Pledged Equity Interests",
    ],
    rejects=[
        "Collateral Agent",
        "Mortgage",
        "Mortgaged Property Value",
        "Pledge Agreement",
        "Cash Collateral Account",
        "Real Property",
    ],
)
#: how such a term's definition begins where :data:`_MEANS` does not read it: '"Collateral"
#: shall mean: (1) ...', '"Collateral" has the meaning given thereto in the Security Agreement'
_COLLATERAL_HEAD = rule(
    "relations.collateral_definition_head",
    r"[\"\u201d]\s*(?:shall\s+)?(?:means?\s*:|(?:has|shall\s+have)\s+the\s+meanings?\b)\s*",
    reads="right after a collateral term's closing quote: the verb its definition begins with",
    mode="match",
    matches=[
        '" shall mean: (1) the Securities Account (as defined in the Pledge Agreement)',
        "\u201d has the meaning given thereto in the Security Agreement.",
        '" shall have the meaning assigned to it in the Pledge Agreement.',
    ],
    rejects=['" shall mean all Oil and Gas Properties', '" or "Pledged Stock"', '", as used'],
)

#: an item of a "Collateral" definition that is a term of its own: "(i) the Mortgaged
#: Properties, (ii) the Pledged Shares"
_LISTED_COLLATERAL = rule(
    "relations.listed_collateral_term",
    r"\bthe\s+(?P<term>(?:First\s+)?(?:Mortgaged|Pledged)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b",
    reads='the items of a definition of "Collateral": a mortgaged or pledged term it lists',
    matches=[
        passage(
            "collectively, (i) the Mortgaged Properties, (ii) the Collateral, as that term is",
            term="Mortgaged Properties",
        ),
        passage(
            "all property of the Borrower, including the Pledged Shares", term="Pledged Shares"
        ),
    ],
    rejects=["the mortgaged real property of the Borrower", "the Mortgage and the Pledge"],
)
#: the terms that say by themselves that what they name is security
_SECURED_TERM = re.compile(r"(?i)\bmortgaged\b|\bpledged\b")
#: what makes a definition of "Collateral" the deal's security: liens, pledges, what secures
_SECURITY_WORDS = re.compile(r"(?i)\bsecur|\bliens?\b|\bpledg|\bcollateral\b|\bmortgag")


def _defined_collateral(ctx: DocContext, term: str, start: int, body_start: int, body: str) -> None:
    """'"Collateral" means all of the "Collateral" referred to in the Security Agreement and
    all property of the Loan Parties that is ... subject to Liens in favor of the Lender',
    '"Mortgaged Properties" shall mean all Oil and Gas Properties of the Borrower ...': in the
    own text of a credit or loan agreement, the collateral the definition describes SECURES
    that agreement (the definition is the evidence). A mortgaged or pledged term says by
    itself that it is security; "Collateral" must be defined by liens, pledges or security."""
    own = ctx.self_ref
    sig = analyze(ctx.text).signatures
    if own is None or secured_agreement(ctx) != own or (sig is not None and start > sig.start):
        return
    term = " ".join(term.split())
    if not (_SECURITY_WORDS.search(body) or _SECURED_TERM.search(term)):
        return
    end = body_start + (body.find(". ") + 1 if ". " in body else len(body))
    evidence = ctx.span(start - 1, end)
    if term.lower() == "collateral":
        asset = ctx.collector.add(
            "asset:collateral", "Asset", evidence, {"description": "Collateral"}
        )
    else:
        asset = add_asset(ctx, term.title() if term.isupper() else term, evidence)
    ctx.collector.relate("SECURES", asset, own, evidence)
    if term.lower() != "collateral":
        return
    # '"Collateral" shall mean, collectively, (i) the Mortgaged Properties, (ii) ...': the
    # collateral terms it lists secure the agreement too
    for m in _LISTED_COLLATERAL.finditer(body[: end - body_start]):
        listed = " ".join(m["term"].split())
        if _COLLATERAL_TERM.fullmatch(listed) and listed.lower() != "collateral":
            ctx.collector.relate("SECURES", add_asset(ctx, listed, evidence), own, evidence)
