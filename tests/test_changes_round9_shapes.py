"""The shapes round nine's blind passages (``tests/changes_round9``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a provision "shall be deemed amended" (or "deemed to have been amended") by words that say
  how: the same change as "is amended", said to be assumed;
- the value a provision holds stated anew without a verb of amending ("The Purchase Price in
  Exhibit A to the Agreement shall be $12.50 per unit", "the Royalty Rate set forth in Section
  4.2 shall hereafter be 6.5%"), and a section "amended to provide that" a term "shall be" a
  value: the value is the new wording;
- and from the second batch: a clause "struck ... in its entirety" and substituted ("by
  striking clause (b) thereof in its entirety and substituting the following therefor:"), that
  clause replaced, not its section; an attachment "superseded ... by" its attached namesake,
  replaced; a date after a condition opening the sentence ("Subject to ... Section 3 below,
  effective as of January 1, 2016, Section 5 ... is amended"), the date the change takes
  effect on; a colon inside a few quoted words ('deleting "Attention: Controller"'), which ends
  no clause; the items under each agreement's own lead-in ("2. The Pledge Agreement is amended
  as follows:"), which change that agreement; a term "accordingly changed to" a value after
  another change of the same sentence, a change of its own;
- and from the third batch: an amount before its own date ("increased to $275,000, effective
  as of ..."), without the comma; quoted words that "shall be deemed to read" (or "shall read")
  new ones; a section amended "effective as of <date> so that" a term "is" a value, with both
  the value and the date; a second value set in one sentence with the provision that holds it
  (", and the Escrow Amount set forth in Section 2.4 ... is hereby reduced to $750,000").
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted


def _licence(body: str) -> str:
    return amendment(
        "Amendment No. 3 to License Agreement",
        "License Agreement",
        "License Agreement",
        body,
        first="MARLOWE BIOSCIENCES, INC.",
        first_alias="Licensor",
        second="TIDEWATER GENERICS LLC",
        second_alias="Licensee",
        date="October 2, 2017",
        base_date="January 15, 2014",
    )


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def test_a_provision_deemed_amended_is_amended() -> None:
    assert _changes(
        _licence(
            "1. Section 6.3 of the License Agreement shall be deemed amended by replacing "
            '"Canada" with "Canada and Mexico".\n'
        )
    ) == {("section:6.3", "amend", "Canada and Mexico")}
    assert _changes(
        _licence(
            "1. Effective as of the date hereof, Section 11.2(b) of the License Agreement is "
            'deemed to have been amended by deleting the words "in its sole discretion".\n'
        )
    ) == {("section:11.2(b)", "amend", None)}


def test_deemed_a_reference_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Royalties. Licensee shall pay the royalties accrued through the date hereof "
            "within thirty (30) days.\n\n"
            "2. References. Each reference in the License Agreement to Section 6.3 shall be "
            "deemed a reference to Section 6.3 as in effect on the date of the License "
            "Agreement.\n"
        )
    )


def test_a_value_stated_anew_for_the_provision_that_holds_it() -> None:
    assert _changes(
        _licence(
            "1. Royalty. The Royalty Rate set forth in Section 4.2 of the License Agreement "
            "shall hereafter be 6.5% of Net Sales.\n\n"
            "2. Fees. The annual maintenance fee in Schedule B to the License Agreement shall "
            "be $40,000 for each Contract Year beginning after the date of this Amendment.\n"
        )
    ) == {("section:4.2", "amend", "6.5%"), ("section:scheduleb", "amend", "$40,000")}
    assert _changes(
        _licence(
            "1. Section 7 of the License Agreement is hereby amended to provide that the "
            "Milestone Payment shall be $2,500,000 per Product.\n"
        )
    ) == {("section:7", "amend", "$2,500,000")}


def test_a_value_of_this_amendment_or_not_stated_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Amendment Fee. The amendment fee payable under Section 4 hereof shall be "
            "$25,000.\n\n"
            "2. Royalties. The royalties payable under Section 4.2 of the License Agreement "
            "shall be payable quarterly in arrears, as before.\n"
        )
    )


def test_a_value_of_a_term_with_no_provision_named_is_left_alone() -> None:
    assert not _changes(
        _licence("1. Royalties. Commencing July 1, 2018, the Annual Fee shall be $60,000.\n")
    )


def test_a_clause_struck_and_substituted_is_that_clause_replaced() -> None:
    assert _changes(
        _licence(
            "1. Section 3.4 of the License Agreement is hereby amended by striking clause (c) "
            "thereof in its entirety and substituting the following therefor:\n\n"
            '"(c) Licensee shall report Net Sales within thirty (30) days after each '
            'quarter."\n'
        )
    ) == {
        (
            "section:3.4(c)",
            "replace",
            "(c) Licensee shall report Net Sales within thirty (30) days after each quarter.",
        )
    }
    assert ("section:9(a)", "replace", None) in {
        (p, a, None)
        for p, a, _ in _changes(
            _licence(
                "1. Paragraph 9 of the License Agreement is amended by striking subparagraph "
                '(a) in its entirety and substituting therefor the following: "(a) This '
                'Agreement shall be governed by the laws of New York."\n'
            )
        )
    }


def test_an_attachment_superseded_by_its_namesake_is_replaced() -> None:
    assert _changes(
        _licence("1. Schedule 2 to the License Agreement is superseded by Schedule 2 hereto.\n")
    ) == {("section:schedule2", "replace", None)}
    assert _changes(
        _licence(
            "1. Exhibit D (Royalty Report) to the License Agreement is hereby superseded in "
            "its entirety by Exhibit D attached to this Amendment.\n"
        )
    ) == {("section:exhibitd", "replace", None)}


def test_a_superseded_agreement_of_the_past_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Acknowledgment. The parties acknowledge that the Letter Agreement dated "
            "March 3, 2013 was superseded by the License Agreement.\n"
        )
    )


def _effective(text: str) -> set[str]:
    return {date for _, date in predicted(text).values()}


def test_a_condition_then_the_date_opens_the_sentence_of_a_change() -> None:
    assert _effective(
        _licence(
            "1. Subject to the satisfaction of the conditions set forth in Section 4 below, "
            "effective as of April 1, 2018, Section 6.1 of the License Agreement is amended by "
            'replacing "4%" with "5%".\n'
        )
    ) == {"2018-04-01"}
    assert _effective(
        _licence(
            "1. Upon Licensee's payment of the Extension Fee, with effect from July 1, 2018, "
            'Section 12.1 of the License Agreement is amended by replacing "2020" with '
            '"2023".\n'
        )
    ) == {"2018-07-01"}


def test_a_condition_without_a_date_leaves_the_amendments_date() -> None:
    assert _effective(
        _licence(
            "1. Subject to Section 4 below, Section 6.1 of the License Agreement is amended by "
            'replacing "4%" with "5%", effective as to sales after the date hereof.\n'
        )
    ) == {"2017-10-02"}


def test_a_colon_inside_quoted_words_ends_no_clause() -> None:
    assert _changes(
        _licence(
            '1. Section 14 of the License Agreement is amended by deleting "Attention: Legal '
            'Department" and inserting "Attention: Chief Legal Officer" in its place.\n'
        )
    ) == {("section:14", "amend", "Attention: Chief Legal Officer")}
    assert _changes(
        _licence(
            '1. Schedule C to the License Agreement is amended by replacing "Fax: (617) '
            '555-0142" with "Email: notices@marlowebio.com".\n'
        )
    ) == {("section:schedulec", "amend", "Email: notices@marlowebio.com")}


def test_a_lead_in_colon_before_quoted_words_still_ends_its_clause() -> None:
    assert _changes(
        _licence(
            "1. Section 14 of the License Agreement is amended to read as follows:\n\n"
            '"14. Notices. Notices shall be sent to: Licensor, Attention: General Counsel."\n'
        )
    ) == {
        (
            "section:14",
            "replace",
            "14. Notices. Notices shall be sent to: Licensor, Attention: General Counsel.",
        )
    }


def _two(body: str) -> str:
    return amendment(
        "Omnibus Amendment",
        "Security Agreement",
        "Security Agreement",
        body.replace("[GUARANTY]", "Guaranty"),
        first="PEMBERTON TEXTILE MILLS, INC.",
        first_alias="Company",
        second="FIRST LOWELL BANK",
        second_alias="Bank",
        date="June 6, 2014",
        base_date="June 1, 2011",
    ).replace(
        'dated as of June 1, 2011 (the "Security Agreement").',
        'dated as of June 1, 2011 (the "Security Agreement") and that certain Guaranty dated '
        'as of June 1, 2011 (the "Guaranty").',
    )


def _landing(text: str) -> dict[str, str]:
    return {p: title for (p, _, _), (title, _) in predicted(text).items()}


def test_each_agreement_named_by_its_lead_in_gets_the_items_below() -> None:
    landing = _landing(
        _two(
            "1. The Security Agreement is hereby amended as follows:\n\n"
            '(a) Section 4.2 is amended by replacing "$50,000" with "$100,000".\n\n'
            "2. The Guaranty is hereby amended as follows:\n\n"
            '(a) Section 9 is amended by replacing "Massachusetts" with "New York".\n'
        )
    )
    assert "Security" in landing["section:4.2"] and "Guaranty" in landing["section:9"]
    landing = _landing(
        _two(
            "(A) The Guaranty is amended in the following respects:\n\n"
            "(i) Section 3 is deleted in its entirety.\n\n"
            "(B) The Security Agreement is amended in the following respects:\n\n"
            '(i) Section 6.1 is amended by replacing "thirty (30)" with "sixty (60)".\n'
        )
    )
    assert "Guaranty" in landing["section:3"] and "Security" in landing["section:6.1"]


def test_a_term_changed_accordingly_is_a_change_of_its_own() -> None:
    assert _changes(
        _licence(
            "1. The Royalty Term is hereby extended by three (3) years, and the Expiration "
            "Date is accordingly changed to March 31, 2031.\n"
        )
    ) == {
        ("term:royalty term", "amend", None),
        ("term:expiration date", "amend", "March 31, 2031"),
    }
    assert ("term:minimum royalty amount", "amend", "$150,000") in _changes(
        _licence(
            "1. Section 5.1 of the License Agreement is amended by replacing "
            '"two (2)" with "three (3)", and the Minimum Royalty Amount is correspondingly '
            "increased to $150,000.\n"
        )
    )


def test_a_term_stated_after_and_without_a_new_value_is_no_change() -> None:
    assert _changes(
        _licence(
            '1. Section 5.1 of the License Agreement is amended by replacing "two (2)" with '
            '"three (3)", and the Minimum Royalty is payable as before.\n'
        )
    ) == {("section:5.1", "amend", "three (3)")}


def test_an_amount_before_its_own_date_ends_before_the_comma() -> None:
    assert _changes(
        _licence(
            "1. The annual license fee under Section 4.1 of the License Agreement is hereby "
            "increased to $80,000, effective as of January 1, 2018.\n"
        )
    ) == {("section:4.1", "amend", "$80,000")}


def test_quoted_words_deemed_to_read_new_ones() -> None:
    assert _changes(
        _licence(
            'The parties agree that the date "June 30, 2018" in Section 8.1 of the License '
            'Agreement shall be deemed to read "December 31, 2018".\n'
        )
    ) == {("section:8.1", "amend", "December 31, 2018")}
    assert _changes(
        _licence(
            '1. The words "thirty (30) days" in Section 12.3(a) of the License Agreement shall '
            'read "sixty (60) days".\n'
        )
    ) == {("section:12.3(a)", "amend", "sixty (60) days")}


def test_a_quoted_wording_that_reads_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Notice. Licensee shall deliver the notice under Section 8.1 of the License "
            'Agreement, which shall read "Notice of Extension", within ten days.\n'
        )
    )


def test_amended_so_that_a_term_is_a_value_on_a_date() -> None:
    text = _licence(
        "1. Section 5.2 (Minimum Royalties) of the License Agreement shall be amended "
        "effective as of July 1, 2018 so that the Minimum Royalty for each Contract Year is "
        "$90,000.\n"
    )
    assert _changes(text) == {("section:5.2", "amend", "$90,000")}
    assert _effective(text) == {"2018-07-01"}
    text = _licence(
        "1. Section 6 of the License Agreement is hereby amended, effective on March 1, 2018, "
        "to provide that the Royalty Rate is 4.5% of Net Sales.\n"
    )
    assert _changes(text) == {("section:6", "amend", "4.5%")}
    assert _effective(text) == {"2018-03-01"}


def test_an_amended_reference_with_its_date_is_not_the_changes_date() -> None:
    assert _effective(
        _licence(
            "1. Section 6 of the License Agreement (as amended effective as of March 1, 2016 by "
            'Amendment No. 1) is hereby amended by replacing "4%" with "5%".\n'
        )
    ) == {"2017-10-02"}


def test_two_values_set_in_one_sentence_each_on_its_section() -> None:
    assert _changes(
        _licence(
            "1. The Royalty Rate set forth in Section 4.2 of the License Agreement is hereby "
            "reduced to 3.5%, and the Milestone Amount set forth in Section 4.5 of the License "
            "Agreement is hereby increased to $500,000.\n"
        )
    ) == {("section:4.2", "amend", "3.5%"), ("section:4.5", "amend", "$500,000")}
