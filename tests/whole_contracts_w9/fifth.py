"""A fifth batch, written blind after the fourth was scored and fixed: Indian drafting ("which
expression shall include its successors"), an agreement dated by a defined Effective Date,
and parties announced as "The parties to this Agreement are:"."""

from __future__ import annotations

INDIAN_SERVICES = """\
                        BUSINESS PROCESS SERVICES AGREEMENT

This Business Process Services Agreement is made and executed at Bengaluru on this 5th day
of January, 2010

BY AND BETWEEN

Sahyadri Infotech Services Private Limited, a company incorporated under the Companies Act,
1956 and having its registered office at 14/2 Residency Road, Bengaluru 560025, India
(hereinafter referred to as the "Service Provider", which expression shall, unless
repugnant to the context or meaning thereof, include its successors and permitted assigns)
of the ONE PART;

AND

Oakhurst Insurance Brokers, Inc., a corporation organized under the laws of the State of
Connecticut, United States of America, having its principal office at 90 State House
Square, Hartford, Connecticut 06103 (hereinafter referred to as the "Client", which
expression shall, unless repugnant to the context or meaning thereof, include its
successors and permitted assigns) of the OTHER PART.

The Service Provider and the Client are hereinafter individually referred to as a "Party"
and collectively as the "Parties".

WHEREAS:

A.   The Service Provider is engaged in the business of providing back-office and policy
     administration services to insurance intermediaries.

B.   The Client wishes to outsource its policy issuance, endorsement processing and
     renewal tracking to the Service Provider on the terms of this Agreement.

NOW THEREFORE, THIS AGREEMENT WITNESSETH AS FOLLOWS:

1.   SERVICES

1.1  The Service Provider shall render the services described in Schedule I (the
     "Services") from its facility in Bengaluru, using a dedicated team of not less than
     twenty-five (25) trained personnel.

2.   CONSIDERATION

2.1  The Client shall pay the Service Provider a fee of USD 11.50 per productive hour of
     each full-time equivalent, invoiced monthly and payable within thirty (30) days.

3.   TERM AND TERMINATION

3.1  This Agreement shall be valid for a period of three (3) years from the date of its
     execution and may be renewed by mutual written consent of the Parties.

4.   GOVERNING LAW AND ARBITRATION

4.1  This Agreement shall be governed by and construed in accordance with the laws of
     India. Any dispute shall be referred to arbitration at Bengaluru under the
     Arbitration and Conciliation Act, 1996.

IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year
first above written.

For Sahyadri Infotech Services Private Limited     For Oakhurst Insurance Brokers, Inc.

/s/ Venkatesh Rao                                  /s/ Margaret Doyle
Name: Venkatesh Rao                                Name: Margaret Doyle
Designation: Managing Director                     Designation: Chief Operating Officer

                                   SCHEDULE I
                                    SERVICES

Policy issuance; endorsement processing; renewal tracking; certificate issuance
"""

EFFECTIVE_DATE_DEFINED = """\
                             CONTRACT MANUFACTURING AGREEMENT

     This CONTRACT MANUFACTURING AGREEMENT (this "Agreement") is entered into as of the
Effective Date (as defined below) by and between Rheinquell Pharma AG, a stock corporation
organized under the laws of Switzerland ("Rheinquell"), and Alder Creek Therapeutics,
Inc., a Delaware corporation ("Alder Creek").

                                    ARTICLE 1
                                   DEFINITIONS

     1.1 "Batch" means a quantity of Product produced in a single manufacturing run.

     1.2 "Effective Date" means February 14, 2012.

     1.3 "Product" means the drug product containing the compound ACT-417 in 25 mg
tablets, as described in the Specifications.

     1.4 "Specifications" means the specifications for the Product set out in Exhibit A,
as amended from time to time by written agreement of the parties.

                                    ARTICLE 2
                                  MANUFACTURE

     2.1 Rheinquell shall manufacture the Product at its facility in Basel in accordance
with the Specifications and current good manufacturing practices, and shall supply it to
Alder Creek in the quantities Alder Creek orders.

     2.2 Alder Creek shall provide a rolling eighteen (18) month forecast, the first three
months of which are binding.

                                    ARTICLE 3
                                 PRICE; PAYMENT

     3.1 Alder Creek shall pay Rheinquell the price per Batch set out in Exhibit B. Prices
are in Swiss francs and exclude value added tax.

                                    ARTICLE 4
                                      TERM

     4.1 This Agreement begins on the Effective Date and continues for seven (7) years.

                                    ARTICLE 5
                                  MISCELLANEOUS

     5.1 This Agreement shall be governed by the substantive laws of Switzerland, to the
exclusion of its conflict of laws rules and of the Vienna Convention.

     5.2 The place of jurisdiction is Basel, Switzerland.

     IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized
representatives.

RHEINQUELL PHARMA AG                        ALDER CREEK THERAPEUTICS, INC.

By: /s/ Urs Brunner                         By: /s/ Paula Jensen
Name: Urs Brunner                           Name: Paula Jensen
Title: CEO                                  Title: CEO

By: /s/ Claudia Meier
Name: Claudia Meier
Title: CFO
"""

PARTIES_ARE = """\
                            MASTER SERVICES AGREEMENT

Date: 19 October 2020

The parties to this Agreement are:

(a)  Tessellate Cloud Solutions Ltd, a company incorporated in Ireland (registered number
     612288), of 2 Grand Canal Square, Dublin 2 ("Provider"); and

(b)  Kingfisher Retail Holdings Limited, a company incorporated in Scotland (registered
     number SC190044), of 40 George Street, Edinburgh EH2 2LE ("Customer").

It is agreed as follows:

1.   Definitions

     In this Agreement, "Services" means the cloud infrastructure management services set
     out in each Statement of Work, and "Statement of Work" means a document in the form of
     Schedule 1 signed by both parties.

2.   Services

     The Provider shall perform the Services with reasonable skill and care and in
     accordance with the service levels of each Statement of Work.

3.   Charges

     The Customer shall pay the charges set out in each Statement of Work within thirty
     days of the date of a valid invoice.

4.   Term

     This Agreement starts on its date and continues until terminated by either party on
     six months' written notice, provided that no Statement of Work is then in force.

5.   Data Protection

     Each party shall comply with its obligations under the data protection legislation
     that applies to it, and the Provider shall process personal data only on the
     Customer's documented instructions.

6.   Limitation of liability

     Each party's total liability in each contract year is limited to the charges paid in
     the previous twelve months.

7.   Governing law

     This Agreement and any dispute arising out of it are governed by the law of Ireland,
     and the courts of Ireland have exclusive jurisdiction.

Signed for and on behalf of                   Signed for and on behalf of
Tessellate Cloud Solutions Ltd                Kingfisher Retail Holdings Limited

/s/ Niamh Gallagher                           /s/ Fraser McLeod
Director                                      Director

                                   SCHEDULE 1
                          FORM OF STATEMENT OF WORK

Services: ____________  Service levels: ____________  Charges: ____________
"""

FIFTH: dict[str, str] = {
    "business process services: Indian drafting, which expression shall include": (INDIAN_SERVICES),
    "contract manufacturing: dated by a defined Effective Date, an AG": EFFECTIVE_DATE_DEFINED,
    "master services: the parties to this Agreement are (a) (b), Irish law": PARTIES_ARE,
}
