"""Fixtures for the actors tests: the knowledge base and resolver are loaded once per session."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver, KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def resolver(kb: KnowledgeBase) -> ActorResolver:
    return ActorResolver(kb)
