"""The shapes round eleven's blind passages of definition changes (``tests/changes_round11``)
showed the change reader missing, each in passages of its own: two variants in different words
and a near miss.

- a definition named with the attachment that holds it ("the definition of "X" in Schedule B
  to the Note Agreement", "in Annex A (Definitions)"): the definition changes, not the
  attachment;
- several definitions deleted and new ones substituted in one instruction ("deleting the
  existing definitions of "A" and "B" and substituting the following in lieu thereof:"): each
  restated whole (``replace``), as one definition so swapped is;
- instructions set one to a paragraph under a lead-in ending "is hereby amended by:" ("(i)
  adding ...", "(ii) amending and restating the following definition ...", "(iii) deleting the
  definition of ..."): each an instruction of its own, the lead-in none;
- definitions deleted beside a block restated ("by deleting the definitions of "A" and "B" in
  their entirety, and by amending the following definitions to read ... as follows:"): each
  deleted, unless the block gives it anew;
- found by probing after the batches: "the definitions set forth below are hereby added to
  Section 1.1" (read as nothing) and "by replacing the definitions of "A" and "B" with the
  following:" (read as each amended in part).
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment, predicted
from tests.changes_round11.case import note_amendment


def _changes(text: str) -> set[tuple[str, str]]:
    return {p[:2] for p in predicted(text)}


def test_a_definition_in_an_attachment_changes_not_the_attachment() -> None:
    assert _changes(
        note_amendment(
            '1. The definition of "Consolidated Total Debt" in Schedule A to the Note Agreement '
            "is hereby amended and restated in its entirety to read as follows:\n\n"
            '"Consolidated Total Debt" means all Debt of the Company and its Subsidiaries.\n'
        )
    ) == {("term:consolidated total debt", "replace")}
    assert _changes(
        credit_amendment(
            "2. Annex I. The definition of “Excess Availability” in Annex I (Definitions) to the "
            'Loan Agreement is hereby amended by deleting "$5,000,000" and inserting '
            '"$7,500,000".\n'
        )
    ) == {("term:excess availability", "amend")}
    assert _changes(
        credit_amendment(
            '3. The definition of "Eligible Inventory" set forth in Exhibit 1.1 to the Loan '
            "Agreement is hereby deleted in its entirety.\n"
        )
    ) == {("term:eligible inventory", "delete")}


def test_an_attachment_that_holds_definitions_still_changes_whole() -> None:
    # near miss: the schedule itself named, no definition
    assert _changes(
        note_amendment(
            "1. Schedule B to the Note Agreement is hereby amended and restated in its entirety "
            "to read as set forth in Annex 1 hereto.\n"
        )
    ) == {("section:scheduleb", "replace")}


def test_several_definitions_deleted_and_substituted_are_each_restated() -> None:
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the existing "
            'definitions of "Borrowing Base" and "Maximum Amount" and substituting the following '
            'in lieu thereof:\n\n"Borrowing Base" means 80% of Eligible Accounts.\n\n'
            '"Maximum Amount" means $9,000,000.\n'
        )
    ) == {("term:borrowing base", "replace"), ("term:maximum amount", "replace")}
    assert _changes(
        amendment(
            "Second Amendment to Credit Agreement",
            "Credit Agreement",
            "Credit Agreement",
            "SECTION 1. Article I of the Credit Agreement is amended by deleting the definitions "
            "of “Loan Limit”, “Term Loan” and “Term Note” and replacing them with the "
            "following:\n\n“Loan Limit” means $2,000,000.\n\n“Term Loan” means the loan made "
            "under Section 2.4.\n\n“Term Note” means the note evidencing the Term Loan.\n",
        )
    ) == {
        ("term:loan limit", "replace"),
        ("term:term loan", "replace"),
        ("term:term note", "replace"),
    }


def test_several_definitions_deleted_without_substitutes_are_deleted() -> None:
    # near miss: nothing substituted, so the definitions go
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the existing "
            'definitions of "Term Loan" and "Term Note" in their entirety.\n'
        )
    ) == {("term:term loan", "delete"), ("term:term note", "delete")}


def test_instructions_one_to_a_paragraph_under_amended_by() -> None:
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is hereby amended by:\n\n"
            '(a) deleting the definition of "Tranche A Loan" in its entirety;\n\n'
            "(b) amending and restating the following definition in its entirety:\n\n"
            '"Revolving Loan Commitment" means $18,000,000.\n\n'
            "(c) adding the following new definitions in alphabetical order:\n\n"
            '"Agent Fee Letter" means the letter dated the date hereof.\n\n'
            '"Closing Fee" means $50,000.\n\n'
            "2. Fees. The Borrower shall pay the Bank's expenses.\n"
        )
    ) == {
        ("term:tranche a loan", "delete"),
        ("term:revolving loan commitment", "replace"),
        ("term:agent fee letter", "add"),
        ("term:closing fee", "add"),
    }
    assert _changes(
        note_amendment(
            "SECTION 2. Schedule B. The definitions in Schedule B to the Note Agreement are "
            "hereby amended by:\n\n"
            "(i) amending the definition of “Priority Debt” by replacing “15%” with “20%”; and\n\n"
            "(ii) deleting the definitions of “Bank Credit Agreement” and “Bank Lenders” in "
            "their entirety.\n\n"
            "SECTION 3. Representations. The Company represents that no Default exists.\n"
        )
    ) == {
        ("term:priority debt", "amend"),
        ("term:bank credit agreement", "delete"),
        ("term:bank lenders", "delete"),
    }


def test_a_list_of_conditions_under_by_changes_nothing() -> None:
    # near miss: "by:" then items that are no instructions; the section named is the one change
    assert _changes(
        credit_amendment(
            "1. Section 6.1 of the Loan Agreement is hereby amended by replacing "
            '"$2,000,000" with "$3,000,000".\n\n'
            "2. This Amendment shall become effective when signed by:\n\n"
            "(a) the Borrower; and\n\n"
            "(b) the Bank.\n"
        )
    ) == {("section:6.1", "amend")}


def test_definitions_deleted_beside_a_block_restated_are_deleted() -> None:
    assert _changes(
        note_amendment(
            "2.1. Schedule B to the Note Agreement is hereby amended by deleting the definitions "
            'of "Bank Facility" and "Bank Lenders" in their entirety, and by amending the '
            "following definitions to read in their entirety as follows:\n\n"
            '"Priority Debt" means Debt of Subsidiaries.\n\n'
            '"Total Debt" means all Debt of the Company and its Subsidiaries.\n'
        )
    ) == {
        ("term:bank facility", "delete"),
        ("term:bank lenders", "delete"),
        ("term:priority debt", "replace"),
        ("term:total debt", "replace"),
    }
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the definition of "
            "“Equipment Line” in its entirety and by amending and restating the following "
            "definition:\n\n“Line of Credit” means the revolving line of credit of $4,000,000.\n"
        )
    ) == {("term:equipment line", "delete"), ("term:line of credit", "replace")}


def test_a_definition_deleted_and_given_anew_below_is_restated_only() -> None:
    # near miss: the definition deleted is the one the block restates
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the definition of "
            '"Borrowing Base" in its entirety and by amending and restating the following '
            'definitions to read as follows:\n\n"Borrowing Base" means 75% of Eligible '
            'Accounts.\n\n"Commitment" means $6,000,000.\n'
        )
    ) == {("term:borrowing base", "replace"), ("term:commitment", "replace")}


def test_definitions_set_forth_below_are_added() -> None:
    assert _changes(
        credit_amendment(
            "1. The definitions set forth below are hereby added to Section 1.1 of the Loan "
            "Agreement in their proper alphabetical order:\n\n"
            '"Cash Dominion Event" means an Event of Default.\n\n'
            '"Dominion Account" means the account of the Borrower at the Bank.\n'
        )
    ) == {("term:cash dominion event", "add"), ("term:dominion account", "add")}
    assert _changes(
        note_amendment(
            "2. The new defined terms contained below shall be inserted in Schedule B to the Note "
            "Agreement:\n\n“Excess Leverage Fee” means the fee payable under Section 9.9.\n"
        )
    ) == {("term:excess leverage fee", "add")}


def test_definitions_set_forth_below_that_only_apply_add_nothing() -> None:
    # near miss: the amendment's own terms, defined below, added to nothing
    assert _changes(
        credit_amendment(
            "1. The definitions set forth below shall apply to this Amendment:\n\n"
            '"Effective Date" means the date hereof.\n\n'
            '2. Section 6.1 of the Loan Agreement is hereby amended by replacing "$2,000,000" '
            'with "$3,000,000".\n'
        )
    ) == {("section:6.1", "amend")}


def test_definitions_replaced_with_the_following_are_restated() -> None:
    assert _changes(
        credit_amendment(
            "1. Section 1.1 of the Loan Agreement is amended by replacing the definitions of "
            '"Commitment" and "Maturity Date" with the following:\n\n'
            '"Commitment" means $5,000,000.\n\n"Maturity Date" means June 1, 2010.\n'
        )
    ) == {("term:commitment", "replace"), ("term:maturity date", "replace")}
    assert _changes(
        note_amendment(
            "1. Schedule B to the Note Agreement is hereby amended by replacing the existing "
            "definition of “Restricted Payment” in its entirety with the following:\n\n"
            "“Restricted Payment” means any dividend on the Company's stock.\n"
        )
    ) == {("term:restricted payment", "replace")}


def test_words_replaced_inside_a_definition_amend_it() -> None:
    # near miss: words of the definition replaced, not the definition
    assert _changes(
        credit_amendment(
            '1. Section 1.1 of the Loan Agreement is amended by replacing the words "ninety (90) '
            'days" in the definition of "Eligible Accounts" with the words "one hundred twenty '
            '(120) days".\n'
        )
    ) == {("term:eligible accounts", "amend")}
