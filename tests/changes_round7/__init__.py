"""Round seven of the change reader's blind passages (amendments of credit agreements and of
licence, supply, services, lease, employment, distribution, purchase, note, warrant and
indenture agreements, drafted the ways different counsel draft them), split by batch: each
module registers its cases with :func:`tests.changes_round7.case.case`;
``tests/test_changes_round7.py`` runs them."""
