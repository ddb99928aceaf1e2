"""``prepare``: a RawDocument to an Article. The text is kept exactly; chrome and the title become spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..config import Settings
from ..errors import InputError, Reason
from ..model import Article, RawDocument, Span, content_id
from .boilerplate import BoilerplateRules, find_boilerplate
from .language import LanguageGuesser
from .title import find_title

__all__ = ["Cleaner", "default_cleaner", "prepare"]


@dataclass(slots=True)
class Cleaner:
    """The loaded rules and language model; build one per process (or use ``default_cleaner()``)."""

    rules: BoilerplateRules = field(default_factory=BoilerplateRules.load)
    languages: LanguageGuesser = field(default_factory=LanguageGuesser)

    def prepare(self, raw: RawDocument, *, settings: Settings) -> Article:
        text = raw.text
        boilerplate = find_boilerplate(text, self.rules)
        title_span, title = find_title(text, raw.title, self.rules)
        prose = _prose(text, boilerplate, title_span)
        if len("".join(prose.split())) < settings.min_chars:
            raise InputError(f"fewer than {settings.min_chars} characters of prose", reason=Reason.NO_TEXT)
        language, extra = self._language(prose, settings)
        return Article(
            id=content_id(text), text=text, origin=raw.origin, external_id=raw.doc_id, title=title,
            title_span=title_span, url=raw.url, publish_date=raw.publish_date, language=language,
            boilerplate=boilerplate, fmt=raw.fmt, metadata={**raw.metadata, **extra},
        )

    def _language(self, prose: str, settings: Settings) -> tuple[str, dict[str, str]]:
        """The language to record; raises LANGUAGE for a confident guess outside ``settings.languages``."""
        default = settings.languages[0] if settings.languages else "en"
        guess = self.languages.guess(prose)
        if guess is None:
            return default, {}
        extra = {"language_guess": guess.language, "language_confidence": f"{guess.confidence:.3f}"}
        if not guess.confident:
            return default, extra
        if settings.languages and guess.language not in settings.languages:
            raise InputError(f"text is in {guess.language!r} (confidence {guess.confidence:.2f}), not in "
                             f"{', '.join(settings.languages)}", reason=Reason.LANGUAGE)
        return guess.language, extra


def _prose(text: str, boilerplate: tuple[Span, ...], title_span: Span | None) -> str:
    """The text without boilerplate and title (for counting and language identification only)."""
    cut = sorted((*boilerplate, *([title_span] if title_span else [])), key=lambda s: s.start)
    parts, pos = [], 0
    for span in cut:
        parts.append(text[pos:span.start])
        pos = max(pos, span.end)
    parts.append(text[pos:])
    return "\n".join(parts)


@cache
def default_cleaner() -> Cleaner:
    """One shared Cleaner per process: its rules are immutable and the language model is read-only."""
    return Cleaner()


def prepare(raw: RawDocument, *, settings: Settings | None = None, cleaner: Cleaner | None = None) -> Article:
    """Clean one document; raises ``InputError`` (NO_TEXT, LANGUAGE) for documents to quarantine."""
    return (cleaner or default_cleaner()).prepare(raw, settings=settings or Settings())
