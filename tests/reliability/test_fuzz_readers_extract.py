"""Property-based fuzzing of the readers and of ``ingest.extract.extract`` (hypothesis).

For any bytes, ``read_file`` answers (documents or a one-line error) and never raises; for
any text, extraction and resolution raise nothing but ``DealGraphError``, and every evidence
span (in the records and in the resolved batch) equals the slice of the text it cites.
Inputs mix fragments of legal drafting, EDGAR/SGML and HTML markup with arbitrary Unicode,
so the extractors' patterns fire on hostile surroundings. ``DEALGRAPH_FUZZ_EXAMPLES`` raises
the number of examples (the soak uses more); runs are derandomized so ``make test`` is stable.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealgraph.errors import DealGraphError
from graph.resolve import resolve
from ingest.extract import extract
from ingest.readers import read_file
from ingest.records import SourceDocument

EXAMPLES = int(os.environ.get("DEALGRAPH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("DEALGRAPH_FUZZ_RANDOM") is None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LEGAL = [
    'This CREDIT AGREEMENT (this "Agreement") is made and entered into as of ',
    "May 11, 2001",
    "the 13th day of January, 2004",
    "dated as of February 13, 2003, ",
    "by and among ",
    'ZOLTEK COMPANIES, INC., a Missouri corporation ("Parent"), ',
    'Southwest Bank of St. Louis (the "Bank")',
    " and ",
    ", ",
    ".",
    "\n",
    "\n\n",
    "WHEREAS, ",
    "NOW, THEREFORE, ",
    "as amended by that certain First Amendment ",
    "(the \u201cCredit Agreement\u201d)",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "(",
    ")",
    "[",
    "]",
    "$60,000,000",
    "7%",
    "$0.01 per share",
    "Section 6.03(a)",
    "Events of Default",
    "hereby waives ",
    "until June 30, 2004",
    "Promissory Note",
    "Warrant to purchase ",
    "827,789 shares of Common Stock",
    "Revolving Credit Note",
    "secured by the Collateral",
    "governed by the laws of the State of New York",
    "IN WITNESS WHEREOF",
    "By: /s/ ",
    "Name: Zsolt Rumy\nTitle: Chief Executive Officer\n",
    "Exhibit 10.14\n",
    "AMENDMENT NO. 2 TO LOAN AND WARRANT AGREEMENT",
    "SECOND AMENDMENT TO CREDIT AGREEMENT",
    '"Defined Term" means ',
    "Schedule A",
    "LLC",
    "L.P.",
    "N.A.",
    "Inc.",
    "Corp.",
    "<PAGE>",
    "<TABLE>",
    "</TABLE>",
    "<S>",
    "<C>",
    "-----",
    "\t",
    "\u00a0",
    "\u200e",
    'Evil"}) DETACH DELETE n //',
    "\\",
    "`",
    "$param",
    "{key: 1}",
]
MARKUP = [
    "<DOCUMENT>",
    "</DOCUMENT>",
    "<TYPE>EX-10.1\n",
    "<SEQUENCE>2\n",
    "<FILENAME>ex.htm\n",
    "<DESCRIPTION>LOAN AGREEMENT\n",
    "<TEXT>",
    "</TEXT>",
    "<SEC-DOCUMENT>x.txt : 1\n",
    "<html>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<table>",
    "<tr><td>",
    "</td></tr>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "<!-- c -->",
    "&amp;",
    "&#8220;",
    "&nbsp;",
    "&#x1F600;",
    "&bogus;",
    "<![CDATA[x]]>",
    '<img src=x onerror="alert(2)">',
    "<b>",
    "</b>",
    "<font size=2>",
    "</font>",
]

fragment = st.one_of(
    st.sampled_from(LEGAL),
    st.sampled_from(MARKUP),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
)
legal_text = st.lists(fragment, max_size=60).map("".join)


def _check_spans(text: str, spans: object, where: str) -> None:
    for span in spans:  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text), (where, span)
        assert text[span.start : span.end] == span.text, (where, span)


def _extract_and_check(text: str, path: str = "fuzz.txt") -> None:
    source = SourceDocument(text=text, path=path)
    try:
        extraction = extract(source)
        resolved = resolve(extraction)
    except DealGraphError:
        return
    for entity in extraction.entities:
        _check_spans(text, entity.evidence, entity.ref)
    for relation in extraction.relations:
        _check_spans(text, relation.evidence, relation.type)
    for item in [*resolved.batch.nodes, *resolved.batch.edges]:
        for ev in item.evidence:
            assert ev.document == source.key
            assert text[ev.start : ev.end] == ev.text, (item.key, ev)


@FUZZ
@given(legal_text)
def test_extract_spans_are_exact(text: str) -> None:
    _extract_and_check(text)


@FUZZ
@given(st.lists(st.sampled_from(LEGAL), min_size=5, max_size=80).map("".join))
def test_extract_on_pure_drafting(text: str) -> None:
    _extract_and_check(text)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=2048),
        legal_text.map(lambda t: t.encode("utf-8")),
        legal_text.map(lambda t: t.encode("cp1252", errors="replace")),
        st.tuples(legal_text, st.binary(max_size=8)).map(lambda p: p[0].encode() + p[1]),
    ),
    st.sampled_from([".txt", ".htm", ".html", ".TXT", ".pdf", ""]),
    st.sampled_from([64, 4096, 1 << 20]),
)
def test_readers_never_raise(
    tmp_path_factory: object, data: bytes, suffix: str, limit: int
) -> None:
    folder: Path = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    result = read_file(path, max_bytes=limit)  # never raises, whatever the bytes
    if result.error is not None:
        assert result.documents == ()
        assert result.error.strip() and "\n" not in result.error
        return
    assert len(result.source_maps) == len(result.documents)
    for doc in result.documents:
        assert doc.text.strip()
        assert "\r" not in doc.text
        _extract_and_check(doc.text, doc.path)
