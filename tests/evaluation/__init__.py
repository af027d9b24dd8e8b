"""Extraction quality evaluation: hand-written gold facts per document and a scorer.

``python -m tests.evaluation`` ingests each annotated document alone (``preview_export``), scores it
against ``tests/gold/*.json`` and prints precision and recall per relation type against the bars.
"""
