"""A realistic large graph, written through ``store.upsert(GraphBatch)`` like ingestion does.

Vocabulary:
- *chain*: one base agreement (credit, loan, note purchase or security agreement) followed by
  0..11 amendments, each amending the one before it ("as amended by the First Amendment ...");
  chain lengths are uniform in 1..12.
- *filing*: each agreement comes from its own synthetic Document whose text holds every span
  the evidence cites, so ``text[start:end] == evidence.text`` holds as for real documents.

Per chain: one borrower, 1..3 lenders drawn from a skewed (Zipf-like) pool of banks, 1..2
guarantors, one instrument (note or credit facility) ISSUED_UNDER the base agreement, LENDS_TO
from every lender to the borrower (``instrument`` = that key), SECURES from a collateral asset
and from each guarantor to the instrument, PARTY_TO from the parties to every agreement of the
chain, CONTAINS from each filing to its agreement. Keys come from ``graph.identity`` so they are
shaped exactly like the ones ingestion writes. Deterministic for a given seed.

Write order (a bulk load, not the order documents arrive in): filings, agreements,
instruments and assets in batches of whole chains; then every party once, with every
citation it has; then the relations that touch parties. Written with their chains, a bank
cited in thousands of filings had its growing citation list merged again by every batch,
which made the 100,000-agreement build slow down as it went (437 s, 1,900 rows/s).

``python -m bench.scale_graph --scale 0.01`` builds a small graph into a temporary embedded store.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.identity import asset_key, edge_key, party_key, titled_key
from graph.store import GraphStore

# fmt: off
BASE_KINDS = (
    ("Credit Agreement", "credit_agreement"),
    ("Loan Agreement", "loan_agreement"),
    ("Note Purchase Agreement", "purchase_agreement"),
    ("Security Agreement", "security_agreement"),
    ("Revolving Credit Agreement", "credit_agreement"),
)
ORDINALS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Tenth", "Eleventh",
)
STATES = (
    "Delaware", "New York", "Missouri", "California", "Texas", "Nevada", "Illinois", "Ohio",
    "Florida", "Georgia", "Minnesota", "Colorado",
)
_A = (
    "Acme", "Apex", "Summit", "Harbor", "Granite", "Cedar", "Pioneer", "Atlas", "Beacon",
    "Cobalt", "Delta", "Eagle", "Falcon", "Frontier", "Global", "Golden", "Horizon", "Iron",
    "Keystone", "Liberty", "Lone", "Meridian", "Midland", "Northern", "Oak", "Pacific",
    "Paramount", "Pinnacle", "Prairie", "Quantum", "Redwood", "Regal", "River", "Sierra",
    "Silver", "Southern", "Sterling", "Sun", "Titan", "Union", "Valley", "Vanguard", "Vista",
    "Western", "Zenith", "Allied", "Bay", "Blue", "Capital", "Central", "Coastal", "Crown",
    "Empire", "First", "Heritage", "Imperial", "Lake", "Metro", "National", "Orion",
    "Patriot", "Premier", "Royal", "Star", "Tri", "United", "Victory", "Windsor", "Zoltek",
    "Ardent", "Boreal", "Cascade", "Dynamo", "Ember", "Fulcrum", "Gemini", "Helix", "Ionic",
)
_B = (
    "Industries", "Technologies", "Holdings", "Resources", "Energy", "Systems", "Materials",
    "Pharmaceuticals", "Foods", "Logistics", "Media", "Networks", "Semiconductor", "Steel",
    "Chemicals", "Minerals", "Petroleum", "Realty", "Properties", "Aviation", "Marine",
    "Biosciences", "Software", "Devices", "Textiles", "Paper", "Plastics", "Motors",
    "Foundry", "Mills", "Brands", "Health", "Labs", "Robotics", "Solar", "Water", "Gas",
    "Mining", "Farms", "Entertainment", "Telecom", "Instruments", "Controls", "Composites",
    "Carbon", "Fibers", "Tools", "Electronics", "Optics", "Ventures", "Partners", "Group",
    "Enterprises", "Capital", "Trading", "Shipping", "Transport", "Apparel", "Retail",
    "Restaurants", "Gaming", "Insurance", "Services", "Products", "Manufacturing",
    "Engineering", "Construction", "Distribution", "Packaging", "Metals", "Timber", "Wireless",
    "Diagnostics", "Genomics", "Therapeutics", "Medical", "Dental", "Learning", "Studios",
)
_ENTITY = (("Inc.", "corporation"), ("Corporation", "corporation"), ("LLC", "llc"),
           ("L.P.", "lp"), ("Co.", "corporation"), ("Ltd.", "corporation"))
_BANK = (("Bank, N.A.", "bank"), ("National Bank", "bank"), ("Bank & Trust Company", "bank"),
         ("Capital Finance LLC", "llc"), ("Savings Bank", "bank"), ("Credit Partners, L.P.", "lp"))
# fmt: on


@dataclass(frozen=True, slots=True)
class ScaleSpec:
    agreements: int
    parties: int
    lenders: int
    seed: int = 20240611

    @staticmethod
    def of(scale: float, seed: int = 20240611) -> ScaleSpec:
        """``scale`` 1.0 is 100,000 agreements and 30,000 parties (1,500 of them lenders)."""
        agreements = max(12, round(100_000 * scale))
        parties = max(10, round(30_000 * scale))
        return ScaleSpec(agreements, parties, max(3, round(parties * 0.05)), seed)


@dataclass(slots=True)
class Party:
    key: str
    name: str
    entity_type: str
    jurisdiction: str
    alias: str | None = None


@dataclass(slots=True)
class Chain:
    """What one chain is made of (kept so tests and the query benchmark know the answers)."""

    agreements: list[str]
    borrower: str
    lenders: list[str]
    guarantors: list[str]
    instrument: str


@dataclass(slots=True)
class ScaledGraph:
    """The generator's own record of what it wrote: sample keys and the expected answers."""

    spec: ScaleSpec
    chains: list[Chain] = field(default_factory=list)
    parties: dict[str, Party] = field(default_factory=dict)
    search_words: list[str] = field(default_factory=list)
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    seconds: float = 0.0

    @property
    def agreement_keys(self) -> list[str]:
        return [a for c in self.chains for a in c.agreements]

    def lenders_of(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for c in self.chains:
            out.setdefault(c.borrower, set()).update(c.lenders)
        return out

    def agreements_of(self) -> dict[str, set[str]]:
        """Party key -> agreements (not instruments) it is PARTY_TO."""
        out: dict[str, set[str]] = {}
        for c in self.chains:
            for p in (c.borrower, *c.lenders):
                out.setdefault(p, set()).update(c.agreements)
            for g in c.guarantors:
                out.setdefault(g, set()).add(c.agreements[0])
        return out


class _Text:
    """A document's text built piece by piece, remembering where each cited span is."""

    def __init__(self, doc_index: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[str, int, int]] = []
        self.doc_index = doc_index

    def add(self, s: str, tag: str | None = None) -> tuple[int, int]:
        start = self.size
        self.parts.append(s)
        self.size += len(s)
        if tag is not None:
            self.spans.append((tag, start, self.size))
        return start, self.size

    def text(self) -> str:
        return "".join(self.parts)


def _long_date(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _make_parties(spec: ScaleSpec, rng: random.Random) -> tuple[list[Party], list[Party]]:
    """``spec.lenders`` banks and the rest companies, with unique keys."""
    seen: set[str] = set()
    lenders: list[Party] = []
    others: list[Party] = []
    while len(lenders) + len(others) < spec.parties:
        a, b = rng.choice(_A), rng.choice(_B)
        if len(lenders) < spec.lenders:
            suffix, etype = rng.choice(_BANK)
            name = f"{a} {b} {suffix}"
        else:
            suffix, etype = rng.choice(_ENTITY)
            name = f"{a} {b} {suffix}"
        key = party_key(name)
        if key in seen:  # the word lists give ~37,000 names per suffix; add a third word
            name = f"{a} {rng.choice(_A)} {b} {suffix}"
            key = party_key(name)
            if key in seen:
                continue
        seen.add(key)
        party = Party(key, name, etype, rng.choice(STATES), None if etype == "bank" else a)
        (lenders if len(lenders) < spec.lenders else others).append(party)
    return lenders, others


def generate(
    spec: ScaleSpec, batch_agreements: int = 500
) -> Iterator[tuple[GraphBatch, list[Chain]]]:
    """Yield batches of whole chains (about ``batch_agreements`` agreements each) without
    their parties, then the parties and the relations touching them, in batches of about the
    same size (each with no chains)."""
    rng = random.Random(spec.seed)
    lenders, others = _make_parties(spec, rng)
    # skewed lender popularity (weight rank^-0.8): the largest bank is in ~4% of facilities
    weights = [1.0 / (r + 1) ** 0.8 for r in range(len(lenders))]
    rng.shuffle(others)
    pool: Iterator[Party] = iter(())
    used_keys: set[str] = set()
    made = 0
    doc_no = 0
    nodes: list[NodeRow] = []
    edges: list[EdgeRow] = []
    chains: list[Chain] = []
    cited: dict[str, tuple[Party, list[Evidence]]] = {}  # party key -> party, its citations
    party_edges: list[EdgeRow] = []

    def cite(party: Party, evidence: Evidence) -> None:
        cited.setdefault(party.key, (party, []))[1].append(evidence)

    def next_party() -> Party:
        nonlocal pool
        p = next(pool, None)
        if p is None:
            pool = iter(others)
            p = next(pool)
        return p

    while made < spec.agreements:
        length = min(rng.randint(1, 12), spec.agreements - made)
        made += length
        base_title, base_kind = rng.choice(BASE_KINDS)
        borrower = next_party()
        guarantors = [next_party() for _ in range(rng.randint(1, 2))]
        guarantors = [g for g in guarantors if g.key != borrower.key]
        chosen = rng.choices(lenders, weights=weights, k=rng.randint(1, 3))
        chain_lenders = list({p.key: p for p in chosen}.values())
        amount = rng.choice((5, 10, 15, 20, 25, 40, 50, 75, 100, 150, 250, 500)) * 1_000_000
        law = rng.choice(STATES)
        when = date(1995, 1, 1) + timedelta(days=rng.randrange(0, 365 * 26))
        keys: list[str] = []
        titles: list[tuple[str, date]] = []
        instrument_key = ""
        for i in range(length):
            title = base_title if i == 0 else f"{ORDINALS[i - 1]} Amendment to {base_title}"
            if i:
                when = when + timedelta(days=rng.randint(30, 400))
            doc_no += 1
            # the key is label+title+date: move the date until it is not taken
            while (akey := titled_key("Agreement", title, when.isoformat(), "")) in used_keys:
                when += timedelta(days=1)
            used_keys.add(akey)
            t = _Text(doc_no)
            t.add(f"EXHIBIT 10.{doc_no % 97 + 1}\n\n")
            t.add(f"{title.upper()}", "title")
            t.add(f"\n\n{title} dated as of {_long_date(when)}", "agreement")
            t.add(f' (this "Agreement"), among {borrower.name}', "borrower")
            t.add(f', a {borrower.jurisdiction} {borrower.entity_type} (the "Borrower")')
            for j, g in enumerate(guarantors if i == 0 else ()):
                t.add(", ")
                t.add(g.name, f"guarantor{j}")
                t.add(", as Guarantor")
            for j, lp in enumerate(chain_lenders):
                t.add(", and " if j == len(chain_lenders) - 1 else ", ")
                t.add(lp.name, f"lender{j}")
            t.add(", as Lenders.\n\n")
            if i == 0:
                ititle = rng.choice(
                    ("Revolving Credit Note", "Term Note", "Credit Facility", "Senior Secured Note")
                )
                t.add(
                    f"The Lenders agree to make loans to the Borrower in an aggregate "
                    f"principal amount of up to ${amount:,} evidenced by the {ititle}",
                    "loan",
                )
                t.add(' (the "Note").\n\nThe obligations under the Note are secured by ')
                collateral = f"all equipment and inventory of {borrower.name}"
                t.add(collateral, "collateral")
                t.add(" and guaranteed by the Guarantors.\n\n")
            else:
                prev_title, prev_date = titles[-1]
                t.add("This Amendment amends the ")
                t.add(f"{prev_title} dated as of {_long_date(prev_date)}", "amends")
                t.add(
                    " in the respects set forth below; the Lenders waive the Events of "
                    "Default described herein.\n\n"
                )
            t.add(f"This Agreement shall be governed by the laws of the State of {law}.\n")
            text = t.text()
            doc_key = hashlib.sha256(text.encode()).hexdigest()
            span = {tag: Evidence(doc_key, s, e, text[s:e]) for tag, s, e in t.spans}
            nodes.append(
                NodeRow(
                    "Document",
                    doc_key,
                    {
                        "path": f"scale/{doc_no:06d}.txt",
                        "title": title,
                        "exhibit": "10.1",
                        "chars": len(text),
                        "ingested_at": "2024-06-11T00:00:00Z",
                        "text": text,
                    },
                )
            )
            props: dict[str, Any] = {
                "title": title,
                "kind": base_kind if i == 0 else "amendment",
                "date": when.isoformat(),
                "governing_law": law,
            }
            if i:
                props["amendment_number"] = i
            nodes.append(NodeRow("Agreement", akey, props, (title,), (span["agreement"],)))
            edges.append(
                EdgeRow(
                    "CONTAINS",
                    edge_key("CONTAINS", doc_key, akey),
                    doc_key,
                    "Document",
                    akey,
                    "Agreement",
                    {},
                    (span["title"],),
                )
            )
            roles = [(borrower, "Borrower", span["borrower"])]
            roles += [(lp, "Lender", span[f"lender{j}"]) for j, lp in enumerate(chain_lenders)]
            if i == 0:
                roles += [(g, "Guarantor", span[f"guarantor{j}"]) for j, g in enumerate(guarantors)]
            for p, role, ev in roles:
                cite(p, ev)
                party_edges.append(
                    EdgeRow(
                        "PARTY_TO",
                        edge_key("PARTY_TO", p.key, akey),
                        p.key,
                        "Party",
                        akey,
                        "Agreement",
                        {"role": role},
                        (ev,),
                    )
                )
            if i == 0:
                instrument_key = titled_key(
                    "Instrument", f"{ititle} {borrower.name}", when.isoformat(), doc_key
                )
                nodes.append(
                    NodeRow(
                        "Instrument",
                        instrument_key,
                        {
                            "title": ititle,
                            "kind": "credit_facility" if "Facility" in ititle else "note",
                            "amount": amount,
                            "currency": "USD",
                            "date": when.isoformat(),
                            "maturity_date": (when + timedelta(days=365 * 5)).isoformat(),
                            "interest_rate": rng.choice((4.5, 5.25, 6.0, 7.0, 8.5)),
                            "governing_law": law,
                        },
                        (),
                        (span["loan"],),
                    )
                )
                edges.append(
                    EdgeRow(
                        "ISSUED_UNDER",
                        edge_key("ISSUED_UNDER", instrument_key, akey),
                        instrument_key,
                        "Instrument",
                        akey,
                        "Agreement",
                        {},
                        (span["loan"],),
                    )
                )
                for lp in chain_lenders:
                    party_edges.append(
                        EdgeRow(
                            "LENDS_TO",
                            edge_key("LENDS_TO", lp.key, borrower.key),
                            lp.key,
                            "Party",
                            borrower.key,
                            "Party",
                            {"amount": amount, "currency": "USD", "instrument": instrument_key},
                            (span["loan"],),
                        )
                    )
                asset = asset_key(collateral, doc_key)
                nodes.append(
                    NodeRow("Asset", asset, {"description": collateral}, (), (span["collateral"],))
                )
                edges.append(
                    EdgeRow(
                        "SECURES",
                        edge_key("SECURES", asset, instrument_key),
                        asset,
                        "Asset",
                        instrument_key,
                        "Instrument",
                        {},
                        (span["collateral"],),
                    )
                )
                for j, g in enumerate(guarantors):
                    party_edges.append(
                        EdgeRow(
                            "SECURES",
                            edge_key("SECURES", g.key, instrument_key),
                            g.key,
                            "Party",
                            instrument_key,
                            "Instrument",
                            {},
                            (span[f"guarantor{j}"],),
                        )
                    )
            else:
                prev = keys[-1]
                prev_title, prev_date = titles[-1]
                nodes.append(NodeRow("Agreement", prev, {}, (), (span["amends"],)))
                edges.append(
                    EdgeRow(
                        "AMENDS",
                        edge_key("AMENDS", akey, prev),
                        akey,
                        "Agreement",
                        prev,
                        "Agreement",
                        {"restates": False, "date": when.isoformat()},
                        (span["amends"],),
                    )
                )
            keys.append(akey)
            titles.append((title, when))
        chains.append(
            Chain(
                keys,
                borrower.key,
                [p.key for p in chain_lenders],
                [g.key for g in guarantors],
                instrument_key,
            )
        )
        if sum(len(c.agreements) for c in chains) >= batch_agreements or made >= spec.agreements:
            yield GraphBatch(tuple(nodes), tuple(edges)), chains
            nodes, edges, chains = [], [], []
    rows_per_batch = 12 * batch_agreements  # what a batch of chains holds, about
    parties = [_party_row(p, evidence) for p, evidence in cited.values()]
    for i in range(0, len(parties), rows_per_batch):
        yield GraphBatch(tuple(parties[i : i + rows_per_batch]), ()), []
    for i in range(0, len(party_edges), rows_per_batch):
        yield GraphBatch((), tuple(party_edges[i : i + rows_per_batch])), []


def _party_row(party: Party, evidence: list[Evidence]) -> NodeRow:
    return NodeRow(
        "Party",
        party.key,
        {
            "name": party.name,
            "kind": "organization",
            "entity_type": party.entity_type,
            "jurisdiction": party.jurisdiction,
        },
        (party.alias,) if party.alias else (),
        tuple(evidence),
    )


def build(store: GraphStore, spec: ScaleSpec, batch_agreements: int = 500) -> ScaledGraph:
    """Write the whole graph into ``store`` (expected empty) and return what was written."""
    graph = ScaledGraph(spec)
    started = time.perf_counter()
    for batch, chains in generate(spec, batch_agreements):
        store.upsert(batch)
        graph.batches += 1
        graph.chains.extend(chains)
        for n in batch.nodes:
            if n.label == "Party" and n.key not in graph.parties:
                graph.parties[n.key] = Party(
                    n.key,
                    n.props["name"],
                    n.props["entity_type"],
                    n.props["jurisdiction"],
                    n.aliases[0] if n.aliases else None,
                )
    graph.seconds = time.perf_counter() - started
    counts = store.counts()
    graph.nodes = {k: v for k, v in counts["labels"].items() if v}
    graph.edges = {k: v for k, v in counts["types"].items() if v}
    # what people type: the two distinctive words of a company's name ("Cedar Steel")
    rng = random.Random(spec.seed + 1)
    names = [p.name for p in graph.parties.values()]
    graph.search_words = [" ".join(n.split()[:2]) for n in rng.sample(names, min(500, len(names)))]
    return graph


def main() -> None:
    import tempfile
    from pathlib import Path

    from dealgraph.settings import Settings
    from graph.stores import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.01)
    parser.add_argument("--batch", type=int, default=500, help="agreements per upsert")
    args = parser.parse_args()
    spec = ScaleSpec.of(args.scale)
    with tempfile.TemporaryDirectory(prefix="dealgraph-scale-") as tmp:
        store = open_store(Settings(data_dir=Path(tmp)))
        try:
            g = build(store, spec, args.batch)
        finally:
            store.close()
    rows = sum(g.nodes.values()) + sum(g.edges.values())
    print(f"{spec}: {g.batches} batches, {g.seconds:.1f}s, {rows / g.seconds:,.0f} rows/s")
    print("nodes", g.nodes)
    print("edges", g.edges)


if __name__ == "__main__":
    main()
