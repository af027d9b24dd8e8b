"""An EDGAR filer is one Party, identified by its CIK, on both stores and in any ingest order.

Two exhibits written for this test (``tests/data/filer_identity/``): a 2001 credit
agreement of "Acme Drilling Company" and its 2004 amendment, by then signed as "Acme
Offshore, Inc.". Their names share no words a name match could join; their filings' CIK
does. The bank, not a filer, keeps its identity by name.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from dealgraph.pipeline import ingest_paths
from dealgraph.settings import Settings
from graph.store import GraphStore
from ingest.readers import read_file
from ingest.readers.filing_meta import parse_sec_header
from ingest.records import Filing
from tests.export_helpers import edges, without_timestamps

DATA = Path(__file__).parent / "data" / "filer_identity"
CIK = "0000123456"
FILER = f"party:cik-{CIK}"
OLD = Filing(
    accession="0000123456-01-000007",
    cik=CIK,
    company="ACME DRILLING CO /DE/",
    form_type="10-Q",
    filing_date="2001-08-14",
    exhibit_type="EX-10.1",
)
NEW = Filing(
    accession="0000123456-04-000011",
    cik=CIK,
    company="ACME OFFSHORE INC",
    form_type="8-K",
    filing_date="2004-03-05",
    exhibit_type="EX-10.2",
    former_names=("ACME DRILLING CO /DE/",),
)


def sidecar(filing: Filing) -> dict[str, Any]:
    return {
        "accession": filing.accession,
        "cik": str(int(filing.cik)),  # users may write the CIK without its zeros
        "company": filing.company,
        "form_type": filing.form_type,
        "filing_date": filing.filing_date,
        "exhibit_type": filing.exhibit_type,
        "former_names": list(filing.former_names),
    }


@pytest.fixture
def exhibits(tmp_path: Path) -> dict[str, Path]:
    """The two exhibits, each with the sidecar a user (or ``dealgraph fetch``) writes."""
    paths = {}
    for name, filing in (
        ("acme-credit-agreement-2001.txt", OLD),
        ("acme-first-amendment-2004.txt", NEW),
    ):
        target = tmp_path / name
        shutil.copy(DATA / name, target)
        (tmp_path / f"{name}.edgar.json").write_text(json.dumps(sidecar(filing)))
        paths[filing.accession] = target
    return paths


def nodes_by_key(export: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["id"]: n for n in export["nodes"]}


@pytest.mark.parametrize("order", ["old_first", "new_first"])
def test_two_spellings_of_one_filer_are_one_node(
    store: GraphStore, exhibits: dict[str, Path], tmp_path: Path, order: str
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    files = [exhibits[OLD.accession], exhibits[NEW.accession]]
    for f in files if order == "old_first" else files[::-1]:
        assert ingest_paths(store, [f], settings).documents_added == 1
    export = store.export()
    nodes = nodes_by_key(export)

    acme = [
        k
        for k, n in nodes.items()
        if n["label"] == "Party"
        and "acme"
        in " ".join([n["properties"]["name"], *n["properties"].get("aliases", [])]).lower()
    ]
    assert acme == [FILER]
    filer = nodes[FILER]["properties"]
    assert filer["cik"] == CIK
    assert filer["name"] in ("Acme Drilling Company", "Acme Offshore, Inc.")  # never capitals
    assert {"Acme Drilling Company", "Acme Offshore, Inc.", "ACME OFFSHORE INC"} <= set(
        filer["aliases"]
    )
    # both exhibits link to their filer, each with its own filing
    filed = {e["properties"]["accession"]: e for e in edges(export, "FILED_BY", target=FILER)}
    assert set(filed) == {OLD.accession, NEW.accession}
    for accession, edge in filed.items():
        doc = nodes[edge["source"]]["properties"]
        filing = OLD if accession == OLD.accession else NEW
        assert (doc["accession"], doc["cik"], doc["form_type"]) == (
            filing.accession,
            CIK,
            filing.form_type,
        )
        assert (doc["filing_date"], doc["exhibit_type"]) == (
            filing.filing_date,
            filing.exhibit_type,
        )
    # the filer is the Borrower under both agreements; the bank keeps its name identity
    borrowed = {e["target"] for e in edges(export, "PARTY_TO", source=FILER)}
    assert {"agreement:credit-agreement:2001-05-11"} < borrowed
    assert nodes["party:first-harbor-bank-na"]["properties"].get("cik") is None
    assert len(edges(export, "LENDS_TO", "party:first-harbor-bank-na", FILER)) == 1


def test_identity_does_not_depend_on_ingest_order(
    store: GraphStore, exhibits: dict[str, Path], tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    old, new = exhibits[OLD.accession], exhibits[NEW.accession]
    ingest_paths(store, [old], settings)
    ingest_paths(store, [new], settings)
    forward = without_timestamps(store.export())
    store.clear()
    ingest_paths(store, [new], settings)
    ingest_paths(store, [old], settings)
    assert without_timestamps(store.export()) == forward


def test_without_a_filing_a_party_keeps_its_name(store: GraphStore, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    shutil.copy(DATA / "acme-credit-agreement-2001.txt", plain)
    ingest_paths(store, [plain], Settings(data_dir=tmp_path / "data"))
    export = store.export()
    keys = nodes_by_key(export)
    assert "party:acme-drilling-co" in keys and FILER not in keys
    assert not edges(export, "FILED_BY")
    doc = next(n for n in export["nodes"] if n["label"] == "Document")
    assert "accession" not in doc["properties"]


def submission(text: str) -> str:
    """A full EDGAR submission of ``text`` as EX-10.1, its header naming a former name."""
    return (
        "<SEC-DOCUMENT>0000123456-01-000007.txt : 20010814\n"
        "<SEC-HEADER>0000123456-01-000007.hdr.sgml : 20010814\n"
        "ACCESSION NUMBER:\t\t0000123456-01-000007\n"
        "CONFORMED SUBMISSION TYPE:\t10-Q\n"
        "PUBLIC DOCUMENT COUNT:\t\t2\n"
        "FILED AS OF DATE:\t\t20010814\n\n"
        "FILER:\n\n\tCOMPANY DATA:\t\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tACME DRILLING CO /DE/\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000123456\n"
        "\t\tSTATE OF INCORPORATION:\t\t\tDE\n\n"
        "\tFORMER COMPANY:\t\n\t\tFORMER CONFORMED NAME:\tACME TOOLS CORP\n"
        "\t\tDATE OF NAME CHANGE:\t19970101\n"
        "</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>10-Q\n<SEQUENCE>1\n<TEXT>\nQuarterly report\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-10.1\n<SEQUENCE>2\n<DESCRIPTION>CREDIT AGREEMENT\n<TEXT>\n"
        f"{text}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )


def test_the_sec_header_of_a_full_submission_names_the_filer(
    store: GraphStore, tmp_path: Path
) -> None:
    path = tmp_path / "0000123456-01-000007.txt"
    path.write_text(submission((DATA / "acme-credit-agreement-2001.txt").read_text()))
    (doc,) = read_file(path, max_bytes=10**7).documents
    assert doc.filing == Filing(
        accession="0000123456-01-000007",
        cik=CIK,
        company="ACME DRILLING CO /DE/",
        form_type="10-Q",
        filing_date="2001-08-14",
        exhibit_type="EX-10.1",
        former_names=("ACME TOOLS CORP",),
    )
    ingest_paths(store, [path], Settings(data_dir=tmp_path / "data"))
    export = store.export()
    filer = nodes_by_key(export)[FILER]["properties"]
    assert filer["cik"] == CIK and "ACME TOOLS CORP" in filer["aliases"]
    assert len(edges(export, "FILED_BY", target=FILER)) == 1


def test_a_header_without_a_filer_gives_no_filing() -> None:
    assert parse_sec_header("<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>") is None
    assert parse_sec_header("no header at all") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read sidecar"),
        ('{"cik": "123456"}', "sidecar acme.txt.edgar.json: no 'accession'"),
        ('{"accession": "0000123456-01-000007", "cik": "x1"}', "not a CIK"),
        ('{"accession": "12", "cik": "1"}', "not an accession number"),
        ('["a list"]', "not a JSON object"),
    ],
)
def test_a_malformed_sidecar_fails_its_file_and_writes_nothing(
    store: GraphStore, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "acme.txt"
    shutil.copy(DATA / "acme-credit-agreement-2001.txt", path)
    (tmp_path / "acme.txt.edgar.json").write_text(content)
    summary = ingest_paths(store, [path], Settings(data_dir=tmp_path / "data"))
    assert len(summary.errors) == 1 and message in summary.errors[0], summary.errors
    assert store.counts()["labels"].get("Document", 0) == 0
