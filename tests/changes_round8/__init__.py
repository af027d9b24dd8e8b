"""Round eight of the change reader's blind passages (amendments of credit agreements and of
licence, supply, services, lease, employment, distribution, purchase, note, warrant and
indenture agreements, drafted beyond the shapes of round seven: tables of old and new text,
attached schedules, "(x)"/"(y)" edits in one sentence, side letters, conforming changes to a
note and its agreement), split by batch: each module registers its cases with
:func:`tests.changes_round8.case.case`; ``tests/test_changes_round8.py`` runs them."""
