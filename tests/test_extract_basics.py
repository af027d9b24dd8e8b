"""The basics every agreement has — title, date, governing law, parties — on passages written
in the general shapes of commercial drafting (not sentences of any sample), plus the CUAD
development set as a regression floor."""

from __future__ import annotations

import pytest

from graph.identity import titled_key
from ingest.extract import extract
from ingest.law import governing_law
from ingest.records import SourceDocument
from tests.evaluation.cuad import evaluate, load_labels, norm_law
from tests.passages import own_parties


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "This Agreement shall be governed by and construed in accordance with the laws of "
            "the State of New York, without regard to its conflict of laws principles.",
            "New York",
        ),
        (
            "This Agreement shall be construed and interpreted in accordance with the internal "
            "laws of the Commonwealth of Massachusetts.",
            "Massachusetts",
        ),
        ("The laws of the State of Delaware shall govern this Agreement.", "Delaware"),
        ("This Agreement is governed by English law.", "England"),
        ("This Contract is subject to the laws of the Province of Ontario.", "Ontario, Canada"),
        (
            "This Agreement shall be governed by the laws of the PRC, without regard to its "
            "conflicts of law rules.",
            "People's Republic of China",
        ),
        (
            "This Agreement shall be governed by the laws of the United States and, to the "
            "extent not inconsistent therewith, by the laws of the Commonwealth of Kentucky.",
            "Kentucky",
        ),
        (
            "This Agreement shall be governed by, and construed in accordance with, the laws of "
            "the Federal Republic of Germany.",
            "Germany",
        ),
        ("Effective legislation of the Republic of Kazakhstan shall apply.", "Kazakhstan"),
        ("Each party is a corporation organized under the laws of the State of Utah.", None),
    ],
)
def test_governing_law_phrasings(clause: str, expected: str | None) -> None:
    found = governing_law(clause)
    assert (found.jurisdiction if found else None) == expected
    if found:  # the evidence is the clause up to the jurisdiction
        assert clause[found.start : found.end].endswith(clause[: found.end].split()[-1])


def test_incorporation_is_no_choice_of_law() -> None:
    text = (
        "Acme Corp. is a corporation duly organized, validly existing and in good standing "
        "under the laws of the State of Nevada. This Agreement shall be governed by the laws "
        "of the State of Texas."
    )
    found = governing_law(text)
    assert found is not None and found.jurisdiction == "Texas"


def test_the_clause_under_a_governing_law_heading_wins() -> None:
    text = (
        "5. Compliance. Each party shall comply with all laws applicable to its performance, "
        "including the export laws of the United States.\n\n"
        "12. Governing Law. This Agreement is governed by the laws of the State of Illinois.\n"
    )
    found = governing_law(text)
    assert found is not None and found.jurisdiction == "Illinois"


def _own(text: str) -> dict[str, object]:
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    own = [e for e in ex.entities if e.ref == "agreement:self"]
    assert own, ex.warnings
    return dict(own[0].props)


def test_a_title_flattened_into_the_preamble_paragraph() -> None:
    text = (
        "EXHIBIT 10.7 MARKETING, DISTRIBUTION & SUPPORT AGREEMENT This Agreement (the "
        '"Agreement") is made and entered into as of the 9t h day of June, 2011 by and between '
        'Harlow Devices, Inc., a Delaware corporation ("Harlow"), and Penfield Trading Ltd., a '
        'Hong Kong company ("Penfield").\n\nNOW, THEREFORE, the parties agree as follows:\n'
        "1. Governing Law. This Agreement shall be construed in accordance with the laws of "
        "Hong Kong.\n"
    )
    props = _own(text)
    assert props["title"] == "Marketing, Distribution & Support Agreement"
    assert props["date"] == "2011-06-09"
    assert props["governing_law"] == "Hong Kong"


def test_a_title_below_a_confidentiality_legend() -> None:
    text = (
        "CONFIDENTIAL TREATMENT REQUESTED. CERTAIN PORTIONS OF THIS DOCUMENT HAVE BEEN OMITTED\n"
        "AND FILED SEPARATELY WITH THE COMMISSION.\n\n"
        "Execution Copy\n\n"
        "HOSTING SERVICES AGREEMENT\n\n"
        "This Agreement is entered into on March 3, 2009 between Quarry Labs LLC "
        '("Quarry") and Elmstead Retail, Inc. ("Customer").\n'
    )
    props = _own(text)
    assert props["title"] == "Hosting Services Agreement"
    assert props["date"] == "2009-03-03"


def test_an_agreement_that_calls_itself_only_this_agreement() -> None:
    text = (
        "[logo]\n\nThis Agreement is made as of May 5, 2016 by and between Northgate Media LLC "
        '("Northgate") and Sable Audio Corp. ("Sable").\n'
    )
    props = _own(text)
    assert props["title"] == "Agreement"
    # a bare title meets no other document's agreement of the same date
    assert titled_key("Agreement", "Agreement", "2016-05-05", "d1" * 32) != titled_key(
        "Agreement", "Agreement", "2016-05-05", "d2" * 32
    )


def test_parties_listed_below_the_preamble() -> None:
    text = (
        "SUPPLY AGREEMENT\n\n"
        'This Supply Agreement (the "Agreement") is made as of April 2, 2014 by and among the '
        "following parties:\n\n"
        '(a) Brightwater Foods, Inc., a Delaware corporation ("Brightwater");\n\n'
        '(b) Kessel Packaging GmbH, a German company ("Supplier"); and\n\n'
        '(c) Tolliver Logistics, LLC, an Ohio limited liability company ("Tolliver").\n\n'
        "1. Recitals.\n\nWhereas Brightwater buys packaging.\n"
    )
    parties = own_parties(text)
    assert set(parties) == {
        "Brightwater Foods, Inc.",
        "Kessel Packaging GmbH",
        "Tolliver Logistics, LLC",
    }
    assert parties["Kessel Packaging GmbH"] == ("Supplier",)


def test_a_titled_signer_beside_named_parties_is_no_party() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        'This License Agreement is made as of July 1, 2015 between Orbit Games, Inc. ("Licensor") '
        'and Fathom Play Ltd. ("Licensee").\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "By: /s/ Mara Quill      By: /s/ Dev Anand\n"
        "Name: Mara Quill        Name: Dev Anand\n"
        "Title: President        Title: Director\n"
    )
    assert set(own_parties(text)) == {"Orbit Games, Inc.", "Fathom Play Ltd."}


def test_a_place_in_parentheses_inside_a_name_and_a_capitalised_descriptor() -> None:
    text = (
        "STRATEGIC ALLIANCE AGREEMENT\n\n"
        "This Strategic Alliance Agreement is made as of June 1, 2016 by and between Corvane "
        "Semiconductor (UK) Ltd., a corporation organized under the laws of England and Wales "
        '("Corvane"), and Lumio Inc., a Delaware Corporation ("Lumio").\n'
    )
    assert set(own_parties(text)) == {"Corvane Semiconductor (UK) Ltd.", "Lumio Inc."}


def test_a_name_without_an_org_word_is_a_party_when_a_term_follows_it() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        'This License Agreement (hereinafter "Agreement") is entered into as of May 1, 2012 by '
        'and between The Whitcombe Institute of Technology (hereinafter "WIT"), with offices at '
        '40 Elm Street, Boston, Massachusetts 02116, USA ("Licensor"), Marta Ilves ("Ilves") '
        'and Quillbeam.com ("Licensee").\n'
    )
    parties = own_parties(text)
    assert set(parties) == {"Whitcombe Institute of Technology", "Marta Ilves", "Quillbeam.com"}
    assert "USA" not in parties  # the end of an address, not a party


def test_signature_pages_keep_signed_companies_only() -> None:
    text = (
        "CONSTRUCTION AND MAINTENANCE AGREEMENT\n\n"
        "This Agreement is made as of May 2, 1998 by and among the parties listed in "
        "Schedule 1.\n\n"
        "IN WITNESS WHEREOF the Parties have caused this Agreement to be signed.\n\n"
        "For and on behalf of Harbor Cable plc\n\n"
        "     ---------------------------\n\n"
        "Tallis Telecom S.A.\n\n"
        "     ---------------------------\n\n"
        "Schedule 2\n\n"
        "Postal Services\n\n"
        "Insurance Services\n"
    )
    assert set(own_parties(text)) == {"Harbor Cable plc", "Tallis Telecom S.A."}


def test_law_labels_are_compared_by_place() -> None:
    assert norm_law("the State of New York") == norm_law("New York")
    assert norm_law("Province of Ontario, Canada") == norm_law("Ontario, Canada")
    assert norm_law("England and Wales, UK") == norm_law("England")


#: Floors measured on CUAD when this test was written (tuned / held-out). They guard against
#: regressions; the issue's bars (0.97 found, 0.90 title/date/law, 0.85 party names) are
#: reported by `make eval` (the tuned part meets them for found, title, date and law). Stop 26
#: raised the party floors (tuned .926/.908, held out .852/.812, partly from the "d/b/a" label
#: convention of the scorer) and the held-out title (.872); stop 31 the held-out party recall
#: (.829).
_FLOORS = {
    "tuned": {"found": 0.99, "title": 0.94, "date": 0.96, "law": 0.97},
    "heldout": {"found": 0.99, "title": 0.87, "date": 0.90, "law": 0.94},
}
_PARTY_FLOORS = {"tuned": (0.92, 0.90), "heldout": (0.85, 0.82)}


def test_cuad_basics_do_not_regress() -> None:
    tallies = evaluate(load_labels())
    for part, tally in tallies.items():
        rates = tally.rates()
        for name, floor in _FLOORS[part].items():
            assert rates[name] >= floor, (part, name, rates[name])
        precision, recall = _PARTY_FLOORS[part]
        assert rates["party_precision"] >= precision, (part, rates)
        assert rates["party_recall"] >= recall, (part, rates)


def test_guarantors_who_sign_a_reaffirmation_secure_the_credit_agreement() -> None:
    text = (
        "AMENDMENT NO. 3 TO CREDIT AGREEMENT\n\n"
        'This Amendment No. 3 to Credit Agreement (this "Amendment") is dated as of March 1, '
        "2007 and is entered into by and among Corbin Tools, Inc., a Delaware corporation (the "
        '"Borrower"), and Fifth Harbor Bank, N.A. (the "Lender"), and amends the Credit '
        'Agreement dated as of June 30, 2004 (the "Credit Agreement") between the Borrower and '
        "the Lender.\n\n"
        "1. Amendment. Section 6.1 of the Credit Agreement is amended as set out below.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
        "CORBIN TOOLS, INC., as Borrower\n\nBy: /s/ Ann Lowe\nName: Ann Lowe\nTitle: CFO\n\n"
        "FIFTH HARBOR BANK, N.A., as Lender\n\nBy: /s/ Tom Reyes\nName: Tom Reyes\n"
        "Title: Vice President\n\n"
        "REAFFIRMATION\n\n"
        "Each of the undersigned hereby reaffirms its Guaranty of the obligations under the\n"
        "Credit Agreement as amended by the Amendment.\n\n"
        "CORBIN HOLDINGS, LLC\nCORBIN EXPORT CORP.\n\nBy: /s/ Ann Lowe\nTitle: Manager\n"
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    names = {e.ref: e.props.get("name") for e in ex.entities}
    secures = {
        (names[r.source], names.get(r.target) or r.target)
        for r in ex.relations
        if r.type == "SECURES"
    }
    credit = next(
        r.target for r in ex.relations if r.type == "AMENDS" and r.source == "agreement:self"
    )
    assert {s for s, t in secures if t == credit or t == names.get(credit)} == {
        "CORBIN HOLDINGS, LLC",
        "CORBIN EXPORT CORP.",
    }
    lender = [r for r in ex.relations if r.type == "SECURES" and "fifth" in r.source]
    assert not lender  # a lender is never a guarantor of its own loan


def test_an_undated_preamble_takes_the_date_of_signing() -> None:
    text = (
        "HOSTING AGREEMENT\n\n"
        "This Hosting Agreement is effective on the date of the last signature below, by and "
        'between Nimbus Rack LLC ("Provider") and Ostrander Books, Inc. ("Customer").\n\n'
        "IN WITNESS WHEREOF, the parties have signed this Agreement.\n\n"
        "NIMBUS RACK LLC\n\nBy: /s/ Lee Park\nTitle: CEO\nDate: January 9, 2017\n\n"
        "OSTRANDER BOOKS, INC.\n\nBy: /s/ Ruth Ames\nTitle: President\nDate: January 12, 2017\n"
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    own = next(e for e in ex.entities if e.ref == "agreement:self")
    assert own.props["date"] == "2017-01-12"
    assert any(span.text == "January 12, 2017" for span in own.evidence)  # cited where stated


def test_the_cover_heading_is_the_full_title() -> None:
    text = (
        "WIRELESS CONTENT LICENSE AGREEMENT\n\n"
        'This License Agreement (this "Agreement") is entered into as of December 16, 2004 by '
        'and between Kestrel Media, Inc. ("Licensor") and Tern Mobile, Inc. ("Licensee").\n'
    )
    assert _own(text)["title"] == "Wireless Content License Agreement"
