"""One document in, one :class:`~ingest.records.Extraction` out: the extractors in order.

structure (cached regions) -> own agreement/instrument -> preamble parties -> recital
parties -> references, instruments, financial relations (``ingest.references``,
``ingest.instruments``, ``ingest.relations``) -> signatures -> exhibits -> remaining defined
terms -> freeze. Each extractor reads the shared :class:`~ingest.context.DocContext` and only
adds to it; every span is built with ``ctx.span`` so its text is the slice it cites.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ingest.agreements import extract_exhibits, extract_own_agreement
from ingest.context import DocContext
from ingest.defined_terms import extract_defined_terms
from ingest.parties import extract_parties, extract_recital_parties
from ingest.records import Extraction, SourceDocument
from ingest.signatures import extract_signatures
from ingest.structure import analyze

Extractor = Callable[[DocContext], None]


def _optional(module: str, name: str) -> Extractor | None:
    """The other extraction stream's functions, while they are being written."""
    try:
        fn = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return fn if callable(fn) else None


def pipeline() -> list[Extractor]:
    """The extractors in the order they run (later ones read what earlier ones added)."""
    steps: list[Extractor | None] = [
        extract_own_agreement,
        extract_parties,
        extract_recital_parties,
        _optional("ingest.references", "extract_references"),
        _optional("ingest.instruments", "extract_instruments"),
        _optional("ingest.relations", "extract_relations"),
        extract_signatures,
        extract_exhibits,
        extract_defined_terms,
    ]
    return [s for s in steps if s is not None]


def extract(source: SourceDocument) -> Extraction:
    """Everything the document states, with evidence; never touches a database."""
    ctx = DocContext(source)
    analyze(source.text)
    for step in pipeline():
        step(ctx)
    return ctx.freeze()
