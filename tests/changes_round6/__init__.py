"""Round six of the change reader's blind passages (amendments drafted other than "Section X
is hereby amended and restated in its entirety"), split by subject: each module registers its
cases with :func:`tests.changes_round6.case.case`; ``tests/test_changes_round6.py`` runs
them."""
