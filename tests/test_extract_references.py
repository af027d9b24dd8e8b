"""Referenced agreements, their defined terms and the amendment chains the text states."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.agreements.amendment_numbers import extract_amendment_numbers
from ingest.context import DocContext
from ingest.records import SourceDocument
from ingest.references.extract import extract_references
from ingest.references.mentions import find_mentions
from ingest.references.titles import amendment_number
from tests.passages import edges, entity_names, extract_text
from tests.paths import CORPUS

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


def _ctx(text: str, self_title: str | None = None, self_date: str | None = None) -> DocContext:
    ctx = DocContext(SourceDocument(text=text, path="t"))
    if self_title:
        ctx.self_ref = "agreement:self"
        props = {"title": self_title, "date": self_date}
        ctx.collector.add("agreement:self", "Agreement", ctx.span(0, 4), props, contained=True)
    return ctx


def _titled(ctx: DocContext) -> dict[str, str]:
    """title|date -> ref, for readable assertions."""
    return {
        f"{e.props.get('title')}|{e.props.get('date') or ''}": ref
        for ref, e in ctx.collector.entities.items()
    }


def _amends(ctx: DocContext) -> set[tuple[str, str]]:
    return {(s, t) for (k, s, t) in ctx.collector.relations if k == "AMENDS"}


def _check_evidence(ctx: DocContext) -> None:
    for e in ctx.collector.entities.values():
        for sp in e.evidence:
            assert ctx.text[sp.start : sp.end] == sp.text
    for r in ctx.collector.relations.values():
        for sp in r.evidence:
            assert ctx.text[sp.start : sp.end] == sp.text


def test_chain_with_defined_term() -> None:
    text = (
        "WHEREAS, the Lender and the Borrower are parties to that certain Loan Agreement "
        "dated as of March 3, 2019, as amended by that certain First Amendment to Loan "
        "Agreement dated as of June 1, 2020, and as further amended by the Second Amendment "
        'to Loan Agreement dated as of July 9, 2021 (as amended, the "Loan Agreement").'
    )
    ctx = _ctx(text)
    extract_references(ctx)
    t = _titled(ctx)
    base = t["Loan Agreement|2019-03-03"]
    assert (t["First Amendment to Loan Agreement|2020-06-01"], base) in _amends(ctx)
    assert (t["Second Amendment to Loan Agreement|2021-07-09"], base) in _amends(ctx)
    assert ctx.lookup("Loan Agreement") == [base]
    assert "Loan Agreement" in ctx.collector.entities[base].aliases
    _check_evidence(ctx)


def test_numbered_amendments_in_parenthesis_chain() -> None:
    text = (
        "Reference is made to the Note Purchase Agreement, dated as of April 27, 2021 (as "
        "amended by Amendment No. 1 to Note Purchase Agreement dated as of June 10, 2021, the "
        "Amendment No. 2 to Note Purchase Agreement dated as of October 12, 2021, and as "
        'further amended from time to time, the "Purchase Agreement").'
    )
    ctx = _ctx(text)
    extract_references(ctx)
    t = _titled(ctx)
    base = t["Note Purchase Agreement|2021-04-27"]
    assert _amends(ctx) == {
        (t["Amendment No. 1 to Note Purchase Agreement|2021-06-10"], base),
        (t["Amendment No. 2 to Note Purchase Agreement|2021-10-12"], base),
    }
    assert ctx.lookup("Purchase Agreement") == [base]


def test_own_amendment_amends_both_agreements_its_title_names() -> None:
    text = (
        "Acme and the Holders are parties to a Securities Purchase Agreement, dated as of "
        'May 2, 2018 (the "Purchase Agreement"), and a Registration Rights Agreement, dated '
        'as of May 2, 2018 (the "Rights Agreement").'
    )
    ctx = _ctx(
        text,
        "Amendment No. 3 to Securities Purchase Agreement and Registration Rights Agreement",
        "2020-01-01",
    )
    extract_references(ctx)
    t = _titled(ctx)
    assert ("agreement:self", t["Securities Purchase Agreement|2018-05-02"]) in _amends(ctx)
    assert ("agreement:self", t["Registration Rights Agreement|2018-05-02"]) in _amends(ctx)


def test_own_amendment_amends_what_its_recital_names() -> None:
    text = (
        "WHEREAS, the Company and the Bank are parties to a Revolving Credit Agreement dated "
        'as of June 24, 1993 (the "Existing Agreement"); and WHEREAS, the parties desire to '
        "amend the Existing Agreement as set forth herein."
    )
    ctx = _ctx(text, "Third Amendment", "1996-02-26")
    extract_references(ctx)
    t = _titled(ctx)
    assert ("agreement:self", t["Revolving Credit Agreement|1993-06-24"]) in _amends(ctx)


def test_amended_and_restated_restates_the_prior() -> None:
    text = (
        "This Note amends and restates that certain Amended and Restated Term Note dated as "
        "of February 13, 2003 in the original principal amount of $3,500,000.00."
    )
    ctx = _ctx(text)
    ctx.self_ref = "agreement:self"
    ctx.collector.add(
        "agreement:self",
        "Instrument",
        ctx.span(0, 9),
        {"title": "Second Amended and Restated Term Note", "date": "2004-01-13"},
        contained=True,
    )
    extract_references(ctx)
    rel = ctx.collector.relations[
        ("AMENDS", "agreement:self", _titled(ctx)["Amended and Restated Term Note|2003-02-13"])
    ]
    assert rel.props["restates"] is True


def test_list_of_agreements_is_not_a_chain() -> None:
    text = (
        "The Borrower delivered the Security Agreement dated as of May 1, 2020 and the "
        "Pledge Agreement dated as of May 1, 2020."
    )
    ctx = _ctx(text)
    extract_references(ctx)
    assert not _amends(ctx)
    assert len(find_mentions(text)) == 2


def test_an_undated_title_without_a_term_is_no_entity() -> None:
    ctx = _ctx("The Borrower shall comply with the Credit Agreement at all times.")
    extract_references(ctx)
    assert ctx.collector.entities == {}


def test_seed_second_amendment_chain() -> None:
    text = (SEEDS / "002_b203cef46917a992.txt").read_text()
    ctx = _ctx(text, "Second Amendment to Credit Agreement", "2004-01-13")
    extract_references(ctx)
    t = _titled(ctx)
    credit = t["Credit Agreement|2001-05-11"]
    assert ("agreement:self", credit) in _amends(ctx)
    assert (t["First Amendment to Credit Agreement|2003-02-13"], credit) in _amends(ctx)
    assert ctx.lookup("Agreement") == [credit]
    _check_evidence(ctx)


def test_seed_amendment_no_2_targets() -> None:
    text = (SEEDS / "000_42ddd5099abacb80.txt").read_text()
    title = "Amendment No. 2 to Loan and Warrant Agreement and Registration Rights Agreement"
    ctx = _ctx(text, title, "2006-12-14")
    extract_references(ctx)
    t = _titled(ctx)
    lwa = t["Loan and Warrant Agreement|2005-09-29"]
    rra = t["Registration Rights Agreement|2005-09-29"]
    assert {("agreement:self", lwa), ("agreement:self", rra)} <= _amends(ctx)
    amend1 = t[
        "Amendment No. 1 to Loan and Warrant Agreement and Registration Rights Agreement|2006-04-28"
    ]
    assert {(amend1, lwa), (amend1, rra)} <= _amends(ctx)
    assert ctx.lookup("September Purchase Agreement") == [lwa]


def test_own_amendment_that_revises_a_defined_note() -> None:
    text = (
        "SECOND AMENDMENT TO SENIOR PROMISSORY NOTE\n\nReference is made to that certain Senior "
        "Loan Promissory Note executed by Delta Mining Corp. dated March 3, 2020 in the original "
        'principal amount of $900,000.00 (the "Existing Note"). This Second Amendment to Senior '
        "Promissory Note makes the following revisions to the Existing Note:"
    )
    ctx = DocContext(SourceDocument(text=text, path="t"))
    ctx.self_ref = "agreement:self"
    props = {"title": "Second Amendment to Senior Promissory Note", "date": "2023-01-31"}
    ctx.collector.add("agreement:self", "Agreement", ctx.span(0, 4), props, contained=True)
    extract_references(ctx)
    note = ctx.lookup("Existing Note")[0]
    assert ("AMENDS", "agreement:self", note) in ctx.collector.relations


SECOND_GUARANTY = (
    'This GUARANTY (this "Guaranty"), dated as of March 1, 2023, is made by Fenwick Holdings '
    "Ltd. 1. Fenwick Operating LLC and the Lenders have entered into the Loan Agreement dated "
    'as of May 2, 2020 (as amended from time to time, the "Credit Agreement"). 2. In '
    "connection with Amendment No. 4 to Loan Agreement, dated as of the date hereof, by and "
    'among the Borrower and the Agent (the "Fourth Amendment"), which amends the Credit '
    "Agreement, the Borrower is required to deliver this Guaranty. 3. The Guarantor previously "
    "entered into that certain Amended and Restated Guaranty dated as of June 9, 2022 in favor "
    'of the Lenders under the Credit Agreement (the "Prior Guaranty").'
)


def test_a_term_heading_another_kind_of_document_does_not_name_the_nearest_title() -> None:
    ctx = _ctx(SECOND_GUARANTY, "Guaranty", "2023-03-01")
    extract_references(ctx)
    titled = _titled(ctx)
    # "(the "Prior Guaranty")" after "the Credit Agreement" is no second credit agreement
    assert not [t for t in titled if t.startswith("Credit Agreement")]
    loan = titled["Loan Agreement|2020-05-02"]
    assert ctx.collector.entities[loan].aliases == ["Credit Agreement"]
    _check_evidence(ctx)


def test_an_amendment_dated_as_of_the_date_hereof_takes_the_own_date() -> None:
    ctx = _ctx(SECOND_GUARANTY, "Guaranty", "2023-03-01")
    extract_references(ctx)
    titled = _titled(ctx)
    fourth = titled["Amendment No. 4 to Loan Agreement|2023-03-01"]
    assert (fourth, titled["Loan Agreement|2020-05-02"]) in _amends(ctx)


# ---------------------------------------------------------------- amendment chains, in shape


JOINED_CHAIN = (
    'AMENDMENT NO. 4, CONSENT AND AGREEMENT dated as of March 2, 2015 (this "Amendment"), '
    "to the Loan Agreement dated as of June 1, 2011, as amended by Amendment No. 1 dated as "
    "of July 9, 2012, Amendment No. 2\nand Waiver dated as of May 3, 2013, and Amendment No. 3, "
    'Consent and Waiver dated as of April 4, 2014 (the "Loan Agreement"), among HARLOW '
    "MILLS, INC. and the Lenders."
)


def test_amendment_titles_that_join_a_waiver_or_consent_stay_whole_in_a_chain() -> None:
    ctx = _ctx(JOINED_CHAIN, "Amendment No. 4, Consent and Agreement", "2015-03-02")
    extract_references(ctx)
    t = _titled(ctx)
    base = t["Loan Agreement|2011-06-01"]
    assert {
        (t["Amendment No. 1|2012-07-09"], base),
        (t["Amendment No. 2 and Waiver|2013-05-03"], base),
        (t["Amendment No. 3, Consent and Waiver|2014-04-04"], base),
    } <= _amends(ctx)
    # the chain's closing term names the agreement amended, not the last amendment
    assert ctx.lookup("Loan Agreement") == [base]
    _check_evidence(ctx)


def test_a_consent_of_someone_after_an_amendment_title_is_another_document() -> None:
    text = (
        "the Loan Agreement dated as of May 1, 2019, as amended by the First Amendment to Loan "
        "Agreement, Consent of the Guarantors and Release of Liens, the Borrower agrees."
    )
    ((_head, chain),) = find_mentions(text)
    assert [m.title for m in chain] == ["First Amendment to Loan Agreement"]


def test_numbered_in_words_to_the_agreement_after_a_parties_clause() -> None:
    text = (
        "Reference is made to the Restated Term Loan Agreement dated March 3, 2009, by and "
        "among Borrowers and Bank, as amended by the Amendment One to the Restated Term Loan "
        "Agreement dated May 5, 2010, and the Amendment Two to the Restated Term Loan "
        'Agreement dated June 6, 2011 (as amended, the "Term Loan Agreement").'
    )
    ctx = _ctx(text, "Amendment Three to Restated Term Loan Agreement", "2012-01-01")
    extract_references(ctx)
    extract_amendment_numbers(ctx)
    t = _titled(ctx)
    base = t["Restated Term Loan Agreement|2009-03-03"]
    one = t["Amendment One to the Restated Term Loan Agreement|2010-05-05"]
    two = t["Amendment Two to the Restated Term Loan Agreement|2011-06-06"]
    assert {(one, base), (two, base), ("agreement:self", base)} <= _amends(ctx)
    assert ctx.collector.entities[one].props["amendment_number"] == 1
    assert ctx.lookup("Term Loan Agreement") == [base]
    # the same agreement, one node: no second dated "Restated Term Loan Agreement"
    assert [k for k in t if k.startswith("Restated Term Loan Agreement|")] == [
        "Restated Term Loan Agreement|2009-03-03"
    ]


def test_an_undated_mention_is_the_one_dated_mention_of_that_name() -> None:
    text = (
        'AMENDMENT NO. 2, dated as of May 9, 2016 (this "Amendment"), to the Existing Loan '
        "Agreement (as defined below), among ORRIN FOODS, INC. and the Lenders. WHEREAS, the "
        "Borrower and the Lenders are parties to the Restated Loan Agreement, dated as of "
        'January 4, 2014 (as heretofore modified, the "Existing Loan Agreement", and together '
        'with this Amendment, the "Loan Agreement").'
    )
    ctx = _ctx(text, "Amendment No. 2 to Restated Loan Agreement", "2016-05-09")
    extract_references(ctx)
    t = _titled(ctx)
    assert list(t) == [
        "Amendment No. 2 to Restated Loan Agreement|2016-05-09",
        "Restated Loan Agreement|2014-01-04",
    ]
    base = t["Restated Loan Agreement|2014-01-04"]
    assert ctx.lookup("Existing Loan Agreement") == [base]
    assert ("agreement:self", base) in _amends(ctx)


def test_a_term_defined_far_from_its_title_names_the_dated_mention() -> None:
    text = (
        "The Borrower and the Banks entered into a Revolving Loan Agreement dated as of "
        "February 2, 2001, which Revolving Loan Agreement was (i) amended and restated as of "
        "March 3, 2002 and (ii) further amended as of April 4, 2003 (as so amended and "
        'restated, the "Revolving Loan Agreement"). Section 1. The Revolving Loan Agreement is '
        "hereby amended as follows."
    )
    ctx = _ctx(text, "Second Amendment to Revolving Loan Agreement", "2004-05-05")
    extract_references(ctx)
    base = _titled(ctx)["Revolving Loan Agreement|2001-02-02"]
    assert ctx.lookup("Revolving Loan Agreement") == [base]
    assert ("agreement:self", base) in _amends(ctx)


def test_amendments_chained_onto_an_amendment_do_not_amend_it() -> None:
    text = (
        "the Deed of Trust encumbering the Property, as amended by the First Deed Amendment, "
        "as further amended by the Second Deed Amendment and the Third Deed Amendment, is a "
        "valid lien."
    )
    ctx = _ctx(text, "Loan Modification Agreement", "2012-08-23")
    extract_references(ctx)
    assert not _amends(ctx)


def test_a_mentioned_agreement_is_not_amended() -> None:
    text = (
        "AMENDMENT NO. 1 TO LOAN AGREEMENT\n\nAMENDMENT NO. 1, dated as of May 2, 2019 (this "
        '"Amendment"), to the Loan Agreement dated as of March 1, 2018 (the "Loan Agreement"), '
        'between KESTON TOOL CORP., a Delaware corporation (the "Borrower"), and BRANT '
        'NATIONAL BANK (the "Bank").\n\nSection 1. Section 6.1 of the Loan Agreement is hereby '
        "amended to read as follows. Capitalized terms used herein as defined in the Security "
        "Agreement dated as of March 1, 2018 between the Borrower and the Bank have those "
        "meanings.\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n"
    )
    x = extract_text(text)
    own = entity_names(x)["agreement:self"]
    assert own == "Amendment No. 1 to Loan Agreement"  # the heading, not the cut preamble
    assert edges(x, "AMENDS") == {(own, "Loan Agreement")}


def test_an_amendment_heading_over_several_lines_titles_the_own_amendment() -> None:
    text = (
        "EXECUTION VERSION\n\nAMENDMENT\nNO. 4 TO THE\nSECOND\nAMENDED AND RESTATED LOAN "
        'AGREEMENT\n\nDated\nJune 2, 2017\n\nAMENDMENT NO. 4 (this "Amendment") TO THE SECOND '
        "AMENDED AND RESTATED LOAN AGREEMENT among DORSET PAPER COMPANY, a Maine corporation "
        '(the "Borrower"), and the Lenders. WHEREAS, the Borrower and the Lenders have entered '
        "into a Second Amended and Restated Loan Agreement dated as of May 1, 2013, as amended "
        'by Amendment No. 1 dated as of June 1, 2014 (as so amended, the "Loan Agreement").\n'
    )
    x = extract_text(text)
    own = entity_names(x)["agreement:self"]
    assert own.lower() == "amendment no. 4 to the second amended and restated loan agreement"
    assert {
        (own, "Second Amended and Restated Loan Agreement"),
        ("Amendment No. 1", "Second Amended and Restated Loan Agreement"),
    } <= edges(x, "AMENDS")


def test_a_consent_naming_the_amendment_with_the_agreement_date_is_the_own_amendment() -> None:
    text = (
        'AMENDMENT NO. 6 TO THE LOAN AGREEMENT (this "Amendment") is made as of February 8, '
        '2006 by and among SELWYN WINE CO. (the "Borrower") and the Banks under that certain '
        'Loan Agreement dated as of March 31, 2003 (the "Loan Agreement").\n\nIN WITNESS '
        "WHEREOF the parties have executed this Amendment.\n\nREAFFIRMATION\n\nEach of the "
        "undersigned acknowledges receipt of the foregoing Amendment No. 6 to the Loan "
        "Agreement dated as of March 31, 2003 and reaffirms its Guaranty.\n"
    )
    x = extract_text(text)
    amendments = [n for r, n in entity_names(x).items() if n.lower().startswith("amendment no. 6")]
    assert len(amendments) == 1


def test_real_amendment_names_its_eight_amendments_of_the_credit_agreement() -> None:
    """Amendment No. 8, Consent, Waiver and Agreement (Eagle Family Foods, LexPredict sample):
    the seven earlier amendments, some joining a waiver or a consent, all amend the Credit
    Agreement, and the Required Lenders' waiver is given by each signing lender."""
    text = (CORPUS / "credit-dev" / "lexpredict-1054040-2004-02-13.txt").read_text()
    x = extract_text(text)
    amends = {s for s, t in edges(x, "AMENDS") if t == "Credit Agreement"}
    assert {
        "Amendment No. 1",
        "Amendment No. 2 and Waiver",
        "Amendment No. 5 and Agreement",
        "Amendment No. 6, Consent and Waiver",
        "Amendment No. 7, Waiver and Agreement",
    } <= amends
    assert len(amends) == 8
    waivers = {s for s, t in edges(x, "WAIVES") if t == "Credit Agreement"}
    assert {"JPMORGAN CHASE BANK", "BANK OF HAWAII", "KZH WATERSIDE LLC"} <= waivers


def test_real_amendment_with_a_guarantors_consent_amends_its_chain() -> None:
    """Amendment No. 6 to a Second Amended and Restated Credit Agreement (Chesapeake): the
    heading runs over four lines; the recital names five amendments, one a letter waiver."""
    text = (CORPUS / "credit-dev" / "lexpredict-19731-2008-03-06.txt").read_text()
    x = extract_text(text)
    amends = {
        s for s, t in edges(x, "AMENDS") if t == "Second Amended and Restated Credit Agreement"
    }
    assert "Letter Waiver and Amendment No. 3" in amends
    assert "Amendment No. 6 to the Second Amended and Restated Credit Agreement" in amends
    assert len(amends) == 6


def test_parties_after_a_chain_are_the_amended_agreements_not_the_last_amendments() -> None:
    text = (
        'FIFTH AMENDMENT dated as of June 1, 2010 (this "Amendment"), to the Loan Agreement '
        "dated as of March 1, 2005, as amended by Amendment No. 1 dated as of April 1, 2006 and "
        'Amendment No. 2 and Waiver dated as of May 1, 2007 (the "Loan Agreement"), among '
        'TALBOT GRAIN CO., a Kansas corporation (the "Borrower"), and PRAIRIE STATE BANK, as '
        'agent (the "Agent").\n\nIN WITNESS WHEREOF the parties have executed this Amendment.\n'
    )
    x = extract_text(text)
    parties = edges(x, "PARTY_TO")
    assert ("TALBOT GRAIN CO.", "Loan Agreement") in parties
    assert not {p for p in parties if p[1].startswith("Amendment No. 2")}


def test_the_attached_conformed_agreement_is_the_amended_agreement() -> None:
    """ "the Loan Agreement, as amended by this Amendment No. 2 (the "Amended Loan
    Agreement")" and an "EXHIBIT A - AMENDED LOAN AGREEMENT" attached: one agreement."""
    text = (
        "AMENDMENT NO. 2 TO LOAN AGREEMENT\n\nThis AMENDMENT NO. 2 TO LOAN AGREEMENT, dated as "
        'of January 3, 2023 (this "Amendment No. 2"), is by and among TREMONT HOLDINGS LLC (the '
        '"Borrower") and ASHFORD BANK, N.A., as administrative agent (the "Administrative '
        'Agent"). Reference is made to that certain Loan Agreement dated as of March 1, 2020 '
        '(the "Loan Agreement"). The Borrower may perform the Loan Agreement, as amended by this '
        'Amendment No. 2 (the "Amended Loan Agreement"). The Loan Agreement is hereby amended '
        "as set forth on Exhibit A.\n\nIN WITNESS WHEREOF, the parties have executed this "
        "Amendment No. 2.\n\nEXHIBIT A - AMENDED LOAN AGREEMENT\n\nLOAN AGREEMENT\n\nDated as "
        "of March 1, 2020\n\namong TREMONT HOLDINGS LLC and ASHFORD BANK, N.A.\n"
    )
    x = extract_text(text)
    loans = [
        e
        for e in x.entities
        if "Loan Agreement" in str(e.props.get("title")) and e.ref != "agreement:self"
    ]
    assert len(loans) == 1
    assert "Amended Loan Agreement" in loans[0].aliases


def test_a_title_naming_its_base_before_the_changing_word_amends_that_base() -> None:
    text = (
        "PLEDGE AGREEMENT SUPPLEMENT\n\nThis Pledge Agreement Supplement, dated as of April 9, "
        "2019, is delivered by Harbor Leasing LLC under the Pledge Agreement dated as of "
        'March 1, 2017 (the "Pledge Agreement") between Harbor Holdings Inc. and Lakeside '
        "Bank, as Collateral Agent. The Pledge Agreement, as supplemented hereby, shall remain in "
        "full force and effect.\n"
    )
    x = extract_text(text)
    assert ("Pledge Agreement Supplement", "Pledge Agreement") in edges(x, "AMENDS")


def test_a_modification_heading_over_a_preamble_opening_on_its_base() -> None:
    text = (
        "NORTHERN FARM CREDIT\nLOAN AGREEMENT MODIFICATION\n\nOMAHA, NEBRASKA\nMARCH 4, 2011\n\n"
        "The Loan Agreement made and entered into as of June 30, 2009, by and between PRAIRIE "
        'GRAIN CO. ("Borrower") and NORTHERN FARM CREDIT ("Lender"), is hereby modified as '
        "follows:\n\nSection 2.1 of the Loan Agreement shall be modified to read as follows: "
        '"Maturity Date" means June 30, 2013.\n\nExcept as expressly modified by this Loan '
        "Agreement Modification, all terms of the Loan Agreement remain in full force and "
        "effect.\n"
    )
    x = extract_text(text)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props["title"] == "Loan Agreement Modification"
    assert own.props["date"] == "2011-03-04"
    assert own.props["kind"] == "amendment"
    assert ("Loan Agreement Modification", "Loan Agreement") in edges(x, "AMENDS")


def test_this_agreement_as_the_subject_of_amends_amends_the_title_after_the_verb() -> None:
    text = (
        'LETTER AGREEMENT\n\nThis letter agreement (this "Letter Agreement") is made as of May '
        "3, 2015 between Ridge Bank and Copper Tools Inc. This letter agreement amends, restates "
        "and replaces (but is not a novation of) the existing Letter Agreement dated February "
        '2, 2012 between Ridge Bank and Copper Tools Inc. (as amended, the "Prior Letter").\n'
    )
    x = extract_text(text)
    assert ("Letter Agreement", "Letter Agreement") in edges(x, "AMENDS")


def test_boilerplate_on_amending_and_a_related_agreement_do_not_amend() -> None:
    text = (
        'GUARANTY\n\nThis GUARANTY (this "Guaranty") is made as of May 3, 2015 by Copper '
        "Holdings Inc. in favor of Ridge Bank, relating to the Credit Agreement dated as of "
        "February 2, 2012 between Ridge Bank and Copper Tools Inc. (as amended from time to "
        'time, the "Credit Agreement"). This Guaranty may be amended only in writing signed by '
        "the Guarantor and the Bank. This Agreement amends the terms hereof only as stated. "
        "The Guarantor guarantees the Obligations under the Credit Agreement.\n"
    )
    assert edges(extract_text(text), "AMENDS") == set()


def test_a_supplement_to_a_security_agreement_filed_as_an_exhibit() -> None:
    path = CORPUS / "credit-dev" / "lexpredict-812076-1999-05-27.txt"
    x = extract_text(path.read_text(errors="replace"))
    amends = edges(x, "AMENDS")
    assert ("Trademark Security Agreement Supplement", "Trademark Security Agreement") in amends


def test_a_credit_agreement_modification_and_a_letter_agreement_replacing_another() -> None:
    modification = CORPUS / "credit-dev" / "lexpredict-1023902-2002-05-01.txt"
    assert ("Credit Agreement Modification", "Credit Agreement") in edges(
        extract_text(modification.read_text(errors="replace")), "AMENDS"
    )
    letter = CORPUS / "credit-dev" / "lexpredict-33113-2007-08-03.txt"
    assert ("Letter Agreement", "Letter Agreement") in edges(
        extract_text(letter.read_text(errors="replace")), "AMENDS"
    )


def test_a_dated_amendment_names_its_base_after_its_date() -> None:
    text = (
        "The Borrower shall deliver (a) the Third Amendment, dated as of September 8, 2014, to "
        'the Term Loan Agreement (the "Term Loan Amendment"), and (b) the Letter Amendment dated '
        "as of the date hereof to the Master Lease Agreement, each duly executed."
    )
    ctx = _ctx(text, "First Amendment to Credit Agreement", "2014-09-08")
    extract_references(ctx)
    _check_evidence(ctx)
    named = {ref: f"{e.props.get('title')}" for ref, e in ctx.collector.entities.items()}
    amends = {(named[s], named[t]) for s, t in _amends(ctx)}
    assert ("Third Amendment", "Term Loan Agreement") in amends
    assert ("Letter Amendment", "Master Lease Agreement") in amends


def test_an_amendment_dated_then_delivered_to_someone_amends_nothing_there() -> None:
    text = (
        "The Agent shall have received the Second Amendment dated as of March 2, 2016, to the "
        "extent executed by the Lenders, and copies of the Second Amendment dated as of March 2, "
        "2016 delivered to Harbor Bank."
    )
    ctx = _ctx(text, "Consent", "2016-03-02")
    extract_references(ctx)
    assert not {t for s, t in _amends(ctx) if s != "agreement:self"}


def test_a_suffixed_name_defined_by_means_is_the_base_of_a_dated_amendment() -> None:
    text = (
        "WHEREAS, the Company requests that the Bank consent to certain amendments to the Note "
        "Purchase Agreement-2009 and the Note Purchase Agreement-2012.\n\n(c) The Third "
        "Amendment dated as of the date hereof to the Note Purchase Agreement-2012, duly "
        'executed by the Company and the holders.\n\n"Note Purchase Agreement-2009" means the '
        "Note Purchase Agreement dated as of June 1, 2009 among the Company and the purchasers "
        'named therein.\n\n"Note Purchase Agreement-2012" means the Note Purchase Agreement dated '
        "as of March 5, 2012 among the Company and the purchasers named therein.\n"
    )
    ctx = _ctx(text, "Second Amendment to Credit Agreement", "2014-04-04")
    extract_references(ctx)
    _check_evidence(ctx)
    t = _titled(ctx)
    assert _amends(ctx) == {
        (t["Third Amendment|2014-04-04"], t["Note Purchase Agreement|2012-03-05"])
    }, "the consent to amendments of the 2009 agreement amends nothing"


def test_an_attached_documents_own_amending_sentence_is_not_the_documents() -> None:
    text = (
        'SECOND AMENDMENT TO LOAN AGREEMENT\n\nThis SECOND AMENDMENT (this "Amendment") is '
        "made as of July 7, 2016 between Orchard Supply Co. and Valley Bank. They are parties to "
        'a Loan Agreement dated as of March 3, 2014 (the "Loan Agreement"). The parties hereby '
        "amend the Loan Agreement as follows.\n\nIN WITNESS WHEREOF, the parties have executed "
        "this Amendment.\n\nORCHARD "
        "SUPPLY CO.\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: President\n\nVALLEY BANK\n\nBy: "
        "/s/ Tom Ray\nName: Tom Ray\nTitle: Vice President\n\n\nEXHIBIT A\n\nPATENT SECURITY "
        "AGREEMENT SUPPLEMENT\n\nSchedule 1 to the Patent Security Agreement dated as of March 3, "
        '2014 (the "Patent Security Agreement") is hereby supplemented to add the patents listed '
        "below. The Patent Security Agreement is hereby supplemented accordingly.\n"
    )
    amends = edges(extract_text(text), "AMENDS")
    assert ("Second Amendment to Loan Agreement", "Loan Agreement") in amends
    assert ("Patent Security Agreement Supplement", "Patent Security Agreement") in amends
    assert ("Second Amendment to Loan Agreement", "Patent Security Agreement") not in amends


def test_an_amendment_relating_to_its_base_in_the_preamble_amends_it() -> None:
    text = (
        "TERM LOAN EXTENSION AMENDMENT, dated as of April 2, 2019 (this \u201cAgreement\u201d), "
        "relating to the SECOND AMENDED AND RESTATED CREDIT AGREEMENT, dated as of May 5, 2015, "
        "as further amended on June 1, 2017 (the \u201cCredit Agreement\u201d), among NORTHWIND "
        "FOODS LLC, as Borrower, the Lenders party thereto and CEDAR BANK, N.A., as "
        "Administrative Agent.\n\nSECTION 1. The Maturity Date is extended to April 2, 2024.\n"
    )
    amends = edges(extract_text(text), "AMENDS")
    assert (
        "Term Loan Extension Amendment",
        "Second Amended and Restated Credit Agreement",
    ) in amends


def test_a_note_relating_to_a_credit_agreement_does_not_amend_it() -> None:
    text = (
        "REVOLVING CREDIT NOTE\n\nThis REVOLVING CREDIT NOTE, dated as of April 2, 2019 (this "
        "\u201cNote\u201d), relating to the SECOND AMENDED AND RESTATED CREDIT AGREEMENT, dated "
        "as of May 5, 2015, among NORTHWIND FOODS LLC and CEDAR BANK, N.A. For value received, "
        "the Borrower promises to pay to CEDAR BANK, N.A. the principal amount of $5,000,000.\n"
    )
    assert edges(extract_text(text), "AMENDS") == set()


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Amendment No. 3 to Credit Agreement", 3),
        ("FOURTH AMENDMENT TO SECOND AMENDED AND RESTATED CREDIT AGREEMENT", 4),
        ("Twenty-First Amendment to Loan Agreement", 21),
        ("Amendment Agreement No. 2", 2),
        ("AMENDMENT NUMBER SEVEN", 7),
        ("Consent, Waiver and Amendment No. 8", 8),
        ("Amendment One to Lease", 1),
        ("Second Amended and Restated Credit Agreement", None),
        ("Promissory Note No. 3", None),
        ("First Lien Amendment", None),
    ],
)
def test_the_number_an_amendments_title_gives_it(title: str, number: int | None) -> None:
    """The amendment's own number, never an amended and restated base's or a note's."""
    assert amendment_number(title) == number
