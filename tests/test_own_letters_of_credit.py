"""The letters of credit a credit agreement defines by where it provides for them: ""Letter of
Credit" means any letter of credit issued hereunder", ""Letters of Credit" has the meaning
specified in Section 2.05", "“Letters of Credit”: as defined in subsection 3.1(a)"
(``relations.defined_lc_issuers.own_letters_of_credit``): the agreement's "Letters of Credit",
ISSUED_UNDER it, ISSUED by the bank the definition's role names; and the near misses (another
agreement's section, no place said, a security agreement's definition)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of August 9, 2004, among TALLIS INDUSTRIES, INC., a Delaware \
corporation (the "Borrower"), the lenders party hereto (the "Lenders"), and NORTHGATE BANK, \
N.A., as administrative agent (the "Agent") and as issuing bank (in such capacity, the \
"Issuing Bank").

ARTICLE I

SECTION 1.01. Defined Terms. As used in this Agreement:

"""

_TAIL = """

"Termination Date" means August 9, 2009.

ARTICLE II

SECTION 2.01. Commitments. Each Lender severally agrees to make Revolving Loans to the \
Borrower from time to time before the Termination Date.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

TALLIS INDUSTRIES, INC.
By: /s/ Irene Calder
Name: Irene Calder
Title: Treasurer

NORTHGATE BANK, N.A., as Agent, Issuing Bank and Lender
By: /s/ Martin Osei
Name: Martin Osei
Title: Managing Director
"""


def _doc(definition: str) -> str:
    return _HEAD + definition + _TAIL


_ISSUED_HEREUNDER = _doc(
    '"Letter of Credit" means a letter of credit issued or to be issued hereunder by the '
    "Issuing Bank."
)
_SECTION = _doc(
    '"Letter of Credit" means any letter of credit issued pursuant to Section 2.05 and any '
    "Existing Letter of Credit."
)
_AVAILABLE = _doc(
    '"LETTER OF CREDIT" shall mean the standby letters of credit available pursuant to Section '
    "2.4 hereof."
)
_MEANING = _doc('"Letters of Credit" has the meaning specified in Section 2.01(f).')
_COLON = _doc("\u201cLetters of Credit\u201d: as defined in subsection 3.1(a).")

# near misses
_OTHER_SECTION = _doc(
    '"Letters of Credit" has the meaning assigned to such term in Section 1.1 of the Existing '
    "Credit Agreement."
)
_NO_PLACE = _doc(
    '"Letter of Credit" means any letter of credit issued for the account of the Borrower.'
)
_SECURITY = """SECURITY AGREEMENT

SECURITY AGREEMENT, dated as of August 9, 2004, by TALLIS INDUSTRIES, INC., a Delaware \
corporation (the "Grantor"), in favor of NORTHGATE BANK, N.A., as agent (the "Agent").

1. Definitions. "Letters of Credit" has the meaning specified in Section 2.01(f) of the \
Credit Agreement dated as of August 9, 2004 (the "Credit Agreement") among the Grantor, the \
lenders party thereto and the Agent.

IN WITNESS WHEREOF, the Grantor has caused this Agreement to be duly executed.

TALLIS INDUSTRIES, INC.
By: /s/ Irene Calder
Name: Irene Calder
Title: Treasurer
"""


def _under(text: str) -> set[tuple[str, str]]:
    return {e for e in edges(extract_text(text), "ISSUED_UNDER") if "Letter" in e[0]}


def test_letters_of_credit_issued_hereunder_are_issued_under_the_agreement() -> None:
    x = extract_text(_ISSUED_HEREUNDER)
    assert ("Letters of Credit", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    assert ("NORTHGATE BANK, N.A.", "Letters of Credit") in edges(x, "ISSUES")


def test_letters_of_credit_of_an_own_section_are_issued_under_the_agreement() -> None:
    assert _under(_SECTION) == {("Letters of Credit", "Credit Agreement")}


def test_letters_of_credit_available_under_an_own_section_are_issued_under_it() -> None:
    assert _under(_AVAILABLE) == {("Letters of Credit", "Credit Agreement")}


def test_letters_of_credit_with_the_meaning_of_an_own_section_are_issued_under_it() -> None:
    assert _under(_MEANING) == {("Letters of Credit", "Credit Agreement")}


def test_a_colon_definition_by_an_own_subsection_counts_too() -> None:
    assert _under(_COLON) == {("Letters of Credit", "Credit Agreement")}


def test_a_section_of_another_agreement_is_not_this_ones() -> None:
    assert _under(_OTHER_SECTION) == set()


def test_a_definition_that_says_no_place_is_left_alone() -> None:
    assert _under(_NO_PLACE) == set()


def test_a_security_agreements_definition_issues_nothing_under_it() -> None:
    assert ("Letters of Credit", "Security Agreement") not in _under(_SECURITY)
