"""A note purchase agreement selling two series to purchasers its Schedule A lists with a figure
and a series per row, payment instructions and notice addresses under each row (the
private-placement form): the rows, not the wire-transfer banks or the address lines, are the
purchasers; each buys the series its rows give it, and lends that figure to the issuer."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text

_NPA = """\
                         MARROWBY FOODS, INC.

          $20,000,000 5.90% Senior Notes, Series A, due May 1, 2018
          $15,000,000 6.25% Senior Notes, Series B, due May 1, 2021

                         NOTE PURCHASE AGREEMENT

                          Dated as of May 1, 2011

TO EACH OF THE PURCHASERS LISTED IN
  SCHEDULE A HERETO:

Ladies and Gentlemen:

     MARROWBY FOODS, INC., a Wisconsin corporation (the "Company"), agrees
with each of the purchasers whose names appear at the end hereof (each, a
"Purchaser" and, collectively, the "Purchasers") as follows:

1.  AUTHORIZATION OF NOTES. The Company will authorize the issue and sale
of (a) $20,000,000 aggregate principal amount of its 5.90% Senior Notes,
Series A, due May 1, 2018 (the "Series A Notes") and (b) $15,000,000
aggregate principal amount of its 6.25% Senior Notes, Series B, due May 1,
2021 (the "Series B Notes" and, together with the Series A Notes, the
"Notes").

2.  SALE AND PURCHASE OF NOTES. Subject to the terms and conditions of this
Agreement, the Company will issue and sell to each Purchaser and each
Purchaser will purchase from the Company, at the Closing, Notes of the
series and in the principal amount specified opposite such Purchaser's name
in Schedule A at the purchase price of 100% of the principal amount thereof.

3.  GOVERNING LAW. This Agreement shall be governed by the law of the State
of New York.

                                    Very truly yours,

                                    MARROWBY FOODS, INC.

                                    By /s/ Helen R. Quist
                                       Name:  Helen R. Quist
                                       Title: Treasurer

This Agreement is hereby accepted and agreed to as of the date thereof.

                                    NORTHERN CEDAR LIFE INSURANCE COMPANY

                                    By /s/ Paul D. Engstrom
                                       Name:  Paul D. Engstrom
                                       Title: Vice President

                                    KEYSTONE FRATERNAL ASSURANCE SOCIETY

                                    By /s/ Amara J. Obi
                                       Name:  Amara J. Obi
                                       Title: Director, Private Placements


                                                          SCHEDULE A

                    INFORMATION RELATING TO PURCHASERS

                                                 Principal Amount of
Name and Address of Purchaser                    Notes to be Purchased
-----------------------------                    ---------------------

NORTHERN CEDAR LIFE INSURANCE COMPANY            $12,000,000 Series A
                                                 $ 5,000,000 Series B
(1) All payments by wire transfer to:
      Lakeland Trust Bank
      ABA No. 091000019
      Account No. 1102-58
(2) Address for all notices:
      Northern Cedar Life Insurance Company
      400 Robert Street North
      St. Paul, Minnesota 55101

KEYSTONE FRATERNAL ASSURANCE SOCIETY             $8,000,000 Series A
                                                 $10,000,000 Series B
(1) All payments by wire transfer to:
      Allegheny Custody Bank, N.A.
      ABA No. 043000096
(2) Address for all notices:
      Keystone Fraternal Assurance Society
      c/o Keystone Investment Advisers LLC
      Pittsburgh, Pennsylvania 15222
"""

_NORTHERN = "Northern Cedar Life Insurance Company"
_KEYSTONE = "Keystone Fraternal Assurance Society"


@pytest.fixture(scope="module")
def npa() -> Extraction:
    return extract_text(_NPA)


def test_only_the_rows_are_purchasers(npa: Extraction) -> None:
    names = {n.lower() for n in entity_names(npa).values()}
    for junk in ("lakeland trust bank", "allegheny custody bank, n.a.", "aba no."):
        assert junk not in names
    parties = {s.lower() for s, _ in edges(npa, "PARTY_TO")}
    assert not any("pittsburgh" in p or "st. paul" in p or "c/o" in p for p in parties)


def test_each_purchaser_holds_its_own_series_with_its_figure(npa: Extraction) -> None:
    n = entity_names(npa)
    holds = {
        (n[r.source].lower(), n[r.target], r.props.get("amount"))
        for r in npa.relations
        if r.type == "HOLDS"
    }
    assert holds == {
        (_NORTHERN.lower(), "Series A Notes", 12_000_000),
        (_NORTHERN.lower(), "Series B Notes", 5_000_000),
        (_KEYSTONE.lower(), "Series A Notes", 8_000_000),
        (_KEYSTONE.lower(), "Series B Notes", 10_000_000),
    }


def test_each_series_figure_is_lent_to_the_issuer(npa: Extraction) -> None:
    n = entity_names(npa)
    lent = {
        (n[r.source].lower(), n[r.target].lower(), r.props.get("amount"))
        for r in npa.relations
        if r.type == "LENDS_TO"
    }
    assert (_KEYSTONE.lower(), "marrowby foods, inc.", 8_000_000) in lent
    assert {s for s, _, _ in lent} == {_NORTHERN.lower(), _KEYSTONE.lower()}
