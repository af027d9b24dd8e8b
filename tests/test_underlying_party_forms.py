"""The form of a company another agreement's party list names, stated between its name and its
term: "each of the subsidiaries of Corbel Holdings Corp., an Indiana corporation (the
"Borrower"), listed on Schedule I", "the subsidiary of the Pledgor, Fenwick Mills LLC, an
Ohio limited liability company (the "Borrower")" (passages written for this test)."""

from __future__ import annotations

from tests.passages import extract_text


def _forms(text: str) -> dict[str, tuple[object, object]]:
    x = extract_text(text)
    return {
        str(e.props["name"]): (e.props.get("jurisdiction"), e.props.get("entity_type"))
        for e in x.entities
        if e.label == "Party" and e.props.get("kind") == "organization"
    }


def test_company_described_before_its_quoted_term() -> None:
    forms = _forms(
        "SUBSIDIARY GUARANTY AGREEMENT\n\nThis Subsidiary Guaranty Agreement, dated as of May 4, "
        "2018, is made by each of the subsidiaries of Corbel Holdings Corp., an Indiana "
        'corporation (the "Borrower"), listed on Schedule I hereto (each, a "Guarantor"), in '
        'favor of Tamsin Valley Bank, an Illinois state bank (the "Lender").\n\n'
        "RECITALS\n\nA. The Borrower and the Lender are parties to a Credit Agreement dated as "
        'of May 4, 2018 (the "Credit Agreement").\n\n'
        "1. Guaranty. Each Guarantor guarantees the Obligations.\n"
    )
    assert forms["Corbel Holdings Corp."] == ("Indiana", "corporation")


def test_borrower_described_in_a_recital() -> None:
    forms = _forms(
        "PLEDGE AGREEMENT\n\nThis Pledge Agreement, dated as of March 9, 2016, is made by "
        'Yarrow Parent Inc., a Delaware corporation (the "Pledgor"), in favor of Ashgrove '
        'Commercial Bank (the "Lender").\n\nRECITALS\n\nA. The Lender has agreed to make '
        "loans to the subsidiary of the Pledgor, Fenwick Mills LLC, an Ohio limited liability "
        'company (the "Borrower"), under a Credit Agreement dated as of March 9, 2016 (the '
        '"Credit Agreement").\n\n1. Pledge. The Pledgor pledges to the Lender all shares of '
        "the Borrower.\n"
    )
    assert forms["Fenwick Mills LLC"] == ("Ohio", "llc")


def test_no_form_where_none_is_stated() -> None:
    forms = _forms(
        "SUBSIDIARY GUARANTY AGREEMENT\n\nThis Subsidiary Guaranty Agreement, dated as of May 4, "
        '2018, is made by each of the subsidiaries of Corbel Holdings Corp. (the "Borrower"), '
        'listed on Schedule I hereto (each, a "Guarantor"), in favor of Tamsin Valley Bank, an '
        'Illinois state bank (the "Lender").\n\nRECITALS\n\nA. The Borrower and the Lender '
        'are parties to a Credit Agreement dated as of May 4, 2018 (the "Credit Agreement").\n'
        "\n1. Guaranty. Each Guarantor guarantees the Obligations.\n"
    )
    assert forms["Corbel Holdings Corp."] == (None, "corporation")
