"""Signature pages that mix layouts, as consents and lender pages converted from HTML do: a
lender's "By:" set beside its name, a block flattened onto one line, a signer's title after a
comma on the "By:" line, lenders that are credit unions or public authorities, individuals
signing under a "GUARANTORS:" caption with their names typed under the signature
(:mod:`ingest.signatures.columns`, :mod:`ingest.signatures.block_reader`)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import entity_names, extract_text

_HEAD = """FIRST AMENDMENT TO LOAN AGREEMENT

THIS FIRST AMENDMENT is made as of April 9, 2013 among BRIARWOOD TILE COMPANY, an Ohio
corporation (the "Borrower"), the lenders signatory hereto (the "Lenders") and MAPLE RIVER
BANK, as agent (the "Agent").

1. Section 5.2 of the Loan Agreement dated as of June 1, 2011 among the Borrower, the Lenders
and the Agent is amended by deleting "$4,000,000" and inserting "$4,500,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

"""
#: the Borrower's own block, above the blocks each passage tries
_BORROWER_BLOCK = """BRIARWOOD TILE COMPANY

By: /s/ Nora Fitch
Name: Nora Fitch
Title: President
"""


def _signed(x: Extraction) -> dict[str, tuple[object, object]]:
    names = entity_names(x)
    return {
        names[r.source]: (r.props.get("title"), names.get(str(r.props.get("on_behalf_of"))))
        for r in x.relations
        if r.type == "SIGNED"
    }


def _party_roles(x: Extraction) -> dict[str, object]:
    names = entity_names(x)
    return {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }


_MIXED = (
    _HEAD
    + f"""BORROWER:                                  BRIARWOOD TILE COMPANY

                                           By: /s/ Nora Fitch
                                           Its: President

AGENT AND LENDER:                          MAPLE RIVER BANK

{" " * 43}By:   /s/ Dale Okafor{" " * 15}Name: Dale Okafor{" " * 8}Title: Managing Director

LENDERS:

OSPREY STATE BANK, as a Lender          By: /s/ Ines Varga
                                        Name: Ines Varga
                                        Title: Vice President
"""
)


def test_a_by_line_beside_a_lenders_name_splits_no_column() -> None:
    signed = _signed(extract_text(_MIXED))
    assert signed["Nora Fitch"] == ("President", "BRIARWOOD TILE COMPANY")
    assert signed["Dale Okafor"] == ("Managing Director", "MAPLE RIVER BANK")
    assert signed["Ines Varga"] == ("Vice President", "OSPREY STATE BANK")


def test_two_real_columns_still_read_as_two() -> None:
    text = (
        _HEAD
        + """BRIARWOOD TILE COMPANY                    MAPLE RIVER BANK,
                                          as Agent
By: /s/ Nora Fitch
Name: Nora Fitch                          By: /s/ Dale Okafor
Title: President                          Name: Dale Okafor
                                          Title: Managing Director
"""
    )
    signed = _signed(extract_text(text))
    assert signed["Nora Fitch"] == ("President", "BRIARWOOD TILE COMPANY")
    assert signed["Dale Okafor"] == ("Managing Director", "MAPLE RIVER BANK")


def test_a_title_after_a_comma_on_the_by_line() -> None:
    text = (
        _HEAD
        + """BRIARWOOD TILE COMPANY
By: /s/ Nora Fitch, Chief Financial Officer

MAPLE RIVER BANK, as Agent
By: /s/ Dale Okafor, Senior Vice President
"""
    )
    signed = _signed(extract_text(text))
    assert signed["Nora Fitch"] == ("Chief Financial Officer", "BRIARWOOD TILE COMPANY")
    assert signed["Dale Okafor"] == ("Senior Vice President", "MAPLE RIVER BANK")


def test_a_company_signing_for_another_is_no_signer_with_a_title() -> None:
    text = (
        _HEAD
        + """OSPREY CLO 2012-1, LTD.
By: Osprey Loan Advisors, its collateral manager

By: /s/ Ines Varga
Name: Ines Varga
Title: Portfolio Manager
"""
    )
    signed = _signed(extract_text(text))
    assert "Osprey Loan Advisors" not in signed
    assert signed["Ines Varga"] == ("Portfolio Manager", "OSPREY CLO 2012-1, LTD.")


def test_credit_unions_and_authorities_sign_as_lenders() -> None:
    text = (
        _HEAD
        + """Name of Lender: Lakeshore Federal Credit Union

By: /s/ Omar Bell
Name: Omar Bell
Title: Vice President

Ohio Valley Development Authority,
as a Lender

By:   /s/ Rita Chen
      Name:  Rita Chen
      Title: Director
"""
    )
    signed = _signed(extract_text(text))
    assert signed["Omar Bell"] == ("Vice President", "Lakeshore Federal Credit Union")
    assert signed["Rita Chen"] == ("Director", "Ohio Valley Development Authority")


def test_individual_guarantors_under_a_caption_with_their_names_typed_below() -> None:
    text = (
        _HEAD
        + _BORROWER_BLOCK
        + """
GUARANTORS:

/s/ Nora Fitch
------------------------------
NORA FITCH

/s/ Gerald Fitch
------------------------------
GERALD FITCH
"""
    )
    x = extract_text(text)
    signed = _signed(x)
    assert signed["Gerald Fitch"] == (None, None)  # for himself, never for "NORA FITCH"
    roles = _party_roles(x)
    assert roles["Nora Fitch"] == "Guarantor"
    assert roles["Gerald Fitch"] == "Guarantor"
    assert "NORA FITCH" not in {n.upper() for n in roles if n != "Nora Fitch"}


def test_a_role_typed_after_an_individuals_name() -> None:
    text = (
        _HEAD
        + _BORROWER_BLOCK
        + """
/s/ Gerald Fitch                          (SEAL)
Gerald Fitch, Guarantor
"""
    )
    assert _party_roles(extract_text(text))["Gerald Fitch"] == "Guarantor"


def test_a_caption_with_its_article_names_the_role() -> None:
    text = (
        _HEAD
        + """THE BORROWER:

BRIARWOOD TILE COMPANY

By /s/ Nora Fitch
   --------------------------------
   Its President

THE AGENT:

MAPLE RIVER BANK

By /s/ Dale Okafor
   --------------------------------
   Its Vice President
"""
    )
    roles = _party_roles(extract_text(text))
    assert roles["BRIARWOOD TILE COMPANY"] == "Borrower"
    assert roles["MAPLE RIVER BANK"] == "Agent"


def test_an_individual_signing_alone_takes_the_role_the_preamble_gives_him() -> None:
    text = _HEAD.replace(
        'and MAPLE RIVER\nBANK, as agent (the "Agent").',
        'MAPLE RIVER\nBANK, as agent (the "Agent"), and GERALD FITCH (the "Guarantor").',
    ) + (
        _BORROWER_BLOCK
        + """
WITNESS:                           /s/ Gerald Fitch
/s/ Paula Greer                    ------------------------------
-------------------------          GERALD FITCH
"""
    )
    assert "GERALD FITCH (the" in text
    assert _party_roles(extract_text(text))["Gerald Fitch"] == "Guarantor"
