"""A mortgage's notary certificate in the statutory short form ("The foregoing instrument was
acknowledged before me this ... by Name, the President of Company, ...") and the notary's own
signature over "Notary Public" (:mod:`ingest.signatures.acknowledgments`): neither makes a
party nor a signer. A passage written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

_MORTGAGE = (
    "MORTGAGE\n\n"
    'THIS MORTGAGE (this "Mortgage") is made as of March 2, 2003, by HERON GLEN APARTMENTS, '
    'L.P., a Florida limited partnership ("Mortgagor"), to SEAGRASS SAVINGS BANK, a Florida '
    'banking corporation ("Mortgagee").\n\n'
    "1. Grant. Mortgagor hereby mortgages, grants and conveys to Mortgagee the land described "
    'in Exhibit A (the "Land"), to secure the payment of the Note.\n\n'
    "IN WITNESS WHEREOF, Mortgagor has executed this Mortgage.\n\n"
    "                              HERON GLEN APARTMENTS, L.P.\n\n"
    "                              By:  Heron Glen GP, Inc., its general partner\n\n"
    "                                   By: /s/ Calvin Ostrowski\n"
    "                                       Calvin Ostrowski\n"
    "                                       President\n\n"
    "STATE OF FLORIDA      )\n"
    "                      ) ss.\n"
    "COUNTY OF SARASOTA    )\n\n"
    "     The foregoing instrument was acknowledged before me this 28th day of February, "
    "2003,\nby Calvin Ostrowski, the President of Heron Glen GP, Inc., a Florida corporation, "
    "the\ngeneral partner of Heron Glen Apartments, L.P., on behalf of the partnership.\n\n"
    "                              /s/ Marguerite L. Dobbs\n"
    "                              ---------------------------\n"
    "                              Notary Public\n"
)


def test_the_short_form_certificate_and_the_notary_make_no_party() -> None:
    x = extract_text(_MORTGAGE)
    names = set(entity_names(x).values())
    assert "Marguerite L. Dobbs" not in {s for s, _ in edges(x, "SIGNED")}, edges(x, "SIGNED")
    assert not any(n.startswith("President of") for n in names), names
    assert ("Calvin Ostrowski", "Mortgage") in edges(x, "SIGNED"), edges(x, "SIGNED")
