"""``[dedup]`` settings: packaged defaults, a user file overriding one key, unknown keys rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import DedupSettings, Settings
from eventwire.errors import ConfigError


def test_defaults_and_a_user_override(tmp_path: Path) -> None:
    assert Settings.load().dedup == DedupSettings()
    user = tmp_path / "user.toml"
    user.write_text("[dedup]\nthreshold = 0.9\n", encoding="utf-8")
    assert Settings.load(user).dedup == DedupSettings(threshold=0.9)


def test_an_unknown_dedup_key_is_a_config_error(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text("[dedup]\nthreshhold = 0.9\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Settings.load(user)
