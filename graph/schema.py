"""The graph model of ``docs/product.md`` declared once, as data.

Labels and relationship types are the only identifiers that are ever spliced into Cypher
text (they cannot be parameters); every such splice goes through :func:`label` or
:func:`rel_type`, which accept only names declared here.
"""

from __future__ import annotations

from dataclasses import dataclass

from dealgraph.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class NodeType:
    label: str
    properties: tuple[str, ...]
    search_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RelType:
    type: str
    sources: frozenset[str]
    targets: frozenset[str]
    properties: tuple[str, ...] = ()


NODE_TYPES: dict[str, NodeType] = {
    t.label: t
    for t in (
        NodeType(
            "Document",
            (
                "key",
                "path",
                "title",
                "exhibit",
                "chars",
                "ingested_at",
                "text",
                # where it was filed on EDGAR (a fetch, an SEC header or a sidecar says)
                "accession",
                "cik",
                "form_type",
                "filing_date",
                "exhibit_type",
            ),
            ("title",),
        ),
        NodeType(
            "Agreement",
            ("key", "title", "kind", "date", "governing_law", "aliases", "amendment_number"),
            ("title", "aliases"),
        ),
        NodeType(
            "Party",
            (
                "key",
                "name",
                "kind",
                "entity_type",
                "jurisdiction",
                "aliases",
                "address",
                "cik",  # an EDGAR filer's Central Index Key: its identity (graph.identity)
            ),
            ("name", "aliases"),
        ),
        NodeType(
            "Instrument",
            (
                "key",
                "title",
                "kind",
                "amount",
                "currency",
                "date",
                "maturity_date",
                "interest_rate",
                "exercise_price",
                "governing_law",
                "aliases",
                # an amendment of a note or warrant is an instrument ("Amendment No. 4 to
                # Promissory Note"), numbered as an agreement's amendment is
                "amendment_number",
            ),
            ("title", "aliases"),
        ),
        NodeType("Asset", ("key", "description"), ("description",)),
        # A numbered section or a defined term of one agreement (identity: agreement, section
        # or term); not searched: it is reached from its agreement.
        NodeType("Provision", ("key", "agreement", "section", "term", "heading")),
    )
}

_AI = frozenset({"Agreement", "Instrument"})

REL_TYPES: dict[str, RelType] = {
    t.type: t
    for t in (
        RelType("AMENDS", _AI, _AI, ("restates", "date")),
        RelType("PARTY_TO", frozenset({"Party"}), _AI, ("role",)),
        RelType(
            "LENDS_TO",
            frozenset({"Party"}),
            frozenset({"Party"}),
            ("amount", "currency", "instrument"),
        ),
        RelType(
            "SECURES",
            frozenset({"Asset", "Instrument", "Party"}),
            frozenset({"Instrument", "Agreement", "Party"}),
        ),
        RelType("WAIVES", frozenset({"Party"}), _AI, ("what", "from", "until", "condition")),
        RelType("SIGNED", frozenset({"Party"}), _AI, ("title", "on_behalf_of")),
        RelType("ISSUES", frozenset({"Party"}), frozenset({"Instrument"})),
        RelType("HOLDS", frozenset({"Party"}), frozenset({"Instrument"}), ("quantity", "amount")),
        RelType("ISSUED_UNDER", frozenset({"Instrument"}), frozenset({"Agreement"})),
        RelType("REFERENCES", _AI, _AI),
        RelType("CONTAINS", frozenset({"Document"}), _AI),
        # the EDGAR filer of the filing the document is an exhibit of
        RelType(
            "FILED_BY",
            frozenset({"Document"}),
            frozenset({"Party"}),
            ("accession", "form_type", "filing_date"),
        ),
        RelType("PROVISION_OF", frozenset({"Provision"}), _AI),
        RelType("CHANGES", _AI, frozenset({"Provision"}), ("action", "new_text", "effective_date")),
    )
}

#: Agreement kinds the extractor may assign (open list: unknown kinds are kept as "agreement").
AGREEMENT_KINDS = (
    "credit_agreement",
    "loan_agreement",
    "amendment",
    "waiver",
    "purchase_agreement",
    "registration_rights",
    "lease",
    "security_agreement",
    "pledge_agreement",
    "guaranty",
    "subordination_agreement",
    "warrant_agreement",
    "license_agreement",
    "supply_agreement",
    "services_agreement",
    "employment_agreement",
    "merger_agreement",
    "consent",
    "reaffirmation",
    "joinder",
    "letter_agreement",
    "reimbursement_agreement",
    "letter_of_credit_agreement",
    "plan",
    "agreement",
)

INSTRUMENT_KINDS = (
    "note",
    "debenture",
    "warrant",
    "letter_of_credit",
    "credit_facility",
    "common_stock",
    "preferred_stock",
    "bond",
    "guarantee",
    "instrument",
)


#: What a CHANGES relation does to its provision (docs/product.md).
CHANGE_ACTIONS = ("replace", "amend", "delete", "add")


def label(name: str) -> str:
    """Return ``name`` if it is a declared node label, else refuse (no Cypher injection)."""
    if name not in NODE_TYPES:
        raise InvalidInput(f"unknown node label {name!r}")
    return name


def rel_type(name: str) -> str:
    """Return ``name`` if it is a declared relationship type, else refuse."""
    if name not in REL_TYPES:
        raise InvalidInput(f"unknown relationship type {name!r}")
    return name


def allowed(rel: str, source_label: str, target_label: str) -> bool:
    """Whether the schema allows ``(source_label)-[rel]->(target_label)``."""
    t = REL_TYPES.get(rel)
    return t is not None and source_label in t.sources and target_label in t.targets
