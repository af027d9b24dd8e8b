"""A loopback replay of EDGAR's documented endpoints, built from the sample corpus.

``../shared/corpus/edgar/manifest.jsonl`` gives each exhibit's accession, CIK, form type,
filing date, exhibit type and original file name; ``html_originals/`` holds the HTML as
filed (2022-2023). From these the server answers, as EDGAR does:

- ``/files/company_tickers.json`` and ``/submissions/CIK##########.json`` (with an older
  ``CIK##########-submissions-001.json`` page when ``recent_limit`` pushes filings there);
- ``/Archives/edgar/data/{cik}/{acc}/{acc-with-dashes}-index.htm`` (the ``tableFile``
  table: the form, its exhibits, the full submission);
- ``/Archives/edgar/data/{cik}/{acc}/{file}`` and ``.../{acc-with-dashes}.txt``: the
  exhibits as filed; full submissions are assembled with an SEC header (the 1996 filings
  list only their full submission, as EDGAR's indexes of that era do).

The corpus has no company names or tickers, so :data:`COMPANIES` gives the few the tests
name (replay data, spelled as the exhibits spell their filer); the others are called
``REPLAY COMPANY {cik}``. ``fail_next`` makes the next answers
for a path fail (429/503) to exercise retries; ``log`` records every request with the
User-Agent it carried; requests without one are refused with 403, as the SEC does.
"""

from __future__ import annotations

import html
import json
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.paths import CORPUS

EDGAR = CORPUS / "edgar"
#: cik -> (conformed name, ticker, former names)
COMPANIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "0000041850": ("GLOBAL MARINE INC", "GLM", ()),
    "0001861449": ("Bird Global, Inc.", "BRDS", ()),
    "0000716823": ("REPLAY AMENDMENT FILER INC", "RAF", ()),
    # the filer's exhibits spell it by its old name and its new one
    "0001626644": ("Odyssey Health, Inc.", "ODYY", ("Odyssey Group International, Inc.",)),
}


@dataclass(frozen=True)
class Exhibit:
    accession: str
    cik: str
    form_type: str
    filing_date: str  # YYYYMMDD as the manifest has it
    exhibit_type: str
    original_filename: str
    sequence: str
    text_file: Path
    html_file: Path | None


@dataclass
class Replay:
    """The server's data and what it saw; the running server is :func:`serve`'s."""

    exhibits: list[Exhibit]
    recent_limit: int = 1000
    log: list[tuple[str, str]] = field(default_factory=list)
    failures: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def fail_next(self, path: str, *answers: tuple[int, str | None]) -> None:
        """The next requests for ``path`` answer these (status, Retry-After) in turn."""
        with self.lock:
            self.failures.setdefault(path, []).extend(answers)

    def requests_for(self, fragment: str) -> int:
        return sum(1 for path, _ in self.log if fragment in path)

    # -- the data EDGAR would hold -------------------------------------------------------
    def filings(self) -> dict[str, list[Exhibit]]:
        by_acc: dict[str, list[Exhibit]] = defaultdict(list)
        for e in self.exhibits:
            by_acc[e.accession].append(e)
        return by_acc

    def company(self, cik: str) -> tuple[str, str, tuple[str, ...]]:
        return COMPANIES.get(cik, (f"REPLAY COMPANY {int(cik)}", f"R{int(cik)}", ()))

    def ciks(self) -> list[str]:
        return sorted({e.cik for e in self.exhibits})


def load_exhibits() -> list[Exhibit]:
    rows = []
    for line in (EDGAR / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        e = d.get("edgar") or {}
        if not e.get("accession"):
            continue  # the negative control has no filing
        stem = Path(d["file"]).stem  # 0000041850-96-000001_5
        html_file = EDGAR / "html_originals" / f"{stem}.html"
        rows.append(
            Exhibit(
                accession=e["accession"],
                cik=e["cik"],
                form_type=e["form_type"],
                filing_date=e["filing_date"],
                exhibit_type=e["exhibit_type"],
                original_filename=e["original_filename"],
                sequence=stem.rsplit("_", 1)[1],
                text_file=EDGAR / Path(d["file"]).name,
                html_file=html_file if html_file.exists() else None,
            )
        )
    return rows


def _iso(d: str) -> str:
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def _submissions(replay: Replay, cik: str) -> dict[str, Any] | None:
    mine = [(acc, ex[0]) for acc, ex in replay.filings().items() if ex[0].cik == cik]
    if not mine:
        return None
    mine.sort(key=lambda x: (x[1].filing_date, x[0]), reverse=True)

    def columns(rows: list[tuple[str, Exhibit]]) -> dict[str, list[str]]:
        return {
            "accessionNumber": [acc for acc, _ in rows],
            "filingDate": [_iso(e.filing_date) for _, e in rows],
            "form": [e.form_type for _, e in rows],
            "primaryDocument": [f"{acc}.txt" for acc, _ in rows],
        }

    name, ticker, former = replay.company(cik)
    recent, older = mine[: replay.recent_limit], mine[replay.recent_limit :]
    files = []
    if older:
        files.append(
            {
                "name": f"CIK{cik}-submissions-001.json",
                "filingCount": len(older),
                "filingFrom": _iso(older[-1][1].filing_date),
                "filingTo": _iso(older[0][1].filing_date),
            }
        )
    return {
        "cik": str(int(cik)),
        "name": name,
        "tickers": [ticker],
        "formerNames": [{"name": n, "from": "", "to": ""} for n in former],
        "filings": {"recent": columns(recent), "files": files},
        "_older": columns(older),
    }


def _is_html_era(exhibits: list[Exhibit]) -> bool:
    return all(e.html_file is not None for e in exhibits)


def _index_page(replay: Replay, acc: str, exhibits: list[Exhibit]) -> str:
    e0 = exhibits[0]
    folder = f"/Archives/edgar/data/{int(e0.cik)}/{acc.replace('-', '')}"
    rows = []
    if _is_html_era(exhibits):
        rows.append(("1", e0.form_type, f"{folder}/primary.htm", "primary.htm", e0.form_type))
        for e in sorted(exhibits, key=lambda x: int(x.sequence)):
            link = f"{folder}/{e.original_filename}"
            rows.append((e.sequence, e.exhibit_type, link, e.original_filename, e.exhibit_type))
    rows.append(("", "Complete submission text file", f"{folder}/{acc}.txt", f"{acc}.txt", ""))
    cells = "".join(
        f'<tr><td scope="row">{html.escape(seq)}</td><td scope="row">{html.escape(desc)}</td>'
        f'<td scope="row"><a href="{html.escape(href)}">{html.escape(name)}</a></td>'
        f'<td scope="row">{html.escape(typ) or "&nbsp;"}</td><td scope="row">1</td></tr>'
        for seq, desc, href, name, typ in rows
    )
    name = replay.company(e0.cik)[0]
    return (
        "<html><body><div id='filerDiv'><span class='companyName'>"
        f"{html.escape(name)} (Filer) CIK: {e0.cik}</span></div>"
        '<table class="tableFile" summary="Document Format Files">'
        "<tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>"
        f"{cells}</table></body></html>"
    )


def _full_submission(replay: Replay, acc: str, exhibits: list[Exhibit]) -> str:
    e0 = exhibits[0]
    name = replay.company(e0.cik)[0]
    parts = [
        f"<SEC-DOCUMENT>{acc}.txt : {e0.filing_date}\n<SEC-HEADER>{acc}.hdr.sgml : "
        f"{e0.filing_date}\nACCESSION NUMBER:\t\t{acc}\nCONFORMED SUBMISSION TYPE:\t"
        f"{e0.form_type}\nFILED AS OF DATE:\t\t{e0.filing_date}\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n\t\tCENTRAL INDEX KEY:\t\t\t{e0.cik}\n"
        "</SEC-HEADER>\n<DOCUMENT>\n"
        f"<TYPE>{e0.form_type}\n<SEQUENCE>1\n<FILENAME>form.txt\n<TEXT>\n"
        f"{e0.form_type} report of {name} (replay)\n</TEXT>\n</DOCUMENT>\n"
    ]
    for e in sorted(exhibits, key=lambda x: int(x.sequence)):
        body = (e.html_file or e.text_file).read_text(encoding="utf-8")
        filename = e.original_filename if e.html_file else f"{acc}-{e.sequence}.txt"
        parts.append(
            f"<DOCUMENT>\n<TYPE>{e.exhibit_type}\n<SEQUENCE>{e.sequence}\n"
            f"<FILENAME>{filename}\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
        )
    parts.append("</SEC-DOCUMENT>\n")
    return "".join(parts)


def answer(replay: Replay, path: str) -> tuple[int, str, bytes]:
    """(status, content type, body) for one GET path."""
    if path == "/files/company_tickers.json":
        rows = {
            str(i): {
                "cik_str": int(c),
                "ticker": replay.company(c)[1],
                "title": replay.company(c)[0],
            }
            for i, c in enumerate(replay.ciks())
        }
        return 200, "application/json", json.dumps(rows).encode()
    if path.startswith("/submissions/CIK"):
        name = path.removeprefix("/submissions/")
        cik = name[3:13]
        data = _submissions(replay, cik)
        if data is None:
            return 404, "text/plain", b"Not Found"
        older = data.pop("_older")
        if name.endswith("-submissions-001.json"):
            return 200, "application/json", json.dumps(older).encode()
        return 200, "application/json", json.dumps(data).encode()
    parts = path.strip("/").split("/")
    if len(parts) in (5, 6) and parts[:3] == ["Archives", "edgar", "data"]:
        return _archive(replay, parts[3], parts[4:])
    return 404, "text/plain", b"Not Found"


def _archive(replay: Replay, cik_part: str, rest: list[str]) -> tuple[int, str, bytes]:
    filings = replay.filings()
    if len(rest) == 1 and rest[0].endswith(".txt"):  # /data/{cik}/{acc}.txt
        acc = rest[0].removesuffix(".txt")
        rest = [acc.replace("-", ""), rest[0]]
    folder, name = rest
    acc = next((a for a in filings if a.replace("-", "") == folder), None)
    if acc is None or str(int(filings[acc][0].cik)) != cik_part:
        return 404, "text/plain", b"Not Found"
    exhibits = filings[acc]
    if name == f"{acc}-index.htm":
        return 200, "text/html", _index_page(replay, acc, exhibits).encode()
    if name == f"{acc}.txt":
        return 200, "text/plain", _full_submission(replay, acc, exhibits).encode()
    if name == "primary.htm" and _is_html_era(exhibits):
        return 200, "text/html", b"<html><body><p>Current report (replay)</p></body></html>"
    for e in exhibits:
        if e.html_file is not None and e.original_filename == name:
            return 200, "text/html", e.html_file.read_bytes()
    return 404, "text/plain", b"Not Found"


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            agent = self.headers.get("User-Agent", "")
            with replay.lock:
                replay.log.append((path, agent))
                queued = replay.failures.get(path)
                failure = queued.pop(0) if queued else None
            if not agent or "@" not in agent:
                self._send(403, "text/plain", b"declare a User-Agent with your e-mail")
            elif failure is not None:
                status, retry_after = failure
                headers = {"Retry-After": retry_after} if retry_after else {}
                self._send(status, "text/plain", b"try later", headers)
            else:
                self._send(*answer(replay, path))

        def _send(
            self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:  # quiet test output
            pass

    return Handler


def serve(replay: Replay) -> Iterator[Replay]:
    """Run the replay on a free loopback port for the duration of a fixture."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(replay))
    replay.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield replay
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
