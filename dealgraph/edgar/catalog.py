"""EDGAR's documented endpoints, read into typed records.

- ``/files/company_tickers.json`` (base host): ticker and name -> CIK, for listed companies;
- ``/submissions/CIK##########.json`` (data host): a company's name, former names and
  filings (``filings.recent`` plus older pages named in ``filings.files``);
- ``/Archives/edgar/data/{cik}/{accession without dashes}/{accession}-index.htm``: the
  documents of one filing with their types (``EX-10.2``); filings from before EDGAR kept
  separate documents list only the full submission ``{accession}.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from dealgraph.edgar.http import EdgarClient
from dealgraph.errors import InvalidInput, NotFound
from graph.identity import normalise_name
from ingest.readers.filing_meta import iso_date, normalise_accession, normalise_cik


@dataclass(frozen=True, slots=True)
class Company:
    cik: str  # ten digits
    name: str
    former_names: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FilingRef:
    accession: str
    cik: str  # the company's, under which the Archives path is found
    form_type: str
    filing_date: str | None  # YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class FilingDocument:
    """One file of a filing as its index lists it."""

    sequence: str
    type: str  # "EX-10.2", "10-K", "" for the full submission
    filename: str
    url: str
    description: str = ""


def _tickers(client: EdgarClient) -> list[dict[str, Any]]:
    data = client.get_json(
        f"{client.base_url}/files/company_tickers.json", what="company ticker list"
    )
    rows = data.values() if isinstance(data, dict) else data
    return [r for r in rows if isinstance(r, dict) and "cik_str" in r]


def cik_for_ticker(client: EdgarClient, ticker: str) -> str:
    wanted = ticker.strip().upper()
    for row in _tickers(client):
        if str(row.get("ticker", "")).upper() == wanted:
            return normalise_cik(row["cik_str"])
    raise NotFound(f"no EDGAR company with ticker {ticker!r} (try --cik or --company)")


def cik_for_name(client: EdgarClient, name: str) -> str:
    """The one listed company whose name contains ``name``; several: refuse, naming them."""
    wanted = normalise_name(name)
    if not wanted:
        raise InvalidInput("give a company name to search for")
    rows = _tickers(client)
    exact = {normalise_cik(r["cik_str"]) for r in rows if normalise_name(r["title"]) == wanted}
    if len(exact) == 1:
        return exact.pop()
    hits: dict[str, str] = {}
    for r in rows:
        if wanted in normalise_name(str(r.get("title", ""))):
            hits.setdefault(normalise_cik(r["cik_str"]), str(r["title"]))
    if len(hits) == 1:
        return next(iter(hits))
    if not hits:
        raise NotFound(
            f"no listed EDGAR company named like {name!r} "
            "(companies no longer listed are found by --cik)"
        )
    some = "; ".join(f"{t} (CIK {c})" for c, t in sorted(hits.items(), key=lambda x: x[1])[:5])
    raise InvalidInput(f"{len(hits)} companies match {name!r}: {some}; give --cik")


def company_filings(
    client: EdgarClient, cik: str, since: str | None = None
) -> tuple[Company, list[FilingRef]]:
    """The company and its filings, newest first; older pages only when ``since`` reaches them."""
    cik = normalise_cik(cik)
    data = client.get_json(
        f"{client.data_url}/submissions/CIK{cik}.json", what=f"company with CIK {cik}"
    )
    company = Company(
        cik=cik,
        name=str(data.get("name") or ""),
        former_names=tuple(
            str(f["name"]) for f in data.get("formerNames") or [] if isinstance(f, dict)
        ),
        tickers=tuple(str(t) for t in data.get("tickers") or []),
    )
    filings_block = data.get("filings") or {}
    refs = _columns(filings_block.get("recent") or {}, cik)
    for page in filings_block.get("files") or []:
        reaches = since is None or str(page.get("filingTo") or "9999") >= since
        if isinstance(page, dict) and page.get("name") and reaches:
            older = client.get_json(
                f"{client.data_url}/submissions/{page['name']}", what=f"filings page {page['name']}"
            )
            refs.extend(_columns(older, cik))
    refs.sort(key=lambda r: (r.filing_date or "", r.accession), reverse=True)
    return company, refs


def _columns(block: dict[str, Any], cik: str) -> list[FilingRef]:
    """EDGAR's column arrays (``accessionNumber[i]``, ``form[i]``, ...) as records."""
    accessions = block.get("accessionNumber") or []
    forms = block.get("form") or []
    dates = block.get("filingDate") or []
    return [
        FilingRef(
            accession=normalise_accession(acc),
            cik=cik,
            form_type=str(forms[i]) if i < len(forms) else "",
            filing_date=iso_date(str(dates[i])) if i < len(dates) else None,
        )
        for i, acc in enumerate(accessions)
    ]


def archive_folder(client: EdgarClient, ref: FilingRef) -> str:
    return f"{client.base_url}/Archives/edgar/data/{int(ref.cik)}/{ref.accession.replace('-', '')}"


def filing_documents(client: EdgarClient, ref: FilingRef) -> list[FilingDocument]:
    """The documents the filing's index lists (the full submission has type ``""``)."""
    folder = archive_folder(client, ref)
    page = client.get(
        f"{folder}/{ref.accession}-index.htm", immutable=True, what=f"filing {ref.accession}"
    )
    docs: list[FilingDocument] = []
    tree = LexborHTMLParser(page.decode("utf-8", errors="replace"))
    for row in tree.css("table.tableFile tr"):
        cells = row.css("td")
        link = row.css_first("td a")
        if len(cells) < 4 or link is None:
            continue
        href = (link.attributes.get("href") or "").removeprefix("/ix?doc=")
        filename = href.rsplit("/", 1)[-1]
        if not filename:
            continue
        url = href if href.startswith("http") else f"{client.base_url}{href}"
        if not href.startswith(("http", "/")):
            url = f"{folder}/{href}"
        docs.append(
            FilingDocument(
                sequence=cells[0].text(strip=True),
                type=cells[3].text(strip=True).upper(),
                filename=filename,
                url=url,
                description=cells[1].text(strip=True),
            )
        )
    if not docs:
        raise NotFound(f"EDGAR's index of filing {ref.accession} lists no documents")
    return docs
