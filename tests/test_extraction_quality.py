"""The quality gate: the extractor meets the bars on the hand-annotated documents.

Runs the same evaluation as ``python -m tests.evaluation`` (``make eval``), once per set. The
documents annotated before issue #13 (not ``financing`` in their gold) are gated at
:data:`CURRENT_GATE`; issue #13's bars (:data:`TARGET_BARS`) are reported for the tuned, the
written and the held-out set (``pytest -rP`` or ``make eval`` shows the tables) and checked to be
computed over every gold file; the tuned and the written set are held to floors.
"""

from __future__ import annotations

import pytest
from rich.console import Console

from tests.evaluation.__main__ import DEFAULT_CORPUS, SETS, evaluate, render
from tests.evaluation.scorer import (
    CURRENT_GATE,
    TARGET_BARS,
    Report,
    load_all,
)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    """Each set ingested and scored once (the two tests read the same reports)."""
    return {name: evaluate(load_all(folder), DEFAULT_CORPUS) for name, folder in SETS.items()}


def test_extraction_meets_the_quality_bars(reports: dict[str, Report]) -> None:
    financing = {g.document for g in load_all(SETS["tuned"]) if g.financing}
    gated = Report([d for d in reports["tuned"].documents if d.document not in financing])
    failures = gated.bar_failures(CURRENT_GATE)
    if failures:
        details = [
            f"{d.document}: {item}"
            for d in gated.documents
            for item in (*d.splits, *d.misses, *d.false_positives)
        ]
        pytest.fail("\n".join([*failures, "first problems:", *details[:40]]), pytrace=False)


def test_issue_bars_are_scored_on_every_gold_file_of_every_set(
    reports: dict[str, Report],
) -> None:
    console = Console(width=110)
    for name, folder in SETS.items():
        report = reports[name]
        assert [d.document for d in report.documents] == [g.document for g in load_all(folder)]
        for t, c in report.totals().items():
            assert 0 <= c.found <= c.gold and 0 <= c.correct <= c.predicted, (name, t)
        for key, a in report.attribute_totals().items():
            assert 0 <= a.right <= a.scored <= a.gold, (name, key)
        assert report.entities_found <= report.entities_gold
        render(report, console, details=False, name=name)
        for failure in report.bar_failures(TARGET_BARS):
            console.print(f"{name}: issue #13 bar not met: {failure}")


#: The financing relations (issue #13) on the tuned set: (precision, recall) the extractor
#: reaches, held as floors. Raise them as the extractor improves; never lower them for the same
#: gold (set again at stop 21, when 21 blind annotations made the tuned set 73 documents; at
#: stop 22, 17 more blind annotations of signature pages, notes and guaranties made it 90: raised
#: where the extractor gained, ISSUES and ISSUED_UNDER recall set to the merged figure, 81/118
#: and 63/87, as the new notes added three misses; stop 23: blind annotations of guaranties,
#: pledges and mortgages (h-secures) and of new drafting shapes of parties (h-parties-fin) made it
#: 100 documents: raised where the extractor gained, set to the merged figure where the new
#: documents' notes, facilities, letters of credit and a Dutch bank form's signatures added
#: misses; issue #13's instrument work (h-instr), with 3 more blind annotations of credit
#: agreements with notes and letters of credit, 103 documents: the notes a credit document
#: requires, its letters of credit and facilities raised HOLDS to 64/77, ISSUES to 95/129 and
#: ISSUED_UNDER to 81/109; h-names: a party's term joined by "and" to the next name raised
#: PARTY_TO, LENDS_TO and WAIVES; h-blocks: lenders beside a share-of-commitments column and
#: bank names ending in a role word raised PARTY_TO to 904, LENDS_TO to 269, SECURES to 229;
#: h-fin-parties, with 4 blind annotations of syndicate signature pages, 107 documents: roles
#: from the definitions, witnesses, lenders of a class carried to the amended agreement and
#: party captions naming a guaranty raised PARTY_TO to 1028/1193, LENDS_TO to 286/309, SIGNED
#: to 287/308 and PARTY_TO.role to 735/875;
#: h-fin-secures: 4 more blind annotations (107 documents) whose grants of security and
#: revolving notes the readers missed lowered HOLDS recall to .82 and SECURES to .90, and grants
#: whose grantor opens the sentence and a guaranty's target raised SECURES to 232/254; their
#: "Borrowers" term bound to a schedule heading ("Existing Indebtedness", a parties-reader
#: miss) costs an ISSUES and a SECURES false positive, so both precision floors drop a point;
#: h-fin-notes, 4 more blind annotations of credit agreements with notes, warrants and letters
#: of credit, 107 documents: letters of credit a sentence defines, notes a borrower shall
#: execute or an amendment delivers to listed lenders, and notes defined by their issuer raised
#: HOLDS to 74/85, ISSUES to 110/138 and ISSUED_UNDER to 94/118; AMENDS recall set to the merged
#: figure, 123/130, as a restatement of a differently titled agreement added a miss;
#: stop 24's merge of all of them, 115 documents: each floor a point under the merged figure,
#: PARTY_TO .97/.86, LENDS_TO .97/.92, SECURES .98/.91, HOLDS 1.00/.86, ISSUES and
#: ISSUED_UNDER .99/.80);
#: stop 25, 119 documents (4 more blind annotations whose grants and notes the readers
#: half miss: SECURES recall 233/259 and ISSUED_UNDER 100/127 set a point under; an own note
#: now titled "Third Amended and Restated ..." hands its roles to the note it restates, a
#: HOLDS edge the gold does not list: HOLDS precision 75/76);
#: stop 26, 132 documents (13 more blind annotations: four credit agreements each from two
#: helpers, five Form 8-K reports): PARTY_TO recall 1192/1373 and HOLDS 82/93 raised a point
#: under the merged figure;
#: stop 27, 139 documents (7 more blind annotations: an amendment with a lenders' waiver whose
#: banks sign blank forms, a tenth amendment with a guarantors' consent, a renamed borrowers'
#: amendment whose notes no reader finds, a bank form credit agreement, two 8-Ks): the
#: documents added, not the extractor, lowered AMENDS recall to 137/146, WAIVES to 74/81,
#: HOLDS to 83/99, ISSUES to 132/167 and ISSUED_UNDER to 112/144; each set a point under;
#: a term loan's blind annotation holds a restated credit agreement of the guarantor that the
#: extractor links to an older one of the same title (AMENDS precision 137/140, held at .97);
#: six more blind credit agreements at the stop's end, 145 documents: SECURES recall 282/317,
#: held at .88;
#: stop 28, 164 documents (19 more blind annotations: fifteen credit agreements of credit-dev,
#: four 1995-96 EDGAR credit and loan agreements): blank signature forms, banks' branches and
#: agencies and the helpers' fixes raised LENDS_TO recall to 475/508 (held at .92), HOLDS to
#: 193/213 (.90) and ISSUES to 177/213 (.82); the documents added, not the extractor, lowered
#: AMENDS precision to 146/152 (a restated facility agreement whose three earlier facility
#: agreements share its title, two prior facilities a loan agreement names), SECURES recall to
#: 323/380 (grants in bank forms no reader knows yet; held at .84), HOLDS precision to 193/200
#: (an agent a form certificate calls "a Bank", a bank whose name carries "(Carolinas)") and
#: ISSUED_UNDER recall to 165/216 (facilities defined in shapes not read yet); each set a point
#: under; stop 29, 173 documents (9 more blind annotations of credit-dev credit agreements):
#: each lender's loans and notes, facilities defined by their lending section and the helpers'
#: fixes raised LENDS_TO recall to 487/520 (held at .93), ISSUES to 193/230 (.83) and
#: ISSUED_UNDER to 194/247 (.78); the new documents lowered PARTY_TO recall to 1599/1850 (the
#: parties of agreements they only name, a consent's affiliates; held at .85) and ISSUED_UNDER
#: precision to 194/196 (an intercompany note and the notes a restated note replaces; .97);
#: five more blind annotations at the end of stop 29 (178 documents: 22 partnerships as
#: co-borrowers with their mortgages, a pledge and a performance guaranty, security documents
#: defined only in capitals) lowered SECURES recall to 364/444 (held at .81) and ISSUED_UNDER
#: recall to 199/257 (facilities defined by section only; held at .77); stop 33, 201 documents
#: (6 more blind annotations of real amendments and a credit agreement): a 1995 amendment whose
#: 55 consenting lenders sign two-column pages no reader takes lowered LENDS_TO recall to
#: 605/697 (held at .86) and PARTY_TO precision to .95 of 2003 predicted (held at .94);
#: stop 35, 211 documents (4 more blind annotations of real credit agreements): the documents
#: added, not the extractor, lowered AMENDS recall to 174/188 (an untitled bank letter that
#: amends and waives, "modifications are hereby made to" two master agreements, an appended
#: first amendment read in two; held at .92) and AMENDS precision to 173/183 (an "Amendment to
#: Credit Agreement and Promissory Note" read as a note too, an exhibit's misdated reference to
#: the agreement; held at .94); the 207 earlier documents give 172/179 and 172/183 as before;
#: stop 37, 219 documents (4 more blind annotations of real credit agreements): the documents
#: added, not the extractor, lowered AMENDS recall to 174/190 (an appended "Third Limited Waiver
#: and Second Amendment to Note Agreements" and the first amendment it recites, whose base Note
#: Agreements no reader makes; held at .91), WAIVES to 76/85 (the three noteholders' waivers of
#: those Note Agreements; .89) and HOLDS to 318/357 (the notes of banks signing a Harris-style
#: column, noteholders of a schedule; .89); the 215 earlier documents give the same figures as
#: before the merge;
#: stop 46, 236 documents (17 more blind annotations of real credit agreements, h29-a/b/c and
#: h30-a/b/c): the documents added, not the extractor, lowered WAIVES precision to 76/88 (a 1995
#: multicurrency agreement's co-borrowers' waiver of disclosure, which names no agreement, read as
#: waiving the note agreement its definitions name first; a guarantor's waiver of suretyship
#: defenses inside the agreement's own guarantee, read as waiving the stock purchase agreement of
#: its recital; held at .86), ISSUES recall to 302/371 (six series of senior notes a
#: note-purchase-agreement definition names "pertaining to", the notes of a co-borrower whose
#: preamble runs its name into "a corporation"; held at .81) and ISSUES precision to .98 of 313
#: predicted (a note form whose maker stands in brackets as alternatives, read as the lender's; a
#: note-form heading wrapped over lines, read as one more note; held at .97), ISSUED_UNDER recall
#: to 323/424 (those senior notes, notes issued only on request and letters of credit no reader
#: makes; held at .76) and HOLDS recall to 357/403 (three banks of a 1996 two-column signature page
#: no reader takes, each bank's holding read of a swingline note payable to the agent alone, a note
#: "payable to such Lender" of a lender named only on the signature page; held at .88) and HOLDS
#: precision to .94 of 388 predicted (held at .93); the 219 earlier documents give the same figures
#: or better; stop 47, 239 documents (3 more blind annotations of real credit agreements, h31-d):
#: the documents added lowered HOLDS precision under .93 of 392 predicted (notes read as held by
#: banks a signature page names with their city in brackets, "NORTHERN TRUST COMPANY (CHICAGO)",
#: and by the maker of a form; held at .92); collateral defined as mortgaged or pledged property
#: (h31-e) raised SECURES recall to 485/566 (held at .85); stop 49, 245 documents: lenders that
#: sign under captions qualifying them ("OTHER LENDERS:", "CONSENTING BANKS:") and "the Company"
#: as the borrower of an amendment that takes its terms from the agreement amended (h33-c) raised
#: LENDS_TO recall to 1086/1166 (held at .92); facilities defined only as "Loans" or "Advances"
#: and letters of credit defined by reference (h33-a) raised ISSUED_UNDER recall to 357/454 (held
#: at .77); the loan note payable to the agent alone (stop 48) and a borrower signing amid the
#: borrowers no longer read as a lender (h33-c) leave HOLDS precision at .96 of 379 predicted
#: (held at .94).
FINANCING_FLOORS: dict[str, tuple[float, float]] = {
    "AMENDS": (0.94, 0.91),
    "PARTY_TO": (0.94, 0.85),
    "LENDS_TO": (0.96, 0.92),
    "SECURES": (0.97, 0.85),
    "WAIVES": (0.86, 0.89),
    "SIGNED": (0.98, 0.93),
    "HOLDS": (0.94, 0.88),
    "ISSUES": (0.97, 0.81),
    "ISSUED_UNDER": (0.97, 0.77),
}
#: Attributes of the facts found on the tuned set (accuracy), held as floors the same way
#: (h-fin-notes: interest_rate set to the merged figure, 15/16, as a note whose rate only its
#: credit agreement states added a miss; amount 57/70 raised, 59/73 after the merge; stop 25:
#: a bank's form, a descriptor after any mention and the amount a single lender lends gave
#: entity_type .95, jurisdiction .85 and LENDS_TO.amount .58, each held a point under; stop 26:
#: commitments read from the lenders' schedule gave LENDS_TO.amount 73/108, held at .66, and
#: PARTY_TO.role 889/1021, held at .85; the 13 new annotations state 7 more maturities, 4 of
#: them read right: maturity_date set to the merged figure, 31/38; a lending role's definition
#: giving its party's form and jurisdiction raised jurisdiction to 250/279, held at .88; stop
#: 27: the 7 new annotations state two maturities the readers miss, maturity_date 31/40 held at
#: .77; descriptors in more shapes and blind fixes raised jurisdiction to 277/305, held at .90,
#: and PARTY_TO.role to 1005/1145, held at .87; stop 28, 164 documents: commitments read from
#: tables and sections raised LENDS_TO.amount to 148/188 (held at .77), PARTY_TO.role to
#: 1182/1322 (.88), SIGNED.title to 395/414 (.95) and entity_type to 573/599 (.95); the new
#: documents' facilities whose last day no reader finds lowered maturity_date to 47/59 (held at
#: .79) and a rate no reader finds interest_rate to 16/18 (held at .88); stop 29, 173
#: documents: the 9 new documents' facilities, notes and letters of credit whose last day or
#: face amount no reader finds lowered maturity_date to 54/75 (held at .71) and amount to
#: 119/150 (held at .78); no value right before went wrong; the last four, whose partnerships
#: carry no entity type in their signature blocks, lowered entity_type to 637/674 (held at .94);
#: commitments beside and below signature blocks raised LENDS_TO.amount to 182/222 (held at
#: .81); stop 31, 182 documents: a blind real filing's term loans and notes state their rate
#: as "fourteen percent (I 4%)" (the filing's OCR) and "fourteen (14) percent per annum", which
#: no reader takes, lowering interest_rate to 16/20 (held at .79); their notes whose amount is a
#: defined term's ("equal to the Commitment Amount") and letters of credit whose limit no reader
#: finds lowered amount to 126/162 (held at .77); no value right before went wrong; stop 32,
#: 195 documents: three of the twelve new real filings state each lender's share only as two
#: figures (term and revolving) or in a layout no reader takes, lowering LENDS_TO.amount to
#: 208/257 (held at .80); no value right before went wrong; stop 46, 236 documents: the blind
#: real filings give each lender's commitments in shapes no reader takes (a 1995 multicurrency
#: agreement's A and B commitments in two columns beside its signature block, a 2004 schedule's
#: revolving and term commitments for thirteen lenders, a 1996 agreement's Exhibit B
#: commitments, each of its ten banks read lending the swingline's $25,000,000 instead, two
#: tranche commitments captioned around a signature block, a schedule written one cell per
#: line), lowering LENDS_TO.amount to 333/488 (held at .68), and a maturity stated only through
#: a defined termination date lowered maturity_date to 85/120 (held at .70); no value right
#: before went wrong; stop 49: the facilities defined only as "Loans" or "Advances" that h33-a
#: makes instruments of add two whose last day no reader finds (a "Revolving Credit" whose
#: maturity is a defined termination date, a "Loans" facility maturing on a date its note
#: states), maturity_date 86/123 (held at .69); no value right before went wrong).
ATTRIBUTE_FLOORS: dict[str, float] = {
    "SIGNED.title": 0.95,
    "PARTY_TO.role": 0.88,
    "WAIVES.what": 0.78,
    "amount": 0.77,
    "interest_rate": 0.79,
    "maturity_date": 0.69,
    "entity_type": 0.94,
    "jurisdiction": 0.90,
    "LENDS_TO.amount": 0.68,
}


def test_financing_relations_hold_their_floors_on_the_tuned_set(
    reports: dict[str, Report],
) -> None:
    below = _below(reports["tuned"], FINANCING_FLOORS)
    assert not below, "\n".join(below)


def _below(report: Report, floors: dict[str, tuple[float, float]]) -> list[str]:
    """The relation types whose precision or recall on ``report`` is under their floor."""
    totals = report.totals()
    below = []
    for t, (p, r) in floors.items():
        precision, recall = totals[t].precision or 0.0, totals[t].recall or 0.0
        if precision < p or recall < r:
            below.append(
                f"{t}: precision {precision:.2f} (floor {p}), recall {recall:.2f} (floor {r})"
            )
    return below


def test_financing_attributes_hold_their_floors_on_the_tuned_set(
    reports: dict[str, Report],
) -> None:
    attributes = reports["tuned"].attribute_totals()
    below = {
        key: attributes[key].accuracy
        for key, floor in ATTRIBUTE_FLOORS.items()
        if (attributes[key].accuracy or 0.0) < floor
    }
    assert not below, below


#: The financing relations on the whole documents written blind for the tests
#: (``tests/gold_written/``), held as floors a point under the merged figure of stop 31: 35
#: notes, guaranties, security documents, warrants, purchase agreements and waivers of a first
#: round (stop 30), whose first score (the extractor before any fix for them) was AMENDS
#: .89/.76, PARTY_TO .89/.80, LENDS_TO .93/.67, SECURES .80/.43, WAIVES .92/.92, SIGNED
#: .88/.91, HOLDS .86/.35, ISSUES .91/.49, ISSUED_UNDER .64/.40; 13 of a second round written
#: after the first round's fixes; and 23 of a third round (stop 31), whose first score with the
#: stop-30 extractor was AMENDS 1.00/.57, PARTY_TO .81/.76, LENDS_TO .73/.82, SECURES .84/.45,
#: SIGNED .82/.70, HOLDS .59/.86, ISSUES .96/.83, ISSUED_UNDER .88/.71 (59 documents merged:
#: AMENDS recall 34/42, LENDS_TO 78/91, SECURES 122/183, HOLDS 86/104, ISSUED_UNDER 74/87).
#: Stop 32: the lenders' class read from "Collateral Agent and the Lenders have agreed to make
#: certain advances ... to Grantor" found one more LENDS_TO (79/91), and a general partner whose
#: capacity stands on a line of its own no longer signs as a lender (LENDS_TO 79/79).
#: Stop 33 (h14-e): four warrant and unit documents of a fourth round (``r4warr_*``: unquoted
#: and lower-case defined terms, a tranche table), blind first score HOLDS 1/15, ISSUES 2/11,
#: ISSUED_UNDER 1/11 (1 of 4 right), LENDS_TO 1/6, AMENDS 0/5, WAIVES 0/3 (1 wrong); after the
#: stop's fixes the 75 documents merged are AMENDS 34/47, LENDS_TO 80/97, WAIVES 19/22 (19 of
#: 20 right), HOLDS 88/119, ISSUES 76/93, ISSUED_UNDER 76/98 (76 of 80 right): floors a point
#: under those.
#: Stop 36: the five guarantor and collateral documents of round seven (``r7gty_*``) bring 5
#: ISSUES (3 found after the round's fixes: two notes a letter guaranty defines with unquoted
#: terms after a descriptor, "Borrower's Revolving Promissory Note", have no maker): the 107
#: documents merged are at 115/144, so the ISSUES recall floor is a point under that (0.79); the
#: 102 documents before them keep 112/139.
#: Stop 41 (h24-a): the six documents of round thirteen (``r13ins_*``), written blind to the
#: held-out instruments never found, bring 17 ISSUED_UNDER (3 found first, 8 after the round's
#: fixes: an amendment's references to the credit agreement's loans and notes and an
#: incremental amendment's tranche are left); the documents merged are at 170/224, so the
#: ISSUED_UNDER recall floor is a point under that (0.75); the documents before them keep
#: 162/207. With the five of h24-c's round (``r13lend_*``) too, ISSUED_UNDER is at 172/229
#: and SIGNED at 482/498 (0.968; the two rounds bring 45 signatures, 40 found: a guarantors'
#: consent set below an attached schedule and a note modification appended to a loan package
#: are left), so the SIGNED recall floor is 0.96; the documents before them keep 442/453.
#: Stop 42 (h25-a): the five documents of round fourteen (``r14sig_*``), written blind to the
#: held-out signature pages, bring 9 WAIVES (0 found first, 2 after the round's fixes: a
#: lenders' consent to a sale and the waivers of lenders named only on a run-on page or on a
#: caption-free one are left); the documents merged are at 45/57 (0.789), so the WAIVES recall
#: floor is a point under that (0.78); the documents before them keep 43/48. SIGNED is at
#: 502/521 (0.964), over its floor.
#: Stop 42 (h25-b): the five documents of round fourteen (``r14away_*``), written blind to the
#: held-out parties and agreements named away from the preamble, bring 9 ISSUED_UNDER (5
#: found: the translated contract's "Loan" and three facilities named in running words or an
#: amendment are left) and one HOLDS false positive (two notes of one title and date read as
#: one node, its second payee's HOLDS matching the other note): the documents merged are at
#: ISSUED_UNDER 177/238 (0.744) and HOLDS 189 right of 193 predicted (0.979), so those floors
#: are a point under (0.73, 0.97); the documents before them keep 172/229 and 0.98. Stop 43
#: (h26-b, round fifteen, 168 documents): SIGNED recall 549/572 (0.960 less a hair: the two
#: signers of an earlier waiver letter carried after an amendment are left), its floor a point
#: under at 0.95; the documents before the round keep 530/551. Stop 44 (rounds sixteen, 182
#: documents): the co-borrowers' loan agreement of ``r16rec_*`` first brought three false ISSUES
#: (its first named note read as each co-borrower's), read right since each maker's note is its
#: own (``relations.evidencing_notes.note_per_maker``): ISSUES precision 0.99, floor 0.98 as
#: before.
WRITTEN_FLOORS: dict[str, tuple[float, float]] = {
    "AMENDS": (0.96, 0.71),
    "PARTY_TO": (0.96, 0.88),
    "LENDS_TO": (0.99, 0.81),
    "SECURES": (0.94, 0.66),
    "WAIVES": (0.94, 0.78),
    "SIGNED": (0.97, 0.95),
    "HOLDS": (0.97, 0.73),
    "ISSUES": (0.98, 0.79),
    "ISSUED_UNDER": (0.94, 0.73),
}


def test_financing_relations_hold_their_floors_on_the_written_documents(
    reports: dict[str, Report],
) -> None:
    below = _below(reports["written"], WRITTEN_FLOORS)
    assert not below, "\n".join(below)
