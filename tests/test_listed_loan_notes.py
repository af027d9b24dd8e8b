"""Notes a syndicated credit agreement defines without an article and requires two at a time:
""Term Notes" means promissory notes of the Borrower, substantially in the form of Exhibit
A-1" and "The Loans of each Bank shall be evidenced by a single Term Note and a single
Revolving Note, each payable to the order of such Bank". Each bank holds both, the borrower
issues both, and the defined term is the exhibit's note form, never a second instrument. A
passage written for this test (invented parties and amounts)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_BLOCK = (
    "{amount:<30}{name}\n\n"
    "                              By\n"
    "                                 ------------------------------\n"
    "                                 Title:\n\n\n"
)

_NOTE = (
    "                                                      EXHIBIT {label}\n\n"
    "                                   {title}\n\n"
    "          For value received, HALCYON LEASING CORP., a Delaware corporation (the\n"
    '"Borrower"), promises to pay to the order of ______________ (the "Bank") the unpaid\n'
    "principal amount of each Loan made by the Bank to the Borrower pursuant to the Credit\n"
    "Agreement referred to below.\n\n"
    "                                        HALCYON LEASING CORP.\n\n"
    "                                        By______________________\n"
    "                                          Title:\n\n\n"
)

_TEXT = (
    "                              CREDIT AGREEMENT\n\n"
    "          AGREEMENT dated as of March 3, 1997 among HALCYON LEASING CORP., the\n"
    "BANKS listed on the signature pages hereof and FIRST BANK OF OHIO, as Agent.\n\n"
    '          "Borrower" means Halcyon Leasing Corp., a Delaware corporation.\n\n'
    '          "Revolving Notes" means promissory notes of the Borrower, substantially in the\n'
    "form of Exhibit A-2, evidencing the obligation of the Borrower to repay the Revolving\n"
    "Loans.\n\n"
    '          "Term Notes" means promissory notes of the Borrower, substantially in the form\n'
    "of Exhibit A-1, evidencing the obligation of the Borrower to repay the Term Loans.\n\n"
    "          SECTION 2.01. Commitments to Lend. Each Bank severally agrees to make loans\n"
    "to the Borrower from time to time before the Termination Date.\n\n"
    "          SECTION 2.05. Notes. The Loans of each Bank shall be evidenced by a single Term\n"
    "Note and a single Revolving Note, each payable to the order of such Bank.\n\n"
    "          IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly\n"
    "executed as of the day and year first above written.\n\n"
    "                              HALCYON LEASING CORP.\n\n"
    "                                 By\n"
    "                                    ------------------------------\n"
    "                                    Title:\n\n\n"
    + _BLOCK.format(amount="$50,000,000", name="FIRST BANK OF OHIO")
    + _BLOCK.format(amount="$40,000,000", name="LAKESHORE NATIONAL BANK")
    + "                              FIRST BANK OF OHIO, as Agent\n\n"
    "                              By\n"
    "                                 ------------------------------\n"
    "                                 Title:\n\n\n"
    + _NOTE.format(label="A-1", title="TERM NOTE")
    + _NOTE.format(label="A-2", title="REVOLVING NOTE")
)


def test_each_bank_holds_both_notes_the_clause_lists_and_each_term_is_its_exhibit() -> None:
    x = extract_text(_TEXT)
    notes = sorted(
        str(e.props.get("title")).upper()
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    )
    assert notes == ["REVOLVING NOTE", "TERM NOTE"], notes
    held = {(bank.upper(), note.upper()) for bank, note in edges(x, "HOLDS")}
    for bank in ("FIRST BANK OF OHIO", "LAKESHORE NATIONAL BANK"):
        for note in ("TERM NOTE", "REVOLVING NOTE"):
            assert (bank, note) in held, held
    issued = {note.upper() for _, note in edges(x, "ISSUES")}
    assert issued == {"TERM NOTE", "REVOLVING NOTE"}, issued
