"""A preamble class of a named party's subsidiaries ("those subsidiaries of the Company set
forth on Exhibit A hereto (the "Subsidiary Borrowers")"): the company they belong to is none of
them, so where a recital names the class among the parties to an earlier agreement ("the
Company, the Subsidiary Borrowers, certain of the Banks and the Agent are parties to a Credit
Agreement dated ..."), no second party named after the owner's defined term ("Company") is made
for it and splits the company. A class with no
owner before its members' names ("the subsidiaries listed below") is left to the readers of
the class. Passages written for these tests, in the shape of co-borrower and guarantor
preambles.
"""

from __future__ import annotations

from tests.passages import entity_names, extract_text

TEMPLATE = """CREDIT AGREEMENT

This Agreement, dated June 9, 1998 between and among {company}, an Ohio corporation (herein
called the "{term}"), {members}, the banking institutions named on the signature pages hereto
(herein called collectively the "BANKS") and PELHAM TRUST BANK, N.A., as agent for the Banks
(herein called the "AGENT").

WHEREAS, the {term_title}, the {class_title}, certain of the Banks and the Agent are parties to
a Credit Agreement dated May 2, 1995, as amended (the "1995 CREDIT").

NOW, THEREFORE, the parties hereto agree as follows:

1. DEFINITIONS

"AGENT" shall mean Pelham Trust Bank, N.A.

2. THE LOANS

2.1 Each Bank severally agrees to make loans to the {term_title} and the {class_title} in an
aggregate amount not to exceed $150,000,000.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the date first above written.

{company}

By:/s/Leon W. Ash
Leon W. Ash
Treasurer

PELHAM TRUST BANK, N.A., for itself and as Agent

By:/s/Irma C. Vale
Irma C. Vale
Vice President
"""


def _parties(**fields: str) -> set[str]:
    x = extract_text(TEMPLATE.format(**fields))
    names = entity_names(x)
    return {names[e.ref] for e in x.entities if e.label == "Party"}


def test_the_owner_of_a_subsidiary_class_is_no_party_of_its_own() -> None:
    parties = _parties(
        company="HARTWELL SUPPLY CORPORATION",
        term="COMPANY",
        term_title="Company",
        members=(
            "those subsidiaries of the Company set forth on Exhibit A hereto (the\n"
            '"SUBSIDIARY BORROWERS")'
        ),
        class_title="Subsidiary Borrowers",
    )
    assert not {p for p in parties if p.lower() in ("company", "the company")}
    assert any(p.lower() == "hartwell supply corporation" for p in parties)


def test_a_second_wording_each_of_the_subsidiaries_listed_on_a_schedule() -> None:
    parties = _parties(
        company="MARLOW FOODS CORPORATION",
        term="COMPANY",
        term_title="Company",
        members=(
            "each of the subsidiaries of the Company listed on Schedule 1 hereto (collectively,\n"
            'the "GUARANTORS")'
        ),
        class_title="Guarantors",
    )
    assert not {p for p in parties if p.lower() in ("company", "the company")}


def test_near_miss_a_named_subsidiary_is_still_a_party() -> None:
    """A subsidiary named in the list is a party, its parent named beside it too."""
    parties = _parties(
        company="HARTWELL SUPPLY CORPORATION",
        term="COMPANY",
        term_title="Company",
        members=(
            "HARTWELL SUPPLY LIMITED, a subsidiary of the Company organized in England (the\n"
            '"SUBSIDIARY BORROWER")'
        ),
        class_title="Subsidiary Borrower",
    )
    assert any(p.lower() == "hartwell supply limited" for p in parties)


def test_near_miss_a_singular_term_names_the_owner_itself() -> None:
    """'made by each of the subsidiaries of Tarrow Mills Inc., a Maine corporation (the
    "Borrower"), listed on Schedule I': the singular term is the owner's own, a party to the
    loan agreement the recital names."""
    text = """SUBSIDIARY GUARANTY

This Subsidiary Guaranty, dated as of May 1, 2020, is made by each of the subsidiaries of
Tarrow Mills Inc., a Maine corporation (the "Borrower"), listed on Schedule I hereto (each a
"Guarantor"), in favor of Colby Savings Bank (the "Lender").

A. The Borrower and the Lender are parties to a Loan Agreement dated as of May 1, 2020 (the
"Loan Agreement").

IN WITNESS WHEREOF, each Guarantor has executed this Guaranty as of the date above.
"""
    x = extract_text(text)
    names = entity_names(x)
    assert ("Tarrow Mills Inc.", "Loan Agreement") in {
        (names[r.source], names[r.target]) for r in x.relations if r.type == "PARTY_TO"
    }
