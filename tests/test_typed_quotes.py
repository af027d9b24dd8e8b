"""Defined terms between quotation marks typed as two apostrophes (''Licensee''), two
backticks and two apostrophes (``Distributor''), two single quotes
(\u2018\u2018Agency\u2019\u2019), guillemets (\u00abLicensor\u00bb) or a low opening quote
(\u201eKunde\u201c, \u201eBuyer"): read as the same terms as in double quotes, with evidence
that still quotes the filing exactly. Passages written for this test in the general shape of
licence, distribution and agency preambles; near misses: inches, a ditto, a lower-case phrase,
marks that do not pair.
"""

from __future__ import annotations

import pytest

from ingest.typed_quotes import with_plain_quotes
from tests.passages import OPENING_BODY, assert_own_parties, extract_text

DOUBLED = (
    "PATENT LICENSE AGREEMENT\n\n"
    "This Patent License Agreement (the ''Agreement'') is made as of March 3, 1998 between "
    "Ferncliff Polymers, Inc., a Delaware corporation (''Ferncliff''), and Tollund Plastics "
    "A/S, a Danish company (''Licensee'')." + OPENING_BODY
)
BACKTICKS = (
    "AGENCY AGREEMENT\n\n"
    "THIS AGREEMENT is entered into on the 4th day of June, 1997 by and between MARCHETTI "
    "VALVE COMPANY, an Ohio corporation, hereinafter referred to as ``the Principal'', and "
    "Sorrento Industrial Supply S.r.l., an Italian company (``Agent'')." + OPENING_BODY
)
GUILLEMETS = (
    "SUPPLY AGREEMENT\n\n"
    "between\n\nAlpenglow Instruments AG, a company organized under the laws of Switzerland, "
    "Bahnhofstrasse 10, 6300 Zug (hereinafter \u00abSupplier\u00bb)\n\nand\n\n"
    "Maple Ridge Laboratories Inc., a Canadian corporation, 40 King Street West, Toronto "
    "(hereinafter \u00abBuyer\u00bb)" + OPENING_BODY
)

CURLY_PAIRS = (
    "MARKETING AGREEMENT\n\n"
    "This Marketing Agreement (the \u2018\u2018Agreement\u2019\u2019) is made as of May 1, 1999 "
    "between Halyard Outdoor, Inc., a Maine corporation (\u2018\u2018Halyard\u2019\u2019), and "
    "Stoneleigh Media LLC (\u2018\u2018Agency\u2019\u2019)." + OPENING_BODY
)
LOW_OPENING = (
    "SUPPLY AGREEMENT\n\n"
    "This Supply Agreement is made on 1 March 2015 between Kraus Maschinenbau GmbH "
    '(\u201eSupplier") and Dorval Machines Inc. (\u201eBuyer\u201c).' + OPENING_BODY
)


def test_the_reading_text_has_double_quotes_at_the_same_offsets() -> None:
    text = "X (''Licensor'') and Y (``the Agent'') and Z (\u00abBuyer\u00bb) (\u201eKunde\u201c)"
    read = with_plain_quotes(text)
    assert read == (
        'X ( "Licensor" ) and Y ( "the Agent" ) and Z (\u201cBuyer\u201d) (\u201cKunde\u201d)'
    )
    assert len(read) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "a panel of 24'' x 36'' boards",
        "the words ''as is'' mean",
        "the Licensee''s rights",
        '(the "Licensor")',
        "(\u00abLicensor'')",
        "(\u2018\u2018Licensor\u00bb)",
    ],
)
def test_no_term_is_left_as_it_is(text: str) -> None:
    assert with_plain_quotes(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            DOUBLED,
            {"Ferncliff Polymers, Inc.", "Ferncliff", "Tollund Plastics A/S", "Licensee"},
        ),
        (
            BACKTICKS,
            {
                "MARCHETTI VALVE COMPANY",
                "the Principal",
                "Sorrento Industrial Supply S.r.l.",
                "Agent",
            },
        ),
        (
            GUILLEMETS,
            {"Alpenglow Instruments AG", "Supplier", "Maple Ridge Laboratories Inc.", "Buyer"},
        ),
        (CURLY_PAIRS, {"Halyard Outdoor, Inc.", "Halyard", "Stoneleigh Media LLC", "Agency"}),
        (LOW_OPENING, {"Kraus Maschinenbau GmbH", "Supplier", "Dorval Machines Inc.", "Buyer"}),
    ],
)
def test_typed_quotes_name_the_parties(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


@pytest.mark.parametrize("text", [DOUBLED, BACKTICKS, GUILLEMETS, CURLY_PAIRS, LOW_OPENING])
def test_evidence_quotes_the_filing_as_written(text: str) -> None:
    x = extract_text(text)
    for e in x.entities:
        for span in e.evidence:
            assert span.text == text[span.start : span.end]
    for r in x.relations:
        for span in r.evidence:
            assert span.text == text[span.start : span.end]
