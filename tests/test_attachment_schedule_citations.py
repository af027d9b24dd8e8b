"""A form attached after the signature pages cites a schedule of its own: a counsel's opinion
addressed to "the Banks named on Schedule A attached hereto" does not make the agreement's
Schedule A (which lists pending litigation) a list of the banks, so the caption of a lawsuit
("Harlow Corp. v. Delmar Industries, Inc., et al. - On May 3, 1995") is no bank, lends to
nobody and holds no note. The agreement's own text citing its schedule for the banks still
makes the schedule's rows banks. Passages written for these tests, in the shape of 1990s
syndicated credit agreements filed with their schedules and exhibit forms.
"""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

OPENING = """CREDIT AGREEMENT

This Agreement, dated March 4, 1997 between and among DELMAR INDUSTRIES, INC., a Delaware
corporation (herein called the "COMPANY"), the banking institutions {listed} (herein called
collectively the "BANKS" and individually a "BANK") and RIVERTON BANK, N.A., a national
banking association, as agent for the Banks under this Agreement (herein in such capacity
called the "AGENT").

1. DEFINITIONS

"AGENT" shall mean Riverton Bank, N.A., in its capacity as agent for the Banks.

2. THE CREDIT

2.1 LOANS. Each Bank severally agrees to make loans to the Company from time to time in
amounts not to exceed the commitment amount set forth opposite the name of such Bank on
{cited}.

3.4 LITIGATION. Except as set forth on Schedule A, there are no suits pending against the
Company.

IN WITNESS WHEREOF, the parties hereto have each caused this Agreement to be duly executed
as of the date first above written.

DELMAR INDUSTRIES, INC.

By:/s/Ruth A. Calder
Ruth A. Calder
Vice President-Finance

RIVERTON BANK, N.A.,
for itself and as Agent

By:/s/Owen T. Barr
Owen T. Barr
Vice President

CASTLE HILL NATIONAL BANK

By:/s/Nora J. Pike
Nora J. Pike
Senior Vice President
<PAGE>

SCHEDULE A

{schedule_a}

<PAGE>

EXHIBIT B

BANKS' COMMITMENTS

Riverton Bank, N.A.                    $ 30,000,000
Castle Hill National Bank              $ 20,000,000

<PAGE>

EXHIBIT D

OPINION OF COUNSEL

March __, 1997

Riverton Bank, N.A.
Itself and as Agent to
Each of the Banks Named on
Exhibit A Attached Hereto

Re:  Credit Agreement, dated March ___, 1997 among Delmar Industries, Inc. and the
{opinion_cite}, with Riverton Bank, N.A., as Agent

Ladies and Gentlemen:

We have acted as counsel to the Company in connection with the Credit Agreement.

Very truly yours,
"""

LITIGATION = """Harlow Corp. v. Delmar Industries, Inc., et al. - On May 3, 1995,
plaintiff filed a complaint in the U.S. District Court alleging patent infringement. Counsel
believes all claims are without merit."""

LITIGATION_TWO = """Pending Litigation:

Arden Systems, Inc. v. Delmar Industries, Inc. - Filed June 2, 1996,
in the Superior Court, claiming breach of a supply contract. The Company is defending it."""


def _doc(schedule_a: str, opinion_cite: str) -> str:
    return OPENING.format(
        listed="named in Exhibit B attached hereto",
        cited="Exhibit B hereto",
        schedule_a=schedule_a,
        opinion_cite=opinion_cite,
    )


def _parties(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    x = extract_text(text)
    names = entity_names(x)
    parties = {names[e.ref] for e in x.entities if e.label == "Party"}
    lends = {(s.lower(), t.lower()) for s, t in edges(x, "LENDS_TO")}
    return {p.lower() for p in parties}, lends


def test_an_opinion_forms_schedule_citation_makes_no_litigant_a_bank() -> None:
    parties, lends = _parties(_doc(LITIGATION, "Banks named on Schedule A attached hereto"))
    assert not any(p.startswith("harlow") for p in parties)
    assert not any(s.startswith("harlow") or t.startswith("harlow") for s, t in lends)
    assert ("castle hill national bank", "delmar industries, inc.") in lends


def test_a_second_wording_lenders_listed_in_an_attached_form() -> None:
    parties, lends = _parties(_doc(LITIGATION_TWO, "Banks listed on Schedule A hereto"))
    assert not any(p.startswith("arden") for p in parties)
    assert not any(s.startswith("arden") or t.startswith("arden") for s, t in lends)


def test_near_miss_the_agreement_itself_cites_its_schedule_for_the_banks() -> None:
    """The agreement's own body citing Schedule A for the banks: its rows are banks."""
    banks = "Riverton Bank, N.A.           $ 30,000,000\nHalden Savings Bank           $ 10,000,000"
    text = OPENING.format(
        listed="named on Schedule A attached hereto",
        cited="Schedule A hereto",
        schedule_a="BANKS' COMMITMENTS\n\n" + banks,
        opinion_cite="Banks named on Schedule A attached hereto",
    )
    parties, lends = _parties(text)
    assert "halden savings bank" in parties
    assert ("halden savings bank", "delmar industries, inc.") in lends
