"""A defined term in single quotes right after a "hereinafter" cue, with no parenthesis around
it, as English and Indian drafting writes the list of parties ("Hollis & Crane Ltd,
hereinafter referred to as 'the Company', and ..."): the term is the party's, as it is in
double quotes or in a parenthesis (ingest.single_quotes); a "the" typed inside the quotes
stays in the alias, as it does in double quotes."""

from __future__ import annotations

from ingest.single_quotes import with_double_quotes
from tests.passages import own_parties


def test_a_single_quoted_term_after_hereinafter_referred_to_as_names_the_party() -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        "This Agreement is made on 2 June 2008 between Hollis & Crane Ltd, with an address at "
        "3 Market Street, Leeds, hereinafter referred to as 'the Company', and Greenway "
        "Logistics plc, hereinafter referred to as 'the Contractor'.\n\n"
        "1. Services. The Contractor shall carry the Company's goods.\n"
    )
    assert own_parties(text) == {
        "Hollis & Crane Ltd": ("the Company",),
        "Greenway Logistics plc": ("the Contractor",),
    }


def test_curly_single_quotes_after_hereinafter_called_of_the_part() -> None:
    text = (
        "LICENCE AGREEMENT\n\n"
        "THIS AGREEMENT is made on 5 March 2009 BETWEEN Kestrel Pharma Private Limited, a "
        "company incorporated under the Companies Act, 1956, hereinafter called "
        "\u2018Kestrel\u2019 of the ONE PART AND Vaidya Life Sciences LLP, hereinafter "
        "\u2018the Licensee\u2019 of the OTHER PART.\n\n"
        "1. Grant. Kestrel grants the Licensee a licence.\n"
    )
    parties = own_parties(text)
    assert parties["Kestrel Pharma Private Limited"] == ("Kestrel",)
    assert parties["Vaidya Life Sciences LLP"] == ("the Licensee",)


def test_an_apostrophe_after_a_hereinafter_cue_stays_an_apostrophe() -> None:
    text = (
        "The goods, hereinafter referred to as the Company's 'Products', shall be held at the "
        "Contractor's premises."
    )
    assert with_double_quotes(text) == text
    possessive = "Arden Mills, Inc., hereinafter called 'Arden's Supplier' in this schedule"
    assert with_double_quotes(possessive) == possessive
