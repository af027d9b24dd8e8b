"""Round ten of the change reader's blind passages (English and Commonwealth drafting, changes
of a word or figure inside a provision, provisions added at a place, verbs besides "amend",
commercial exhibits and schedules, side letters, bullets and two-column tables, extensions,
marked copies, and near misses that change nothing), one module per batch: each registers its
cases with :func:`tests.changes_round10.case.case`; ``tests/test_changes_round10.py`` runs
them."""
