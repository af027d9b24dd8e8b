"""Runs of capitalised words that name no party: defined terms or roles joined
("Company and Holder"), a descriptor written in capitals, and the words of
places and measures.
"""

from __future__ import annotations

import re

from ingest.context import norm_term
from ingest.law import JURISDICTIONS
from ingest.names import MEASURE_WORDS, ORG_WORDS, singular, words
from ingest.parties.role_words import ROLE_WORDS

#: Every word of a state, province or country name (lower case), from ``ingest.law``.
JURISDICTION_WORDS = frozenset(w for place in JURISDICTIONS for w in words(place))
#: Words of places that end an address rather than name a party.
PLACE_WORDS = JURISDICTION_WORDS | frozenset(
    [
        *("usa", "us", "u", "s", "a", "prc", "p", "r", "c", "roc", "o", "uk", "of", "the"),
        *("state", "commonwealth", "province", "republic", "kingdom", "federal", "people's"),
    ]
)


def only_terms(name: str, known_terms: set[str]) -> bool:
    """ "FDMS and Bank", "ACSI and Company": the document's defined terms joined, no name
    (nor is one term alone)."""
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", name) if p]
    return bool(parts) and all(norm_term(p) in known_terms for p in parts)


#: "among the Company and Marrow Lane Bank, N.A.": the first party by its term, joined by
#: "and" to the next party's name.
_TERM_AND = re.compile(r"(?P<head>[^,]+?),?\s+(?:and|AND)\s+(?=[A-Z0-9])")


def name_after_term(name: str, known_terms: set[str]) -> int:
    """Where the name of a run starts after a party's term joined to it by "and" ("Company and
    Marrow Lane Bank, N.A.", "CRLP and SouthTrust Bank": a term the document defines, or a
    registrant's or role word such as "Company", "Registrant", "Borrower"); 0 where the run
    starts with the name. The rest must hold a word of a name of its own, not only words of
    companies and roles ("Bank and Trust Company" stays whole)."""
    m = _TERM_AND.match(name)
    if m is None:
        return 0
    head = m["head"].strip()
    if not (norm_term(head) in known_terms or only_roles(head) or words(head) == ["registrant"]):
        return 0
    rest = words(name[m.end() :])
    if not rest or only_roles(name[m.end() :]) or all(w in ORG_WORDS for w in rest):
        return 0
    return m.end()


def only_roles(name: str) -> bool:
    """ "Company and Holder": defined roles, not a name; "a Delaware Corporation", "A
    WASHINGTON CORPORATION": a descriptor written in capitals, not a name either."""
    ws = words(name)
    if ws and ws[-1] in _NOT_PARTY_TAIL:
        return True
    if _CONSTITUTION_OR_REGISTER.search(" ".join(ws)):
        return True
    if ws[-3:] in (["deed", "of", "trust"], ["declaration", "of", "trust"]) and len(ws) <= 4:
        return True  # "THIS DEED OF TRUST is made by ...": the document, whose "Trust" is no org
    # "A WASHINGTON CORPORATION" in an all-capitals preamble: the article opens the descriptor
    described = ws[1:] if ws[:1] in (["a"], ["an"]) else ws
    if (
        described
        and described[-1] in _DESCRIPTOR_HEADS
        and all(w in _DESCRIPTOR_HEADS or w in JURISDICTION_WORDS for w in described)
    ):
        return True
    return all(
        w in ROLE_WORDS or singular(w) in ROLE_WORDS or w in _NOT_NAMES or w in ("and", "the")
        for w in ws
    )


#: Last words of terms that name a date, a measure, a time or a place, never a party.
NO_PARTY_TERMS = MEASURE_WORDS | frozenset(["term", "territory"])
#: Words that stand for parties' circles, never a party's own name ("its Affiliates").
#: "(Registered Company No. 5701810)", "(Company Registration Number ...)": a register's
#: number after a company's descriptor names no other company.
_NOT_NAMES = frozenset(
    [
        *("affiliate", "affiliates", "successors", "assigns", "designee", "designees"),
        *("its", "their", "registered", "registration", "no", "number"),
    ]
)
#: Last words of statutes and regulators, which borrow org words ("Securities Exchange Act",
#: "Securities and Exchange Commission"): never a party to a commercial contract.
_NOT_PARTY_TAIL = frozenset(["act", "rule", "rules", "regulation", "regulations", "commission"])


#: A company's constitution and the register it is entered in, which a party's description
#: names between its name and its term ("represented by its Director acting on the basis of the
#: Articles of Association, hereinafter referred to as ...", "registered with the Trade and
#: Companies Register of Lyon"): never a party.
_CONSTITUTION_OR_REGISTER = re.compile(
    r"^(?:the )?(?:memorandum (?:and|of) )?articles of (?:association|incorporation)$"
    r"|^(?:the )?(?:by[ -]?laws|memorandum of association)$"
    r"|\b(?:commercial|trade|companies|business) (?:and companies )?regist(?:er|ry)\b"
    r"|\bregist(?:er|rar|ry) of (?:companies|commerce)\b"
)
_DESCRIPTOR_HEADS = frozenset(
    ["corporation", "company", "partnership", "limited", "liability", "association", "bank"]
)
