"""Fixtures of the reliability tests: the 45-document corpus extracted once per session."""

from __future__ import annotations

import pytest

from .harness import Reference, corpus_paths, extract_reference


@pytest.fixture(scope="session")
def reference45() -> Reference:
    """Every sample document extracted in this process (what a clean ingest writes)."""
    return extract_reference(corpus_paths())
