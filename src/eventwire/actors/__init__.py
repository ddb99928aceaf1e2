"""ACTORS stage: the knowledge base and the resolver (mentions -> codes as of the publication date)."""

from __future__ import annotations

from .kb import KnowledgeBase
from .records import Actor, Resolution, Role
from .resolver import ActorResolver

__all__ = ["Actor", "ActorResolver", "KnowledgeBase", "Resolution", "Role"]
