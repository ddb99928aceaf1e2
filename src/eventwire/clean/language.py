"""Language identification with py3langid, careful not to misfire on short texts and headlines."""

from __future__ import annotations

from dataclasses import dataclass, field

from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = ["LanguageGuess", "LanguageGuesser"]

# langid.py is unreliable below a few sentences (a headline like "Putin Proposes Pact" scores 0.2 'en');
# 200 characters is about two sentences, enough for a normalised probability to mean something.
MIN_CHARS = 200
# Quarantine as foreign only on a confident guess: normalised probability of the best language.
MIN_CONFIDENCE = 0.90
# The first 20 000 characters decide; more adds time, not accuracy.
_SAMPLE = 20_000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    confidence: float

    @property
    def confident(self) -> bool:
        return self.confidence >= MIN_CONFIDENCE


@dataclass(slots=True)
class LanguageGuesser:
    """Holds the py3langid model, loaded on first use (about 0.7 s), one per Cleaner."""

    _identifier: LanguageIdentifier | None = field(default=None, repr=False)

    def guess(self, text: str) -> LanguageGuess | None:
        """The language of ``text``, or None when the text is too short to tell."""
        sample = " ".join(text[:_SAMPLE].split())
        if len(sample) < MIN_CHARS:
            return None
        if self._identifier is None:
            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        language, probability = self._identifier.classify(sample)
        return LanguageGuess(str(language), float(probability))
