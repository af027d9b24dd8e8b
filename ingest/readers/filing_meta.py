"""Where a document was filed: the :class:`~ingest.records.Filing` of an EDGAR document.

Two sources, one record:
- a full submission's ``<SEC-HEADER>`` (``ACCESSION NUMBER:``, ``FILER:`` ... ``CENTRAL
  INDEX KEY:``, ``FORMER CONFORMED NAME:``), read by :func:`parse_sec_header`;
- a *sidecar*: ``exhibit.htm.edgar.json`` beside ``exhibit.htm``, which ``dealgraph fetch``
  writes for every file it downloads and a user may write by hand for files they have.

The sidecar format is defined here only (:func:`filing_to_json` / :func:`filing_from_json`).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from dealgraph.errors import InvalidInput
from ingest.records import Filing

SIDECAR_SUFFIX = ".edgar.json"

_HEADER = re.compile(r"<(SEC|IMS)-HEADER>(.*?)</\1-HEADER>", re.IGNORECASE | re.DOTALL)
_LINE = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ./&-]*?):[ \t]*(.*?)[ \t]*$", re.MULTILINE)
#: Header sections naming a company; the filer comes first, then the subject company.
_COMPANY_SECTIONS = ("FILER", "SUBJECT COMPANY", "FILED BY")
_CIK = re.compile(r"^\d{1,10}$")
_ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


def normalise_cik(value: str | int) -> str:
    """``41850`` or ``"0000041850"`` -> ``"0000041850"``; refuses anything else."""
    text = str(value).strip()
    if not _CIK.match(text) or int(text) == 0:
        raise InvalidInput(f"not a CIK: {text!r} (expected up to 10 digits)")
    return text.zfill(10)


def normalise_accession(value: str) -> str:
    """``0000041850-96-000001`` or ``000004185096000001`` -> the dashed form; refuses others."""
    text = value.strip()
    if re.fullmatch(r"\d{18}", text):
        text = f"{text[:10]}-{text[10:12]}-{text[12:]}"
    if not _ACCESSION.match(text):
        raise InvalidInput(f"not an accession number: {value!r} (expected 0000041850-96-000001)")
    return text


def iso_date(value: str | None) -> str | None:
    """``19960229`` or ``1996-02-29`` -> ``1996-02-29``; anything else -> None."""
    m = _DATE.match((value or "").strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def parse_sec_header(text: str) -> Filing | None:
    """The filing a full submission's header describes, or None without a usable header."""
    m = _HEADER.search(text[:200_000])
    if m is None:
        return None
    fields: dict[str, str] = {}
    companies: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for key, value in _LINE.findall(m.group(2)):
        key = key.strip().upper()
        if key in _COMPANY_SECTIONS and not value:
            current = {"section": key, "former": []}
            companies.append(current)
        elif current is not None and key == "COMPANY CONFORMED NAME":
            current.setdefault("name", value)
        elif current is not None and key == "CENTRAL INDEX KEY":
            current.setdefault("cik", value)
        elif current is not None and key == "FORMER CONFORMED NAME":
            current["former"].append(value)
        else:
            fields.setdefault(key, value)
    ranked = sorted(
        (c for c in companies if c.get("cik")), key=lambda c: _COMPANY_SECTIONS.index(c["section"])
    )
    accession = fields.get("ACCESSION NUMBER", "")
    if not ranked or not _ACCESSION.match(accession):
        return None
    filer = ranked[0]
    try:
        cik = normalise_cik(filer["cik"])
    except InvalidInput:
        return None
    return Filing(
        accession=accession,
        cik=cik,
        company=filer.get("name", ""),
        form_type=fields.get("CONFORMED SUBMISSION TYPE") or None,
        filing_date=iso_date(fields.get("FILED AS OF DATE")),
        former_names=tuple(dict.fromkeys(filer["former"])),
    )


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def filing_to_json(filing: Filing) -> dict[str, Any]:
    return {
        "accession": filing.accession,
        "cik": filing.cik,
        "company": filing.company,
        "form_type": filing.form_type,
        "filing_date": filing.filing_date,
        "exhibit_type": filing.exhibit_type,
        "former_names": list(filing.former_names),
    }


def filing_from_json(data: Any) -> Filing:
    """A sidecar's content as a :class:`Filing`; :class:`InvalidInput` saying what is wrong."""
    if not isinstance(data, dict):
        raise InvalidInput("not a JSON object")
    for name in ("accession", "cik"):
        if not isinstance(data.get(name), str | int) or data.get(name) in ("", None):
            raise InvalidInput(f"no {name!r}")
    names = data.get("former_names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise InvalidInput("'former_names' must be a list of names")

    def text(name: str) -> str | None:
        value = data.get(name)
        return value.strip() or None if isinstance(value, str) else None

    return Filing(
        accession=normalise_accession(str(data["accession"])),
        cik=normalise_cik(data["cik"]),
        company=text("company") or "",
        form_type=text("form_type"),
        filing_date=iso_date(text("filing_date")),
        exhibit_type=text("exhibit_type"),
        former_names=tuple(names),
    )


def read_sidecar(path: Path) -> Filing | None:
    """The sidecar of ``path`` if there is one; :class:`InvalidInput` when it is malformed."""
    side = sidecar_path(path)
    if not side.is_file():
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"cannot read sidecar {side.name}: {exc}") from None
    try:
        return filing_from_json(data)
    except InvalidInput as exc:
        raise InvalidInput(f"sidecar {side.name}: {exc.message}") from None


def write_sidecar(path: Path, filing: Filing) -> Path:
    """Write ``path``'s sidecar atomically (a killed writer never leaves half of one)."""
    side = sidecar_path(path)
    tmp = side.with_name(f".{side.name}.{os.getpid()}.part")
    tmp.write_text(json.dumps(filing_to_json(filing), indent=1) + "\n", encoding="utf-8")
    tmp.replace(side)
    return side
