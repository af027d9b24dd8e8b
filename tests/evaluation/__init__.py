"""Extraction quality evaluation: hand-written gold facts per document and a scorer.

``python -m tests.evaluation`` ingests each annotated document alone (``preview_export``), scores it
against its gold file and prints, for the tuned set (``tests/gold``) and the held-out set
(``tests/gold_heldout``), precision and recall per relation type, entity recall, attribute
accuracy and the share of optional relations against issue #13's bars.
"""

import argparse

#: The flag that lets an evaluation print the misses of a held-out set. Without it a held-out
#: set shows only its figures: whoever tunes rules reads the tuned misses, and the held-out
#: score stays a measure of documents nobody wrote a rule from.
REVEAL_FLAG = "--reveal-held-out"


def add_reveal_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        REVEAL_FLAG,
        action="store_true",
        help="with --details: list the misses of a held-out set too (never while tuning rules)",
    )


def show_details(args: argparse.Namespace, held_out: bool) -> bool:
    """Whether to print per-document misses for a set; says why when they are withheld."""
    if not args.details or not held_out or args.reveal_held_out:
        return bool(args.details)
    print(f"(held-out misses withheld: figures only; {REVEAL_FLAG} to list them)")
    return False
