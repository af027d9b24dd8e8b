"""``extract()`` on the real sample documents: seeds in detail, every document for invariants."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from graph.schema import NODE_TYPES, REL_TYPES, allowed
from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from tests.paths import CORPUS

DOCS = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "edgar").glob("*.txt"))


def _source(path: Path) -> SourceDocument:
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    return SourceDocument(text=text, path=str(path))


@cache
def _extract(name: str) -> Extraction:
    return extract(_source(next(p for p in DOCS if p.name == name)))


def _parties(x: Extraction) -> dict[str, str]:
    return {e.props["name"].lower(): e.ref for e in x.entities if e.label == "Party"}  # type: ignore[union-attr]


def _party_to(x: Extraction) -> set[str]:
    return {r.source for r in x.relations if r.type == "PARTY_TO" and r.target == "agreement:self"}


def test_seed_amendment_no_2() -> None:
    x = _extract("000_42ddd5099abacb80.txt")
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props["date"] == "2006-12-14" and own.props["kind"] == "amendment"
    assert own.props["amendment_number"] == 2 and own.props["governing_law"] == "New York"
    zoltek = next(e for e in x.entities if e.props.get("name") == "Zoltek Companies, Inc.")
    assert zoltek.props["jurisdiction"] == "Missouri" and "Zoltek" in zoltek.aliases
    lenders = {
        "rockmore investment master fund, ltd",
        "omicron master trust",
        "smithfield fiduciary llc",
        "iroquois capital, l.p.",
        "cranshire capital, l.p.",
        "midsummer investment ltd.",
    }
    parties = _parties(x)
    assert lenders <= set(parties)
    assert {parties[n] for n in lenders} <= _party_to(x)
    signed = {r.source: r.props for r in x.relations if r.type == "SIGNED"}
    assert signed["party:kevin schott"]["title"] == "Chief Financial Officer"


def test_seed_second_amendment_with_southwest_bank() -> None:
    x = _extract("002_b203cef46917a992.txt")
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props["title"] == "Second Amendment to Credit Agreement"
    assert own.props["date"] == "2004-01-13" and own.props["governing_law"] == "Missouri"
    members = {
        "party:zoltek companies inc",
        "party:zoltek corporation",
        "party:cape composites inc",
        "party:engineering technology corporation",
        "party:zoltek properties inc",
        "party:southwest bank of st louis",
    }
    assert members <= _party_to(x)
    signed = {r.source: r.props for r in x.relations if r.type == "SIGNED"}
    assert signed["party:zsolt rumy"]["title"] == "President"
    assert signed["party:john d haffemkeffer"]["on_behalf_of"] == "party:southwest bank of st louis"


def test_seed_debenture_form() -> None:
    x = _extract("004_a6cf6f05e78ff96c.txt")
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.label == "Instrument" and own.props["kind"] == "debenture"
    assert own.props["date"] == "2003-02-13"
    assert "party:zoltek companies inc" in _party_to(x)


def _edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in x.relations if r.type == type_}


def test_waiver_by_the_investor_signatory_below() -> None:
    x = _extract("0001104659-22-131441_2.txt")
    alto = "party:alto opportunity master fund spc segregated master portfolio b"
    note = "instrument:senior secured convertible notes|"
    spa = "agreement:securities purchase agreement|2022-10-10"
    assert {(alto, note), (alto, spa)} <= _edges(x, "WAIVES")
    assert (alto, "party:knightscope inc") in _edges(x, "LENDS_TO")
    assert (note, spa) in _edges(x, "ISSUED_UNDER")


def test_restated_guaranty_with_a_flattened_signature_page() -> None:
    x = _extract("0001861449-23-000002_14.txt")
    titles = [e.props.get("title") for e in x.entities if e.label == "Agreement"]
    assert "Credit Agreement" not in titles
    lsa = "agreement:loan and security agreement|2021-04-27"
    eighth = "agreement:amendment no 8 to loan and security agreement|2022-12-30"
    assert (eighth, lsa) in _edges(x, "AMENDS")
    assert ("asset:emea guarantor collateral", "agreement:self") in _edges(x, "SECURES")
    signed = {r.source: r.props.get("on_behalf_of") for r in x.relations if r.type == "SIGNED"}
    assert signed == {
        "party:shane torchiana": "party:bird rides international holding inc",
        "party:maurice amsellem": "party:midcap financial trust",
    }


def test_agent_and_lender_signing_in_both_capacities_lends() -> None:
    x = _extract("0001564590-23-000008_2.txt")
    assert ("party:mam aardvark llc", "party:acer therapeutics inc") in _edges(x, "LENDS_TO")


def test_subordination_recitals_name_the_borrower_of_the_senior_loan() -> None:
    x = _extract("0001477932-23-000040_7.txt")
    element, icore = "party:element saas finance usa llc", "party:icoreconnect inc"
    assert {(element, icore), ("party:robert mcdermott", icore)} <= _edges(x, "LENDS_TO")
    assert (icore, "agreement:loan and security agreement|") in _edges(x, "PARTY_TO")


def test_note_amendment_lends_through_the_parties_of_the_note() -> None:
    x = _extract("0001683168-23-000003_4.txt")
    assert ("party:jonathan lutz", "party:odyssey health inc") in _edges(x, "LENDS_TO")
    assert ("party:odyssey health inc", "instrument:promissory note|2022-09-21") in _edges(
        x, "ISSUES"
    )


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_every_document_is_consistent(path: Path) -> None:
    x = _extract(path.name)
    text = x.document.text
    refs = {e.ref: e.label for e in x.entities}
    for e in x.entities:
        assert e.label in NODE_TYPES and e.evidence
        for s in e.evidence:
            assert text[s.start : s.end] == s.text
    for r in x.relations:
        assert r.type in REL_TYPES and r.evidence
        assert r.source in refs and r.target in refs, r
        assert allowed(r.type, refs[r.source], refs[r.target]), r
        for s in r.evidence:
            assert text[s.start : s.end] == s.text
