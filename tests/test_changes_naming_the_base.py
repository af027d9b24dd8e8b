"""Which agreement an amendment changes: one operation naming the base by the term a preamble
or recital defines for it, in the shapes of naming amendments use (a dated base, an undated
one, a base with its amendment chain, a note, a warrant "issued on" its date), and changes
listed in an annex after the signatures. Written for the tests; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import FRAME_HEAD, assert_changes, changes

#: One operation naming the agreement it changes by the term a preamble or recital defines for
#: it, in several shapes of naming: (shape, preamble, the term, the base's date).
_OPERATION = (
    '\n\n1. Section 2.1 of the {n} is hereby amended by deleting "May 1" and inserting "June 1" '
    "in lieu thereof.\n\n2. Counterparts. This Amendment may be executed in counterparts.\n\nIN "
    "WITNESS WHEREOF, the parties have executed this Amendment.\n\nACME CORP.\n\nBy: /s/ Jo "
    "Ames\nName: Jo Ames\nTitle: President\n"
)
BASES: list[tuple[str, str, str, str | None]] = [
    (
        "'AMENDMENT NO. 2, dated ..., to the Loan and Security Agreement, dated ...'",
        (
            'AMENDMENT NO. 2\n\nAMENDMENT NO. 2, dated as of May 5, 2021 (this "Amendment"), to '
            "the Loan and Security Agreement, dated as of June 1, 2017 (as amended, supplemented "
            'or otherwise modified, the "Loan Agreement"), among ACME CORP., a Delaware '
            'corporation (the "Borrower"), and BAYSIDE BANK (the "Bank").'
        ),
        "Loan Agreement",
        "2017-06-01",
    ),
    (
        "the base defined as 'the Original Agreement'",
        (
            'FIRST AMENDMENT TO SUPPLY AGREEMENT\n\nThis First Amendment (this "Amendment") is '
            'made as of May 5, 2021 between ACME CORP. ("Buyer") and DELTA PARTS LLC ("Seller"). '
            "Buyer and Seller entered into a Supply Agreement dated as of January 4, 2019 (the "
            '"Original Agreement").'
        ),
        "Original Agreement",
        "2019-01-04",
    ),
    (
        "an employment agreement between a company and a person",
        (
            "AMENDMENT TO EMPLOYMENT AGREEMENT\n\nThis Amendment to Employment Agreement (this "
            '"Amendment") is entered into as of May 5, 2021 by and between ACME CORP. (the '
            '"Company") and Jane Roe ("Executive"). The Company and Executive are parties to an '
            'Employment Agreement dated January 1, 2018 (the "Employment Agreement").'
        ),
        "Employment Agreement",
        "2018-01-01",
    ),
    (
        "a warrant 'issued on' its date",
        (
            'AMENDMENT TO COMMON STOCK PURCHASE WARRANT\n\nThis Amendment (this "Amendment") to '
            'the Common Stock Purchase Warrant issued on June 1, 2019 (the "Warrant") by ACME '
            'CORP. (the "Company") to Harbor Fund LP (the "Holder") is made as of May 5, 2021.'
        ),
        "Warrant",
        "2019-06-01",
    ),
    (
        "an undated base agreement",
        (
            "FIRST AMENDMENT TO SUPPLY AGREEMENT\n\nThis First Amendment to Supply Agreement "
            '(this "Amendment") is made as of May 5, 2021 between ACME CORP. ("Buyer") and DELTA '
            'PARTS LLC ("Seller"). Buyer and Seller are parties to that certain Supply Agreement '
            '(the "Agreement").'
        ),
        "Agreement",
        None,
    ),
    (
        "an amended and restated agreement named with its amendment chain",
        (
            "SECOND AMENDMENT TO AMENDED AND RESTATED CREDIT AGREEMENT\n\nThis Second Amendment "
            'to Amended and Restated Credit Agreement (this "Amendment") is dated as of May 5, '
            '2021 among ACME CORP. (the "Borrower") and BAYSIDE BANK (the "Lender").\n\nThe '
            "Borrower and the Lender are parties to an Amended and Restated Credit Agreement "
            "dated as of August 2, 2018 (as amended by the First Amendment thereto dated as of "
            'March 1, 2019, the "Credit Agreement").'
        ),
        "Credit Agreement",
        "2018-08-02",
    ),
    (
        "an office lease and its earlier amendments, 'collectively, the \"Lease\"'",
        (
            "THIRD AMENDMENT TO OFFICE LEASE\n\nThis Third Amendment to Office Lease (this "
            '"Amendment") is made as of May 5, 2021 between PARKSIDE TOWER LLC ("Landlord") and '
            'ACME CORP. ("Tenant"). Landlord and Tenant are parties to that certain Office Lease '
            "dated as of April 1, 2012, as amended by that certain First Amendment to Office "
            "Lease dated as of June 1, 2014 and that certain Second Amendment to Office Lease "
            'dated as of July 1, 2016 (collectively, the "Lease").'
        ),
        "Lease",
        "2012-04-01",
    ),
    (
        "the base named in the preamble, before the amendment's own date",
        (
            'AMENDMENT NO. 1 TO CONSULTING AGREEMENT\n\nThis Amendment No. 1 (the "Amendment") '
            'to the Consulting Agreement dated September 9, 2020 (the "Agreement") between ACME '
            'CORP. (the "Company") and John Park (the "Consultant") is entered into as of May 5, '
            "2021."
        ),
        "Agreement",
        "2020-09-09",
    ),
    (
        "a recital naming the base in capitals, 'dated' with no 'as of'",
        (
            "FIRST AMENDMENT TO LOAN AGREEMENT\n\nThis First Amendment to Loan Agreement (this "
            '"Amendment") is made as of May 5, 2021 between ACME CORP. ("Borrower") and BAYSIDE '
            'BANK ("Bank").\n\nWHEREAS, Borrower and Bank entered into a LOAN AGREEMENT dated '
            'March 1, 2015 (the "Agreement");'
        ),
        "Agreement",
        "2015-03-01",
    ),
    (
        "a secured promissory note",
        (
            "AMENDMENT TO SECURED PROMISSORY NOTE\n\nThis Amendment to Secured Promissory Note "
            '(this "Amendment") is made as of May 5, 2021 by ACME CORP. ("Borrower") in favor of '
            'BAYSIDE BANK ("Lender"). Borrower executed a Secured Promissory Note dated February '
            '2, 2020 in the principal amount of $2,000,000 payable to Lender (the "Note").'
        ),
        "Note",
        "2020-02-02",
    ),
]


@pytest.mark.parametrize(
    ("shape", "preamble", "term", "base_date"), BASES, ids=[b[0] for b in BASES]
)
def test_the_agreement_changed(shape: str, preamble: str, term: str, base_date: str | None) -> None:
    got = changes(preamble + _OPERATION.format(n=term))
    assert got == [(("2.1", None, "amend", "June 1"), base_date)], shape


def test_changes_set_forth_in_an_annex() -> None:
    """ "The Agreement is hereby amended as set forth in Annex A attached hereto." and the list
    of changes in that annex, after the signatures: the annex's operations are the
    amendment's."""
    text = (
        FRAME_HEAD + "1. Amendments. The Agreement is hereby amended as set forth in Annex A "
        "attached hereto.\n\n2. Counterparts. This Amendment may be executed in counterparts."
        "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n\nREDWOOD FORGE INC."
        "\n\nBy: /s/ Jo Ames\nName: Jo Ames\nTitle: President\n\nSUMMIT TRUST BANK\n\nBy: /s/ "
        "Al Roe\nName: Al Roe\nTitle: Vice President\n\n\nANNEX A\n\nAMENDMENTS TO CREDIT "
        'AGREEMENT\n\n1. Section 6.3 of the Agreement is hereby amended by deleting "$750,000" '
        'and inserting "$1,250,000" in lieu thereof.\n\n2. Section 7.4 of the Agreement is '
        "hereby deleted in its entirety.\n"
    )
    assert_changes(
        "annex",
        text,
        "2019-07-01",
        [("6.3", None, "amend", "$1,250,000"), ("7.4", None, "delete", None)],
    )
