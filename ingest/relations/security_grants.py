"""SECURES from grants, cross-guaranties and "secured by" whose subject opens the sentence:
"The Borrower grants to the Bank a security interest in the Deposits" (no "hereby"), "As
security for ..., each Borrower hereby grants to Bank security interests of first priority
(except as ...) in all of such Borrower's property", "Borrower and each Guarantor grants to
Lenders a Lien on and security interest in the following property (the "Collateral")", "Each
Borrower agrees that it is jointly and severally liable for, and absolutely and
unconditionally guarantees to Bank the prompt payment of ..." (a co-borrower standing behind
the others), "The Loans shall be secured by a first priority lien on all assets of the
Borrower".

Why a reader of its own: :mod:`.security` finds a grant by its "hereby grants" and a guaranty
by the words right before its verb; these shapes put clauses between the subject and the
grant ("for the benefit of the Lenders", a long parenthesis) or state the grant in the plain
present tense. Reading them only where the subject opens the sentence keeps covenants ("will
not ... grant a security interest in") and conditions ("if the Borrower grants a Lien") out.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.records import Span
from ingest.relations.collateral import NOT_A_CLASS, defined_term
from ingest.relations.collateral import add_asset as _asset
from ingest.relations.collateral import granted_assets as _granted_assets
from ingest.relations.collateral_owner import collateral_owners
from ingest.relations.guaranteed_by import THIS_NOTE
from ingest.relations.guaranteed_by import deal_agreement as _deal_agreement
from ingest.relations.headed_clauses import after_heading
from ingest.relations.obligations import NAMED_AGREEMENT, guaranteed_agreement, secured_agreement
from ingest.relations.secured_obligations import NAMED_NOTES
from ingest.relations.secured_obligations import in_own_text as _in_own_text
from ingest.relations.security import _GRANTS, _GUARANTEES, _SECURED_BY
from ingest.relations.slots import (
    agreements_in,
    instruments_in,
    nearest_contained_instrument,
    parties_named,
    party_by_definition,
    trimmed,
)
from ingest.rules import passage, rule

#: the sentence's subject: one party or a short list of them, by term or by name
_SUBJECT = (
    r"(?!(?:If|When|Unless|Upon|Any|No|Neither|Nothing)\b)"
    r"(?P<subj>(?:(?i:each\s+of\s+the|each|the)\s+)?[A-Z][\w'\u2019.&-]*"
    r"(?:(?:\s+|,\s+|\s+and\s+(?:each\s+(?:of\s+the\s+)?|the\s+)?)[A-Z][\w'\u2019.&-]*){0,6})"
)
#: a list of collateral runs over commas until a qualifier or a clause of its own follows
#: ("accounts, inventory, equipment and general intangibles, whether now owned")
_LIST_GOES_ON = (
    r"(?:,\s+(?!(?:now|whether|wherever|including|together|which|in\s+each|to\b|as\b|and\s+all"
    r"|granted|pursuant|under|evidenced|created|made|given|dated"
    + NOT_A_CLASS
    + r"|subject|the)\b)(?![^.;,()]*\b(?:is|are|shall|may|will)\b)[a-z][^.;,()]{1,60}?)*"
)
#: a list mark, a recital's "WHEREAS," or "As security for ...," / "pursuant to the Security
#: Agreement dated ...," before the subject (recitals of amendments state earlier grants:
#: "WHEREAS, pursuant to a Security Agreement dated ..., the Borrower granted to the Lender ...")
_OPENING = (
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:WHEREAS,?\s+)?"
    r"(?:(?:As|To)\s+(?:(?:further|additional)\s+)?(?:collateral\s+)?secur(?:ity\s+for|e)\b"
    r"(?P<what>[^;]{3,300}?),\s*"
    r"|(?i:pursuant\s+to|under)\s+(?:a|an|the|that\s+certain)\s+[A-Z][^;]{3,200}?,\s*)?"
)

_GRANT_BY_SUBJECT = rule(
    "relations.security_grants.grant_by_subject",
    _OPENING + _SUBJECT + r"(?:,\s+for\s+value\s+received,)?\s+"
    r"(?:hereby\s+|(?:shall|will|agrees?\s+to)\s+|(?:has|have)\s+(?:previously\s+)?)?"
    # "hereby mortgages, pledges and grants to Bank"
    r"(?:(?:pledges?|grants?|assigns?|transfers?|mortgages?)(?:,?\s+(?:and|or)\s+|,\s+))*"
    # "transfers, assigns, and pledges to the Lender and grants to the Lender"
    r"(?:(?:pledges?|assigns?|transfers?)\s+to\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+and\s+)?"
    r"(?:pledges?|grants?|granted)(?:\s+or\s+confirms\s+the\s+prior\s+grant"
    r"|\s+or\s+cause\s+to\s+be\s+granted)?"
    # "grants, under and pursuant to the Security Agreement executed by Borrowers ..., to
    # Lender": the document of the grant between the verb and the grantee
    r"(?:,\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\b[^;]{3,200}?,)?\s+(?:to\s+)?"
    # "to each Bank": a set-off lien each lender takes in what it holds of the grantor's
    r"(?P<to>(?:the\s+|each\s+(?:of\s+the\s+)?)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5})"
    r"(?:,\s+its\s+successors\s+and\s+(?:permitted\s+)?assigns)?"
    r"(?:,?\s+(?:for\s+the\s+(?:ratable\s+)?benefit\s+of|in\s+its\s+capacity\s+as)\s+[^;]{1,160}?)?"
    # bank forms: "grants Bank, to secure the payment ... of all of the Obligations, a ...",
    # "grants to each Bank, as security for the full and punctual payment of ..., a lien on"
    r"(?:,\s+(?:to\s+secure|as\s+(?:collateral\s+)?security\s+for)\b(?P<purpose>[^;]{3,300}?)"
    r"(?=,\s+(?:an?|the)\s))?"
    r",?\s+(?:an?\s+)?(?:(?:continuing|first[\s-]priority|first|valid|perfected|prior),?\s+)*"
    # real property by a mortgage: "a first priority mortgage lien on and security interest in
    # the real property ...", "a first mortgage on the real property commonly known as ..."
    r"(?i:(?:mortgage(?:\s+lien)?|lien|security\s+interest)s?(?:\s+(?:in|on))?\s+and\s+"
    r"(?:an?\s+)?)?"
    r"(?i:security\s+interests?|liens?|mortgage(?:\s+lien)?s?)"
    r"(?i:\s+(?:in\s+and|and)\s+(?:a\s+)?lien(?:\s+on)?)?"
    r"(?:\s+of\s+first\s+priority)?(?:\s+\([^()]{1,160}\))?"
    # "a continuing security interest in, and pledges to Bank, the Collateral", "... in, and
    # does hereby assign, transfer, pledge and set over to Lender, its successors and assigns,"
    r"(?:\s+in,\s+and\s+(?:does\s+hereby\s+)?(?:(?:pledges?|assigns?|transfers?|mortgages?"
    r"|conveys?|hypothecates?|sets?\s+over)(?:,\s+|,?\s+and\s+)?)+\s*to\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
    r"(?:,\s+its\s+successors\s+and\s+(?:permitted\s+)?assigns)?,)?\s+(?:(?:in|on|over)\s+)?"
    r"(?P<asset>all\s+(?:of\s+)?(?:the\s+)?right,?\s+title,?\s+(?:and\s+)?interest\b[^.;()]{0,120}?"
    r"|(?:all\s+of\s+|all\s+|the\s+|its\s+|their\s+|any\s+|those\s+of\s+"
    r"|certain\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"|[A-Z][\w-]*[\u2019']s\s+)"
    r"[^.;,()]{3,140}?" + _LIST_GOES_ON + r")"
    r"(?=,|\s*[()]|\s+and\s+(?:the\s+)?[A-Z][\w-]*\s+(?:may|shall|will|is|are|has|agrees?)\b|\s+(?:now|whether|as\s+set|as\s+(?:collateral\s+)?security|and\s+all"
    + NOT_A_CLASS
    + r"|to\s+secure|belonging|owned|pursuant|under|in\s+favou?r|which|as\s+may"
    r"|(?:provided|described)\s+in\s+(?:that\s+certain|the)\b)\b|[.;:]|$)",
    reads="a grant of security whose grantor opens the sentence: grantor, grantee, collateral",
    mode="match",
    matches=[
        passage(
            "The Company grants to the Lender a security interest in the Pledged Account, "
            "and the Lender may apply it against the Obligations.",
            subj="The Company",
            asset="the Pledged Account",
        ),
        # an oil and gas borrowing base: a lien on those of its properties the agent selects
        passage(
            "To secure the Obligations, Borrower and Guarantors shall grant to Agent, for the "
            "ratable benefit of Lenders, a first priority security interest in and Lien on "
            "certain of the oil and gas properties of Borrower as may be selected by Agent.",
            subj="Borrower and Guarantors",
            asset="certain of the oil and gas properties of Borrower",
        ),
        passage(
            "As security for all obligations of Borrowers to Bank, each Borrower hereby grants "
            "to Bank security interests of first priority (except as otherwise permitted by "
            "this Agreement) in all of such Borrower's equipment.",
            subj="each Borrower",
            asset="all of such Borrower's equipment",
        ),
        passage(
            "Each Grantor grants to the Collateral Agent a continuing security interest in all "
            "of its accounts, inventory, equipment and general intangibles, whether now owned "
            "or hereafter acquired.",
            asset="all of its accounts, inventory, equipment and general intangibles",
        ),
        passage(
            "The Debtor hereby pledges, assigns and grants to the Agent, for the benefit of the "
            'Secured Parties, a lien and security interest (the "Security Interest") in the '
            "Collateral, as security for the Obligations.",
            subj="The Debtor",
            asset="the Collateral",
        ),
        passage(
            "The Company has granted to the Agent a security interest in all of its assets "
            "pursuant to the Security Agreement.",
            subj="The Company",
            asset="all of its assets",
        ),
        passage(
            "Borrower grants Lender a security interest in all of the funds in the Cash "
            "Collateral Account and Lender may apply them against any Loan.",
            asset="all of the funds in the Cash Collateral Account",
        ),
        passage(
            "Borrower and each Guarantor grants or confirms the prior grant to Agent a Lien on "
            'and security interest in the following property (the "Collateral").',
            subj="Borrower and each Guarantor",
        ),
        passage(
            "Borrower shall grant or cause to be granted to Bank a first priority lien on any and "
            "all personal property assets of Borrower which is assigned to Bank as security",
            asset="any and all personal property assets of Borrower",
        ),
        passage(
            "As security for all indebtedness of Borrower to Bank, Borrower hereby grants to Bank "
            "security interests of first priority in those of Borrower's assets described in that "
            'certain Security Agreement of even date executed by Borrower (the "Collateral").',
            subj="Borrower",
            asset="those of Borrower's assets",
        ),
        passage(
            "Borrower hereby grants Bank, to secure the payment and performance in full of all "
            "of the Obligations, a continuing security interest in, and pledges to Bank, the "
            "Collateral, wherever located, whether now owned or hereafter acquired.",
            subj="Borrower",
            purpose=" the payment and performance in full of all of the Obligations",
            asset="the Collateral",
        ),
        passage(
            "As security for the payment of the Obligations, the Company hereby transfers, "
            "assigns, and pledges to the Bank and grants to the Bank a security interest in all "
            "deposit accounts of the Company maintained with the Bank.",
            subj="the Company",
            asset="all deposit accounts of the Company maintained with the Bank",
        ),
        # the grant's document between the verb and the grantee, and an assignment joined on
        passage(
            "To secure the Obligations, the Company grants, pursuant to the Pledge and Security "
            "Agreement of even date, to the Bank, its successors and assigns, a continuing, first "
            "priority security interest in, and does hereby pledge and assign to the Bank, its "
            "successors and assigns, all right, title and interest of the Company in and to the "
            "Pledged Collateral, whether now owned or hereafter acquired.",
            subj="the Company",
            asset="all right, title and interest of the Company in and to the Pledged Collateral",
        ),
        passage(
            "As security for the Loans, each Debtor grants, under the Security Agreement, to "
            "Agent, its successors and assigns, a continuing security interest in all of its "
            "accounts and inventory, wherever located.",
            subj="each Debtor",
            asset="all of its accounts and inventory",
        ),
        # real property by a mortgage, in the agreement itself
        passage(
            "To secure the Term Note and all other obligations of the Borrower under this "
            "Agreement, the Borrower hereby grants to the Lender a first priority mortgage lien "
            "on and security interest in the real property and improvements located at 1450 "
            "Industrial Parkway, Valdosta, Georgia.",
            subj="the Borrower",
            asset="the real property and improvements located at 1450 Industrial Parkway",
        ),
        passage(
            "Borrower shall grant to Bank a first mortgage on the real property commonly known "
            "as 88 Orchard Road, Macon, Georgia.",
            asset="the real property commonly known as 88 Orchard Road",
        ),
        # another class of collateral after "and all" goes on with the list
        passage(
            "As security for the Loan, the Borrower hereby mortgages, pledges and grants to the "
            "Bank a security interest in all of its accounts and all of its inventory and "
            "equipment, and all proceeds thereof.",
            asset="all of its accounts and all of its inventory and equipment",
        ),
    ],
    rejects=[
        "The Borrower will not grant to any Person a security interest in its inventory.",
        "If the Borrower grants to any Person a Lien on its accounts, the Bank may demand payment.",
        "Mortgage, pledge, grant or permit to exist a security interest in any of its assets.",
        "Any Lender may at any time pledge or grant a security interest in all of its rights.",
    ],
)

_CROSS_GUARANTY = rule(
    "relations.security_grants.liable_and_guarantees",
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?" + _SUBJECT + r"\s+(?:hereby\s+)?(?:agrees?|acknowledges?)"
    r"\s+that\s+(?:it|they|such\s+[A-Z][\w-]*|each\s+[A-Z][\w-]*)\s+(?:is|are|shall\s+be)\s+"
    r"jointly\s+and\s+severally\s+liable\s+for,?\s+and\b[^.;]{0,120}?\bguarantees?\b"
    r"(?P<rest>[^.;]{0,400})",
    reads="a co-obligor's joint liability and guaranty: the guarantors and what they guarantee",
    mode="match",
    matches=[
        passage(
            "Each Borrower agrees that it is jointly and severally liable for, and absolutely "
            "and unconditionally guarantees to the Lender the prompt payment of, all "
            "obligations of each other Borrower.",
            subj="Each Borrower",
        ),
        passage(
            "Each of the Loan Guarantors hereby agrees that it is jointly and severally liable "
            "for, and, as primary obligor and not merely as surety, unconditionally guarantees "
            "to the Agent the payment of the Obligations.",
            subj="Each of the Loan Guarantors",
        ),
    ],
    rejects=[
        "Each Borrower agrees that it is jointly and severally liable for the Obligations.",
        "The Guarantor is not jointly and severally liable for, and does not guarantee, any "
        "obligation of the Seller.",
    ],
)


#: the deal's obligations as a sentence's subject ("The Loans", "All obligations of the
#: Borrower hereunder", "The Borrower's obligation to pay the Advances")
_DEAL_DEBT = re.compile(
    r"\b(?:Obligations|obligations?|[Ll]oans?|[Aa]dvances|Indebtedness|indebtedness|Liabilities"
    r"|[Ll]ine\s+of\s+[Cc]redit|[Cc]redit\s+[Ff]acilit(?:y|ies)|Facility|[Bb]orrowings)\b"
)
_OWN_PAPERS = rule(
    "relations.security_grants.own_papers_secured",
    r"^(?:(?:Payment|Repayment)\s+of\s+)?(?:This\s+Agreement|[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}Notes?)"
    r"(?:\s+and\s+(?:this|the)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Notes?))?$",
    reads="a 'secured by' subject that names the deal's own papers, not its debt: this "
    "agreement or its note ('This Agreement and the Note are secured by')",
    matches=["This Agreement and the Note", "The Note", "Payment of the Term Note"],
    rejects=[
        "The Security Agreement",
        "This Agreement and the Note and any other Indebtedness",
        "the Subordinated Note Agreement",
    ],
)

#: a subject that speaks of debt in general or of a condition, not of the deal's own debt
_NOT_DEAL = re.compile(
    r"(?i)\b(?:if|unless|whether|any\s+other|other\s+than|permitted|such\s+debt)\b"
)

_SECURED_BY_SUBJECT = rule(
    "relations.security_grants.secured_by",
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:WHEREAS,?\s+)?"
    # "Borrower's obligations to Bank under this Agreement", "This Agreement and the Note"
    r"(?P<subj>(?:The|All|Each|Payment|Repayment|the|all|This|[A-Z][\w-]*[\u2019']s)\b"
    r"[^.;]{0,160}?)"
    r"\s+(?:is|are|shall\s+be|will\s+be)\s+(?:(?:fully|additionally|equally\s+and\s+ratably)\s+)?"
    r"secured\s+(?:equally\s+and\s+ratably\s+)?by\s+(?:,?\s*among\s+other\s+things,?\s+)?(?:\([a-z]\)\s)?"
    r"(?:(?:an?|the|(?:the\s+)?[A-Z][\w-]*[\u2019']s)\s+"
    r"(?:(?:first|prior|perfected|valid|continuing)[\s-]+(?:priority\s+)?)*"
    # "a first lien security interest in"
    r"(?:lien\s+(?=security\b))?"
    r"(?i:security\s+interests?|liens?|mortgages?|pledges?)(?:\s+(?:in|on)\s+and\s+lien)?"
    r"\s+(?:in|on|of|upon)\s+)?"
    r"(?P<asset>(?:all\s+of\s+|all\s+|the\s+|its\s+|their\s+|substantially\s+all\s+(?:of\s+)?"
    # "(a) a cash collateral account ...": the first item of a list of collateral
    r"|[A-Z][\w-]*[\u2019']s\s+|(?<=\([a-z]\)\s)an?\s+)[^.;,()]{2,100}?" + _LIST_GOES_ON + r")"
    r"(?=,|\s*[()]|\s+and\s+(?:the\s+)?[A-Z][\w-]*\s+(?:may|shall|will|is|are|has|agrees?)\b|\s+(?:now|whether|as\s+(?:set|more|described|provided)|pursuant|under|granted"
    r"|described|and\s+all" + NOT_A_CLASS + r"|in\s+favor)\b|[.;:]|$)",
    reads="the deal's obligations stated to be secured: the collateral that secures them",
    mode="match",
    matches=[
        passage(
            "The Loans shall be secured by a first priority lien on all assets of the Borrower.",
            asset="all assets of the Borrower",
        ),
        passage(
            "WHEREAS, the obligations of the Borrower under the Credit Agreement are secured by "
            "a first priority lien on substantially all assets of the Borrower.",
            asset="substantially all assets of the Borrower",
        ),
        passage(
            "All obligations of the Borrower hereunder are secured by the Collateral, as more "
            "fully described in the Security Agreement.",
            asset="the Collateral",
        ),
        passage(
            "The Term Loan shall be secured by (a) a cash collateral account maintained with the "
            'Bank (the "Cash Account") and (b) a pledge of deposits.',
            asset="a cash collateral account maintained with the Bank",
        ),
        passage(
            "The Obligations shall be secured by a first priority security interest in all of "
            "the Company's equipment, inventory, accounts receivable and general intangibles, "
            "whether now owned or hereafter acquired.",
            asset="all of the Company's equipment, inventory, accounts receivable and general "
            "intangibles",
        ),
        passage(
            "The loans under the Credit Agreement are secured by a first priority lien on all "
            "assets of the Company and its subsidiaries.",
            asset="all assets of the Company and its subsidiaries",
        ),
        passage(
            "The Borrower's obligation to repay the Advances shall be evidenced by the Note and "
            "shall be secured by the Pledged Shares.",
            asset="the Pledged Shares",
        ),
        passage(
            "Borrower's obligations to Bank under this Agreement shall be secured by a first "
            "priority security interest in all of Borrower's equipment and fixtures.",
            subj="Borrower's obligations to Bank under this Agreement",
            asset="all of Borrower's equipment and fixtures",
        ),
        passage(
            "This Agreement and the Note are secured by a first lien security interest in all "
            "Accounts and Inventory of Borrower.",
            subj="This Agreement and the Note",
            asset="all Accounts and Inventory of Borrower",
        ),
    ],
    rejects=[
        "The Borrower may incur Indebtedness secured by Permitted Liens.",
        "The Obligations are not secured by any lien on the assets of the Parent.",
        "Any Debt secured by a Lien on any asset of such Person.",
    ],
)


_PLEDGE_OF_EQUITY = rule(
    "relations.security_grants.pledge_of_equity",
    _OPENING + _SUBJECT + r"\s+(?:hereby\s+|(?:shall|will|agrees?\s+to)\s+)?"
    r"(?:pledges?|(?:has|have)\s+(?:previously\s+)?pledged)"
    r"(?:,?\s+(?:and\s+)?(?:assigns?|delivers?|grants?|assigned|delivered|granted))*\s+to\s+"
    r"(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5})"
    r"(?:,?\s+(?:for\s+the\s+(?:ratable\s+)?benefit\s+of|as\s+collateral\s+agent\s+for)\s+[^;,]{1,120},)?"
    # "pledges to the Lender, and grants to the Lender a security interest in, all ..."
    r"(?:,?\s+and\s+grants?\s+to\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5},?"
    r"\s+an?\s+(?:continuing\s+)?security\s+interest\s+in,?)?"
    r"\s+(?P<asset>(?:(?:all|one\s+hundred\s+percent|the)\b|\d{1,3}(?:\.\d+)?%)[^.;]{0,80}?"
    r"\b(?:shares|(?:capital\s+)?stock|equity\s+interests|membership\s+interests"
    r"|partnership\s+interests)\b(?:\s+(?:of|in)\s+(?:each\s+|the\s+)?"
    r"(?:its\s+(?:[\w-]+\s+)?[Ss]ubsidiar(?:y|ies),?\s+)?[A-Z](?:[^.;(]|\.(?!\s+[A-Z]|\s*$)){1,80}?)?)"
    r"(?=\s*[(;]|\s+(?:now|whether|as\s+(?:collateral\s+)?security|to\s+secure|held|owned)\b"
    r"|,\s+(?:[a-z]|as\b)|\.(?:\s+[A-Z]|\s*$)|$)",
    reads="a pledge of a company's shares by a pledgor that opens the sentence",
    mode="match",
    matches=[
        passage(
            "The Borrower hereby pledges to the Agent, for the ratable benefit of the Lenders, "
            "all of the issued and outstanding capital stock of Harbor Reach Freight, Inc. as "
            "security for the Obligations.",
            subj="The Borrower",
            asset="all of the issued and outstanding capital stock of Harbor Reach Freight, Inc.",
        ),
        passage(
            "Each Pledgor hereby pledges and delivers to the Collateral Agent 65% of the voting "
            "equity interests of each Foreign Subsidiary, whether now owned or hereafter acquired.",
            asset="65% of the voting equity interests of each Foreign Subsidiary",
        ),
        passage(
            "The Pledgor hereby pledges to the Bank, and grants to the Bank a security interest "
            "in, all of the outstanding shares of capital stock of the Borrower, as security for "
            "the Obligations.",
            asset="all of the outstanding shares of capital stock of the Borrower",
        ),
        passage(
            "As further security for the Secured Obligations, the Borrower hereby pledges to the "
            "Lender all of the issued and outstanding shares of capital stock of Orchard Gate "
            'Trucking, Inc. (the "Pledged Shares").',
            what=" the Secured Obligations",
            asset="all of the issued and outstanding shares of capital stock of Orchard Gate "
            "Trucking, Inc.",
        ),
    ],
    rejects=[
        "The Borrower will not pledge to any Person any of the capital stock of its Subsidiaries.",
        "No Loan Party shall pledge to any Person the shares of any Subsidiary.",
    ],
)


_PLAIN_GUARANTY = rule(
    "relations.security_grants.plain_guaranty",
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:(?:For\s+value\s+received|To\s+induce\s+[^,;]{3,160}),\s+)?"
    + _SUBJECT
    + r"\s+(?:jointly\s+and\s+severally\s+)?guarantees?\s+"
    r"(?:to\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4},?\s+)?"
    r"(?:the\s+)?(?:(?:full|prompt|punctual|due|timely)(?:\s+and\s+|,\s+|\s+))*"
    r"(?:payment|performance)\b(?P<rest>[^.;]{0,300})",
    reads="a guaranty in the plain present tense by a guarantor that opens the sentence",
    mode="match",
    matches=[
        passage(
            "The Guarantor guarantees to the Bank the prompt and full payment of the "
            "Obligations when due.",
            subj="The Guarantor",
        ),
        passage(
            "For value received, Harlow Basin Holdings, Inc. guarantees the punctual payment "
            "of all amounts owing by the Borrower under the Credit Agreement.",
            subj="Harlow Basin Holdings, Inc.",
        ),
    ],
    rejects=[
        "The Borrower guarantees that the information furnished to the Bank is true.",
        "If any Subsidiary guarantees the payment of any other Debt, it shall become a Guarantor.",
    ],
)


#: a grant whose lien comes after more than a grantee: "To secure the Obligations Borrower
#: hereby grants to Agent and each Lender a security interest, a lien, and a right of offset,
#: each of which shall be upon and against ...", "The Borrower hereby grants to the Bank, a
#: lien, security interest and right of setoff as security for all liabilities ...", "Borrower
#: hereby assigns ... to Lenders all of its right, title and interest in and to, and grants
#: Lenders a Lien on ... all amounts owing ...", "The Borrower hereby pledges, assigns and grants
#: to the Agent, on behalf of and for the ratable benefit of the Lenders, a security interest
#: in ...": the collateral is not where :data:`_GRANT_BY_SUBJECT` reads it, but the grantor who
#: opens the sentence and grants "hereby" secures the deal all the same
_HEREBY_LIEN = rule(
    "relations.security_grants.hereby_lien",
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s*)?"
    r"(?:(?:As|To)\s+(?:(?:further|additional)\s+)?(?:collateral\s+)?secur(?:ity\s+for|e)\b"
    # the purpose, closed by a comma or (unpunctuated) by the debt it names
    r"(?P<what>[^;]{3,300}?,|[^;,]{3,200}?\b(?:Obligations|obligations|Loans|Notes"
    r"|Indebtedness|Liabilities|liabilities))\s+)?"
    # a grantor, never a lender, agent or other creditor, nor a seller or assignor
    r"(?!(?:[^;]{0,80}?\b(?:Lenders?|Banks?|Agents?|Issuers?|Holders?|Purchasers?|Trustees?"
    r"|Assignors?|Assignees?|Sellers?)\b)[^;]{0,80}?\s+(?:does\s+)?hereby\b)"
    + _SUBJECT
    + r"\s+(?:does\s+)?hereby\s+"
    r"(?:(?:grants?|pledges?|assigns?|transfers?|mortgages?|conveys?|hypothecates?"
    r"|sets?\s+over)(?:,?\s+(?:and|or)\s+|,\s+)?)+\s*"
    # to whom, and whatever else the grant says, up to the lien: no qualifier that makes the
    # lien another's ("subject to a lien", "free of any lien", "which secures")
    r"(?P<rest>(?:(?!\b(?:subject|free|which|that|except|other\s+than|releases?)\b)[^.;]){0,300}?)"
    r"(?<![\w-])[Aa]n?\s+(?:(?:continuing|first[\s-]priority|first|prior|valid|perfected)"
    r"(?:,|\s+and)?\s+)*(?i:lien|security\s+interest|right\s+of\s+(?:set-?off|offset))\b",
    reads="a grant of security 'hereby' whose grantor opens the sentence, with more than a "
    "grantee before the lien: the grantor and the purpose",
    mode="match",
    matches=[
        passage(
            "To secure the payment of the Obligations Company hereby grants to Agent and each "
            "Lender a security interest, a lien and a right of offset, each of which shall be "
            "upon and against all moneys of Company held by Agent or any Lender.",
            subj="Company",
            what=" the payment of the Obligations",
        ),
        passage(
            "The Borrower hereby grants to the Bank, a lien, security interest and right of "
            "setoff as security for all liabilities and obligations to the Bank.",
            subj="The Borrower",
        ),
        passage(
            "As security for the Obligations, the Company hereby assigns, transfers and sets over "
            "to the Lenders all of its right, title and interest in and to, and grants the "
            "Lenders a Lien on and a security interest in, all amounts owing by the Lenders to "
            "the Company.",
            subj="the Company",
        ),
        passage(
            "The Borrower hereby pledges, assigns and grants to the Agent, on behalf of and for "
            "the ratable benefit of the Lenders and the Issuing Bank, a security interest in all "
            "funds on deposit in the Collateral Account.",
            subj="The Borrower",
        ),
    ],
    rejects=[
        "The Borrower will not grant to any Person a lien on its inventory.",
        "The Borrower hereby assigns to the Purchaser all of its rights, which are subject to "
        "a lien in favor of the Bank.",
        "Each Lender hereby grants to the Agent a security interest in its share of the "
        "Collateral.",
        "The Borrower hereby represents that it has not granted to any Person a lien on its "
        "assets.",
        "The Assignor hereby assigns to the Assignee all of its rights together with a lien "
        "on the Collateral.",
        "The Agent hereby releases the Borrower from a lien on the Mortgaged Property.",
    ],
)


def grant_subjects(ctx: DocContext, subject: str, pos: int) -> list[str]:
    """The parties a subject names: each item of a short list ("Borrower and each Guarantor"),
    by term, role or name, else the company a term was defined for. A singular term ("The
    Borrower") names one party: the first the term stands for."""
    found: list[str] = []
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", subject):
        if not item.strip():
            continue
        term = re.sub(r"^(?:The|Each|Such)\b", lambda d: d.group(0).lower(), item.strip())
        refs = parties_named(ctx, item) or party_by_definition(ctx, f" {term}", pos)
        if re.fullmatch(r"(?i)the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?<!s)", item.strip()):
            refs = refs[:1]
        found += [r for r in refs if r not in found]
    return found


def _secured(ctx: DocContext, lo: int, what: str) -> list[str]:
    """What a grant or guaranty secures: the note it is written in, when it says "this Note";
    an agreement its "as security for ..." (or its object) names by title; else, read in the
    own text, the deal's credit agreement and the notes its "to secure ..." names."""
    if THIS_NOTE.search(what or "") and (note := nearest_contained_instrument(ctx, lo)):
        return [note]  # "The obligations of the Borrower under this Note": the note it is in
    named = NAMED_AGREEMENT.search(what or "")
    if named and named["title"] != "Agreement" and not named.group(0).startswith("this"):
        return guaranteed_agreement(ctx, named.group(0))
    own = secured_agreement(ctx)
    if not own or not _in_own_text(ctx, lo):
        return []
    # "To secure the Term Note and all other obligations of the Borrower ... under this
    # Agreement": the agreement's notes the purpose names are secured as well
    notes = [r for n in NAMED_NOTES.finditer(what or "") for r in instruments_in(ctx, n.group(0))]
    return list(dict.fromkeys([own, *notes]))


def _papers_named(ctx: DocContext, lo: int, subject: str) -> list[str]:
    """The deal's papers a "secured by" subject names ("This Agreement and the Note", "The
    Notes"), read in the own text: the notes the document knows by the names given, and the
    own agreement for "This Agreement" or where it is the loan or credit agreement the notes
    evidence; "The Notes will be secured by ..." in a note purchase agreement secures the
    notes, not the agreement they are sold under."""
    if not _in_own_text(ctx, lo):
        return []
    own = secured_agreement(ctx)
    kind = ctx.collector.entities[own].props.get("kind") if own else None
    # a loan or credit agreement's note is its loans' paper: the agreement is secured with it
    own_named = own == ctx.self_ref and (
        kind in ("loan_agreement", "credit_agreement") or subject.startswith("This")
    )
    found = [own] if own and own_named else []
    for n in NAMED_NOTES.finditer(subject):
        found += [r for r in instruments_in(ctx, n.group(0)) if r not in found]
    return found


def _secured_by(ctx: DocContext, lo: int, m: re.Match[str], after: str, evidence: Span) -> None:
    """The collateral "secured by" names SECURES the agreement the subject names ("The loans
    under the Existing Credit Agreement"), else the deal's (in the own text only); a document
    ("the Security Agreement") or a guaranty named there is no collateral: an agreement the
    document knows secures it instead, anything else nothing. The party whose assets they are
    ("all of the Company's equipment") secures it too."""
    asset = m["asset"]
    papers = not _DEAL_DEBT.search(m["subj"]) and _OWN_PAPERS.match(m["subj"])
    targets = _papers_named(ctx, lo, m["subj"]) if papers else _secured(ctx, lo, m["subj"])
    for own in targets:
        _secured_by_one(ctx, own, asset, after, evidence)
        for party in collateral_owners(ctx, asset, own):
            ctx.collector.relate("SECURES", party, own, evidence)


#: a determiner and an adjective whose noun a list after it gives ("the applicable (a)
#: Mortgage, (b) ..."): no collateral by itself
_NO_NOUN = re.compile(
    r"(?i)(?:the|all|its|their)\s+(?:applicable|respective|relevant|same|foregoing)"
)


def _secured_by_one(ctx: DocContext, own: str, asset: str, after: str, evidence: Span) -> None:
    """SECURES of ``own`` from the collateral (or security document) ``asset`` names."""
    if _NO_NOUN.fullmatch(asset.strip()):
        return
    if re.search(
        r"(?i)\bguarant(?:y|ies|ee|ees)\b|\bagreements?\b|\bdocuments\b|\bmortgages?\b|\bliens?\b"
        r"|deeds?\s+of\s+trust",
        asset,
    ):
        for agreement in agreements_in(ctx, asset):
            if agreement != own:
                ctx.collector.relate("SECURES", agreement, own, evidence)
        return
    for described in _granted_assets(ctx, asset, after):
        ctx.collector.relate("SECURES", _asset(ctx, described, evidence), own, evidence)


def extract_security_grants(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES from one sentence (at ``lo``) whose subject grants security or stands behind
    the others' obligations: the grantors or guarantors, and the collateral granted."""
    if skip := after_heading(sentence):  # "Setoffs. (a) The Borrower hereby grants ..."
        lo, sentence = lo + skip, sentence[skip:]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    # a grant .security reads ("hereby grants to Bank a security interest in") is read there
    m = None if _GRANTS.search(sentence) else _GRANT_BY_SUBJECT.match(sentence)
    if m:
        grantees = set(parties_named(ctx, m["to"]))
        grantors = [g for g in grant_subjects(ctx, m["subj"], lo) if g not in grantees]
        assets = _granted_assets(ctx, m["asset"], sentence[m.end() :])
        for t in _secured(ctx, lo, m["what"] or m["purpose"] or ""):
            for asset in assets:
                ctx.collector.relate("SECURES", _asset(ctx, asset, evidence), t, evidence)
            for g in grantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    # a grant whose lien the shape above cannot read up to its collateral: the grantor only
    h = None if m or _GRANTS.search(sentence) else _HEREBY_LIEN.match(sentence)
    if h:
        for t in _secured(ctx, lo, (h["what"] or "").rstrip(",") or h["rest"]):
            for g in grant_subjects(ctx, h["subj"], lo):
                if g != t:
                    ctx.collector.relate("SECURES", g, t, evidence)
    p = _PLEDGE_OF_EQUITY.match(sentence)
    if p:
        grantees = set(parties_named(ctx, p["to"]))
        pledgors = [g for g in grant_subjects(ctx, p["subj"], lo) if g not in grantees]
        # the shares by the term the pledge defines for them ("(the "Pledged Shares")")
        defined = defined_term(sentence[p.end() :]) or p["asset"]
        for t in _secured(ctx, lo, p["what"] or ""):
            ctx.collector.relate("SECURES", _asset(ctx, defined, evidence), t, evidence)
            for g in pledgors:
                ctx.collector.relate("SECURES", g, t, evidence)
    # "The Obligations are secured by ..." .security reads ("This Note is secured by" too)
    b = None if _SECURED_BY.search(sentence) else _SECURED_BY_SUBJECT.match(sentence)
    own_debt = b and (_DEAL_DEBT.search(b["subj"]) or _OWN_PAPERS.match(b["subj"]))
    if b and own_debt and not _NOT_DEAL.search(b["subj"]):
        _secured_by(ctx, lo, b, sentence[b.end() :], evidence)
    plain = None if _GUARANTEES.search(sentence) else _PLAIN_GUARANTY.match(sentence)
    if plain:
        for t in _deal_agreement(ctx, plain["rest"]):
            for guarantor in grant_subjects(ctx, plain["subj"], lo):
                if guarantor != t:
                    ctx.collector.relate("SECURES", guarantor, t, evidence)
    c = _CROSS_GUARANTY.match(sentence)
    if c:
        for t in _secured(ctx, lo, c["rest"]):
            for g in grant_subjects(ctx, c["subj"], lo):
                ctx.collector.relate("SECURES", g, t, evidence)
