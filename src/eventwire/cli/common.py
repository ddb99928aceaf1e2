"""Shared CLI helpers: settings from options, library errors → one clean line and an exit code."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console

from ..config import Settings
from ..errors import EventwireError

__all__ = ["CONFIG_OPTION", "DB_OPTION", "emit_rows", "err_console", "handle_errors", "load", "parse_date",
           "print_json"]

F = TypeVar("F", bound=Callable[..., Any])
err_console = Console(stderr=True, highlight=False)

DB_OPTION = click.option("--db", "db", default=None, help="DuckDB store file [default: settings, eventwire.duckdb]")
CONFIG_OPTION = click.option("--config", "config", default=None, type=click.Path(dir_okay=False),
                             help="Settings file (TOML) overriding the packaged defaults")


def handle_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit status 1 (no traceback for users)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EventwireError as exc:
            err_console.print(f"[red]error[/red] {exc}")
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def load(config: str | None, **overrides: Any) -> Settings:
    return Settings.load(config, **overrides)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def print_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def emit_rows(rows: list[dict[str, Any]], fmt: str, *, table: Callable[[list[dict[str, Any]]], None],
              columns: Sequence[str] = ("id",)) -> None:
    """Rows as JSON lines, CSV (header from the rows, else ``columns``) or a rich table."""
    if fmt == "json":
        for row in rows:
            print_json(row)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else list(columns))
        writer.writeheader()
        writer.writerows(rows)
    else:
        table(rows)
