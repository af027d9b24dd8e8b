"""A report's list of parties whose last name alone carries a capacity (issue #13).

"among the Company, Brookfield Factors, Inc., Harlan Bank, National Association, as Agent, and
the lenders from time to time party thereto": no "and" closes the list before the capacity, so
"as Agent" is the last name's only; "A, B and C, as joint lead arrangers" (closed by "and")
gives each the role. Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import extract_text, own_roles

_COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

TALLIS MILLS, INC.
(Exact name of registrant as specified in its charter)

Ohio
(State or other jurisdiction of incorporation)

"""


def _roles(item: str) -> dict[str, object]:
    return own_roles(extract_text(_COVER + item))


def test_a_capacity_after_an_open_list_is_the_last_names_only() -> None:
    roles = _roles(
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On June 2, 2011, Tallis Mills, Inc. (the \u201cCompany\u201d) entered into a Third "
        "Amendment, dated as of June 1, 2011, to the Loan Agreement, dated as of March 3, 2009, "
        "among the Company, Brookfield Factors, Inc., Harlan Bank, National Association, as "
        "Agent, and the lenders from time to time party thereto.\n"
    )
    assert roles["Harlan Bank, National Association"] == "Agent"
    assert roles.get("Brookfield Factors, Inc.") is None


def test_a_capacity_after_a_list_closed_by_and_is_each_names() -> None:
    roles = _roles(
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On June 2, 2011, Tallis Mills, Inc. entered into a Credit Agreement with Harlan Bank, "
        "National Association, as administrative agent, and Orrin Securities LLC, Pell Capital "
        "Markets Inc. and Vance Securities LLC, as joint lead arrangers, and the lenders party "
        "thereto.\n"
    )
    assert roles["Harlan Bank, National Association"] == "Administrative Agent"
    assert (
        roles["Orrin Securities LLC"]
        == roles["Pell Capital Markets Inc."]
        == ("Joint Lead Arranger")
    )
