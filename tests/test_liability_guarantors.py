"""A bank's loan contract in translated style: a table of role labels at its head, each row
giving its party a "Party A" / "Party B" term, the opening naming them by those terms only
(``parties.party_letter_term``, read by :func:`ingest.parties.role_labels.labelled_roles`);
and its guarantors named in the clause that says how the loan is secured, "secured by A, B
and C as joint and several liability guarantors" (``relations.secured_by_as_guarantors``).
Passages written for this test (invented companies and people).
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_HEAD = (
    "Working Capital Loan Contract\n\nContract No.: HX-2020-0931\n\n"
    'Borrower: Qinghe Textile Machinery Co., Ltd. (hereinafter referred to as "Party B")\n'
    "Domicile: No. 12 Binhai Road\n\n"
    "Lender: Bank of Donghai Co., Ltd., Qinghe Branch (hereinafter referred to as "
    '"Party A")\nDomicile: No. 5 Renmin Road\n\n'
    "Party B has applied to Party A for a loan, and Party A and Party B have entered into "
    "this Contract.\n\n"
    "Article 1 Party A agrees to extend to Party B a loan of RMB 10,000,000.\n\n"
)


def test_the_labelled_table_gives_lender_and_borrower() -> None:
    x = extract_text(_HEAD + "Article 2 This Contract is governed by the laws of the PRC.\n")
    roles = {k.lower(): v for k, v in own_roles(x).items()}
    assert roles.get("qinghe textile machinery co., ltd.") == "Borrower", roles
    assert any(k.startswith("bank of donghai") and v == "Lender" for k, v in roles.items()), roles
    lends = {(a.lower(), b.lower()) for a, b in edges(x, "LENDS_TO")}
    assert any(b == "qinghe textile machinery co., ltd." for _, b in lends), lends


def test_joint_liability_guarantors_secure_the_contract() -> None:
    x = extract_text(
        _HEAD + "Article 3 The debts of Party B under this Contract are secured by Qinghe "
        "Investment Group Co., Ltd., Wang Lixin and Zhao Min as joint and several liability "
        "guarantors.\n"
    )
    secures = {a for a, _ in edges(x, "SECURES")}
    assert {"Qinghe Investment Group Co., Ltd.", "Wang Lixin", "Zhao Min"} <= secures, secures


def test_the_loan_secured_by_guarantors_in_another_wording() -> None:
    x = extract_text(
        _HEAD + "Article 3 The Loan shall be secured by Harbin Sanyuan Trading Co., Ltd. and "
        "Liu Jun, as joint liability guarantors, and by a mortgage of Party B's plant.\n"
    )
    secures = {a for a, _ in edges(x, "SECURES")}
    assert {"Harbin Sanyuan Trading Co., Ltd.", "Liu Jun"} <= secures, secures


def test_near_miss_a_collateral_agent_named_after_secured_by() -> None:
    x = extract_text(
        _HEAD + "Article 3 The Loan is secured by a pledge held by Harbin Sanyuan Trading Co., "
        "Ltd. as collateral agent.\n"
    )
    assert not any("Sanyuan" in a for a, _ in edges(x, "SECURES")), edges(x, "SECURES")


def test_near_miss_role_labels_without_party_letter_terms() -> None:
    from ingest.parties.preamble import _PARTY_LETTER_TERM

    assert len(_PARTY_LETTER_TERM.findall('Borrower: Acme Co., Ltd. ("Borrower")')) == 0
