"""A preamble that names a party again by its short term in a capacity ("..., and Ardmore, as
agent for the Lenders (the "Agent") and as issuer of letters of credit (the "Issuing Bank")"):
both capacity terms are that party's (rule ``parties.named_again_in_capacity`` of
:mod:`ingest.parties.preamble`), so the letters of credit "the Issuing Bank" issues are its;
passages written for this test, and round thirteen's credit agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_OPENING = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is made as of March 3, 2001, by and among OSPREY \
VALVE CORP., a Maine corporation (the "Borrower"), KENNEBEC TRUST BANK, a Maine banking \
corporation ("Kennebec"), CASCO SAVINGS BANK ("Casco"; Kennebec and Casco, the "Lenders"), \
{tail}.

1. The Lenders agree to lend to the Borrower up to $4,000,000.

OSPREY VALVE CORP.
By: /s/ Ann Lowe
Title: President
"""


def _aliases(tail: str) -> dict[str, tuple[str, ...]]:
    x = extract_text(_OPENING.format(tail=tail))
    return {str(e.props.get("name")): e.aliases for e in x.entities if e.label == "Party"}


def test_short_term_in_two_capacities() -> None:
    aliases = _aliases(
        'and Kennebec, as agent for the Lenders (the "Agent") and as issuer of letters of credit '
        '(the "Issuing Bank")'
    )
    assert {"Agent", "Issuing Bank"} <= set(aliases["KENNEBEC TRUST BANK"])
    assert "Issuing Bank" not in aliases["CASCO SAVINGS BANK"]


def test_short_term_in_such_capacity() -> None:
    aliases = _aliases(
        "and Casco, as administrative agent for the Lenders (in such capacity, the "
        "\u201cAdministrative Agent\u201d)"
    )
    assert "Administrative Agent" in aliases["CASCO SAVINGS BANK"]
    assert "Administrative Agent" not in aliases["KENNEBEC TRUST BANK"]


def test_a_new_party_with_its_descriptor_is_no_party_named_again() -> None:
    aliases = _aliases('and PENOBSCOT BANK, a Maine banking corporation, as agent (the "Agent")')
    assert "Agent" in aliases["PENOBSCOT BANK"]
    assert "Agent" not in aliases["KENNEBEC TRUST BANK"]


def test_round_thirteen_issuing_bank_issues_the_letters_of_credit() -> None:
    path = _ROOT / "tests/gold_written/docs/r13ins_credit_tamsin.txt"
    x = extract_text(path.read_text())
    issues = edges(x, "ISSUES")
    assert ("ARDMORE COMMERCIAL BANK", "Existing Letters of Credit") in issues
    assert ("ARDMORE COMMERCIAL BANK", "Letters of Credit") in issues


def test_short_terms_listed_before_their_plural_term() -> None:
    # "("Casco"; Kennebec and Casco, the "Lenders")": the plural term is both banks'
    # (rule ``parties.each_of_terms`` of :mod:`ingest.parties.cues`)
    aliases = _aliases('and Kennebec, as agent for the Lenders (the "Agent")')
    assert "Lenders" in aliases["KENNEBEC TRUST BANK"]
    assert "Lenders" in aliases["CASCO SAVINGS BANK"]


def test_short_terms_with_an_indefinite_term_are_no_list() -> None:
    # near miss: "Tanager and Osprey, a "..."" names no plural term of both
    x = extract_text(
        'AGREEMENT\n\nThis Agreement is made as of May 1, 2010 among TANAGER LLC ("Tanager"), '
        'OSPREY INC. ("Osprey"; Tanager and Osprey, a "Seller Group") and KITE CORP. '
        '(the "Buyer").\n\n1. Sale.\n'
    )
    aliases = {str(e.props.get("name")): e.aliases for e in x.entities if e.label == "Party"}
    assert "Seller Group" not in aliases.get("TANAGER LLC", ())
