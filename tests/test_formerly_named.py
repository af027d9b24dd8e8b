"""A former name given in the list of parties as the name the party bore: "ORLAND & CO.
(formerly named Orland Specialty Coatings, Inc.), a Delaware corporation (the "Parent")". The
parenthesis names the same party (``parties.trade_name_cue``, beside "formerly known as"), so the
descriptor and the defined term after it are the party's own, and the former name is one of
its aliases, never a second party. Passages written for this test (invented companies).
"""

from __future__ import annotations

from tests.passages import extract_text, own_parties, own_roles


def _text(preamble: str) -> str:
    return (
        "CREDIT AGREEMENT\n\n"
        f"{preamble}\n\n"
        "1. The Bank agrees to lend to the Company up to $5,000,000.\n\n"
        "2. This Agreement is governed by the laws of the State of New York.\n"
    )


def _roles(preamble: str) -> dict[str, object]:
    return {k.lower(): v for k, v in own_roles(extract_text(_text(preamble))).items()}


def test_formerly_named_parenthesis_keeps_the_party_and_its_term() -> None:
    preamble = (
        "364-DAY CREDIT AGREEMENT, dated as of May 14, 1998, among W. K. ORLAND & CO.-CONN., a "
        'Connecticut corporation (the "Company"), W. K. ORLAND & CO. (formerly named Orland '
        'Specialty Coatings, Inc.), a Delaware corporation (the "Parent"), and THE TALBOT '
        'BANK, a New York banking corporation, as administrative agent (the "Agent").'
    )
    roles = _roles(preamble)
    assert roles.get("w. k. orland & co.") == "Parent", roles
    assert "orland specialty coatings, inc." not in roles, roles
    parties = {k.lower(): v for k, v in own_parties(_text(preamble)).items()}
    assert "Orland Specialty Coatings, Inc." in parties.get("w. k. orland & co.", ()), parties


def test_previously_called_is_the_same_cue() -> None:
    roles = _roles(
        "THIS CREDIT AGREEMENT is made as of June 1, 2003 between Harlow Tools, Inc. (previously "
        'called Beta Tools, Inc.), a Delaware corporation (the "Company"), and Linton National '
        'Bank, a national banking association (the "Bank").'
    )
    assert roles.get("harlow tools, inc.") == "Company", roles
    assert "beta tools, inc." not in roles, roles


def test_a_company_named_after_a_person_is_no_former_name() -> None:
    # near miss: "named" without "formerly" introduces nothing; both companies stay parties
    roles = _roles(
        "THIS CREDIT AGREEMENT is made as of June 1, 2003 among Harlow Tools, Inc., a Delaware "
        'corporation (the "Company"), Beta Tools, Inc., an Ohio corporation (the "Guarantor"), '
        'and Linton National Bank, a national banking association (the "Bank").'
    )
    assert roles.get("harlow tools, inc.") == "Company", roles
    assert roles.get("beta tools, inc.") == "Guarantor", roles
