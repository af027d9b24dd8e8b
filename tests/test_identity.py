"""Identity: one real-world party or agreement is one key, however it is written."""

from __future__ import annotations

import pytest

from graph.identity import (
    asset_key,
    conformed_name,
    edge_key,
    filer_key,
    normalise_title,
    party_key,
    slug,
    titled_key,
)


@pytest.mark.parametrize(
    "variants",
    [
        ["ZOLTEK COMPANIES, INC.", "Zoltek Companies, Inc.", "Zoltek Companies Incorporated"],
        ["Bank of America, N.A.", "BANK OF AMERICA, NATIONAL ASSOCIATION"],
        ["Acme Widgets, L.L.C.", "Acme Widgets LLC", "the Acme Widgets, LLC"],
        ["Société Générale", "Societe Generale", "SOCIÉTÉ GÉNÉRALE"],
        ["Smith & Wesson Corp.", "Smith and Wesson Corporation"],
        ["Odyssey Group Intl, Inc.", "ODYSSEY GROUP INTERNATIONAL, INC."],
    ],
)
def test_party_spellings_share_one_key(variants: list[str]) -> None:
    assert len({party_key(v) for v in variants}) == 1


def test_distinct_parties_stay_distinct() -> None:
    names = ["株式会社", "ООО Ромашка", "Zoltek Corporation", "Zoltek Companies, Inc.", "..."]
    keys = [party_key(n) for n in names]
    assert len(set(keys)) == len(keys)
    assert all(k.split(":", 1)[1] for k in keys)


def test_amendment_titles_in_words_and_numbers_agree() -> None:
    assert normalise_title("Second Amendment to Credit Agreement") == normalise_title(
        "AMENDMENT NO. 2 TO CREDIT AGREEMENT"
    )
    assert normalise_title("Amendment Number Two to Credit Agreement") == normalise_title(
        "Second Amendment to Credit Agreement"
    )
    assert normalise_title("Third Amendment") != normalise_title("Second Amendment")


def test_agreement_keys_need_a_date_to_cross_documents() -> None:
    dated = [
        titled_key("Agreement", "Credit Agreement", "2001-05-11", d) for d in ("a" * 64, "b" * 64)
    ]
    assert dated[0] == dated[1] == "agreement:credit-agreement:2001-05-11"
    undated = {titled_key("Agreement", "Credit Agreement", None, d) for d in ("a" * 64, "b" * 64)}
    assert len(undated) == 2
    assert asset_key("the Collateral", "a" * 64) != asset_key("the Collateral", "b" * 64)


def test_keys_are_url_safe_and_bounded() -> None:
    long = "Amended and Restated " * 20 + "Credit Agreement"
    s = slug(long)
    assert len(s) <= 90 and s.replace("-", "").isalnum()
    assert edge_key("AMENDS", "a", "b") != edge_key("AMENDS", "b", "a")


def test_a_filer_is_keyed_by_its_cik_and_its_conformed_name_loses_its_tag() -> None:
    assert filer_key("41850") == filer_key("0000041850") == "party:cik-0000041850"
    assert conformed_name("GLOBAL MARINE INC /DE/") == "GLOBAL MARINE INC"
    assert conformed_name("Bird Global, Inc.") == "Bird Global, Inc."
