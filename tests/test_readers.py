"""Readers: files on disk to SourceDocuments (decoding, EDGAR text, submissions, HTML)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealgraph.errors import InvalidInput
from ingest.readers import READABLE_SUFFIXES, discover, read_file
from ingest.readers.furniture import blank_dms_stamps
from ingest.readers.html_text import html_to_text
from tests.paths import CORPUS

SEEDS = CORPUS / "seeds"
EDGAR = CORPUS / "edgar"
HTML_ORIGINALS = EDGAR / "html_originals"
DATA = Path(__file__).parent / "data"
MAX = 50 * 1024 * 1024


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read_one(path: Path, max_bytes: int = MAX):
    result = read_file(path, max_bytes=max_bytes)
    assert result.error is None, result.error
    assert len(result.documents) == 1
    return result.documents[0]


# -- page furniture ----------------------------------------------------------------------


def test_document_management_stamps_are_blanked_without_moving_offsets(tmp_path: Path) -> None:
    body = (
        "-4- CAN_DMS: \\100200300\\2 the Grantor shall deliver ...\n"
        "Execution Version US-DOCS\\123456789.4 SECURITY AGREEMENT\n"
        "[Signature Page] XY 7654321v3 4410982 Ontario Inc.\n"
        "European patent EP 1234567.8 and invoice 2020\\11 stay as written.\n"
    )
    doc = _read_one(_write(tmp_path, "stamped.txt", body.encode()))
    assert len(doc.text) == len(body)
    for stamp in ("CAN_DMS", "\\100200300", "US-DOCS", "123456789.4", "7654321v3"):
        assert stamp not in doc.text
    # each stamp became a line start, and what follows it kept its offset
    assert doc.text.index("the Grantor") == body.index("the Grantor")
    assert re.search(r"\n *4410982 Ontario Inc\.", doc.text)
    assert "EP 1234567.8" in doc.text and "2020\\11" in doc.text


# -- decoding ---------------------------------------------------------------------------


def test_line_endings_are_normalised_before_anything_else(tmp_path: Path) -> None:
    doc = _read_one(_write(tmp_path, "a.txt", b"LOAN AGREEMENT\r\n\r\nline two\rline three\r\n"))
    assert doc.text == "LOAN AGREEMENT\n\nline two\nline three\n"
    assert doc.title == "LOAN AGREEMENT"


def test_cp1252_smart_quotes(tmp_path: Path) -> None:
    doc = _read_one(_write(tmp_path, "a.txt", b"the \x93Bank\x94 \x96 Lender\x92s note"))
    assert doc.text == "the \u201cBank\u201d \u2013 Lender\u2019s note"


def test_latin1_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 reads this file.
    doc = _read_one(_write(tmp_path, "a.txt", b"Soci\xe9t\xe9 G\xe9n\xe9rale \x81"))
    assert doc.text == "Société Générale \x81"


def test_utf8_with_bom(tmp_path: Path) -> None:
    doc = _read_one(_write(tmp_path, "a.txt", "\ufeffCafé “Agent”".encode()))
    assert doc.text == "Café “Agent”"


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04\x00\x00binary", bytes(range(1, 9)) * 50 + b"some text"],
    ids=["nul-bytes", "control-characters"],
)
def test_binary_is_refused(tmp_path: Path, data: bytes) -> None:
    result = read_file(_write(tmp_path, "a.txt", data), max_bytes=MAX)
    assert result.error == "binary file, not a text document"
    assert result.documents == ()


@pytest.mark.parametrize("data", [b"", b" \n\r\n\t  "], ids=["empty", "whitespace"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    assert read_file(_write(tmp_path, "a.txt", data), max_bytes=MAX).error == "empty file"


def test_oversize_file(tmp_path: Path) -> None:
    result = read_file(_write(tmp_path, "a.txt", b"x" * 100), max_bytes=10)
    assert result.error == (
        "file is 100 bytes, over the limit of 10 bytes (DEALGRAPH_MAX_DOCUMENT_BYTES)"
    )
    big = read_file(_write(tmp_path, "b.txt", b"x" * 3_000_000), max_bytes=2 * 1024 * 1024)
    assert big.error == "file is 2.9 MB, over the limit of 2.0 MB (DEALGRAPH_MAX_DOCUMENT_BYTES)"


def test_unknown_extension(tmp_path: Path) -> None:
    result = read_file(_write(tmp_path, "deal.PDF", b"%PDF-1.4"), max_bytes=MAX)
    assert result.error == "unsupported file type '.pdf' (expected .txt, .htm, .html)"


def test_unreadable_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    folder = tmp_path / "looks_like.txt"
    folder.mkdir()
    assert (read_file(folder, max_bytes=MAX).error or "").startswith("cannot read file:")


# -- discovery --------------------------------------------------------------------------


def test_discover(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.HTM", "sub/c.html", "sub/notes.pdf", ".hidden.txt", ".git/x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    named = tmp_path / "sub" / "notes.pdf"
    found = discover([tmp_path, named, tmp_path / "b.txt"])
    assert found == sorted(
        [tmp_path / "a.HTM", tmp_path / "b.txt", tmp_path / "sub/c.html", named], key=str
    )
    with pytest.raises(InvalidInput, match="no such file or folder"):
        discover([tmp_path / "missing"])


# -- EDGAR full submissions -------------------------------------------------------------


def test_full_submission_parts() -> None:
    path = DATA / "full_submission.txt"
    result = read_file(path, max_bytes=MAX)
    assert result.error is None
    assert result.skipped == (
        "part 1 (10-K) skipped: the form itself, not an exhibit",
        "part 4 (GRAPHIC) skipped: not an agreement",
        "part 5 (EX-101.INS) skipped: an exhibit type that is not an agreement",
        "part 6 (EX-10): no </TEXT>, read to the end of the part",
    )
    credit, note, waiver = result.documents
    assert (credit.path, credit.exhibit, credit.part) == (f"{path}#2", "10.14", "EX-10.14 (seq 2)")
    assert credit.title == "SECOND AMENDMENT TO CREDIT AGREEMENT"
    assert credit.text.startswith("<PAGE>\n\n")  # as filed, only the SEC tags removed
    assert "<TEXT>" not in credit.text and "</TEXT>" not in credit.text

    assert (note.exhibit, note.title) == ("4.1", "PROMISSORY NOTE")
    assert "ex4-1" not in note.text and "margin" not in note.text  # head, title, style
    assert "(the “Borrower”) promises to pay to the order of First Bank & Trust" in note.text

    assert (waiver.exhibit, waiver.title) == ("10(q)", "WAIVER AND CONSENT")
    assert "</DOCUMENT>" not in waiver.text and waiver.text.rstrip().endswith("HOLDINGS INC.")


def test_submission_source_maps_point_into_the_file() -> None:
    result = read_file(DATA / "full_submission.txt", max_bytes=MAX)
    source = (DATA / "full_submission.txt").read_text()
    for doc, source_map in zip(result.documents, result.source_maps, strict=True):
        for m in re.finditer(r"[A-Za-z]{4,}", doc.text):
            at = source_map.source_offset(m.start())
            assert source[at : at + len(m.group())] == m.group()


def test_single_part_wrapper_is_removed(tmp_path: Path) -> None:
    body = "                    Exhibit 10.2\n\n          LOAN AGREEMENT\n\nThe parties agree.\n"
    data = f"<DOCUMENT>\n<TYPE>EX-10.2\n<SEQUENCE>3\n<TEXT>\n{body}</TEXT>\n</DOCUMENT>\n"
    path = _write(tmp_path, "ex10.txt", data.encode())
    doc = _read_one(path)
    assert (doc.text, doc.path, doc.exhibit, doc.title) == (
        body,
        str(path),
        "10.2",
        "LOAN AGREEMENT",
    )


def test_submission_uuencoded_exhibit_and_html_fragment_part(tmp_path: Path) -> None:
    parts = [
        ("EX-99.1", "1", "ex99.pdf", "<PDF>\nbegin 644 ex99.pdf\nM)5!$1BTQ+C0*\nend\n"),
        ("EX-10.3", "2", "ex10-3.htm", "<div><p>GUARANTY</p><p>Made by A &amp; B.</p></div>\n"),
        ("EX-32", "3", "ex32.txt", "CERTIFICATION PURSUANT TO 18 U.S.C. SECTION 1350\n"),
    ]
    data = "<SEC-DOCUMENT>\n" + "".join(
        f"<DOCUMENT>\n<TYPE>{t}\n<SEQUENCE>{n}\n<FILENAME>{f}\n<TEXT>\n{body}</TEXT>\n</DOCUMENT>\n"
        for t, n, f, body in parts
    )
    result = read_file(_write(tmp_path, "s.txt", data.encode()), max_bytes=MAX)
    assert result.skipped == (
        "part 1 (EX-99.1) skipped: uuencoded binary content",
        "part 3 (EX-32) skipped: an exhibit type that is not an agreement",
    )
    (doc,) = result.documents
    assert (doc.text, doc.title, doc.exhibit) == ("GUARANTY\n\nMade by A & B.", "GUARANTY", "10.3")


def test_submission_without_parts_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "s.txt", b"<SEC-DOCUMENT>\n<SEC-HEADER>\n</SEC-HEADER>\n")
    assert read_file(path, max_bytes=MAX).error == "SEC submission without any <DOCUMENT> part"


# -- HTML -------------------------------------------------------------------------------

HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Secret title</title>
<script>alert("x < y")</script><style>p { color: red }</style></head>
<body><!-- a comment <p>hidden</p> -->
<p onclick="steal()">CREDIT&nbsp;&nbsp;AGREEMENT</p>
<img src=x onerror="alert(1)">
<p>This &#8220;Agreement&#8221; is made by AT&T and Smith &amp; Co.&#160;&mdash; as
      Lender.   </p><p></p><p>&nbsp;</p><div><br></div>
<table><tr><td><p>1.</p></td><td><p>Borrower</p></td></tr><tr><td>2.</td><td>Bank</td></tr></table>
Line one<br>line two<br><br><br>line three
<pre>  indented   text   \n\n\n\nafter gap</pre>
</body></html>"""


def test_html_text_keeps_only_visible_text() -> None:
    text, _ = html_to_text(HOSTILE_HTML)
    assert text == (
        "CREDIT AGREEMENT\n\n"
        "This “Agreement” is made by AT&T and Smith & Co. — as Lender.\n\n"
        "1. Borrower\n2. Bank\n\n"
        "Line one\nline two\n\nline three\n\n"
        "  indented   text\n\nafter gap"
    )


def test_html_file_is_read_with_title(tmp_path: Path) -> None:
    doc = _read_one(_write(tmp_path, "x.htm", HOSTILE_HTML.encode()))
    assert doc.title == "CREDIT AGREEMENT"
    assert "alert" not in doc.text and "steal" not in doc.text and "Secret" not in doc.text


def test_html_with_no_visible_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.html", b"<html><head><script>x()</script></head></html>")
    assert read_file(path, max_bytes=MAX).error == "no visible text in the HTML document"


@pytest.mark.parametrize(
    "broken",
    ["<p>kept</p><!-- never closed", "<p>kept</p><script>never closed", "<p>kept</p><a href='x"],
)
def test_html_unterminated_markup(broken: str) -> None:
    assert html_to_text(broken * 2000)[0].startswith("kept")


def test_html_deep_nesting_and_huge_tables_stay_linear() -> None:
    deep = "<div>" * 10_000 + "deep text" + "</div>" * 10_000
    assert html_to_text(deep)[0] == "deep text"
    rows = "".join(f"<tr><td>{i}</td><td>cell</td></tr>" for i in range(50_000))
    text, _ = html_to_text(f"<table>{rows}</table>")  # its speed is measured by `make bench`
    assert text.count("\n") == 49_999 and text.endswith("49999 cell")


def test_plain_text_that_is_html_wrapped(tmp_path: Path) -> None:
    data = b"<html><body><pre>\n   EXHIBIT 10.2\n\n   AMENDMENT NO. 1\n</pre></body></html>"
    doc = _read_one(_write(tmp_path, "x.txt", data))
    assert doc.text == "   EXHIBIT 10.2\n\n   AMENDMENT NO. 1"
    assert (doc.exhibit, doc.title) == ("10.2", "AMENDMENT NO. 1")


# -- properties -------------------------------------------------------------------------


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(READABLE_SUFFIXES))
def test_read_file_never_raises(tmp_path_factory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("prop") / f"doc{suffix}"
    path.write_bytes(data)
    result = read_file(path, max_bytes=1500)
    if result.error is not None:
        assert "\n" not in result.error and not result.documents
    else:
        assert result.documents or result.skipped


MARKUP = st.text(alphabet="<>/!-&#;=\"' \n\tpadivbrsciptTLEX10.x\xa0", max_size=400)


@settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(source=MARKUP)
def test_html_to_text_invariants(source: str) -> None:
    text, source_map = html_to_text(source)
    assert "\n\n\n" not in text
    assert all(line == line.rstrip(" \t") for line in text.split("\n"))
    assert text == text.strip("\n")
    for i in range(len(text)):
        assert 0 <= source_map.source_offset(i) <= len(source)


# -- real documents ---------------------------------------------------------------------

SEED_EXPECTED = {
    "000_42ddd5099abacb80.txt": (
        "4.3",
        "AMENDMENT NO. 2 TO LOAN AND WARRANT AGREEMENT AND REGISTRATION RIGHTS AGREEMENT",
    ),
    "002_b203cef46917a992.txt": ("10.14", "SECOND AMENDMENT TO CREDIT AGREEMENT"),
    "004_a6cf6f05e78ff96c.txt": ("4.2", "FORM OF DEBENTURE"),
}
EDGAR_EXPECTED = {
    "0000041850-96-000001_5.txt": ("10.2", "AMENDMENT NO. 1"),
    "0000720032-96-000002_2.txt": ("10(xiv)", "CREDIT AGREEMENT"),
    "0000950117-96-000184_4.txt": ("10(q)", "CREDIT AGREEMENT"),
    "0000950144-96-000010_7.txt": ("10(i)(i)", "CREDIT AGREEMENT"),
    "0000950152-96-000050_2.txt": (None, "THIRD AMENDED AND RESTATED REVOLVING CREDIT NOTE"),
    "0000906318-96-000011_6.txt": (None, "AMENDMENT NUMBER TWO"),
    "0001193125-23-000686_2.txt": ("10.1", "SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT"),
    "0001437749-23-000158_3.txt": ("10.2", "COMMON STOCK PURCHASE WARRANT"),
    "0001387131-23-000022_3.txt": ("10.02", "SENIOR SECURED CONVERTIBLE NOTE"),
    "0001558370-23-000007_3.txt": ("10.2", "AMENDMENT NO. 4 TO PROMISSORY NOTE"),
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_titles_and_exhibits(name: str) -> None:
    path = SEEDS / name
    doc = _read_one(path)
    assert (doc.exhibit, doc.title) == SEED_EXPECTED[name]
    assert doc.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")  # as filed


@pytest.mark.parametrize("name", sorted(EDGAR_EXPECTED))
def test_edgar_titles_and_exhibits(name: str) -> None:
    doc = _read_one(EDGAR / name)
    assert (doc.exhibit, doc.title) == EDGAR_EXPECTED[name]


def test_every_sample_reads_and_is_deterministic() -> None:
    paths = discover([SEEDS, EDGAR])
    assert len(paths) >= 45 + 29
    for path in paths:
        first, second = read_file(path, max_bytes=MAX), read_file(path, max_bytes=MAX)
        assert first.error is None, (path.name, first.error)
        assert [d.key for d in first.documents] == [d.key for d in second.documents]


def _first_preamble(text: str) -> str:
    """The first prose paragraph of a provided .txt conversion, whitespace-normalised."""
    for para in re.split(r"\n\s*\n", text):
        flat = " ".join(para.split())
        if len(flat) >= 120 and re.search(r"\b(?:dated|made|among|between|by)\b", flat):
            return flat[:200]
    raise AssertionError("no preamble found")


@pytest.mark.parametrize("html_path", sorted(HTML_ORIGINALS.glob("*.html")), ids=lambda p: p.stem)
def test_html_originals_contain_the_preamble_of_their_text_version(html_path: Path) -> None:
    doc = _read_one(html_path)
    # the reader blanks the document-management stamps of both versions alike
    expected = _first_preamble(_read_one(EDGAR / f"{html_path.stem}.txt").text)
    assert expected in " ".join(doc.text.split())


def test_manifest_first_lines_survive_html_conversion() -> None:
    rows = [json.loads(line) for line in (EDGAR / "manifest.jsonl").read_text().splitlines()]
    checked = 0
    for row in rows:
        html_path = HTML_ORIGINALS / Path(row["file"]).with_suffix(".html").name
        if html_path.exists():
            flat = " ".join(_read_one(html_path).text.split())
            assert " ".join(blank_dms_stamps(row["first_lines"][0]).split()) in flat
            checked += 1
    assert checked >= 25
