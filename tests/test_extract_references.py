"""Referenced agreements, their defined terms and the amendment chains the text states."""

from __future__ import annotations

from pathlib import Path

from ingest.context import DocContext
from ingest.records import SourceDocument
from ingest.references import extract_references, find_mentions

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
