"""A PDF that an EDGAR text file carries uuencoded is read for its words: the agreement in it
is found like any other. The PDFs here are built by the test (a page of text in Helvetica), so
what they say is known; two real filings of the credit corpus are read too."""

from __future__ import annotations

import binascii
from pathlib import Path

from ingest.agreements.own_agreement import SELF_REF
from ingest.extract import extract
from ingest.readers import read_file
from tests.paths import CORPUS

_PREAMBLE = [
    "LOAN AGREEMENT",
    "THIS LOAN AGREEMENT is entered into as of June 3, 2005, by and between",
    'HOLLOWAY PRECISION, INC., a Delaware corporation ("Borrower"), and',
    'FIRST CANAL BANK, N.A. ("Bank").',
    "This Agreement shall be governed by the laws of the State of Ohio.",
]


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` (PDF string syntax, one line each)."""
    content = "BT /F1 11 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _carried(pdf: bytes, name: str = "ex10-1.pdf") -> str:
    """The way EDGAR text files carry a PDF: a tag, then the uuencoded file."""
    lines = [binascii.b2a_uu(pdf[i : i + 45]).decode() for i in range(0, len(pdf), 45)]
    return f"\n\n<PDF>\nbegin 644 {name}\n" + "".join(lines) + "`\nend\n"


def test_the_words_of_an_embedded_pdf_are_the_document(tmp_path: Path) -> None:
    path = tmp_path / "exhibit.txt"
    path.write_text(_carried(_pdf(_PREAMBLE)))
    [doc] = read_file(path, max_bytes=1 << 20).documents
    assert doc.text.startswith("LOAN AGREEMENT\nTHIS LOAN AGREEMENT is entered into")
    x = extract(doc)
    [own] = [e for e in x.entities if e.ref == SELF_REF]
    assert (own.props["title"], own.props["date"], own.props["governing_law"]) == (
        "Loan Agreement",
        "2005-06-03",
        "Ohio",
    )
    names = {str(e.props["name"]) for e in x.entities if e.label == "Party"}
    assert {"HOLLOWAY PRECISION, INC.", "FIRST CANAL BANK, N.A."} <= names
    for e in x.entities:  # evidence is a slice of the words read
        for s in e.evidence:
            assert doc.text[s.start : s.end] == s.text


def test_a_pdf_without_words_leaves_the_reason_no_agreement_was_found(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_text(_carried(_pdf([])))  # a page with no words, like a scan
    [doc] = read_file(path, max_bytes=1 << 20).documents
    assert "begin 644" in doc.text
    assert any("encoded file (a PDF)" in w for w in extract(doc).warnings)
    broken = tmp_path / "broken.txt"
    broken.write_text("<PDF>\nbegin 644 x.pdf\nM)5!$1BTQ+C,-\n`\nend\n")  # not a whole PDF
    [doc] = read_file(broken, max_bytes=1 << 20).documents
    assert any("encoded file (a PDF)" in w for w in extract(doc).warnings)


def test_real_pdfs_of_the_credit_corpus() -> None:
    for name, title, date, party in (
        ("lexpredict-1111001-2004-08-13.txt", "Credit Agreement", "2004-03-17", "CORIO, INC."),
        (
            "lexpredict-24751-2010-11-01.txt",
            "Credit Agreement",
            "2010-10-27",
            "Corning Natural Gas Corporation",
        ),
    ):
        [doc] = read_file(CORPUS / "credit-dev" / name, max_bytes=1 << 22).documents
        x = extract(doc)
        [own] = [e for e in x.entities if e.ref == SELF_REF]
        assert (own.props["title"], own.props["date"]) == (title, date)
        assert party in {str(e.props["name"]) for e in x.entities if e.label == "Party"}
