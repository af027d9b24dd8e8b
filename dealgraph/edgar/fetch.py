"""Which documents a user asked for, and saving them where ``dealgraph ingest`` reads them.

A fetch is resumable: every document goes to ``{out}/{cik}/{accession}/{sequence}-{name}``
with its sidecar (``ingest.readers.filing_meta``), both written atomically; a document
whose file and sidecar are already there is not fetched again, and index pages come from
the HTTP cache, so a re-run asks EDGAR only for what it has not answered yet.

Filings from before EDGAR kept separate documents list only the full submission; its
parts are split here (``ingest.readers.submission``) and each wanted exhibit is saved
as its own file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from dealgraph.edgar.catalog import (
    Company,
    FilingRef,
    archive_folder,
    cik_for_name,
    cik_for_ticker,
    company_filings,
    filing_documents,
)
from dealgraph.edgar.http import EdgarClient
from dealgraph.errors import InvalidInput, NotFound
from ingest.readers.decode import decode_bytes
from ingest.readers.edgar_text import find_title
from ingest.readers.filing_meta import (
    iso_date,
    normalise_accession,
    normalise_cik,
    sidecar_path,
    write_sidecar,
)
from ingest.readers.html_text import html_to_text, looks_like_html
from ingest.readers.submission import AGREEMENT_EXHIBITS, split_parts
from ingest.records import Filing

#: ``--exhibit any``: every exhibit type that can hold an agreement.
ANY_EXHIBIT = "ANY"
_EXHIBIT = re.compile(r"^EX-(\d+)(.*)$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """What to fetch: exactly one of ticker, cik, company or accession (``cik`` may
    accompany ``accession``: the filer under which EDGAR files it), then the filters."""

    ticker: str | None = None
    cik: str | None = None
    company: str | None = None
    accession: str | None = None
    forms: tuple[str, ...] = ()
    exhibits: tuple[str, ...] = ("EX-10",)
    since: str | None = None
    until: str | None = None
    titles: tuple[str, ...] = ()
    limit: int | None = None  # at most this many filings (newest first)

    def checked(self) -> FetchRequest:
        """The request with normalised values, or :class:`InvalidInput` saying what is wrong."""
        chosen = [n for n in ("ticker", "company", "accession") if getattr(self, n)]
        if self.cik and not self.accession:
            chosen.append("cik")
        if len(chosen) != 1:
            raise InvalidInput("give exactly one of --ticker, --cik, --company or --accession")
        since, until = self.since, self.until
        for name, value in (("since", since), ("until", until)):
            if value is not None and iso_date(value) is None:
                raise InvalidInput(f"--{name} must be a date YYYY-MM-DD, not {value!r}")
        exhibits = tuple(e.strip().upper() for e in self.exhibits if e.strip()) or ("EX-10",)
        for e in exhibits:
            if e != ANY_EXHIBIT and not _EXHIBIT.match(e):
                raise InvalidInput(f"--exhibit {e!r}: expected EX-10, EX-4, ... or 'any'")
        return replace(
            self,
            cik=normalise_cik(self.cik) if self.cik else None,
            accession=normalise_accession(self.accession) if self.accession else None,
            forms=tuple(f.strip().upper() for f in self.forms if f.strip()),
            exhibits=exhibits,
            since=iso_date(since),
            until=iso_date(until),
            titles=tuple(t.strip().lower() for t in self.titles if t.strip()),
        )


@dataclass(slots=True)
class FetchSummary:
    cik: str = ""
    company: str = ""
    filings_listed: int = 0
    filings_matched: int = 0
    documents_fetched: int = 0
    documents_present: int = 0  # already on disk from an earlier run: not fetched again
    documents_not_matching_title: int = 0
    requests: int = 0  # sent to EDGAR (the rest came from the cache)
    cache_hits: int = 0
    retries: int = 0
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def exhibit_matches(doc_type: str, wanted: tuple[str, ...]) -> bool:
    """``EX-10.2`` is wanted by ``EX-10`` (not ``EX-101``, XBRL); ``any`` takes every
    exhibit type that can hold an agreement (``ingest.readers.submission``)."""
    m = _EXHIBIT.match(doc_type.upper())
    if m is None:
        return False
    for w in wanted:
        if w == ANY_EXHIBIT:
            if int(m.group(1)) in AGREEMENT_EXHIBITS:
                return True
            continue
        if doc_type.upper() == w:
            return True
        wm = _EXHIBIT.match(w)
        if wm and not wm.group(2) and m.group(1) == wm.group(1):
            return True
    return False


def _form_matches(form: str, forms: tuple[str, ...]) -> bool:
    """``10-K`` also takes its amendments (``10-K/A``)."""
    f = form.upper()
    return not forms or any(f == w or f.startswith(w + "/") for w in forms)


def _title_matches(titles: tuple[str, ...], *texts: str) -> bool:
    joined = " ".join(texts).lower()
    return not titles or any(t in joined for t in titles)


def resolve_company(client: EdgarClient, req: FetchRequest) -> str:
    if req.ticker:
        return cik_for_ticker(client, req.ticker)
    if req.company:
        return cik_for_name(client, req.company)
    if req.cik:
        return req.cik
    assert req.accession
    return req.accession[:10]  # the accession's prefix: often the filer itself


def plan(client: EdgarClient, req: FetchRequest) -> tuple[Company, list[FilingRef], int]:
    """The company, the filings that pass the form and date filters, and how many it has."""
    cik = resolve_company(client, req)
    try:
        company, refs = company_filings(client, cik, req.since)
    except NotFound:
        if req.accession and not req.cik:
            raise NotFound(
                f"accession {req.accession}: its prefix {cik} is not an EDGAR company "
                "(a filing agent?); give the filer's --cik"
            ) from None
        raise
    if req.accession:
        chosen = [r for r in refs if r.accession == req.accession]
        if not chosen:
            hint = "" if req.cik else "; if a filing agent filed it, give the filer's --cik"
            raise NotFound(
                f"EDGAR lists no filing {req.accession} for CIK {cik} ({company.name}){hint}"
            )
        return company, chosen, len(refs)
    chosen = [
        r
        for r in refs
        if _form_matches(r.form_type, req.forms)
        and (req.since is None or (r.filing_date or "") >= req.since)
        and (req.until is None or (r.filing_date or "9999") <= req.until)
    ]
    if req.limit is not None:
        chosen = chosen[: req.limit]
    return company, chosen, len(refs)


def fetch(
    client: EdgarClient,
    req: FetchRequest,
    out: Path,
    *,
    on_plan: Callable[[int], None] | None = None,
    on_filing: Callable[[FilingRef], None] | None = None,
) -> FetchSummary:
    """Fetch every wanted exhibit of every matching filing into ``out`` (resumable)."""
    req = req.checked()
    company, refs, listed = plan(client, req)
    summary = FetchSummary(
        cik=company.cik, company=company.name, filings_listed=listed, filings_matched=len(refs)
    )
    if on_plan:
        on_plan(len(refs))
    for ref in refs:
        try:
            _fetch_filing(client, req, company, ref, out, summary)
        except (NotFound, InvalidInput) as exc:  # one bad filing; EDGAR down stops the run
            if req.accession:
                raise
            summary.errors.append(f"{ref.accession}: {exc.message}")
        if on_filing:
            on_filing(ref)
    summary.requests = client.traffic.requests
    summary.cache_hits = client.traffic.cache_hits
    summary.retries = client.traffic.retries
    return summary


def _fetch_filing(
    client: EdgarClient,
    req: FetchRequest,
    company: Company,
    ref: FilingRef,
    out: Path,
    summary: FetchSummary,
) -> None:
    folder = out / company.cik / ref.accession
    docs = filing_documents(client, ref)
    typed = [d for d in docs if d.type]
    if not typed:  # an early filing: only the full submission
        _fetch_from_submission(client, req, company, ref, folder, summary)
        return
    for doc in typed:
        if exhibit_matches(doc.type, req.exhibits):
            _take(
                req,
                summary,
                folder / _file_name(doc.sequence, doc.filename),
                _filing(company, ref, doc.type),
                (doc.description, doc.filename),
                partial(
                    client.get, doc.url, immutable=True, what=f"{ref.accession} {doc.filename}"
                ),
            )


def _fetch_from_submission(
    client: EdgarClient,
    req: FetchRequest,
    company: Company,
    ref: FilingRef,
    folder: Path,
    summary: FetchSummary,
) -> None:
    url = f"{archive_folder(client, ref)}/{ref.accession}.txt"
    body = client.get(url, immutable=True, what=f"submission {ref.accession}")
    for part in split_parts(decode_bytes(body)):
        if exhibit_matches(part.type, req.exhibits):
            name = part.filename or f"{part.type}.txt"
            _take(
                req,
                summary,
                folder / _file_name(part.sequence, name),
                _filing(company, ref, part.type),
                (part.description, name),
                partial(str.encode, part.body, "utf-8"),
            )


def _take(
    req: FetchRequest,
    summary: FetchSummary,
    target: Path,
    filing: Filing,
    labels: tuple[str, str],
    load: Callable[[], bytes],
) -> None:
    """Keep one wanted document: already on disk (not fetched again), or loaded and saved;
    with ``--title``, only when its description, file name or own title has one of the words."""
    present = target.exists() and sidecar_path(target).exists()
    body = None if present else load()
    if req.titles:
        title = _title(target.read_bytes() if body is None else body)
        if not _title_matches(req.titles, *labels, title):
            summary.documents_not_matching_title += 1
            return
    if body is None:
        summary.documents_present += 1
    else:
        _save(target, body, filing)
        summary.documents_fetched += 1
    summary.files.append(str(target))


def _filing(company: Company, ref: FilingRef, exhibit_type: str) -> Filing:
    return Filing(
        accession=ref.accession,
        cik=company.cik,
        company=company.name,
        form_type=ref.form_type or None,
        filing_date=ref.filing_date,
        exhibit_type=exhibit_type or None,
        former_names=company.former_names,
    )


def _file_name(sequence: str, filename: str) -> str:
    """``{sequence}-{name}``; a name EDGAR gives is made safe for any file system."""
    safe = _UNSAFE.sub("_", filename).strip("._") or "document.txt"
    if not safe.lower().endswith((".txt", ".htm", ".html")):
        safe += ".txt"
    seq = _UNSAFE.sub("_", sequence) or "0"
    return f"{seq}-{safe}"


def _title(body: bytes) -> str:
    """The document's own title (its cover block), for the title filter."""
    try:
        text = decode_bytes(body)
        if looks_like_html(text):
            text, _ = html_to_text(text)
    except InvalidInput:
        return ""
    return find_title(text)


def _save(target: Path, body: bytes, filing: Filing) -> None:
    """Sidecar first, then the document, each atomically: a killed run leaves either both
    or a sidecar alone, and a document is never taken as fetched without its sidecar."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_sidecar(target, filing)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    tmp.write_bytes(body)
    tmp.replace(target)
