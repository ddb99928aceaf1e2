"""The gazetteer and resolver, loaded once for the places tests (the packaged data takes a second or two)."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, PlaceResolver


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)
