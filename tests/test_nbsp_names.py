"""Names spelled with a non-breaking space (text converted from a web page keeps "U.S.\u00a0BANK"
and "Wine &\u00a0Spirits"): one name, not the initials cut off as a word of their own.
Passages written for this test in the general shape of a preamble and a cover page."""

from __future__ import annotations

from ingest.names import name_runs
from tests.passages import own_parties

PREAMBLE = (
    "CREDIT AGREEMENT\n\nThis Credit Agreement (this \u201cAgreement\u201d) is made as of June 2, "
    "2008, by and between CEDAR MILLS, INC., a Delaware corporation (\u201cBorrower\u201d), and "
    "U.S.\u00a0BANK NATIONAL ASSOCIATION, a national banking association (\u201cLender\u201d).\n"
)


def test_a_name_run_crosses_a_non_breaking_space() -> None:
    assert [r.text for r in name_runs("and U.S.\u00a0BANK NATIONAL ASSOCIATION, a bank")] == [
        "U.S.\u00a0BANK NATIONAL ASSOCIATION"
    ]
    assert [r.text for r in name_runs("Harbor Wine &\u00a0Spirits, Inc.")] == [
        "Harbor Wine &\u00a0Spirits, Inc."
    ]


def test_a_bank_named_with_a_non_breaking_space_is_one_party() -> None:
    parties = own_parties(PREAMBLE)
    assert set(parties) == {"CEDAR MILLS, INC.", "U.S. BANK NATIONAL ASSOCIATION"}
