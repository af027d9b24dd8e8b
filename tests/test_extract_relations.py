"""Financial relations gated on sentence shape: LENDS_TO, ISSUES, HOLDS, ISSUED_UNDER,
SECURES, WAIVES, REFERENCES."""

from __future__ import annotations

from pathlib import Path

from ingest.context import DocContext
from ingest.instruments.extract import extract_instruments
from ingest.records import SourceDocument
from ingest.references.extract import extract_references
from ingest.relations.extract import extract_relations

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


def _ctx(
    text: str,
    parties: dict[str, tuple[str, ...]],
    self_title: str = "",
    self_date: str | None = None,
    label: str = "Agreement",
) -> DocContext:
    ctx = DocContext(SourceDocument(text=text, path="t"))
    for name, terms in parties.items():
        ref = "party:" + name.lower()
        ctx.collector.add(ref, "Party", ctx.span(0, 1), {"name": name})
        for term in terms:
            ctx.define(term, ref)
    if self_title:
        ctx.self_ref = "agreement:self"
        props = {"title": self_title, "date": self_date}
        ctx.collector.add("agreement:self", label, ctx.span(0, 4), props, contained=True)
    return ctx


def _run(ctx: DocContext) -> set[tuple[str, str, str]]:
    extract_references(ctx)
    extract_instruments(ctx)
    extract_relations(ctx)
    for r in ctx.collector.relations.values():
        for sp in r.evidence:
            assert ctx.text[sp.start : sp.end] == sp.text
    return set(ctx.collector.relations)


def test_promise_to_pay_lends_issues_holds() -> None:
    text = (
        "PROMISSORY NOTE\n\nFOR VALUE RECEIVED, Acme Holdings LLC, a Delaware limited liability "
        'company (the "Maker"), hereby promises to pay to the order of River Capital Partners, '
        'L.P. (the "Payee") the principal sum of One Million Dollars ($1,000,000) on or before '
        "June 30, 2025."
    )
    ctx = _ctx(
        text,
        {"Acme Holdings LLC": ("Maker",), "River Capital Partners, L.P.": ("Payee",)},
        "Promissory Note",
        "2023-01-05",
        "Instrument",
    )
    rels = _run(ctx)
    maker, payee = "party:acme holdings llc", "party:river capital partners, l.p."
    assert ("LENDS_TO", payee, maker) in rels
    assert ("ISSUES", maker, "agreement:self") in rels
    assert ("HOLDS", payee, "agreement:self") in rels
    lend = ctx.collector.relations[("LENDS_TO", payee, maker)]
    assert lend.props["amount"] == 1000000 and lend.props["instrument"] == "agreement:self"


def test_blank_payee_gives_no_lender() -> None:
    text = 'ACME INC. (the "Company") hereby promises to pay to ________ or registered assigns.'
    ctx = _ctx(text, {"Acme Inc.": ("Company",)}, "Debenture", None, "Instrument")
    rels = _run(ctx)
    assert not [r for r in rels if r[0] == "LENDS_TO"]


def test_lenders_agreed_to_make_loans_resolves_collective_terms() -> None:
    text = (
        "WHEREAS, the Lenders have agreed to make revolving loans to the Borrower on the terms "
        "set forth herein."
    )
    ctx = _ctx(
        text, {"Alpha Bank": ("Lenders",), "Beta Bank": ("Lenders",), "Gamma Corp": ("Borrower",)}
    )
    rels = _run(ctx)
    assert ("LENDS_TO", "party:alpha bank", "party:gamma corp") in rels
    assert ("LENDS_TO", "party:beta bank", "party:gamma corp") in rels


def test_required_lenders_waive_with_period_and_condition() -> None:
    text = (
        "WHEREAS, the parties are parties to a Credit Agreement dated as of May 1, 2020 (the "
        '"Credit Agreement"). The Required Lenders hereby waive any Event of Default arising '
        "from the Borrower's failure to comply with Section 7.1 of the Credit Agreement for "
        "the period from October 1, 2022 until March 31, 2023; provided that the Borrower "
        "delivers its audited financial statements by April 15, 2023."
    )
    ctx = _ctx(text, {"Alpha Bank": ("Lenders", "Required Lenders")}, "Waiver", "2022-12-01")
    _run(ctx)
    ((key, rel),) = [(k, r) for k, r in ctx.collector.relations.items() if k[0] == "WAIVES"]
    assert (
        key[1] == "party:alpha bank"
        and ctx.collector.entities[key[2]].props["date"] == "2020-05-01"
    )
    assert str(rel.props["what"]).startswith("any Event of Default arising from")
    assert rel.props["from"] == "2022-10-01" and rel.props["until"] == "2023-03-31"
    assert "audited financial statements" in str(rel.props["condition"])


def test_boilerplate_and_negated_waivers_are_ignored() -> None:
    text = (
        "The Borrower hereby waives presentment, demand, protest and notice of dishonor. No "
        "failure of the Bank to exercise any right shall operate to waive any Event of Default. "
        "Nothing herein shall be deemed to waive any Default under the Agreement."
    )
    ctx = _ctx(
        text, {"Gamma Corp": ("Borrower",), "Alpha Bank": ("Bank",)}, "Note", None, "Instrument"
    )
    rels = _run(ctx)
    assert not [r for r in rels if r[0] == "WAIVES"]


def test_guaranty_and_pledge_secure_the_credit_agreement() -> None:
    text = (
        "Reference is made to the Credit Agreement dated as of January 3, 2023 (the "
        '"Credit Agreement"). The Guarantor hereby absolutely and unconditionally guarantees '
        "the prompt payment of the Obligations. The Pledgor hereby pledges and grants to the "
        "Collateral Agent a security interest in all of the Pledged Collateral."
    )
    ctx = _ctx(text, {"Parent Inc.": ("Guarantor", "Pledgor")}, "Guaranty", "2023-01-03")
    rels = _run(ctx)
    credit = ctx.lookup("Credit Agreement")[0]
    assert ("SECURES", "party:parent inc.", credit) in rels
    assets = [r for r in rels if r[0] == "SECURES" and r[1].startswith("asset:")]
    assert assets and ctx.collector.entities[assets[0][1]].props["description"] == (
        "all of the Pledged Collateral"
    )


def test_seed_second_amendment() -> None:
    text = (SEEDS / "002_b203cef46917a992.txt").read_text()
    borrowers = ("Borrowers", "Borrower")
    ctx = _ctx(
        text,
        {
            "Zoltek Companies, Inc.": ("Parent", *borrowers),
            "Zoltek Corporation": borrowers,
            "Southwest Bank of St. Louis": ("Bank",),
        },
        "Second Amendment to Credit Agreement",
        "2004-01-13",
    )
    rels = _run(ctx)
    bank, zoltek = "party:southwest bank of st. louis", "party:zoltek companies, inc."
    assert ("LENDS_TO", bank, zoltek) in rels
    credit = ctx.lookup("Agreement")[0]
    waiver = ctx.collector.relations[("WAIVES", bank, credit)]
    assert "financial covenants" in str(waiver.props["what"])
    assert waiver.props["from"] == "2003-09-30" and waiver.props["until"] == "2005-03-31"
    note = ctx.lookup("Note")[0]
    assert ("ISSUED_UNDER", note, credit) in rels
    assert ("ISSUES", zoltek, note) in rels
    assert any(r[0] == "SECURES" and r[2] == note for r in rels)


def test_seed_schedule_holders_and_issuance() -> None:
    text = (SEEDS / "000_42ddd5099abacb80.txt").read_text()
    ctx = _ctx(
        text,
        {"Zoltek Companies, Inc.": ("Zoltek",)},
        "Amendment No. 2 to Loan and Warrant Agreement and Registration Rights Agreement",
        "2006-12-14",
    )
    rels = _run(ctx)
    warrants = ctx.lookup("Additional Warrants")[0]
    holds = {
        ctx.collector.entities[s].props["name"]: ctx.collector.relations[(k, s, t)].props[
            "quantity"
        ]
        for (k, s, t) in rels
        if k == "HOLDS" and t == warrants
    }
    assert holds == {
        "Rockmore Investment Master Fund, Ltd": 144219,
        "Omicron Master Trust": 311065,
        "Smithfield Fiduciary LLC": 124168,
        "Iroquois Capital, L.P.": 82779,
        "Cranshire Capital, L.P.": 82779,
        "Midsummer Investment Ltd.": 82779,
    }
    assert ("ISSUES", "party:zoltek companies, inc.", warrants) in rels
    notes = ctx.lookup("September Notes")[0]
    assert ("ISSUED_UNDER", notes, ctx.lookup("September Purchase Agreement")[0]) in rels


def test_seed_debenture_issued_under_its_agreement() -> None:
    text = (SEEDS / "004_a6cf6f05e78ff96c.txt").read_text()
    ctx = _ctx(
        text,
        {"Zoltek Companies, Inc.": ("Company",)},
        "Subordinated Convertible Debenture",
        "2003-02-13",
        "Instrument",
    )
    rels = _run(ctx)
    dpa = ctx.lookup("Debenture Agreement")[0]
    assert ("ISSUED_UNDER", "agreement:self", dpa) in rels
    assert not [r for r in rels if r[0] in ("LENDS_TO", "HOLDS")]


def _party_to(ctx: DocContext, name: str, role: str) -> str:
    """A party the preamble or a signature page put in ``role`` (what ``ingest.parties`` adds)."""
    ref = "party:" + name.lower()
    start = ctx.text.index(name.split(",")[0])
    span = ctx.span(start, start + len(name))
    ctx.collector.add(ref, "Party", span, {"name": name, "kind": "organization"})
    ctx.collector.relate("PARTY_TO", ref, "agreement:self", span, {"role": role})
    return ref


def test_lender_and_borrower_roles_of_a_credit_amendment_lend() -> None:
    text = (
        "AMENDMENT NO. 3\n\nThis Amendment No. 3 dated as of March 2, 2019 is among Harbor "
        'Freight Lines Inc. and Harbor Logistics LLC (collectively, the "Borrowers"), Harbor '
        'Group Inc. ("Guarantor"), Keystone Trust Company, as administrative agent (the '
        '"Agent"), and Great Lakes Bank, N.A. ("Bank").\n\nA. The Borrowers, the Guarantor and '
        'the Bank are parties to the Credit Agreement dated as of June 1, 2015 (the "Credit '
        'Agreement").\n\nSection 1. The Credit Agreement is hereby amended as follows.\n\n'
        "Chief Financial Officer"
    )
    ctx = _ctx(text, {}, "Amendment No. 3", "2019-03-02")
    freight = _party_to(ctx, "Harbor Freight Lines Inc.", "Borrower")
    logistics = _party_to(ctx, "Harbor Logistics LLC", "Borrower")
    guarantor = _party_to(ctx, "Harbor Group Inc.", "Guarantor")
    agent = _party_to(ctx, "Keystone Trust Company", "Agent")
    bank = _party_to(ctx, "Great Lakes Bank, N.A.", "Bank")
    officer = _party_to(ctx, "Chief Financial Officer", "Bank")
    ctx.define("Borrowers", freight, logistics)
    ctx.define("Bank", bank)
    lends = {(k[1], k[2]) for k in _run(ctx) if k[0] == "LENDS_TO"}
    assert lends == {(bank, freight), (bank, logistics)}
    assert not {guarantor, agent, officer} & {p for pair in lends for p in pair}


def test_an_amended_note_is_issued_by_the_company_and_held_by_the_holder() -> None:
    text = (
        "Amendment #2 to Promissory Note\n\nThis AMENDMENT is entered into by and between "
        "Company and Holder, effective as of March 1, 2023.\n\nBluefin Robotics Corp. "
        '("Company") and Cedar Ridge Capital, LLC ("Holder") entered into that certain '
        'Promissory Note (the "Note") dated May 5, 2021 in the amount of $400,000.00. The '
        "parties agree that the Note is hereby amended to extend its Maturity Date."
    )
    ctx = _ctx(text, {}, "Amendment #2 to Promissory Note", "2023-03-01")
    company = _party_to(ctx, "Bluefin Robotics Corp.", "Company")
    holder = _party_to(ctx, "Cedar Ridge Capital, LLC", "Holder")
    rels = _run(ctx)
    note = ctx.lookup("Note")[0]
    assert ("AMENDS", "agreement:self", note) in rels
    assert {("ISSUES", company, note), ("HOLDS", holder, note)} <= rels
    lends = ctx.collector.relations[("LENDS_TO", holder, company)]
    assert lends.props["amount"] == 400000 and lends.props["instrument"] == note


def test_company_and_holder_of_a_purchase_agreement_do_not_lend() -> None:
    text = (
        'This Waiver dated as of May 1, 2023 is between Quartz Labs, Inc. (the "Company") '
        'and Meridian Fund LP (the "Holder"). The Company and the Holder are parties to the '
        'Stock Purchase Agreement dated as of April 2, 2022 (the "Purchase Agreement").'
    )
    ctx = _ctx(text, {}, "Waiver", "2023-05-01")
    _party_to(ctx, "Quartz Labs, Inc.", "Company")
    _party_to(ctx, "Meridian Fund LP", "Holder")
    assert not {k for k in _run(ctx) if k[0] in ("LENDS_TO", "ISSUES", "HOLDS")}


def test_listed_makers_all_promise_even_one_with_a_term_of_its_own() -> None:
    text = (
        "REVOLVING NOTE\n\nFor value received, the undersigned, Pinecrest Holdings, Inc., a "
        "Texas corporation, and Pinecrest Mills LLC, a Texas limited liability company "
        '(collectively "Borrowers"), hereby jointly and severally promise to pay to the order '
        'of Lone Star Bank (the "Bank") the principal sum of Two Million Dollars ($2,000,000).'
    )
    ctx = _ctx(
        text,
        {
            "Pinecrest Holdings, Inc.": ("Parent",),
            "Pinecrest Mills LLC": ("Borrowers",),
            "Lone Star Bank": ("Bank",),
        },
        "Revolving Note",
        "2022-07-01",
        "Instrument",
    )
    rels = _run(ctx)
    bank = "party:lone star bank"
    for maker in ("party:pinecrest holdings, inc.", "party:pinecrest mills llc"):
        assert ("LENDS_TO", bank, maker) in rels and ("ISSUES", maker, "agreement:self") in rels


def test_lenders_known_only_by_their_signature_role() -> None:
    text = (
        'This Extension Agreement dated as of June 3, 2022 is among Orbit Bio Inc. ("Borrower") '
        "and the Lenders party hereto.\n\nWHEREAS, the Borrower and the Lenders are party to "
        'the Credit Agreement dated as of May 4, 2021 (the "Credit Agreement"), pursuant to '
        "which the Lenders agreed to make loans to the Borrower.\n\nLender:\n\nSummit Healthcare "
        "Fund, L.P."
    )
    ctx = _ctx(text, {"Orbit Bio Inc.": ("Borrower",)}, "Extension Agreement", "2022-06-03")
    fund = _party_to(ctx, "Summit Healthcare Fund, L.P.", "Lender")
    assert ("LENDS_TO", fund, "party:orbit bio inc.") in _run(ctx)


def test_seed_second_amendment_note_makers_include_the_parent() -> None:
    text = (SEEDS / "002_b203cef46917a992.txt").read_text()
    ctx = _ctx(
        text,
        {
            "Zoltek Companies, Inc.": ("Parent",),
            "Zoltek Corporation": ("Borrowers",),
            "Southwest Bank of St. Louis": ("Bank",),
        },
        "Second Amendment to Credit Agreement",
        "2004-01-13",
    )
    rels = _run(ctx)
    bank = "party:southwest bank of st. louis"
    for maker in ("party:zoltek companies, inc.", "party:zoltek corporation"):
        assert ("LENDS_TO", bank, maker) in rels


def test_collateral_defined_in_the_grant_secures_what_the_grant_is_security_for() -> None:
    text = (
        'Reference is made to the Loan Agreement dated as of April 2, 2021 (the "Loan '
        'Agreement"). 5. Security Interest. (a) As security for the performance by the '
        "Guarantor of its obligations under this Parent Guaranty and the other Loan Documents, "
        "the Guarantor hereby grants to the Agent a continuing security interest in, all of the "
        "Guarantor's right, title and interest in the following (collectively, the "
        '"Parent Collateral"): (i) the Equity Interests of Fenwick GmbH and (ii) all proceeds '
        "of the foregoing. (b) As security for the Obligations under the Loan Agreement, the "
        "Borrower hereby grants to the Agent a security interest in all of its accounts "
        '(collectively, the "Account Collateral").'
    )
    ctx = _ctx(text, {"Fenwick Holdings Ltd.": ("Guarantor",)}, "Parent Guaranty", "2023-03-01")
    rels = _run(ctx)
    loan = ctx.lookup("Loan Agreement")[0]
    secures = {(r[1], r[2]) for r in rels if r[0] == "SECURES"}
    assert ("asset:parent collateral", "agreement:self") in secures
    assert ("asset:account collateral", loan) in secures
    assert ("asset:parent collateral", loan) not in secures


def test_two_waivers_of_one_agreement_keep_both_what() -> None:
    text = (
        'Reference is made to the Credit Agreement dated as of May 1, 2020 (the "Credit '
        'Agreement"). The Bank hereby waives compliance with Section 6.1 of the Credit '
        "Agreement through June 30, 2023. The Bank hereby waives the Event of Default under "
        "Section 8.1(c) of the Credit Agreement."
    )
    ctx = _ctx(text, {"Granite Bank": ("Bank",)}, "Waiver", "2023-05-01")
    _run(ctx)
    credit = ctx.lookup("Credit Agreement")[0]
    waiver = ctx.collector.relations[("WAIVES", "party:granite bank", credit)]
    assert waiver.props["what"] == (
        "compliance with Section 6.1; the Event of Default under Section 8.1(c)"
    )
    assert len(waiver.evidence) == 2


def test_the_bank_that_agrees_to_issue_letters_of_credit_issues_them_under_the_agreement() -> None:
    text = (
        "This Loan Agreement dated as of May 4, 2016 is between Pike Outdoor, Inc. (the "
        '"Borrower") and Granite Trust Bank (the "Bank"). As part of the Line of Credit, the '
        "Borrower may request that the Bank, instead of an advance, issue standby or "
        'commercial letters of credit (each, a "Letter of Credit") for the account of the '
        "Borrower, not to exceed $1,000,000 in the aggregate."
    )
    ctx = _ctx(text, {"Pike Outdoor, Inc.": ("Borrower",), "Granite Trust Bank": ("Bank",)})
    ctx.self_ref = "agreement:self"
    ctx.collector.add("agreement:self", "Agreement", ctx.span(5, 19), {"title": "Loan Agreement"})
    rels = _run(ctx)
    (lcs,) = [k[2] for k in rels if k[0] == "ISSUES"]
    assert ctx.collector.entities[lcs].props["kind"] == "letter_of_credit"
    assert ("ISSUES", "party:granite trust bank", lcs) in rels
    assert ("ISSUED_UNDER", lcs, "agreement:self") in rels


def test_a_bank_that_may_decline_to_issue_letters_of_credit_is_not_said_to_issue_them() -> None:
    text = (
        'Under this Agreement Coral Bank (the "Bank") will consider requests, but may at any '
        "time decline to make any advance or issue any letter of credit requested by Tern "
        "Shipping LLC."
    )
    ctx = _ctx(text, {"Coral Bank": ("Bank",), "Tern Shipping LLC": ("Borrower",)})
    assert not [k for k in _run(ctx) if k[0] == "ISSUES"]


def test_a_named_issue_of_notes_is_issued_by_its_issuer_under_its_agreement() -> None:
    text = (
        "This Credit Agreement dated as of June 1, 2001 is between Kestrel Mills, Inc. (the "
        '"Borrower") and Osprey Bank (the "Bank"). The Borrower has entered into a Note Purchase '
        "Agreement dated as of May 2, 2001 with certain institutional investors relating to the "
        "issuance by the Borrower of $40,000,000 7.15% Senior Notes due May 2, 2011 (the "
        '"Note Purchase Agreement"). "Debentures" means the Borrower\'s outstanding 6-1/2% '
        "Convertible Subordinated Debentures due 2009 issued pursuant to the Indenture."
    )
    ctx = _ctx(text, {"Kestrel Mills, Inc.": ("Borrower",), "Osprey Bank": ("Bank",)})
    rels = _run(ctx)
    (npa,) = [
        r
        for r, e in ctx.collector.entities.items()
        if e.props.get("title") == "Note Purchase Agreement"
    ]
    (senior,) = [
        r for r, e in ctx.collector.entities.items() if e.props.get("title", "").startswith("7.15%")
    ]
    props = ctx.collector.entities[senior].props
    assert (props["amount"], props["interest_rate"]) == (40000000, 7.15)
    assert (props["maturity_date"], props["kind"]) == ("2011-05-02", "note")
    assert {("ISSUES", "party:kestrel mills, inc.", senior), ("ISSUED_UNDER", senior, npa)} <= rels
    (debentures,) = [
        r
        for r, e in ctx.collector.entities.items()
        if e.props.get("title", "").startswith("6-1/2%")
    ]
    assert ctx.collector.entities[debentures].props["interest_rate"] == 6.5
    assert ("ISSUES", "party:kestrel mills, inc.", debentures) in rels
    assert not [k for k in rels if k[0] == "ISSUES" and k[1] == "party:osprey bank"]


def test_an_instrument_defined_by_who_issues_it_to_whom() -> None:
    text = (
        '"Warrants" means the warrants to purchase common stock of the Borrower, substantially '
        "in the form of Exhibit C, issued by the Borrower to the Lender on each Interest Payment "
        'Date. "Note" means the promissory note dated as of the date hereof issued by Borrower '
        "to Lender in the principal amount of the Commitment."
    )
    ctx = _ctx(text, {"Fernwood Apps, Inc.": ("Borrower",), "Saltmarsh Credit LP": ("Lender",)})
    ctx.self_ref = "agreement:self"
    ctx.collector.add("agreement:self", "Agreement", ctx.span(0, 4), {"title": "Loan Agreement"})
    rels = _run(ctx)
    borrower, lender = "party:fernwood apps, inc.", "party:saltmarsh credit lp"
    for term, kind in (("Warrants", "warrant"), ("Note", "note")):
        (ref,) = ctx.lookup(term)
        assert ctx.collector.entities[ref].props["kind"] == kind
        assert {("ISSUES", borrower, ref), ("HOLDS", lender, ref)} <= rels
        assert ("ISSUED_UNDER", ref, "agreement:self") in rels
