"""The quality gate: the extractor meets the bars on the hand-annotated documents.

Runs the same evaluation as ``python -m tests.evaluation`` (``make eval``); fails, listing the bars
missed and the first misses and false positives, until the extractor is good enough.
"""

from __future__ import annotations

import pytest

from tests.evaluation.__main__ import DEFAULT_CORPUS, evaluate
from tests.evaluation.scorer import load_all


def test_extraction_meets_the_quality_bars() -> None:
    golds = load_all()
    report = evaluate(golds, DEFAULT_CORPUS)
    failures = report.bar_failures()
    if failures:
        details = [
            f"{d.document}: {item}"
            for d in report.documents
            for item in (*d.splits, *d.misses, *d.false_positives)
        ]
        pytest.fail("\n".join([*failures, "first problems:", *details[:40]]), pytrace=False)
