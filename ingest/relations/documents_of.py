"""Whose a guaranty or security document is, where a definition says it by "of" alone: '"Guaranty":
The guaranty of EHC and PII, both dated ...', '"Security Agreements": The Security Agreements of
the Borrower, PII and PSI', '"Pledge Agreements": The Pledge Agreement of EHC and the Pledge
Agreement of the Borrower', '"Trademark Assignment": The Collateral Assignment of Trademarks of
the Borrower'.

Exists because the older bank forms define their support documents this way, with no
"executed by", and the companies "of" names (often short terms a definition of their own
introduces) are the guarantors and grantors: parties to the document, and behind the credit
agreement. A name must stand for a known party or a company a definition names ("Guaranty of
Payment" names what is guaranteed, not who guarantees), and a list stops at its first word that
names no one ("of EHC and the Pledge Agreement of ...").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.defined_companies import company_for_term
from ingest.relations.slots import stated_parties
from ingest.rules import passage, rule

_OF_GIVER = rule(
    "relations.documents_of.giver",
    r"(?:\b(?i:guarant(?:y|ee|ies|ees)|agreements?)"
    # "the Collateral Assignment of Trademarks of the Borrower": the second "of"
    r"|\bAssignments?\s+of\s+[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?)\s+of\s+"
    r"(?P<giver>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,4})",
    reads="a guaranty or agreement 'of' a capitalised name or term: its giver",
    matches=[
        passage("The guaranty of EHC and PII, both dated", giver="EHC"),
        passage("The Security Agreements of the\nBorrower, PII and PSI", giver="the\nBorrower"),
        passage("the Pledge Agreement of Tarrant Holdings, Inc.", giver="Tarrant Holdings"),
        passage("The Collateral Assignment of Trademarks of the Borrower", giver="the Borrower"),
    ],
    rejects=[
        "the Pledge Agreement of even date herewith",
        "the Guaranty of the date hereof",
        "a guaranty of any Subsidiary",
        "the Assignment of Leases and Rents",
    ],
)
#: the next name of a list: ", PII", ", and PSI", " and PSI"
_NEXT = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<giver>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,4})"
)


def _named(ctx: DocContext, phrase: str) -> list[str]:
    """The parties a name or short term stands for (a term a definition alone names too)."""
    return stated_parties(ctx, phrase) or company_for_term(ctx, " ".join(phrase.split()))


def documents_of(ctx: DocContext, item: str) -> tuple[list[str], int]:
    """The parties an item of a definition names as the givers of its documents ("The
    guaranty of EHC and PII"), and where the last of them ends in ``item``."""
    givers: list[str] = []
    end = 0
    for m in _OF_GIVER.finditer(item):
        refs, at = _named(ctx, m["giver"]), m.end()
        while refs:
            givers += [r for r in refs if r not in givers]
            end = at
            more = _NEXT.match(item, at)
            if more is None:
                break
            refs, at = _named(ctx, more["giver"]), more.end()
    return givers, end
