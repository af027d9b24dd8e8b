"""The shapes round seven's blind passages (``tests/changes_round7``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a covenant "not to agree to amend" a section ("The Borrower shall not agree to amend Section
  6 of the Subordination Agreement"), or to agree to amend it later ("Neither party shall
  agree to amend ..."): the active operative phrase hedged or promised, no change;
- a quoted new wording closed by its item's joiner ('... hereto."; and' then "(iii)"): the
  wording ends at its closing quote;
- a table of changes whose heading names the agreement ("Provision of Lease") and whose rows
  give each provision's heading ("Section 3.1 (Base Rent)"), the heading filling its column;
- and from the second batch: a second operation joined by ", and that" in a letter, or a new
  part joined by ", and a new Schedule 2.4 ... is hereby added" (each a change of its own);
  a new part "in the form attached hereto as Annex 1" (the part, not the annex that holds its
  wording); an effective date the amendment defines for itself ('For purposes of this
  Amendment, "Effective Date" means March 1, 2010'); quoted old words wrapped to the next line
  ('changing the date "March 31,\n2007" to "April 30, 2007"');
- and from the third batch: a numbered paragraph named with its heading as what is deleted
  ("deleting Paragraph 2 (Term) in its entirety and substituting ..."); a warrant known by its
  one-word title and its date ("that certain Warrant dated as of ...", the instrument an
  "Amendment to Warrant" changes); an amendment "effective retroactively as of" a date.
"""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, predicted
from tests.passages import extract_text


def _lease(body: str) -> str:
    return amendment(
        "Second Amendment to Office Lease",
        "Office Lease",
        "Lease",
        body,
        first="RIVERCREST TOWER OWNER LLC",
        first_alias="Landlord",
        second="MOSSGROVE GENOMICS, INC.",
        second_alias="Tenant",
        date="April 4, 2012",
        base_date="June 30, 2007",
    )


def _distribution(body: str) -> str:
    return amendment(
        "Amendment No. 3 to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        body,
        first="THORNBURY AUDIO PRODUCTS, INC.",
        first_alias="Supplier",
        second="KESSLER ELECTRONICS GMBH",
        second_alias="Distributor",
        date="January 20, 2015",
        base_date="October 1, 2011",
    )


@pytest.mark.parametrize(
    "covenant",
    [
        "The Supplier shall not agree to amend Section 6 of the Supply Agreement with any "
        "third party without the Distributor's prior written consent.",
        "The Distributor will not hereafter agree to amend Article 4 of its Sub-Distribution "
        "Agreement in any manner adverse to the Supplier.",
        "Neither party shall agree to amend Section 6 of the Supply Agreement without the "
        "consent of the other.",
        "The Supplier will promptly agree to amend Section 3 of its Logistics Agreement if "
        "the Distributor so requests.",
    ],
)
def test_a_covenant_not_to_agree_to_amend_changes_nothing(covenant: str) -> None:
    text = _distribution(
        '1. Section 2.1 of the Distribution Agreement is amended by deleting "Canada" and '
        f'inserting "Canada and Mexico" in lieu thereof.\n\n2. Covenant. {covenant}\n'
    )
    assert predicted(text).keys() == {("section:2.1", "amend", "Canada and Mexico")}


@pytest.mark.parametrize(
    "agree", ["The parties hereby agree", "The Supplier and the Distributor agree"]
)
def test_the_parties_agreeing_to_amend_a_section_still_change_it(agree: str) -> None:
    text = _distribution(
        f"1. {agree} to amend Section 9.2 of the Distribution Agreement to "
        'read as follows: "9.2 Term. This Agreement shall expire on December 31, 2019."\n'
    )
    assert predicted(text).keys() == {
        ("section:9.2", "replace", "9.2 Term. This Agreement shall expire on December 31, 2019.")
    }


_NOTICE = "6.4 Notices. Notices shall be given by courier to the addresses on the cover page."
_TERRITORY = "Exhibit A lists the Territory."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f'(i) Section 6.4 is hereby amended to read as follows:\n\n"{_NOTICE}"; and', "(ii)"),
        (f'(a) Section 6.4 is deleted and replaced with the following:\n\n"{_NOTICE}"; or', "(b)"),
    ],
)
def test_a_quoted_wording_closed_by_its_items_joiner(first: str, second: str) -> None:
    text = _distribution(
        "1. The Distribution Agreement is amended as follows:\n\n"
        f"{first}\n\n{second} Section 8.3 of the Distribution Agreement is hereby deleted.\n"
    )
    assert predicted(text).keys() == {
        ("section:6.4", "replace", _NOTICE),
        ("section:8.3", "delete", None),
    }


def test_a_quoted_wording_followed_by_words_of_its_paragraph_is_not_cut_at_the_quote() -> None:
    text = _distribution(
        "1. Section 6.4 of the Distribution Agreement is amended to read as follows:\n\n"
        f'"{_NOTICE}" {_TERRITORY}\n'
    )
    got = predicted(text)
    assert [k[:2] for k in got] == [("section:6.4", "replace")]
    assert all(k[2] != _NOTICE for k in got)


@pytest.mark.parametrize(
    "table",
    [
        "Provision of Lease             Current                        As Amended\n"
        "Section 5.1 (Monthly Rent)     $18,000                        $19,250\n"
        "Section 2.3 (Term)             sixty (60) months              eighty-four (84) months\n",
        "Section of the Lease    Existing Text    New Text\n"
        "5.1 (Monthly Rent) $18,000       $19,250\n"
        "2.3 (Term) sixty (60) months     eighty-four (84) months\n",
    ],
)
def test_a_table_of_changes_naming_the_lease_and_the_headings(table: str) -> None:
    text = _lease(
        f"1. The Lease is hereby amended as shown in the following table:\n\n{table}\n"
        "2. Brokers. Tenant represents that it dealt with no broker.\n"
    )
    assert predicted(text).keys() == {
        ("section:5.1", "amend", "$19,250"),
        ("section:2.3", "amend", "eighty-four (84) months"),
    }


def test_a_table_without_a_column_of_new_words_changes_nothing() -> None:
    text = _lease(
        "1. Rent. The Monthly Rent is payable as shown in the following table:\n\n"
        "Provision of Lease             Period                         Monthly Rent\n"
        "Section 5.1 (Monthly Rent)     Months 1-12                    $18,000\n"
    )
    assert predicted(text) == {}


def _letter(body: str) -> str:
    return (
        "ORCHARD LANE HOLDINGS, INC.\n\nMarch 3, 2014\n\nMs. Renata Solberg\n\n"
        "Re: Amendment to Consulting Agreement\n\nDear Ms. Solberg:\n\n"
        "Reference is made to the Consulting Agreement dated May 1, 2012 between Orchard Lane "
        'Holdings, Inc. (the "Company") and you (the "Consulting Agreement"). This letter '
        '(this "Amendment") sets forth our agreement to amend the Consulting Agreement.\n\n'
        f"{body}\n\nVery truly yours,\n\nORCHARD LANE HOLDINGS, INC.\n\n"
        "By: /s/ Peter Q. Almeida\nName: Peter Q. Almeida\nTitle: President\n\n"
        "ACCEPTED AND AGREED:\n\n/s/ Renata Solberg\nRenata Solberg\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "We agree that the term set forth in Section 1.2 of the Consulting Agreement shall be "
        "extended to December 31, 2015, and that Section 3.1 of the Consulting Agreement shall "
        'be amended by deleting "$9,000" and inserting "$9,800" in lieu thereof.',
        "The Company and you agree that Section 1.2 of the Consulting Agreement is hereby "
        "extended to December 31, 2015, and that Section 3.1 of the Consulting Agreement is "
        'hereby amended by deleting "$9,000" and inserting "$9,800" in lieu thereof.',
    ],
)
def test_a_second_operation_joined_by_and_that(body: str) -> None:
    assert {k[:2] for k in predicted(_letter(body))} == {
        ("section:1.2", "amend"),
        ("section:3.1", "amend"),
    }
    assert ("section:3.1", "amend", "$9,800") in predicted(_letter(body))


def test_and_that_joining_no_operation_ends_nothing() -> None:
    body = (
        "We agree that Section 3.1 of the Consulting Agreement shall be amended by deleting "
        '"$9,000" and inserting "$9,800" in lieu thereof, and that the Company shall deliver '
        "Schedule 2 as amended to you promptly."
    )
    assert predicted(_letter(body)).keys() == {("section:3.1", "amend", "$9,800")}


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        (
            "Exhibit C to the Distribution Agreement is hereby deleted, and a new Schedule 2.4 "
            "in the form attached hereto as Annex 1 is hereby added to the Distribution "
            "Agreement.",
            "section:schedule2.4",
        ),
        (
            "Schedule 5 to the Distribution Agreement is hereby deleted in its entirety, and a "
            "new Exhibit F in the form annexed hereto as Appendix A is hereby inserted in the "
            "Distribution Agreement.",
            "section:exhibitf",
        ),
    ],
)
def test_a_part_deleted_and_a_new_one_added_in_the_form_attached_as_an_annex(
    sentence: str, added: str
) -> None:
    got = {k[:2] for k in predicted(_distribution(f"1. {sentence}\n"))}
    deleted = "section:exhibitc" if "Exhibit C" in sentence else "section:schedule5"
    assert got == {(deleted, "delete"), (added, "add")}


def test_an_annex_attached_and_added_by_its_own_name_is_the_part_added() -> None:
    text = _distribution(
        "1. Annex 1 attached hereto is hereby added to the Distribution Agreement as Annex 1 "
        "thereto.\n"
    )
    assert {k[:2] for k in predicted(text)} == {("section:annex1", "add")}


@pytest.mark.parametrize(
    "definition",
    [
        'For purposes of this Amendment, "Effective Date" means March 1, 2010.',
        'As used in this Amendment, the term "Rent Effective Date" shall mean March 1, 2010.',
    ],
)
def test_an_effective_date_the_amendment_defines_for_itself(definition: str) -> None:
    text = _lease(
        f"1. Definitions. {definition}\n\n2. Rent. Section 5.1 of the Lease is hereby amended "
        'by deleting "$18,000" and inserting "$19,250" in lieu thereof.\n'
    )
    assert list(predicted(text).values()) == [("Office Lease", "2010-03-01")]


def test_an_effective_date_the_agreement_amended_defines_is_not_the_amendments() -> None:
    text = _lease(
        '1. Section 1.1 of the Lease is hereby amended to read as follows: "For purposes of '
        'the Lease, "Effective Date" means March 1, 2010."\n'
    )
    assert [v[1] for v in predicted(text).values()] == ["2012-04-04"]


@pytest.mark.parametrize(
    ("old", "new"),
    [('the date "March 31,\n2007"', "April 30, 2007"), ('"ninety (90)\ndays"', "sixty (60) days")],
)
def test_quoted_old_words_wrapped_to_the_next_line(old: str, new: str) -> None:
    text = _distribution(
        "1. Section 2.3(a) of the Distribution Agreement is hereby amended by changing "
        f'{old} to "{new}".\n'
    )
    assert predicted(text).keys() == {("section:2.3(a)", "amend", new)}


def test_quoted_old_words_wrapped_and_no_new_words_quoted() -> None:
    text = _distribution(
        "1. Section 2.3(a) of the Distribution Agreement is hereby amended by deleting the "
        'date "March\n31, 2007" appearing in the first sentence thereof.\n'
    )
    assert predicted(text).keys() == {("section:2.3(a)", "amend", None)}


def _employment(body: str) -> str:
    return amendment(
        "Third Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        body,
        first="SABLE RIVER OUTFITTERS, INC.",
        second="JONAS T. VILLANUEVA",
        second_alias="Employee",
        date="May 2, 2016",
        base_date="July 1, 2013",
    )


_TERM = "2. Term. The term of employment shall end on June 30, 2018."


@pytest.mark.parametrize(
    "lead",
    [
        "The Employment Agreement is hereby amended by deleting Paragraph 2 (Term) in its "
        "entirety and substituting the following in lieu thereof:",
        "The parties hereby amend the Employment Agreement by striking paragraph 2 in its "
        "entirety and inserting the following in place thereof:",
    ],
)
def test_a_numbered_paragraph_deleted_in_its_entirety_and_replaced(lead: str) -> None:
    text = _employment(f'1. {lead}\n\n"{_TERM}"\n')
    assert predicted(text).keys() == {("section:2", "replace", _TERM)}


def test_a_paragraph_mentioned_with_its_heading_on_the_way_changes_nothing() -> None:
    text = _employment(
        '1. Section 4 of the Employment Agreement is hereby amended by deleting "thirty" and '
        'inserting "sixty" in lieu thereof, subject to paragraph 9 (Confidentiality) of the '
        "Employment Agreement.\n"
    )
    assert predicted(text).keys() == {("section:4", "amend", "sixty")}


def _warrant(title: str, reference: str, body: str) -> str:
    return (
        f"{title.upper()}\n\n"
        f'This {title} (this "Amendment") is made as of April 2, 2012 by and between GANNET '
        'BAY MINERALS, INC., a Nevada corporation (the "Company"), and OSPREY CROSSING FUND, '
        'L.P. (the "Holder").\n\n'
        f'WHEREAS, the Company issued to the Holder {reference} (the "Warrant").\n\n'
        f"NOW, THEREFORE, the parties agree as follows:\n\n{body}\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
        "GANNET BAY MINERALS, INC.\n\nBy: /s/ Lydia F. Norcross\nName: Lydia F. Norcross\n"
        "Title: Chief Executive Officer\n"
    )


_PRICE = (
    '1. Section 2(a) of the Warrant is hereby amended by deleting "$0.90" and inserting "$0.55".'
)


@pytest.mark.parametrize(
    ("title", "reference"),
    [
        ("Amendment to Warrant", "that certain Warrant dated as of March 15, 2010"),
        ("Amendment No. 1 to Warrant", "a Warrant, dated June 1, 2009, to purchase shares"),
    ],
)
def test_a_warrant_known_by_its_one_word_title_and_its_date(title: str, reference: str) -> None:
    assert predicted(_warrant(title, reference, _PRICE)).keys() == {
        ("section:2(a)", "amend", "$0.55")
    }


@pytest.mark.parametrize(
    "reference", ["any Warrant dated after the date hereof", "a Warrant, dated the date hereof,"]
)
def test_a_warrant_dated_no_day_names_no_warrant(reference: str) -> None:
    x = extract_text(_warrant("Amendment to Warrant", reference, _PRICE))
    assert not [e for e in x.entities if e.props.get("kind") == "warrant"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The amendment set forth in Section 1 shall be effective retroactively as of January 1, "
        "2012.",
        "This Amendment shall be deemed effective retroactive as of January 1, 2012.",
    ],
)
def test_an_amendment_effective_retroactively(sentence: str) -> None:
    text = _distribution(
        '1. Section 2.1 of the Distribution Agreement is amended by deleting "Canada" and '
        f'inserting "Canada and Mexico" in lieu thereof.\n\n2. Effective Date. {sentence}\n'
    )
    assert list(predicted(text).values()) == [("Distribution Agreement", "2012-01-01")]


def test_a_price_effective_retroactively_is_not_the_amendments_date() -> None:
    text = _distribution(
        '1. Section 2.1 of the Distribution Agreement is amended by deleting "Canada" and '
        'inserting "Canada and Mexico" in lieu thereof.\n\n2. Pricing. Any price reduction '
        "under Section 4 shall be effective retroactively as of January 1, 2012.\n"
    )
    assert list(predicted(text).values()) == [("Distribution Agreement", "2015-01-20")]
