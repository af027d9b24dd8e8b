"""PARTY_TO from a joinder: "the New Guarantor hereby becomes a party to the Guaranty and
Security Agreement as a Guarantor and a Grantor thereunder", "each Additional Borrower shall
become a party to the Credit Agreement as a "Borrower"".

Why a reader of its own: the company joins an agreement that the joinder only names (another
document's), and the sentence, not a preamble or a signature block, says in what capacity.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.parties.role_words import role_of
from ingest.relations.security_grants import grant_subjects
from ingest.relations.slots import agreements_in, labelled, trimmed
from ingest.rules import passage, rule

#: the agreement joined, by its defined term or title
_OBJECT = r"(?P<obj>the\s+[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,6})"
#: the capacity in which the company joins it
_ROLE = r"(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"

_BECOMES_PARTY = rule(
    "relations.joinders.becomes_party",
    # the subject opens the sentence (after the space a run-in heading leaves: "2. Joinder to
    # Guaranty . The New Subsidiary hereby becomes ...", text converted from HTML)
    r"(?:^\s*|,\s+|\bthat\s+)(?!(?:No|Neither|If|Any|Each\s+Subsidiary\s+that)\b)"
    r"(?P<subj>(?:(?i:the|each)\s+)?[A-Z][\w'\u2019.&-]*"
    r"(?:(?:\s+|,\s+)[A-Z][\w'\u2019.&-]*){0,6})"
    # its term, and how it joins: '(the "New Grantor") by its signature below'
    r"(?:\s*\([^()]{1,60}\))?(?:,?\s+by\s+(?:its|their)\s+(?:signature|execution)[\w\s]{0,30}?,?)?"
    # ", as provided in Section 9.15 of the Guarantee and Collateral Agreement,"
    r"(?:,\s+(?:as\s+provided\s+in|pursuant\s+to|in\s+accordance\s+with)\s+[^,;()]{1,100},)?"
    # "hereby (a) becomes a party to ... and (b) assumes ...": the first of its undertakings
    r"\s+(?:hereby\s+)?(?:\((?:[a-h]|[ivx]{1,4}|\d)\)\s*)?(?:becomes|shall\s+(?:hereby\s+)?"
    r"become|is\s+hereby\s+made|agrees\s+to\s+become|joins\s+(?:in\s+)?and\s+becomes)\s+"
    # "a party to the Security Agreement as a Grantor" / "a Grantor under the Security Agreement"
    r"(?:a\s+party\s+(?:to|under)\s+"
    + _OBJECT
    + r"\s+as\s+(?:an?\s+)?[\"\u201c]?"
    + _ROLE
    + r"|an?\s+"
    r"[\"\u201c]?" + _ROLE.replace("role", "role2") + r"[\"\u201d]?"
    # "a Subsidiary Party, a Guarantor and a Grantor under ...": several capacities at once
    r"(?P<more>(?:(?:,\s+|,?\s+and\s+)an?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*)"
    r"\s+(?:under|to|for\s+all\s+"
    r"purposes\s+of)\s+" + _OBJECT.replace("obj", "obj2") + r")",
    reads="a joinder: the company that becomes party to a named agreement, and its capacity",
    matches=[
        passage(
            "By executing this Joinder Agreement, the New Guarantor hereby becomes a party to "
            "the Guaranty and Security Agreement as a Guarantor and a Grantor thereunder.",
            subj="the New Guarantor",
            obj="the Guaranty and Security Agreement",
            role="Guarantor",
        ),
        passage(
            " The Additional Guarantor hereby becomes a party to the Guaranty as a "
            "\u201cGuarantor\u201d thereunder.",
            subj="The Additional Guarantor",
            role="Guarantor",
        ),
        passage(
            "By executing this Joinder, the New Subsidiary, as provided in Section 8.14 of the "
            "Security Agreement, hereby becomes a party to the Security Agreement as a Grantor.",
            subj="the New Subsidiary",
            obj="the Security Agreement",
            role="Grantor",
        ),
        passage(
            'Orwell Freight LLC shall become a party to the Credit Agreement as a "Borrower".',
            subj="Orwell Freight LLC",
            role="Borrower",
        ),
        passage(
            'Delmont Optics LLC (the "New Grantor") by its signature below becomes a Grantor '
            "under the Security Agreement with the same force and effect as if originally named "
            "therein.",
            role2="Grantor",
            obj2="the Security Agreement",
        ),
        passage(
            "In accordance with Section 7.16 of the Collateral Agreement, the Additional "
            "Subsidiary by its signature below becomes a Subsidiary Party, a Guarantor and a "
            "Grantor under the Collateral Agreement with the same force and effect.",
            subj="the Additional Subsidiary",
            role2="Subsidiary Party",
            more=", a Guarantor and a Grantor",
            obj2="the Collateral Agreement",
        ),
        passage(
            "The Incremental Lender hereby (a) becomes a party to the Credit Agreement as a "
            '"Lender" thereunder and (b) assumes the obligations of a Lender.',
            subj="The Incremental Lender",
            obj="the Credit Agreement",
            role="Lender",
        ),
        passage(
            "The New Lender hereby (a) joins in and becomes a party to the Credit Agreement as a"
            " Lender, with a Revolving Commitment of $12,500,000",
            subj="The New Lender",
            obj="the Credit Agreement",
            role="Lender",
        ),
        passage(
            "Each Assuming Bank hereby (i) becomes a party to the Loan Agreement as a Bank",
            subj="Each Assuming Bank",
            role="Bank",
        ),
        passage(
            "Wexford Tool LLC hereby becomes a Pledgor and a Guarantor under the Pledge and "
            "Guaranty Agreement.",
            role2="Pledgor",
            more=" and a Guarantor",
        ),
    ],
    rejects=[
        "No Subsidiary shall become a party to any agreement restricting dividends.",
        "the Borrower may become a party to the Credit Agreement",
        "if any Subsidiary becomes a Guarantor or a Grantor under the Security Agreement",
        "the New Lender (a) may become a party to the Credit Agreement as a Lender",
    ],
)


def extract_joinders(ctx: DocContext, lo: int, sentence: str) -> None:
    """PARTY_TO from each company a joinder sentence makes a party to the agreement it names,
    in the capacity it states."""
    m = _BECOMES_PARTY.search(sentence)
    if m is None or (role := _capacities(m)) is None:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    obj = m["obj"] or m["obj2"]
    named = labelled(ctx, ctx.lookup(obj[len("the ") :]), "Agreement") or agreements_in(ctx, obj)
    for agreement in named[:1]:
        if agreement == ctx.self_ref:
            continue
        for party in grant_subjects(ctx, m["subj"], lo + m.start("subj")):
            ctx.collector.relate("PARTY_TO", party, agreement, evidence, {"role": role})
            _stated_capacity(ctx, party, agreement, role)


def _capacities(m: re.Match[str]) -> str | None:
    """The capacity the sentence states, or the several it lists joined by "and" ("a
    Subsidiary Party, a Guarantor and a Grantor": "Subsidiary Party and Guarantor and
    Grantor", as a block signed "as Agent and Lender" reads); None when no role is stated."""
    first = role_of(m["role"] or m["role2"])
    if first is None:
        return None
    more = re.findall(r"\ban?\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", m["more"] or "")
    roles = [first, *(r for w in more if (r := role_of(w)) is not None)]
    return " and ".join(dict.fromkeys(roles))


def _stated_capacity(ctx: DocContext, party: str, agreement: str, role: str) -> None:
    """The capacity the joinder states replaces the joinder's own term for the company ("the
    New Subsidiary ... becomes a party to the Guarantee and Collateral Agreement as a
    Guarantor": Guarantor, not New Subsidiary), which an earlier reader may have given."""
    edge = ctx.collector.relations.get(("PARTY_TO", party, agreement))
    company = ctx.collector.get(party)
    if edge is None or company is None:
        return
    old = edge.props.get("role")
    if isinstance(old, str) and old != role and old in company.aliases:
        edge.props["role"] = role
