"""The scorer counts right on small hand-made gold files and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.evaluation.__main__ import document_path
from tests.evaluation.scorer import (
    GOLD_DIR,
    GoldError,
    Report,
    load_all,
    normalize,
    parse_gold,
    score,
)
from tests.paths import CORPUS

GOLD: dict[str, Any] = {
    "document": "x.txt",
    "exhaustive": ["AMENDS", "PARTY_TO", "LENDS_TO", "WAIVES", "SIGNED"],
    "entities": [
        {"id": "acme", "label": "Party", "name": "Acme Corporation", "aliases": ["Borrower"]},
        {"id": "bank", "label": "Party", "name": "First National Bank, N.A.", "aliases": ["Bank"]},
        {"id": "jane", "label": "Party", "name": "Jane Roe", "kind": "person"},
        {
            "id": "amend",
            "label": "Agreement",
            "title": "First Amendment to Credit Agreement",
            "date": "2020-02-01",
        },
        {"id": "credit", "label": "Agreement", "title": "Credit Agreement", "date": "2019-01-01"},
        {"id": "other", "label": "Party", "name": "Other Co.", "optional": True},
    ],
    "relations": [
        {"type": "AMENDS", "source": "amend", "target": "credit"},
        {"type": "PARTY_TO", "source": "acme", "target": "amend", "role": "Borrower"},
        {"type": "PARTY_TO", "source": "bank", "target": "amend", "role": "Bank"},
        {"type": "LENDS_TO", "source": "bank", "target": "acme"},
        {"type": "SIGNED", "source": "jane", "target": "amend"},
        {"type": "PARTY_TO", "source": "acme", "target": "credit", "optional": True},
    ],
}


def node(key: str, label: str, **props: Any) -> dict[str, Any]:
    return {"id": key, "label": label, "properties": {"key": key, **props}, "evidence": []}


def edge(type_: str, source: str, target: str) -> dict[str, Any]:
    return {
        "id": f"{source}-{type_}-{target}",
        "type": type_,
        "source": source,
        "target": target,
        "properties": {},
        "evidence": [],
    }


def perfect_nodes() -> list[dict[str, Any]]:
    return [
        node("n_acme", "Party", name="ACME CORP."),
        node("n_bank", "Party", name="First National Bank, National Association"),
        node("n_jane", "Party", name="Jane Roe", kind="person"),
        node(
            "n_amend", "Agreement", title="First Amendment to Credit Agreement", date="2020-02-01"
        ),
        node("n_credit", "Agreement", title="the Credit Agreement", date="2019-01-01"),
        node("doc", "Document", title="x"),
    ]


def perfect_edges() -> list[dict[str, Any]]:
    return [
        edge("AMENDS", "n_amend", "n_credit"),
        edge("PARTY_TO", "n_acme", "n_amend"),
        edge("PARTY_TO", "n_bank", "n_amend"),
        edge("LENDS_TO", "n_bank", "n_acme"),
        edge("SIGNED", "n_jane", "n_amend"),
        edge("CONTAINS", "doc", "n_amend"),
    ]


def run(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], **over: Any) -> Report:
    return score(parse_gold({**GOLD, **over}), {"nodes": nodes, "edges": edges})


def test_perfect_export_passes_every_bar() -> None:
    report = run(perfect_nodes(), perfect_edges())
    totals = report.totals()
    assert totals["PARTY_TO"].gold == 2 and totals["PARTY_TO"].found == 2
    assert totals["PARTY_TO"].precision == 1.0 and totals["PARTY_TO"].recall == 1.0
    assert report.entities_gold == 5 and report.entities_found == 5
    assert report.entities_predicted == 5  # the Document node is not an entity
    assert report.bar_failures() == []


def test_a_missing_edge_is_a_miss() -> None:
    edges = [e for e in perfect_edges() if e["type"] != "LENDS_TO"]
    report = run(perfect_nodes(), edges)
    c = report.totals()["LENDS_TO"]
    assert (c.gold, c.found, c.predicted) == (1, 0, 0)
    assert c.recall == 0.0 and c.precision is None
    assert report.documents[0].misses == [
        "LENDS_TO: 'First National Bank, N.A.' -> 'Acme Corporation'"
    ]
    assert any("LENDS_TO recall" in f for f in report.bar_failures())


def test_wrong_edge_between_known_entities_is_a_false_positive() -> None:
    edges = [*perfect_edges(), edge("LENDS_TO", "n_acme", "n_bank")]  # direction reversed
    c = run(perfect_nodes(), edges).totals()["LENDS_TO"]
    assert (c.gold, c.found, c.predicted, c.correct) == (1, 1, 2, 1)
    assert c.precision == 0.5


def test_direction_matters() -> None:
    edges = [e for e in perfect_edges() if e["type"] != "AMENDS"]
    edges.append(edge("AMENDS", "n_credit", "n_amend"))
    report = run(perfect_nodes(), edges)
    c = report.totals()["AMENDS"]
    assert (c.found, c.predicted, c.correct) == (0, 1, 0)
    assert report.documents[0].false_positives == [
        "AMENDS: 'the Credit Agreement' -> 'First Amendment to Credit Agreement'"
    ]


def test_edge_to_unknown_node_counts_only_in_full_scope() -> None:
    nodes = [*perfect_nodes(), node("n_ghost", "Party", name="Ghost Lender LLC")]
    edges = [*perfect_edges(), edge("LENDS_TO", "n_ghost", "n_acme")]
    assert run(nodes, edges).totals()["LENDS_TO"].predicted == 2
    partial = run(nodes, edges, scope="preamble+signatures").totals()["LENDS_TO"]
    assert (partial.predicted, partial.correct) == (1, 1)


def test_non_exhaustive_type_counts_recall_only() -> None:
    edges = [*perfect_edges(), edge("HOLDS", "n_bank", "n_credit")]
    c = run(perfect_nodes(), edges).totals()["HOLDS"]
    assert (c.gold, c.predicted) == (0, 0)


def test_optional_relation_is_neither_hit_nor_false_positive() -> None:
    edges = [*perfect_edges(), edge("PARTY_TO", "n_acme", "n_credit")]
    c = run(perfect_nodes(), edges).totals()["PARTY_TO"]
    assert (c.gold, c.found, c.predicted, c.correct) == (2, 2, 2, 2)


def test_split_entity_is_reported_and_fails_the_bar() -> None:
    nodes = [*perfect_nodes(), node("n_acme2", "Party", name="Acme Corporation")]
    report = run(nodes, perfect_edges())
    assert report.entities_found == 5
    assert len(report.splits) == 1 and "Acme Corporation" in report.splits[0]
    assert "1 entity split(s)" in report.bar_failures()


def test_alias_matching_defined_term_and_either_side() -> None:
    nodes = perfect_nodes()
    nodes[1] = node("n_bank", "Party", name="Bank")  # the defined term as the node's name
    nodes[0] = node("n_acme", "Party", name="ACME Corp", aliases=["Borrower"])
    report = run(nodes, perfect_edges())
    assert report.entities_found == 5 and report.bar_failures() == []


def test_date_must_agree_when_both_have_one() -> None:
    nodes = perfect_nodes()
    nodes[4] = node("n_credit", "Agreement", title="Credit Agreement", date="2001-05-11")
    report = run(nodes, perfect_edges())
    assert report.documents[0].missed_entities == ["Agreement 'Credit Agreement'"]
    assert report.totals()["AMENDS"].found == 0
    undated = perfect_nodes()
    undated[4] = node("n_credit", "Agreement", title="Credit Agreement")
    assert run(undated, perfect_edges()).totals()["AMENDS"].found == 1


def test_title_containment_needs_three_words_and_prefers_exact() -> None:
    nodes = perfect_nodes()
    nodes[3] = node("n_amend", "Agreement", title="First Amendment to Credit Agreement dated 2020")
    report = run(nodes, perfect_edges())
    assert report.totals()["AMENDS"].found == 1  # contained, >= 3 words
    short = perfect_nodes()
    short[4] = node("n_credit", "Agreement", title="Revolving Credit Agreement")
    # "credit agreement" has 2 words: no containment match
    assert run(short, perfect_edges()).documents[0].missed_entities == [
        "Agreement 'Credit Agreement'"
    ]


def test_labels_must_agree() -> None:
    nodes = perfect_nodes()
    nodes[4] = node("n_credit", "Instrument", title="Credit Agreement", date="2019-01-01")
    assert run(nodes, perfect_edges()).entities_found == 4


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zoltek Companies, Inc.", "ZOLTEK COMPANIES INCORPORATED"),
        ("JPMorgan Chase Bank, N.A.", "JPMorgan Chase Bank, National Association"),
        ("The Bank of New York", "Bank of New York"),
        ("Global Marine Drilling Company", "Global Marine Drilling Co."),
        ("Amendment #4 to Promissory Note", "Amendment No. 4 to Promissory Note"),
        ("Iroquois Capital, L.P.", "Iroquois Capital LP"),
        ("Odyssey Group Intl, Inc.", "Odyssey Group International, Inc."),
    ],
)
def test_normalize_equates(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_normalize_keeps_distinct_names_apart() -> None:
    assert normalize("Zoltek Corporation") != normalize("Zoltek Companies, Inc.")


def test_bad_gold_is_rejected() -> None:
    bad = {**GOLD, "relations": [{"type": "OWNS", "source": "acme", "target": "bank"}]}
    with pytest.raises(GoldError):
        parse_gold(bad)


HELD_OUT = GOLD_DIR.parent / "gold_heldout"


def test_every_gold_file_loads() -> None:
    golds = load_all()
    held_out = load_all(HELD_OUT)
    assert len(golds) >= 13 and len(held_out) >= 2
    documents = [g.document for g in golds + held_out]
    assert len(set(documents)) == len(documents)  # no document is both tuned on and held out


@pytest.mark.parametrize("folder", [GOLD_DIR, HELD_OUT], ids=["gold", "held-out"])
def test_every_gold_name_occurs_in_its_document(folder: Path) -> None:
    """Catches typos in the annotations: each entity's name and aliases are in the text."""
    corpus = CORPUS
    golds = load_all(folder)
    absent = []
    for g in golds:
        text = f" {normalize(document_path(g, corpus).read_text(errors='replace'))} "
        absent += [
            f"{g.document}: {name}"
            for e in g.entities
            for name in (e.name, *e.aliases)
            if f" {normalize(name)} " not in text
        ]
    assert absent == []


def test_an_export_equal_to_the_gold_scores_perfectly() -> None:
    """Each gold file is self-consistent: its own facts as an export match one node per entity."""
    for gold in load_all():
        key = {"Party": "name", "Asset": "description"}
        nodes = [
            node(
                e.id,
                e.label,
                **{key.get(e.label, "title"): e.name},
                aliases=list(e.aliases),
                **({"date": e.date} if e.date else {}),
            )
            for e in gold.entities
        ]
        edges = [edge(r.type, r.source, r.target) for r in gold.relations]
        report = score(gold, {"nodes": nodes, "edges": edges})
        assert report.bar_failures() == [], gold.document
        assert report.entity_recall in (1.0, None), gold.document
        for t, c in report.totals().items():
            assert c.found == c.gold and c.correct == c.predicted, (gold.document, t)
