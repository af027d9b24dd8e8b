"""Notes a credit agreement names one per payee ("the note payable to Harbor (the "Harbor
Note")"): each bank HOLDS its own note only, each note ISSUED by the maker and ISSUED_UNDER
the agreement (:mod:`ingest.relations.payee_named_notes`, read by
:mod:`ingest.relations.evidencing_notes`); passages written for this test, and round thirteen's
three-bank credit agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_AGREEMENT = """LOAN AGREEMENT

This Loan Agreement (this "Agreement") is dated as of June 3, 2005, among BRAMBLE PAPER CO., \
an Ohio corporation (the "Borrower"), ALDER BANK, an Ohio banking corporation ("Alder"), and \
BIRCHWOOD SAVINGS BANK ("Birchwood"; Alder and Birchwood, each a "Lender").

1. Each Lender agrees to lend the Borrower up to $2,000,000.

2. {clause}

3. This Agreement shall be governed by the laws of the State of Ohio.

BRAMBLE PAPER CO.
By: /s/ Ann Lowe
Title: President

ALDER BANK
By: /s/ Carl Ruiz
Title: Vice President

BIRCHWOOD SAVINGS BANK
By: /s/ Dina Shah
Title: Vice President
"""


def _notes(clause: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    x = extract_text(_AGREEMENT.format(clause=clause))
    return edges(x, "HOLDS"), edges(x, "ISSUES"), edges(x, "ISSUED_UNDER")


def test_each_payee_holds_its_own_note() -> None:
    clause = (
        "The loans of each Lender shall be evidenced by a promissory note of the Borrower "
        'payable to the order of such Lender: the note payable to Alder (the "Alder Note") and '
        'the note payable to Birchwood (the "Birchwood Note"; together, the "Notes").'
    )
    holds, issues, under = _notes(clause)
    assert {("ALDER BANK", "Alder Note"), ("BIRCHWOOD SAVINGS BANK", "Birchwood Note")} <= holds
    assert ("ALDER BANK", "Birchwood Note") not in holds
    assert ("BIRCHWOOD SAVINGS BANK", "Alder Note") not in holds
    assert {("BRAMBLE PAPER CO.", "Alder Note"), ("BRAMBLE PAPER CO.", "Birchwood Note")} <= issues
    assert {("Alder Note", "Loan Agreement"), ("Birchwood Note", "Loan Agreement")} <= under


def test_payee_notes_written_to_the_order_of() -> None:
    clause = (
        "The Borrower's obligation to repay the loans shall be evidenced by separate "
        "promissory notes of the Borrower, one promissory note payable to the order of Alder "
        "(the \u201cAlder Note\u201d) and one promissory note payable to the order of "
        "Birchwood (the \u201cBirchwood Note\u201d), each dated the date hereof."
    )
    holds, issues, _ = _notes(clause)
    assert ("ALDER BANK", "Alder Note") in holds
    assert ("BIRCHWOOD SAVINGS BANK", "Birchwood Note") in holds
    assert ("BIRCHWOOD SAVINGS BANK", "Alder Note") not in holds
    assert ("BRAMBLE PAPER CO.", "Birchwood Note") in issues


def test_one_class_of_notes_is_held_by_every_lender() -> None:
    # near miss: the class of notes payable to each lender, no note named after its payee
    clause = (
        "The loans of each Lender shall be evidenced by a promissory note of the Borrower "
        'payable to the order of such Lender (each, a "Note").'
    )
    holds, _, _ = _notes(clause)
    assert {
        ("ALDER BANK", "Promissory Note"),
        ("BIRCHWOOD SAVINGS BANK", "Promissory Note"),
    } <= holds
    assert not any(h[1] in ("Alder Note", "Birchwood Note") for h in holds)


def test_round_thirteen_three_bank_credit_agreement() -> None:
    path = _ROOT / "tests/gold_written/docs/r13ins_credit_wendham.txt"
    x = extract_text(path.read_text())
    holds = edges(x, "HOLDS")
    assert ("Keystone Commerce Bank", "Keystone Note") in holds
    assert ("Lakeshore Bank and Trust Company", "Lakeshore Note") in holds
    assert ("Keystone Commerce Bank", "Harbor Note") not in holds
    assert ("Lakeshore Note", "Credit Agreement") in edges(x, "ISSUED_UNDER")
