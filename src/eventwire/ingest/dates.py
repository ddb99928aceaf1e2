"""Publication dates as users' records and feeds write them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_date"]

_DATE_PATTERNS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
# Unix seconds between 1980 and 2100: anything else is not a timestamp of a news article.
_EPOCH_RANGE = (315_532_800.0, 4_102_444_800.0)


def parse_date(value: object) -> date | None:
    """A publication date from a record field or feed: ISO 8601, RFC 2822, "March 5, 2024", "5 March 2024",
    or Unix seconds. Ambiguous numeric forms (05/03/2024) are left alone (None)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in _DATE_PATTERNS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _from_epoch(seconds: float) -> date | None:
    if not _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).date()
