"""Selective parsing: run the dependency parser only on sentences a cheap prefilter marks as candidates.

The parser is detached from the shared tok2vec (``replace_listeners``) so it can run on sentence-sized docs;
sentence boundaries come from the rule-based sentencizer (plus eventwire's paragraph breaks). Parsed
sentences get the parser's tree; the others a flat tree (every token attached to the sentence's first
token, label ``dep``) that keeps their boundaries and that no stage reads as a clause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["SELECTIVE_PARSER", "SelectiveParser", "make_selective"]

SELECTIVE_PARSER = "eventwire_selective_parser"
Candidate = Callable[[str], bool]


class SelectiveParser:
    """Pipeline component: parses candidate sentences of each batch of docs in one ``parser.pipe`` call."""

    def __init__(self, parser: object = None, candidate: Candidate | None = None) -> None:
        self.parser = parser
        self.candidate: Candidate = candidate or (lambda _text: True)
        self.parsed = 0
        self.skipped = 0

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        docs = iter(stream)
        while batch := list(islice(docs, batch_size)):
            jobs = [(doc, list(doc.sents)) for doc in batch]
            chosen = [[s for s in sents if self.candidate(s.text)] for _, sents in jobs]
            subs = [s.as_doc() for picked in chosen for s in picked]
            parsed = iter(self.parser.pipe(subs, batch_size=256))  # type: ignore[attr-defined]
            for (doc, sents), picked in zip(jobs, chosen, strict=True):
                self.parsed += len(picked)
                self.skipped += len(sents) - len(picked)
                yield _set_trees(doc, sents, [(s, next(parsed)) for s in picked])


def _set_trees(doc: Doc, sents: list[Span], parsed: list[tuple[Span, Doc]]) -> Doc:
    arr = numpy.zeros((len(doc), 2), dtype="int64")
    dep, root = doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")
    for sent in sents:
        idx = numpy.arange(sent.start, sent.end)
        arr[sent.start:sent.end, 0] = sent.start - idx  # relative offset to the sentence's first token
        arr[sent.start:sent.end, 1] = dep
        arr[sent.start, 1] = root
    for sent, sub in parsed:
        arr[sent.start:sent.end] = sub.to_array([HEAD, DEP]).astype("int64")
    doc.from_array([HEAD, DEP], arr.astype("uint64"))  # type: ignore[arg-type]
    return doc


def make_selective(nlp: Language, candidate: Candidate) -> Language:
    """Rewire ``nlp`` (with a parser) so only candidate sentences are parsed."""
    if "parser" not in nlp.pipe_names:
        return nlp
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "parser", ["model.tok2vec"])
    parser = nlp.get_pipe("parser")
    nlp.disable_pipe("parser")
    nlp.add_pipe("sentencizer", first=True)
    component = nlp.add_pipe(SELECTIVE_PARSER, last=True)
    assert isinstance(component, SelectiveParser)
    component.parser, component.candidate = parser, candidate
    return nlp


@Language.factory(SELECTIVE_PARSER)
def _factory(nlp: Language, name: str) -> SelectiveParser:
    return SelectiveParser()
