"""The words names are told by: corporate suffixes, the words that make a name an
organisation, the stop words that never belong to a party's name and the words of officers'
titles. :mod:`ingest.names` reads name runs with them, and the party, signature and
schedule readers ask it whether a run is an organisation or a person.
"""

from __future__ import annotations

#: How a brand's word with a lower-case prefix opens ("eHosting", "e-Commerce", "iPhone"): a
#: capitalised word all the same, in a title or a name.
BRAND_PREFIX = r"(?:[a-z]{1,2}-?[A-Z]|[a-z]-[a-z])"

#: Corporate suffixes, in lower case without dots; a name ends after one of these.
TERMINAL_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "llc",
        "lllp",
        "llp",
        "lp",
        "ltd",
        "limited",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "bv",
        "nv",
        "ulc",
        "na",
        "fsb",
        # a Farm Credit System lender's suffix ("Northwest Farm Credit Services, FLCA")
        "flca",
        "co",
        "pte",
        "pty",
        "sarl",
        "spa",
        "srl",
        "kg",
        "aps",
        "a/s",
        "ab",
        "oy",
        # Norwegian and Finnish public companies ("DNB NOR BANK ASA", "Nordea Bank Oyj")
        "asa",
        "oyj",
        "kk",
        "sdn",
        "bhd",
        "berhad",
        "sas",
        "kgaa",
        "tbk",
        "cv",
        "ltda",
        "sro",
        "pc",
        "pllc",
    ]
)
#: Words that make a name run an organisation wherever they stand in it.
ORG_WORDS = TERMINAL_SUFFIXES | frozenset(
    [
        "bank",
        # the word for a bank in the names of French, Spanish, Portuguese and Italian banks
        # ("Banque Paribas", "Banco Santander", "Banca Intesa")
        "banque",
        "banco",
        "banca",
        "bancorp",
        "bancorporation",
        "banc",
        "trust",
        "company",
        "companies",
        "fund",
        "funds",
        "partners",
        "partnership",
        "association",
        "capital",
        "holdings",
        "holding",
        "group",
        "investments",
        "investment",
        "financial",
        "finance",
        "lending",
        "securities",
        "branch",
        "foundation",
        "cooperative",
        "co-operative",
        # "Coastal Federal Credit Union": a credit union (never a person named by its term)
        "union",
        "enterprises",
        "industries",
        "international",
        "technologies",
        "therapeutics",
        "energy",
        "ventures",
        "advisors",
        "management",
        "corporation",
        "communications",
        "resources",
        "systems",
        "products",
        "services",
        "pharmaceuticals",
        "properties",
        "realty",
        "bancshares",
        # a public lender: "Connecticut Development Authority"
        "authority",
    ]
)
#: Words that never belong to a party name (they head agreements, sections, captions).
STOP_WORDS = frozenset(
    [
        "this",
        "the",
        "whereas",
        "now",
        "in",
        "witness",
        "whereof",
        "by",
        "name",
        "title",
        "section",
        "article",
        "exhibit",
        "schedule",
        "annex",
        "agreement",
        "amendment",
        "note",
        "notes",
        "lease",
        "waiver",
        "guaranty",
        "guarantee",
        "debenture",
        "warrant",
        "warrants",
        "recitals",
        "conditions",
        "its",
        "date",
        "dated",
        "signature",
        "page",
        "each",
        "all",
        "any",
        "such",
    ]
)
#: Words of officer titles, which look like names in signature blocks but are not.
TITLE_WORDS = frozenset(
    [
        "officer",
        "president",
        "chief",
        "director",
        "manager",
        "member",
        "secretary",
        "treasurer",
        "vice",
        "executive",
        "authorized",
        "signatory",
        "partner",
        "general",
        "counsel",
        "ceo",
        "cfo",
        "coo",
        "founder",
        "chairman",
        "principal",
        "controller",
        "managing",
        "senior",
    ]
)
#: Nouns of the headings of schedules and covenants ("Existing Indebtedness", "Permitted
#: Liens", "Net Working Capital") and of signature pages ("Parent Acknowledgment"), which read
#: as two capitalised words and are no person.
HEADING_WORDS = frozenset(
    [
        *("indebtedness", "liens", "investments", "litigation", "subsidiaries", "insurance"),
        *("properties", "property", "environmental", "taxes", "capitalization", "commitments"),
        *("permitted", "existing", "material", "contracts", "affiliates", "transactions"),
        *("collateral", "locations", "equity", "capital", "disclosure", "matters"),
        *("intellectual", "compliance", "covenants", "representations", "warranties"),
        *("obligations", "proceeds", "consents", "approvals", "liabilities", "guarantees"),
        # the heading of a page a non-party signs under the parties ("PARENT ACKNOWLEDGMENT")
        *("acknowledgment", "acknowledgement", "joinder"),
    ]
)
