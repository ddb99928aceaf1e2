"""Every CLI command and option is documented: in the README table and in its own --help."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full + " "))
    return out


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name, _ in _commands(main) if f"eventwire {name}" not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_every_option_is_in_the_readme() -> None:
    undocumented = []
    for name, cmd in _commands(main):
        for param in cmd.params:
            if isinstance(param, click.Option) and not any(o in README for o in param.opts):
                undocumented.append(f"{name} {param.opts[0]}")
    assert not undocumented, f"options missing from README: {undocumented}"


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name, cmd in _commands(main):
        assert cmd.help, f"{name} has no help text"
        result = runner.invoke(main, [*name.split(), "--help"])
        assert result.exit_code == 0, result.output
