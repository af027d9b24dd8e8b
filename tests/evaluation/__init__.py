"""Extraction quality evaluation: hand-written gold facts per document and a scorer.

``python -m tests.evaluation`` ingests each annotated document alone (``preview_export``), scores it
against its gold file and prints, for the tuned set (``tests/gold``) and the held-out set
(``tests/gold_heldout``), precision and recall per relation type, entity recall, attribute
accuracy and the share of optional relations against issue #13's bars.
"""
