"""Party names written wholly in lower case, as brands are (issue #12): "i-on interactive",
"netsmart media, inc.", "shopfast.com, inc." in the list of parties, read where the list's
connector stands before them and a descriptor or a term from the name follows
(:mod:`ingest.parties.lower_case_names`); lower-case words after "and" that name no party
are left alone. Passages written for the test, in the shape of licence, hosting and
marketing contracts of the dot-com years.
"""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import CUAD, norm, predict
from tests.passages import own_parties, party_strings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HOSTING AGREEMENT\n\nThis Hosting Agreement is entered into as of May 3, 2001 by and "
            'between Norlake Outfitters, Inc., a Delaware corporation ("Customer"), and e-stream '
            'hosting, a California corporation ("e-stream").\n\n1. SERVICES\n',
            {"Norlake Outfitters, Inc.", "Customer", "e-stream hosting", "e-stream"},
        ),
        (
            'MARKETING AGREEMENT\n\nTHIS MARKETING AGREEMENT (the "Agreement") is made as of '
            "March 1, 2000 between netsmart media, inc., a Nevada corporation "
            '("netsmart"), and Carrow Publishing Company, an Ohio corporation ("Carrow").\n\n'
            "1. TERM\n",
            {"netsmart media, inc.", "netsmart", "Carrow Publishing Company", "Carrow"},
        ),
        (
            'CO-MARKETING AGREEMENT\n\nThis Co-Marketing Agreement (this "Agreement") is entered '
            'into as of July 7, 1999 by and between shopfast.com, inc. ("Shopfast") and Wendell '
            'Greeting Corp., a New York corporation ("Wendell").\n\n1. DEFINITIONS\n',
            {"shopfast.com, inc.", "Shopfast", "Wendell Greeting Corp.", "Wendell"},
        ),
    ],
)
def test_a_lower_case_name_in_the_list_of_parties(text: str, expected: set[str]) -> None:
    assert party_strings(own_parties(text)) == {norm(s) for s in expected}


@pytest.mark.parametrize(
    "tail",
    [
        # lower-case words after "and" with a term that is not their own
        'and governs software and related services (the "Services").',
        # a plain lower-case word with its own word as the term: a class, not a name
        'and affiliates ("Affiliates") as set out below.',
        # a clause after "and", with a descriptor's article but no form
        "and agrees to act as a distributor, a role described below.",
    ],
)
def test_lower_case_words_that_name_no_party(tail: str) -> None:
    text = (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of June 1, 2010 by Tamsin "
        f'Foods, Inc., a Texas corporation ("Tamsin") {tail}\n\n1. SUPPLY\n'
    )
    assert party_strings(own_parties(text)) == {"tamsin foods inc", "tamsin"}


def test_a_lower_case_host_of_a_real_hosting_agreement() -> None:
    # "by and between Centrack International, a Florida corporation ("the Customer"), and
    # i-on interactive, a Florida corporation ("i-on")"
    found = predict(
        CUAD / "contracts" / "CENTRACKINTERNATIONALINC_10_29_1999-EX-10.3-WEB_SITE_HOSTING_"
        "AGREEMENT.txt"
    )
    assert {"i on", "i on interactive"} <= found.parties
