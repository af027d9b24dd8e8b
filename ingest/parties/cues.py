"""Cues around a name in the list of parties that say what the name is to the party before
it: another name of the same party (a trade name, a former name), or a company named only to
describe it (its parent, its group, its predecessor, the person whose services it lends).
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: What introduces another name of the party just named: a trade name or a former name.
TRADE_NAME = rule(
    "parties.trade_name_cue",
    r"(?i)\b(?:d/?b/?a/?|doing\s+business\s+(?:as|under\s+the\s+(?:trade\s+)?name(?:\s+of)?)"
    r"|f/?k/?a/?|a/?k/?a/?|formerly\s+known\s+as|also\s+known\s+as|trading\s+as|t/a"
    # a former name given as the name it bore: "(formerly named ...)", "(formerly called ...)"
    r"|(?:formerly|previously)\s+(?:named|called)"
    # an artist's stage name, often quoted: "Nia Castillo, professionally known as "Nia Glow""
    r"|p/?k/?a/?|professionally\s+known\s+as)[\s,:]*[\"\u201c]?$",
    reads="the list of parties: the cue before another name of the party just named",
    matches=[
        "Tarrow Motorsports, LLC d/b/a ",
        'Dana Reyes, professionally known as "',
        "Marco Bell p/k/a ",
        "Halvern Foods, Inc., doing business as ",
        "Kinetic Data Services Pty Ltd, trading as ",
        "Northgate Savings Bank, Boston, Massachusetts 02110 doing business under the name ",
        "Pellam Outfitters, Inc. (formerly known as ",
        "ORLAND & CO. (formerly named ",
        "Pellam Outfitters, Inc. (previously called ",
    ],
    rejects=[
        "Tarrow Motorsports, LLC, a North Carolina company, and ",
        "as agent for ",
        "the persons named ",
        "Pellam Outfitters, Inc., the company formerly managed by ",
    ],
)
#: What introduces the name the party just named is to take ("THE HALVERN COMPANY (to be
#: renamed HALVERN MEDIA, INC.)"): the party is the one named before it, and the name to come
#: is no name of it yet (in a reorganisation another party often still bears it).
FUTURE_NAME = rule(
    "parties.future_name_cue",
    r"(?i)\bto\s+be\s+(?:re)?named(?:\s+as)?[\s,:]*$",
    reads="the list of parties: the cue before the name the party just named is to take",
    matches=["CALDER RIDGE COMPANY (to be renamed ", "Ostrow Mills, Inc. (to be named "],
    rejects=["Ostrow Mills, Inc., to be renamed by the Board, and ", "to be named later"],
)
#: Another name given a party in parentheses right after its own ("The Halvern Company (to be
#: renamed Halvern Media, Inc.)", "(formerly known as ...)"): a name the party is to take or
#: had, which another party may bear; never the party a definition names, and no break
#: between the party's name and its descriptor.
OTHER_NAME = rule(
    "parties.other_name_parenthesis",
    r"(?i)\s*\(\s*(?:to\s+be\s+renamed|formerly(?:\s+known\s+as)?|f/k/a|n/k/a|now\s+known\s+as)"
    r"\b[^()]*\)",
    reads="a parenthesis right after a party's name giving its coming or former name",
    matches=[
        passage(
            "Calder Ridge Company (to be renamed Calder Ridge Holdings, Inc.), an Oregon",
            match=" (to be renamed Calder Ridge Holdings, Inc.)",
        ),
        passage("Harlow Tools, Inc. (f/k/a Beta Tools, Inc.)", match=" (f/k/a Beta Tools, Inc.)"),
    ],
    rejects=['Harlow Tools, Inc. (the "Company")', "Acme (Ohio), Inc."],
)

#: "Tarrow Motors, Inc. DBA Eastside Garage": a trade-name cue written in capitals, read as the
#: first word of the run of capitalised words it opens.
TRADE_NAME_IN_RUN = rule(
    "parties.trade_name_in_run",
    r"(?:DBA|D/B/A/?|AKA|A/K/A|FKA|F/K/A|Dba|D/b/a)\.?[ \t]+(?=\S)",
    reads="the list of parties: a run of capitalised words opened by a trade-name cue",
    matches=[
        passage("DBA Eastside Garage", match="DBA "),
        passage("D/B/A Halvern Outfitters", match="D/B/A "),
    ],
    rejects=["DBAS Systems Inc.", "Dbase Software LLC", "Akamai Technologies, Inc."],
    mode="match",
)
#: ", an SFJ Holdings Group company", ", a member institution of The Acme University System",
#: ", a wholly owned subsidiary of publicly traded company Acme, Inc.", "c/o Gaylord Sports
#: Management", "as successor in interest to Brightline Power Company", "acting through its
#: Managed Services Division", "acting by and through its general partner, GCW Management,
#: L.L.C.", "by its general partner, Crescent GP LLC", "a sole proprietorship owned by Maria
#: Gonzalez", "represented by its Managing Director, Mr. Franco Ruggeri", "in the person of its
#: legal representative Mr. ..." (a European company's signatory named in its description): a
#: company or its owner named inside what describes the party before it, and the person its
#: notices go to ("Attn: John Fenwick"): never a party itself.
DESCRIBED_IN = rule(
    "parties.described_in",
    r"(?:,\s*(?:an?\s+|the\s+(?=[a-z]))(?:[a-z][\w\-]*\s+){0,6}"
    r"|\b(?:subsidiary|affiliate|division|member|institution|unit|part|parent)\s+of\s+"
    r"(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,4}|\b(?:c/o|care\s+of)\s+"
    r"|\b(?:[Aa]ttn|ATTN|[Aa]ttention|ATTENTION)\s*[:.]?\s*(?:Mr\.?\s+|Ms\.?\s+)?"
    r"|\bsuccessor\s+(?:in\s+interest\s+|by\s+(?:merger|conversion)\s+|in\s+title\s+)?to\s+"
    r"(?:the\s+)?|\bacting\s+(?:by\s+and\s+)?through\s+(?:its\s+|the\s+)?"
    # "..., a Texas limited partnership, acting by and through its general partner, GCW
    # Management, L.L.C.": the partner that acts for the party
    r"(?:(?:sole\s+)?(?:general\s+partner|managing\s+member|manager|trustee)\s*,?\s*)?"
    # "Crescent Midstream LP, a Delaware limited partnership, by its general partner Crescent
    # GP LLC", "Birch Fund LP, through its investment manager, ...": the same, without "acting"
    r"|\b(?:by|through)\s+(?:its|their)\s+(?:sole\s+|managing\s+)?(?:general\s+partner"
    r"|managing\s+member|manager|investment\s+(?:manager|advis[eo]r)|trustee)\s*,?\s*"
    r"|\b(?:owned|controlled|managed)(?:\s+and\s+operated)?\s+by\s+"
    r"|\b(?i:represented)\s+(?:herein\s+)?by\s+(?:(?:its|the)\s+)?"
    r"(?:(?!and\b|AND\b)[\w.\-]+,?\s+){0,5}?"
    r"|\bin\s+the\s+person\s+of\s+(?:(?:its|the)\s+)?(?:(?!and\b|AND\b)[\w.\-]+,?\s+){0,5}?)$",
    reads="the list of parties: the words before a name that only describes the party before it",
    matches=[
        "Pallas Care LLC, a wholly owned subsidiary of ",
        "Quanta Grid Corp., as successor in interest to ",
        "Globix Data Corporation, acting through its ",
        "Gulf Wings Partners, Ltd., a Texas limited partnership, acting by and through its "
        "general partner, ",
        "Norvik Sports LLC, c/o ",
        "BLUE HORIZON TOURS, a sole proprietorship owned by ",
        "Fenwick Freight LLC, Attn: ",
        "Lumetta S.r.l., represented by its Managing Director, ",
        "Lumetta S.p.A., in the person of its legal representative ",
        "Crescent Midstream LP, a Delaware limited partnership, by its general partner ",
        "Birch Fund LP, through its investment manager, ",
    ],
    rejects=[
        "Quanta Grid Corp. and ",
        "by and between ",
        'Globix Data Corporation ("Globix"), and ',
        "Lumetta S.r.l., represented by counsel, and ",
        "Gulf Wings Partners, Ltd. and its general partner, ",
        "Crescent Midstream LP, by its terms, ",
    ],
)
#: "Starline Talent, Inc. f/s/o Dana Whitfield ("Lender")", "Brightwater Productions Corp.,
#: furnishing the services of Marco Lind": a loan-out company and the person whose services it
#: furnishes. The company is the party and the term after the person is the company's; the
#: person is a party only where the opening gives them a term of their own (after the
#: company's, or in a sentence of its own: :mod:`ingest.parties.referred_as`).
SERVICES_LENT = rule(
    "parties.services_lent_cue",
    r"(?<![\w/])(?:[Ff]/[Ss]/[Oo]|F/S/O|(?:for|furnishing)\s+the\s+(?:personal\s+)?services"
    r"\s+of)[ \t]+(?:\n[ \t]*)?$",
    reads="the list of parties: the cue before the person whose services a company furnishes",
    matches=[
        "Starline Talent, Inc. f/s/o ",
        "BRIGHTWATER PRODUCTIONS CORP. F/S/O ",
        "Halvern Sports LLC, furnishing the personal services of ",
    ],
    rejects=["Starline Talent, Inc. c/o ", "Halvern Sports LLC, for services to ", "f/s/ord "],
)
#: Between two quoted terms of one parenthesis that name the same party: ("Omega" or
#: "Operator"), ("REIT" or the "Company"), ("Cobalt" or "the Credit Union": the term read
#: after the "the" typed inside its quotes), ("FTE" or "Subcontractor"), and the name of the
#: party with its group: ("OICL" and together with its Affiliates, "Otkritie"), ("Kestrel",
#: and, together with its Affiliates, "Kestrel Group"); a list of them, a comma alone between
#: the first two: ("Quantrix", "Licensor" or "we"); a slash between the two ("Corbel"/"Provider",
#: "Lindqvist" / "Customer"), and "and" that says the second is another name of the same
#: party ("Helix" and as the "Developer", the "Publisher", and hereinafter also "Gamestar"),
#: never "and" alone, which joins two parties' terms.
SAME_PARTY_TERMS = rule(
    "parties.same_party_terms",
    r"[\"\u201d]?\s*(?:,\s*(?:the\s+)?(?=[\"\u201c])|,?\s*(?:or|and/or)\s+(?:the\s+)?"
    r"|\s*/\s*(?:the\s+)?"
    r"|,?\s*and\s+(?:(?:hereinafter|herein)\s+)?(?:also\s+(?:(?:referred\s+to|known)\s+)?"
    r"(?:as\s+)?|(?:(?:referred\s+to|known)\s+)?as\s+)(?:the\s+)?"
    r"|,?\s*(?:and\s*,?\s*)?(?:together|collectively)\s+with\s+(?:its|their)\s+(?:respective\s+)?"
    r"(?:[Aa]ffiliates|[Ss]ubsidiaries)(?:\s+and\s+(?:associates|[Aa]ffiliates))?\s*,?\s*"
    r"(?:the\s+)?)[\"\u201c](?:the\s+)?",
    reads="a parenthesis of defined terms: what joins two terms naming the same party",
    matches=[
        '" or "',
        '", "',
        '", the "',
        '" or the "',
        '" or "the ',
        '" and together with its Affiliates, "',
        '", and, together with its Affiliates, "',
        '"/"',
        '" / "',
        '" and as the "',
        '", and hereinafter also "',
        '" and also referred to as "',
    ],
    rejects=[
        '" and "',
        '"; and "',
        '", and "',
        '" and, together with Acme, the "',
        '" and the "',
        '" and Beta as "',
        '"/ Beta / "',
    ],
    mode="fullmatch",
)
#: Between a party's term and a joint term of the same parenthesis that names it with parties
#: named before: ("Lux Borrower" and, together with the U.S. Borrower, the "Borrowers"),
#: ("Equipco" and collectively with the Borrower and Parent, the "Loan Parties"). The joint term
#: is no second name of the party (never its affiliates: see SAME_PARTY_TERMS).
JOINT_TERM = rule(
    "parties.joint_term",
    r"[\"\u201d]?\s*,?\s*(?:and\s*,?\s*)?(?:together|collectively)\s+with\s+"
    r"(?!(?:its|their)\s+(?:respective\s+)?(?:[Aa]ffiliates|[Ss]ubsidiaries))"
    r"[^()\"\u201c\u201d]{1,300}?,?\s+(?:collectively,?\s+)?(?:(?:the|each\s+an?)\s+)?[\"\u201c]",
    reads="a parenthesis of defined terms: what joins a party's term to a group's joint term",
    matches=[
        '" and, together with the U.S. Borrower, the "',
        "\u201d and collectively with the Borrower and Parent, the \u201c",
    ],
    rejects=['" and together with its Affiliates, "', '" or the "', '" and "'],
    mode="fullmatch",
)
#: Inside one parenthesis, after the party's own term, a role given to it and to parties named
#: before it by their terms: `("OPX"; each of OVX and OPX, therein referred to as a "Borrower"`,
#: `("Hale"; each of Northgate, Tamsin and Hale, a "Guarantor"`. ``terms`` is the list of
#: terms (each a party's), the term that follows is the role of each.
EACH_OF_TERMS = rule(
    "parties.each_of_terms",
    r"[\"\u201d]?\s*[;,]\s*(?:each\s+of\s+(?=(?P<each>))|(?=[^;\"\u201c\u201d]{1,80}?\s+are\s)"
    # "; Ardmore and Whitlock, the "Lenders"": the short terms listed, then their plural term
    r"|(?=[^;\"\u201c\u201d]{1,80}?,\s+(?:together|collectively)?[\s,]*the\s*[\"\u201c])(?=(?P<listed>)))"
    r"(?P<terms>(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*"
    r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*"
    r"|\s+and\s+(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*)+)"
    r"(?:(?(listed)\s*,\s*(?:together|collectively)?[\s,]*(?=the\b)|(?(each)\s*,\s*"
    r"(?:(?:therein|herein|hereinafter|hereunder)\s+)?(?:(?:referred\s+to|defined)\s+as\s+|called\s+)?"
    # "; Acme and Beta are sometimes referred to herein individually as a "Borrower"": the
    # same role without "each of", the verb saying the terms are theirs
    r"|\s+are\s+(?:(?:sometimes|herein(?:after)?|referred\s+to|called|individually|collectively"
    # ("; Tolland and Meriden are each a "Borrower"": no "as" after the distributive word)
    r"|jointly|severally|and|each)[\s,]+)+(?:as\s+)?)))"
    r"(?:an?|the)\s*[\"\u201c]\s*",
    reads="a parenthesis of defined terms: a role the party shares with parties named before it",
    matches=[
        passage(
            '"; each of OVX and OPX, therein referred to as a "',
            terms="OVX and OPX",
        ),
        passage(
            "\u201d; each of Northgate, Tamsin Holdings and Hale, a \u201c",
            terms="Northgate, Tamsin Holdings and Hale",
        ),
        passage(
            '"; Tanager and Osprey are sometimes referred to herein individually as a "',
            terms="Tanager and Osprey",
        ),
        passage('"; Ardmore and Whitlock, the "', terms="Ardmore and Whitlock"),
        passage('"; Tolland and Meriden are each a "', terms="Tolland and Meriden"),
        passage(
            "\u201d; Harbor, Keystone and Lakeshore, collectively, the \u201c",
            terms="Harbor, Keystone and Lakeshore",
        ),
    ],
    rejects=[
        '" and, together with the Parent, the "',
        '"; each of the Lenders, a "',
        '" or the "',
        '"; Tanager and Osprey are parties to the Merger Agreement "',
        '"; Tanager and Osprey are each bound by the "',
        '"; Tanager and Osprey, a "',
    ],
    mode="fullmatch",
)
#: A second parenthesis right after a party's first, nothing between, whose term is one word
#: and no role word (`Voyager Cruise Holdings, Inc. ("Voyager") (the "Partner")`, `("Alto")
#: ("Sponsor")`): the capacity the contract names the party by; from the close of the first
#: term to the open of the second. (A descriptor or anything else between keeps the role-word
#: gate of SECOND_TERMS: a term after it may be a thing's.)
ADJACENT_SECOND_TERM = rule(
    "parties.adjacent_second_term",
    r"[\"\u201d]?[ \t]*\)[ \t]*\((?:the[ \t]+)?[\"\u201c](?=[A-Z][a-z]+[\"\u201d])",
    reads="the list of parties: a second one-word term in a parenthesis right after the first",
    matches=['") (the "Partner"', '")("Marketer"', "\u201d) (the \u201cAgency\u201d"],
    rejects=[
        '"), a Florida corporation (the "Partner"',
        '") (the "Effective Date"',
        '") and (the "Partner"',
        '") (the "PARTNER"',
    ],
    mode="match",
)
#: Between a party's parenthesis of terms and a second one that gives it its role: nothing
#: (`Pellam Securities LLC ("Pellam") (the "Placement Agent")`), or only the party's
#: descriptor and address (`Tessaly Data LLC ("TDP"), a Colorado limited liability company,
#: having its offices at 12 Main Street, Denver, CO 80202 ("Provider")`). Never a list going
#: on ("and", "or", ";") nor a capacity ("as agent for the lenders (the "Lenders")").
SECOND_TERMS = rule(
    "parties.second_terms",
    r"[\"\u201d]?\s*\)\s*(?:,?\s*an?\s+(?:(?!\b(?:and|or|as)\b)[^()\";\u201c\u201d])*?)?",
    reads="the list of parties: what stands between a party's term and its second term",
    matches=[
        '") ',
        '"), a Colorado limited liability company, having its offices at 12 Main Street, '
        "Denver, CO 80202 ",
        "\u201d), an Ohio corporation with its principal office in Dayton, ",
    ],
    rejects=[
        '"), and Orland Holdings, Inc., a Texas corporation ',
        '"), as agent for the lenders ',
        '"); Kestrel Bank plc ',
        '"), a Delaware corporation, or any of its affiliates ',
    ],
    mode="fullmatch",
)


#: "the terms on which you ("Ambassador") will serve": a letter's addressee, called "you",
#: right before a defined term; the term is the addressee's (ingest.letters), no name's read
#: before it in the list of parties.
YOU_BEFORE_TERM = rule(
    "parties.you_before_term",
    r"(?i)\byou[ \t]*$",
    reads="a letter's opening: the addressee, called you, right before a defined term",
    matches=["the terms on which you ", "confirms that you"],
    rejects=["the terms on which your company ", "Bayou "],
)
