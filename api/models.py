"""Response and request models of the REST API (the shapes OpenAPI documents).

Vocabulary: a *Node* and an *Edge* are the store's JSON values (``graph.store``) with the
``evidence`` list lifted out of ``properties`` (as in ``dealgraph export``); a *Relation* is
an edge seen from one node: its direction and the node at the other end.

Every edge carries its evidence. A node carries its own only where it is the answer (a
node's, agreement's, party's, instrument's or document's details) and on each amendment of
"what amends X"; in lists its ``evidence`` is null: a bank cited in thousands of filings
would otherwise send thousands of quotes with every list it appears in.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Direction = Literal["out", "in"]


class Evidence(BaseModel):
    document: str = Field(description="Document key (sha256 of its text)")
    start: int
    end: int
    text: str = Field(description="Exactly the document's text from start to end")


class Node(BaseModel):
    id: str = Field(description="The node key", examples=["party:zoltek-companies-inc"])
    label: str = Field(examples=["Party"])
    properties: dict[str, Any] = Field(
        default_factory=dict, examples=[{"name": "Zoltek Companies, Inc.", "kind": "organization"}]
    )
    evidence: list[Evidence] | None = Field(
        default=None,
        description="Where the node is quoted; null in lists (GET /api/nodes/{key} has it)",
    )

    @classmethod
    def from_store(cls, value: dict[str, Any]) -> Node:
        props = dict(value.get("properties") or {})
        evidence = props.pop("evidence", None)
        props.pop("text", None)  # a Document's text is served only by /text
        return cls(
            id=str(value["id"]), label=str(value["label"]), properties=props, evidence=evidence
        )


class Edge(BaseModel):
    id: str = Field(examples=["lends_to:3f2a9c0d1e4b5a6c7d8e"])
    type: str = Field(examples=["LENDS_TO"])
    source: str = Field(description="Key of the source node")
    target: str = Field(description="Key of the target node")
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)

    @classmethod
    def from_store(cls, value: dict[str, Any]) -> Edge:
        props = dict(value.get("properties") or {})
        evidence = props.pop("evidence", None) or []
        return cls(
            id=str(value["id"]),
            type=str(value["type"]),
            source=str(value["source"]),
            target=str(value["target"]),
            properties=props,
            evidence=evidence,
        )


class Relation(BaseModel):
    direction: Direction = Field(description="'out' when the node is the edge's source")
    edge: Edge
    node: Node = Field(description="The node at the other end")


class Path(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    store: str = Field(examples=["embedded"])
    counts: dict[str, dict[str, int]] = Field(
        examples=[{"labels": {"Agreement": 3, "Party": 2}, "types": {"AMENDS": 2}}]
    )


class SearchHit(BaseModel):
    id: str
    label: str
    name: str
    score: float


class SearchResult(BaseModel):
    query: str
    items: list[SearchHit]
    limit: int
    offset: int


class NodeDetail(BaseModel):
    node: Node
    relations: dict[str, list[Relation]] = Field(
        description="Relations grouped by relationship type"
    )
    truncated: bool = Field(False, description="True when the node has more relations than shown")


class Neighbors(BaseModel):
    nodes: list[Node] = Field(description="The node itself first, then its neighbours")
    edges: list[Edge]
    more: int = Field(description="How many further relations match but were not returned")


class Amendment(BaseModel):
    agreement: Node = Field(description="The amending (in) or amended (out) agreement")
    relation: Edge = Field(description="The AMENDS edge that touches this agreement on the path")
    depth: int = Field(description="1 for a direct amendment, more through intermediate ones")
    path: Path


class Amendments(BaseModel):
    agreement: Node
    direction: Direction
    transitive: bool
    amendments: list[Amendment] = Field(description="In date order (undated last)")


class ChainLink(BaseModel):
    agreement: Node
    amends: list[Edge] = Field(description="AMENDS edges from this agreement within the chain")


class Chain(BaseModel):
    agreement: Node = Field(description="The agreement asked about")
    original: Node = Field(description="The agreement at the root of the chain")
    chain: list[ChainLink] = Field(description="Original first, then amendments in date order")


class Lending(BaseModel):
    party: Node = Field(description="The lender (for /lenders) or the borrower (/borrowers)")
    relation: Edge
    amount: float | int | None = None
    currency: str | None = None
    instrument: Node | None = None


class LendingList(BaseModel):
    party: Node
    items: list[Lending]


class PartyAgreement(BaseModel):
    agreement: Node
    roles: list[str]
    relations: list[Edge]


class PartyAgreements(BaseModel):
    party: Node
    items: list[PartyAgreement] = Field(description="One page, by date then key")
    total: int = Field(description="How many agreements and instruments the party is party to")
    limit: int
    offset: int


class PartyDetail(BaseModel):
    party: Node
    aliases: list[str]
    waivers: list[Relation] = Field(description="What this party waived (WAIVES out)")
    signed: list[Relation] = Field(description="What this person signed (SIGNED out)")
    signatories: list[Relation] = Field(
        description="People who signed on behalf of this party (SIGNED with on_behalf_of)"
    )
    agreements: list[PartyAgreement] = Field(
        description="The first page of its agreements (GET .../agreements pages the rest)"
    )
    agreements_total: int = Field(description="How many agreements it is party to in all")


class InstrumentDetail(BaseModel):
    instrument: Node
    issuers: list[Relation]
    holders: list[Relation]
    issued_under: list[Relation]
    secured_by: list[Relation]
    parties: list[Relation]
    amends: list[Relation]
    amended_by: list[Relation]
    other: list[Relation]


class PartyRole(BaseModel):
    party: Node
    roles: list[str]
    relations: list[Edge]


class AgreementDetail(BaseModel):
    agreement: Node
    parties: list[PartyRole] = Field(description="Each party with its roles")
    instruments: list[Relation] = Field(description="Instruments issued under it")
    documents: list[Node] = Field(description="Documents that contain its text")
    amends: list[Relation]
    amended_by: list[Relation]
    waivers: list[Relation]
    signatures: list[Relation]
    secured_by: list[Relation]
    other: list[Relation]


class DocumentList(BaseModel):
    items: list[Node]
    limit: int
    offset: int


class DocumentDetail(BaseModel):
    document: Node
    contains: list[Node]


class UploadedFile(BaseModel):
    filename: str = Field(description="The name the client sent")
    saved_as: str = Field(description="The sanitised name it was ingested under")
    bytes: int


class IngestResult(BaseModel):
    files: list[UploadedFile]
    summary: dict[str, Any] = Field(
        examples=[
            {
                "files": 1,
                "documents_added": 1,
                "documents_unchanged": 0,
                "nodes_added": 12,
                "edges_added": 20,
                "rejected": [],
                "warnings": [],
                "errors": [],
            }
        ]
    )


class CypherRequest(BaseModel):
    query: str = Field(
        min_length=1,
        max_length=20_000,
        examples=["MATCH (a:Agreement)<-[r:AMENDS]-(b) RETURN a.title, b.title, r.date LIMIT 25"],
    )
    params: dict[str, Any] = Field(default_factory=dict, examples=[{"key": "party:zoltek"}])


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    graph: dict[str, list[dict[str, Any]]]
    truncated: bool
    elapsed_ms: float


class Export(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class ErrorBody(BaseModel):
    code: str = Field(examples=["not_found"])
    message: str
    position: dict[str, int] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ProvisionChange(BaseModel):
    """One CHANGES edge: what an amendment did to one provision."""

    provision: Node
    amended: Node | None = Field(None, description="The agreement the provision belongs to")
    amendment: Node | None = Field(None, description="The amending agreement")
    action: str = Field(examples=["replace"], description="replace, amend, delete or add")
    new_text: str | None = Field(None, description="The new wording exactly as stated, or null")
    effective_date: str | None = None
    relation: Edge = Field(description="The CHANGES edge, with its evidence")


class AgreementChanges(BaseModel):
    agreement: Node = Field(description="The amending agreement asked about")
    changes: list[ProvisionChange] = Field(description="By amended agreement, then provision")


class ProvisionHistory(BaseModel):
    provision: Node = Field(description="The section or defined term, with its evidence")
    original: Evidence | None = Field(
        None, description="Its wording in the agreement's own text, where the graph holds it"
    )
    current_text: str | None = Field(
        None,
        description="The wording now in force: the last one stated in full (the original, "
        "then each replace or add); null after a delete or where only part was stated",
    )
    history: list[ProvisionChange] = Field(description="Every change, oldest first")


class AgreementProvisions(BaseModel):
    agreement: Node
    provisions: list[ProvisionHistory] = Field(description="In section order, then terms")
