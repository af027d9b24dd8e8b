"""Would a trained component find party names better than the rules? A reproducible trial.

Issue 12 welcomes a spaCy component trained from the development labels where it beats the
rules on documents nobody tuned for. This trains one, the obvious one: a blank English pipeline
with an ``ner`` component for one label, PARTY, from the lawyers' party spans of the CUAD
*work* half (see :mod:`tests.evaluation.cuad`), each span located in the contract's first
6,000 characters, where the parties are named. It then scores, on the *check* half, the party
strings of the rules, of the model, and of two ways to combine them, exactly as the CUAD scorer
compares party strings. The held-out part is never read.

``make party-ner-trial`` runs it (about 15 minutes on two cores; fixed seed, so the figures
repeat). Whichever measures better is what the extractor uses: at stop 43 the model alone found
far fewer party strings than the rules, added to them it brought mostly wrong ones, and asked
only where the rules find fewer than two it found two more right for two more wrong (see
README), so the extractor keeps the rules and no model ships.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from tests.evaluation.cuad import (
    CUAD,
    GENERIC_PARTY_STRINGS,
    MAX_NAME_WORDS,
    Label,
    check_half,
    load_labels,
    norm,
    predict,
)

#: The parties are named in a contract's opening; the model reads this much of it.
WINDOW = 6000
_QUOTED_TERM = re.compile(r"[\"“]([^\"“”]{1,60})[\"”]")
SEED = 0


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Pieces of about 800 characters, cut at line ends: short enough to train on quickly."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + 800)
        line_end = text.rfind("\n", pos + 200, end)
        if end < len(text) and line_end > 0:
            end = line_end + 1
        yield pos, end
        pos = end


def _label_spans(text: str, spans: list[str]) -> list[tuple[int, int]]:
    """Where the labelled party spans stand in ``text``: every occurrence, longest first where
    two overlap."""
    found = []
    for span in spans:
        span = span.strip().strip("\"“”'").strip()
        names = _QUOTED_TERM.findall(span) if len(span.split()) > MAX_NAME_WORDS else [span]
        for name in filter(None, names):
            found += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    found.sort(key=lambda s: (s[0], s[0] - s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _examples(nlp: Language, labels: list[Label], raw_spans: dict[str, list[str]]) -> list[Example]:
    examples = []
    for lb in labels:
        text = (CUAD / lb.file).read_text(errors="ignore")[:WINDOW]
        spans = _label_spans(text, raw_spans[lb.file])
        for a, b in _chunks(text):
            doc = nlp.make_doc(text[a:b])
            ents = []
            for start, end in spans:
                if a <= start and end <= b:
                    span = doc.char_span(
                        start - a, end - a, label="PARTY", alignment_mode="contract"
                    )
                    if span is not None:
                        ents.append((span.start_char, span.end_char, "PARTY"))
            examples.append(Example.from_dict(doc, {"entities": ents}))
    return examples


def train(epochs: int) -> Language:
    """The party model, trained on the work half."""
    fix_random_seed(SEED)
    rng = random.Random(SEED)
    rows = [json.loads(line) for line in (CUAD / "labels.jsonl").read_text().splitlines()]
    raw_spans = {row["file"]: row["parties"] for row in rows}
    work = [lb for lb in load_labels() if not lb.heldout and not check_half(lb.file)]
    nlp = spacy.blank("en")
    nlp.add_pipe("ner").add_label("PARTY")
    examples = _examples(nlp, work, raw_spans)
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f}", flush=True)
    return nlp


def _model_strings(nlp: Language, text: str) -> set[str]:
    found = set()
    for a, b in _chunks(text):
        found |= {norm(e.text) for e in nlp(text[a:b]).ents}
    return found - GENERIC_PARTY_STRINGS - {""}


def score(nlp: Language) -> dict[str, tuple[int, int, int]]:
    """(true, false, missed) party strings on the check half, per way of finding them."""
    ways = ("rules", "model", "rules + model", "model where the rules find < 2")
    counts = {way: (0, 0, 0) for way in ways}
    for lb in load_labels():
        if lb.heldout or not check_half(lb.file):
            continue
        gold = set(lb.parties) - GENERIC_PARTY_STRINGS
        rules = set(predict(CUAD / lb.file).parties) - GENERIC_PARTY_STRINGS
        model = _model_strings(nlp, (CUAD / lb.file).read_text(errors="ignore")[:WINDOW])
        found = dict(
            zip(
                ways,
                (rules, model, rules | model, rules if len(rules) >= 2 else rules | model),
                strict=True,
            )
        )
        for way, pred in found.items():
            tp, fp, fn = counts[way]
            counts[way] = (tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    args = parser.parse_args()
    nlp = train(args.epochs)
    print("party strings on the CUAD check half (the model never saw it):")
    for way, (tp, fp, fn) in score(nlp).items():
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(
            f"  {way:32s} precision {p:.3f}  recall {r:.3f}  ({tp} right, {fp} wrong, {fn} missed)"
        )


if __name__ == "__main__":
    main()
