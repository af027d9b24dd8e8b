"""Round five of the change reader's blind passages (amendments drafted other than "Section X
is hereby amended and restated in its entirety"), split by batch: each module registers its
cases with :func:`tests.changes_round5.case.case`; ``tests/test_changes_round5.py`` runs
them."""
