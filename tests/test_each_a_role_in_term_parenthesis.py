"""A role two co-borrowers share, given in the second one's own parenthesis after its short
term, with "are each a" and no "as": `MERIDEN POWDER COATING, LLC, a Connecticut limited
liability company ("Meriden"; Tolland and Meriden are each a "Borrower" and together the
"Borrowers")` (``parties.each_of_terms``). Before, only "are ... referred to ... as a" was read,
so neither co-borrower took the role. Near miss: "are each bound by the ..." gives no role."""

from __future__ import annotations

from tests.passages import extract_text

_CLOSING = """

     Section 2.1  Revolving Loans. The Lender agrees to make revolving loans to the Borrowers.

                                   {first}

                                   By: /s/ Evelyn J. Marchand
                                       Title: Chief Financial Officer

                                   {second}

                                   By: /s/ Evelyn J. Marchand
                                       Title: Manager

                                   NORTHGATE BUSINESS FINANCE LLC

                                   By: /s/ Raymond P. Okafor
                                       Title: Senior Vice President
"""


def _roles(text: str) -> dict[str, object]:
    x = extract_text(text)
    names = {e.ref: e.props.get("name") or e.props.get("title") for e in x.entities}
    return {
        str(names[r.source]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == "Revolving Credit and Security Agreement"
    }


def _opening(joint: str) -> str:
    return (
        "               REVOLVING CREDIT AND SECURITY AGREEMENT\n\n"
        "     REVOLVING CREDIT AND SECURITY AGREEMENT dated as of September 14, 2018 (this\n"
        '"Agreement"), among TOLLAND FABRICATION CORP., a Delaware corporation ("Tolland"),\n'
        "MERIDEN POWDER COATING, LLC, a Connecticut limited liability company\n"
        f'("Meriden"; {joint}), and NORTHGATE BUSINESS FINANCE LLC, a Delaware limited\n'
        'liability company (the "Lender").\n'
    )


def test_are_each_a_gives_both_co_borrowers_the_role() -> None:
    for joint in (
        'Tolland and Meriden are each a "Borrower" and together the "Borrowers"',
        'Tolland and Meriden are individually a "Borrower" and collectively the "Borrowers"',
    ):
        text = _opening(joint) + _CLOSING.format(
            first="TOLLAND FABRICATION CORP.", second="MERIDEN POWDER COATING, LLC"
        )
        roles = _roles(text)
        assert roles.get("TOLLAND FABRICATION CORP.") == "Borrower", (joint, roles)
        assert roles.get("MERIDEN POWDER COATING, LLC") == "Borrower", (joint, roles)
        assert roles.get("NORTHGATE BUSINESS FINANCE LLC") == "Lender", (joint, roles)


def test_are_each_bound_by_gives_no_role() -> None:
    text = _opening('Tolland and Meriden are each bound by the "Intercreditor Terms"') + (
        _CLOSING.format(first="TOLLAND FABRICATION CORP.", second="MERIDEN POWDER COATING, LLC")
    )
    roles = _roles(text)
    assert roles.get("TOLLAND FABRICATION CORP.") != "Intercreditor Terms"
    assert roles.get("MERIDEN POWDER COATING, LLC") != "Intercreditor Terms"
