"""The passages of the blind stress test of amendments of agreements other than credit
agreements (round two, :mod:`tests.test_changes_round2_other`), by kind of agreement."""
