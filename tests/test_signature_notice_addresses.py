"""A lender's signature page that prints its notice addresses under the block, as HTML filings
are converted (every line set apart by a blank line): "Lending Office" / the bank's name / its
street, "And a copy to:" / counsel's firm / its street. Neither firm there signs a block
(:meth:`ingest.signatures.block_reader` ``_notice``). And a column heading set beside the
lender's name by a tab ("COMMITMENTS<tab>HARBORVIEW BANK") is no part of the name
(:mod:`ingest.signatures.columns`)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import entity_names, extract_text

_TEXT = """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT is dated as of June 2, 2011 among QUILLFIELD HOLDINGS, INC., a
Maryland corporation, as borrower, QUILLFIELD FUNDING CORP., as guarantor, the LENDERS listed on
the signature pages hereof and HARBORVIEW NATIONAL BANK, as Administrative Agent.

SECTION 2.01. Commitments. Each Lender severally agrees to make Revolving Loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of the
day and year first above written.

QUILLFIELD HOLDINGS, INC.


By:

Name:

Title:


GUARANTOR

QUILLFIELD FUNDING CORP.


By:

Name:

Title:



COMMITMENTS\t\xa0\tHARBORVIEW NATIONAL BANK,
as Administrative Agent and as a Lender


By:

Name:

Title:


Revolving

Commitment:

$35,000,000


Lending Office

Harborview National Bank

410 Lakeshore Avenue, 9th Floor

Cleveland, OH 44114

Attention: Dana Pruitt, Senior Vice President

Telecopy number: (216) 555-0140

Telephone number: (216) 555-0141


And a copy to:


Martin F. Oyelaran, Esq.

Ostrander Pell & Vasquez LLP

88 Euclid Avenue

Cleveland, OH 44115

Telecopy number: (216) 555-0190
"""


_PARTIES = {"quillfield holdings, inc.", "quillfield funding corp.", "harborview national bank"}


def _parties(x: Extraction) -> dict[str, object]:
    names = entity_names(x)
    return {
        names[r.source].lower(): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == "Revolving Credit Agreement"
    }


def test_counsel_under_a_copy_to_line_signs_no_block() -> None:
    parties = _parties(extract_text(_TEXT))
    assert not [n for n in parties if "ostrander" in n]


def test_a_column_heading_beside_the_lender_is_no_part_of_its_name() -> None:
    parties = _parties(extract_text(_TEXT))
    assert set(parties) == _PARTIES
    assert parties["harborview national bank"] == "Administrative Agent and Lender"


def test_without_the_tab_the_notice_lines_still_name_no_party() -> None:
    parties = _parties(extract_text(_TEXT.replace("COMMITMENTS\t\xa0\t", "")))
    assert set(parties) == _PARTIES
