"""A Form 8-K current report as a document: the agreement its Item 1.01 (else 2.03) announces
is its subject (title, date, parties and roles citing the report's sentences), mentioned and
not contained; the Document says it is a report. The passages are written for this test in
the shape current reports take; the real reports are credit-dev documents no gold set
annotates (marked "tunable" in the unannotated list)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from dealgraph.pipeline import ingest_paths
from dealgraph.settings import Settings
from graph.resolve import resolve
from graph.store import GraphStore
from ingest.agreements.own_agreement import SELF_REF
from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from ingest.reports import read_report
from tests.export_helpers import edges, one
from tests.passages import edges as passage_edges
from tests.paths import CORPUS

_COVER = (
    "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n"
    "FORM 8-K\n\nCURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange "
    "Act of 1934\n\nDate of Report (Date of earliest event reported): March 14, 2012\n\n"
    "QUILLFEATHER SYSTEMS, INC.\n(Exact name of registrant as specified in its charter)\n\n"
)
_SIGNED = (
    "\n\nSIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the "
    "registrant has duly caused this report to be signed on its behalf by the undersigned "
    "hereunto duly authorized.\n\nQUILLFEATHER SYSTEMS, INC.\n\nBy: /s/ Dana Whitcombe\n"
    "Name: Dana Whitcombe\nTitle: Chief Financial Officer\nDate: March 14, 2012\n"
)


def _x(text: str) -> Extraction:
    return extract(SourceDocument(text=text, path="report.txt"))


def _subject(x: Extraction) -> dict[str, object]:
    subject = [e for e in x.entities if e.ref == SELF_REF]
    assert subject, x.warnings
    assert not subject[0].contained  # a report holds no agreement's own text
    return dict(subject[0].props)


def _parties(x: Extraction) -> dict[str, str | None]:
    names = {e.ref: str(e.props["name"]) for e in x.entities if e.label == "Party"}
    return {
        names[r.source]: r.props.get("role")  # type: ignore[misc]
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == SELF_REF
    }


def _cited(x: Extraction) -> None:
    for e in x.entities:
        for s in e.evidence:
            assert x.document.text[s.start : s.end] == s.text
    for r in x.relations:
        for s in r.evidence:
            assert x.document.text[s.start : s.end] == s.text


def test_item_1_01_announces_the_subject_with_its_parties_and_roles() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On March 9, 2012, Quillfeather Systems, Inc. (the "Company") entered into a Credit '
        'Agreement (the "Credit Agreement") with Marrow Lane Bank, N.A., as administrative '
        "agent, and the lenders party thereto. The Credit Agreement provides for a revolving "
        "credit facility of up to $50,000,000.\n\n"
        "Item 2.03 Creation of a Direct Financial Obligation.\n\nThe information set forth "
        "under Item 1.01 is incorporated herein by reference." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["kind"], props["date"]) == (
        "Credit Agreement",
        "credit_agreement",
        "2012-03-09",
    )
    assert x.report_form == "8-K"
    assert not [w for w in x.warnings if w.startswith("no agreement found")]
    [subject] = [e for e in x.entities if e.ref == SELF_REF]
    assert subject.evidence[0].text.startswith("On March 9, 2012, Quillfeather Systems, Inc.")
    assert subject.evidence[0].text.endswith("the lenders party thereto.")
    parties = _parties(x)
    assert parties["Quillfeather Systems, Inc."] == "Company"
    assert parties["Marrow Lane Bank, N.A."] == "Administrative Agent"
    assert "Dana Whitcombe" not in parties  # signed the report, not the agreement
    _cited(x)


def test_the_company_a_report_never_defines_is_the_registrant_of_its_cover() -> None:
    # the cover breaks the registrant's name over two lines; the items call it "the Company"
    cover = _COVER.replace("QUILLFEATHER SYSTEMS, INC.\n(", "QUILLFEATHER\nSYSTEMS, INC.\n\n(")
    text = (
        cover + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "Effective March 9, 2012, the Company entered into a Loan and Security Agreement (the "
        '"Loan Agreement") with Harrowgate Capital Partners, L.P. The Company\'s obligations '
        "under the Loan Agreement are secured by substantially all of its assets." + _SIGNED
    )
    x = _x(text)
    parties = _parties(x)
    assert "quillfeather systems, inc." in {n.lower() for n in parties}
    assert not [n for n in parties if n.lower() in {"company", "the company"}]
    _cited(x)
    # no cover caption, no registrant: "the Company" is still no party
    bare = text.replace("(Exact name of registrant as specified in its charter)", "")
    assert not [n for n in _parties(_x(bare)) if n.lower() in {"company", "the company"}]


def test_an_item_1_01_pointing_to_item_2_03_leaves_the_announcement_to_it() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement\n\n"
        "On June 2, 2014, the Company entered into a secured term loan facility as described "
        "in Item 2.03 of this report, which description is incorporated herein by reference.\n\n"
        "Item 2.03 Creation of a Direct Financial Obligation or an Obligation under an "
        "Off-Balance Sheet Arrangement of a Registrant\n\n"
        "On June 2, 2014, the Company entered into a Loan and Security Agreement, dated as of "
        'May 30, 2014 (the "Loan Agreement"). The Loan Agreement is among the Company, as '
        "borrower, Harbor Point Capital LLC, as lender, and Tidewater Trust Company, as "
        "collateral agent." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["date"]) == ("Loan and Security Agreement", "2014-05-30")
    parties = _parties(x)
    assert parties["Harbor Point Capital LLC"] == "Lender"
    assert parties["Tidewater Trust Company"] == "Collateral Agent"
    _cited(x)


def test_the_exhibit_list_naming_the_announced_agreement_is_no_other_agreement() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On March 9, 2012, Quillfeather Systems, Inc. entered into a 364-Day Credit Agreement "
        "with Marrow Lane Bank, N.A., as administrative agent.\n\n"
        "Item 9.01 Financial Statements and Exhibits.\n\n(d) Exhibits.\n\n10.1 364-Day Credit "
        "Agreement, dated as of March 9, 2012, by and between Quillfeather Systems, Inc., as "
        "borrower, and Marrow Lane Bank, N.A., as administrative agent.\n\n"
        "10.2 Security Agreement, dated as of March 9, 2012, by Quillfeather Systems, Inc. in "
        "favour of Marrow Lane Bank, N.A." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["date"]) == ("364-Day Credit Agreement", "2012-03-09")
    titles = {
        str(e.props["title"]): e.ref
        for e in x.entities
        if e.label == "Agreement" and e.ref != SELF_REF
    }
    refs = {r.target for r in x.relations if r.type == "REFERENCES" and r.source == SELF_REF}
    assert refs == {titles["Security Agreement"]}  # another exhibit, not the subject again
    _cited(x)


def test_a_facility_the_report_names_only_by_its_term_is_a_credit_agreement() -> None:
    # a converted page puts a no-break space after "Item"
    text = (
        _COVER + "Item\u00a01.01. Entry into a Material Definitive Agreement.\n\n"
        "On June 4, 2008, Quillfeather Systems, Inc. (the \u201cCompany\u201d), as borrower, "
        "entered into a $150,000,000, three-year, revolving, unsecured credit facility (the "
        "\u201cRevolving Facility\u201d) with Marrow Lane Bank, N.A., as administrative agent, "
        "and the lenders party thereto." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["kind"], props["date"]) == (
        "Revolving Facility",
        "credit_agreement",
        "2008-06-04",
    )
    assert _parties(x)["Marrow Lane Bank, N.A."] == "Administrative Agent"
    _cited(x)


def test_a_report_that_closed_on_an_agreement_announces_it() -> None:
    text = (
        _COVER + "ITEM 1.01. Entry into a Material Definitive Agreement\n\n"
        "On March 9, 2012, Quillfeather Systems, Inc. closed on the Amended and Restated Loan "
        'Agreement (the "Agreement"), dated March 7, 2012, by and among the Company and '
        "Harrowgate Capital Partners, L.P., as lender." + _SIGNED
    )
    props = _subject(_x(text))
    assert (props["title"], props["date"]) == ("Amended and Restated Loan Agreement", "2012-03-07")


def test_the_older_form_files_an_agreement_under_item_5() -> None:
    # before August 2004 items were numbered without decimals; "Other Events" filed agreements
    text = (
        _COVER + "Item 5. Other Events\n\n"
        "Quillfeather Systems, Inc. is filing this Form 8-K to include the Revolving Credit "
        "Agreement dated as of May 2, 2003 among the Company, as borrower, and Marrow Lane "
        "Bank, N.A., as lender.\n\n"
        "Item 7. Financial Statements and Exhibits\n\n(c) Exhibits\n\n10.1 Revolving "
        "Credit Agreement dated as of May 2, 2003." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["date"]) == ("Revolving Credit Agreement", "2003-05-02")
    assert "Marrow Lane Bank, N.A." in _parties(x)
    assert not [r for r in x.relations if r.type == "REFERENCES"]  # the exhibit is the same
    # the registrant by its term joined by "and" to the next party's name: two parties
    joined = _parties(_x(text.replace("the Company, as borrower, and", "the Company and")))
    assert joined["Marrow Lane Bank, N.A."] == "Lender"
    assert not [n for n in joined if "Company" in n and "Marrow" in n]
    # an older report that files nothing announces nothing
    other = text.replace("is filing this Form 8-K to include", "refers to")
    assert not [e for e in _x(other).entities if e.ref == SELF_REF]


def test_an_agreement_described_in_lower_case_is_titled_by_its_term() -> None:
    text = (
        _COVER + "Item 2.03 Creation of a Direct Financial Obligation\n\n"
        "On March 8, 2012, we entered into a 364-day revolving credit agreement (the "
        '"Revolving Credit Agreement") with Eastgate Bank PLC and Norwood Bank, N.A., as '
        "co-administrative agents, and the lenders party thereto." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["date"]) == ("Revolving Credit Agreement", "2012-03-08")
    assert _parties(x)["Norwood Bank, N.A."] == "Co-administrative Agent"


def test_an_announced_amendment_is_dated_by_the_report_not_by_what_it_amends() -> None:
    text = (
        _COVER + "ITEM 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On October 3, 2016, Quillfeather Systems, Inc. entered into a Second Amendment, "
        "effective as of September 30, 2016, to the Loan Agreement, dated as of January 5, "
        '2010 (the "Loan Agreement"), among the Company and Marrow Lane Bank, N.A., as '
        "agent, pursuant to which certain financial covenants were modified." + _SIGNED
    )
    x = _x(text)
    subject = next(e for e in x.entities if e.ref == SELF_REF)
    assert subject.props["title"] == "Second Amendment"
    assert subject.props["amendment_number"] == 2
    assert subject.props["date"] == "2016-10-03"  # the date it was entered into
    assert "Loan Agreement" not in subject.aliases  # that term names the amended agreement


def test_a_report_of_an_agreements_end_names_it_and_its_parties() -> None:
    text = (
        _COVER + "Item 1.02 Termination of a Material Definitive Agreement.\n\n"
        "On September 18, 2012, Quillfeather Systems, Inc. gave notice to Marrow Lane Bank, "
        "N.A., as administrative agent, of its election to terminate the commitments under the "
        "Five-Year Revolving Credit Agreement, dated as of June 2, 2009, among Quillfeather "
        "Systems, Inc., as borrower, Quillfeather Holdings LLC (its parent), as guarantor, "
        "Marrow Lane Bank, N.A., as administrative agent, and the lenders party thereto. No "
        "loans were outstanding when the agreement terminated.\n\n"
        "Item 8.01 Other Events.\n\nThe Company issued a press release." + _SIGNED
    )
    x = _x(text)
    subject = _subject(x)
    assert subject["title"] == "Five-Year Revolving Credit Agreement"
    assert subject["kind"] == "credit_agreement"
    assert subject["date"] == "2009-06-02"  # its own date, not the notice's
    assert _parties(x) == {
        "Quillfeather Systems, Inc.": "Borrower",
        "Quillfeather Holdings LLC": "Guarantor",
        "Marrow Lane Bank, N.A.": "Administrative Agent",
    }
    assert not x.warnings


def test_an_ended_agreement_takes_no_date_from_the_notice() -> None:
    text = (
        _COVER + "Item 1.02 Termination of a Material Definitive Agreement.\n\n"
        "On September 18, 2012, the Company terminated its Loan Agreement with Marrow Lane "
        "Bank, N.A. and repaid all amounts outstanding under it.\n\n" + _SIGNED
    )
    subject = _subject(_x(text))
    assert subject["title"] == "Loan Agreement"
    assert "date" not in subject


def test_a_report_that_announces_no_agreement_says_so() -> None:
    text = (
        _COVER + "Item 5.02 Departure of Directors or Certain Officers.\n\n"
        "On September 18, 2012, Dana Whitcombe resigned as Chief Financial Officer of the "
        "Company, effective October 1, 2012.\n\n"
        "Item 8.01 Other Events.\n\nThe Company issued a press release." + _SIGNED
    )
    x = _x(text)
    assert not [e for e in x.entities if e.ref == SELF_REF]
    assert x.warnings == (
        "no agreement found (the document is a Form 8-K report that announces no agreement"
        " under Item 1.01, 1.02 or 2.03)",
    )
    assert x.report_form == "8-K"


def test_an_agreement_with_no_report_cover_is_no_report() -> None:
    text = (
        "CREDIT AGREEMENT\n\nThis CREDIT AGREEMENT is entered into as of March 9, 2012 among "
        'Quillfeather Systems, Inc. (the "Borrower") and Marrow Lane Bank, N.A., as agent.\n'
    )
    assert read_report(text) is None
    x = _x(text)
    assert x.report_form is None
    assert next(e for e in x.entities if e.ref == SELF_REF).contained


def test_the_document_is_a_report_and_contains_no_agreement() -> None:
    """In the graph: the Document carries the report's form; the announced agreement is a
    node with its parties, and no CONTAINS edge claims the report holds its text."""
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On March 9, 2012, the Company entered into a Credit Agreement (the "Credit '
        'Agreement") with Marrow Lane Bank, N.A., as administrative agent.' + _SIGNED
    )
    batch = resolve(_x(text), now=datetime(2026, 1, 1, tzinfo=UTC)).batch
    document = next(n for n in batch.nodes if n.label == "Document")
    assert document.props["form_type"] == "8-K"
    assert document.props["exhibit_type"] == "8-K"
    agreement = next(n for n in batch.nodes if n.label == "Agreement")
    assert agreement.props["title"] == "Credit Agreement"
    types = {e.type for e in batch.edges}
    assert "CONTAINS" not in types
    assert any(e.type == "PARTY_TO" and e.target == agreement.key for e in batch.edges)


def _real(name: str) -> Extraction:
    path = CORPUS / "credit-dev" / name
    return extract(SourceDocument(text=path.read_text(errors="replace"), path=str(path)))


def test_real_current_reports_of_the_credit_corpus() -> None:
    taxact = _real("lexpredict-1068875-2012-02-06.txt")
    props = _subject(taxact)
    assert (props["title"], props["date"]) == ("Credit Agreement", "2012-01-31")
    assert _parties(taxact)["RBS Citizens, N.A."] == "Administrative Agent and Lender"
    _cited(taxact)
    republic = _real("lexpredict-1159154-2015-04-13.txt")  # Item 1.01 points to Item 2.03
    props = _subject(republic)
    assert (props["title"], props["date"]) == ("Credit and Guaranty Agreement", "2015-04-07")
    assert _parties(republic)["Deutsche Bank AG New York Branch"] == "Administrative Agent"
    assert props["kind"] == "credit_agreement"  # a facility that also guarantees
    caterpillar = _real("lexpredict-18230-2004-09-29.txt")  # Item 2.03 only
    props = _subject(caterpillar)
    assert (props["title"], props["date"]) == ("Credit Agreement", "2004-09-23")
    assert _parties(caterpillar)["Caterpillar Inc."] == "Borrower"
    new_jersey = _real("lexpredict-356309-2007-12-19.txt")  # a facility, by its term
    props = _subject(new_jersey)
    assert (props["title"], props["date"]) == ("New Credit Facility", "2007-12-13")
    assert _parties(new_jersey)["PNC Bank, N.A."] == "Administrative Agent"
    frozen_food = _real("lexpredict-39273-2009-09-08.txt")  # "closed on"
    props = _subject(frozen_food)
    assert (props["title"], props["date"]) == (
        "Second Amended and Restated Credit Agreement",
        "2009-09-02",
    )
    colonial = _real("lexpredict-909111-2004-03-30.txt")  # the older form's Item 5
    assert _subject(colonial)["title"] == "Credit Agreement"
    assert "Wells Fargo Bank" in _parties(colonial)
    termination = _real("lexpredict-1545158-2012-09-24.txt")  # Item 1.02 only: its end
    props = _subject(termination)
    assert (props["title"], props["kind"]) == (
        "364-Day Revolving Credit Agreement",
        "credit_agreement",
    )
    assert "date" not in props  # September 18, 2012 is the notice's date
    parties = _parties(termination)
    assert parties["Kraft Foods Group, Inc."] == "Borrower"
    assert parties["Kraft Foods Inc."] == "Guarantor"  # "(our parent company), as guarantor"
    assert parties["JPMorgan Chase Bank, N.A."] == "Co-administrative Agent"
    assert not termination.warnings


def test_a_real_report_in_the_embedded_store(embedded_store: GraphStore, tmp_path: Path) -> None:
    """Ingested into the real store: the Document is a Form 8-K report, the Credit Agreement it
    announces is a node with its parties and roles citing the report, and the report contains
    no agreement."""
    path = CORPUS / "credit-dev" / "lexpredict-1068875-2012-02-06.txt"
    summary = ingest_paths(embedded_store, [path], Settings(data_dir=tmp_path))
    assert summary.ok
    graph = embedded_store.export()
    document = next(n for n in graph["nodes"] if n["label"] == "Document")
    assert document["properties"]["form_type"] == "8-K"
    credit = one(graph, "Agreement", "Credit Agreement", "2012-01-31")
    rbs = one(graph, "Party", "RBS Citizens, N.A.")
    [party_to] = edges(graph, "PARTY_TO", rbs["id"], credit["id"])
    assert party_to["properties"]["role"] == "Administrative Agent and Lender"
    text = path.read_text(errors="replace")
    for ev in party_to["evidence"]:
        assert ev["document"] == document["id"] and ev["text"] in text
    assert not edges(graph, "CONTAINS")


def test_one_lower_case_role_ends_a_list_of_names_and_two_capacities_are_both_kept() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On April 3, 2013, Quillfeather Systems, Inc. entered into a Credit Agreement (the "Credit'
        ' Agreement") with Tollgate National Bank, as administrative agent and a lender, Brackwater'
        " Securities LLC, Fenwick Capital Markets Inc. and Orland Partners LLC, as joint lead "
        "arrangers, and Heronsgate Bank PLC and Sallow Ridge Bank, N.A., as co-syndication agents, "
        "and the lenders party thereto." + _SIGNED
    )
    parties = _parties(_x(text))
    assert parties["Tollgate National Bank"] == "Administrative Agent and Lender"
    for arranger in (
        "Brackwater Securities LLC",
        "Fenwick Capital Markets Inc.",
        "Orland Partners LLC",
    ):
        assert parties[arranger] == "Joint Lead Arranger"
    assert parties["Heronsgate Bank PLC"] == "Co-syndication Agent"
    assert parties["Sallow Ridge Bank, N.A."] == "Co-syndication Agent"
    # a remark between two names breaks the list: the subsidiary is no arranger
    remark = text.replace(
        "lender, Brackwater", "lender, Quillfeather Finance LLC, our subsidiary, Brackwater"
    )
    assert _parties(_x(remark)).get("Quillfeather Finance LLC") != "Joint Lead Arranger"


def test_the_item_says_who_borrows_and_who_guarantees() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On May 14, 2013, Larchmont Tools, Inc. ("Larchmont") and Quillfeather Holdings LLC '
        'entered into a Credit Agreement (the "Credit Agreement") with Tollgate National Bank, '
        "as administrative agent and a lender, and Sallow Ridge Bank, N.A., as a lender. "
        "Larchmont is a wholly-owned subsidiary of the Company. Quillfeather Holdings LLC "
        "executed the Credit Agreement solely as a guarantor. The Company has not guaranteed "
        "any obligations under the Credit Agreement. Larchmont borrowed $20,000,000 under a "
        "term loan on the closing date." + _SIGNED
    )
    x = _x(text)
    parties = _parties(x)
    assert parties["Larchmont Tools, Inc."] == "Borrower"
    assert parties["Quillfeather Holdings LLC"] == "Guarantor"
    assert "Quillfeather Systems, Inc." not in parties  # not guaranteed: no party
    lends = passage_edges(x, "LENDS_TO")
    assert ("Sallow Ridge Bank, N.A.", "Larchmont Tools, Inc.") in lends
    assert ("Tollgate National Bank", "Larchmont Tools, Inc.") in lends
    secures = {source for source, _ in passage_edges(x, "SECURES")}
    assert "Quillfeather Holdings LLC" in secures
    _cited(x)


def test_we_enter_into_an_agreement_in_the_capacity_stated_after_its_term() -> None:
    text = (
        _COVER + "Item 2.03 Creation of a Direct Financial Obligation.\n\n"
        'On June 4, 2013, we entered into a revolving credit agreement (the "Revolving Credit '
        'Agreement"), as guarantor, with Larchmont Tools, Inc., our wholly owned subsidiary, and '
        "Tollgate National Bank, as administrative agent, and the lenders party thereto. "
        "Larchmont Tools may borrow advances of up to $300 million. We guarantee the "
        "obligations of Larchmont Tools under the Revolving Credit Agreement." + _SIGNED
    )
    x = _x(text)
    parties = _parties(x)
    assert parties["QUILLFEATHER SYSTEMS, INC."] == "Guarantor"
    assert parties["Larchmont Tools, Inc."] == "Borrower"
    assert parties["Tollgate National Bank"] == "Administrative Agent"
    _cited(x)


def test_the_cover_says_where_the_registrant_is_incorporated() -> None:
    row = (
        "Nevada\t\t001-34567\t\t88-1234567\n(State or other jurisdiction of incorporation)"
        "\t(Commission File Number)\t(IRS Employer Identification No.)\n\n"
    )
    text = (
        _COVER + row + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On March 9, 2012, Quillfeather Systems, Inc. entered into a Loan Agreement (the "Loan '
        'Agreement") with Marrow Lane Bank, N.A., as lender.' + _SIGNED
    )
    x = _x(text)
    [quill] = [e for e in x.entities if e.props.get("name") == "Quillfeather Systems, Inc."]
    assert quill.props["jurisdiction"] == "Nevada"
    [bank] = [e for e in x.entities if e.props.get("name") == "Marrow Lane Bank, N.A."]
    assert "jurisdiction" not in bank.props  # only the registrant's place is on the cover
    _cited(x)
    # a row with two places ("Nevada ... Texas" for the address) says nothing sure
    two = text.replace("\t\t001-34567", "\t\tTexas\t\t001-34567")
    [quill] = [e for e in _x(two).entities if e.props.get("name") == "Quillfeather Systems, Inc."]
    assert "jurisdiction" not in quill.props


def _facilities(x: Extraction) -> dict[str, dict[str, object]]:
    return {str(e.props["title"]): dict(e.props) for e in x.entities if e.label == "Instrument"}


def test_the_facilities_of_the_announcing_item_with_amounts_and_maturity() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On October 2, 2014, Larchmont Tools, Inc. entered into a Credit Agreement (the "Credit '
        'Agreement") with Tollgate National Bank, as administrative agent and a lender. '
        "Larchmont borrowed $30,000,000 from the Lenders in the form of a term loan (the "
        '"Term Loan") and drew $1,000,000 from a $7,500,000 revolving credit facility (the '
        '"Revolver"). The final maturity date of both the Term Loan and the Revolver is '
        "October 2, 2019. The Term Loan will amortize in quarterly installments beginning "
        "December 31, 2014.\n\nItem 2.03 Creation of a Direct Financial Obligation.\n\n"
        "See Item 1.01." + _SIGNED
    )
    x = _x(text)
    facilities = _facilities(x)
    assert facilities["Term Loan"]["amount"] == 30_000_000
    assert facilities["Revolver"]["amount"] == 7_500_000
    assert facilities["Revolver"]["maturity_date"] == "2019-10-02"
    assert facilities["Term Loan"]["maturity_date"] == "2019-10-02"
    under = {r.source for r in x.relations if r.type == "ISSUED_UNDER" and r.target == SELF_REF}
    assert {"instrument:term loan|", "instrument:revolver|"} <= under
    _cited(x)


def test_a_facility_amount_after_its_noun_and_the_agreements_end_as_its_maturity() -> None:
    text = (
        _COVER + "Item 2.03 Creation of a Direct Financial Obligation.\n\n"
        'On June 4, 2013, the Company entered into a revolving credit agreement (the "Revolving '
        'Credit Agreement") with Tollgate National Bank, as administrative agent, for a 364-day '
        "senior unsecured revolving credit facility in an aggregate principal amount of $1.5 "
        "billion. The Revolving Credit Agreement is scheduled to terminate on June 3, 2014."
        + _SIGNED
    )
    facilities = _facilities(_x(text))
    assert facilities == {
        "senior unsecured revolving credit facility": {
            "title": "senior unsecured revolving credit facility",
            "kind": "credit_facility",
            "amount": 1_500_000_000,
            "currency": "USD",
            "maturity_date": "2014-06-03",
        }
    }
    # an item that states no amount names no facility
    bare = text.replace(" in an aggregate principal amount of $1.5 billion", "")
    assert _facilities(_x(bare)) == {}


def test_terms_an_earlier_item_defines_name_the_parties_of_the_announcement() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement\n\n"
        'On August 5, 2016, Larchmont Tools, Inc. ("Larchmont"), a wholly owned subsidiary of '
        'Quillfeather Systems, Inc. (the "Company"), entered into a secured term loan facility '
        "as described in Item 2.03, which description is incorporated herein by reference.\n\n"
        "Item 2.03 Creation of a Direct Financial Obligation\n\n"
        "On August 5, 2016, Larchmont entered into a Loan and Guaranty Agreement, dated as of "
        'August 5, 2016 (the "Loan Agreement"). The Loan Agreement is among Larchmont, as '
        "borrower, the Company, as a guarantor, and Tollgate National Bank, as lender." + _SIGNED
    )
    x = _x(text)
    parties = _parties(x)
    assert parties["Larchmont Tools, Inc."] == "Borrower"
    assert "Guarantor" in str(parties["Quillfeather Systems, Inc."])
    assert parties["Tollgate National Bank"] == "Lender"
    _cited(x)
    # a company the announcement only names as an owner is no party
    owner = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement\n\n"
        'On August 5, 2016, Larchmont Tools, Inc. entered into a Loan Agreement (the "Loan '
        'Agreement") with Tollgate National Bank, as lender. Larchmont Tools, Inc. is a wholly '
        'owned subsidiary of Quillfeather Systems, Inc. (the "Company"). The Company is not a '
        "party to the Loan Agreement." + _SIGNED
    )
    assert "Quillfeather Systems, Inc." not in _parties(_x(owner))


def test_a_bank_serving_as_agent_for_the_agreement_and_the_lone_entering_company_borrows() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement\n\n"
        "Quillfeather Systems, Inc. announced on May 2, 2011 that it has replaced its existing "
        '$80 million credit agreement with a new $95 million credit agreement (the "New Credit '
        'Agreement"). The New Credit Agreement provides for a revolving line of credit of up '
        "to $95 million.\nTollgate National Bank, N.A. serves as administrative agent and "
        "issuing lender for the credit agreement and Brackwater Securities LLC as sole lead "
        "arranger. Heronsgate Capital LLC serves as collateral agent for the second lien term "
        "loan agreement." + _SIGNED
    )
    x = _x(text)
    parties = _parties(x)
    assert parties["Tollgate National Bank, N.A."] == "Administrative Agent and Issuing Lender"
    assert parties["Brackwater Securities LLC"] == "Sole Lead Arranger"
    assert "Heronsgate Capital LLC" not in parties  # another agreement's agent
    assert parties["Quillfeather Systems, Inc."] == "Borrower"
    assert passage_edges(x, "LENDS_TO") == {
        ("Tollgate National Bank, N.A.", "Quillfeather Systems, Inc.")
    }
    _cited(x)
    # a purchase agreement's lone entering company is no borrower
    sale = text.replace("credit agreement", "asset purchase agreement").replace(
        '"New Credit Agreement"', '"Purchase Agreement"'
    )
    assert _parties(_x(sale)).get("Quillfeather Systems, Inc.") != "Borrower"


def test_a_company_and_its_subsidiaries_as_guarantors_and_a_passive_guaranty() -> None:
    # facts written before the extractor ran: Larchmont borrows, the Company guarantees (in a
    # list with its subsidiaries, or by "are guaranteed by the Company"), Heronsgate lends
    listed = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On January 15, 2014, the Company entered into a Loan and Security Agreement (the "Loan '
        'Agreement") among Larchmont Tools, Inc., as borrower, the Company and its subsidiaries, '
        "as guarantors, and Heronsgate Capital LLC, as lender and collateral agent." + _SIGNED
    )
    x = _x(listed)
    parties = _parties(x)
    assert "Guarantor" in str(parties["QUILLFEATHER SYSTEMS, INC."])
    assert parties["Larchmont Tools, Inc."] == "Borrower"
    assert parties["Heronsgate Capital LLC"] == "Lender and Collateral Agent"
    names = {e.ref: e.props.get("name") or e.props.get("description") for e in x.entities}
    assert {names[r.source] for r in x.relations if r.type == "SECURES"} == {
        "QUILLFEATHER SYSTEMS, INC."
    }
    passive = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On September 30, 2013, Larchmont Tools, Inc. (the "Borrower"), a wholly owned '
        'subsidiary of the Company, entered into a Credit Agreement (the "Credit Agreement") '
        "with Sallow Ridge Bank, N.A., as lender, providing for a $15,000,000 revolving credit "
        "facility maturing on September 30, 2016. The obligations of the Borrower under the "
        "Credit Agreement are guaranteed by the Company and its subsidiaries, as guarantors, and "
        "are secured by a first priority lien on substantially all of the assets of the "
        "Borrower and the guarantors." + _SIGNED
    )
    x = _x(passive)
    parties = _parties(x)
    assert parties["QUILLFEATHER SYSTEMS, INC."] == "Guarantor"
    assert parties["Larchmont Tools, Inc."] == "Borrower"
    names = {e.ref: e.props.get("name") or e.props.get("description") for e in x.entities}
    secures = {names[r.source] for r in x.relations if r.type == "SECURES"}
    assert secures == {
        "QUILLFEATHER SYSTEMS, INC.",
        "substantially all of the assets of the Borrower and the guarantors",
    }
    assert _facilities(x)["revolving credit facility"]["maturity_date"] == "2016-09-30"
    _cited(x)
    # "has not been guaranteed by the Company": no guarantor
    denied = passive.replace(
        "are guaranteed by the Company and its subsidiaries, as guarantors, and ", ""
    ).replace("guarantors.", "guarantors. The Company has not guaranteed the Credit Agreement.")
    assert "QUILLFEATHER SYSTEMS, INC." not in _parties(_x(denied))


def test_item_2_03_announces_a_note_issued_to_an_investor() -> None:
    text = (
        _COVER + "Item 2.03 Creation of a Direct Financial Obligation.\n\n"
        'On November 12, 2015, the Company issued a Senior Secured Promissory Note (the "Note") '
        "in the principal amount of $2,500,000 to Glenmoor Capital Partners, LP (the "
        '"Investor"). The Note bears interest at 10% per annum and matures on November 12, '
        "2017." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["title"], props["kind"], props["date"]) == (
        "Senior Secured Promissory Note",
        "note",
        "2015-11-12",
    )
    assert (props["amount"], props["interest_rate"], props["maturity_date"]) == (
        2_500_000,
        10,
        "2017-11-12",
    )
    names = {e.ref: e.props.get("name") for e in x.entities}
    edges_ = {(r.type, names.get(r.source), names.get(r.target) or r.target) for r in x.relations}
    assert ("ISSUES", "QUILLFEATHER SYSTEMS, INC.", SELF_REF) in edges_
    assert ("HOLDS", "Glenmoor Capital Partners, LP", SELF_REF) in edges_
    assert ("LENDS_TO", "Glenmoor Capital Partners, LP", "QUILLFEATHER SYSTEMS, INC.") in edges_
    _cited(x)
    # a press release issued to the market announces no note
    release = text.replace("issued a Senior Secured Promissory Note", "issued a press release")
    assert _x(release).warnings


def test_an_amendment_announced_under_item_1_01_names_the_agreement_it_amends() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On July 8, 2014, the Company entered into a Second Amendment to Credit Agreement (the "
        '"Second Amendment") with Tollgate National Bank, as administrative agent, and the '
        "lenders party thereto, which amends the Credit Agreement, dated as of March 1, 2012 "
        '(the "Credit Agreement"), among the Company, as borrower, Tollgate National Bank, as '
        "administrative agent, and the lenders party thereto. The Second Amendment increases "
        "the revolving commitments from $40 million to $60 million." + _SIGNED
    )
    x = _x(text)
    props = _subject(x)
    assert (props["kind"], props["amendment_number"], props["date"]) == (
        "amendment",
        2,
        "2014-07-08",
    )
    [base] = [e for e in x.entities if e.label == "Agreement" and e.ref != SELF_REF]
    assert (base.props["title"], base.props["date"]) == ("Credit Agreement", "2012-03-01")
    assert any(r.type == "AMENDS" and r.target == base.ref for r in x.relations)
    names = {e.ref: e.props.get("name") for e in x.entities}
    base_roles = {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == base.ref
    }
    assert base_roles == {
        "QUILLFEATHER SYSTEMS, INC.": "Borrower",
        "Tollgate National Bank": "Administrative Agent",
    }
    _cited(x)


def test_a_party_that_grants_collateral_for_the_announced_facility_secures_it() -> None:
    text = (
        _COVER + "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On May 14, 2013, Larchmont Tools, Inc. ("Larchmont") and Quillfeather Holdings LLC '
        '("Quillfeather Holdings") entered into a Credit Agreement (the "Credit Agreement") '
        "with Tollgate National Bank, as administrative agent and a lender. Quillfeather "
        "Holdings executed the Credit Agreement solely as a guarantor and granted a security "
        "interest in all of the outstanding equity in Larchmont as collateral for the Credit "
        "Facility. Larchmont "
        "granted a lien on its warehouse as collateral for the Existing Notes." + _SIGNED
    )
    x = _x(text)
    names = {e.ref: e.props.get("name") or e.props.get("description") for e in x.entities}
    secures = {names[r.source] for r in x.relations if r.type == "SECURES"}
    assert secures == {"Quillfeather Holdings LLC", "all of the outstanding equity in Larchmont"}
    _cited(x)
