"""The role words parties are named by ("Borrower", "Administrative Agent") and
the roles a party is stated in: the role a term names, the capacities of a
combined role ("Agent and Lender"), two roles merged.
"""

from __future__ import annotations

import re

from ingest.names import singular, words
from ingest.rules import passage, rule
from ingest.term_keys import norm_term

ROLE_WORDS = frozenset(
    [
        "borrower",
        "lender",
        "bank",
        "parent",
        "holder",
        "company",
        "guarantor",
        "agent",
        "issuer",
        "maker",
        "purchaser",
        "investor",
        "seller",
        "buyer",
        "landlord",
        "tenant",
        "lessor",
        "lessee",
        "licensor",
        "licensee",
        "grantor",
        "pledgor",
        "trustee",
        "beneficiary",
        # the parties of a deed of trust or mortgage on land
        "trustor",
        "mortgagor",
        "mortgagee",
        "obligor",
        "creditor",
        "debtor",
        "payee",
        "subsidiary",
        "member",
        "manager",
        "assignor",
        "assignee",
        "secured",
        "party",
        "arranger",
        "bookrunner",
        "book runner",
        "owner",
        "servicer",
        "subscriber",
        "consultant",
        "employer",
        "executive",
        "shareholder",
        "stockholder",
        "noteholder",
        "purchasers",
        # the capacities of commercial contracts (licence, supply, services, agency ...)
        "customer",
        "client",
        "supplier",
        "vendor",
        "distributor",
        "reseller",
        "dealer",
        "franchisor",
        "franchisee",
        "contractor",
        "subcontractor",
        "provider",
        "developer",
        "manufacturer",
        "sponsor",
        "publisher",
        "operator",
        "sublicensee",
        "sublicensor",
        "endorser",
        "advisor",
        "adviser",
        # of transportation contracts
        "carrier",
        "shipper",
    ]
)


#: Words that qualify a role word in a lender's or an agent's capacity ("Issuing Bank", "Swing
#: Line Lender", "Joint Lead Arranger", "L/C Issuer", "Sole Book Runner"); with role words only
#: they make a capacity, never a name ("security", "union", "national" also head banks' names).
ROLE_MODIFIERS = frozenset(
    [
        *("administrative", "collateral", "syndication", "documentation", "technical"),
        *("issuing", "fronting", "paying", "swing", "swingline", "line", "l", "c", "lc"),
        *("sole", "joint", "lead", "co", "book"),
        *("initial", "original", "existing", "additional", "new", "resigning", "successor"),
    ]
)


#: Capacities of the banks that arrange a loan, which name no party alone.
_ARRANGING_HEADS = frozenset(["bookrunner", "runner"])


def is_role_title(name: str) -> bool:
    """ "Issuing Bank", "Swing Line Lender", "Co-Documentation Agent": role words and their
    qualifiers only, ending in a role word: a capacity, never a party's name."""
    ws = [singular(w) for w in words(name.replace("-", " ").replace("/", " ")) if w]
    heads = ROLE_WORDS | _ARRANGING_HEADS
    return bool(ws) and ws[-1] in heads and all(w in heads or w in ROLE_MODIFIERS for w in ws)


#: The capacities a "co-" prefix shares among several parties ("Co-Agent", "Co-Borrower").
_SHARED_HEADS = frozenset(
    ["agent", "borrower", "lender", "issuer", "trustee", "obligor", "maker", "guarantor"]
)


def is_shared_capacity(phrase: str) -> bool:
    """ "Co-Agent", "Co-Borrower": a capacity several parties share, which a party's "as ..."
    states like "Agent" (never "Co-op" or "Coca-Cola"). Not a term's role: a collective term
    ("the "Co-Agents"") is read by the parties the preamble lists, not by who signs."""
    ws = words(phrase)
    # "Co-Agents" after two names: each is a "Co-Agent"
    return len(ws) == 1 and ws[0].startswith("co-") and singular(ws[0][3:]) in _SHARED_HEADS


def role_of(term: str) -> str | None:
    """ "Administrative Agent" -> itself, "Lenders" -> "Lender"; None for a short name."""
    ws = words(singular(term))
    if ws and (ws[-1] in ROLE_WORDS or " ".join(ws[-2:]) in ROLE_WORDS):
        # "U.S. Borrower" keeps its initials (never "U.s. Borrower")
        return " ".join(w if "." in w else w.capitalize() for w in singular(term).split())
    return None


def role_parts(role: str) -> list[str]:
    """The capacities a role states: "Agent and Lender" -> ["Agent", "Lender"]."""
    # "Agent And Lender" (a block's capacity set in title case) states two capacities too
    return [p for p in re.split(r"\s+(?:(?i:and)|&)\s+|\s*[;/]\s*", role) if p]


def has_role(stated: object, role: str) -> bool:
    """Whether a PARTY_TO role (possibly several) includes ``role`` (singular, any case)."""
    want = norm_term(singular(role))
    return isinstance(stated, str) and any(
        norm_term(singular(p)) == want for p in role_parts(stated)
    )


def merge_roles(had: str, role: str) -> str:
    """Both roles, each once, in the order stated ("US Borrower" already says "Borrower")."""
    parts = role_parts(had)
    for p in role_parts(role):
        want = norm_term(singular(p))
        if not any(norm_term(singular(q)).endswith(want) for q in parts):
            parts.append(p)
    return " and ".join(parts)


#: a capacity several banks share, written once in the plural after their names ("BANK OF
#: AMERICA, N.A. and THE BANK OF NOVA SCOTIA, as Co-Syndication Agents"): each holds it alone
_SHARED_PLURAL = rule(
    "parties.role_words.shared_capacity_plural",
    r"(?i)\b(?P<one>agent|arranger|book[\s-]*runner|bookrunner|manager)s\b(?!['\u2019])",
    reads="a shared capacity's plural word, which each of the parties holds in the singular",
    matches=[
        passage("Co-Syndication Agents", one="Agent"),
        passage("Joint Lead Arrangers and Joint Book Runners", one="Arranger"),
    ],
    rejects=["Administrative Agent", "Management Company", "Agents' fees"],
)


def one_capacity(role: str) -> str:
    """The capacity one party holds where several share it ("Co-Syndication Agents" ->
    "Co-Syndication Agent"); a role of a class ("Borrowers", "Lenders") is left as written."""
    return _SHARED_PLURAL.sub(lambda m: m["one"], role)


#: Endings of names that only look plural ("Veritas", "Genesis", "Lucas", "Helios").
_NAME_ENDS = ("as", "is", "us", "os")


def is_plural_term(term: str) -> bool:
    """Whether a defined term names several parties ("Borrowers", "Founders", "Parties"),
    never a name that happens to end in "s" ("Veritas", "Genesis") or an acronym ("NTS")."""
    one = singular(term)
    if one == term or term.isupper():
        return False
    return role_of(one) is not None or not words(term)[-1].endswith(_NAME_ENDS)
