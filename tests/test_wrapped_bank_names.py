"""A bank's name wrapped by a narrow signature column, in two shapes the extractor read as a
second company:

- the head of the name on the company line, its last word opening the capacity line below
  ("FIRST UNION NATIONAL BANK OF NORTH" / "CAROLINA, as Co-Agent and Lender"): the party the
  preamble named in full, never a company called by the head alone;
- a branch's designation on its own line under the bank's name ("BAYERISCHE LANDESBANK" /
  "GIROZENTRALE" / "CAYMAN ISLANDS BRANCH"), the bank's name typed right of a column of
  commitment blanks ("$__________"): the bank, signing through its branch, never a company
  called "CAYMAN ISLANDS BRANCH".

Passages written for these tests, in those shapes; names made up."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

HEAD_ON_ITS_LINE = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT dated as of May 3, 1996 among Tollgate Ridge Properties, Inc., a Delaware "
    'corporation (the "Company"), the banks listed on the signature pages hereof (the '
    '"Lenders"), Harbor National Bank of South Dakota, as Co-Agent, and Merrow Bank, N.A., as '
    'agent for the Lenders (the "Agent").\n\n'
    "SECTION 2.1. Loans. Each Lender severally agrees to make loans to the Company.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "                              TOLLGATE RIDGE PROPERTIES, INC.\n\n"
    "                              By: /s/ Dana Holt\n"
    "                                Title: Treasurer\n\n"
    "                              HARBOR NATIONAL BANK OF SOUTH\n"
    "                                DAKOTA, as Co-Agent and Lender\n\n"
    "                              By: /s/ Ann Reyes\n"
    "                                Title: Senior Vice President\n\n"
    "                              MERROW BANK, N.A., as Agent and Lender\n\n"
    "                              By: /s/ Tom Blake\n"
    "                                Title: Vice President\n"
)


def test_a_name_wrapped_before_its_last_word_is_the_party_named_in_full() -> None:
    ex = extract_text(HEAD_ON_ITS_LINE)
    names = set(entity_names(ex).values())
    assert "Harbor National Bank of South" not in names
    assert edges(ex, "LENDS_TO") == {
        ("Harbor National Bank of South Dakota", "Tollgate Ridge Properties, Inc."),
        ("Merrow Bank, N.A.", "Tollgate Ridge Properties, Inc."),
    }


#: near miss: the line below opens with a word, but no party the document named is the
#: company's name and that word: the company line names a company of its own
OWN_NAME_ABOVE_A_CAPACITY = (
    "LOAN AGREEMENT\n\n"
    "LOAN AGREEMENT dated as of June 1, 2001 between Pell Quarry Co., an Ohio corporation (the "
    '"Borrower"), and the lenders signing below (the "Lenders").\n\n'
    "SECTION 2.1. Loans. Each Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "PELL QUARRY CO.\n\nBy: /s/ Ira Dunn\nTitle: President\n\n"
    "OSTREY SAVINGS BANK\nLENDER, as a Lender\n\nBy: /s/ Kay Moss\nTitle: Vice President\n"
)


def test_a_company_line_no_named_party_continues_keeps_its_name() -> None:
    names = set(entity_names(extract_text(OWN_NAME_ABOVE_A_CAPACITY)).values())
    assert any(n.upper() == "OSTREY SAVINGS BANK" for n in names)


BRANCH_UNDER_THE_BANK = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT dated as of March 10, 1995 among CORVAL CHEMICAL COMPANY, a Delaware "
    'corporation (the "Borrower"), the banks listed on the signature pages hereof (the '
    '"Banks"), and STONEBRIDGE BANK, N.A., as agent for the Banks (the "Agent").\n\n'
    "SECTION 2.1. Advances. Each Bank severally agrees to make Advances to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CORVAL CHEMICAL COMPANY\n\nBy:___________________________\n"
    "Title:________________________\n\n"
    "STONEBRIDGE BANK, N.A., as Agent\n\nBy:___________________________\n"
    "Title:________________________\n\n\n"
    "$__________                                       KESTREL LANDESBANK\n"
    "GIROZENTRALE\n"
    "CAYMAN ISLANDS BRANCH\n\n\n\n"
    "______________________________\nBy:___________________________\n"
    "Title:________________________\n\n\n"
    "$__________                                       NORDLAND BANK AKTIESELSKAB\n"
    "CAYMAN ISLANDS BRANCH\n\n\n"
    "______________________________\nBy:___________________________\n"
    "Title:________________________\n"
)


def test_a_branch_line_under_a_bank_is_the_bank_not_a_company_of_its_own() -> None:
    ex = extract_text(BRANCH_UNDER_THE_BANK)
    names = set(entity_names(ex).values())
    assert not {n for n in names if n.upper().startswith(("CAYMAN", "GIROZENTRALE"))}
    lenders = {a for a, _ in edges(ex, "LENDS_TO")}
    assert {n.upper().split(",")[0] for n in lenders} == {
        "KESTREL LANDESBANK GIROZENTRALE",
        "NORDLAND BANK AKTIESELSKAB",
    }


#: near miss: a bank's whole name ending in its branch, wrapped before "BRANCH": one name,
#: nothing above it joined
WHOLE_BRANCH_NAME_WRAPPED = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT dated as of March 10, 1995 among CORVAL CHEMICAL COMPANY, a Delaware "
    'corporation (the "Borrower"), and the banks listed on the signature pages hereof (the '
    '"Banks").\n\n'
    "SECTION 2.1. Advances. Each Bank severally agrees to make Advances to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CORVAL CHEMICAL COMPANY\n\nBy:___________________________\n"
    "Title:________________________\n\n\n"
    "CREDIT MARLOT CAYMAN ISLAND\nBRANCH\n\n\n"
    "______________________________\nBy:___________________________\n"
    "Title:________________________\n"
)


def test_a_whole_branch_name_wrapped_before_branch_stays_one_name() -> None:
    ex = extract_text(WHOLE_BRANCH_NAME_WRAPPED)
    lenders = {a.upper() for a, _ in edges(ex, "LENDS_TO")}
    assert lenders == {"CREDIT MARLOT CAYMAN ISLAND BRANCH"}


#: the generic words that end a bank's name wrapped onto the company line, the head above
GENERIC_WORDS_WRAPPED = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT dated as of March 4, 2005 among Wendell Health Services, Inc., a Delaware "
    'corporation (the "Company"), the lenders party hereto (the "Lenders") and Pine Bank, N.A., '
    'as agent (the "Agent").\n\n'
    "SECTION 2.1. Loans. Each Lender severally agrees to make loans to the Company.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "WENDELL HEALTH SERVICES, INC.\n\nBy: /s/ Joan Pike\nTitle: Treasurer\n\n"
    "PINE BANK, N.A., as Agent and Lender\n\nBy: /s/ Rob Dale\nTitle: Vice President\n\n"
    "BANK OF OSAKA-KINTETSU\nTRUST COMPANY\n\n\nBy: /s/ Mia Sato\n\nName: Mia Sato\n"
    "Title: Vice President\n"
)


def test_generic_words_under_a_bank_name_end_that_name() -> None:
    ex = extract_text(GENERIC_WORDS_WRAPPED)
    names = {n.upper() for n in entity_names(ex).values()}
    assert "TRUST COMPANY" not in names
    assert "BANK OF OSAKA-KINTETSU TRUST COMPANY" in names


#: near miss: generic words under two names typed side by side (two columns flattened onto one
#: line): whose tail they are, the line no longer tells, so neither name takes them
TWO_COLUMNS_ABOVE = (
    "AMENDMENT NO. 1 TO CREDIT AGREEMENT\n\n"
    "AMENDMENT NO. 1 dated as of March 1, 1996 among Larch Industries, Inc. (the "
    '"Borrower"), the banks party hereto (the "Banks") and Pine Bank, N.A., as agent.\n\n'
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "LARCH INDUSTRIES, INC.\n\nBy /s/\nTitle:\n\n"
    "THE BANK OF WESTMARK                    THE BANK OF OSAKA\n"
    "TRUST COMPANY\n\n"
    "By /s/                                  By /s/\n"
    "Title:                                  Title:\n"
)


def test_generic_words_under_two_side_by_side_names_join_neither() -> None:
    names = {n.upper() for n in entity_names(extract_text(TWO_COLUMNS_ABOVE)).values()}
    assert not any("WESTMARK" in n and "OSAKA" in n for n in names)
