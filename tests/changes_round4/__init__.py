"""Round four of the change reader's blind passages (definitions and exact new wording),
split by batch: each module registers its cases with :func:`tests.changes_round4.case.case`;
``tests/test_changes_round4_h12h.py`` runs them."""
