"""An amendment names the notes of the agreement it amends by that agreement's terms only ("an
amended and restated Term Note", "in substitution for the existing Revolving Note"): each is a
note ISSUED_UNDER the amended credit or loan agreement, issued by the borrowers and held by the
one lender (rule ``instruments.base_agreement_term`` of :mod:`ingest.instruments.base_terms`);
loans named so in passing are left alone (the ones an amendment is about are
``tests/test_base_agreement_facilities.py``'s); passages written for this test in two drafting
styles, near misses, and round fourteen's third amendment."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, entity_names, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_BANK_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

This First Amendment to Loan Agreement (this "Amendment") is made as of March 3, 2010 between \
PINECREST MOLDING, INC., a Michigan corporation (the "Borrower"), and LAKESHORE COMMUNITY BANK \
(the "Lender").

The Borrower and the Lender are parties to a Loan Agreement dated as of April 1, 2008 (the \
"Loan Agreement"). Capitalized terms used and not defined herein have the meanings given in \
the Loan Agreement.

1. {clause}

2. This Amendment is governed by the laws of the State of Michigan.

PINECREST MOLDING, INC.
By: /s/ Ann Lowe
Title: President

LAKESHORE COMMUNITY BANK
By: /s/ Carl Nyberg
Title: Vice President
"""

_SYNDICATED_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

SECOND AMENDMENT, dated as of May 5, 2015 (this "Amendment"), among HALBERD SYSTEMS CORP., a \
Delaware corporation (the "Borrower"), the Lenders party hereto and ORCHARD BANK, N.A., as \
administrative agent (the "Administrative Agent").

WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to the Credit \
Agreement dated as of June 1, 2012 (the "Credit Agreement");

NOW, THEREFORE, the parties agree as follows:

SECTION 1. {clause}

SECTION 2. GOVERNING LAW. THIS AMENDMENT SHALL BE GOVERNED BY THE LAW OF THE STATE OF NEW YORK.

HALBERD SYSTEMS CORP.
By: /s/ Dana Fry
Title: Chief Financial Officer

ORCHARD BANK, N.A., as Administrative Agent and as a Lender
By: /s/ Lee Park
Title: Managing Director
"""


def _instruments(text: str) -> dict[str, str]:
    x = extract_text(text)
    return {
        str(e.props.get("title")): str(e.props.get("kind"))
        for e in x.entities
        if e.label == "Instrument"
    }


def test_bank_amendment_names_loans_and_notes_by_their_terms() -> None:
    clause = (
        "The Revolving Loans shall be due and payable on April 1, 2012, and the Borrower shall "
        "repay the Term Loan in monthly installments of $20,000. The Borrower shall deliver to "
        "the Lender a replacement Revolving Note in substitution for the existing Revolving Note."
    )
    x = extract_text(_BANK_AMENDMENT.format(clause=clause))
    under = edges(x, "ISSUED_UNDER")
    assert ("Revolving Note", "Loan Agreement") in under
    assert ("PINECREST MOLDING, INC.", "Revolving Note") in edges(x, "ISSUES")
    assert ("LAKESHORE COMMUNITY BANK", "Revolving Note") in edges(x, "HOLDS")
    # the loans named so in passing are left alone
    assert not any(t in ("Term Loan", "Revolving Loans") for t, _ in under)


def test_syndicated_amendment_names_term_notes() -> None:
    clause = (
        "Amended Notes. The Borrower shall execute and deliver to each Lender that holds a "
        "Term Note an amended and restated Term Note, and all outstanding Tranche B Term Loans "
        "shall be repaid on the Second Amendment Effective Date."
    )
    x = extract_text(_SYNDICATED_AMENDMENT.format(clause=clause))
    under = edges(x, "ISSUED_UNDER")
    assert ("Term Note", "Credit Agreement") in under
    assert ("HALBERD SYSTEMS CORP.", "Term Note") in edges(x, "ISSUES")
    names = set(entity_names(x).values())
    assert "Term Notes" not in names  # one instrument, both numbers its names


def test_other_terms_the_class_words_begin_are_left_alone() -> None:
    clause = (
        "The Term Note Holders consent, and the Revolving Note Maturity Date is extended to "
        "April 1, 2013."
    )
    assert not _instruments(_BANK_AMENDMENT.format(clause=clause))


def test_running_words_name_no_term() -> None:
    clause = "The Borrower executed a term note and a revolving note in favor of the Lender."
    assert not _instruments(_BANK_AMENDMENT.format(clause=clause))


def test_a_term_the_amendment_defines_is_its_own() -> None:
    clause = (
        "The Borrower shall deliver a new promissory note of $400,000 to the Lender (the "
        '"Term Note") on the date hereof.'
    )
    x = extract_text(_BANK_AMENDMENT.format(clause=clause))
    # not read again as the amended agreement's: no "Term Notes" alias node beside it
    assert not any(
        e.props.get("title") == "Term Note" and "Term Notes" in e.aliases
        for e in x.entities
        if e.label == "Instrument"
    )


def test_no_amendment_no_base_terms() -> None:
    text = (
        _BANK_AMENDMENT.format(clause="The Revolving Note bears interest at 6%.")
        .replace("FIRST AMENDMENT TO LOAN AGREEMENT", "SECURITY AGREEMENT")
        .replace("First Amendment to Loan Agreement", "Security Agreement")
    )
    assert "Revolving Note" not in _instruments(text)


def test_round_fourteen_third_amendment() -> None:
    text = (_ROOT / "tests/gold_written/docs/r14fac_amend3_harlow.txt").read_text()
    x = extract_text(text)
    under = edges(x, "ISSUED_UNDER")
    for title in ("Revolving Note", "Term Note"):
        assert (title, "Loan Agreement") in under
    issues = edges(x, "ISSUES")
    for maker in ("HARLOW MILLWORKS, INC.", "HARLOW DOOR COMPANY", "HARLOW TRANSPORT, L.L.C."):
        assert (maker, "Term Note") in issues
    assert ("CEDAR PLAINS BANK & TRUST", "Term Note") in edges(x, "HOLDS")


def test_a_class_word_before_makes_another_term() -> None:
    clause = "All Existing Revolving Notes shall be cancelled on the date hereof."
    assert "Revolving Notes" not in _instruments(_BANK_AMENDMENT.format(clause=clause))


def test_a_note_already_read_under_a_longer_title_is_not_read_twice() -> None:
    clause = (
        "The Borrower shall deliver to the Lender an Amended and Restated Revolving Credit Note "
        "dated the date hereof, and the Revolving Credit Note shall then be cancelled."
    )
    x = extract_text(_BANK_AMENDMENT.format(clause=clause))
    titles = [e.props.get("title") for e in x.entities if e.label == "Instrument"]
    assert (
        titles.count("Revolving Credit Note")
        + titles.count("Amended and Restated Revolving Credit Note")
        <= 1
    )
