"""A purchase agreement's list of exhibits saying where each is filed ("Exhibit C – Form of
Registration Rights Agreement (filed as Exhibit 10.4 to this Current Report on Form 8-K)"): the
parenthesis is no part of the exhibit's title, so the exhibit is the agreement the text names."""

from __future__ import annotations

from ingest.agreements.titles import strip_form_of


def test_where_an_exhibit_is_filed_is_no_part_of_its_title() -> None:
    assert (
        strip_form_of(
            "Form of Registration Rights Agreement (filed as Exhibit 10.4 to this Current "
            "Report on Form 8-K)"
        )
        == "Registration Rights Agreement"
    )
    assert (
        strip_form_of("Form of Warrant (incorporated by reference to Exhibit 4.2 hereto)")
        == "Warrant"
    )


def test_a_title_s_own_parenthesis_stays() -> None:
    assert strip_form_of("Security Agreement (Patents)") == "Security Agreement (Patents)"
