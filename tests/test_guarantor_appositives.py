"""A guarantor tied to the obligor by an appositive between its name and the verb ("..., the
owner of all of the outstanding stock of Tenant, hereby guarantees"): the guarantor secures
the obligations, not the obligor the appositive names."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """GUARANTY

FOR VALUE RECEIVED, and as an inducement to BRISTOL WHARF REALTY TRUST ("Landlord") to
enter into that certain Lease dated as of January 4, 2002 (the "Lease") with HALYARD
ROBOTICS, INC., a Massachusetts corporation ("Tenant"), the undersigned, HALYARD GROUP,
INC., a Delaware corporation ("Guarantor"), the owner of all of the outstanding stock of
Tenant, hereby unconditionally guarantees to Landlord the payment of all rent payable by
Tenant under the Lease.

HALYARD GROUP, INC.

By: /s/ Wendell A. Prosser
Title: President
"""


def test_the_guarantor_secures_the_lease_not_the_tenant() -> None:
    secures = edges(extract_text(_GUARANTY), "SECURES")
    guarantor = [s for s in secures if s[0].lower() == "halyard group, inc." and s[1] == "Lease"]
    assert guarantor
    assert not [s for s in secures if s[0].lower().startswith("halyard robotics")]
