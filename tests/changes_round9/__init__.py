"""Round nine of the change reader's blind passages (amendments drafted in the less obvious
ways counsel use: headed numbered paragraphs, narrative changes of commercial terms, deep
provisions, several changes in one sentence, letters, two agreements in one instrument, and
near misses that change nothing), one module per batch: each registers its cases with
:func:`tests.changes_round9.case.case`; ``tests/test_changes_round9.py`` runs them."""
