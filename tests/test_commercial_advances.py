"""Words of lending in a commercial contract that lend nothing: a supplier gives "advance
written notice", a customer lends "the Loaned Items" (equipment, not money), a buyer "shall
advance to the Contractor sums on account of future deliveries" (a prepayment of the price).
None is a LENDS_TO; the loan sentences of a financing stay one. Passages written for these
tests, in those shapes; names made up."""

from __future__ import annotations

from tests.passages import edges, extract_text

SUPPLY = (
    "MANUFACTURING AND SUPPLY AGREEMENT\n\n"
    "This MANUFACTURING AND SUPPLY AGREEMENT is made as of April 2, 2018 between Corlan "
    'Therapeutics, Inc., a Delaware corporation ("Corlan"), and Vessel Pharma Services, Inc., '
    'a New Jersey corporation ("Vessel").\n\n'
    "3.4 Vessel shall provide reasonable advance written notice to Corlan prior to amending any "
    "master file referenced in a filing of Corlan.\n\n"
    "3.5 For orders beyond the forecast, Corlan shall advance to Vessel sums on account of "
    "future deliveries equal to the cost of the materials ordered.\n\n"
    "3.6 Corlan will provide the Loaned Equipment to Vessel on or about the Effective Date.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CORLAN THERAPEUTICS, INC.\n\nBy: /s/ Lee Park\nTitle: CEO\n\n"
    "VESSEL PHARMA SERVICES, INC.\n\nBy: /s/ Jo Hart\nTitle: President\n"
)


def test_notice_prepayment_and_loaned_equipment_lend_nothing() -> None:
    assert edges(extract_text(SUPPLY), "LENDS_TO") == set()


LOAN = (
    "LOAN AGREEMENT\n\n"
    "This LOAN AGREEMENT is made as of May 5, 2011 between Pellam Holdings, LLC, a Delaware "
    'limited liability company (the "Investor"), and Ardent Tools, Inc., an Ohio corporation '
    '(the "Company").\n\n'
    "1.1 The Investor shall advance to the Company the principal sum of $750,000.\n\n"
    "1.2 The Company shall give the Investor advance written notice of any prepayment.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "PELLAM HOLDINGS, LLC\n\nBy: /s/ Ann Cole\nTitle: Manager\n\n"
    "ARDENT TOOLS, INC.\n\nBy: /s/ Sam Reed\nTitle: President\n"
)


def test_an_advance_of_a_principal_sum_still_lends() -> None:
    assert edges(extract_text(LOAN), "LENDS_TO") == {("Pellam Holdings, LLC", "Ardent Tools, Inc.")}
