"""Two notes of one title and one date in one document are two instruments in the graph
(``graph.resolve`` keys them apart by their principal), on the embedded store and on Neo4j;
one note named twice is still one."""

from __future__ import annotations

from graph.resolve import resolve
from graph.store import GraphStore
from tests.passages import extract_text

#: A credit agreement attaching the form of note for each of its two banks: both headed
#: "REVOLVING NOTE", both dated the closing day, of different principal and payee.
_TWO_NOTES = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is dated as of September 29, 1997 among KESTREL OFFICE SUPPLY, INC., \
an Ohio corporation (the "Borrower"), HURON VALLEY BANK ("Huron") and LAKESHORE NATIONAL BANK \
("Lakeshore"), each a "Bank".

2.1 Revolving Loans. Each Bank agrees to make revolving loans to the Borrower, evidenced by \
a Revolving Note in the form of Exhibit A-1 or Exhibit A-2.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

EXHIBIT A-1

REVOLVING NOTE

$20,000,000                                                     September 29, 1997

FOR VALUE RECEIVED, KESTREL OFFICE SUPPLY, INC. (the "Borrower") promises to pay to the \
order of HURON VALLEY BANK the principal sum of Twenty Million Dollars ($20,000,000). This \
Note is one of the Revolving Notes referred to in the Credit Agreement.

EXHIBIT A-2

REVOLVING NOTE

$10,000,000                                                     September 29, 1997

FOR VALUE RECEIVED, KESTREL OFFICE SUPPLY, INC. (the "Borrower") promises to pay to the \
order of LAKESHORE NATIONAL BANK the principal sum of Ten Million Dollars ($10,000,000). This \
Note is one of the Revolving Notes referred to in the Credit Agreement.
"""


def _stored(store: GraphStore, text: str) -> dict[str, list[dict[str, object]]]:
    store.upsert(resolve(extract_text(text)).batch)
    return store.export()


def test_two_notes_of_one_heading_and_date_stay_two_with_their_own_holders(
    store: GraphStore,
) -> None:
    out = _stored(store, _TWO_NOTES)
    notes = {
        str(n["id"]): n["properties"]
        for n in out["nodes"]
        if n["label"] == "Instrument" and n["properties"].get("title") == "Revolving Note"  # type: ignore[union-attr]
    }
    assert sorted(p["amount"] for p in notes.values()) == [10_000_000, 20_000_000]  # type: ignore[index]
    names = {str(n["id"]): n["properties"].get("name") for n in out["nodes"]}  # type: ignore[union-attr]
    holders = {
        (names[str(e["source"])], notes[str(e["target"])]["amount"])  # type: ignore[index]
        for e in out["edges"]
        if e["type"] == "HOLDS" and e["target"] in notes
    }
    assert holders == {
        ("HURON VALLEY BANK", 20_000_000),
        ("LAKESHORE NATIONAL BANK", 10_000_000),
    }


def test_one_note_named_in_the_body_and_written_out_is_one_node(store: GraphStore) -> None:
    one = _TWO_NOTES.split("EXHIBIT A-2")[0]
    out = _stored(store, one)
    notes = [
        n
        for n in out["nodes"]
        if n["label"] == "Instrument" and n["properties"].get("title") == "Revolving Note"  # type: ignore[union-attr]
    ]
    assert len(notes) == 1
