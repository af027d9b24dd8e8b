"""Financing shapes the fifth written round (``tests/gold_written/r5fin_*``) showed, probed with
passages written for the test (never copied from a filing):

- a short credit agreement whose lenders are named only on the signature pages and in a
  commitment schedule converted from a table ("<S>  <C>" under the column header's rule): each
  row is a lender of its own, and a note defined as "payable to the order of a Lender" is held
  by each of them;
- "The Obligations are secured by a ... security interest in all accounts, inventory, equipment
  and general intangibles of the Borrower granted to the Agent under the Security Agreement":
  the whole list secures the agreement, its owner does too, and the security document it is
  granted under is not what is secured;
- a schedule of pledged notes naming a maker no other part of the document names ("made by
  Seabright Fabrication Co., a Florida corporation") makes that company the note's issuer.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text, own_roles

_CREDIT = """CREDIT AGREEMENT

     THIS CREDIT AGREEMENT is made as of June 2, 2006, by and among {borrower}, a Delaware
corporation (the "Borrower"), the banks whose names appear on the signature pages hereof and on
Schedule 1 (each a "Lender" and collectively the "Lenders"), and {agent}, as agent for the
Lenders (in such capacity, the "Agent").

     1.1 Definitions.

     "Term Note" means a promissory note of the Borrower payable to the order of a Lender in the
amount of its Term Commitment, substantially in the form of Exhibit B.

     2.1 Term Loans. Each Lender severally agrees to make a term loan to the Borrower on the
date hereof in the amount of its Term Commitment.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

                                        {borrower}

                                        By: /s/ Ruth Avery
                                        Title: Treasurer

                                        {agent},
                                        individually and as Agent

                                        By: /s/ Paul Ingram
                                        Title: Vice President

{lender_blocks}
<PAGE>

                                   SCHEDULE 1

                                   COMMITMENTS

<TABLE>
<CAPTION>
Lender                              Term Commitment
------                              ---------------
<S>                                 <C>
{rows}
                                    ---------------
Total                               {total}
</TABLE>
"""

_BLOCK = """                                        {name}

                                        By: /s/ {signer}
                                        Title: Vice President
"""


def _credit(borrower: str, agent: str, lenders: list[tuple[str, str, str]], total: str) -> str:
    """A credit agreement whose lenders (name, signer, commitment) sign and fill Schedule 1."""
    blocks = "\n".join(_BLOCK.format(name=n.upper(), signer=s) for n, s, _ in lenders[1:])
    rows = "\n".join(f"{n:<36}{c}" for n, _, c in lenders)
    return _CREDIT.format(
        borrower=borrower, agent=agent, lender_blocks=blocks, rows=rows, total=total
    )


@pytest.mark.parametrize(
    ("borrower", "agent", "lenders", "total"),
    [
        (
            "HALVERSON INSTRUMENTS, INC.",
            "PIEDMONT FIRST BANK, N.A.",
            [
                ("Piedmont First Bank, N.A.", "", "$5,000,000"),
                ("Westgate Savings Bank", "Carla Munoz", "$3,000,000"),
                ("Ridgeline Trust Company", "Omar Haddad", "$2,000,000"),
            ],
            "$10,000,000",
        ),
        (
            "BLUEWATER PUMP CORP.",
            "LAKESHORE NATIONAL BANK",
            [
                ("Lakeshore National Bank", "", "$7,500,000"),
                ("Crestmoor Bank", "Dana Ellis", "$2,500,000"),
            ],
            "$10,000,000",
        ),
    ],
)
def test_scheduled_lenders_under_table_markup(
    borrower: str, agent: str, lenders: list[tuple[str, str, str]], total: str
) -> None:
    x = extract_text(_credit(borrower, agent, lenders, total))
    names = set(entity_names(x).values())
    assert not any("<S>" in n or "<C>" in n for n in names)
    holders = {h for h, note in edges(x, "HOLDS") if note == "Term Note"}
    scheduled = {n.upper() for n, _, _ in lenders}
    assert {h.upper() for h in holders} == scheduled
    assert {h.upper() for h, b in edges(x, "LENDS_TO") if b == borrower} == scheduled


def test_note_payable_to_the_agent_is_no_lenders() -> None:
    """Near miss: a note payable to the Agent alone is held by no lender on the schedule."""
    text = _credit(
        "HALVERSON INSTRUMENTS, INC.",
        "PIEDMONT FIRST BANK, N.A.",
        [
            ("Piedmont First Bank, N.A.", "", "$5,000,000"),
            ("Westgate Savings Bank", "Carla Munoz", "$3,000,000"),
        ],
        "$8,000,000",
    ).replace(
        "payable to the order of a Lender in the\namount of its Term Commitment",
        "payable to the Agent",
    )
    x = extract_text(text)
    assert "Westgate Savings Bank" not in {
        h for h, note in edges(x, "HOLDS") if note == "Term Note"
    }


_SECURED = """LOAN AGREEMENT

     THIS LOAN AGREEMENT (this "Agreement") is dated as of April 4, 2013 between {borrower}, an
Ohio corporation ({term}), and {bank}, a national banking association (the "Bank").

     2.1 Loans. The Bank agrees to make loans to {term_ref} from time to time in an aggregate
amount not to exceed $3,000,000.

     2.5 Security. {sentence}

     IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


@pytest.mark.parametrize(
    ("borrower", "term", "term_ref", "bank", "sentence", "asset"),
    [
        (
            "KESTREL MOLDING, INC.",
            '"Borrower"',
            "the Borrower",
            "FIRST CANAL BANK",
            "The Obligations are secured by a first priority security interest in all accounts, "
            "inventory, equipment and general intangibles of the Borrower granted to the Bank "
            "under the Security Agreement.",
            "all accounts, inventory, equipment and general intangibles of the Borrower",
        ),
        (
            "ASHGROVE PRINTING CO.",
            'the "Company"',
            "the Company",
            "TRI-COUNTY BANK",
            "The Loans shall be secured by a first priority lien on all receivables, fixtures "
            "and chattel paper of the Company pursuant to the Pledge and Security Agreement.",
            "all receivables, fixtures and chattel paper of the Company",
        ),
    ],
)
def test_secured_by_a_list_of_the_owners_property(
    borrower: str, term: str, term_ref: str, bank: str, sentence: str, asset: str
) -> None:
    x = extract_text(
        _SECURED.format(
            borrower=borrower, term=term, term_ref=term_ref, bank=bank, sentence=sentence
        )
    )
    secures = edges(x, "SECURES")
    described = {e.ref: e.props.get("description") for e in x.entities if e.label == "Asset"}
    assets = {
        described[r.source] for r in x.relations if r.type == "SECURES" and r.source in described
    }
    assert assets == {asset}
    assert (borrower, "Loan Agreement") in secures
    assert not {t for _, t in secures} - {"Loan Agreement"}


def test_debt_permitted_to_be_secured_is_no_security() -> None:
    """Near miss: a covenant about other debt secured by such property secures nothing."""
    x = extract_text(
        _SECURED.format(
            borrower="KESTREL MOLDING, INC.",
            term='"Borrower"',
            term_ref="the Borrower",
            bank="FIRST CANAL BANK",
            sentence="The Borrower shall not permit any Indebtedness to be secured by a lien on "
            "all accounts, inventory and equipment of the Borrower.",
        )
    )
    assert not edges(x, "SECURES")


_PLEDGE = """PLEDGE AGREEMENT

     This PLEDGE AGREEMENT (this "Agreement") is made as of May 5, 2012 by {grantor}, a Texas
corporation (the "Pledgor"), in favor of {bank}, as collateral agent (the "Agent").

     1. Pledge. The Pledgor hereby pledges to the Agent the Pledged Notes described on Schedule
A to secure the Obligations.

                                   SCHEDULE A

                                 PLEDGED NOTES

1. Promissory Note dated March 3, 2010 in the original principal amount of $400,000, made by
{maker}, a Florida corporation, payable to the order of {payee}.
"""


@pytest.mark.parametrize(
    ("maker", "grantor", "payee"),
    [
        ("Seabright Fabrication Co.", "HOLLIS MARINE, INC.", "Hollis Marine, Inc."),
        ("Pinewood Supply Co.", "DUNMORE TOOLING CORP.", "the Pledgor"),
    ],
)
def test_scheduled_note_made_by_a_company_named_there_only(
    maker: str, grantor: str, payee: str
) -> None:
    x = extract_text(_PLEDGE.format(grantor=grantor, bank="GULF BANK", maker=maker, payee=payee))
    assert (maker, "Promissory Note") in edges(x, "ISSUES")


def test_scheduled_note_made_by_a_place_names_no_maker() -> None:
    """Near miss: words ending in a place are no company."""
    x = extract_text(
        _PLEDGE.format(
            grantor="HOLLIS MARINE, INC.",
            bank="GULF BANK",
            maker="a dealer in New Mexico",
            payee="the Pledgor",
        )
    )
    assert not {i for i, note in edges(x, "ISSUES") if note == "Promissory Note"}


_GRANTORS = """PLEDGE AND SECURITY AGREEMENT

This PLEDGE AND SECURITY AGREEMENT (this Agreement) is entered into as of July 1, 2010 among
{first}, a Delaware corporation (Parent), {second}, a Delaware corporation, {third}, a Delaware
limited liability company {collective}, and NORTHGATE CAPITAL LLC, as collateral agent (the
Collateral Agent).

1. Grant. Each {role} hereby grants to the Collateral Agent a security interest in all of its
accounts and equipment to secure the obligations of Parent under the Credit Agreement dated as
of July 1, 2010 among Parent, the lenders party thereto and the Collateral Agent.
"""


@pytest.mark.parametrize(
    ("names", "collective", "role"),
    [
        (
            ("HOLLOWAY GROUP, INC.", "HOLLOWAY PARTS, INC.", "HOLLOWAY FLEET LLC"),
            "(together with Parent, the Grantors, and each, a Grantor)",
            "Grantor",
        ),
        (
            ("MERRICK FOODS, INC.", "MERRICK BAKERY, INC.", "MERRICK DAIRY LLC"),
            "(together with Parent, collectively the Pledgors and each a Pledgor)",
            "Pledgor",
        ),
    ],
)
def test_unquoted_collective_term_of_the_listed_parties(
    names: tuple[str, str, str], collective: str, role: str
) -> None:
    text = _GRANTORS.format(
        first=names[0], second=names[1], third=names[2], collective=collective, role=role
    )
    x = extract_text(text)
    roles = own_roles(x)
    assert all(role in str(roles.get(n)) for n in names)
    assert set(names) <= {s for s, t in edges(x, "SECURES") if t == "Credit Agreement"}


def test_unquoted_parenthesis_of_no_role_defines_nothing() -> None:
    """Near miss: "(collectively, the Premises)" after the list names no role of theirs."""
    text = _GRANTORS.format(
        first="HOLLOWAY GROUP, INC.",
        second="HOLLOWAY PARTS, INC.",
        third="HOLLOWAY FLEET LLC",
        collective="(collectively, the Premises)",
        role="Grantor",
    )
    roles = own_roles(extract_text(text))
    assert not any("Premises" in str(r) for r in roles.values())


_TWO_CLASSES = """CREDIT AGREEMENT

     THIS CREDIT AGREEMENT is made as of June 2, 2006, by and among {borrower}, a Delaware
corporation (the "Borrower"), and the banks whose names appear on the signature pages hereof
and on Schedule 1 (each a "Lender" and collectively the "Lenders").

     "{note}" means a promissory note of the Borrower payable to the order of a Lender in the
amount of its {commitment}, substantially in the form of Exhibit B.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

                                        {borrower}

                                        By: /s/ Ruth Avery
                                        Title: Treasurer

                                        {first}

                                        By: /s/ Paul Ingram
                                        Title: Vice President

                                        {second}

                                        By: /s/ Carla Munoz
                                        Title: Vice President

                                   SCHEDULE 1

                                   COMMITMENTS

Lender                          Revolving Commitment      Term Loan Commitment
------                          --------------------      --------------------
{first:<32}$6,000,000                $4,000,000
{second:<32}$3,000,000                $1,500,000
"""


def _held_amounts(text: str, note: str) -> dict[str, object]:
    x = extract_text(text)
    n = entity_names(x)
    return {
        n[r.source]: r.props.get("amount")
        for r in x.relations
        if r.type == "HOLDS" and n[r.target] == note
    }


@pytest.mark.parametrize(
    ("first", "second", "note", "commitment", "amounts"),
    [
        (
            "CEDAR POINT BANK",
            "MILLBROOK SAVINGS BANK",
            "Term Note",
            "Term Loan Commitment",
            (4000000, 1500000),
        ),
        (
            "HARBOR LIGHT BANK, N.A.",
            "GRANBY TRUST COMPANY",
            "Revolving Credit Note",
            "Revolving Commitment",
            (6000000, 3000000),
        ),
    ],
)
def test_note_of_one_class_held_in_its_column(
    first: str, second: str, note: str, commitment: str, amounts: tuple[int, int]
) -> None:
    text = _TWO_CLASSES.format(
        borrower="SUMMIT LENS CORP.", first=first, second=second, note=note, commitment=commitment
    )
    held = _held_amounts(text, note)
    assert (held.get(first), held.get(second)) == amounts


def test_a_class_no_column_heads_takes_no_column() -> None:
    """Near miss: a "Swing Line Commitment" the schedule has no column for reads no column."""
    text = _TWO_CLASSES.format(
        borrower="SUMMIT LENS CORP.",
        first="CEDAR POINT BANK",
        second="MILLBROOK SAVINGS BANK",
        note="Swing Line Note",
        commitment="Swing Line Commitment",
    )
    held = _held_amounts(text, "Swing Line Note")
    assert 1500000 not in held.values() and 4000000 not in held.values()
