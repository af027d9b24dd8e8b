"""Extracting a passage written in a drafting shape, and reading the facts a rule's test checks.

Every rule is tested on passages composed in the general shape it reads; these helpers keep
those tests about the shape, not about walking an :class:`~ingest.records.Extraction`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.extract import extract
from ingest.records import Extraction, PropValue, SourceDocument
from tests.evaluation.cuad import norm
from tests.paths import REPO

OWN = "agreement:self"

#: Terms every contract uses, counted neither way among an opening's names and terms (as the
#: CUAD evaluation leaves them out).
GENERIC_TERMS = frozenset({"party", "parties", "each party", "both parties"})

#: The numbered sections an opening written for a test stands over, so that it is read as the
#: first page of a whole contract.
OPENING_BODY = (
    '\n\n1. DEFINITIONS\n\n1.1 "Products" means the goods listed in Schedule 1.\n\n'
    "2. TERM\n\nThis Agreement shall continue for two (2) years.\n\n"
    "3. GOVERNING LAW\n\nThis Agreement shall be governed by the laws of the State of Ohio.\n"
)


def extract_text(text: str) -> Extraction:
    """The extraction of ``text`` as one document."""
    return extract(SourceDocument(text=text, path="passage.txt"))


def entity_names(x: Extraction) -> dict[str, str]:
    """Entity ref -> its name (a party) or title (an agreement or instrument)."""
    return {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}


def edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """The relations of one type as (source name, target name)."""
    n = entity_names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def edge_amounts(x: Extraction, type_: str) -> dict[tuple[str, str], object]:
    """(source name, target name) -> the amount an edge of one type states (a lender's
    commitment on LENDS_TO, a holder's principal on HOLDS), None where it states none."""
    n = entity_names(x)
    return {
        (n[r.source], n[r.target]): r.props.get("amount") for r in x.relations if r.type == type_
    }


def letter_agreements(x: Extraction) -> dict[str, dict[str, PropValue]]:
    """Title -> the facts of each letter agreement of the passage ("Fee Letter" ...)."""
    return {
        str(e.props.get("title")): e.props
        for e in x.entities
        if e.label == "Agreement" and "Letter" in str(e.props.get("title"))
    }


def credit_facilities(x: Extraction) -> dict[str, dict[str, PropValue]]:
    """Title -> the facts of each credit facility of the passage (its amount, maturity ...)."""
    return {
        str(e.props.get("title")): e.props
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    }


def facility_facts(text: str, agreement: str = "Credit Agreement") -> dict[str, dict[str, object]]:
    """Title -> amount, maturity and whether it is ISSUED_UNDER ``agreement``, for each credit
    facility of the passage ``text``."""
    x = extract_text(text)
    under = edges(x, "ISSUED_UNDER")
    return {
        title: {
            "amount": props.get("amount"),
            "maturity": props.get("maturity_date"),
            "under": (title, agreement) in under,
        }
        for title, props in credit_facilities(x).items()
    }


def facility_amounts(x: Extraction) -> dict[str, PropValue]:
    """Title -> the amount of each credit facility of the passage, None where it states none."""
    return {title: props.get("amount") for title, props in credit_facilities(x).items()}


def own_roles(x: Extraction) -> dict[str, object]:
    """Party name -> the role its PARTY_TO edge to the passage's own agreement states."""
    n = entity_names(x)
    return {
        n[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == OWN
    }


def party_strings(parties: dict[str, tuple[str, ...]]) -> set[str]:
    """Every name and alias of ``parties`` (as :func:`own_parties` gives them), compared as
    CUAD's labels are (:func:`tests.evaluation.cuad.norm`)."""
    return {norm(s) for name, aliases in parties.items() for s in (name, *aliases)}


def compared_names(names: set[str] | dict[str, tuple[str, ...]]) -> set[str]:
    """Names and terms (a set, or name -> aliases as :func:`own_parties` gives them) compared as
    the CUAD evaluation compares them: normalised by :func:`~tests.evaluation.cuad.norm`, with
    :data:`GENERIC_TERMS` left out, which :func:`party_strings` keeps."""
    if isinstance(names, dict):
        names = set(names) | {a for aliases in names.values() for a in aliases}
    return {n for n in (norm(s) for s in names) if n and n not in GENERIC_TERMS}


def openings_in(folder: str) -> dict[str, str]:
    """Name -> text of a round of blind openings kept one file each in ``tests/<folder>/``."""
    return {
        p.stem: p.read_text(encoding="utf-8")
        for p in sorted((REPO / "tests" / folder).glob("*.txt"))
    }


def own_title(text: str) -> str | None:
    """The title of the passage's own agreement, None where it has none."""
    own = [e for e in extract_text(text).entities if e.ref == OWN]
    return str(own[0].props.get("title")) if own and own[0].props.get("title") else None


def own_parties(text: str) -> dict[str, tuple[str, ...]]:
    """Name -> aliases of the parties made party to the passage's own agreement."""
    ex = extract_text(text)
    to_own = {r.source for r in ex.relations if r.type == "PARTY_TO" and r.target == OWN}
    return {
        str(e.props["name"]): e.aliases
        for e in ex.entities
        if e.label == "Party" and e.ref in to_own
    }


def assert_own_title(text: str, title: str) -> None:
    """The check of every table of openings: the passage's own agreement is titled ``title``,
    compared as CUAD's titles are."""
    got = own_title(text)
    assert got is not None and norm(got) == norm(title), f"title {got!r}, not {title!r}"


def assert_own_parties(text: str, expected: set[str]) -> None:
    """The check of every table of openings: the parties made party to the passage's own
    agreement, with their terms, are ``expected`` (compared by :func:`compared_names`)."""
    got, want = compared_names(own_parties(text)), compared_names(expected)
    assert got == want, f"missed {sorted(want - got)}, not stated {sorted(got - want)}"


def lenders_on_signature_pages(definitions: str, banks: Sequence[str], schedule: str = "") -> str:
    """A syndicated credit agreement whose preamble names its lenders only as "the banks listed
    on the signature pages hereof": the borrower and the agent (a lender too) sign first, then
    each of ``banks`` in a block of its own. ``definitions`` stand after the borrower's and the
    lenders' definitions, ``schedule`` after the signature pages. The frame of every test of who
    those lenders are and what a definition or schedule says of them."""
    blocks = "".join(f"{bank}\n\nBy:\nName:\nTitle:\n\n" for bank in banks)
    return f"""CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of October 2, 2006 is among HARROW UTILITIES COMPANY, the banks
listed on the signature pages hereof, and FIRST MERIDIAN BANK, N.A., as Administrative Agent.

SECTION 1.01 Certain Defined Terms.

"Borrower" means Harrow Utilities Company, an Ohio corporation.

"Lenders" means each of the financial institutions listed on the signature pages hereof.

{definitions}

SECTION 2.01 Commitments. Each Lender severally agrees to make Advances to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the date
first above written.

HARROW UTILITIES COMPANY

By:
Name:
Title:

FIRST MERIDIAN BANK, N.A., as Administrative Agent and as a Lender

By:
Name:
Title:

{blocks}{schedule}"""
