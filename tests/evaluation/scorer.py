"""Score one document's export JSON against its hand-written gold annotation.

Vocabulary:
- *gold entity* / *gold relation*: a fact written in ``tests/gold/*.json`` by reading the
  document. Either may be ``"optional": true`` (true, but too implicit to demand): an optional
  fact never counts as a miss, and a predicted edge that matches it is neither a hit nor a false
  positive.
- *node match*: each export node is assigned to at most one gold entity of the same label, the
  best by this order: its name/title equals the gold name/title; its name equals an alias (either
  side); an alias equals an alias; (Agreement/Instrument only) one title contains the other as
  whole words and the shorter has at least 3 words. Names are compared after :func:`normalize`.
  When both sides have a ``date`` they must be equal; ties prefer equal dates, then the first gold
  entity in the file.
- *split*: a gold entity assigned two or more nodes (one party or agreement shown as several).
- *found*: a gold relation is found when an edge of its type goes from a node assigned to its
  source to a node assigned to its target (direction matters).
- *false positive*: only for relation types listed in the gold file's ``exhaustive``. A predicted
  edge of such a type that matches no gold relation is a false positive when the file's ``scope``
  is ``"full"`` (whatever its endpoints: a wrong edge between known entities, or an edge touching
  a node that matches nothing), and only when both its endpoints match gold entities when the
  scope is ``"preamble+signatures"`` (the body was not annotated, so unknown endpoints are not
  judged).
- precision = predicted edges matching a required gold relation / counted predicted edges;
  recall = required gold relations found / required gold relations. Totals are micro-averaged
  over documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RELATION_TYPES: tuple[str, ...] = (
    "AMENDS",
    "PARTY_TO",
    "LENDS_TO",
    "SECURES",
    "WAIVES",
    "SIGNED",
    "HOLDS",
    "ISSUES",
    "ISSUED_UNDER",
)
GATED_TYPES: tuple[str, ...] = ("AMENDS", "PARTY_TO", "LENDS_TO", "SECURES", "WAIVES", "SIGNED")
ENTITY_LABELS: tuple[str, ...] = ("Party", "Agreement", "Instrument", "Asset")
MIN_RECALL = 0.85
MIN_PRECISION = 0.9
MIN_ENTITY_RECALL = 0.9
SCOPES = ("full", "preamble+signatures")
GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"

# --------------------------------------------------------------------------- gold model


@dataclass(frozen=True)
class GoldEntity:
    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    date: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    type: str
    source: str
    target: str
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    document: str
    exhaustive: frozenset[str]
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    scope: str = "full"


class GoldError(ValueError):
    """A gold file that does not follow the format (named, so a bad annotation fails loudly)."""


def _primary_name(props: Mapping[str, Any], label: str) -> str:
    key = {"Party": "name", "Asset": "description"}.get(label, "title")
    value = props.get(key) or props.get("name") or props.get("title") or ""
    return str(value)


def _aliases(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v)
    return ()


def parse_gold(data: Mapping[str, Any]) -> Gold:
    """Validate and convert one gold JSON object."""
    entities: list[GoldEntity] = []
    for raw in data.get("entities", []):
        label = raw.get("label")
        if label not in ENTITY_LABELS:
            raise GoldError(f"{data.get('document')}: entity {raw.get('id')!r} has label {label!r}")
        entities.append(
            GoldEntity(
                id=str(raw["id"]),
                label=label,
                name=_primary_name(raw, label),
                aliases=_aliases(raw.get("aliases")),
                date=raw.get("date"),
                optional=bool(raw.get("optional", False)),
            )
        )
    ids = {e.id for e in entities}
    if len(ids) != len(entities):
        raise GoldError(f"{data.get('document')}: duplicate entity ids")
    relations: list[GoldRelation] = []
    for raw in data.get("relations", []):
        rel = GoldRelation(
            type=str(raw["type"]),
            source=str(raw["source"]),
            target=str(raw["target"]),
            optional=bool(raw.get("optional", False)),
        )
        if rel.type not in RELATION_TYPES or rel.source not in ids or rel.target not in ids:
            raise GoldError(f"{data.get('document')}: bad relation {raw}")
        relations.append(rel)
    exhaustive = frozenset(data.get("exhaustive", []))
    if not exhaustive <= set(RELATION_TYPES):
        raise GoldError(f"{data.get('document')}: unknown exhaustive types {sorted(exhaustive)}")
    scope = str(data.get("scope", "full"))
    if scope not in SCOPES:
        raise GoldError(f"{data.get('document')}: scope must be one of {SCOPES}")
    return Gold(
        document=str(data["document"]),
        exhaustive=exhaustive,
        entities=tuple(entities),
        relations=tuple(relations),
        scope=scope,
    )


def load_gold(path: Path) -> Gold:
    return parse_gold(json.loads(path.read_text(encoding="utf-8")))


def load_all(directory: Path = GOLD_DIR) -> list[Gold]:
    return [load_gold(p) for p in sorted(directory.glob("*.json"))]


# --------------------------------------------------------------------------- names

_SUFFIXES = {
    "incorporated": "inc",
    "corporation": "corp",
    "company": "co",
    "limited": "ltd",
    "international": "intl",
}


def normalize(name: str) -> str:
    """Compare names as a reader would: case, punctuation, corporate suffixes, leading 'the'."""
    text = name.lower().replace("&", " and ")
    text = re.sub(r"[.'’`]", "", text)  # N.A. -> na, L.P. -> lp, Lender's -> lenders
    text = re.sub(r"[^0-9a-z]+", " ", text)
    text = re.sub(r"\bnational association\b", "na", text)
    text = re.sub(r"\b(?:no|number)\s+(?=\d)", "", text)  # Amendment No. 4 == Amendment #4
    tokens = [_SUFFIXES.get(t, t) for t in text.split()]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def _title_contains(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    return len(short.split()) >= 3 and _contains(long_, short)


@dataclass(frozen=True)
class _Names:
    primary: str
    aliases: frozenset[str]


def _names(primary: str, aliases: Iterable[str]) -> _Names:
    p = normalize(primary)
    return _Names(p, frozenset(a for a in (normalize(x) for x in aliases) if a and a != p))


def _match_rank(gold: GoldEntity, gnames: _Names, node: _Names, node_date: str | None) -> int:
    """0 = no match; higher is a better match."""
    if gold.date and node_date and gold.date != node_date:
        return 0
    if gnames.primary and gnames.primary == node.primary:
        return 4
    if gnames.primary in node.aliases or node.primary in gnames.aliases:
        return 3
    if gnames.aliases & node.aliases:
        return 2
    if gold.label in ("Agreement", "Instrument"):
        gold_all = {gnames.primary, *gnames.aliases} - {""}
        node_all = {node.primary, *node.aliases} - {""}
        if any(_title_contains(g, n) for g in gold_all for n in node_all):
            return 1
    return 0


def match_nodes(gold: Gold, nodes: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Assign each export node id to the id of its best-matching gold entity (see module doc)."""
    gold_names = [(g, _names(g.name, g.aliases)) for g in gold.entities]
    assignment: dict[str, str] = {}
    for node in nodes:
        label = node.get("label")
        props = node.get("properties") or {}
        names = _names(_primary_name(props, str(label)), _aliases(props.get("aliases")))
        date = props.get("date")
        best: tuple[int, int, int] | None = None
        best_id = ""
        for order, (g, gn) in enumerate(gold_names):
            if g.label != label:
                continue
            rank = _match_rank(g, gn, names, date)
            if rank == 0:
                continue
            key = (rank, int(bool(g.date) and g.date == date), -order)
            if best is None or key > best:
                best, best_id = key, g.id
        if best is not None:
            assignment[str(node["id"])] = best_id
    return assignment


# --------------------------------------------------------------------------- reports


@dataclass
class TypeCounts:
    gold: int = 0  # required gold relations
    found: int = 0  # required gold relations found
    predicted: int = 0  # predicted edges counted for precision (exhaustive types only)
    correct: int = 0  # counted predicted edges that match a required gold relation

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def add(self, other: TypeCounts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct


@dataclass
class DocumentReport:
    document: str
    types: dict[str, TypeCounts] = field(
        default_factory=lambda: {t: TypeCounts() for t in RELATION_TYPES}
    )
    entities_gold: int = 0
    entities_found: int = 0
    entities_predicted: int = 0
    splits: list[str] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocumentReport] = field(default_factory=list)

    def totals(self) -> dict[str, TypeCounts]:
        out = {t: TypeCounts() for t in RELATION_TYPES}
        for doc in self.documents:
            for t, c in doc.types.items():
                out[t].add(c)
        return out

    @property
    def entities_gold(self) -> int:
        return sum(d.entities_gold for d in self.documents)

    @property
    def entities_found(self) -> int:
        return sum(d.entities_found for d in self.documents)

    @property
    def entities_predicted(self) -> int:
        return sum(d.entities_predicted for d in self.documents)

    @property
    def entity_recall(self) -> float | None:
        return self.entities_found / self.entities_gold if self.entities_gold else None

    @property
    def splits(self) -> list[str]:
        return [f"{d.document}: {s}" for d in self.documents for s in d.splits]

    def bar_failures(self) -> list[str]:
        """Human-readable reasons the quality bar fails; empty when it passes."""
        failures: list[str] = []
        totals = self.totals()
        for t in GATED_TYPES:
            c = totals[t]
            if c.recall is not None and c.recall < MIN_RECALL:
                failures.append(f"{t} recall {c.recall:.2f} < {MIN_RECALL}")
            if c.precision is not None and c.precision < MIN_PRECISION:
                failures.append(f"{t} precision {c.precision:.2f} < {MIN_PRECISION}")
        er = self.entity_recall
        if er is not None and er < MIN_ENTITY_RECALL:
            failures.append(f"entity recall {er:.2f} < {MIN_ENTITY_RECALL}")
        if self.splits:
            failures.append(f"{len(self.splits)} entity split(s)")
        return failures

    def merge(self, other: Report) -> Report:
        return Report(self.documents + other.documents)


def passes(t: str, counts: TypeCounts) -> bool | None:
    """Whether a relation type meets its bar; None for types without a bar."""
    if t not in GATED_TYPES:
        return None
    ok_recall = counts.recall is None or counts.recall >= MIN_RECALL
    ok_precision = counts.precision is None or counts.precision >= MIN_PRECISION
    return ok_recall and ok_precision


# --------------------------------------------------------------------------- scoring


def _describe(node: Mapping[str, Any] | None, node_id: str) -> str:
    if node is None:
        return node_id
    props = node.get("properties") or {}
    return f"{_primary_name(props, str(node.get('label')))!r}"


def score(gold: Gold, export: Mapping[str, Any]) -> Report:
    """Score the export of ingesting ``gold.document`` alone."""
    nodes: list[Mapping[str, Any]] = [
        n for n in export.get("nodes", []) if n.get("label") in ENTITY_LABELS
    ]
    by_id = {str(n["id"]): n for n in nodes}
    assigned = match_nodes(gold, nodes)
    entity_nodes: dict[str, list[str]] = {}
    for node_id, gid in assigned.items():
        entity_nodes.setdefault(gid, []).append(node_id)

    doc = DocumentReport(gold.document, entities_predicted=len(nodes))
    for g in gold.entities:
        hits = entity_nodes.get(g.id, [])
        if len(hits) > 1:
            listed = ", ".join(sorted(_describe(by_id.get(h), h) for h in hits))
            doc.splits.append(f"{g.label} {g.name!r} split into {len(hits)} nodes: {listed}")
        if g.optional:
            continue
        doc.entities_gold += 1
        if hits:
            doc.entities_found += 1
        else:
            doc.missed_entities.append(f"{g.label} {g.name!r}")

    names = {g.id: g.name for g in gold.entities}
    edges_by_type: dict[str, list[Mapping[str, Any]]] = {}
    for e in export.get("edges", []):
        edges_by_type.setdefault(str(e.get("type")), []).append(e)

    for t in RELATION_TYPES:
        counts = doc.types[t]
        rels = [r for r in gold.relations if r.type == t]
        wanted = {(r.source, r.target): r.optional for r in rels}
        predicted_pairs: set[tuple[str, str]] = set()
        for e in edges_by_type.get(t, []):
            src, tgt = str(e.get("source")), str(e.get("target"))
            gs, gt = assigned.get(src), assigned.get(tgt)
            pair = (gs, gt) if gs is not None and gt is not None else None
            if pair is not None:
                predicted_pairs.add(pair)
            if t not in gold.exhaustive:
                continue
            if pair is not None and pair in wanted:
                if not wanted[pair]:
                    counts.predicted += 1
                    counts.correct += 1
                continue
            if gold.scope == "full" or pair is not None:
                counts.predicted += 1
                doc.false_positives.append(
                    f"{t}: {_describe(by_id.get(src), src)} -> {_describe(by_id.get(tgt), tgt)}"
                )
        for r in rels:
            if r.optional:
                continue
            counts.gold += 1
            if (r.source, r.target) in predicted_pairs:
                counts.found += 1
            else:
                doc.misses.append(f"{t}: {names[r.source]!r} -> {names[r.target]!r}")
    return Report([doc])


def combine(reports: Iterable[Report]) -> Report:
    out = Report()
    for r in reports:
        out = out.merge(r)
    return out
