"""The passages of the blind stress test of credit and loan agreement amendments (round two,
:mod:`tests.test_changes_round2_credit`), by subject."""
