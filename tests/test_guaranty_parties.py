"""Guarantors are parties to the guaranty they give: an amendment whose guarantors reaffirm "a
Guarantee Agreement", a credit agreement defining "the Guaranty" its guarantors execute, a
parent's and the subsidiaries' guaranties told apart by the guarantors' roles. Passages
written for this test in each shape (invented parties), then real documents of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from tests.passages import edges, entity_names, extract_text
from tests.paths import CORPUS

_AMENDMENT = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    'THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of June 4, 2019, '
    'among Harrow Pike Industries, Inc., a Delaware corporation (the "Borrower"), the Lenders '
    'party hereto and Calder Plain Bank, N.A., as administrative agent (the "Agent").\n\n'
    "RECITALS\n\nThe Borrower, the Lenders and the Agent are parties to a Credit Agreement "
    'dated as of March 1, 2017 (the "Credit Agreement").\n\n'
    "Section 4. Reaffirmation. Each Subsidiary of the Borrower that is listed on the signature "
    'pages to this Amendment (each, a "Guarantor") (i) is party to a Guarantee Agreement '
    "guaranteeing payment of the Obligations and (ii) agrees that such Guarantee Agreement "
    "shall remain in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Amendment as of the date first "
    "written above.\n\n"
    "BORROWER:\n\nHARROW PIKE INDUSTRIES, INC.\n\nBy: /s/ Lena M. Ostrova\nName: Lena M. "
    "Ostrova\nTitle: Treasurer\n\n"
    "GUARANTORS:\n\nHARROW PIKE LOGISTICS, LLC\n\nBy: /s/ Lena M. Ostrova\nName: Lena M. "
    "Ostrova\nTitle: Treasurer\n\n"
    "HARROW PIKE MARINE, INC.\n\nBy: /s/ Lena M. Ostrova\nName: Lena M. Ostrova\nTitle: "
    "Treasurer\n\n"
    "AGENT AND LENDER:\n\nCALDER PLAIN BANK, N.A.\n\nBy: /s/ Odell F. Marsh\nName: Odell F. "
    "Marsh\nTitle: Vice President\n"
)


def test_guarantors_reaffirming_a_titled_guaranty_are_parties_to_it() -> None:
    x = extract_text(_AMENDMENT)
    party_to = edges(x, "PARTY_TO")
    names = set(entity_names(x).values())
    assert "Guarantee Agreement" in names, names
    assert {
        ("HARROW PIKE LOGISTICS, LLC", "Guarantee Agreement"),
        ("HARROW PIKE MARINE, INC.", "Guarantee Agreement"),
    } <= party_to, party_to
    # the borrower and the bank give no guaranty
    givers = {s for s, t in party_to if t == "Guarantee Agreement"}
    assert not givers & {"HARROW PIKE INDUSTRIES, INC.", "CALDER PLAIN BANK, N.A."}, givers
    role = {
        r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and entity_names(x)[r.target] == "Guarantee Agreement"
    }
    assert role == {"Guarantor"}


def test_a_guaranty_named_only_as_each_guarantors_own_is_no_agreement_of_them_all() -> None:
    # "under its Guaranty": each guarantor gives a guaranty of its own, none named here
    text = _AMENDMENT.replace("is party to a Guarantee Agreement", "is bound by its Guaranty")
    text = text.replace("such Guarantee Agreement", "its Guaranty")
    x = extract_text(text)
    assert not {t for _, t in edges(x, "PARTY_TO") if "Guarant" in t}, edges(x, "PARTY_TO")


_CREDIT = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (this "Agreement") is entered into as of May 2, 2017, by and '
    'between Bellwether Quarry Holdings, Inc., an Ohio corporation ("Borrower"), and '
    'LANTERN RIDGE BANK ("Bank").\n\n'
    "1.1 Definitions.\n\n"
    '"Guarantors" means Bellwether Aggregates, LLC and Bellwether Haulage, Inc.\n\n'
    '"Guaranty" means, collectively, each guaranty executed by a Guarantor on or about the '
    "date hereof, as amended from time to time.\n\n"
    '"Loan" means the loans made by Bank to Borrower hereunder.\n\n'
    "2.1 Loans. Bank agrees to make loans to Borrower in an amount not to exceed $2,500,000.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first "
    "written above.\n\n"
    "BELLWETHER QUARRY HOLDINGS, INC.\n\nBy: /s/ Corin A. Vale\nCorin A. Vale, President\n\n"
    "LANTERN RIDGE BANK\n\nBy: /s/ Ruth K. Ambler\nRuth K. Ambler, Senior Vice President\n"
)


def test_guarantors_of_a_defined_guaranty_are_parties_to_it() -> None:
    x = extract_text(_CREDIT)
    party_to = edges(x, "PARTY_TO")
    assert {
        ("Bellwether Aggregates, LLC", "Guaranty"),
        ("Bellwether Haulage, Inc.", "Guaranty"),
    } <= party_to, party_to
    assert ("LANTERN RIDGE BANK", "Guaranty") not in party_to
    # the edge cites the definition naming the guaranty
    cited = " | ".join(
        sp.text
        for r in x.relations
        if r.type == "PARTY_TO" and entity_names(x)[r.target] == "Guaranty"
        for sp in r.evidence
    )
    assert '"Guaranty" means, collectively, each guaranty' in cited, cited


def test_a_real_amendments_subsidiaries_are_parties_to_the_guarantee_agreement() -> None:
    # Amendment No. 1 (Oil States): the subsidiaries signing under "GUARANTORS" reaffirm it
    path = CORPUS / "credit-dev" / "lexpredict-1121484-2005-03-02.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    party_to = edges(x, "PARTY_TO")
    givers = {s for s, t in party_to if t == "Guarantee Agreement"}
    assert len(givers) >= 20, givers
    assert "Sooner Pipe GP, L.L.C.".upper() in {g.upper() for g in givers}
    assert not {g for g in givers if "BANK" in g.upper()}, givers


def test_parent_and_subsidiary_guarantors_go_to_their_own_guaranty() -> None:
    text = _CREDIT.replace(
        '"Guarantors" means Bellwether Aggregates, LLC and Bellwether Haulage, Inc.\n\n'
        '"Guaranty" means, collectively, each guaranty executed by a Guarantor on or about the '
        "date hereof, as amended from time to time.\n\n",
        '"Subsidiary Guarantors" means Bellwether Aggregates, LLC and Bellwether Haulage, Inc.\n\n'
        '"Parent Guarantor" means Bellwether Group, Inc.\n\n'
        '"Subsidiary Guaranty" means the guaranty executed by the Subsidiary Guarantors.\n\n'
        '"Parent Guaranty" means the guaranty executed by the Parent Guarantor.\n\n',
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    assert {
        ("Bellwether Aggregates, LLC", "Subsidiary Guaranty"),
        ("Bellwether Haulage, Inc.", "Subsidiary Guaranty"),
    } <= party_to, party_to
    assert ("Bellwether Aggregates, LLC", "Parent Guaranty") not in party_to, party_to
