"""Clean: mark boilerplate lines and the title as spans (never deleting text), identify the language."""

from __future__ import annotations

from .boilerplate import BoilerplateRules, find_boilerplate
from .prepare import Cleaner, default_cleaner, prepare

__all__ = ["BoilerplateRules", "Cleaner", "default_cleaner", "find_boilerplate", "prepare"]
