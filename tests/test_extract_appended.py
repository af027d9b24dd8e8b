"""Agreements appended after the main agreement's signatures (a guarantors' consent and
reaffirmation, a joinder) are their own agreements: passages written for this test in the
general shape (invented parties), and real financing exhibits of the corpus."""

from __future__ import annotations

from ingest.agreements.own_agreement import SELF_REF
from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text
from tests.paths import CORPUS

MAIN = """THIRD AMENDMENT TO CREDIT AGREEMENT

This THIRD AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of June 3, 2015
and is entered into by and among Bramblewood Foods, Inc., a Delaware corporation (the
"Borrower"), the lenders party hereto (the "Lenders") and Corvid National Bank, as
administrative agent (the "Agent"), and amends the Credit Agreement dated as of May 1, 2012
among the Borrower, the Lenders and the Agent (the "Credit Agreement").

1. Amendment. Section 6.2 of the Credit Agreement is amended by replacing "$5,000,000" with
"$7,500,000".

2. Conditions. This Amendment shall become effective when the Agent has received
counterparts of this Amendment signed by the Borrower and the Lenders, and the Consent and
Reaffirmation appended hereto signed by each Guarantor.

IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date
first written above.

BRAMBLEWOOD FOODS, INC.

By: /s/ Nora Pettigrew
Name: Nora Pettigrew
Title: Chief Financial Officer

CORVID NATIONAL BANK, as Agent and as a Lender

By: /s/ Elliot Marchbanks
Name: Elliot Marchbanks
Title: Senior Vice President

"""

CONSENT = """CONSENT AND REAFFIRMATION OF GUARANTORS

Each of the undersigned hereby acknowledges receipt of a copy of the foregoing Amendment,
consents to its terms, and reaffirms that the Guaranty executed by it in favor of the Agent
remains in full force and effect and guarantees the Obligations under the Credit Agreement
as amended by the Amendment.

BRAMBLEWOOD LOGISTICS, LLC

By: /s/ Nora Pettigrew
Name: Nora Pettigrew
Title: Treasurer

BRAMBLEWOOD HOLDINGS CORP.

By: /s/ Nora Pettigrew
Name: Nora Pettigrew
Title: Treasurer
"""

JOINDER = """LIMITED JOINDER

Dated as of June 10, 2015

Quarry Hill Partners, L.P., a Texas limited partnership, joins in the foregoing Amendment
for the sole purpose of agreeing to the covenants of Section 6 insofar as they relate to it.

QUARRY HILL PARTNERS, L.P.

By: /s/ Desmond Ackerly
Name: Desmond Ackerly
Title: Manager
"""


def test_an_appended_consent_is_its_own_agreement_with_its_own_parties_and_signers() -> None:
    x = extract_text(MAIN + CONSENT)
    appended = [e for e in x.entities if e.ref.startswith("agreement:appended:")]
    assert [(e.props["title"], e.props["kind"]) for e in appended] == [
        ("Consent and Reaffirmation of Guarantors", "consent")
    ]
    # executed as of the amendment's date, which it does not restate
    assert appended[0].props["date"] == "2015-06-03"
    consent = "Consent and Reaffirmation of Guarantors"
    amendment = "Third Amendment to Credit Agreement"
    party_to = edges(x, "PARTY_TO")
    for guarantor in ("BRAMBLEWOOD LOGISTICS, LLC", "BRAMBLEWOOD HOLDINGS CORP."):
        assert (guarantor, consent) in party_to
        assert (guarantor, amendment) not in party_to  # not a party to the main agreement
        assert (guarantor, "Credit Agreement") in edges(x, "SECURES")
    assert ("Bramblewood Foods, Inc.", amendment) in party_to
    signed = edges(x, "SIGNED")
    assert ("Nora Pettigrew", consent) in signed
    assert ("Elliot Marchbanks", consent) not in signed
    assert (consent, amendment) in edges(x, "REFERENCES")


def test_an_appended_joinder_dated_on_its_own_line() -> None:
    x = extract_text(MAIN + JOINDER)
    joinder = [e for e in x.entities if e.ref.startswith("agreement:appended:")]
    assert [(e.props["kind"], e.props["date"]) for e in joinder] == [("joinder", "2015-06-10")]
    assert ("Quarry Hill Partners, L.P.", "Limited Joinder") in edges(x, "PARTY_TO")
    assert ("Desmond Ackerly", "Limited Joinder") in edges(x, "SIGNED")
    # who joins the agreement above is a party to it too (a consent's signers are not)
    assert ("Quarry Hill Partners, L.P.", "Third Amendment to Credit Agreement") in edges(
        x, "PARTY_TO"
    )
    # no guaranty is spoken of: a joinder to covenants secures nothing
    assert not edges(x, "SECURES")


NOTE = """PROMISSORY NOTE

Date: 6/3/15

FOR VALUE RECEIVED, Bramblewood Foods, Inc. (the "Borrower") hereby promises to pay to the
order of Corvid National Bank (the "Agent") the principal sum of Seven Million Five Hundred
Thousand Dollars, with interest as provided in the Credit Agreement.

BRAMBLEWOOD FOODS, INC.

By: /s/ Nora Pettigrew
Title: Chief Financial Officer
"""


def test_a_note_executed_after_the_signatures_is_its_own_instrument() -> None:
    x = extract_text(MAIN + NOTE)
    (note,) = [e for e in x.entities if e.ref.startswith("instrument:appended:")]
    assert (note.label, note.props["kind"], note.props["date"]) == (
        "Instrument",
        "note",
        "2015-06-03",
    )
    assert ("Bramblewood Foods, Inc.", "Promissory Note") in edges(x, "ISSUES")
    assert ("Corvid National Bank", "Promissory Note") in edges(x, "HOLDS")
    assert ("Promissory Note", "Third Amendment to Credit Agreement") in edges(x, "ISSUED_UNDER")
    assert ("Nora Pettigrew", "Promissory Note") in edges(x, "SIGNED")
    # the maker of a note issues it: no party to it
    assert not [r for r in x.relations if r.type == "PARTY_TO" and r.target == note.ref]


def test_headings_after_the_signatures_that_are_no_agreement() -> None:
    # a lender's name, a signature caption and a notary's acknowledgment
    tail = """MORGAN GUARANTY TRUST COMPANY

By: /s/ Felix Oduya
Title: Vice President

GUARANTORS:

ACKNOWLEDGMENT

On this 3rd day of June, 2015, before me personally appeared Nora Pettigrew, known to me
to be the Chief Financial Officer of Bramblewood Foods, Inc., who acknowledged that she
signed the foregoing instrument.

By: /s/ Hattie Lorne, Notary Public
"""
    assert analyze(MAIN + tail).appended == ()
    assert not [
        e for e in extract_text(MAIN + tail).entities if e.ref.startswith("agreement:appended:")
    ]


def _corpus_doc(name: str) -> Extraction:
    path = CORPUS / "credit-dev" / name
    return extract(SourceDocument(text=path.read_text(errors="replace"), path=str(path)))


def test_real_acknowledgment_and_consent_signed_by_the_guarantors() -> None:
    x = _corpus_doc("lexpredict-1016168-1997-10-30.txt")
    ack = [e for e in x.entities if e.ref.startswith("agreement:appended:")]
    assert [(e.props["title"], e.props["date"]) for e in ack] == [
        ("Acknowledgment and Consent", "1997-09-29")
    ]
    to_ack = {r.source for r in x.relations if r.type == "PARTY_TO" and r.target == ack[0].ref}
    to_main = {r.source for r in x.relations if r.type == "PARTY_TO" and r.target == SELF_REF}
    assert len(to_ack) >= 40
    assert not to_ack & to_main  # the guarantors sign the consent, not the amendment
    assert "party:vencor inc" in to_ack


def test_real_reaffirmation_and_consents_across_the_corpus() -> None:
    x = _corpus_doc("lexpredict-1081971-2006-02-10.txt")
    (reaff,) = [e for e in x.entities if e.ref.startswith("agreement:appended:")]
    assert (reaff.props["kind"], reaff.props["date"]) == ("reaffirmation", "2006-02-08")
    secures = [r for r in x.relations if r.type == "SECURES"]
    assert len(secures) >= 5
    titles = []
    for name in (
        "lexpredict-19731-2008-03-06.txt",
        "lexpredict-61442-1997-07-07.txt",
        "lexpredict-1096019-2000-11-14.txt",
    ):
        text = (CORPUS / "credit-dev" / name).read_text(errors="replace")
        titles += [a.title for a in analyze(text).appended]
    assert titles == [
        "CONSENT AND CONFIRMATION",
        "CONSENT OF GUARANTORS AND AMENDMENT TO GUARANTIES",
        "LIMITED JOINDER",
    ]


CREDIT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of March 2, 2011 among Ashford Mills, Inc., a Delaware corporation
(the "Borrower"), the banks party hereto (the "Lenders") and Larkspur Bank, N.A., as agent
(the "Agent").

5.9 Guaranty. The Obligations shall be guaranteed by each Subsidiary of the Borrower pursuant
to a Guaranty in the form of Exhibit A.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the date
first written above.

ASHFORD MILLS, INC.

By: /s/ Vera Lindqvist
Name: Vera Lindqvist
Title: Treasurer

LARKSPUR BANK, N.A., as Agent and as a Lender

By: /s/ Owen Talbot
Name: Owen Talbot
Title: Vice President

EXHIBIT A

GUARANTY

THIS GUARANTY is dated as of March 2, 2011 and executed by each of Ashford Textiles, LLC, a
Georgia limited liability company, and Ashford Retail Corp., a Delaware corporation (each a
"Guarantor") in favor of Larkspur Bank, N.A., as agent for the Lenders under the Credit
Agreement referred to below. Each Guarantor hereby unconditionally guarantees the payment of
the Obligations of Ashford Mills, Inc. under the Credit Agreement.

"""


def test_a_guaranty_attached_as_an_exhibit_and_signed_gives_its_guarantors() -> None:
    x = extract_text(
        CREDIT + "ASHFORD TEXTILES, LLC\n\nBy: /s/ Vera Lindqvist\nName: Vera Lindqvist\n"
        "Title: Manager\n\nASHFORD RETAIL CORP.\n\nBy: /s/ Vera Lindqvist\n"
        "Name: Vera Lindqvist\nTitle: President\n"
    )
    assert edges(x, "SECURES") == {
        ("Ashford Textiles, LLC", "Credit Agreement"),
        ("Ashford Retail Corp.", "Credit Agreement"),
    }
    guaranty = next(e for e in x.entities if e.props.get("kind") == "guaranty")
    assert guaranty.contained and guaranty.props["title"] == "Guaranty"
    assert ("Ashford Textiles, LLC", "Guaranty") in edges(x, "PARTY_TO")
    # described (and spelt) where the guaranty names them, above their signatures
    places = {
        e.props["name"]: e.props.get("jurisdiction") for e in x.entities if e.label == "Party"
    }
    assert places["Ashford Textiles, LLC"] == "Georgia"
    assert places["Ashford Retail Corp."] == "Delaware"
    assert ("Ashford Textiles, LLC", "Credit Agreement") not in edges(x, "PARTY_TO")


def test_a_blank_form_of_guaranty_names_no_guarantor() -> None:
    blank = CREDIT.replace(
        "each of Ashford Textiles, LLC, a\nGeorgia limited liability company, and Ashford Retail "
        "Corp., a Delaware corporation",
        "each of [NAME OF GUARANTOR], a\n[STATE] [TYPE OF ENTITY]",
    )
    assert blank != CREDIT
    x = extract_text(blank + "[NAME OF GUARANTOR]\n\nBy: ______________________\nName:\nTitle:\n")
    assert edges(x, "SECURES") == set()
    assert not [e for e in x.entities if e.props.get("kind") == "guaranty"]
