"""Coded errors. Library code raises these; only stage boundaries catch them (and turn them into Discards)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["EventwireError", "InputError", "ConfigError", "Reason"]


class Reason(StrEnum):
    """Quarantine reason codes: stable strings stored in the quarantine table."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "bad-encoding"
    UNKNOWN_FORMAT = "unknown-format"
    TOO_LARGE = "too-large"
    MALFORMED = "malformed"
    NO_TEXT = "no-text"
    MISSING_FIELD = "missing-field"
    LANGUAGE = "unsupported-language"
    ARCHIVE_LIMIT = "archive-limit"
    UNREADABLE = "unreadable"
    NOT_FOUND = "not-found"
    SYMLINK = "symlink-outside"
    PROCESSING = "processing-error"


class EventwireError(Exception):
    """Base error with a reason code and a one-line message for users."""

    code: str = "E000"

    def __init__(self, message: str, *, reason: Reason = Reason.PROCESSING) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(EventwireError):
    """The input cannot be read as a document (empty, binary, malformed, ...)."""

    code = "E100"


class ConfigError(EventwireError):
    """Settings or data files are invalid."""

    code = "E200"

    def __init__(self, message: str) -> None:
        super().__init__(message, reason=Reason.PROCESSING)
