"""The shapes round ten's second batch of blind passages (``tests/changes_round10``) showed
the change reader missing, each in passages of its own: two variants in different words and a
near miss.

- a definition named with the English clause that holds it ("the definition of "X" in Clause
  1.1 (Definitions) of the Agreement shall be deleted"): the definition changes, not the clause;
- quoted words as the subject of a bulleted item ("• the words "thirty (30)" in Section 11.2
  are replaced with ..."): the section changes in part, as after a number or a letter;
- a table whose lead-in names what stands beside each provision ("replacing the provisions
  listed below with the text shown against them:"), without the word "table";
- a provision "revoked", "rescinded" or "repealed": deleted, when it is the subject, never a
  notice or an election given under it.
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted
from tests.changes_round10.case import deed


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def _deed(body: str) -> str:
    return deed(body, "Senior Facilities Agreement", "20 July 2012", "14 November 2014")


def _lease(body: str) -> str:
    return amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        body,
        first="MILLBROOK PLAZA PARTNERS, L.P.",
        first_alias="Landlord",
        second="JUNIPER HOLLOW PEDIATRICS, P.A.",
        second_alias="Tenant",
        date="September 30, 2015",
        base_date="July 1, 2010",
    )


def test_a_definition_in_an_english_clause_changes_not_the_clause() -> None:
    assert _changes(
        _deed(
            '1. The definition of "Permitted Acquisition" in Clause 1.1 (Definitions) of the '
            "Agreement shall be deleted.\n"
        )
    ) == {("term:permitted acquisition", "delete", None)}
    assert _changes(
        _deed(
            '2.3 The definition of "Margin" in Clause 1.1 of the Agreement shall be amended by '
            'replacing "3.25 per cent." with "2.90 per cent.".\n'
        )
    ) == {("term:margin", "amend", "2.90 per cent.")}


def test_the_clause_of_the_definitions_itself_still_changes() -> None:
    assert _changes(
        _deed(
            "1. Clause 1.1 (Definitions) of the Agreement shall be amended by inserting the "
            'words "or any Affiliate" after the words "the Company".\n'
        )
    ) == {("section:1.1", "amend", "or any Affiliate")}


def test_quoted_words_in_a_bulleted_item_change_their_section_in_part() -> None:
    assert _changes(
        _lease(
            "1. The Lease is amended as follows:\n\n"
            '• the words "five (5) days" in Section 7.1 are replaced with "ten (10) days"; and\n\n'
            '• the figure "$4,000.00" in Section 4.3 is replaced with "$4,500.00".\n'
        )
    ) == {
        ("section:7.1", "amend", "ten (10) days"),
        ("section:4.3", "amend", "$4,500.00"),
    }
    assert _changes(
        _lease(
            "1. The Lease is amended as follows:\n\n"
            '- the date "June 30, 2016" in Section 2.2 is replaced with "June 30, 2021".\n'
        )
    ) == {("section:2.2", "amend", "June 30, 2021")}


def test_a_bulleted_section_replaced_whole_is_replaced() -> None:
    assert _changes(
        _lease(
            "1. The Lease is amended as follows:\n\n"
            '• Section 7.1 is replaced with the following: "Tenant shall pay Rent monthly."\n'
        )
    ) == {("section:7.1", "replace", "Tenant shall pay Rent monthly.")}


def test_a_table_of_text_shown_against_each_provision() -> None:
    text = _lease(
        "1. The Lease is amended by replacing the provisions listed below with the text set out "
        "against each:\n\n"
        "| Section       | Amended text                 |\n"
        "|---------------|------------------------------|\n"
        "| 3.1 (Term)    | ten (10) years               |\n"
        "| 9.4 (Signage) | one monument sign            |\n"
    )
    assert _changes(text) == {
        ("section:3.1", "amend", "ten (10) years"),
        ("section:9.4", "amend", "one monument sign"),
    }


def test_amounts_set_out_opposite_names_are_no_table_of_changes() -> None:
    text = _lease(
        "1. Guarantors. The obligations of Tenant, as amended from time to time, are guaranteed "
        "in the amounts set out opposite each Guarantor's name below:\n\n"
        "Section    New Guarantor\n"
        "4.1        Juniper Hollow Holdings, LLC\n"
    )
    assert not _changes(text)


def test_a_provision_revoked_rescinded_or_repealed_is_deleted() -> None:
    assert _changes(
        _lease(
            "1. Section 9.5 of the Lease is hereby revoked.\n\n"
            "2. Right of First Offer. Section 31 of the Lease is hereby rescinded in its "
            "entirety.\n"
        )
    ) == {("section:9.5", "delete", None), ("section:31", "delete", None)}
    assert _changes(_deed("1. Clause 23.7 of the Agreement shall be repealed.\n")) == {
        ("section:23.7", "delete", None)
    }


def test_a_notice_given_under_a_provision_rescinded_is_no_change() -> None:
    assert not _changes(
        _lease(
            "1. The notice of termination delivered by Tenant under Section 3.2 of the Lease "
            "is hereby rescinded.\n\n"
            "2. Tenant's election pursuant to Section 4.4 of the Lease is hereby revoked.\n"
        )
    )
