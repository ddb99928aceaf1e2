"""Publication dates in the forms records and feeds use; ambiguous forms stay unset."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest.dates import parse_date

MARCH_5 = date(2024, 3, 5)


@pytest.mark.parametrize("value", [
    "2024-03-05", "2024-03-05T10:00:00Z", "2024-03-05 23:59:59+02:00", "Tue, 05 Mar 2024 10:00:00 GMT",
    "March 5, 2024", "Mar. 5, 2024", "5 March 2024", "2024/03/05", 1709632800,
])
def test_known_forms(value: object) -> None:
    assert parse_date(value) == MARCH_5


@pytest.mark.parametrize("value", ["05/03/2024", "garbage", "", None, True, 12, "yesterday"])
def test_ambiguous_or_invalid_forms_are_none(value: object) -> None:
    assert parse_date(value) is None
