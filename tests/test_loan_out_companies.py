"""A loan-out company and the person whose services it furnishes, as endorsement, talent and
sponsorship contracts name them ("Starline Talent, Inc. f/s/o Dana Whitfield ("Lender")"):
the company is the party and the term after the person is the company's; the person is a
party only where the opening gives them a term of their own ("Dana Whitfield is referred to
herein as "Athlete""). CUAD's labels name the company alone where the person has no term."""

from __future__ import annotations

from tests.passages import own_parties


def test_the_term_after_f_s_o_is_the_loan_out_company_s() -> None:
    text = (
        "ENDORSEMENT AGREEMENT\n\n"
        'This Endorsement Agreement (this "Agreement") is made as of May 3, 2015 by and between '
        'Starline Talent, Inc., a Nevada corporation f/s/o Dana Whitfield ("Lender"), and '
        'Crestmore Beverages, LLC, a Delaware limited liability company ("Company").\n\n'
        "1. Services. Lender shall cause Dana Whitfield to render endorsement services.\n\n"
        "IN WITNESS WHEREOF the parties have signed this Agreement.\n\n"
        "STARLINE TALENT, INC.\n\nBy: /s/ Dana Whitfield\nName: Dana Whitfield\n"
        "Title: President\n\n"
        "CRESTMORE BEVERAGES, LLC\n\nBy: /s/ Paul Ortiz\nName: Paul Ortiz\nTitle: CEO\n"
    )
    assert own_parties(text) == {
        "Starline Talent, Inc.": ("Lender",),
        "Crestmore Beverages, LLC": ("Company",),
    }


def test_furnishing_the_services_of_in_capitals() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        "This License Agreement is entered into on June 1, 2012 between BRIGHTWATER PRODUCTIONS "
        'CORP., furnishing the personal services of MARCO LINDQVIST ("Licensor"), and Oakfield '
        'Apparel Company, a Texas corporation ("Licensee").\n\n'
        "1. Grant. Licensor grants Licensee a license to use the name of Marco Lindqvist.\n"
    )
    assert own_parties(text) == {
        "BRIGHTWATER PRODUCTIONS CORP.": ("Licensor",),
        "Oakfield Apparel Company": ("Licensee",),
    }


def test_the_person_given_a_term_of_their_own_is_a_party_too() -> None:
    text = (
        "PLAYER ENDORSEMENT AGREEMENT\n\n"
        'THIS AGREEMENT (this "Agreement") is dated as of March 1, 2011, by and between '
        'HOLLOWAY GOLF COMPANY, a Georgia corporation ("Holloway"), and TEEBOX VENTURES, INC. '
        'f/s/o MARTA QUILL ("Lender"). Marta Quill is referred to herein as "Player".\n\n'
        "1. Grant. Lender grants Holloway the right to use the name of Player.\n"
    )
    parties = own_parties(text)
    assert parties["TEEBOX VENTURES, INC."] == ("Lender",)
    assert parties["Marta Quill"] == ("Player",)
    assert set(parties) == {"HOLLOWAY GOLF COMPANY", "TEEBOX VENTURES, INC.", "Marta Quill"}


def test_a_person_in_the_list_of_parties_without_the_cue_stays_a_party() -> None:
    text = (
        "SPONSORSHIP AGREEMENT\n\n"
        "This Sponsorship Agreement is made as of April 9, 2016 by and between Ridgeback Foods, "
        'Inc., a Texas corporation ("Sponsor"), and Lena Ortiz, an individual ("Athlete").\n\n'
        "1. Sponsorship. Sponsor shall pay Athlete for the services of Athlete.\n"
    )
    assert own_parties(text) == {
        "Ridgeback Foods, Inc.": ("Sponsor",),
        "Lena Ortiz": ("Athlete",),
    }


def test_a_company_with_its_own_term_leaves_the_person_a_party_of_their_own() -> None:
    text = (
        "ENDORSEMENT AGREEMENT\n\n"
        'This Endorsement Agreement ("Agreement") is made as of June 2, 1996, by and among the '
        "following parties:\n\n"
        '(a) Nora Vance Enterprises, Inc. ("NVE"), furnishing the services of Nora Vance '
        '("Vance"), 200 Ocean Avenue, Santa Monica, California 90401; and\n\n'
        '(b) Brightline Optical Group ("Brightline"), 10 Market Street, Philadelphia, '
        "Pennsylvania 19107.\n\n"
        "1. Endorsement. Vance shall endorse the products of Brightline.\n"
    )
    assert own_parties(text) == {
        "Nora Vance Enterprises, Inc.": ("NVE",),
        "Nora Vance": ("Vance",),
        "Brightline Optical Group": ("Brightline",),
    }
