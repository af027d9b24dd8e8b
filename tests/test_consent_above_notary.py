"""A consent appended after an agreement's signatures whose own signature is followed by a
notary's certificate of another signer: the consent is its own agreement, and the notary's text
below its signature block is no reason to drop it (:mod:`ingest.structure.appended_agreements`)."""

from __future__ import annotations

from ingest.structure.appended_agreements import appended_regions
from tests.passages import edges, extract_text

_TEXT = """                        EXTENSION AGREEMENT

     THIS EXTENSION AGREEMENT is made as of March 3, 2001, by and between MILLRACE BAKERIES,
INC., a Kansas corporation ("Borrower"), and OSAGE FARMERS BANK, a Kansas banking
corporation ("Bank").

     1.   The maturity date of the Borrower's note payable to the Bank is hereby extended to
March 3, 2002.

     EXECUTED as of the date first above written.

                                   MILLRACE BAKERIES, INC.

                                   By:  /s/ Warren E. Pettibone
                                        Warren E. Pettibone, President

                                   OSAGE FARMERS BANK

                                   By:  /s/ Jolene K. Stroud
                                        Jolene K. Stroud, Vice President


                             CONSENT OF GUARANTOR

     The undersigned guarantor consents to the foregoing Extension Agreement and agrees that
his guaranty shall remain in full force and effect.

                                   /s/ Harlan D. Pettibone
                                   ----------------------------------
                                   HARLAN D. PETTIBONE


STATE OF KANSAS          )
COUNTY OF SEDGWICK       )

     This instrument was acknowledged before me on March 3, 2001, by Warren E. Pettibone,
President of Millrace Bakeries, Inc., on behalf of said corporation.

                                   /s/ Loretta Ames
                                   ----------------------------------
                                   Notary Public, State of Kansas
"""

_CERTIFICATE = """
                             ACKNOWLEDGMENT

     On March 3, 2001, before me came Warren E. Pettibone, to me known, who being duly sworn
did say that he executed the foregoing instrument on behalf of the corporation.

                                   /s/ Loretta Ames
                                   Notary Public
"""


def test_the_consent_is_appended_despite_the_notary_below() -> None:
    start = _TEXT.index("Jolene K. Stroud, Vice President")
    [region] = appended_regions(_TEXT, start, len(_TEXT))
    assert region.title == "CONSENT OF GUARANTOR"


def test_its_signer_signs_the_consent_not_the_agreement() -> None:
    x = extract_text(_TEXT)
    signed = edges(x, "SIGNED")
    assert ("Harlan D. Pettibone", "Consent of Guarantor") in signed
    assert ("Harlan D. Pettibone", "Extension Agreement") not in signed


def test_a_notary_certificate_signed_by_the_notary_is_no_agreement() -> None:
    assert appended_regions(_CERTIFICATE, 0, len(_CERTIFICATE)) == []
