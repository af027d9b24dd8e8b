"""Who makes an agreement that a credit agreement names but does not contain: its definition
says by whom and in whose favour (""Security Agreement" means the security agreement dated as
of the Closing Date by the Borrower in favor of the Bank"), or a closing condition lists it,
a form clause between it and who executes it ("(c) a Subordination Agreement, in form
acceptable to the Bank, duly executed by the Borrower and Parentco").

Exists because :mod:`ingest.relations.executed_documents` reads a condition only for the
security documents, with no form clause and one executing party, and runs before the exhibit
list is read; the agreements of these shapes are often known only from that list ("Exhibit C -
Security Agreement"). So this reader runs after the exhibits. It reads only an agreement the
document already knows (never its own), and parties it names by a term, a name, or the
definition of a company ("Parentco" means Holloway Group, Inc., the parent corporation of the
Borrower); the one an agreement is made in favour of is party to it too.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.names import TERMINAL_SUFFIXES, singular
from ingest.parties.add import add_party
from ingest.parties.role_words import role_of
from ingest.references.keys import norm_title
from ingest.relations.defined_companies import company_for_term
from ingest.relations.obligations import secured_agreement
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

#: One party named by a capitalised term or name ("the Borrower", "Holloway Group, Inc.").
_PARTY = r"[A-Z][\w'\u2019&.-]*(?:,?\s+[A-Z][\w'\u2019&.-]*){0,5}"
#: One party or two ("the Borrower and Parentco").
_PARTIES = rf"{_PARTY}(?:\s+and\s+(?:the\s+)?{_PARTY})?"
#: How a definition starts: "means", or the colon of the New York bank forms ('"Term": the').
_DEFINED_AS = r"(?:\s*:|\s+(?:shall\s+)?means?)"

_DEFINED_MAKER = rule(
    "relations.agreement_makers.defined_by_in_favor_of",
    r"[\"\u201c](?P<doc>[A-Z][^\"\u201d\n]{0,60}?)[\"\u201d]" + _DEFINED_AS + r"\s+"
    r"(?:the|that\s+certain|a|an)\s+[^.;:\"\u201c()]{0,140}?\b"
    r"(?:(?:executed|made|given|granted|delivered)\s+)?(?:by|from)\s+(?:the\s+)?(?P<by>"
    + _PARTIES
    + r")\s+(?:in\s+favou?r\s+of|for\s+the\s+(?:ratable\s+)?benefit\s+of)\s+(?:the\s+)?(?P<to>"
    + _PARTY
    + r")(?=[\s.,;:()]|$)",
    reads="an agreement's definition that says who makes it and in whose favour",
    matches=[
        passage(
            '"Security Agreement" means the security agreement dated as of the Closing Date by '
            "the Borrower in favor of the Bank, in substantially the form of Exhibit C.",
            doc="Security Agreement",
            by="Borrower",
            to="Bank",
        ),
        passage(
            "\u201cPledge Agreement\u201d means that certain pledge agreement of even date "
            "executed by Holdings and the Borrower for the benefit of the Agent, as amended.",
            doc="Pledge Agreement",
            by="Holdings and the Borrower",
            to="Agent",
        ),
        # the colon style, and a guaranty "from" its giver
        passage(
            "\u201cParent Guaranty\u201d: the Performance Guaranty, dated as of the date hereof, "
            "from Holdco in favor of the Administrative Agent, as amended.",
            doc="Parent Guaranty",
            by="Holdco",
            to="Administrative Agent",
        ),
    ],
    rejects=[
        '"Collateral" has the meaning given thereto by the Security Agreement.',
        '"Security Agreement" means the security agreement required by Section 4.1.',
        '"Note" means the note of the Borrower; payments by the Borrower in favor of the Bank',
    ],
)

#: '"Security Agreement" means the Security Agreement of the Borrower of even date herewith
#: pursuant to which the Borrower grants ...': the agreement's definition names its giver by
#: "of" (one party's term; the one it is given to is left to other readers)
_DEFINED_OF_MAKER = rule(
    "relations.agreement_makers.defined_of_giver",
    r"[\"\u201c](?P<doc>[A-Z][^\"\u201d\n]{0,60}?)[\"\u201d]\s+(?:shall\s+)?means?\s+"
    r"(?:the|that\s+certain)\s+(?:[A-Z][\w-]*\s+){0,5}?(?:Agreement|Guarant(?:y|ee)|Mortgage)"
    r"\s+of\s+the\s+(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)"
    r"(?=\s+(?:of\s+even\s+date|dated|pursuant|in\s+favou?r|to\s+the|for\s+the)\b|[,.;])",
    reads="an agreement's definition that names its giver after 'of'",
    matches=[
        passage(
            '"Security Agreement" means the Security Agreement of the Borrower of even date '
            "herewith pursuant to which the Borrower grants the Banks a security interest",
            doc="Security Agreement",
            by="Borrower",
        ),
        passage(
            "\u201cParent Guaranty\u201d means the Guaranty of the Parent Guarantor dated as of "
            "the Closing Date",
            doc="Parent Guaranty",
            by="Parent Guarantor",
        ),
    ],
    rejects=[
        '"Security Agreement" means the Security Agreement of even date herewith',
        '"Pledge Agreement" means the Pledge Agreement of the type described in Section 5',
        '"Guaranty" means the guaranty of a Guarantor',
    ],
)

#: '"Pledge Agreement": the Pledge Agreement, dated as of the date hereof, between the Company
#: and the Agent': the definition of an agreement the document names by its title, and the two
#: parties between whom it is made (both are party to it)
_DEFINED_BETWEEN = rule(
    "relations.agreement_makers.defined_between",
    r"[\"\u201c](?P<doc>[A-Z][^\"\u201d\n]{0,60}?)[\"\u201d]" + _DEFINED_AS + r"\s+"
    r"(?:the|that\s+certain)\s+(?:[A-Z][\w-]*\s+){0,5}?(?:Agreement|Guarant(?:y|ee)|Mortgage)"
    r",?\s+[^.;:\"\u201c()]{0,100}?\b(?:by\s+and\s+)?between\s+(?:the\s+)?(?P<by>"
    + _PARTY
    + r")\s+and\s+(?:the\s+)?(?P<to>"
    + _PARTY
    + r")(?=[\s.,;:()]|$)",
    reads="a titled agreement's definition that names the two parties it is made between",
    matches=[
        passage(
            "\u201cSecurity Agreement\u201d: the Security Agreement, dated as of the date hereof, "
            "between the Borrower and the Collateral Agent, as amended from time to time.",
            doc="Security Agreement",
            by="Borrower",
            to="Collateral Agent",
        ),
        passage(
            '"Intercreditor Agreement" means the Intercreditor Agreement dated as of June 3, '
            "2004 by and between the Agent and Westbrook Capital Partners, L.P.",
            doc="Intercreditor Agreement",
            by="Agent",
            to="Westbrook Capital Partners, L.P.",
        ),
    ],
    rejects=[
        '"Hedge Agreement" means any agreement between the Borrower and any Lender.',
        '"Pledge Agreement": the Pledge Agreement, dated as of the date hereof, among the '
        "Borrower, Holdings and the Agent.",
        '"Fee Letter" means the letter between the Borrower and the Agent.',
    ],
)

_CONDITION_MAKER = rule(
    "relations.agreement_makers.form_clause_executed_by",
    r"\b(?:[Tt]he|[Aa]n?|[Ee]ach)\s+(?P<doc>(?:[A-Z][\w-]*\s+){0,5}?"
    r"(?:Agreements?|Guarant(?:y|ies|ee)|Mortgages?))\s*,\s*in\s+form(?:\s+and\s+substance)?\s+"
    r"(?:acceptable|satisfactory)\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+and\s+its\s+counsel)?\s*,"
    r"\s*(?:duly\s+)?executed\s+(?:and\s+delivered\s+)?by\s+(?:the\s+)?(?P<by>"
    + _PARTIES
    + r")(?=[\s.,;:()]|$)",
    reads="a closing condition's agreement, a form clause, then who executes it",
    matches=[
        passage(
            "(c) a Subordination Agreement, in form acceptable to the Bank, duly executed by the "
            "Borrower and Parentco;",
            doc="Subordination Agreement",
            by="Borrower and Parentco",
        ),
        passage(
            "the Guaranty, in form and substance satisfactory to the Lender, executed by Holdings;",
            doc="Guaranty",
            by="Holdings",
        ),
    ],
    rejects=[
        "a Subordination Agreement, in form acceptable to the Bank, shall have been executed",
        "an opinion of counsel, in form acceptable to the Bank, executed by counsel",
    ],
)


def extract_agreement_makers(ctx: DocContext) -> None:
    """PARTY_TO of the agreements the shapes name, for each party who makes one and the one
    it is made in favour of (or the two it is made between); a party's role is the role word
    its term states ("the Borrower": Borrower), none for a name. The giver of a guaranty (its
    "by" or "from" party, never one of two it is "between") also SECURES the credit agreement
    whose obligations the document's guaranties support. Evidence: the definition or the
    condition."""
    text = ctx.text
    for pattern in (_DEFINED_MAKER, _DEFINED_OF_MAKER, _DEFINED_BETWEEN, _CONDITION_MAKER):
        for m in pattern.finditer(text):
            agreement = _known_agreement(ctx, " ".join(m["doc"].split())) or _titled_after(ctx, m)
            if agreement is None:
                continue
            evidence = trimmed(ctx, m.start(), m.end())
            gives = pattern is not _DEFINED_BETWEEN and _is_guaranty(ctx, agreement)
            slots = [g for g in ("by", "to") if g in m.groupdict() and m[g]]
            for g in slots:
                for piece in _ONE_OF_TWO.finditer(m[g]):
                    who = _sentence_stop_cut(piece["who"].strip(" ,"))
                    refs = _parties(ctx, who, m.start(g) + piece.start("who"))
                    role = role_of(who) if ctx.lookup(who) else None
                    for party in refs:
                        ctx.collector.relate("PARTY_TO", party, agreement, evidence, {"role": role})
                        if gives and g == "by" and (secured := secured_agreement(ctx)):
                            ctx.collector.relate("SECURES", party, secured, evidence)


#: The title a definition writes after its term ('"ResCap Guaranty": the Performance Guaranty').
_TITLE_AFTER_TERM = re.compile(
    r"[\"\u201d]\s*(?::|(?:shall\s+)?means?)\s+(?:the|that\s+certain)\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Guarant(?:y|ee)|Mortgage))\b"
)


def _titled_after(ctx: DocContext, m: re.Match[str]) -> str | None:
    """The agreement known by the title the definition writes after its term, when the term
    itself names none and the definition dates no other one."""
    t = _TITLE_AFTER_TERM.search(m[0], m.end("doc") - m.start())
    found = _known_agreement(ctx, " ".join(t["title"].split())) if t else None
    entity = ctx.collector.get(found) if found else None
    dated = {d.iso for d in find_dates(m[0])}
    if entity is not None and dated and entity.props.get("date") not in dated:
        # '"Prior Facility" means the Loan Agreement, dated as of June 9, 2008, between ...':
        # an earlier agreement of the same title, not the one the document calls so
        return None
    return found


def _is_guaranty(ctx: DocContext, ref: str) -> bool:
    """Whether the agreement is a guaranty (its kind)."""
    entity = ctx.collector.get(ref)
    return entity is not None and entity.props.get("kind") == "guaranty"


#: One party of a slot that may name two ("the Borrower and Parentco").
_ONE_OF_TWO = re.compile(r"(?:^|(?<=\sand\s))(?:the\s+)?(?P<who>(?:(?!\s+and\s).)+)", re.S)


def _parties(ctx: DocContext, who: str, start: int) -> list[str]:
    """The parties a maker's phrase names, the company a definition makes its term stand for,
    or the company a full name with its corporate suffix spells ("Harbor Lane Holdings, LLC");
    nothing for a phrase that names no one the document knows."""
    listed = _listed(ctx, who)
    if listed:
        return listed
    refs = parties_named(ctx, who) or company_for_term(ctx, who)
    if refs or not _suffixed(who):
        return refs
    return [add_party(ctx, who, start, start + len(who), kind="organization")]


def _listed(ctx: DocContext, who: str) -> list[str]:
    """The parties of a comma list before the last "and" ("American Ski, Borrower" of
    "between American Ski, Borrower and Agent"), each piece a term, a company a definition
    names, or a name the document knows; [] when the phrase is one name or a piece is
    unknown."""
    pieces = [p.strip() for p in who.split(",")]
    if len(pieces) < 2 or _suffixed(who) or not all(pieces):
        return []
    out: list[str] = []
    for piece in pieces:
        # a term first, then the company a definition names ("American Ski"), before a name
        # the piece only begins ("American Skiing Company Resort Properties, Inc.")
        refs = (
            labelled(ctx, ctx.lookup(piece), "Party")
            or company_for_term(ctx, piece)
            or parties_named(ctx, piece)
        )
        if not refs:
            return []
        out.extend(r for r in refs if r not in out)
    return out


#: Abbreviations a name ends in whose period is its own, not the sentence's.
_DOTTED = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Bhd|Cie)|\b[A-Z]\.[A-Z])\.$")


def _sentence_stop_cut(name: str) -> str:
    """A name without the period that ends the sentence after it ("the Agent."), keeping the
    one of an abbreviation ("Acme Co.", "Fleet Bank, N.A.")."""
    if name.endswith(".") and not _DOTTED.search(name):
        return name[:-1]
    return name


def _suffixed(name: str) -> bool:
    """Whether a name ends in a corporate suffix ("Inc.", "LLC", "N.A.")."""
    ws = re.findall(r"[\w&]+", name.replace(".", "").lower())
    return len(ws) > 1 and ws[-1] in TERMINAL_SUFFIXES


def _known_agreement(ctx: DocContext, title: str) -> str | None:
    """The agreement (other than the document's own) known by this term or title, or its
    singular."""
    for t in dict.fromkeys((title, singular(title))):
        refs = [r for r in labelled(ctx, ctx.lookup(t), "Agreement") if r != ctx.self_ref]
        if refs:
            return refs[0]
        want = norm_title(t)
        for ref, e in ctx.collector.entities.items():
            if (
                ref != ctx.self_ref
                and e.label == "Agreement"
                and norm_title(str(e.props.get("title") or "")) == want
            ):
                return ref
    return None
