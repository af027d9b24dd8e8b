"""Query latency on the scaled graph: the API's named queries, run from Python via ``store.read``.

Each figure is one of the questions users ask first, with the parameters the API passes:
"what amends X" (``api_amendments_in_transitive``), "who lends to Y" (``api_lenders``), a
party's agreements (``api_party_agreements``), one page of a node's neighbours
(``api_neighbors``) and full-text search (``store.search``, the labels ``/api/search`` uses).
Each named query is the request's one round trip (the node asked about and its list); the
row counts reported are the lengths of those lists. Keys are drawn uniformly from what the
generator wrote; the kinds are interleaved so that noise on the shared machine spreads over
all of them. p50/p99 per run, median over runs.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from api.routes.parties import AGREEMENTS_PAGE
from api.routes.search import SEARCH_LABELS
from bench.scale_graph import ScaledGraph
from graph import schema
from graph.store import GraphStore

ALL_TYPES = sorted(schema.REL_TYPES)
#: words that match a large share of the graph: what a user types when browsing
BROAD_TERMS = (
    "credit agreement",
    "amendment",
    "revolving credit",
    "security agreement",
    "loan",
    "note purchase",
)

Query = Callable[[GraphStore, str], list[Any]]


def _ping(store: GraphStore, _: str) -> list[Any]:
    """The cheapest named query (an UNWIND of nothing): a round trip, no graph work."""
    return store.read("existing_documents", {"keys": []})


def _listed(name: str, column: str, **fixed: Any) -> Query:
    """The named query about one key; answers the list it holds in ``column``."""

    def run(store: GraphStore, key: str) -> list[Any]:
        rows = store.read(name, {"key": key, **fixed})
        return list(rows[0][column]) if rows else []

    return run


def _party_agreements(store: GraphStore, key: str) -> list[Any]:
    """One row per role the party has in an agreement of the first page (the API's default
    page size), after the row of the party itself."""
    params = {"key": key, "skip": 0, "limit": AGREEMENTS_PAGE}
    return store.read("api_party_agreements", params)[1:]


QUERIES: dict[str, tuple[str, Query]] = {
    "ping": ("round trip, no graph work (noise floor)", _ping),
    "amends_transitive": (
        "what amends X (transitive)",
        _listed("api_amendments_in_transitive", "amendments"),
    ),
    "lenders": ("who lends to Y", _listed("api_lenders", "items")),
    "party_agreements": ("a party's agreements", _party_agreements),
    "neighbors": (
        "neighbours of a node (page of 25)",
        _listed("api_neighbors", "page", types=ALL_TYPES, direction="both", skip=0, limit=25),
    ),
    "search": (
        "full-text search (a company name)",
        lambda s, q: s.search(q, SEARCH_LABELS, 20),
    ),
    "search_broad": (
        "full-text search (broad words)",
        lambda s, q: s.search(q, SEARCH_LABELS, 20),
    ),
}


def sample_params(graph: ScaledGraph, n: int, seed: int = 7) -> dict[str, list[str]]:
    """``n`` parameters per query kind, uniformly over the nodes each question is about."""
    rng = random.Random(seed)
    agreements = graph.agreement_keys
    parties = list(graph.parties)
    borrowers = sorted({c.borrower for c in graph.chains})
    nodes = agreements + parties + [c.instrument for c in graph.chains]
    return {
        "ping": [""] * n,
        "amends_transitive": rng.choices(agreements, k=n),
        "lenders": rng.choices(borrowers, k=n),
        "party_agreements": rng.choices(parties, k=n),
        "neighbors": rng.choices(nodes, k=n),
        "search": rng.choices(graph.search_words, k=n),
        "search_broad": rng.choices(BROAD_TERMS, k=n),
    }


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def run(
    store: GraphStore, graph: ScaledGraph, *, samples: int = 300, runs: int = 3, warmup: int = 30
) -> dict[str, dict[str, Any]]:
    """Latency figures per query kind: median over ``runs`` of each run's p50 and p99 (ms)."""
    params = sample_params(graph, samples)
    for name, (_, query) in QUERIES.items():  # warm caches and connection pools
        for p in params[name][:warmup]:
            query(store, p)
    per_run: dict[str, list[tuple[float, float, float]]] = {name: [] for name in QUERIES}
    rows: dict[str, list[int]] = {name: [] for name in QUERIES}
    for r in range(runs):
        times: dict[str, list[float]] = {name: [] for name in QUERIES}
        order = list(range(samples))
        random.Random(r).shuffle(order)
        for i in order:
            for name, (_, query) in QUERIES.items():
                started = time.perf_counter()
                answer = query(store, params[name][i])
                times[name].append((time.perf_counter() - started) * 1000)
                if r == 0:
                    rows[name].append(len(answer))
        for name, t in times.items():
            per_run[name].append((percentile(t, 50), percentile(t, 99), max(t)))
    out: dict[str, dict[str, Any]] = {}
    for name, results in per_run.items():
        out[name] = {
            "label": QUERIES[name][0],
            "p50_ms": round(statistics.median(r[0] for r in results), 3),
            "p99_ms": round(statistics.median(r[1] for r in results), 3),
            "max_ms": round(max(r[2] for r in results), 3),
            "runs": [[round(a, 3), round(b, 3)] for a, b, _ in results],
            "samples_per_run": samples,
            "rows_mean": round(statistics.fmean(rows[name]), 2),
            "rows_max": max(rows[name]),
        }
    return out
