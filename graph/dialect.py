"""Everything both stores share about Cypher text and values, and the few places they differ.

Vocabulary:
- *part*: one ``UNWIND $param AS row ...`` statement of an upsert, for one node label or one
  ``(type, source label, target label)`` edge group. FalkorDB chains a batch's parts into one
  query with ``WITH count(*) AS _``; Neo4j runs every possible part, each a ``CALL () {}``
  subquery, in one fixed statement (:data:`NEO4J_UPSERT`).
- *hidden properties*: ``search_text`` (what the full-text index sees: name/title/description
  plus aliases, because FalkorDB's full-text index ignores list properties) and a Document's
  ``text``. Both are stored but never shown by :func:`node_dict`.
- *graph version*: one bookkeeping node, ``(:GraphVersion {key: 'graph', epoch, n})``, outside
  the schema (never exported, counted or searched). Every write transaction ends with
  :data:`VERSION_BUMP`, so a version read after a write has completed differs from every
  version read before it, in any process: read answers are cached under it (``api.caching``).
- *engine variants*: the few named queries whose text differs per engine (a degree count:
  ``outdegree()`` on FalkorDB, ``COUNT {}`` on Neo4j) are written once per engine in
  ``queries/*.cypher`` (``// name: x @neo4j``, see ``graph.queries``).

Labels and relationship types are spliced only through ``graph.schema.label``/``rel_type``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dealgraph.errors import InvalidInput
from graph import schema
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow

SEARCH_PROP = "search_text"
#: Properties written only when the node is created, so re-ingesting changes nothing.
ON_CREATE_ONLY: dict[str, frozenset[str]] = {"Document": frozenset({"ingested_at"})}
#: The property holding a node's display name, per label (first present wins).
NAME_PROPS = ("name", "title", "description", "path", "key")
#: properties shown as a node's name, where capitals never replace mixed case
DISPLAY_PROPS = ("name", "title")

_PROP_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Part:
    """One UNWIND statement of an upsert: its text, parameter name and rows."""

    cypher: str
    param: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    is_edge: bool = False


#: The label of the graph-version node (see the module notes); not a schema label.
VERSION_LABEL = "GraphVersion"
#: The last clause of every write transaction: bump the version (create it on the first
#: write, with a fresh ``$version_epoch``). Last, so that on Neo4j the version node's lock is
#: the last one a writer takes and concurrent writers cannot deadlock on it.
VERSION_BUMP = (
    f"MERGE (version:{VERSION_LABEL} {{key: 'graph'}})\n"
    "ON CREATE SET version.epoch = $version_epoch\n"
    "SET version.n = coalesce(version.n, 0) + 1"
)


def version_params() -> dict[str, str]:
    """The parameters :data:`VERSION_BUMP` needs: an epoch used only if the node is new, so
    versions never repeat even after the whole graph (version node included) was deleted."""
    return {"version_epoch": uuid.uuid4().hex}


def version_text(epoch: Any, n: Any) -> str:
    """The version as one opaque string; ``""`` for a graph never written to."""
    return f"{epoch}.{n}" if epoch is not None and n is not None else ""


def _evidence_union(var: str) -> str:
    return (
        f"{var}.evidence = [e IN coalesce({var}.evidence, []) WHERE NOT e IN row.evidence]"
        " + row.evidence"
    )


def _shouted(value: Any) -> bool:
    """A display name written in capitals ("ZOLTEK COMPANIES, INC.", from a signature page)."""
    return isinstance(value, str) and any(c.isalpha() for c in value) and value == value.upper()


def prefer(prop: str, old: Any, new: Any) -> Any:
    """The value a property settles on, whatever order its writers come in (see _settle)."""
    if new is None:
        return old
    if old is None:
        return new
    if prop in DISPLAY_PROPS and _shouted(old) != _shouted(new):
        return old if _shouted(new) else new
    try:
        return new if new < old else old
    except TypeError:
        return old


def _settle(var: str, prop: str) -> str:
    """Cypher for :func:`prefer`: a property settles on one value in any write order.

    Two documents may state one fact differently ("Amendment No. 4" / "Amendment #4");
    concurrent or reordered ingestion must still give one graph, so the smaller value wins,
    except that a display name in capitals never replaces one in mixed case.
    """
    old, new = f"{var}.{prop}", f"row.props.{prop}"
    rank = ""
    if prop in DISPLAY_PROPS:
        rank = (
            f"WHEN ({old} = toUpper({old})) <> ({new} = toUpper({new})) "
            f"THEN CASE WHEN {new} = toUpper({new}) THEN {old} ELSE {new} END "
        )
    return (
        f"{old} = CASE WHEN {new} IS NULL THEN {old} WHEN {old} IS NULL THEN {new} "
        f"{rank}WHEN {new} < {old} THEN {new} ELSE {old} END"
    )


def node_part_cypher(label_name: str, param: str) -> str:
    """MERGE one label's rows by key; settle properties; union aliases and evidence;
    refresh search_text. ``param`` names the rows' parameter (or a map's entry: ``batch.Party``)."""
    lab = schema.label(label_name)
    props = schema.NODE_TYPES[lab].properties
    create_only = ON_CREATE_ONLY.get(lab, frozenset())
    settled = [p for p in props if p not in ("key", "aliases") and p not in create_only]
    sets = [_settle("n", p) for p in settled] + [_evidence_union("n")]
    if "aliases" in props:
        sets.append(
            "n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases"
        )
    name_expr = "coalesce(" + ", ".join(f"n.{p}" for p in NAME_PROPS if p in props) + ", '')"
    alias_expr = " + reduce(s = '', a IN n.aliases | s + ' ' + a)" if "aliases" in props else ""
    return (
        f"UNWIND ${param} AS row\n"
        f"MERGE (n:{lab} {{key: row.key}})\n"
        "ON CREATE SET n += row.create_props\n"
        f"SET {', '.join(sets)}\n"
        # FalkorDB: a second SET sees the first one's values only across a WITH
        "WITH n\n"
        f"SET n.{SEARCH_PROP} = {name_expr}{alias_expr}"
    )


def edge_part_cypher(type_name: str, source_label: str, target_label: str, param: str) -> str:
    """MERGE one edge group's rows by key between existing endpoints (missing ones drop out).

    A relation's properties settle like a node's (:func:`_settle`), so the graph does not
    depend on the order documents arrive in.
    """
    rel = schema.rel_type(type_name)
    src, dst = schema.label(source_label), schema.label(target_label)
    sets = [_settle("r", p) for p in schema.REL_TYPES[rel].properties]
    return (
        f"UNWIND ${param} AS row\n"
        f"MATCH (a:{src} {{key: row.source}})\n"
        f"MATCH (b:{dst} {{key: row.target}})\n"
        f"MERGE (a)-[r:{rel} {{key: row.key}}]->(b)\n"
        f"SET {', '.join([*sets, _evidence_union('r')])}"
    )


#: An edge group: (relationship type, source label, target label).
EdgeGroup = tuple[str, str, str]
#: Every edge group the schema allows, in one fixed order.
EDGE_GROUPS: tuple[EdgeGroup, ...] = tuple(
    sorted(
        (typ, src, dst)
        for typ, t in schema.REL_TYPES.items()
        for src in t.sources
        for dst in t.targets
    )
)


def _rows_by_group(
    batch: GraphBatch,
) -> tuple[dict[str, list[dict[str, Any]]], dict[EdgeGroup, list[dict[str, Any]]]]:
    """Validate the batch; one row per key in each node label and in each edge group."""
    node_groups: dict[str, dict[str, dict[str, Any]]] = {}
    for node in batch.nodes:
        _check_node(node)
        rows = node_groups.setdefault(node.label, {})
        rows[node.key] = _merge_node_row(rows.get(node.key), node)
    edge_groups: dict[EdgeGroup, dict[str, dict[str, Any]]] = {}
    for edge in batch.edges:
        _check_edge(edge)
        group = edge_groups.setdefault((edge.type, edge.source_label, edge.target_label), {})
        group[edge.key] = _merge_edge_row(group.get(edge.key), edge)
    return (
        {lab: list(rows.values()) for lab, rows in node_groups.items()},
        {g: list(rows.values()) for g, rows in edge_groups.items()},
    )


def upsert_parts(batch: GraphBatch) -> list[Part]:
    """The batch as parts: nodes first (per label), then edges (per type and endpoint labels)."""
    nodes, edges = _rows_by_group(batch)
    parts: list[Part] = []
    for lab in sorted(nodes):
        param = f"n{len(parts)}"
        parts.append(Part(node_part_cypher(lab, param), param, nodes[lab]))
    for typ, src, dst in sorted(edges):
        param = f"e{len(parts)}"
        edge_rows = edges[(typ, src, dst)]
        parts.append(Part(edge_part_cypher(typ, src, dst, param), param, edge_rows, is_edge=True))
    return parts


def _group_name(group: EdgeGroup) -> str:
    return "_".join(group)


def _neo4j_upsert() -> str:
    """Every part the schema allows, each in a ``CALL () {}`` subquery, in one fixed text.

    One text for every batch means Neo4j plans it once per server: planning one part costs
    20-60 ms, so a text per combination of labels and edge groups (a new one for most
    documents) cost more than the writes. The rows come in one map, ``$batch``, because Neo4j
    caches a plan per size class of each list parameter but not of a map's entries; a
    batch's empty groups cost about 4 ms of server time together. ``replan=skip``: the plan
    is a unique-key index seek per row whatever the statistics, and a growing graph
    otherwise replans it every few seconds.
    Each edge subquery returns how many rows found both endpoints (see ``neo4j_upsert_rows``);
    the last one bumps the graph version.
    """
    calls = [
        f"CALL () {{\n{node_part_cypher(lab, f'batch.{lab}')}\n}}"
        for lab in sorted(schema.NODE_TYPES)
    ]
    for i, group in enumerate(EDGE_GROUPS):
        cypher = edge_part_cypher(*group, f"batch.{_group_name(group)}")
        calls.append(f"CALL () {{\n{cypher}\nRETURN count(*) AS e{i}\n}}")
    calls.append(f"CALL () {{\n{VERSION_BUMP}\n}}")
    written = ", ".join(f"e{i}" for i in range(len(EDGE_GROUPS)))
    return "CYPHER replan=skip\n" + "\n".join(calls) + f"\nRETURN [{written}] AS edges"


#: Neo4j: the whole upsert of any batch as one statement (one round trip, one plan).
NEO4J_UPSERT = _neo4j_upsert()


def neo4j_upsert_rows(batch: GraphBatch) -> tuple[dict[str, list[dict[str, Any]]], list[int]]:
    """:data:`NEO4J_UPSERT`'s ``$batch`` (every group, most of them empty) and the ``edges``
    it must return: per edge group, its row count (fewer means a missing endpoint)."""
    nodes, edges = _rows_by_group(batch)
    rows = {lab: nodes.get(lab, []) for lab in sorted(schema.NODE_TYPES)}
    rows |= {_group_name(g): edges.get(g, []) for g in EDGE_GROUPS}
    return rows, [len(edges.get(g, [])) for g in EDGE_GROUPS]


def _clean_props(props: Mapping[str, Any], where: str) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in props.items():
        if not _PROP_NAME.match(name) or name in ("key", "evidence", "aliases", SEARCH_PROP):
            raise InvalidInput(f"{where}: property name {name!r} is not allowed")
        if value is None:
            continue
        if isinstance(value, tuple | list):
            value = list(value)
            if not all(isinstance(v, str | int | float | bool) for v in value):
                raise InvalidInput(f"{where}: property {name!r} must hold primitives")
        elif not isinstance(value, str | int | float | bool):
            raise InvalidInput(f"{where}: property {name!r} must be a primitive")
        clean[name] = value
    return clean


def _encode(evidence: Iterable[Evidence]) -> list[str]:
    return sorted({e.encode() for e in evidence})


def _check_node(node: NodeRow) -> None:
    schema.label(node.label)
    if not node.key:
        raise InvalidInput(f"a {node.label} node has an empty key")
    if not node.evidence and node.label != "Document":
        raise InvalidInput(f"{node.label} {node.key!r} has no evidence")


def _check_edge(edge: EdgeRow) -> None:
    if not schema.allowed(edge.type, edge.source_label, edge.target_label):
        raise InvalidInput(
            f"schema does not allow ({edge.source_label})-[{edge.type}]->({edge.target_label})"
        )
    if not (edge.key and edge.source and edge.target):
        raise InvalidInput(f"a {edge.type} edge has an empty key or endpoint")
    if not edge.evidence:
        raise InvalidInput(f"{edge.type} {edge.key!r} has no evidence")


def _settled(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two rows for one key in a batch: each property settles as the store would settle it."""
    return {k: prefer(k, old.get(k), new.get(k)) for k in old.keys() | new.keys()}


def _merge_node_row(old: dict[str, Any] | None, node: NodeRow) -> dict[str, Any]:
    """One row per key: two NodeRows for one key in a batch merge (see :func:`prefer`)."""
    where = f"{node.label} {node.key!r}"
    props = _clean_props(node.props, where)
    unknown = sorted(set(props) - set(schema.NODE_TYPES[node.label].properties))
    if unknown:
        raise InvalidInput(f"{where}: {node.label} has no property {unknown[0]!r} in the schema")
    create_only = ON_CREATE_ONLY.get(node.label, frozenset())
    row: dict[str, Any] = {
        "key": node.key,
        "props": {k: v for k, v in props.items() if k not in create_only},
        "create_props": {k: v for k, v in props.items() if k in create_only},
        "aliases": sorted(set(node.aliases)),
        "evidence": _encode(node.evidence),
    }
    if old is None:
        return row
    return {
        "key": node.key,
        "props": _settled(old["props"], row["props"]),
        "create_props": old["create_props"] | row["create_props"],
        "aliases": sorted(set(old["aliases"]) | set(row["aliases"])),
        "evidence": sorted(set(old["evidence"]) | set(row["evidence"])),
    }


def _merge_edge_row(old: dict[str, Any] | None, edge: EdgeRow) -> dict[str, Any]:
    props = _clean_props(edge.props, f"{edge.type} {edge.key!r}")
    unknown = sorted(set(props) - set(schema.REL_TYPES[edge.type].properties))
    if unknown:
        raise InvalidInput(f"{edge.type} has no property {unknown[0]!r} in the schema")
    row = {
        "key": edge.key,
        "source": edge.source,
        "target": edge.target,
        "props": props,
        "evidence": _encode(edge.evidence),
    }
    if old is None:
        return row
    if (old["source"], old["target"]) != (edge.source, edge.target):
        raise InvalidInput(f"{edge.type} {edge.key!r} appears with two different endpoints")
    return row | {
        "props": _settled(old["props"], props),
        "evidence": sorted(set(old["evidence"]) | set(row["evidence"])),
    }


# ---------------------------------------------------------------- value conversion


def clean_properties(label_name: str | None, props: Mapping[str, Any]) -> dict[str, Any]:
    """Stored properties as shown to users: evidence decoded and sorted, hidden ones dropped."""
    out: dict[str, Any] = {}
    for name, value in props.items():
        if name == SEARCH_PROP or (name == "text" and label_name == "Document"):
            continue
        if name == "evidence" or value is None:
            continue
        if name == "aliases" and isinstance(value, list):
            value = sorted(value)
        out[name] = value
    return dict(sorted(out.items()))  # key order is part of identical JSON across stores


def decode_evidence(raw: Any) -> list[dict[str, Any]]:
    """Stored evidence strings as dicts sorted by (document, start, end, text)."""
    if not isinstance(raw, list):
        return []
    items = [Evidence.decode(e) for e in raw if isinstance(e, str)]
    return sorted(items, key=lambda e: (e["document"], e["start"], e["end"], e["text"]))


def node_dict(label_name: str | None, props: Mapping[str, Any]) -> dict[str, Any]:
    """A node as ``{"id","label","properties"}``; evidence goes inside properties, decoded."""
    properties = clean_properties(label_name, props)
    if "evidence" in props:
        properties["evidence"] = decode_evidence(props["evidence"])
    properties.pop("key", None)
    return {"id": props.get("key"), "label": label_name, "properties": properties}


def edge_dict(type_name: str, source: Any, target: Any, props: Mapping[str, Any]) -> dict[str, Any]:
    """A relationship as ``{"id","type","source","target","properties"}``."""
    properties = clean_properties(None, props)
    if "evidence" in props:
        properties["evidence"] = decode_evidence(props["evidence"])
    properties.pop("key", None)
    return {
        "id": props.get("key"),
        "type": type_name,
        "source": source,
        "target": target,
        "properties": properties,
    }


def export_node(label_name: str, props: Mapping[str, Any]) -> dict[str, Any]:
    """A node in the export shape: evidence beside, not inside, the properties."""
    d = node_dict(label_name, props)
    evidence = d["properties"].pop("evidence", [])
    return {"id": d["id"], "label": label_name, "properties": d["properties"], "evidence": evidence}


def export_edge(type_name: str, source: str, target: str, props: Mapping[str, Any]) -> dict:
    d = edge_dict(type_name, source, target, props)
    evidence = d["properties"].pop("evidence", [])
    return d | {"evidence": evidence}


def sort_export(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, list]:
    nodes.sort(key=lambda n: (n["label"], n["id"]))
    edges.sort(key=lambda e: (e["id"], e["type"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": edges}


# ---------------------------------------------------------------- full-text escaping

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """The words of a user's search box text (punctuation is never syntax)."""
    return [w.lower() for w in _WORD.findall(text)[:16]]  # lower: AND/OR/NOT are not operators


def lucene_query(text: str) -> str:
    """Neo4j full-text query: every word required, the last one also as a prefix."""
    terms = [_LUCENE_SPECIAL.sub(r"\\\1", t) for t in search_terms(text)]
    if not terms:
        return ""
    *head, last = terms
    clauses = [f"+{t}" for t in head] + [f"+({last} OR {last}*)"]
    return " ".join(clauses)


def redisearch_query(text: str) -> str:
    """FalkorDB (RediSearch) query: every word required, the last one also as a prefix."""
    terms = [re.sub(r"(\W)", r"\\\1", t) for t in search_terms(text)]
    if not terms:
        return ""
    *head, last = terms
    tail = f"({last}|{last}*)" if len(last) >= 2 else last
    return " ".join([*head, tail])


# ---------------------------------------------------------------- per-engine DDL and search

SEARCH_LABELS = tuple(lab for lab, t in schema.NODE_TYPES.items() if t.search_fields)
NEO4J_FULLTEXT_INDEX = "dealgraph_search"


def neo4j_schema_statements() -> list[str]:
    """Uniqueness per label on key (also the key index) and one full-text index."""
    stmts = [
        f"CREATE CONSTRAINT {lab.lower()}_key IF NOT EXISTS "
        f"FOR (n:{schema.label(lab)}) REQUIRE n.key IS UNIQUE"
        for lab in schema.NODE_TYPES
    ]
    # the version node's MERGE must not race into two nodes
    stmts.append(
        f"CREATE CONSTRAINT graph_version_key IF NOT EXISTS "
        f"FOR (n:{VERSION_LABEL}) REQUIRE n.key IS UNIQUE"
    )
    labels = "|".join(schema.label(lab) for lab in SEARCH_LABELS)
    stmts.append(
        f"CREATE FULLTEXT INDEX {NEO4J_FULLTEXT_INDEX} IF NOT EXISTS "
        f"FOR (n:{labels}) ON EACH [n.{SEARCH_PROP}]"
    )
    return stmts


def falkordb_schema_statements() -> list[str]:
    """An exact-match key index per label and a full-text index per searchable label."""
    stmts = [f"CREATE INDEX FOR (n:{schema.label(lab)}) ON (n.key)" for lab in schema.NODE_TYPES]
    stmts += [
        f"CALL db.idx.fulltext.createNodeIndex('{schema.label(lab)}', '{SEARCH_PROP}')"
        for lab in SEARCH_LABELS
    ]
    return stmts


#: Most index matches one search ranks, per FalkorDB label or for Neo4j's one index. A broad
#: word ("amendment") matches most of a large graph, and ranking every match cost seconds at
#: 100,000 agreements; the words people type to find a name match far fewer than this.
SEARCH_CANDIDATES = 200

_SEARCH_RETURN = (
    "RETURN node.key AS id, labels(node)[0] AS label, "
    "coalesce(node.name, node.title, node.description, node.path, node.key) AS name, "
    "score ORDER BY score DESC, id LIMIT $limit"
)

#: Neo4j: one index over every searchable label, filtered by ``$labels``. Lucene answers in
#: score order, so the first candidates of the wanted labels are the best ones.
NEO4J_SEARCH = (
    f"CALL db.index.fulltext.queryNodes('{NEO4J_FULLTEXT_INDEX}', $q) YIELD node, score\n"
    "WHERE labels(node)[0] IN $labels\n"
    f"WITH node, score LIMIT {SEARCH_CANDIDATES}\n" + _SEARCH_RETURN
)


def falkordb_search(labels: Iterable[str]) -> str:
    """FalkorDB: one index per label, queried in one statement (a branch per label).

    Its index answers matches in insertion order, not by score: each branch ranks the first
    ``SEARCH_CANDIDATES`` matches of its label; the caller merges the branches' answers.
    """
    branches = [
        f"CALL db.idx.fulltext.queryNodes('{schema.label(lab)}', $q) YIELD node, score\n"
        f"WITH node, score LIMIT {SEARCH_CANDIDATES}\n" + _SEARCH_RETURN
        for lab in labels
    ]
    return "\nUNION ALL\n".join(branches)
