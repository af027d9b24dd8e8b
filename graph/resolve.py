"""From one document's :class:`~ingest.records.Extraction` to a :class:`GraphBatch`.

This is where document-local refs become global keys (``graph.identity``), where the
schema is enforced (``graph.schema``: unknown labels, disallowed endpoints, facts without
evidence are rejected with a reason), and where evidence gets its document key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph import identity, schema
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from ingest.records import REF_PROPS, EntityRecord, Extraction, Filing, Span


@dataclass(frozen=True, slots=True)
class Resolved:
    batch: GraphBatch
    #: one line per fact that did not enter the graph, saying why
    rejected: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class _Filer:
    """The filer of the document's filing: its key and every name it filed under, normalised.

    Only this document's own filing decides which of its parties is the filer, so a
    document resolves the same way whatever was ingested before it."""

    filing: Filing
    key: str
    names: frozenset[str]

    @staticmethod
    def of(filing: Filing | None) -> _Filer | None:
        if filing is None:
            return None
        spellings = (filing.company, *filing.former_names)
        names = frozenset(
            identity.normalise_name(identity.conformed_name(n)) for n in spellings if n.strip()
        )
        return _Filer(filing, identity.filer_key(filing.cik), names - {""})

    def is_named(self, name: str) -> bool:
        return identity.normalise_name(name) in self.names


def _key_for(entity: EntityRecord, document: str, filer: _Filer | None) -> str | None:
    p = entity.props
    if entity.label == "Party":
        name = p.get("name")
        if not isinstance(name, str) or not name.strip():
            return None
        return filer.key if filer and filer.is_named(name) else identity.party_key(name)
    if entity.label in ("Agreement", "Instrument"):
        title = p.get("title")
        if not isinstance(title, str) or not title.strip():
            return None
        date = p.get("date")
        return identity.titled_key(
            entity.label, title, date if isinstance(date, str) else None, document
        )
    if entity.label == "Provision":
        return None  # keyed by its agreement's key: see _provision_key
    if entity.label == "Asset":
        desc = p.get("description")
        return identity.asset_key(desc, document) if isinstance(desc, str) and desc else None
    return None


def _apart(entities: tuple[EntityRecord, ...], document: str) -> dict[str, float | int]:
    """The instruments of one document that would share a key (one title, one date) but state
    different principals, each with its principal: they are different notes, never one."""
    same: dict[str, list[EntityRecord]] = {}
    for e in entities:
        key = _key_for(e, document, None) if e.label == "Instrument" else None
        if key is not None:
            same.setdefault(key, []).append(e)
    out: dict[str, float | int] = {}
    for group in same.values():
        amounts = [e.props.get("amount") for e in group]
        numbers = [a for a in amounts if isinstance(a, int | float)]
        if len(group) > 1 and len(numbers) == len(group) and len(set(numbers)) == len(group):
            out.update((e.ref, a) for e, a in zip(group, numbers, strict=True))
    return out


def _provision_key(entity: EntityRecord, keys: dict[str, tuple[str, str]]) -> str | None:
    """(agreement key, section or term): the provision's ``agreement`` prop is a ref."""
    p = entity.props
    ref = p.get("agreement")
    owner = keys.get(ref) if isinstance(ref, str) else None
    section, term = p.get("section"), p.get("term")
    if owner is None or not (isinstance(section, str) or isinstance(term, str)):
        return None
    return identity.provision_key(
        owner[1],
        section if isinstance(section, str) else None,
        term if isinstance(term, str) else None,
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _evidence(spans: tuple[Span, ...], document: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(document, s.start, s.end, s.text) for s in spans)


def _first_line_span(text: str) -> Span:
    """The Document node's own evidence: its first non-blank line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span(start, end, text[start:end])


def resolve(extraction: Extraction, *, now: datetime | None = None) -> Resolved:
    """Give every entity its global key, validate against the schema, attach evidence."""
    src = extraction.document
    doc_key = src.key
    rejected: list[str] = []
    keys: dict[str, tuple[str, str]] = {}  # ref -> (label, key)
    nodes: dict[str, NodeRow] = {}

    ingested_at = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
    doc_span = _first_line_span(src.text)
    filer = _Filer.of(src.filing)
    nodes[doc_key] = NodeRow(
        "Document",
        doc_key,
        {
            "path": src.path,
            "title": src.title or doc_span.text.strip()[:200],
            "exhibit": src.exhibit,
            "chars": len(src.text),
            "text": src.text,
            "ingested_at": ingested_at,
            **_filing_props(src.filing),
            **_report_props(extraction.report_form, src.filing),
        },
        (),
        _evidence((doc_span,), doc_key),
    )

    # Provisions last: their key is made of their agreement's.
    ordered = sorted(extraction.entities, key=lambda e: e.label == "Provision")
    apart = _apart(extraction.entities, doc_key)
    for ent in ordered:
        if ent.label not in schema.NODE_TYPES or ent.label == "Document":
            rejected.append(f"entity {ent.ref}: unknown label {ent.label!r}")
            continue
        if not ent.evidence:
            rejected.append(f"entity {ent.ref}: no evidence")
            continue
        provision = ent.label == "Provision"
        key = _provision_key(ent, keys) if provision else _key_for(ent, doc_key, filer)
        if key is None:
            rejected.append(f"entity {ent.ref}: no name, title or description to identify it")
            continue
        if ent.ref in apart:
            key = identity.amount_scoped(key, apart[ent.ref])
        keys[ent.ref] = (ent.label, key)
        allowed_props = set(schema.NODE_TYPES[ent.label].properties) - {"key", "aliases"}
        node_props = {
            k: _plain(v) for k, v in ent.props.items() if k in allowed_props and v is not None
        }
        aliases = tuple(ent.aliases)
        if filer and key == filer.key:  # the text's spelling of the filer is one of its names
            node_props["cik"] = filer.filing.cik
            aliases += (str(node_props["name"]),)
        if provision:
            node_props["agreement"] = keys[str(ent.props["agreement"])][1]
        row = NodeRow(ent.label, key, node_props, aliases, _evidence(ent.evidence, doc_key))
        nodes[key] = _merge_nodes(nodes[key], row) if key in nodes else row

    if filer:
        row = _filer_row(filer, _evidence((doc_span,), doc_key))
        nodes[filer.key] = _merge_nodes(nodes[filer.key], row) if filer.key in nodes else row

    edges: dict[str, EdgeRow] = {}

    def add_edge(
        type_: str,
        src_lk: tuple[str, str],
        dst_lk: tuple[str, str],
        props: dict[str, Any],
        ev: tuple[Evidence, ...],
    ) -> None:
        ek = identity.edge_key(type_, src_lk[1], dst_lk[1])
        row = EdgeRow(type_, ek, src_lk[1], src_lk[0], dst_lk[1], dst_lk[0], props, ev)
        edges[ek] = _merge_edges(edges[ek], row) if ek in edges else row

    if filer:
        f = filer.filing
        filed = {"accession": f.accession, "form_type": f.form_type, "filing_date": f.filing_date}
        add_edge(
            "FILED_BY",
            ("Document", doc_key),
            ("Party", filer.key),
            {k: v for k, v in filed.items() if v is not None},
            _evidence((doc_span,), doc_key),
        )

    for ent in extraction.entities:
        if ent.contained and ent.ref in keys:
            add_edge(
                "CONTAINS",
                ("Document", doc_key),
                keys[ent.ref],
                {},
                _evidence(ent.evidence[:1], doc_key),
            )

    for rel in extraction.relations:
        where = f"{rel.type} {rel.source} -> {rel.target}"
        if rel.type not in schema.REL_TYPES:
            rejected.append(f"relation {where}: unknown type")
            continue
        if not rel.evidence:
            rejected.append(f"relation {where}: no evidence")
            continue
        if rel.source not in keys or rel.target not in keys:
            rejected.append(f"relation {where}: endpoint was not resolved")
            continue
        s, t = keys[rel.source], keys[rel.target]
        if s[1] == t[1]:
            rejected.append(f"relation {where}: both ends are the same node")
            continue
        if not schema.allowed(rel.type, s[0], t[0]):
            rejected.append(f"relation {where}: {s[0]} -{rel.type}-> {t[0]} is not in the schema")
            continue
        allowed_rel_props = set(schema.REL_TYPES[rel.type].properties)
        props: dict[str, Any] = {}
        for k, v in rel.props.items():
            if k not in allowed_rel_props or v is None:
                continue
            if k in REF_PROPS:
                if not isinstance(v, str) or v not in keys:
                    continue
                v = keys[v][1]
            props[k] = _plain(v)
        add_edge(rel.type, s, t, props, _evidence(rel.evidence, doc_key))

    batch = GraphBatch(tuple(nodes.values()), tuple(edges.values()))
    return Resolved(batch, tuple(rejected), extraction.warnings)


def _filing_props(filing: Filing | None) -> dict[str, Any]:
    """The Document's EDGAR properties (none without a known filing)."""
    if filing is None:
        return {}
    return {
        "accession": filing.accession,
        "cik": filing.cik,
        "form_type": filing.form_type,
        "filing_date": filing.filing_date,
        "exhibit_type": filing.exhibit_type,
    }


def _report_props(form: str | None, filing: Filing | None) -> dict[str, Any]:
    """A report's cover names its form ("8-K"): the Document is that report (EDGAR's type of
    a filing's main document is its form), whatever its filing leaves unsaid."""
    if form is None:
        return {}
    known = _filing_props(filing)
    return {k: known.get(k) or form for k in ("form_type", "exhibit_type")}


def _filer_row(filer: _Filer, evidence: tuple[Evidence, ...]) -> NodeRow:
    """The filer as EDGAR names it. Its evidence is the document's own first line: the
    filing, not a sentence, is what says who filed the document."""
    f = filer.filing
    name = identity.conformed_name(f.company) or f"CIK {f.cik}"
    props = {"name": name, "kind": "organization", "cik": f.cik}
    aliases = tuple(dict.fromkeys(n for n in (f.company, *f.former_names) if n.strip()))
    return NodeRow("Party", filer.key, props, aliases, evidence)


def _fill(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = dict(old)
    for k, v in new.items():
        if merged.get(k) is None:
            merged[k] = v
    return merged


def _merge_nodes(a: NodeRow, b: NodeRow) -> NodeRow:
    aliases = a.aliases + tuple(x for x in b.aliases if x not in a.aliases)
    ev = a.evidence + tuple(e for e in b.evidence if e not in a.evidence)
    return NodeRow(a.label, a.key, _fill(a.props, b.props), aliases, ev)


def _merge_edges(a: EdgeRow, b: EdgeRow) -> EdgeRow:
    ev = a.evidence + tuple(e for e in b.evidence if e not in a.evidence)
    return EdgeRow(
        a.type,
        a.key,
        a.source,
        a.source_label,
        a.target,
        a.target_label,
        _fill(a.props, b.props),
        ev,
    )
